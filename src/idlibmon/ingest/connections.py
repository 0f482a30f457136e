"""An httpx transport made of single-connection slots, for many concurrent feed requests.

httpcore's connection pool re-examines every pooled connection (an is-it-readable poll and
a peer-name lookup each) whenever a request starts or a response closes, and counts its
idle connections once per connection while doing so. With 20 connections that bookkeeping
cost more CPU than the whole rest of the HTTP work of a cold fetch (0.6 of 0.9 s for
200 feeds here). Here each slot is an httpx transport holding at most one connection, so
that bookkeeping touches one connection; a request takes a free slot — preferably one
whose kept-alive connection goes to the same origin — or waits for one.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator, Callable

import httpx

Origin = tuple[bytes, bytes, int | None]


class SlotTransport(httpx.AsyncBaseTransport):
    """At most `size` connections at once, one per slot; see the module docstring."""

    def __init__(self, size: int, *, verify: ssl.SSLContext | bool = True) -> None:
        self.size = max(1, size)
        self._verify = verify
        self._ssl: ssl.SSLContext | None = verify if isinstance(verify, ssl.SSLContext) else None
        self._made = 0
        self._idle: dict[Origin, list[httpx.AsyncHTTPTransport]] = {}
        self._lru: deque[tuple[Origin, httpx.AsyncHTTPTransport]] = deque()
        """Idle slots, least recently used first (each also listed under its origin)."""
        self._waiters: deque[asyncio.Future[httpx.AsyncHTTPTransport]] = deque()
        self._all: list[httpx.AsyncHTTPTransport] = []

    def _new_slot(self) -> httpx.AsyncHTTPTransport:
        if self._ssl is None and self._verify is not False:
            self._ssl = httpx.create_ssl_context(verify=True)  # loaded once, shared by every slot
        slot = httpx.AsyncHTTPTransport(
            verify=self._ssl if self._verify is not False else False,
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        )
        self._all.append(slot)
        return slot

    async def _take(self, origin: Origin) -> httpx.AsyncHTTPTransport:
        same = self._idle.get(origin)
        if same:
            slot = same.pop()
            self._lru.remove((origin, slot))
            return slot
        if self._made < self.size:
            self._made += 1
            return self._new_slot()
        if self._lru:
            old_origin, slot = self._lru.popleft()  # its idle connection gets replaced
            self._idle[old_origin].remove(slot)
            return slot
        waiter: asyncio.Future[httpx.AsyncHTTPTransport] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._give(origin, waiter.result())  # handed over just as we were cancelled
            else:
                self._waiters.remove(waiter)
            raise

    def _give(self, origin: Origin, slot: httpx.AsyncHTTPTransport) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(slot)
                return
        self._idle.setdefault(origin, []).append(slot)
        self._lru.append((origin, slot))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        origin: Origin = (url.raw_scheme, url.raw_host, url.port)
        slot = await self._take(origin)
        try:
            response = await slot.handle_async_request(request)
        except BaseException:
            self._give(origin, slot)
            raise
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ReleasingStream(response.stream, lambda: self._give(origin, slot)),  # type: ignore[arg-type]
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        for slot in self._all:
            await slot.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that frees its slot once closed (read to the end or abandoned)."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release
        self._released = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            if not self._released:
                self._released = True
                self._release()
