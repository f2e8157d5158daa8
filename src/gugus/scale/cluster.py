"""Clustering within windows: gugus's OnlineClusterer over each window's articles, one window a task.

The articles are fed in the order a single process takes them (clock time, then arrival), context
first; the window reports a "part" for every story holding at least one of its own articles, with the
context articles that part also holds, which is what the stitch step joins parts across windows by.
A merge the clusterer makes at one of the window's own articles goes with the part that finally holds
the merged story: one made at a context article is the earlier window's to report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from gugus.analyze.article import Analysis
from gugus.cluster.clusterer import OnlineClusterer
from gugus.cluster.scoring import Model, load_models
from gugus.cluster.stage import describe
from gugus.cluster.vocab import DocumentFrequencies

Item = tuple[float, int, bool, str | None, Analysis]  # (clock time, seq, own?, outlet, analysis)


@dataclass
class Part:
    """One story as one window saw it."""

    window: int
    story_id: str  # the window's own id for it: the article that started it there (as gugus does)
    own: list[tuple[str, int, float, bool]]  # (article id, seq, probability, started the story?)
    context: list[str]  # article ids decided by an earlier window
    headline_id: str
    about: dict  # entities and keywords (gugus.cluster.stage.describe)
    merges: list[tuple[str, str, float, str]]  # (gone story, story it joined, probability, at article)

    @property
    def node(self) -> tuple[int, str]:
        return self.window, self.story_id


def cluster_window(
    window: int,
    items: Iterable[Item],
    df: Iterable[tuple[str, int]],
    docs: int,
    window_hours: float,
    model: Model | None = None,
) -> Iterator[Part]:
    """The window's parts; `model` replaces the shipped sparse one, as Engine's model= does."""
    clusterer = OnlineClusterer(model or load_models()["sparse"], window_hours=window_hours)
    clusterer.df_ = DocumentFrequencies(dict(df), docs)
    members: dict[str, list[str]] = defaultdict(list)
    stories = {}  # every story ever formed here: the clusterer forgets those that left its window
    own: dict[str, tuple[int, float, bool]] = {}
    merged: dict[str, list[tuple[str, str, float, str]]] = defaultdict(list)  # by the story holding them
    for _, seq, is_own, outlet, analysis in sorted(items, key=lambda it: (it[0], it[1])):
        (done,), merges = clusterer.partial_fit([(analysis, None, outlet)])
        members[done.story_id].append(done.article_id)
        if done.story_id in clusterer.stories_:  # else merged away at this very article
            stories[done.story_id] = clusterer.stories_[done.story_id]
        if is_own:
            own[done.article_id] = (seq, done.probability, done.new_story)
        for merge in merges:  # as the store does: the gone story's articles move to the kept one
            members[merge.into_story].extend(members.pop(merge.from_story, []))
            stories.pop(merge.from_story, None)
            stories[merge.into_story] = clusterer.stories_[merge.into_story]
            merged[merge.into_story].extend(merged.pop(merge.from_story, []))
            if is_own:
                merged[merge.into_story].append(
                    (merge.from_story, merge.into_story, merge.probability, merge.at_article)
                )
    for sid, aids in members.items():
        mine = [(aid, *own[aid]) for aid in aids if aid in own]
        if mine:
            story = stories[sid]
            context = [aid for aid in aids if aid not in own]
            yield Part(window, sid, mine, context, story.central_member(), describe(story), merged[sid])
