"""The server under load (issue 7): `gugus serve` on loopback answers 50 keep-alive readers for a bounded
window while a `gugus ingest` process and an API writer add articles to the same store. No request
fails, no write is lost or doubled, every article ends in exactly one story, and the server's memory
levels off. The figures are printed; bench/load.py runs the same scenario at any size.

The store starts with SEED indonews articles, clustered. The worker gets CLI others; the API writer
posts API more one at a time until the window ends, the first OVERLAP of them also the worker's first
(both write the same articles at once: each must still be stored once)."""

from __future__ import annotations

import pytest

from . import loadgen
from .conftest import INDONEWS, need

CLIENTS, WINDOW = 50, 40.0  # readers, seconds
SEED, CLI, API, OVERLAP = 500, 300, 200, 20
# RSS: every cache of the server is bounded (service.py: 256 rendered responses within 128 MiB, 64
# comparisons within 64 MiB, one pooled Engine per thread of the 40-thread pool; the word-level
# lru_caches of analysis and search, 2^16 to 2^18 entries each). The first quarter of the window fills
# most of them (in 5 to 15 s, depending on the CPU the machine leaves the server); after that they fill
# more slowly as the writers bring new words and the readers reach stories the writers changed.
# Measured, the last quarter's peak over the second quarter's: 1.05x to 1.12x in 20 to 40 s runs on
# either backend, 1.08x over 157 s with 900 writes (bench/load.py), flat with readers alone. 1.4x
# leaves room for a loaded machine; a leak of ~100 KiB per request (some 1,000 requests in the second
# half) fails it.
RSS_GROWTH = 1.4


@pytest.mark.slow
def test_server_under_50_readers_while_two_writers_ingest(db_url, tmp_path, capsys):
    plan = loadgen.plan(need(INDONEWS), seed=SEED, cli=CLI, api=API, overlap=OVERLAP)
    loadgen.seeded(db_url, plan, tmp_path)
    result = loadgen.run(db_url, plan, tmp_path, clients=CLIENTS, seconds=WINDOW)
    with capsys.disabled():
        print(
            f"\n{db_url.split(':')[0] if '://' in db_url else 'sqlite'}: {loadgen.summary(result, CLIENTS)}"
        )

    assert result.failures == [], result.failures[:10]
    refused = {
        (kind, status): n
        for (kind, status), n in result.statuses().items()
        if status != 200 and not (status == 404 and "{sid}" in kind)  # a story merged away meanwhile
    }
    assert refused == {}, f"reads answered with an error: {refused}"

    assert [s for _, s, _, _ in result.writes if s != 200] == []
    assert result.writes, "the API writer got no write in"
    assert result.cli_status == 0, result.cli_summary  # 1: the worker rejected some of its articles
    assert loadgen.lost_writes(db_url, plan, result) == []

    settled, last = loadgen.rss_growth(result)
    assert last <= RSS_GROWTH * settled, f"server RSS grew from {settled} KiB to {last} KiB after warm-up"
