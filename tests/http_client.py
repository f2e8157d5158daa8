"""A minimal keep-alive HTTP/1.1 client on asyncio streams, for the load test and the serving benches.

Not httpx: on a two-core machine httpx spends more CPU per request than the server does (a trivial
FastAPI route measured 300 requests/s with httpx as the client, 2,500 with this one), so a load
generator built on it would measure itself. Shared by tests/loadgen.py, bench/serve.py and bench/load.py.
"""

from __future__ import annotations

import asyncio
import json
import statistics


class Connection:
    """One keep-alive HTTP/1.1 connection. The API always sends Content-Length, so no chunked reading;
    a response without it is an error, as is a connection the server closed (reported, never retried)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        return await self.request("GET", path)

    async def post_json(
        self, path: str, body: object, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        data = json.dumps(body).encode()
        return await self.request("POST", path, data, {"Content-Type": "application/json", **(headers or {})})

    async def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        """(status, body) of one request on this connection, opened on first use."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        if body or method != "GET":
            lines.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        length, close = None, False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        if length is None:
            raise RuntimeError(f"{path}: a response without Content-Length")
        data = await self.reader.readexactly(length)
        if close:  # the server ends this connection: the next request opens a new one
            self.close()
        return int(head[9:12]), data

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


def pct(values: list[float], p: int) -> float:
    """The p-th percentile (inclusive method: p100 is the maximum)."""
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]
