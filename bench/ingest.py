"""Ingest throughput: articles per second for the indonews JSON Lines and for HTML pages, by stage.

    .venv/bin/python bench/ingest.py [--limit N]

Stages: read (JSON parse, or page extraction with trafilatura), clean+metadata (chrome, plain-text
header, credits, dates), language (detection per article and sentence), repair (joined words), store
(SQLite insert with idempotency checks). The HTML pages are the indonews articles laid into a news-page
template (navigation, related links, ads, footer), so both runs see the same texts.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
from pathlib import Path

from gugus.ingest.finish import finish
from gugus.ingest.html import read_html
from gugus.ingest.jsonl import read_jsonl
from gugus.model import Reject
from gugus.store.sqlite import SQLiteStore

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "indonews" / "articles.jsonl"
TARGET = 200.0

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title} - {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{date}"><meta name="author" content="{author}"></head>
<body><header><nav><a href="/">Beranda</a> <a href="/news">News</a> <a href="/bisnis">Bisnis</a>
<a href="/sport">Sport</a></nav></header><div class="ads">ADVERTISEMENT</div>
<main><article><h1>{title}</h1><div class="date">{date}</div><div class="detail__body-text">{body}</div>
<div class="related"><h3>Baca Juga</h3><ul><li><a href="/a">Harga emas hari ini naik lagi</a></li>
<li><a href="/b">Jadwal siaran langsung pekan ini</a></li></ul></div></article></main>
<footer><p>Copyright © 2025 {outlet}. All rights reserved.</p><a href="/tentang">Tentang Kami</a></footer>
</body></html>"""


def run(drafts, timings: dict[str, float], store: SQLiteStore) -> int:
    n = 0
    with store.transaction():
        for draft in drafts:
            if isinstance(draft, Reject):
                continue
            article = finish(draft, timings)
            t = time.perf_counter()
            store.add_article(article)
            timings["store"] = timings.get("store", 0.0) + time.perf_counter() - t
            n += 1
    return n


def report(name: str, n: int, elapsed: float, timings: dict[str, float]) -> None:
    rate = n / elapsed
    print(
        f"\n{name}: {n} articles in {elapsed:.2f} s = {rate:.0f} articles/s "
        f"(target {TARGET:.0f}/s: {rate / TARGET:.2f}x)"
    )
    for stage, secs in timings.items():
        print(f"  {stage:<16} {secs * 1000 / n:7.2f} ms/article  {100 * secs / elapsed:5.1f} %")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (it is read from ../shared/data, beside the repository)")
        return 0
    lines = DATA.read_bytes().splitlines(keepends=True)[: args.limit]
    from gugus.lang.detect import quick_detect

    quick_detect("warm the language models up")
    with tempfile.TemporaryDirectory() as tmp:
        # JSON Lines
        store = SQLiteStore(Path(tmp) / "jsonl.db")
        timings: dict[str, float] = {}
        t0 = time.perf_counter()

        def timed_read():
            it = iter(read_jsonl(lines, location=str(DATA)))
            while True:
                t = time.perf_counter()
                item = next(it, None)
                timings["read"] = timings.get("read", 0.0) + time.perf_counter() - t
                if item is None:
                    return
                yield item

        n = run(timed_read(), timings, store)
        report("JSON Lines (indonews)", n, time.perf_counter() - t0, timings)
        store.close()

        # HTML pages built from the same articles
        pages = []
        for raw in lines:
            a = json.loads(raw)
            body = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n") if p.strip())
            pages.append(
                (
                    a.get("url") or a["id"],
                    PAGE.format(
                        title=html.escape(a["title"]),
                        outlet=html.escape(a["outlet"]),
                        date=a.get("date") or "",
                        author=html.escape(a.get("author") or ""),
                        body=body,
                    ),
                )
            )
        store = SQLiteStore(Path(tmp) / "html.db")
        timings = {}
        t0 = time.perf_counter()

        def timed_pages():
            for n_page, (url, page) in enumerate(pages):
                t = time.perf_counter()
                try:
                    draft = read_html(
                        page, source_id=url, location=f"page{n_page}.html", raw_sha256="", url=url
                    )
                except ValueError:
                    continue
                finally:
                    timings["read"] = timings.get("read", 0.0) + time.perf_counter() - t
                yield draft

        n = run(timed_pages(), timings, store)
        report("HTML pages", n, time.perf_counter() - t0, timings)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
