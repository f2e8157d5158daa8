"""The load scenario of issue 7: `gugus serve` under many keep-alive readers while two writers add
articles, one a `gugus ingest` process on the same store and one posting to /api/ingest/text with the
token; what it measured, and what must hold in the store afterwards.

Shared by tests/test_load.py (a bounded run that asserts) and bench/load.py (any size, prints). Traffic
goes only to the server this module starts on 127.0.0.1, and every loop ends at a deadline.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from gugus.store.keys import article_id, canonical_url, text_key

from .http_client import Connection, pct
from .pg_workers import problems

TOKEN = "load-test-token"
QUERIES = ["banjir", "presiden", "harga", "jakarta", "polisi", "timnas"]
# what a reader asks for, by weight: pages and their JSON twins, as a person and the web UI would
READS = [
    ("/", 2), ("/api/stories", 2), ("/stories/{sid}", 3), ("/api/stories/{sid}", 3),
    ("/articles/{aid}", 2), ("/api/articles/{aid}", 2), ("/search?q={q}", 1), ("/api/search?q={q}", 1),
]  # fmt: skip


@dataclass
class Plan:
    """Corpus lines, each with a URL and distinct from the others by URL and by text: `seed` is stored
    and clustered before the server starts, `cli` goes to the `gugus ingest` worker and `api` to the API
    writer; the first `overlap` of `cli` are also the first of `api`, so both write them at once."""

    seed: list[dict]
    cli: list[dict]
    api: list[dict]
    overlap: int


def plan(corpus: Path, *, seed: int, cli: int, api: int, overlap: int) -> Plan:
    """A fixed random pick of distinct corpus lines, split into the three parts."""
    lines, urls, texts = [], set(), set()
    for raw in corpus.read_text(encoding="utf-8").splitlines():
        line = json.loads(raw)
        if not line.get("url"):
            continue
        u, t = canonical_url(line["url"]), text_key(line.get("outlet"), line["title"], line["text"])
        if u not in urls and t not in texts:  # a duplicate would be stored once for two inputs
            urls.add(u)
            texts.add(t)
            lines.append(line)
    total = seed + cli + api
    if total > len(lines):
        raise ValueError(f"{total} articles asked for, the corpus has {len(lines)} distinct ones")
    picked = random.Random(7).sample(lines, total)  # every outlet and week in each part
    s, c, a = picked[:seed], picked[seed : seed + cli], picked[seed + cli :]
    return Plan(s, c, c[:overlap] + a, overlap)


def expected_id(line: dict) -> str:
    return article_id(line["url"], line.get("outlet"), line["title"], line["text"])


def pasted(line: dict) -> dict:
    """A corpus line as the /api/ingest/text body a person would send: title, date, text."""
    return {"text": f"{line['title']}\n{line.get('date') or ''}\n\n{line['text']}", "url": line["url"],
            "name": f"api:{line['id']}"}  # fmt: skip


def write_jsonl(lines: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return path


# -- the server ---------------------------------------------------------------------------------------


@dataclass
class Server:
    base: str
    host: str
    port: int
    proc: subprocess.Popen
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: str, folder: Path) -> Iterator[Server]:
    """`gugus serve` as a person runs it (uvicorn, one process, the write token in GUGUS_TOKEN) on a free
    loopback port; its output in `folder`/server.log; stopped at the end."""
    port = free_port()
    log = folder / "server.log"
    env = {**os.environ, "GUGUS_TOKEN": TOKEN, "PYTHONPATH": os.pathsep.join(sys.path)}
    cmd = [sys.executable, "-m", "gugus", "serve", "--db", db, "--port", str(port), "--no-dense"]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        server = Server(f"http://127.0.0.1:{port}", "127.0.0.1", port, proc, log)
        asyncio.run(_ready(server))
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _ready(server: Server, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"gugus serve exited: {server.log.read_text(errors='replace')[-2000:]}")
        conn = Connection(server.host, server.port)
        try:
            if (await conn.get("/api/health"))[0] == 200:
                return
        except OSError:
            pass
        finally:
            conn.close()
        await asyncio.sleep(0.2)
    raise RuntimeError("gugus serve did not answer in time")


def rss_kib(pid: int) -> int:
    """Resident memory of a process (VmRSS of /proc/PID/status), KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


# -- the run ------------------------------------------------------------------------------------------


