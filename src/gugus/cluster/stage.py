"""The cluster stage over a store: analyse what is new, embed its leads, cluster it, persist it.

Incremental: only articles not yet in a story are analysed and clustered; the clusterer is taken back
from its checkpoint in the store (gugus.cluster.checkpoint), so tomorrow's articles never recompute
today's. Work is committed in groups, each with the checkpoint, and an interrupted run resumes with
what is still unclustered exactly as the uninterrupted run would have gone on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import numpy as np

from gugus.analyze.article import VERSION, Analysis, analyze
from gugus.analyze.embed import MODEL_NAME, Embedder, embedding_key
from gugus.cluster import checkpoint
from gugus.cluster.clusterer import OnlineClusterer
from gugus.cluster.scoring import load_models
from gugus.cluster.story import Story
from gugus.model import Article
from gugus.parallel import map_ordered

GROUP = 500  # articles per commit
RESTORE_WINDOWS = 2
TOP_ENTITIES = 8
TOP_KEYWORDS = 10
GENERATION = "cluster_generation"  # setting: a token of the last run that wrote stories, whoever ran it


class ClusterStage:
    def __init__(self, store, *, dense: bool = True, window_hours: float = 72.0, model=None) -> None:
        self.store = store
        self.dense = dense and Embedder().available()
        self.embedder = Embedder() if self.dense else None
        self.model = model or load_models()["dense" if self.dense else "sparse"]
        self.window_hours = window_hours
        self.clusterer: OnlineClusterer | None = None  # kept between runs of one process: no restore
        self.touched: set[str] = set()  # the stories the last run created or changed
        self._generation: str | None = None  # what this stage last wrote as GENERATION
        self._unsaved: set[str] = set()  # stories restored from their members: not yet checkpointed
        self._fresh = False  # a clusterer not taken from the checkpoint: the next commit replaces it

    # -- inputs ---------------------------------------------------------------------------------

    def analyses(self, articles: list[Article], given: dict[str, Analysis] | None = None) -> list[Analysis]:
        """The analyses of `articles`: those `given` (just made and stored by the ingest), else the stored
        ones, computing and storing those missing or outdated."""
        given = given or {}
        stored = self.store.analyses([a.id for a in articles if a.id not in given], VERSION)
        missing = [a for a in articles if a.id not in given and a.id not in stored]
        fresh = dict(zip((a.id for a in missing), map_ordered(analyze, missing), strict=True))
        out = []
        for a in articles:
            if a.id in given:
                out.append(given[a.id])
            elif a.id in stored:
                out.append(Analysis.from_dict(stored[a.id]))
            else:
                analysis = fresh[a.id]
                self.store.save_analysis(a.id, VERSION, analysis.to_dict())
                out.append(analysis)
        return out

    def vectors(self, analyses: list[Analysis]) -> list[np.ndarray | None]:
        """The lead vectors (None in sparse mode), embedding only those the store lacks."""
        if not self.dense:
            return [None] * len(analyses)
        keys = [embedding_key(a.lead) for a in analyses]
        have = self.store.embeddings(keys)
        missing = {k: a.lead for k, a in zip(keys, analyses, strict=True) if k not in have and a.lead}
        if missing:
            vectors = self.embedder.embed(list(missing.values()))
            fresh = dict(zip(missing, vectors, strict=True))
            self.store.save_embeddings(MODEL_NAME, fresh)
            have.update(fresh)
        return [have.get(k) for k in keys]

    def _items(self, articles: list[Article], given: dict[str, Analysis] | None = None):
        analyses = self.analyses(articles, given)
        vectors = self.vectors(analyses)
        return [(an, v, a.outlet) for an, v, a in zip(analyses, vectors, articles, strict=True)]

    # -- state ----------------------------------------------------------------------------------

    def _take_back(self, times: list[float]) -> OnlineClusterer:
        """The clusterer as the last run to write stories left it, from its checkpoint; without one (a
        store clustered before checkpoints, or by `gugus load`), the stories still in the window rebuilt
        from their members. Stories of the checkpoint's past are added around articles that old."""
        clusterer = OnlineClusterer(self.model, window_hours=self.window_hours)
        self._unsaved, self._fresh = set(), True
        latest = self.store.latest_story_time()
        if latest is None:
            return clusterer
        df, docs = self.store.load_df()
        saved = self.store.setting(checkpoint.KEY)
        generation = self.store.setting(GENERATION)
        if saved and checkpoint.loads(saved, generation, self.store.story_states, clusterer, df, docs):
            self._fresh = False
            horizon = clusterer.clock_ - 2 * self.window_hours  # older stories were swept (sweep())
            self._restore(clusterer, self._around([t for t in times if t - self.window_hours < horizon]))
        else:
            clusterer.df_.df.update(df)
            clusterer.df_.docs = docs
            self._restore(clusterer, self._spans(times, latest))
        return clusterer

    def _restore(self, clusterer: OnlineClusterer, spans: list[tuple[float, float]]) -> None:
        """Rebuild the stories active in `spans` from their members (those the clusterer lacks); they
        join the checkpoint with the next commit."""
        active: dict[str, list[str]] = {}
        for lo, hi in spans:
            active.update(self.store.active_stories(lo, hi))
        for sid in clusterer.stories_:
            active.pop(sid, None)
        if not active:
            return
        self._unsaved |= set(active)
        ids = [aid for members in active.values() for aid in members]
        articles = {a.id: a for a in (self.store.get_article(i) for i in ids) if a}
        items = {an.article_id: item for item in self._items(list(articles.values())) for an in [item[0]]}
        for sid, members in active.items():
            first = items[members[0]][0]
            story = Story(id=sid, first_time=first.time, last_time=first.time)
            for aid in members:
                analysis, vec, outlet = items[aid]
                story.add(clusterer.member(analysis, vec, outlet))
                story.learn_spellings(analysis.entity_names, analysis.words)
            clusterer.restore(story)

    def _spans(self, times: list[float], latest: float) -> list[tuple[float, float]]:
        """The times whose stories a new process takes back: the last few windows before the latest
        story (where a stream goes on), and a window either side of each new article however old (a
        pasted article from last month meets last month's stories, not only today's)."""
        tail = latest - (RESTORE_WINDOWS + 1) * self.window_hours
        return [*self._around([t for t in times if t + self.window_hours < tail]), (tail, float("inf"))]

    def _around(self, times: list[float]) -> list[tuple[float, float]]:
        """A window either side of each time, overlapping windows joined."""
        w = self.window_hours
        spans: list[tuple[float, float]] = []
        for t in sorted(times):
            if spans and t - w <= spans[-1][1]:
                spans[-1] = (spans[-1][0], t + w)
            else:
                spans.append((t - w, t + w))
        return spans

    # -- the run --------------------------------------------------------------------------------

    def run(
        self,
        article_ids: list[str] | None = None,
        progress: Callable[[int], None] | None = None,
        analyses: dict[str, Analysis] | None = None,
    ) -> dict:
        """Cluster every unclustered article (or those of `article_ids` still unclustered); returns
        counts. `analyses`: article id -> its analysis, where the caller has just made and stored it.

        Analyses and vectors are prepared first; stories are then assigned under the store's
        `clustering()` lock, where the articles still unclustered are read again (another process may
        have clustered some, or added more) and the stories restored from the store if anyone else
        clustered since this stage last did: several processes on one PostgreSQL database never assign
        an article twice nor write over each other's stories."""
        counts = {"clustered": 0, "new_stories": 0, "merges": 0}
        self.touched = set()
        ids = article_ids if article_ids is not None else self.store.unclustered()
        prepared = self._prepare(ids, analyses)
        with self.store.clustering():
            if article_ids is None:
                ids = self.store.unclustered()
                prepared.update(self._prepare([i for i in ids if i not in prepared], analyses))
            else:
                done = self.store.clustered(ids)
                ids = [i for i in ids if i not in done]
            items = [prepared[i] for i in ids if i in prepared]
            if items:
                self._assign(items, counts, progress)
        return counts

    def _prepare(self, ids: list[str], given: dict[str, Analysis] | None = None) -> dict:
        """article id -> (analysis, lead vector, outlet), computing and storing what is missing."""
        if not ids:
            return {}
        articles = [a for a in (self.store.get_article(i) for i in ids) if a]
        with self.store.transaction():
            items = self._items(articles, given)
        return {a.id: item for a, item in zip(articles, items, strict=True)}

    def _assign(self, items: list, counts: dict, progress: Callable[[int], None] | None) -> None:
        order = sorted(range(len(items)), key=lambda i: (items[i][0].time, i))
        clusterer = self.clusterer
        if self._generation != self.store.setting(GENERATION):
            clusterer = None  # another process clustered since: its stories are in the store, not here
        if clusterer is None:  # a new process: take back the clusterer the last run left
            clusterer = self._take_back([items[i][0].time for i in order])
        self.clusterer = clusterer
        self._generation = uuid.uuid4().hex
        try:
            self._groups(clusterer, [items[i] for i in order], counts, progress)
        except BaseException:  # the clusterer holds a group the store rolled back: take it back anew
            self.clusterer = None
            raise

    def _groups(
        self, clusterer: OnlineClusterer, items: list, counts: dict, progress: Callable[[int], None] | None
    ) -> None:
        """Assign `items` (in time order) group by group, each group's stories and checkpoint committed
        together: a crash loses the group under way, never half of it."""
        for start in range(0, len(items), GROUP):
            group = items[start : start + GROUP]
            assignments, merges = clusterer.partial_fit(group)
            known = {an.article_id: an.topic for an, _, _ in group}
            with self.store.transaction():
                touched = set()
                for a in assignments:
                    self.store.assign(a.article_id, a.story_id, a.probability)
                    touched.add(a.story_id)
                    counts["new_stories"] += a.new_story
                for m in merges:
                    self.store.record_merge(m.from_story, m.into_story, m.probability, m.at_article)
                    touched.discard(m.from_story)
                    touched.add(m.into_story)
                self.touched -= {m.from_story for m in merges}
                self.touched |= touched
                for sid in sorted(touched):  # a story swept from the window within the group too
                    story = clusterer.stories_.get(sid) or clusterer.swept_.get(sid)
                    if story is not None:
                        self.store.save_story(self._row(story, known))
                self.store.save_df(clusterer.df_.df, clusterer.df_.dirty, clusterer.df_.docs)
                self.store.set_setting(GENERATION, self._generation)
                self._checkpoint(clusterer, touched, {m.from_story for m in merges})
                clusterer.df_.dirty.clear()
            counts["clustered"] += len(group)
            counts["merges"] += len(merges)
            if progress:
                progress(len(group))

    def _checkpoint(self, clusterer: OnlineClusterer, touched: set[str], merged: set[str]) -> None:
        """Save what changed of the clusterer with the group it assigned (gugus.cluster.checkpoint):
        the stories it touched or restored, without those merged away or swept from the window."""
        changed = touched | self._unsaved
        states = {sid: checkpoint.story_state(clusterer, sid) for sid in changed if sid in clusterer.stories_}
        gone = (changed - states.keys()) | merged | set(clusterer.swept_)
        self.store.save_story_states(states, gone, replace=self._fresh)
        self.store.set_setting(checkpoint.KEY, checkpoint.header(clusterer, self._generation))
        self._unsaved, self._fresh = set(), False

    def _row(self, story: Story, known: dict[str, str | None]) -> dict:
        head_id = story.central_member()
        head = self.store.get_article(head_id)
        return {
            "id": story.id,
            "first_seen": story.first_time,
            "last_seen": story.last_time,
            "size": story.size,
            "n_outlets": len(story.outlets),
            "headline": head.title if head else "",
            "headline_id": head_id,
            "data": {
                "outlets": ranked(story.outlets),
                "languages": ranked(story.langs),
                **describe(story),
                "topics": topics(head, known),
            },  # fmt: skip
        }


def topics(head: Article | None, known: dict[str, str | None] | None = None) -> list[str]:
    """The story's topic, read off its central article (gugus.analyze.topics): taken from `known`
    (article id -> the topic its analysis found) where it is there, else classified here. Module
    level so the Spark job (gugus.scale) gives its stories the same topic."""
    from gugus.analyze.topics import topic_of

    if head is None:
        return []
    found = known[head.id] if known and head.id in known else topic_of(head.title, head.text, head.lang)
    return [found] if found else []


def ranked(counts: dict[str, int]) -> dict[str, int]:
    """Counts, commonest first (ties by name): a story's outlets and languages as stored."""
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def describe(story: Story) -> dict:
    """What a story is about, for display: its top entities and keywords in the spellings seen.
    Module level so the Spark job (gugus.scale) describes its stories the same way."""
    return {
        "entities": [story.names.get(k, k) for k in story.ents.top(TOP_ENTITIES)],
        "keywords": [story.words.get(t, t) for t in story.body.top(TOP_KEYWORDS)],
    }
