"""The online story clusterer, in the manner of scikit-learn's Birch: parameters in __init__, learned
state in attributes ending in "_", `partial_fit` for each arriving batch.

For each article, in time order: candidate stories come from an inverted index over entity keys and
rare terms and from the nearest dense centroids, among the stories active in its time window; each
candidate is scored by the learned model; the article joins the best one if its probability passes the
threshold, else starts a story. A story that now matches another one as well as an article would is
merged into it, and the merge is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from gugus.analyze.article import Analysis
from gugus.cluster.dense_index import DenseIndex
from gugus.cluster.scoring import FEATURES, Model, matrix
from gugus.cluster.sparse import Vocabulary
from gugus.cluster.story import Member, Story
from gugus.cluster.vocab import DocumentFrequencies

BODY_TOP = 150  # heaviest body terms kept per article: bounded work per comparison
INDEX_BODY_TOP = 12  # of which the heaviest go into the candidate index
MIN_INDEX_IDF = 3.0  # terms commoner than this would make every story a candidate
MAX_CANDIDATES = 40
RELATIVE = [FEATURES.index(f) for f in ("title_rel", "body_rel", "margin", "dense_rel", "dense_margin")]
FAR_PROBABILITY = 0.9  # beyond the time window (a republication years later) only a near-certain match joins
DENSE_CANDIDATES = 8


@dataclass
class Assignment:
    article_id: str
    story_id: str
    probability: float  # of the story joined; 0 for a new story
    new_story: bool


@dataclass
class Merge:
    from_story: str
    into_story: str
    probability: float
    at_article: str


class OnlineClusterer:
    def __init__(self, model: Model, *, window_hours: float = 72.0, merge: bool = True) -> None:
        self.model = model
        self.window_hours = window_hours
        self.merge = merge
        self.stories_: dict[str, Story] = {}
        self.swept_: dict[str, Story] = {}  # stories the last partial_fit swept: still to be persisted
        self.df_ = DocumentFrequencies()
        self.index_: dict[str, set[str]] = defaultdict(set)
        self.dense_ = DenseIndex()
        self.vocab_ = Vocabulary()
        self.keys_: dict[str, set[str]] = defaultdict(set)  # story -> its index keys
        self.clock_ = float("-inf")
        self._since_sweep = 0

    # -- building members --------------------------------------------------------------------

    def member(self, a: Analysis, dense: np.ndarray | None, outlet: str | None) -> Member:
        title = self.df_.vector(a.title_terms)
        body = self.df_.vector(a.body_terms, top=BODY_TOP)
        ents = self.df_.vector(a.entities)
        return Member(
            article_id=a.article_id,
            time=a.time,
            title=title,
            body=body,
            ents=ents,
            sparse=self._sparse(title, body, ents),
            dense=dense,
            minhash=a.minhash,
            outlet=outlet,
            lang=a.lang,
            dated=a.dated,
        )  # fmt: skip

    def _sparse(self, title: dict, body: dict, ents: dict) -> dict:
        v = self.vocab_.sparse
        return {"title": v(title), "body": v(body), "ents": v(ents)}

    def _index_keys(self, m: Member) -> set[str]:
        idf = self.df_.idf
        keys = {f"e:{k}" for k in m.ents if idf(k) >= MIN_INDEX_IDF}
        keys |= {f"t:{t}" for t in m.title if idf(t) >= MIN_INDEX_IDF}
        body = sorted(m.body.items(), key=lambda kv: (-kv[1], kv[0]))[:INDEX_BODY_TOP]
        keys |= {f"t:{t}" for t, _ in body if idf(t) >= MIN_INDEX_IDF}
        return keys

    # -- the loop ------------------------------------------------------------------------------

    def partial_fit(
        self, items: list[tuple[Analysis, np.ndarray | None, str | None]]
    ) -> tuple[list[Assignment], list[Merge]]:
        """Cluster a batch, in time order (ties in the order given). Returns assignments and merges."""
        order = sorted(range(len(items)), key=lambda i: (items[i][0].time, i))
        assignments, merges = [], []
        self.swept_ = {}
        for i in order:
            analysis, dense, outlet = items[i]
            self.df_.add(list(analysis.title_terms) + list(analysis.body_terms) + list(analysis.entities))
            m = self.member(analysis, dense, outlet)
            self.clock_ = max(self.clock_, m.time)
            best, best_p = self._best(m)
            if best is not None:
                story = self.stories_[best]
                new = False
            else:
                story = Story(id=m.article_id, first_time=m.time, last_time=m.time)
                self.stories_[story.id] = story
                best_p, new = 0.0, True
            story.add(m)
            self.dense_.set(story.id, story.dense_unit())
            story.learn_spellings(analysis.entity_names, analysis.words)
            self._index(story.id, m)
            assignments.append(Assignment(m.article_id, story.id, best_p, new))
            if self.merge and not new and self.model.merge_threshold < 1.0:  # 1.0: merges are off
                merges += self._merge_from(story, m.article_id)
            self._since_sweep += 1
            if self._since_sweep >= 200:
                self.sweep()
        return assignments, merges

    def _candidates(self, m: Member) -> list[str]:
        hits: dict[str, int] = defaultdict(int)
        for key in self._index_keys(m):
            for sid in self.index_.get(key, ()):
                hits[sid] += 1
        ranked = sorted(hits, key=lambda sid: (-hits[sid], sid))[:MAX_CANDIDATES]
        if m.dense is not None:
            ranked += [sid for sid in self._dense_nearest(m.dense) if sid not in hits]
        return ranked

    def _far(self, m: Member, sid: str) -> bool:
        """Outside the article's time window; an undated article has no window to be outside of."""
        s = self.stories_[sid]
        lo, hi = m.time - self.window_hours, m.time + self.window_hours
        return m.dated and (s.last_time < lo or s.first_time > hi)

    def _dense_nearest(self, v: np.ndarray) -> list[str]:
        return self.dense_.nearest(v, DENSE_CANDIDATES)

    def _best(self, m: Member) -> tuple[str | None, float]:
        """The most probable candidate story among those whose probability passes their threshold.

        A story all in the article's language is judged by that language's model (learned on such
        pairs); a story with reports in another language by the language-neutral one (see
        Model.by_lang), each with its own threshold.
        """
        cands = self._candidates(m)
        if not cands:
            return None, 0.0
        stories = [self.stories_[sid] for sid in cands]
        X = matrix(m, stories, self.df_.idf, self.window_hours, self.model.cross_language)
        far = np.array([self._far(m, sid) for sid in cands])
        X[far, FEATURES.index("hours_apart")] = 0.0  # a far story is judged on its content alone,
        X[np.ix_(far, RELATIVE)] = 0.0  # not on being the best of the few stories at hand…
        native = self.model.for_lang(m.lang)
        P = native.probabilities(X)
        threshold = np.full(len(cands), native.threshold)
        if native is not self.model:
            foreign = np.array([any(lang != m.lang for lang in s.langs) for s in stories])
            if foreign.any():
                P[foreign] = self.model.probabilities(X[foreign])
                threshold[foreign] = self.model.threshold
        P[far & (P < FAR_PROBABILITY)] = 0.0  # …and joined only on a near-certain match
        P[threshold > P] = 0.0
        i = int(np.argmax(P))
        return (cands[i], float(P[i])) if P[i] > 0 else (None, 0.0)

    def _index(self, sid: str, m: Member) -> None:
        for key in self._index_keys(m):
            self.index_[key].add(sid)
            self.keys_[sid].add(key)

    # -- merges and eviction -------------------------------------------------------------------

    def _merge_from(self, story: Story, at_article: str) -> list[Merge]:
        """Does the grown story now match another one? Compare its centroid as if it were an article."""
        if story.size < 2:
            return []
        probe = Member(
            article_id=story.id, time=story.last_time, title=story.title.unit(), body=story.body.unit(),
            ents=story.ents.unit(), dense=story.dense_unit(), minhash=[],
        )  # fmt: skip
        probe.sparse = self._sparse(probe.title, probe.body, probe.ents)
        model = self.model  # language-neutral: a story against a story is no pair any model learned from
        best, best_p = None, 0.0
        cands = [sid for sid in self._candidates(probe) if sid != story.id and not self._far(probe, sid)]
        if cands:
            stories = [self.stories_[sid] for sid in cands]
            X = matrix(probe, stories, self.df_.idf, self.window_hours, model.cross_language)
            P = model.probabilities(X)
            i = int(np.argmax(P))
            best, best_p = cands[i], float(P[i])
        if best is None or best_p < model.merge_threshold:
            return []
        other = self.stories_[best]
        keep, gone = (story, other) if (story.size, other.id) >= (other.size, story.id) else (other, story)
        keep.absorb(gone)
        for key in self.keys_.pop(gone.id, set()):
            self.index_[key].discard(gone.id)
            self.index_[key].add(keep.id)
            self.keys_[keep.id].add(key)
        del self.stories_[gone.id]
        self.dense_.remove(gone.id)
        self.dense_.set(keep.id, keep.dense_unit())
        return [Merge(gone.id, keep.id, best_p, at_article)]

    def sweep(self) -> list[str]:
        """Forget stories that left the window: memory stays bounded by the window, not the stream."""
        self._since_sweep = 0
        horizon = self.clock_ - 2 * self.window_hours
        old = [sid for sid, s in self.stories_.items() if s.last_time < horizon]
        for sid in old:
            for key in self.keys_.pop(sid, set()):
                bucket = self.index_.get(key)
                if bucket is not None:
                    bucket.discard(sid)
                    if not bucket:
                        del self.index_[key]
            self.swept_[sid] = self.stories_.pop(sid)
            self.dense_.remove(sid)
        return old

    def restore(self, story: Story) -> None:
        """Take back a story from the store (a new process continuing an existing stream)."""
        self.stories_[story.id] = story
        self.dense_.set(story.id, story.dense_unit())
        for m in story.recent:
            self._index(story.id, m)
        self.clock_ = max(self.clock_, story.last_time)
