"""One conditional GET of a feed, with a hard size cap that also holds after decompression.

We ask for gzip/deflate ourselves and inflate the raw stream with a bounded output
per step, so a small compressed body cannot blow up in memory (a "gzip bomb"); the
cap applies to the decompressed bytes. Redirects are followed; a chain that starts
with permanent redirects (301/308) tells the caller the feed's new home.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from idlibmon.ingest.inflate import TooLarge as TooLarge  # part of this module's API: fetch() raises it
from idlibmon.ingest.inflate import read_capped as _read_capped

PERMANENT = (301, 308)


@dataclass(slots=True)
class FetchResponse:
    status: int
    url: str
    """The URL finally answered."""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    moved_to: str | None = None
    """Target of the leading permanent redirects, if any."""
    moved_status: int | None = None
    retry_after: float | None = None
    """Seconds the server asks us to wait (429/503 Retry-After)."""


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None,
    last_modified: str | None,
    max_bytes: int,
    now: datetime,
) -> FetchResponse:
    """GET `url` conditionally. Network problems raise httpx errors or TooLarge."""
    headers = conditional_headers(etag, last_modified)
    headers["Accept-Encoding"] = "gzip, deflate"
    request_url = url
    moved_to: str | None = None
    moved_status: int | None = None
    still_permanent = True
    for _ in range(10):
        request = client.build_request("GET", request_url, headers=headers)
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code != 200:
                await _drain(response)
            if response.is_redirect and "location" in response.headers:
                target = str(response.url.join(response.headers["location"]))
                if still_permanent and response.status_code in PERMANENT:
                    moved_to, moved_status = target, response.status_code
                else:
                    still_permanent = False
                request_url = target
                continue
            result = FetchResponse(
                status=response.status_code,
                url=str(response.url),
                headers={k.lower(): v for k, v in response.headers.items()},
                moved_to=moved_to,
                moved_status=moved_status,
            )
            if response.status_code in (429, 503):
                result.retry_after = parse_retry_after(response.headers.get("retry-after"), now)
            if response.status_code == 200:
                result.body = await _read_capped(response, max_bytes)
            return result
        finally:
            await response.aclose()
    raise httpx.TooManyRedirects("more than 10 redirects", request=request)


DRAIN_BYTES = 65536
DRAIN_SECONDS = 1.0


async def _drain(response: httpx.Response) -> None:
    """Read a small unwanted body (304, redirect, error page) so the connection can be kept alive.

    Closing a response before its end closes the connection too: every warm request would
    open a new one. A larger or slow body is not worth waiting for; then the connection goes.
    Nothing here fails the request: the status is what counts.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > DRAIN_BYTES:
        return
    with contextlib.suppress(TooLarge, ValueError, httpx.HTTPError, TimeoutError):
        async with asyncio.timeout(DRAIN_SECONDS):
            await _read_capped(response, DRAIN_BYTES)
