"""gugus.ingest.fetch: the SSRF rules on literals and fake DNS answers, and real fetches from a local server.

Nothing here talks to anything but servers it starts on 127.0.0.1; names other than the local ones are
answered by a fake resolver (monkeypatched ``socket.getaddrinfo``), never by DNS.
"""

from __future__ import annotations

import gzip
import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest

from gugus.ingest import fetch as fetch_mod
from gugus.ingest.fetch import Fetched, FetchError, address_problem, check_url, fetch, is_url

STOP = threading.Event()  # set at teardown, so handlers that stall let go at once
SMALL_HTML = "<html><body><p>Halo, dunia — berita hari ini.</p></body></html>".encode()
MB = 2**20


def _gzip_bomb(size: int) -> bytes:
    """gzip of `size` zero bytes, built a megabyte at a time (so the test itself stays small)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MB)
    return b"".join([*(z.compress(zeros) for _ in range(size // MB)), z.flush()])


BOMB = _gzip_bomb(50 * MB)


class Handler(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []  # shared record of the requests the server got

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = {
            "Content-Type": "text/html; charset=UTF-8",
            "Content-Length": str(len(body)),
            **(headers or {}),
        }
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _dribble(self, data: bytes, gap: float) -> None:
        for i in range(len(data)):
            if STOP.wait(gap):
                return
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()

    def do_GET(self) -> None:
        Handler.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        path = self.path
        if path == "/ok":
            self._send(200, SMALL_HTML)
        elif path == "/echo":
            body = f"host={self.headers['Host']}\nua={self.headers['User-Agent']}".encode()
            self._send(200, body, {"Content-Type": "text/plain", "X-Twice": "a"})
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, headers={"Location": "/ok" if n == 0 else f"/redirect/{n - 1}"})
        elif path == "/relative":
            self._send(301, headers={"Location": "ok"})
        elif path == "/loop":
            self._send(302, headers={"Location": "/loop"})
        elif path.startswith("/to?u="):
            self._send(302, headers={"Location": unquote(path[len("/to?u=") :])})
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/broken":
            self._send(503, b"down")
        elif path == "/slow-body":  # headers at once, then a few bytes, then nothing
            self._send(200, headers={"Content-Length": "100"})
            self.wfile.write(b"0123456789")
            self.wfile.flush()
            STOP.wait(10)
        elif path == "/dribble-body":  # a byte every 50 ms: each read is quick, the whole never ends
            self._send(200, headers={"Content-Length": "1000"})
            self._dribble(b"x" * 1000, 0.05)
        elif path == "/dribble-headers":
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            self._dribble(b"X-Slow: " + b"y" * 1000 + b"\r\n\r\n", 0.05)
        elif path == "/big-announced":
            self._send(200, b"z" * (2 * MB))
        elif path == "/big-unannounced":  # HTTP/1.0, no Content-Length: the body ends when we close
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(32):
                self.wfile.write(b"z" * (64 * 1024))
        elif path == "/big-chunked":
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"z" * (64 * 1024)
            for _ in range(32):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/gzip":
            self._send(200, gzip.compress(SMALL_HTML), {"Content-Encoding": "gzip"})
        elif path == "/deflate-raw":
            z = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            self._send(200, z.compress(SMALL_HTML) + z.flush(), {"Content-Encoding": "deflate"})
        elif path == "/bad-gzip":
            self._send(200, gzip.compress(SMALL_HTML)[:-12], {"Content-Encoding": "gzip"})
        elif path == "/bomb":
            self._send(200, BOMB, {"Content-Encoding": "gzip"})
        else:
            self._send(500, b"no such route")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that stop reading (too-large, timeout) break the pipe: expected here


def _serve(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        STOP.set()
        server.shutdown()
        server.server_close()
        thread.join(2)
        STOP.clear()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    for server in _serve(QuietServer(("127.0.0.1", 0), Handler)):
        yield f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answer names from a table (a list of IPs, an exception, or a delay); pass IP literals through."""
    real = socket.getaddrinfo
    table: dict[str, Any] = {"calls": []}

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if _is_ip(name):
            return real(host, port, *args, **kwargs)
        table["calls"].append(name)
        answer = table.get(name, socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
        if isinstance(answer, float):
            time.sleep(answer)
            raise socket.gaierror(socket.EAI_AGAIN, "slow")
        if isinstance(answer, Exception):
            raise answer
        out = []
        for ip in answer:
            fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
            addr = (ip, int(port or 0), 0, 0) if fam == socket.AF_INET6 else (ip, int(port or 0))
            out.append((fam, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", addr))
        return out

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return table


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _reason(call: Callable[[], object]) -> FetchError:
    with pytest.raises(FetchError) as info:
        call()
    return info.value


# --- check_url on literals -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://0x7f.0.0.1/",
        "http://127.0.0.1./",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::1]/",
        "http://[::]/",
        "http://0.0.0.0/",
        "http://0/",
        "http://10.1.2.3/",
        "http://172.16.0.1/",
        "http://192.168.1.1:8080/admin",
        "http://[::ffff:192.168.1.1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://100.64.0.1/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://[ff02::1]/",
        "http://240.0.0.1/",
        "http://255.255.255.255/",
        "http://198.18.0.1/",
        "http://[64:ff9b::a00:1]/",  # NAT64 of 10.0.0.1
        "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
        "http://[2001::1]/",  # Teredo
        "http://[2001:db8::1]/",
        "https://localhost/",
        "http://localhost:8080/",
        "http://LOCALHOST./",
        "http://api.localhost/",
    ],
)
def test_check_url_blocks_internal_addresses(url: str) -> None:
    err = _reason(lambda: check_url(url))
    assert err.reason == "blocked-address"
    assert err.url == url and url.split("/")[2].split(":")[0].lower().strip("[].") in err.detail.lower()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "bad-scheme"),
        ("file:///etc/passwd", "bad-scheme"),
        ("data:text/html,<script>alert(1)</script>", "bad-scheme"),
        ("ftp://ftp.example.com/pub/", "bad-scheme"),
        ("gopher://127.0.0.1:6379/_INFO", "bad-scheme"),
        ("http://user:pass@example.com/", "bad-url"),
        ("http://user@example.com/", "bad-url"),
        ("http://example.com\\@127.0.0.1/", "bad-url"),
        ("http://ex\tample.com/", "bad-url"),
        ("http://example.com\r\nX-Injected: 1/", "bad-url"),
        ("http:///nohost", "bad-url"),
        ("example.com/page", "bad-url"),
        ("//example.com/page", "bad-url"),
        ("http://exa mple.com/", "bad-url"),
        ("http://[fe80::1%25eth0]/", "bad-url"),
        ("http://1.2.3.4.5/", "bad-url"),
        ("http://256.1.1.1/", "bad-url"),
        ("http://example.com:0/", "bad-url"),
        ("http://example.com:70000/", "bad-url"),
    ],
)
def test_check_url_refuses_bad_urls(url: str, reason: str, fake_dns: dict[str, Any]) -> None:
    assert _reason(lambda: check_url(url)).reason == reason
    assert fake_dns["calls"] == []  # refused before any lookup


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://93.184.216.34/", ["93.184.216.34"]),
        ("https://93.184.216.34:8443/a b?q=é#frag", ["93.184.216.34"]),
        ("http://1572395042/", ["93.184.216.34"]),  # the same address as a number: parsed, and public
        ("http://[2606:2800:220:1:248:1893:25c8:1946]/", ["2606:2800:220:1:248:1893:25c8:1946"]),
        ("http://[::ffff:93.184.216.34]/", ["::ffff:5db8:d822"]),
        ("http://[64:ff9b::5db8:d822]/", ["64:ff9b::5db8:d822"]),  # NAT64 of a public address
    ],
)
def test_check_url_allows_public_literals(url: str, expected: list[str], fake_dns: dict[str, Any]) -> None:
    assert check_url(url) == expected  # validated only: nothing connects to these
    assert fake_dns["calls"] == []


