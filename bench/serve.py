"""Latency and throughput of the web pages and the JSON API under concurrent clients, on indonews.

    .venv/bin/python bench/serve.py [--clients 20] [--requests 400] [--db bench/.cache/serve.db]

The corpus is ingested and clustered once into --db (dense=False, kept for the next run). `gugus serve`'s
app runs under uvicorn in a subprocess on 127.0.0.1 (its own interpreter, so the load generator does not
share its GIL); --clients keep-alive connections then send --requests requests to each endpoint as fast
as they get answers: the front page (HTML and its JSON), a ~20-article story's page, record and comparison,
an article page, a search. Printed: p50/p95/max latency and requests per second, against the issue's
targets (p95 under 200 ms for pages, under 100 ms for JSON), and what the first request pays before the
caches hold it.

The load comes from the minimal HTTP/1.1 client of tests/http_client.py, not httpx, which would spend
more CPU than the server and so measure itself. bench/load.py is the same server under readers and
writers at once.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from _corpus import INDONEWS as DATA
from _corpus import ROOT, fill
from gugus import Engine

sys.path.insert(0, str(ROOT))
from tests.http_client import Connection, pct  # noqa: E402

TARGET_MS = 100.0  # p95 for JSON, issue 5
PAGE_TARGET_MS = 200.0  # p95 for HTML pages
SERVER = """
import sys, uvicorn
from gugus.api import create_app
uvicorn.run(create_app(sys.argv[1], token="", dense=False), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning", access_log=False, timeout_keep_alive=120)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(ROOT / "bench" / ".cache" / "serve.db"))
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000, help="per endpoint")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} is absent: the real data sets live in ../shared/data beside the repository; skipped")
        return 0
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    with Engine(args.db, dense=False) as engine:
        fill(engine)
        n_articles = engine.count()
    port = _free_port()
    env = os.environ | {"PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, "-c", SERVER, args.db, str(port)], env=env)
    try:
        return asyncio.run(_bench(f"http://127.0.0.1:{port}", args.clients, args.requests, n_articles))
    finally:
        server.terminate()
        server.wait(timeout=10)


async def _bench(base: str, clients: int, requests: int, n_articles: int) -> int:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await _wait(http)
        await asyncio.sleep(3)  # the server ranks the stories and imports the comparison in the background
        cold = {}
        t = time.perf_counter()
        ranked = (await http.get("/api/stories", params={"limit": 500})).json()
        cold["/api/stories?limit=500, first request"] = time.perf_counter() - t
        near = sorted(ranked["stories"], key=lambda s: (abs(s["size"] - 20), -s["n_outlets"], s["id"]))
        story, other = near[0], near[1]
        sid = story["id"]
        for s in (story, other):
            t = time.perf_counter()
            (await http.get(f"/api/stories/{s['id']}/comparison")).raise_for_status()
            name = f"/api/stories/{{id}}/comparison, {s['size']} articles, not yet cached"
            cold[f"{name} ({s['id']})"] = time.perf_counter() - t
        t = time.perf_counter()
        (await http.get(f"/stories/{sid}")).raise_for_status()
        cold["/stories/{id} page, its comparison cached"] = time.perf_counter() - t
        t = time.perf_counter()
        (await http.get("/")).raise_for_status()
        cold["/ front page, badges of its 30 stories found (0.2 s budget, the rest in the background)"] = (
            time.perf_counter() - t
        )
        await asyncio.sleep(5)  # the rest of the front page's badges
        article = (await http.get(f"/api/stories/{sid}")).json()["articles"][0]["id"]
        print(f"indonews: {n_articles} articles, {ranked['total']} stories; story {sid}: {story['size']} "
              f"articles from {story['n_outlets']} outlets ({story['headline'][:60]})")  # fmt: skip
        print(f"{clients} concurrent keep-alive clients, {requests} requests per row; uvicorn, one process\n")
        print(f"{'endpoint':<40} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'req/s':>7}  target p95")
        ok = True
        pages = [f"/api/stories?offset={50 * i}" for i in range(min(40, ranked["total"] // 50))]
        records = [f"/api/stories/{s['id']}" for s in ranked["stories"][:200]]
        story_pages = [f"/stories/{s['id']}" for s in ranked["stories"][:100]]
        for name, paths, warm, target in (
            ("/ (front page, HTML)", ["/"], True, PAGE_TARGET_MS),
            (f"/stories/{{id}} (page, {story['size']} articles)", [f"/stories/{sid}"], True, PAGE_TARGET_MS),
            ("/articles/{id} (page)", [f"/articles/{article}"], True, PAGE_TARGET_MS),
            ("/search?q=banjir (page)", ["/search?q=banjir"], True, PAGE_TARGET_MS),
            (f"/stories/{{id}} ({len(story_pages)} pages)*", story_pages, False, PAGE_TARGET_MS),
            ("/api/stories (front page, 50)", ["/api/stories"], True, TARGET_MS),
            ("/api/stories/{id}", [f"/api/stories/{sid}"], True, TARGET_MS),
            ("/api/stories/{id}/comparison", [f"/api/stories/{sid}/comparison"], True, TARGET_MS),
            (f"/api/stories?offset= ({len(pages)} pages)*", pages, False, TARGET_MS),
            (f"/api/stories/{{id}} ({len(records)} stories)*", records, False, TARGET_MS),
            ("/api/articles (50)", ["/api/articles"], True, TARGET_MS),
            ("/api/search?q=banjir", ["/api/search?q=banjir"], True, TARGET_MS),
            ("/api/health", ["/api/health"], True, TARGET_MS),
        ):
            lat, seconds = await _load(base, paths, clients, requests, warm)
            p50, p95 = pct(lat, 50), pct(lat, 95)
            met = p95 < target
            ok &= met
            print(f"{name:<40} {p50:>7.1f} {p95:>7.1f} {max(lat):>7.1f} {requests / seconds:>7.0f}  "
                  f"< {target:.0f} ms {'met' if met else 'MISSED'} ({p95 / target:.2f}x)")  # fmt: skip
        print("* each path's first request is computed, the later ones come from the cache")
        print("\nfirst requests, before the caches hold them (one client):")
        for name, s in cold.items():
            print(f"  {name}: {s * 1000:.0f} ms")
    return 0 if ok else 1


async def _load(
    base: str, paths: list[str], clients: int, requests: int, warm: bool
) -> tuple[list[float], float]:
    """Latencies (ms) of `requests` GETs cycling through `paths` over `clients` connections; seconds."""
    host, port = base.removeprefix("http://").split(":")
    connections = [Connection(host, int(port)) for _ in range(clients)]
    for c in connections:  # connections open; with `warm`, the caches filled too
        assert (await c.get(paths[0] if warm else "/openapi.json"))[0] == 200
    todo = iter(range(requests))
    lat: list[float] = []

    async def client(conn: Connection) -> None:
        for i in todo:
            path = paths[i % len(paths)]
            t = time.perf_counter()
            status, _ = await conn.get(path)
            lat.append((time.perf_counter() - t) * 1000)
            if status != 200:
                raise RuntimeError(f"{path}: HTTP {status}")

    t = time.perf_counter()
    await asyncio.gather(*(client(c) for c in connections))
    seconds = time.perf_counter() - t
    for c in connections:
        c.close()
    return lat, seconds


async def _wait(http: httpx.AsyncClient) -> None:
    for _ in range(200):
        try:
            if (await http.get("/api/rejects", params={"limit": 1})).status_code == 200:  # no cache warmed
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError("the server did not start")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
