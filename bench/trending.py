"""Replay 19 June 2025 (WIB) of indonews in 15-minute steps: when do the day's breaking stories reach
the trending top 5?

    .venv/bin/python bench/trending.py [--hours 2] [--step 15] [--top 5] [--db bench/.cache/trending.db]

The store is indonews ingested and clustered with dense off (cached in bench/.cache/). Clustering
is online, so a story's membership at time t is its final membership restricted to the articles
published by t, which is what gugus.trending.rank reads at `at` = t. For each of the three stories
(the Real Madrid–Al Hilal draw, the evacuation of Indonesians from Iran, Prabowo's visit to Russia,
found by the words of their titles; the largest story when the clustering split one) it prints the
time of its first article and of its first article that day, how many minutes after each it first
reached the top 5, its best rank, and what else was in the top 5 then.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _corpus import fill  # noqa: E402
from gugus import Engine  # noqa: E402
from gugus.analyze.article import hours as parse_hours  # noqa: E402
from gugus.trending import Item, iso, load, rank  # noqa: E402

DAY_START = "2025-06-18T17:00:00+00:00"  # 19 June 2025, 00:00 WIB
DAY_HOURS = 24.0
TARGETS = {  # name -> the words a title must have (all of one group)
    "Real Madrid–Al Hilal": [("al hilal",)],
    "WNI evacuated from Iran": [("wni", "iran")],
    "Prabowo in Russia": [("prabowo", "rusia"), ("prabowo", "putin")],
}


def find_stories(items: list[Item], titles: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """name -> [(story id, matching titles, size)] of the stories whose titles have the words, the
    largest first: more than one may mean the clustering split the story."""
    size = Counter(i.story_id for i in items)
    out = {}
    for name, groups in TARGETS.items():
        hits: Counter[str] = Counter()
        for i in items:
            title = titles.get(i.article_id, "").lower()
            if any(all(w in title for w in g) for g in groups):
                hits[i.story_id] += 1
        rows = [(sid, n, size[sid]) for sid, n in hits.items()]
        out[name] = sorted(rows, key=lambda r: (-r[2], -r[1], r[0]))
    return out


def replay(items: list[Item], *, hours: float, step_minutes: int, top: int) -> list[tuple[float, list]]:
    """(at, the top stories) every `step_minutes` over the day."""
    start = parse_hours(DAY_START)
    steps = int(DAY_HOURS * 60 / step_minutes)
    out = []
    for k in range(steps + 1):
        at = start + k * step_minutes / 60.0
        out.append((at, rank(items, at=at, hours=hours)["stories"]))
    return out


def measure(items: list[Item], story_id: str, frames: list[tuple[float, list]], top: int) -> dict:
    """When a story first reached the top, how long after its first article (ever, and that day)."""
    members = sorted(i.time for i in items if i.story_id == story_id and i.dated)
    day_start = parse_hours(DAY_START)
    first_today = next((t for t in members if t >= day_start), None)
    reached, best, company = None, None, []
    ranks = []
    for at, stories in frames:
        ids = [s["id"] for s in stories]
        r = ids.index(story_id) + 1 if story_id in ids else None
        ranks.append(r)
        if r is not None and r <= top:
            best = r if best is None else min(best, r)
            if reached is None and at >= (first_today or day_start):
                reached, company = at, stories
    return {
        "first": members[0],
        "first_today": first_today,
        "reached": reached,
        "minutes": None if reached is None else round((reached - members[0]) * 60),
        "minutes_today": None if reached is None else round((reached - (first_today or members[0])) * 60),
        "best": best,
        "company": company,
        "ranks": ranks,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(ROOT / "bench" / ".cache" / "trending.db"))
    ap.add_argument("--hours", type=float, default=2.0)
    ap.add_argument("--step", type=int, default=15, help="minutes between replayed times")
    ap.add_argument("--top", type=int, default=5)
    args = ap.parse_args()
    with Engine(args.db, dense=False) as engine:
        fill(engine)
        items = load(engine.store)
        titles = {i.article_id: (engine.article(i.article_id).title or "") for i in items}
    frames = replay(items, hours=args.hours, step_minutes=args.step, top=args.top)
    print(f"window {args.hours:g} h, every {args.step} min over 19 June 2025 WIB (times UTC), top {args.top}")
    for name, found in find_stories(items, titles).items():
        sid, hits, size = found[0]
        split = ", ".join(f"{s[:10]} ({n} of {z})" for s, n, z in found[1:]) or "none"
        m = measure(items, sid, frames, args.top)
        print(f"\n{name}: story {sid[:10]}, {size} articles ({hits} titles match)")
        print(f"  other stories with such titles: {split}")
        print(f"  first article {iso(m['first'])}, first that day {iso(m['first_today'] or m['first'])}")
        if m["reached"] is None:
            print(f"  never in the top {args.top} that day (best rank {m['best']})")
            continue
        print(
            f"  top {args.top} at {iso(m['reached'])}: {m['minutes']} min after its first article, "
            f"{m['minutes_today']} min after its first that day; best rank {m['best']}"
        )
        print(f"  {len(m['company'])} stories with momentum > 0 then")
        k = round((m["first_today"] - parse_hours(DAY_START)) * 60 / args.step)
        print(f"  rank every {args.step} min for 3 h from its first article that day (- = not trending):")
        print("   " + " ".join(str(r) if r else "-" for r in m["ranks"][k : k + 180 // args.step + 1]))
        print("  rank every hour of the day from 00:00 WIB:")
        print("   " + " ".join(str(r) if r else "-" for r in m["ranks"][:: max(1, 60 // args.step)]))
        for r, s in enumerate(m["company"][: args.top], 1):
            mark = "*" if s["id"] == sid else " "
            title = titles.get(s["id"], "")
            counts = f"{s['articles']:2d} art {len(s['outlets'])} outl"
            print(f"   {mark}{r}. {s['momentum']:6.2f} {counts}  {title[:80]}")


if __name__ == "__main__":
    main()
