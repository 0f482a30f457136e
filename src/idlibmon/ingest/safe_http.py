"""Fetch pages whose links came from feeds without letting a feed aim us at our own network.

A link inside a feed is written by whoever wrote the feed, so it may point at a router's
admin page, a cloud metadata service or the machine's own loopback (server-side request
forgery). The defence sits at the one place that cannot be bypassed, the TCP connect:

- `PinnedBackend` is the httpcore network backend of our client. For each new connection
  it resolves the host name itself, refuses if ANY answer is loopback, private, link-local,
  multicast, reserved, unspecified or otherwise not globally routable (IPv4, IPv6, and IPv4
  embedded in IPv6), and then connects to exactly the address it checked. There is no
  second lookup for a changed DNS answer to slip into. The URL is not rewritten, so the
  Host header, TLS SNI and certificate checks still use the name.
- `fetch_page` follows redirects itself, a few hops at most, refusing any scheme but
  http/https at every hop; each hop to a new host connects through the same check.
- The client ignores proxy variables (a proxy would connect on our behalf, unchecked).

`allow_private_addresses = true` (the demo and tests, which serve pages from 127.0.0.1)
skips the address check but still connects to the resolved address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx

from idlibmon.ingest.inflate import TooLarge as TooLarge  # part of this module's API: fetch_page() raises it
from idlibmon.ingest.inflate import read_capped as _read_capped

ALLOWED_SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)

Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""host, port -> IP addresses as strings. A seam: tests inject answers."""
Connector = Callable[..., Awaitable[httpcore.AsyncNetworkStream]]
"""Opens TCP to an already checked IP: (ip, port, timeout=…, local_address=…, socket_options=…)."""


class UnsafeURL(Exception):
    """A link we refuse to fetch: a scheme other than http(s), or a host on a non-public address."""


