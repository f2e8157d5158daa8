"""Fetch one URL safely: the server calls this with URLs that users typed.

The threat is server-side request forgery: a URL (or a redirect, or a DNS answer) that points us at
the machine itself, the private network or the cloud metadata endpoint. So:

* only ``http``/``https``, no credentials in the URL, any port;
* the host is resolved once, in-process, and EVERY address it resolves to is checked
  (`address_problem`); odd IPv4 literals (``2130706433``, ``0x7f000001``, ``0177.0.0.1``, ``127.1``)
  are parsed here, the way browsers do, instead of being handed to the C resolver;
* we then connect to a checked address, never to the name: a second lookup could be answered
  differently (DNS rebinding);
* redirects are followed by hand, and every hop is checked again (scheme and addresses);
* one wall-clock budget (``timeout``) covers the whole fetch, DNS and redirects included. Connect and
  each socket read are bounded by what is left of it, and a watchdog shuts the socket down when it
  runs out, so a server that dribbles one byte at a time (headers or body) cannot hold us;
* the body is capped at ``max_bytes`` (Content-Length first, then while streaming) both before and
  after decompression; gzip/deflate are decoded here with a bounded ``zlib`` output, so a gzip bomb
  hits the cap instead of memory.

`FetchError.reason` is one of `REASONS`; `FetchError.detail` is a sentence for a person.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    NewConnectionError,
    ReadTimeoutError,
)
from urllib3.exceptions import SSLError as Urllib3SSLError
from urllib3.response import HTTPResponse
from urllib3.util.ssl_match_hostname import CertificateError as Urllib3CertificateError

__all__ = [
    "REASONS",
    "FetchError",
    "Fetched",
    "address_problem",
    "check_url",
    "fetch",
    "is_url",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# "http-<status>" stands for any "http-404", "http-503", ... Beyond the brief's list: "tls" (handshake or
# certificate failure) and "bad-encoding" (an unsupported or corrupt Content-Encoding).
REASONS = (
    "bad-scheme",
    "bad-url",
    "blocked-address",
    "dns",
    "timeout",
    "refused",
    "too-large",
    "too-many-redirects",
    "http-<status>",
    "tls",
    "bad-encoding",
    "network",
)

_SCHEMES = {"http": 80, "https": 443}
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,*/*;q=0.8"
_HOST_RE = re.compile(
    r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?"
)
_CHARSET_RE = re.compile(r"[A-Za-z0-9._:+-]{1,40}")


class FetchError(Exception):
    """A URL that could not (or must not) be fetched; `reason` is for code, `detail` for people."""

    def __init__(self, url: str, reason: str, detail: str) -> None:
        super().__init__(url, reason, detail)  # all three in args, so the error pickles
        self.url = url
        self.reason = reason
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


@dataclass(frozen=True)
class Fetched:
    """A successful (2xx) response, or a 304 to a conditional GET (`fetch` with a validator: empty body).
    `headers` has lower-case names, repeated headers joined by ", "."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # the media type, lower-case, without parameters; "" when the server sent none
    charset: str | None  # from the Content-Type header only, lower-case; sniffing is the caller's job
    body: bytes = field(repr=False)  # decoded from gzip/deflate
    headers: dict[str, str] = field(default_factory=dict, repr=False)


# --- addresses --------------------------------------------------------------------------------------

