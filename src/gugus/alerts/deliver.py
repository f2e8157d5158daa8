"""Deliver pending alerts to their webhooks: signed, retried with backoff, never lost.

Each alert is POSTed as JSON with

    X-Gugus-Event: alert
    X-Gugus-Delivery: <alert id>          (the same on every retry: receivers can drop duplicates)
    X-Gugus-Timestamp: <unix seconds>
    X-Gugus-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the watch's secret>

A 2xx answer delivers it. Anything else (an error status, a timeout, a refused connection, a redirect,
an address the SSRF guard refuses) leaves it pending with the next attempt after 30 s, 1, 2, 4 …
minutes, at most an hour apart, for as long as it takes: the alert is in the store, so a restart
picks it up where it was. A receiver checks the signature over the exact bytes it received, and the
timestamp against replays.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable

from gugus import __version__
from gugus.ingest.fetch import FetchError, connect_checked

BASE_DELAY = 30.0  # seconds before the first retry
MAX_DELAY = 3600.0
TIMEOUT = 10.0


def backoff(attempts: int) -> float:
    """Seconds to wait after the `attempts`-th failure."""
    return min(MAX_DELAY, BASE_DELAY * 2 ** max(0, attempts - 1))


def sign(secret: str, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def deliver_due(
    store, *, now: Callable[[], float] = time.time, limit: int = 100, budget: float | None = None
) -> dict[str, int]:
    """Try every alert whose attempt is due, once; counts of delivered and failed. With `budget`
    (seconds) it stops starting new attempts after that long (a receiver that hangs costs TIMEOUT each)."""
    counts = {"delivered": 0, "failed": 0}
    watches = {w["id"]: w for w in store.watches()}
    started = time.monotonic()
    for alert in store.due_alerts(now(), limit):
        if budget is not None and time.monotonic() - started > budget:
            break
        watch = watches.get(alert["watch_id"])
        if watch is None or not watch["webhook"]:
            continue
        error = post(watch, alert)
        with store.transaction():
            if error is None:
                store.alert_delivered(alert["id"])
                counts["delivered"] += 1
            else:
                store.alert_failed(alert["id"], error, now() + backoff(alert["attempts"] + 1))
                counts["failed"] += 1
    return counts


def post(watch: dict, alert: dict) -> str | None:
    """POST one alert; None when the receiver took it, else why not."""
    body = json.dumps(alert["payload"] | {"alert_id": alert["id"], "created": alert["created"]},
                      ensure_ascii=False).encode("utf-8")  # fmt: skip
    stamp = str(int(time.time()))
    try:
        conn, host, path = connect_checked(
            watch["webhook"], allow_private=bool(watch["rules"].get("allow_private")), timeout=TIMEOUT
        )
    except FetchError as exc:
        return f"{exc.reason}: {exc.detail}"
    except OSError as exc:
        return f"connect: {exc}"
    try:
        conn.request("POST", path, body=body, headers={
            "Host": host, "Content-Type": "application/json", "User-Agent": f"gugus/{__version__}",
            "X-Gugus-Event": "alert", "X-Gugus-Delivery": str(alert["id"]), "X-Gugus-Timestamp": stamp,
            "X-Gugus-Signature": sign(watch["secret"] or "", stamp, body),
        })  # fmt: skip
        response = conn.getresponse()
        response.read(65536)
        if 200 <= response.status < 300:
            return None
        return f"HTTP {response.status}"
    except OSError as exc:
        return f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # urllib3 raises its own for protocol errors: the alert stays pending
        return f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()