@dataclass
class Result:
    seconds: float = 0.0  # the readers' window
    reads: list[tuple[str, int, float]] = field(default_factory=list)  # (kind, status, ms)
    failures: list[str] = field(default_factory=list)  # connection errors, with what was asked
    writes: list[tuple[str, int, float, dict]] = field(default_factory=list)  # (url, status, ms, report)
    rss: list[tuple[float, int]] = field(default_factory=list)  # (seconds since start, KiB)
    cli_seconds: float = 0.0
    cli_summary: str = ""
    cli_status: int = 0

    def latencies(self, kinds: set[str] | None = None) -> list[float]:
        return [ms for kind, _, ms in self.reads if kinds is None or kind in kinds]

    def statuses(self) -> Counter[tuple[str, int]]:
        return Counter((kind, status) for kind, status, _ in self.reads)


def run(db: str, plan_: Plan, folder: Path, *, clients: int, seconds: float) -> Result:
    """Start the server on `db` (already holding plan_.seed, clustered), then for `seconds`: `clients`
    readers, the `gugus ingest` worker on plan_.cli, the API writer on plan_.api (until done or the
    window ends); the server's RSS sampled every half second. Waits for the worker to finish."""
    result = Result()
    cli_input = write_jsonl(plan_.cli, folder / "cli.jsonl")
    with serve(db, folder) as server:
        env = {**os.environ, "GUGUS_DB": db, "PYTHONPATH": os.pathsep.join(sys.path)}
        cmd = [sys.executable, "-m", "gugus", "ingest", "--quiet", "--no-dense", str(cli_input)]
        start = time.perf_counter()
        worker = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            asyncio.run(_drive(server, plan_, clients, seconds, result))
            _, err = worker.communicate(timeout=600)
        finally:
            if worker.poll() is None:
                worker.kill()
        result.cli_seconds = time.perf_counter() - start
        result.cli_summary = " ".join(err.split())  # the summary line, however the console wrapped it
        result.cli_status = worker.returncode
    return result


async def _drive(server: Server, plan_: Plan, clients: int, seconds: float, result: Result) -> None:
    probe = Connection(server.host, server.port)
    stories = json.loads((await probe.get("/api/stories?limit=100"))[1])["stories"]
    articles = json.loads((await probe.get("/api/articles?limit=100"))[1])["articles"]
    probe.close()
    sids, aids = [s["id"] for s in stories], [a["id"] for a in articles]
    start = time.perf_counter()
    deadline = start + seconds

    async def reader(n: int) -> None:
        rng = random.Random(n)
        conn = Connection(server.host, server.port)
        kinds, weights = zip(*READS, strict=True)
        while time.perf_counter() < deadline:
            kind = rng.choices(kinds, weights)[0]
            path = kind.format(sid=rng.choice(sids), aid=rng.choice(aids), q=rng.choice(QUERIES))
            t = time.perf_counter()
            try:
                status, _ = await conn.get(path)
            except (OSError, asyncio.IncompleteReadError, RuntimeError) as exc:
                result.failures.append(f"GET {path}: {exc!r}")
                conn.close()
                continue
            result.reads.append((kind, status, (time.perf_counter() - t) * 1000))
        conn.close()

    async def writer() -> None:
        conn = Connection(server.host, server.port)
        auth = {"Authorization": f"Bearer {TOKEN}"}
        for line in plan_.api:
            if time.perf_counter() >= deadline:
                break
            t = time.perf_counter()
            try:
                status, body = await conn.post_json("/api/ingest/text", pasted(line), auth)
            except (OSError, asyncio.IncompleteReadError, RuntimeError) as exc:
                result.failures.append(f"POST {line['url']}: {exc!r}")
                conn.close()
                continue
            report = json.loads(body) if status == 200 else {}
            result.writes.append((line["url"], status, (time.perf_counter() - t) * 1000, report))
        conn.close()

    async def sampler() -> None:
        while time.perf_counter() < deadline:
            result.rss.append((time.perf_counter() - start, rss_kib(server.proc.pid)))
            await asyncio.sleep(0.5)

    await asyncio.gather(*(reader(n) for n in range(clients)), writer(), sampler())
    result.seconds = time.perf_counter() - start


# -- afterwards ---------------------------------------------------------------------------------------