def test_allow_private_lets_internal_literals_through() -> None:
    assert check_url("http://0x7f000001/", allow_private=True) == ["127.0.0.1"]
    assert check_url("http://[::ffff:127.0.0.1]/", allow_private=True) == ["::ffff:7f00:1"]
    assert _reason(lambda: check_url("file:///etc/passwd", allow_private=True)).reason == "bad-scheme"
    assert _reason(lambda: check_url("http://u:p@10.0.0.1/", allow_private=True)).reason == "bad-url"


def test_address_problem_names_the_kind() -> None:
    assert "metadata" in (address_problem(ipaddress.ip_address("169.254.169.254")) or "")
    assert "loopback" in (address_problem(ipaddress.ip_address("::ffff:127.0.0.1")) or "")
    assert address_problem(ipaddress.ip_address("8.8.8.8")) is None
    assert address_problem(ipaddress.ip_address("2001:4860:4860::8888")) is None


# --- names: every resolved address is checked ------------------------------------------------------


def test_every_resolved_address_is_checked(fake_dns: dict[str, Any]) -> None:
    fake_dns["news.test"] = ["93.184.216.34"]
    assert check_url("https://news.test/berita") == ["93.184.216.34"]
    fake_dns["mixed.test"] = ["93.184.216.34", "10.0.0.5"]
    err = _reason(lambda: check_url("https://mixed.test/"))
    assert err.reason == "blocked-address" and "10.0.0.5" in err.detail
    fake_dns["meta.test"] = ["2606:2800:220:1::1", "::ffff:169.254.169.254"]
    assert _reason(lambda: check_url("http://meta.test/")).reason == "blocked-address"