_V4_BLOCKED = [
    (ipaddress.IPv4Network(net), why)
    for net, why in (
        ("0.0.0.0/8", "an unspecified ('this network')"),
        ("10.0.0.0/8", "a private"),
        ("100.64.0.0/10", "a carrier-grade NAT"),
        ("127.0.0.0/8", "a loopback"),
        ("169.254.0.0/16", "a link-local (cloud metadata)"),
        ("172.16.0.0/12", "a private"),
        ("192.0.0.0/24", "an IETF protocol"),
        ("192.0.2.0/24", "a documentation"),
        ("192.88.99.0/24", "a 6to4 relay"),
        ("192.168.0.0/16", "a private"),
        ("198.18.0.0/15", "a benchmarking"),
        ("198.51.100.0/24", "a documentation"),
        ("203.0.113.0/24", "a documentation"),
        ("224.0.0.0/4", "a multicast"),
        ("240.0.0.0/4", "a reserved"),  # includes the broadcast 255.255.255.255
    )
]
# IPv6 is checked as an allow-list: only global unicast (2000::/3) minus the special blocks below.
_V6_GLOBAL = ipaddress.IPv6Network("2000::/3")
_V6_NAMED = [
    (ipaddress.IPv6Network(net), why)
    for net, why in (
        ("::/128", "an unspecified"),
        ("::1/128", "a loopback"),
        ("fc00::/7", "a private (unique local)"),
        ("fe80::/10", "a link-local"),
        ("fec0::/10", "a site-local"),
        ("ff00::/8", "a multicast"),
        ("2001::/32", "a Teredo tunnel"),
        ("2001:2::/48", "a benchmarking"),
        ("2001:10::/28", "an ORCHID"),
        ("2001:20::/28", "an ORCHID"),
        ("2001:db8::/32", "a documentation"),
        ("3fff::/20", "a documentation"),
    )
]
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def address_problem(ip: IPAddress) -> str | None:
    """Why `ip` must not be fetched from ("a loopback address", ...), or None if it is public.

    Addresses that embed an IPv4 address (IPv4-mapped ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``,
    6to4 ``2002::/16``) are judged by the embedded address: a NAT64 or 6to4 gateway would forward to it,
    and a dual-stack socket connects to a mapped address over IPv4.
    """
    if isinstance(ip, ipaddress.IPv4Address):
        for net, why in _V4_BLOCKED:
            if ip in net:
                return f"{why} address"
        if ip.is_private or ip.is_reserved or ip.is_loopback or ip.is_link_local or ip.is_multicast:
            return "a non-public address"  # belt and braces, should the table above miss something
        return None
    embedded = (
        ip.ipv4_mapped
        or ip.sixtofour
        or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
    )
    if embedded is not None:
        inner = address_problem(embedded)
        return f"an IPv6 form of {inner}" if inner else None
    for net, why in _V6_NAMED:
        if ip in net:
            return f"{why} address"
    if ip not in _V6_GLOBAL:
        return "a reserved address"
    return None


def _parse_ipv4_number(part: str) -> int | None:
    """One part of an IPv4 literal as browsers read it: 0x.. hex, 0.. octal, else decimal."""
    part = part.lower()
    if part.startswith("0x"):
        digits, allowed, base = part[2:], "0123456789abcdef", 16
        if not digits:
            return 0
    elif len(part) > 1 and part[0] == "0":
        digits, allowed, base = part[1:], "01234567", 8
    else:
        digits, allowed, base = part, "0123456789", 10
    if not digits or any(c not in allowed for c in digits):
        return None
    return int(digits, base)


def _ipv4_literal(host: str) -> ipaddress.IPv4Address | None | bool:
    """The WHATWG URL IPv4 parser: an address, None when `host` is a name, False when it is a bad number.

    Any host whose last label is a number is an IPv4 literal for a browser (and for the C library's
    ``inet_aton``), so "2130706433", "0x7f000001", "0177.0.0.1" and "127.1" all mean 127.0.0.1. Parsing them
    here means we never hand a numeric-looking name to the resolver, which might read it differently.
    """
    parts = host.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    last = parts[-1]
    if not (last.isascii() and last.isdigit()) and _parse_ipv4_number(last) is None:
        return None  # ends in a name label: a domain
    numbers = [_parse_ipv4_number(p) if p else None for p in parts]
    if len(parts) > 4 or any(n is None for n in numbers):
        return False
    *head, tail = [n for n in numbers if n is not None]
    if any(n > 255 for n in head) or tail >= 256 ** (5 - len(parts)):
        return False
    value = tail
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


# --- URLs -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """A validated http(s) URL, split into what the connection needs."""

    url: str
    scheme: str
    host: str  # ASCII: IDNA-encoded name, or the canonical form of an IP literal (no brackets)
    ip: IPAddress | None  # set when the host is an IP literal
    port: int
    path: str  # request target: path and query, percent-encoded, no fragment

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if isinstance(self.ip, ipaddress.IPv6Address) else self.host
        return host if self.port == _SCHEMES[self.scheme] else f"{host}:{self.port}"


def _fail(url: str, reason: str, detail: str) -> FetchError:
    return FetchError(url, reason, detail)


