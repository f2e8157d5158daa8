"""The online clusterer's state, saved with every committed group of assignments (in the same
transaction) and taken back by the next process, so that a run killed half way, or simply the next
run, continues exactly as one uninterrupted process would have.

Stories rebuilt from their members instead (gugus.cluster.stage's restore) weigh every member with
today's document frequencies rather than those it was weighed with when it joined: their centroids
differ a little, and a later article may then join another story than it would have.

Each story in the window is saved when it changes (the store's story_states), and a small header (the
setting KEY) names them in order with the rest of the state; document frequencies are the store's own.
The state is zlib-compressed JSON (orjson for the stories: six times quicker than json), never pickle:
whoever can write the database must not be able to run code in the processes that read it. Floats
survive JSON exactly (both write the shortest repr that reads back the same). Vocabulary ids are
renumbered on loading: a score depends on the order of a story's terms, which dictionaries keep, not
on their ids.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections import deque

import numpy as np
import orjson

from gugus.cluster.clusterer import OnlineClusterer
from gugus.cluster.sparse import FIELDS
from gugus.cluster.story import RECENT, Centroid, Member, Story

KEY = "cluster_state"  # the setting that holds the header
VERSION = 1


def header(clusterer: OnlineClusterer, generation: str) -> str:
    """What is not in the stories: the clock, the stories' order, the dense index's rows."""
    state = {
        "version": VERSION,
        "generation": generation,
        "clock": clusterer.clock_,
        "since_sweep": clusterer._since_sweep,
        "stories": list(clusterer.stories_),
        "dense_rows": clusterer.dense_.ids,
        "dense_free": clusterer.dense_.free,
    }
    return base64.b64encode(_pack(state)).decode("ascii")


def story_state(clusterer: OnlineClusterer, sid: str) -> bytes:
    """One story as the clusterer holds it, with its keys in the candidate index."""
    story = {**_story(clusterer.stories_[sid]), "keys": sorted(clusterer.keys_.get(sid, ()))}
    return zlib.compress(orjson.dumps(story, default=_plain), 1)


def loads(
    text: str, generation: str | None, states, clusterer: OnlineClusterer, df: dict[str, int], docs: int
) -> bool:
    """Fill a new `clusterer` from a header saved for `generation` and its stories, `states(ids)` ->
    {id: story_state}; False (the clusterer left empty) where the header is another run's or a story
    is missing."""
    state = _unpack(base64.b64decode(text))
    if state.get("version") != VERSION or state.get("generation") != generation:
        return False
    found = states(state["stories"])
    if len(found) != len(state["stories"]):
        return False
    clusterer.df_.df.update(df)
    clusterer.df_.docs = docs
    clusterer.clock_ = state["clock"]
    clusterer._since_sweep = state["since_sweep"]
    for sid in state["stories"]:
        d = orjson.loads(zlib.decompress(found[sid]))
        clusterer.stories_[sid] = _load_story(d, clusterer)
        clusterer.keys_[sid] = set(d["keys"])
        for key in d["keys"]:
            clusterer.index_[key].add(sid)
    stories = clusterer.stories_
    clusterer.dense_.place(state["dense_rows"], state["dense_free"], lambda sid: stories[sid].dense_unit())
    return True


def _pack(data: dict) -> bytes:
    """The header, by json: its clock is -inf before the first article, which orjson cannot write."""
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 1)


def _unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


def _plain(value):
    """A numpy number where a Python one was expected (orjson takes only the latter)."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON: {type(value).__name__}")


# -- stories and members --------------------------------------------------------------------------


def _array(v: np.ndarray | None) -> list | None:
    return None if v is None else [str(v.dtype), base64.b64encode(v.tobytes()).decode("ascii")]


def _from_array(d: list | None) -> np.ndarray | None:
    return None if d is None else np.frombuffer(base64.b64decode(d[1]), dtype=d[0]).copy()


def _member(m: Member) -> dict:
    return {
        "id": m.article_id, "time": m.time, "title": m.title, "body": m.body, "ents": m.ents,
        "dense": _array(m.dense), "minhash": list(m.minhash), "outlet": m.outlet, "lang": m.lang,
        "dated": m.dated,
    }  # fmt: skip


def _load_member(d: dict, clusterer: OnlineClusterer) -> Member:
    m = Member(
        article_id=d["id"], time=d["time"], title=d["title"], body=d["body"], ents=d["ents"],
        dense=_from_array(d["dense"]), minhash=d["minhash"], outlet=d["outlet"], lang=d["lang"],
        dated=d["dated"],
    )  # fmt: skip
    m.sparse = clusterer._sparse(m.title, m.body, m.ents)
    return m


def _story(s: Story) -> dict:
    return {
        "id": s.id, "first_time": s.first_time, "last_time": s.last_time, "size": s.size,
        "members": s.members, "dated_span": s.dated_span, "dense_sum": _array(s.dense_sum),
        "centroids": {f: [getattr(s, f).weights, getattr(s, f).sq] for f in FIELDS},
        "recent": [_member(m) for m in s.recent],
        "outlets": s.outlets, "langs": s.langs, "names": s.names, "words": s.words,
    }  # fmt: skip


def _load_story(d: dict, clusterer: OnlineClusterer) -> Story:
    story = Story(
        id=d["id"], first_time=d["first_time"], last_time=d["last_time"], size=d["size"],
        members=d["members"], dated_span=d["dated_span"], dense_sum=_from_array(d["dense_sum"]),
        recent=deque((_load_member(m, clusterer) for m in d["recent"]), maxlen=RECENT),
        outlets=d["outlets"], langs=d["langs"], names=d["names"], words=d["words"],
    )  # fmt: skip
    ids = clusterer.vocab_.ids
    for f in FIELDS:
        weights, sq = d["centroids"][f]
        setattr(story, f, Centroid(weights, sq))
        # the centroid by vocabulary id holds the same sums, in the same order (Story.add, absorb)
        clusterer.vocab_.sparse(weights)
        story.by_id[f] = {ids[t]: w for t, w in weights.items()}
    return story
