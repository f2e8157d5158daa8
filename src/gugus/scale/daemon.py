"""PySpark's worker daemon with gugus loaded first (spark.python.daemon.module): the Python workers
fork from it, so each starts with the stemmer, gazetteer, language models and word frequencies in
memory instead of loading them again — what gugus.parallel does for its own pool."""

from __future__ import annotations


def warm() -> None:
    """Load what the job's tasks use, by using it once on a made-up article in each language."""
    from gugus.analyze.article import analyze
    from gugus.analyze.topics import topic_of
    from gugus.cluster.scoring import load_models
    from gugus.cluster.vocab import DocumentFrequencies
    from gugus.compare import report  # noqa: F401
    from gugus.ingest import pipeline  # noqa: F401 (every reader: trafilatura, feedparser, warcio)
    from gugus.ingest.finish import finish
    from gugus.model import Draft
    from gugus.store.search import search_terms

    samples = {
        "id": "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada Senin "
        "(16/6/2025). Pembangunan jembatan itu menelan biaya Rp 1,2 triliun, kata Menteri PUPR.",
        "en": "LONDON (Reuters) - The Bank of England held interest rates at 4.25% on Thursday, its governor "
        "Andrew Bailey said, as inflation stayed above target for a third month.",
    }
    frequencies = DocumentFrequencies()
    for lang, text in samples.items():
        article = finish(Draft(text=text, source_id=lang, kind="jsonl", location=lang, raw_sha256="",
                               title=text[:40], published="2025-06-16", lang=lang))  # fmt: skip
        analysis = analyze(article)
        search_terms(article.title, article.text, article.lang)
        topic_of(article.title, article.text, article.lang)
        frequencies.vector(analysis.body_terms)
    load_models()


if __name__ == "__main__":
    import contextlib
    import sys

    from pyspark import daemon

    # the daemon tells Spark its port on stdout: nothing else may be written there; a warm-up that
    # fails costs only time (the tasks load what they need lazily)
    with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(Exception):
        warm()
    daemon.manager()