def test_dns_failure_and_idn(fake_dns: dict[str, Any]) -> None:
    assert _reason(lambda: check_url("http://nowhere.test/")).reason == "dns"
    fake_dns["xn--bcher-kva.test"] = ["93.184.216.34"]
    assert check_url("http://bücher.test/") == ["93.184.216.34"]


def test_dns_lookup_counts_against_the_deadline(fake_dns: dict[str, Any]) -> None:
    fake_dns["slow.test"] = 2.0
    start = time.monotonic()
    assert _reason(lambda: fetch("http://slow.test/", timeout=0.3)).reason == "timeout"
    assert time.monotonic() - start < 1.0


def test_is_url() -> None:
    assert is_url("https://kompas.com/read/2024/01/01/berita")
    assert is_url("  HTTP://example.com  ")
    assert not is_url("/data/articles/page.html")
    assert not is_url("page.html")
    assert not is_url("ftp://example.com/")
    assert not is_url("http://")
    assert not is_url("http://exa mple.com/")


# --- fetching from a local server ------------------------------------------------------------------


def test_local_server_is_refused_by_default(base: str) -> None:
    before = len(Handler.seen)
    err = _reason(lambda: fetch(f"{base}/ok"))
    assert err.reason == "blocked-address" and base in err.detail
    assert len(Handler.seen) == before  # no request was sent


def test_fetch_ok(base: str) -> None:
    got = fetch(f"{base}/ok", allow_private=True, timeout=2)
    assert isinstance(got, Fetched)
    assert (got.status, got.body, got.content_type, got.charset) == (200, SMALL_HTML, "text/html", "utf-8")
    assert got.url == got.final_url == f"{base}/ok"
    assert got.headers["content-length"] == str(len(SMALL_HTML))


def test_connects_to_the_checked_address_keeping_the_host(base: str, fake_dns: dict[str, Any]) -> None:
    port = base.rsplit(":", 1)[1]
    fake_dns["news.test"] = ["127.0.0.1"]
    got = fetch(f"http://news.test:{port}/echo", allow_private=True, timeout=2, user_agent="tester/1")
    assert got.body.decode() == f"host=news.test:{port}\nua=tester/1"
    assert got.content_type == "text/plain" and got.charset is None
    assert fake_dns["calls"] == ["news.test"]  # resolved once: the connection used the checked address


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]"])
def test_odd_literals_are_canonical_on_the_wire(base: str, host: str) -> None:
    port = base.rsplit(":", 1)[1]
    assert _reason(lambda: fetch(f"http://{host}:{port}/echo", timeout=2)).reason == "blocked-address"
    if host.startswith("[") and not _can_connect("::ffff:127.0.0.1", int(port)):
        pytest.skip("no dual-stack IPv6 here")
    got = fetch(f"http://{host}:{port}/echo", allow_private=True, timeout=2)
    expected = "[::ffff:7f00:1]" if host.startswith("[") else "127.0.0.1"
    assert got.body.decode().splitlines()[0] == f"host={expected}:{port}"


