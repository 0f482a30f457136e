"""The slot transport: bounded connections, kept alive and reused, 304s included."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import pytest

from idlibmon.ingest.connections import SlotTransport
from idlibmon.ingest.http import fetch

NOW = datetime(2026, 1, 5, tzinfo=UTC)


@dataclass
class CountingServer:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 that counts connections and requests in flight."""

    connections: int = 0
    in_flight: int = 0
    most_in_flight: int = 0
    requests: list[str] = field(default_factory=list)
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                path = lines[0].split(" ")[1]
                headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
                self.requests.append(path)
                self.in_flight += 1
                self.most_in_flight = max(self.most_in_flight, self.in_flight)
                await asyncio.sleep(0.3 if path == "/slow" else 0.01)
                self.in_flight -= 1
                if headers.get("if-none-match") == '"v1"':
                    writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n')
                else:
                    body = f"<rss>{path}</rss>".encode()
                    writer.write(b'HTTP/1.1 200 OK\r\nETag: "v1"\r\nContent-Length: %d\r\n\r\n%s' % (len(body), body))
                await writer.drain()
        finally:
            writer.close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
async def counting() -> AsyncIterator[CountingServer]:
    srv = CountingServer()
    server = await asyncio.start_server(srv.handle, "127.0.0.1", 0)
    srv.port = server.sockets[0].getsockname()[1]
    try:
        yield srv
    finally:
        server.close()


async def test_many_requests_share_a_few_kept_alive_connections(counting: CountingServer) -> None:
    async with httpx.AsyncClient(transport=SlotTransport(4)) as client:
        bodies = await asyncio.gather(*(client.get(counting.url(f"/feed/{i}")) for i in range(30)))
    assert [r.text for r in bodies] == [f"<rss>/feed/{i}</rss>" for i in range(30)]
    assert counting.connections == 4
    assert counting.most_in_flight == 4


async def test_not_modified_answers_keep_the_connection(counting: CountingServer) -> None:
    # a 304 has no body to read, but closing it unread used to cost a new connection per warm request
    async with httpx.AsyncClient(transport=SlotTransport(2)) as client:
        first = await fetch(client, counting.url("/f"), etag=None, last_modified=None, max_bytes=10_000, now=NOW)
        assert first.status == 200 and first.body == b"<rss>/f</rss>"
        for _ in range(5):
            again = await fetch(client, counting.url("/f"), etag='"v1"', last_modified=None, max_bytes=10_000, now=NOW)
            assert again.status == 304
    assert counting.connections == 1


async def test_a_request_cancelled_while_waiting_for_a_slot_frees_nothing_it_did_not_take(
    counting: CountingServer,
) -> None:
    async with httpx.AsyncClient(transport=SlotTransport(1)) as client:
        slow = asyncio.create_task(client.get(counting.url("/slow")))
        await asyncio.sleep(0.05)
        waiting = asyncio.create_task(client.get(counting.url("/never")))
        await asyncio.sleep(0.05)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert (await slow).status_code == 200
        after = await asyncio.gather(*(client.get(counting.url(f"/after/{i}")) for i in range(3)))
    assert [r.status_code for r in after] == [200, 200, 200]
    assert "/never" not in counting.requests
    assert counting.connections == 1 and counting.most_in_flight == 1
