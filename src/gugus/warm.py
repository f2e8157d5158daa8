"""Load what the per-article work uses, once per process, before other processes are forked from it.

gugus.parallel's pool and PySpark's workers fork from a process that has done this, so each starts with
the modules, stemmer, gazetteer, language models and word frequencies in memory instead of loading them
again: about 1.7 s a process, paid by every worker of every ingest call otherwise.
"""

from __future__ import annotations

from functools import lru_cache

SAMPLES = {
    "id": "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan jembatan baru di Surabaya pada Senin "
    "(16/6/2025). Pembangunan jembatan itu menelan biaya Rp 1,2 triliun, kata Menteri PUPR.",
    "en": "LONDON (Reuters) - The Bank of England held interest rates at 4.25% on Thursday, its governor "
    "Andrew Bailey said, as inflation stayed above target for a third month.",
}


@lru_cache(maxsize=1)
def warm() -> None:
    """Use what the workers use once, on a made-up article in each language."""
    from gugus.analyze.article import analyze
    from gugus.cluster.scoring import load_models
    from gugus.cluster.vocab import DocumentFrequencies
    from gugus.ingest import pipeline  # noqa: F401 (every reader: trafilatura, feedparser, warcio)
    from gugus.ingest.finish import finish
    from gugus.model import Draft
    from gugus.store.search import search_terms

    frequencies = DocumentFrequencies()
    for lang, text in SAMPLES.items():
        article = finish(Draft(text=text, source_id=lang, kind="jsonl", location=lang, raw_sha256="",
                               title=text[:40], published="2025-06-16", lang=lang))  # fmt: skip
        analysis = analyze(article)  # its topic too (gugus.analyze.topics)
        search_terms(article.title, article.text, article.lang)
        frequencies.vector(analysis.body_terms)
    load_models()