def _parse(url: str, asked: str | None = None) -> _Target:
    """Split and validate `url`; errors name `asked` (the URL the caller gave) as well when they differ."""
    asked = asked or url
    where = url if url == asked else f"{url} (redirected from {asked})"
    text = url.strip()
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise _fail(asked, "bad-url", f"The URL {where!r} contains control characters.")
    try:
        parts = urlsplit(text)
    except ValueError as e:
        raise _fail(asked, "bad-url", f"The URL {where!r} cannot be parsed: {e}.") from None
    scheme = parts.scheme.lower()
    if not scheme or (scheme in _SCHEMES and not parts.netloc):
        raise _fail(asked, "bad-url", f"{where!r} is not an absolute http(s) URL.")
    if scheme not in _SCHEMES:
        raise _fail(
            asked, "bad-scheme", f"Only http and https URLs can be fetched, and {where!r} uses {scheme}:."
        )
    netloc = parts.netloc
    if "@" in netloc:
        raise _fail(
            asked, "bad-url", f"The URL {where} carries credentials (user:password@); they are not allowed."
        )
    if "\\" in netloc:
        raise _fail(asked, "bad-url", f"The URL {where} has a backslash in its host part.")
    try:
        port = parts.port
        hostname = parts.hostname or ""
    except ValueError as e:
        raise _fail(asked, "bad-url", f"The URL {where} has a bad host or port: {e}.") from None
    if port is None:
        port = _SCHEMES[scheme]
    elif not 0 < port < 65536:
        raise _fail(asked, "bad-url", f"The URL {where} has port {port}, outside 1-65535.")
    if not hostname:
        raise _fail(asked, "bad-url", f"The URL {where} has no host.")

    ip: IPAddress | None = None
    if netloc.startswith("["):
        if "%" in hostname:
            raise _fail(asked, "bad-url", f"The URL {where} has an IPv6 zone id; that is not allowed.")
        try:
            ip = ipaddress.IPv6Address(hostname)
        except ValueError:
            raise _fail(asked, "bad-url", f"The URL {where} has a malformed IPv6 address.") from None
        host = str(ip)
    else:
        try:
            host = hostname.encode("idna").decode("ascii").lower() if not hostname.isascii() else hostname
        except UnicodeError:
            raise _fail(
                asked, "bad-url", f"The URL {where} has a host name that is not valid IDNA."
            ) from None
        v4 = _ipv4_literal(host)
        if v4 is False:
            raise _fail(
                asked, "bad-url", f"The URL {where} has a host that looks numeric but is no IPv4 address."
            )
        if isinstance(v4, ipaddress.IPv4Address):
            ip, host = v4, str(v4)
        elif len(host) > 254 or not _HOST_RE.fullmatch(host):
            raise _fail(asked, "bad-url", f"The URL {where} has an invalid host name {hostname!r}.")
    path = quote(parts.path or "/", safe="/%!$&'()*+,;=:@-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/?%!$&'()*+,;=:@-._~")
    return _Target(url=text, scheme=scheme, host=host, ip=ip, port=port, path=path)