def lost_writes(db: str, plan_: Plan, result: Result) -> list[str]:
    """What is wrong with the store after a run: an article a writer was given (or the seed) missing or
    stored twice, one no writer was given, an API write that got a 200 but is not stored, an article in
    no story or in two, a story whose counts disagree with its members (tests/pg_workers.problems)."""
    from gugus.store.base import open_store

    found = []
    want = {expected_id(x) for x in plan_.seed + plan_.cli}
    for url, status, _, report in result.writes:
        if status == 200:
            ids = set(report.get("article_ids", []))
            if report.get("rejected"):
                found.append(f"API write of {url} rejected: {report.get('rejects')}")
            elif article_id(url, None, "", "") not in ids:
                found.append(f"API write of {url} answered with ids {sorted(ids)}, not its own")
            want |= ids
    store = open_store(db)
    try:
        rows = store._all if hasattr(store, "_all") else (lambda sql: store._db.execute(sql).fetchall())
        stored = Counter(r[0] for r in rows("SELECT id FROM articles"))
        found += [f"article {i} stored {n} times" for i, n in stored.items() if n > 1]
        found += [f"article {i} lost" for i in sorted(want - set(stored))]
        found += [f"article {i} stored, no writer was given it" for i in sorted(set(stored) - want)]
        found += [f"reject: {r.source}: {r.reason}" for r in store.rejects()]
        found += problems(store)
        members = Counter(r[0] for r in rows("SELECT article_id FROM story_articles"))
        found += [f"article {i} in {n} stories" for i, n in members.items() if n > 1]
        found += [f"article {i} in no story" for i in sorted(want - set(members))]
    finally:
        store.close()
    return found


def rss_growth(result: Result) -> tuple[int, int]:
    """The largest RSS (KiB) in the second quarter of the window and in the last: the first quarter is
    the caches' warm-up, whose length depends on how much CPU the machine leaves the server."""
    n = len(result.rss)
    q = max(1, n // 4)
    return max(k for _, k in result.rss[q : 2 * q] or result.rss), max(k for _, k in result.rss[-q:])


def summary(result: Result, clients: int) -> str:
    """The figures, as the test and bench/load.py print them."""
    lat = result.latencies()
    pages = result.latencies({k for k, _ in READS if not k.startswith("/api/")})
    api = result.latencies({k for k, _ in READS if k.startswith("/api/")})
    w = [ms for _, status, ms, _ in result.writes if status == 200]
    added = sum(r.get("added", 0) + r.get("revisions", 0) for *_, r in result.writes)
    second, last = rss_growth(result)
    rows = [
        f"{clients} keep-alive readers for {result.seconds:.1f} s: {len(lat)} requests, "
        f"{len(lat) / result.seconds:.0f} req/s, {len(result.failures)} connection failures, "
        f"statuses {dict(Counter(s for _, s, _ in result.reads))}",
        f"  all reads  p50 {pct(lat, 50):.0f} ms, p95 {pct(lat, 95):.0f} ms, max {max(lat):.0f} ms",
        f"  pages      p50 {pct(pages, 50):.0f} ms, p95 {pct(pages, 95):.0f} ms, max {max(pages):.0f} ms",
        f"  JSON API   p50 {pct(api, 50):.0f} ms, p95 {pct(api, 95):.0f} ms, max {max(api):.0f} ms",
        f"API writer: {len(result.writes)} POST /api/ingest/text, {added} stored (added or revised)"
        + (f", p50 {pct(w, 50):.0f} ms, max {max(w):.0f} ms" if len(w) > 1 else ""),
        f"gugus ingest worker: {result.cli_summary} ({result.cli_seconds:.1f} s, exit {result.cli_status})",
        f"server RSS: {result.rss[0][1] / 1024:.0f} MiB at start, peak {second / 1024:.0f} MiB in the "
        f"second quarter and {last / 1024:.0f} MiB in the last, end {result.rss[-1][1] / 1024:.0f} MiB "
        f"({len(result.rss)} samples)",
    ]
    return "\n".join(rows)


def seeded(db: str, plan_: Plan, folder: Path) -> None:
    """Store and cluster the plan's seed in `db`, as `gugus ingest` would (words only, no dense model)."""
    from gugus import Engine

    with Engine(db, dense=False) as engine:
        engine.ingest([str(write_jsonl(plan_.seed, folder / "seed.jsonl"))])