async def system_resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host`, without duplicates."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(ip: str) -> str | None:
    """Why `ip` must not be contacted for an untrusted link, or None if it is public unicast."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [addr]
    if isinstance(addr, ipaddress.IPv6Address):
        # IPv4 carried inside IPv6 reaches the IPv4 host: judge that host too.
        if addr.ipv4_mapped is not None:
            candidates.append(addr.ipv4_mapped)
        if addr.sixtofour is not None:
            candidates.append(addr.sixtofour)
        if addr.teredo is not None:
            candidates.extend(addr.teredo)
        if addr in _NAT64:
            candidates.append(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    for a in reversed(candidates):  # the embedded IPv4 host first: it names the real target
        if a.is_unspecified:
            return "unspecified address"
        if a.is_loopback:
            return "loopback address"
        if a.is_link_local:
            return "link-local address"
        if a.is_multicast:
            return "multicast address"
        if a.is_reserved:
            return "reserved address"
        if a.is_private:
            return "private address"
        if not a.is_global:
            return "address not globally routable"
    return None


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def check_url(url: str | httpx.URL) -> httpx.URL:
    """The parsed URL if its scheme may be fetched at all; else UnsafeURL."""
    try:
        parsed = httpx.URL(str(url))
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise UnsafeURL(f"not a valid URL: {exc}") from None
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise UnsafeURL(f"scheme {parsed.scheme or '(none)'!r} is not fetched (only http and https)")
    if not parsed.host:
        raise UnsafeURL("URL without a host")
    return parsed


async def _default_connect(
    ip: str, port: int, timeout: float | None = None, local_address: str | None = None,
    socket_options: Iterable[Any] | None = None,
) -> httpcore.AsyncNetworkStream:
    return await httpcore.AnyIOBackend().connect_tcp(
        ip, port, timeout=timeout, local_address=local_address, socket_options=socket_options
    )


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, check every answer, connect to a checked address: one step, no second lookup."""

    def __init__(self, *, allow_private: bool, resolve: Resolver | None = None, connect: Connector | None = None) -> None:
        self.allow_private = allow_private
        self.resolve = resolve or system_resolve
        self.connect = connect or _default_connect

    async def checked_addresses(self, host: str, port: int, timeout: float | None = None) -> list[str]:
        """The addresses to try for `host`, all of them checked; UnsafeURL if any is refused."""
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            try:
                async with asyncio.timeout(timeout):
                    addresses = list(await self.resolve(host, port))
            except (OSError, UnicodeError) as exc:
                raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
            except TimeoutError:
                raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}: no address")
        if not self.allow_private:
            for ip in addresses:
                problem = address_problem(ip)
                if problem:
                    raise UnsafeURL(f"{host} resolves to {ip}, a {problem}")
        return addresses

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self.checked_addresses(host, port, timeout)
        error: Exception | None = None
        for ip in addresses:  # the checked list itself: no other address is ever dialled
            try:
                return await self.connect(
                    ip, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout, OSError) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise UnsafeURL("unix sockets are never used for links from feeds")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with our network backend under its connection pool."""

    def __init__(self, backend: PinnedBackend, *, limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__(verify=verify, trust_env=False, limits=limits)
        ssl_context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify, trust_env=False)
        # httpx 0.28 builds its pool without a backend parameter; we rebuild it with ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=backend,
        )
        self.backend = backend


def safe_client(
    *,
    allow_private: bool,
    timeout: float,
    user_agent: str,
    resolve: Resolver | None = None,
    connect: Connector | None = None,
    max_connections: int = 20,
    verify: ssl.SSLContext | bool = True,
) -> httpx.AsyncClient:
    """An httpx client that only ever connects to checked addresses. Close it with `aclose()`."""
    backend = PinnedBackend(allow_private=allow_private, resolve=resolve, connect=connect)
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
    transport = PinnedTransport(backend, limits=limits, verify=verify)
    return httpx.AsyncClient(
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        headers={
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        },
        follow_redirects=False,
        trust_env=False,
    )


def is_safe_client(client: httpx.AsyncClient) -> bool:
    """True for a client made by `safe_client` (its transport checks every connect)."""
    return isinstance(getattr(client, "_transport", None), PinnedTransport)


@dataclass(slots=True)
class Page:
    """The last answer of a redirect chain."""

    status: int
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)
    """Every URL we were sent to, in order."""


async def fetch_page(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    timeout: float,
    etag: str | None = None,
    last_modified: str | None = None,
    read_body: Callable[[Mapping[str, str]], bool] | None = None,
) -> Page:
    """GET `url`, following at most MAX_REDIRECTS redirects ourselves, all within `timeout` seconds.

    The body is read only for a 200 whose headers `read_body` accepts (default: all), and
    never beyond `max_bytes` after decompression. Raises UnsafeURL, TooLarge, TimeoutError
    or an httpx error.
    """
    if not is_safe_client(client):
        raise TypeError("fetch_page needs a client from safe_client(): links from feeds must be checked")
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    target = check_url(url)
    redirects: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            request = client.build_request("GET", target, headers=headers)
            try:
                response = await client.send(request, stream=True, follow_redirects=False)
            except httpx.RemoteProtocolError as exc:
                if "location header" in str(exc).lower():  # httpx parses Location even when not following
                    raise UnsafeURL(f"bad redirect target: {exc}") from None
                raise
            try:
                location = response.headers.get("location")
                if response.status_code in REDIRECTS and location:
                    if len(redirects) >= MAX_REDIRECTS:
                        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)
                    try:
                        joined = response.url.join(location)
                    except (httpx.InvalidURL, ValueError) as exc:
                        raise UnsafeURL(f"bad redirect target: {exc}") from None
                    target = check_url(joined)
                    redirects.append(str(target))
                    continue
                page = Page(
                    status=response.status_code,
                    url=str(response.url),
                    headers={k.lower(): v for k, v in response.headers.items()},
                    redirects=redirects,
                )
                if response.status_code == 200 and (read_body is None or read_body(page.headers)):
                    page.body = await _read_capped(response, max_bytes)
                return page
            finally:
                await response.aclose()