def _gai(host: str, port: int, deadline: float | None) -> list[Any]:
    """getaddrinfo, abandoned (not cancelled: it cannot be) when the deadline passes first."""
    if deadline is None:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["ok"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
        except BaseException as e:  # handed back to the caller's thread
            box["err"] = e

    worker = threading.Thread(target=run, name=f"gugus-dns-{host}", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise TimeoutError(f"DNS lookup of {host} timed out")
    if "err" in box:
        raise box["err"]
    return box["ok"]


def _resolve(target: _Target, asked: str, allow_private: bool, deadline: float | None) -> list[str]:
    """The addresses to connect to, each one checked; raises FetchError when any is refused."""
    where = target.url if target.url == asked else f"{target.url} (redirected from {asked})"
    if target.ip is not None:
        addresses = [target.ip]
    else:
        name = target.host.rstrip(".")
        if not allow_private and (name == "localhost" or name.endswith(".localhost")):
            raise _fail(asked, "blocked-address", f"Refusing to fetch {where}: {name} is a loopback name.")
        try:
            infos = _gai(target.host, target.port, deadline)
        except TimeoutError:
            raise _fail(asked, "timeout", f"Looking up the host of {where} took too long.") from None
        except (OSError, UnicodeError) as e:
            raise _fail(asked, "dns", f"The host of {where} could not be resolved: {e}.") from None
        addresses = []
        for family, _, _, _, sockaddr in infos:
            if family not in (socket.AF_INET, socket.AF_INET6):
                continue
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            if ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise _fail(asked, "dns", f"The host of {where} resolved to no IPv4 or IPv6 address.")
    if not allow_private:
        for ip in addresses:
            problem = address_problem(ip)
            if problem:
                shown = "" if target.ip is not None else f"its host {target.host} resolves to {ip}, "
                raise _fail(asked, "blocked-address", f"Refusing to fetch {where}: {shown}{ip} is {problem}.")
    return [str(ip) for ip in addresses]


def check_url(url: str, *, allow_private: bool = False) -> list[str]:
    """Validate `url` as `fetch` would and return the addresses it resolves to (all of them allowed).

    Raises FetchError ("bad-scheme", "bad-url", "dns", "blocked-address"). The lookup has no deadline of
    its own here (the system resolver's); `fetch` bounds it by its timeout.
    """
    target = _parse(url)
    return _resolve(target, url, allow_private, None)


def is_url(s: str) -> bool:
    """True when `s` looks like an http(s) URL (to tell URLs from paths on the command line)."""
    s = s.strip()
    if not re.match(r"(?i)https?://[^\s/?#]", s) or any(c.isspace() for c in s):
        return False
    try:
        return bool(urlsplit(s).hostname)
    except ValueError:
        return False


# --- the connection ---------------------------------------------------------------------------------


class _Watchdog:
    """Shuts a socket down at the deadline, so no read (however dribbled) can outlive the budget.

    Per-operation socket timeouts alone cannot do this: http.client reads headers line by line and
    buffered reads loop over recv, so a server sending a byte a second never trips them.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._lock = threading.Lock()
        self._done = False
        self._timer: threading.Timer | None = None
        self._sock: socket.socket | None = None

    def arm(self, sock: socket.socket) -> None:
        self._sock = sock
        self._timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._done or self._sock is None:
                return
            self.fired = True
            with contextlib.suppress(OSError):  # socket-level: SSLSocket.shutdown drops its TLS object
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)

    def disarm(self) -> None:
        """Called before the socket is closed, so the timer never touches a closed (reused) descriptor."""
        with self._lock:
            self._done = True
        if self._timer is not None:
            self._timer.cancel()


def _tls_context() -> ssl.SSLContext | None:
    """The TLS context for https; None means urllib3's default (system CAs, TLS 1.2+). A seam for tests."""
    return None


def _connect(target: _Target, address: str, timeout: float) -> HTTPConnection:
    """Open a connection to the checked `address` that speaks to `target.host`.

    Why a urllib3 connection whose host is the checked IP (rather than a patched resolver or an
    overridden private ``_new_conn``): it takes only public parameters, and urllib3's own lookup of an IP
    literal is purely numeric, so the socket goes to exactly the address we checked. The real name goes
    in the Host header (set by `_hop`) and in ``server_hostname``, which is both the TLS SNI and the name
    the certificate is verified against. We leave ``assert_hostname`` unset on purpose: with it, urllib3
    turns OpenSSL's hostname check off and matches the name itself after the handshake; without it
    OpenSSL checks ``server_hostname`` inside the handshake (urllib3 falls back to its own match against
    the same name on old OpenSSL builds). Either way the certificate must name the host, not the IP.
    Connections at this level read no proxy settings from the environment, so nothing routes around the
    check.
    """
    if target.scheme == "https":
        conn: HTTPConnection = HTTPSConnection(
            address,
            target.port,
            timeout=timeout,
            server_hostname=target.host.rstrip("."),
            cert_reqs="CERT_REQUIRED",
            ssl_context=_tls_context(),
        )
    else:
        conn = HTTPConnection(address, target.port, timeout=timeout)
    try:
        conn.connect()
    except BaseException:
        conn.close()
        raise
    return conn


def _header_params(value: str) -> tuple[str, str | None]:
    """Media type and charset from a Content-Type value."""
    media, *params = value.split(";")
    charset = None
    for p in params:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset":
            val = val.strip().strip("\"'").lower()
            charset = val if _CHARSET_RE.fullmatch(val) else None
    return media.strip().lower(), charset


class _TooLarge(Exception):
    pass


class _BadEncoding(Exception):
    pass


class _Decoder:
    """gzip / deflate decoding whose output is capped: ``max_length`` stops zlib at the limit."""

    def __init__(self, coding: str, limit: int) -> None:
        self.coding = coding
        self.limit = limit
        self.produced = 0
        self._z: Any = None
        self._pending = b""

    def _new(self, data: bytes) -> Any:
        if self.coding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate
        zlib_header = len(data) >= 2 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bytes:
        out = []
        data = self._pending + data
        self._pending = b""
        while data:
            if self._z is None:
                if len(data) < 2:
                    self._pending = data
                    break
                self._z = self._new(data)
            elif self._z.eof:
                if self.coding == "gzip" and len(data) < 2:
                    self._pending = data
                    break
                if self.coding == "gzip" and data[:2] == b"\x1f\x8b":
                    self._z = self._new(data)  # another gzip member
                else:
                    break  # trailing garbage after the stream: ignored, as browsers do
            try:
                chunk = self._z.decompress(data, self.limit - self.produced + 1)
            except zlib.error as e:
                raise _BadEncoding(str(e)) from None
            self.produced += len(chunk)
            if self.produced > self.limit:
                raise _TooLarge
            out.append(chunk)
            data = self._z.unused_data if self._z.eof else b""
        return b"".join(out)

    def finish(self) -> None:
        """Complain about a stream cut short (an empty body is fine)."""
        if (self._z is None and self._pending) or (self._z is not None and not self._z.eof):
            raise _BadEncoding("truncated stream")


def _read_body(resp: HTTPResponse, max_bytes: int) -> bytes:
    """Read the body, raw size and decoded size both capped at `max_bytes`."""
    codings = [c.strip().lower() for c in resp.headers.get("content-encoding", "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    decoders: list[_Decoder] = []
    for coding in reversed(codings):  # applied in the order listed, so undone in reverse
        if coding in ("gzip", "x-gzip"):
            decoders.append(_Decoder("gzip", max_bytes))
        elif coding == "deflate":
            decoders.append(_Decoder("deflate", max_bytes))
        else:
            raise _BadEncoding(f"unsupported Content-Encoding {coding!r}")
    body = bytearray()
    raw = 0
    while True:
        chunk = resp.read(_CHUNK, decode_content=False)
        if not chunk:
            break
        raw += len(chunk)
        if raw > max_bytes:
            raise _TooLarge
        for d in decoders:
            chunk = d.feed(chunk)
        body += chunk
        if len(body) > max_bytes:
            raise _TooLarge
    for d in decoders:
        d.finish()
    return bytes(body)


def _caught(err: BaseException, *types: type[BaseException]) -> bool:
    """Whether `err` or anything in its cause/context chain is one of `types`."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, types):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _network_error(err: BaseException, asked: str, where: str, watchdog: _Watchdog | None) -> FetchError:
    """Map a connection-level exception to a FetchError."""
    if (watchdog is not None and watchdog.fired) or _caught(err, socket.timeout, ReadTimeoutError):
        return _fail(asked, "timeout", f"Fetching {where} took too long.")
    if _caught(err, ConnectionRefusedError):
        return _fail(asked, "refused", f"The server of {where} refused the connection.")
    if isinstance(err, ConnectTimeoutError) and not isinstance(err, NewConnectionError):
        return _fail(asked, "timeout", f"Connecting to {where} took too long.")  # urllib3 2: a subclass!
    if _caught(err, ssl.SSLError, Urllib3SSLError, Urllib3CertificateError):
        return _fail(asked, "tls", f"The TLS connection to {where} failed: {err}.")
    return _fail(asked, "network", f"Fetching {where} failed: {err}.")


def _hop(
    target: _Target,
    addresses: list[str],
    asked: str,
    where: str,
    deadline: float,
    user_agent: str,
    max_bytes: int,
    validators: dict[str, str],
) -> tuple[int, dict[str, str], bytes | None]:
    """One request: status, headers, and the body (None for redirects and errors, which are not read)."""
    conn: HTTPConnection | None = None
    error: BaseException | None = None
    for address in addresses:  # in resolver order; the next one only when this one cannot be reached
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            conn = _connect(target, address, remaining)
            break
        except NewConnectionError as e:  # refused, unreachable: worth trying the next address
            error = e
        except Exception as e:  # connect timeouts, TLS failures: give up
            raise _network_error(e, asked, where, None) from None
    if conn is None:
        if error is None:
            raise _fail(asked, "timeout", f"Fetching {where} took too long.")
        raise _network_error(error, asked, where, None)

    watchdog = _Watchdog(deadline)
    if conn.sock is not None:  # always, after connect()
        watchdog.arm(conn.sock)
    resp: HTTPResponse | None = None
    try:
        headers = {
            "Host": target.host_header,
            "User-Agent": user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
            **validators,
        }
        conn.request("GET", target.path, headers=headers, preload_content=False, decode_content=False)
        resp = conn.getresponse()
        status = resp.status
        got = {k.lower(): v for k, v in resp.headers.itermerged()}
        if status >= 300:
            return status, got, None
        length = got.get("content-length", "").strip()
        if length.isdigit() and int(length) > max_bytes:
            raise _fail(
                asked,
                "too-large",
                f"{where} announces {int(length)} bytes, more than the limit of {max_bytes}.",
            )
        body = _read_body(resp, max_bytes)
        if watchdog.fired:  # a shut-down socket reads as end of file: the body may be cut short
            raise _fail(asked, "timeout", f"Fetching {where} took too long.")
        return status, got, body
    except FetchError:
        raise
    except _TooLarge:
        raise _fail(asked, "too-large", f"{where} sent more than the limit of {max_bytes} bytes.") from None
    except _BadEncoding as e:
        if watchdog.fired:
            raise _fail(asked, "timeout", f"Fetching {where} took too long.") from None
        raise _fail(asked, "bad-encoding", f"The body of {where} could not be decoded: {e}.") from None
    except Exception as e:  # socket, http.client and urllib3 errors alike
        raise _network_error(e, asked, where, watchdog) from None
    finally:
        watchdog.disarm()
        if resp is not None:
            resp.close()
        conn.close()


def fetch(
    url: str,
    *,
    timeout: float = 15.0,
    max_bytes: int = 20 * 2**20,
    max_redirects: int = 5,
    allow_private: bool = False,
    user_agent: str = "gugus/0.1 (+news story engine)",
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET `url` under the rules in the module docstring; a 2xx `Fetched` or a FetchError.

    `timeout` is the budget in seconds for the whole fetch (lookups, connects, redirects, reads); each
    connect and read is bounded by what is left of it. `allow_private=True` switches the address policy
    off (for tests and for deployments that fetch from their own network) but not the other rules.
    `etag` and `last_modified` (the validators of an earlier response) make it a conditional GET, so
    that a poller re-reads an unchanged feed for free: the server's 304 comes back as a `Fetched` with
    status 304 and an empty body. Validators with control characters are dropped, not sent.
    """
    if timeout <= 0 or max_bytes < 0 or max_redirects < 0:
        raise ValueError("timeout must be > 0, max_bytes and max_redirects >= 0")
    validators = {
        name: value.strip()
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified))
        if value and value.strip() and not any(ord(c) < 0x20 or ord(c) == 0x7F for c in value.strip())
    }
    deadline = time.monotonic() + timeout
    current = url
    for hop in range(max_redirects + 1):
        target = _parse(current, url)
        where = target.url if hop == 0 else f"{target.url} (redirected from {url})"
        addresses = _resolve(target, url, allow_private, deadline)
        status, headers, body = _hop(
            target, addresses, url, where, deadline, user_agent, max_bytes, validators
        )
        location = headers.get("location")
        if status in _REDIRECTS and location:
            with contextlib.suppress(UnicodeError):  # http.client decoded latin-1; servers mean UTF-8
                location = location.encode("latin-1").decode("utf-8")
            current = urljoin(target.url, location.strip())
            continue
        if status == 304 and validators:
            return Fetched(url=url, final_url=target.url, status=304, content_type="", charset=None,
                           body=b"", headers=headers)  # fmt: skip
        if status >= 300 or body is None:
            raise _fail(url, f"http-{status}", f"The server answered {status} for {where}.")
        media, charset = _header_params(headers.get("content-type", ""))
        return Fetched(
            url=url,
            final_url=target.url,
            status=status,
            content_type=media,
            charset=charset,
            body=body,
            headers=headers,
        )
    raise _fail(url, "too-many-redirects", f"{url} redirected more than {max_redirects} times.")


def connect_checked(url: str, *, allow_private: bool = False, timeout: float = 10.0):
    """(connection, Host header, request path) for `url`, connected to an address the SSRF guard
    allowed: for callers other than `fetch` (webhook delivery) that must not be steered to loopback,
    private or metadata addresses either. Raises FetchError as `check_url` does."""
    target = _parse(url)
    addresses = _resolve(target, url, allow_private, time.monotonic() + timeout)
    return _connect(target, addresses[0], timeout), target.host_header, target.path
