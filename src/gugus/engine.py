"""The public Python API: every CLI command, API route and page is a call of an Engine method."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from gugus.ingest.pipeline import IngestOptions, Ingestor
from gugus.model import Article, IngestReport, Reject
from gugus.store.base import Store, open_store

DEFAULT_DB = "gugus.db"
COMMIT_EVERY = 200  # articles per transaction: a kill loses at most this much work, never a half


def default_db() -> str:
    return os.environ.get("GUGUS_DB") or DEFAULT_DB


def _prepare(article: Article):
    """Per-article work done on the ingest workers: the analysis, the search index's terms, and the
    analysis encoded for the store (so that the one writing process only inserts it); None for an
    article the store already holds (gugus.ingest.known)."""
    from gugus.analyze.article import analyze
    from gugus.ingest import known
    from gugus.store import analysis_blob
    from gugus.store.search import search_terms

    if known.duplicate(article):
        return None
    analysis = analyze(article)
    terms = search_terms(article.title, article.text, article.lang)
    return analysis, terms, analysis_blob.encode(analysis.to_dict())


class Engine:
    """gugus over one store. `Engine("gugus.db").ingest(["articles/", "https://…/feed"])`."""

    def __init__(
        self, db: str | None = None, *, options: IngestOptions | None = None, dense: bool = True,
        window_hours: float = 72.0,
        model=None,
    ) -> None:  # fmt: skip
        self.db = db or default_db()
        self.store: Store = open_store(self.db)
        self.options = options or IngestOptions()
        self.dense = dense
        self.window_hours = window_hours
        self.model = model  # a gugus.cluster.scoring.Model to use instead of the shipped one (evaluation)
        self._stage = None

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- ingest ---------------------------------------------------------------------------------

    def ingest(
        self,
        inputs: Iterable[str],
        *,
        progress: Callable[[int], None] | None = None,
        on_reject: Callable[[Reject], None] | None = None,
        cluster: bool = True,
    ) -> IngestReport:
        """Ingest files, folders, globs, feeds, WARC, JSON Lines and URLs; idempotent.

        Work is committed every COMMIT_EVERY articles, so an interrupted run loses only its last
        uncommitted group and running it again completes it without duplicates.
        """
        from gugus.ingest.known import Known, holding

        # each article is analysed, and its search terms made, where it is finished (worker processes),
        # unless the store already holds it (the workers fork inside the block, with the store's keys)
        with holding(lambda: Known(*self.store.article_keys())):
            items = Ingestor(self.options, prepare=_prepare).run(list(inputs), progress)
            return self._ingest_items(items, on_reject, cluster)

    def ingest_feed(
        self,
        data: bytes,
        location: str,
        *,
        skip: Callable[[str], bool] | None = None,
        on_reject: Callable[[Reject], None] | None = None,
        cluster: bool = True,
    ) -> IngestReport:
        """Ingest a feed document fetched from `location` by the caller (`gugus watch` fetches it
        conditionally), leaving out the entries whose link `skip` refuses before their page is fetched."""
        # read (and pages fetched) before the write transaction opens: a feed's few dozen entries fit in
        # memory, and a `gugus serve` writing the same store is not kept waiting on the network
        items = list(Ingestor(self.options, prepare=_prepare).feed(data, location, skip=skip))
        return self._ingest_items(items, on_reject, cluster)

    def _ingest_items(
        self, items: Iterable, on_reject: Callable[[Reject], None] | None, cluster: bool
    ) -> IngestReport:
        from gugus.alerts.check import check_watches
        from gugus.cluster.eager import EagerClustering

        report = IngestReport()
        items = iter(items)
        # clustered group by group while the input comes in time order (gugus.cluster.eager), unless
        # articles of an earlier call wait unclustered (they may be older: all then wait for the end), or
        # the stage embeds leads (the embedder takes every core itself: beside the ingest workers it
        # only slowed it: 12.0 against 12.9 articles a second, one run each)
        eager = None
        if cluster:
            stage = self._cluster_stage()
            eager = EagerClustering(stage, enabled=not stage.dense and not self.store.unclustered())
        while True:
            # a batch is read before its transaction opens, so that the transaction (and, on PostgreSQL,
            # the lock other ingest processes wait for) lasts only as long as the writes
            batch, stored = [], 0
            for item in items:
                batch.append(item)
                stored += not isinstance(item, Reject)
                if stored >= COMMIT_EVERY:
                    break
            added = []
            with self.store.transaction():
                for item in batch:
                    if isinstance(item, Reject):
                        self._reject(report, item)
                        if on_reject:
                            on_reject(item)
                        continue
                    if self._store(report, *item) == "added" and len(item) > 2 and item[2] is not None:
                        added.append(item[2][0])
            if eager is not None:
                eager.added(added)
            if stored < COMMIT_EVERY:
                break
        if eager is not None:
            eager.finish()
            report.clustered_early = eager.early
            check_watches(self, sorted(eager.touched))
        return report

    def _store(self, report: IngestReport, article: Article, raw: bytes | None, prepared=None) -> str:
        """Store one article and its analysis (made on an ingest worker); returns what add_article did."""
        from gugus.analyze.article import VERSION

        analysis, terms, blob = prepared or (None, None, None)
        prime = getattr(self.store, "prime_search", None)
        if prime and terms:
            prime(terms)
        try:
            status, stored_id = self.store.add_article(article, raw)
        finally:
            if prime and terms:
                prime(None)
        report.article_ids.append(stored_id)
        if analysis is not None and status in ("added", "revision"):
            if analysis.article_id != stored_id:  # a revision keeps the id of the article it revises
                analysis.article_id, blob = stored_id, None
            self.store.save_analysis(stored_id, VERSION, blob or analysis.to_dict())
        if status == "added":
            report.added += 1
        elif status == "revision":
            report.revisions += 1
        else:
            report.duplicates += 1
        return status

    def _reject(self, report: IngestReport, reject: Reject) -> None:
        self.store.add_reject(reject)
        report.rejected += 1
        report.rejects.append(reject)

    def ingest_text(self, text: str, *, name: str = "pasted", url: str | None = None) -> IngestReport:
        """Ingest an article pasted as text (the web UI's paste box): a temporary file would be a detour."""
        from gugus.ingest.finish import finish
        from gugus.model import Draft
        from gugus.store.keys import sha256

        raw = text.encode("utf-8")
        draft = Draft(text=text, source_id=name, kind="text", location=name, raw_sha256=sha256(raw), url=url)
        report = IngestReport()
        try:
            self._store(report, finish(draft), raw)
        except ValueError as exc:
            self._reject(report, Reject(name, getattr(exc, "reason", "invalid"), str(exc), "text"))
        return report

    # -- stories --------------------------------------------------------------------------------

    def cluster(self, progress: Callable[[int], None] | None = None) -> dict:
        """Put every article not yet in a story into one (new articles only: incremental), then match
        the new and changed stories against the saved watches (`alerts`: new alerts recorded)."""
        from gugus.alerts.check import check_watches

        stage = self._cluster_stage()
        counts = stage.run(progress=progress)
        counts["alerts"] = check_watches(self, sorted(stage.touched))
        return counts

    def _cluster_stage(self):
        from gugus.cluster.stage import ClusterStage

        if self._stage is None:  # kept: the clusterer's state carries over to the next ingest call
            self._stage = ClusterStage(
                self.store, dense=self.dense, window_hours=self.window_hours, model=self.model
            )
        return self._stage

    def recluster(self, progress: Callable[[int], None] | None = None) -> dict:
        """Forget every story and cluster all articles again, in time order, with the current settings."""
        with self.store.transaction():
            self.store.clear_stories()
        self._stage = None
        return self.cluster(progress)

    def stories(
        self, *, since: str | None = None, min_outlets: int = 1, limit: int | None = None
    ) -> list[dict]:
        """Stories ranked by recency and breadth: the newest day first, then more outlets, then size."""
        from gugus.analyze.article import hours

        found = self.store.stories(since=hours(since) if since else None, min_outlets=min_outlets)
        found.sort(key=lambda s: (-int(s["last_seen"] // 24), -s["n_outlets"], -s["size"], -s["last_seen"]))
        return found[:limit] if limit else found

    def trending(self, *, hours: float = 2.0, at: str | float | None = None, limit: int | None = 20) -> dict:
        """Stories gaining momentum in the `hours` before `at` (ISO 8601, UTC if naive; default: the
        latest dated article in the store): {"at", "hours", "day_rate", "stories": [...]}, best first,
        each with its momentum, window counts and new outlets. The formula: gugus.trending."""
        from gugus.trending import trending

        return trending(self.store, at=at, hours=hours, limit=limit)

    def story(self, story_id: str) -> dict | None:
        """A story with its articles (oldest first) and the merges that formed it."""
        found = self.store.story(story_id)
        if found is None:
            return None
        members = [self.store.get_article(i) for i in self.store.story_members(found["id"])]
        found["articles"] = sorted((a for a in members if a), key=lambda a: (a.published or "", a.id))
        found["merges"] = self.store.merges(found["id"])
        return found

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article (by id or unambiguous prefix) is in; None if unclustered."""
        found = self.store.get_article(article_id)
        return self.store.story_of(found.id) if found else None

    # -- watches and alerts ---------------------------------------------------------------------

    def add_watch(
        self,
        name: str,
        rules: dict,
        *,
        webhook: str | None = None,
        secret: str | None = None,
        allow_private: bool = False,
        check: bool = True,
    ) -> dict:
        """Save a watch (gugus.alerts.rules); with `check`, the stories already stored are matched at
        once (their alerts go to the feed, not the webhook: it is told about what happens next)."""
        from gugus.alerts.check import check_watches
        from gugus.alerts.rules import Rules, new_watch

        watch = new_watch(name, Rules.from_dict(rules), webhook=webhook, secret=secret,
                          allow_private=allow_private)  # fmt: skip
        with self.store.transaction():
            self.store.add_watch(watch)
        if check:
            ids = [s["id"] for s in self.store.stories()]
            check_watches(self, ids, watches=[watch], deliver=False)
        return watch

    def watches(self) -> list[dict]:
        return self.store.watches()

    def watch_summaries(self) -> list[dict]:
        """Every watch without its secret, with its alert counts ("alerts", "pending"): what
        `gugus alerts list`, /api/watches and the watches page show, counted in one query."""
        counts = self.store.alert_counts()
        return [
            {k: v for k, v in w.items() if k != "secret"}
            | dict(zip(("alerts", "pending"), counts.get(w["id"], (0, 0)), strict=True))
            for w in self.store.watches()
        ]

    def remove_watch(self, watch_id: str) -> bool:
        with self.store.transaction():
            return self.store.remove_watch(watch_id)

    def alerts(self, watch_id: str | None = None, limit: int = 50) -> list[dict]:
        return self.store.alerts(watch_id, limit)

    def deliver_alerts(self, budget: float | None = None) -> dict[str, int]:
        """Post every alert whose attempt is due to its webhook (gugus.alerts.deliver), starting no new
        attempt after `budget` seconds."""
        from gugus.alerts.deliver import deliver_due

        return deliver_due(self.store, budget=budget)

    # -- comparison -----------------------------------------------------------------------------

    def compare_story(self, story_id: str, *, dense: bool | None = None) -> dict | None:
        """How each outlet covered a story: claims, aliases, conflicts, provenance, staleness, quotes,
        timeline and summary (gugus.compare.report). Sentence vectors are used where `dense` says;
        by default only for a story in several languages, which words alone cannot align (they are
        cached in the store, but the first comparison of a big story takes the model a while)."""
        found = self.story(story_id)
        if found is None:
            return None
        return self._compare(found["articles"], found, dense)

    def compare_articles(self, article_ids: list[str], *, dense: bool | None = None) -> dict:
        """The same comparison for any articles, by id (or unambiguous id prefix)."""
        articles = []
        for aid in article_ids:
            article = self.store.get_article(aid)
            if article is None:
                raise KeyError(f"no article {aid!r}")
            articles.append(article)
        return self._compare(articles, None, dense)

    def _compare(self, articles: list[Article], story: dict | None, dense: bool | None) -> dict:
        from gugus.analyze.embed import Embedder
        from gugus.cluster.stage import ClusterStage
        from gugus.compare.report import build_report
        from gugus.compare.vectors import StoreVectors

        if dense is None:
            dense = self.dense and len({a.lang for a in articles}) > 1
        stage = ClusterStage(self.store, dense=dense, window_hours=self.window_hours, model=self.model)
        with self.store.transaction():
            analyses = stage.analyses(articles)
            leads = stage.vectors(analyses)
        items = list(zip(articles, analyses, strict=True))
        embedder = Embedder() if stage.dense else None
        vectors = {a.id: v for a, v in zip(articles, leads, strict=True) if v is not None} or None
        cache = StoreVectors(self.store) if embedder else None
        try:
            return build_report(items, story=story, embedder=embedder, cache=cache, lead_vectors=vectors)
        finally:
            if cache is not None:
                cache.flush()

    def assignments(self) -> list[tuple[str, str]]:
        return self.store.assignments()

    # -- reads ----------------------------------------------------------------------------------

    def articles(
        self,
        *,
        outlet: str | None = None,
        lang: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        return self.store.articles(outlet=outlet, lang=lang, since=since, limit=limit, offset=offset)

    def article(self, article_id: str) -> Article | None:
        return self.store.get_article(article_id)

    def rejects(self, *, limit: int | None = None) -> list[Reject]:
        return self.store.rejects(limit=limit)

    def stats(self) -> dict:
        return self.store.stats()

    def count(self) -> int:
        return self.store.count_articles()

    def search(
        self,
        query: str,
        *,
        kind: str = "articles",
        limit: int = 20,
        offset: int = 0,
        semantic: bool = False,
        lang: str | None = None,
        since: str | None = None,
    ) -> list[dict]:
        """Articles (or stories, kind="stories") matching `query`, best first, as plain dicts with a
        «marked» plain-text snippet; full text with Indonesian stems, or by meaning with `semantic`
        (falling back to full text, with a `note`, where no embeddings are stored). See gugus.search."""
        from gugus.search import search

        options = {"kind": kind, "limit": limit, "offset": offset, "lang": lang, "since": since}
        return search(self.store, query, semantic=semantic, **options)