def _can_connect(ip: str, port: int) -> bool:
    try:
        with socket.create_connection((ip, port), timeout=1):
            return True
    except OSError:
        return False


def test_falls_back_to_the_next_checked_address(base: str, fake_dns: dict[str, Any]) -> None:
    port = base.rsplit(":", 1)[1]
    fake_dns["two.test"] = ["::1", "127.0.0.1"]  # the server listens on 127.0.0.1 only: ::1 is refused
    assert fetch(f"http://two.test:{port}/ok", allow_private=True, timeout=2).status == 200


def test_redirect_chain_is_followed(base: str) -> None:
    got = fetch(f"{base}/redirect/3", allow_private=True, timeout=2)
    assert got.status == 200 and got.final_url == f"{base}/ok" and got.url == f"{base}/redirect/3"
    assert fetch(f"{base}/relative", allow_private=True, timeout=2).final_url == f"{base}/ok"


def test_too_many_redirects(base: str) -> None:
    err = _reason(lambda: fetch(f"{base}/redirect/3", allow_private=True, max_redirects=2, timeout=2))
    assert err.reason == "too-many-redirects"
    assert (
        _reason(lambda: fetch(f"{base}/loop", allow_private=True, timeout=2)).reason == "too-many-redirects"
    )
    assert fetch(f"{base}/redirect/2", allow_private=True, max_redirects=3, timeout=2).status == 200


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"])
def test_redirect_to_another_scheme_is_refused(base: str, target: str) -> None:
    err = _reason(lambda: fetch(f"{base}/to?u={quote(target)}", allow_private=True, timeout=2))
    assert err.reason == "bad-scheme" and target in err.detail


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.2/", "http://localhost/", "http://[::1]/"],
)
def test_each_redirect_hop_is_checked(base: str, target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first hop is let through (the policy is relaxed for 127.0.0.1 only); the redirect is not."""
    strict = fetch_mod.address_problem
    monkeypatch.setattr(
        fetch_mod, "address_problem", lambda ip: None if str(ip) == "127.0.0.1" else strict(ip)
    )
    err = _reason(lambda: fetch(f"{base}/to?u={quote(target)}", timeout=2))
    assert err.reason == "blocked-address" and "redirected from" in err.detail


def test_http_errors(base: str) -> None:
    err = _reason(lambda: fetch(f"{base}/missing", allow_private=True, timeout=2))
    assert (err.reason, err.url) == ("http-404", f"{base}/missing") and "404" in err.detail
    assert _reason(lambda: fetch(f"{base}/broken", allow_private=True, timeout=2)).reason == "http-503"


@pytest.mark.parametrize("path", ["/slow-body", "/dribble-body", "/dribble-headers"])
def test_slow_servers_time_out_on_the_total_deadline(base: str, path: str) -> None:
    start = time.monotonic()
    err = _reason(lambda: fetch(f"{base}{path}", allow_private=True, timeout=0.5))
    elapsed = time.monotonic() - start
    assert err.reason == "timeout", err.detail
    assert 0.4 < elapsed < 1.2


def test_server_that_never_answers_times_out() -> None:
    with socket.socket() as mute:
        mute.bind(("127.0.0.1", 0))
        mute.listen(4)  # the kernel completes the handshake; nobody ever reads or writes
        port = mute.getsockname()[1]
        start = time.monotonic()
        err = _reason(lambda: fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=0.5))
        assert err.reason == "timeout" and time.monotonic() - start < 1.2


def test_closed_port_is_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = _reason(lambda: fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2))
    assert err.reason == "refused" and str(port) in err.detail


@pytest.mark.parametrize("path", ["/big-announced", "/big-unannounced", "/big-chunked"])
def test_oversized_bodies(base: str, path: str) -> None:
    err = _reason(lambda: fetch(f"{base}{path}", allow_private=True, max_bytes=MB, timeout=2))
    assert err.reason == "too-large"
    assert len(fetch(f"{base}{path}", allow_private=True, max_bytes=3 * MB, timeout=2).body) == 2 * MB


def test_gzip_and_deflate_are_decoded(base: str) -> None:
    assert fetch(f"{base}/gzip", allow_private=True, timeout=2).body == SMALL_HTML
    assert fetch(f"{base}/deflate-raw", allow_private=True, timeout=2).body == SMALL_HTML
    assert _reason(lambda: fetch(f"{base}/bad-gzip", allow_private=True, timeout=2)).reason == "bad-encoding"


def test_gzip_bomb_hits_the_limit_not_memory(base: str) -> None:
    assert len(BOMB) < MB  # 50 MB of zeros, compressed
    tracemalloc.start()
    try:
        err = _reason(lambda: fetch(f"{base}/bomb", allow_private=True, max_bytes=MB, timeout=3))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.reason == "too-large"
    assert peak < 8 * MB, peak


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        fetch("http://93.184.216.34/", timeout=0)


def test_fetch_error_pickles() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(FetchError("http://x/", "dns", "The host of http://x/ is unknown.")))
    assert (err.url, err.reason, str(err)) == ("http://x/", "dns", "The host of http://x/ is unknown.")


# --- TLS: SNI and the certificate are checked against the name, not the pinned IP ------------------


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True, timeout=20)

    ca_ext = [
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]
    run(
        "req",
        "-x509",
        *ec,
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=test CA",
        *ca_ext,
    )
    run("req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=news.test")
    (d / "ext.cnf").write_text(
        "subjectAltName=DNS:news.test\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    sign = ["-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf"]
    run("x509", "-req", "-in", "leaf.csr", "-out", "leaf.pem", *sign)
    return d


@pytest.fixture(scope="module")
def tls_server(certs: Path) -> Iterator[tuple[int, list[str | None]]]:
    sni: list[str | None] = []
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs / "leaf.pem", certs / "leaf.key")
    ctx.sni_callback = lambda sock, name, c: sni.append(name)  # type: ignore[assignment,misc]
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.socket = ctx.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    for s in _serve(server):
        yield s.server_address[1], sni


@pytest.fixture
def trust_test_ca(certs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        fetch_mod, "_tls_context", lambda: ssl.create_default_context(cafile=str(certs / "ca.pem"))
    )


def test_https_pins_the_address_but_verifies_the_name(
    tls_server: tuple[int, list[str | None]], fake_dns: dict[str, Any], trust_test_ca: None
) -> None:
    port, sni = tls_server
    fake_dns["news.test"] = ["127.0.0.1"]
    got = fetch(f"https://news.test:{port}/echo", allow_private=True, timeout=2)
    assert got.body.startswith(f"host=news.test:{port}\n".encode())
    assert sni[-1] == "news.test"
    assert fake_dns["calls"] == ["news.test"]


def test_https_certificate_for_another_name_is_refused(
    tls_server: tuple[int, list[str | None]], fake_dns: dict[str, Any], trust_test_ca: None
) -> None:
    port, _ = tls_server
    fake_dns["other.test"] = ["127.0.0.1"]
    assert (
        _reason(lambda: fetch(f"https://other.test:{port}/ok", allow_private=True, timeout=2)).reason == "tls"
    )
    # and by IP: the certificate names news.test, not 127.0.0.1
    assert (
        _reason(lambda: fetch(f"https://127.0.0.1:{port}/ok", allow_private=True, timeout=2)).reason == "tls"
    )


def test_https_untrusted_certificate_is_refused(
    tls_server: tuple[int, list[str | None]], fake_dns: dict[str, Any]
) -> None:
    port, _ = tls_server
    fake_dns["news.test"] = ["127.0.0.1"]
    assert (
        _reason(lambda: fetch(f"https://news.test:{port}/ok", allow_private=True, timeout=2)).reason == "tls"
    )
