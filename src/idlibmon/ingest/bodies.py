"""Article bodies: fetch the page an entry links to, keep its main text, re-judge relevance.

Most feeds carry a headline and a line of summary; the figures and dates live in the body.
For feeds with `full_text = true`, the fetch loop hands this post step the ids of new and
changed articles. For each, the linked page is fetched through the SSRF-safe client
(`safe_http`), politely (one or two pages at a time per host, a pause between two pages
of one host, at most `page_cap_per_cycle` pages per cycle), its main text extracted
(`main_text`), and stored with a publication date from the page if the feed gave none.
Relevance is recomputed with the body, so a story that names Idlib only in its text is
not missed, and the article is flagged for extraction again.

Order with extraction: run this step BEFORE the extraction step. The loop awaits its
post steps one after another with the same id list; this step appends to that list the
ids of any other article whose body arrived in this call (a retry, a page deferred by the
cap), so the extraction step after it reads every new body. It also returns those ids.

Every outcome is stored per article in `body_status` ('ok', 'paywall', 'HTTP 403',
'timeout', 'not HTML (application/pdf)', 'refused: …'). Failures that may pass (timeouts,
5xx, 429, 403) are retried at most MAX_ATTEMPTS times, 30 min then 2 h later; the rest
never. A page still due when a cycle's cap is reached is fetched in a later cycle.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx

from idlibmon.config import Config
from idlibmon.ingest.main_text import extract_main_text
from idlibmon.ingest.relevance import Matcher
from idlibmon.ingest.safe_http import (
    Connector,
    Page,
    Resolver,
    TooLarge,
    UnsafeURL,
    check_url,
    fetch_page,
    is_safe_client,
    safe_client,
)
from idlibmon.sanitize import clean_text
from idlibmon.store import BodyState, Store, utcnow

log = logging.getLogger(__name__)

PostStep = Callable[[list[int]], Awaitable[object]]
MAX_ATTEMPTS = 3
RETRY_BASE = timedelta(minutes=30)
"""First retry after this, then four times as long: a failing page is never asked in a tight loop."""
RETRY_STATUSES = {403, 408, 425, 429, 500, 502, 503, 504}
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class Outcome:
    status: str
    retry: bool = False
    """The failure may pass: ask again later (up to MAX_ATTEMPTS)."""
    body: str | None = None
    published: datetime | None = None
    page: Page | None = None
    retry_after: float | None = None


class HostGate:
    """At most `per_host` pages at once from one host, and a pause of `delay` seconds after
    each page starts and after it ends before the host's next page starts."""

    def __init__(self, per_host: int, delay: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_host = max(1, per_host)
        self.delay = max(0.0, delay)
        self.clock = clock
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._turn: dict[str, asyncio.Lock] = {}
        self._next_start: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        sem = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with sem:
            async with self._turn.setdefault(host, asyncio.Lock()):
                wait = self._next_start.get(host, 0.0) - self.clock()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next_start[host] = self.clock() + self.delay
            try:
                yield
            finally:
                # Counted from the end of a page too: a slow host gets its pause after answering.
                self._next_start[host] = max(self._next_start[host], self.clock() + self.delay)


class BodyStep:
    """The post step for article bodies; call `aclose()` when the loop stops (closes the client it made).

    Runs before extraction (see the module docstring). `client` is used only if it came from
    `safe_http.safe_client`; otherwise the step makes its own, honouring `[fetch]
    allow_private_addresses`. `heartbeat` (e.g. the loop's `lock.heartbeat`) is called after
    every page.
    """

    def __init__(
        self,
        config: Config,
        store: Store,
        client: httpx.AsyncClient | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
        resolve: Resolver | None = None,
        connect: Connector | None = None,
        heartbeat: Callable[[], object] | None = None,
    ) -> None:
        self.config = config
        self.heartbeat = heartbeat
        self.store = store
        self.now = now
        self.feeds = [f.url for f in config.feeds if f.full_text]
        self.matcher = Matcher(config.watch.terms, config.places)
        fetch = config.fetch
        self.gate = HostGate(fetch.page_per_host_concurrency, fetch.page_delay)
        # Only a client whose transport checks every connect may fetch links from feeds; the
        # loop's own client (trusted feed URLs) does not, so it is not used here.
        self._client = client if client is not None and is_safe_client(client) else None
        self._own_client = self._client is None
        self._resolve, self._connect = resolve, connect
        self._global: asyncio.Semaphore | None = None
        self._cycle: object = None
        self.fetched_this_cycle = 0

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            f = self.config.fetch
            self._client = safe_client(
                allow_private=f.allow_private_addresses, timeout=f.timeout, user_agent=f.user_agent,
                resolve=self._resolve, connect=self._connect, max_connections=max(1, f.concurrency),
            )
        return self._client

    async def aclose(self) -> None:
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    def new_cycle(self) -> None:
        """Start counting the per-cycle page cap again (also done when a new loop task calls us)."""
        self.fetched_this_cycle = 0

    async def __call__(self, ids: list[int]) -> list[int]:
        # The loop runs its post steps in one task per cycle: a new task is a new cycle.
        task = asyncio.current_task()
        if task is not self._cycle:
            self._cycle = task
            self.new_cycle()
        if not self.feeds:
            return []
        now = self.now()
        wanted = []
        for state in self.store.body_states(ids):
            if state.feed_url not in self.feeds or state.status not in (None, "pending", "ok"):
                continue
            try:
                check_url(state.link)
            except UnsafeURL as exc:
                self._record(state, Outcome(_short(f"refused: {exc}")), now)
                continue
            wanted.append(state.id)
        self.store.mark_bodies_due(wanted, now)
        room = self.config.fetch.page_cap_per_cycle - self.fetched_this_cycle
        batch = self.store.bodies_due(self.feeds, now, room, prefer=wanted)
        if not batch:
            return []
        self.fetched_this_cycle += len(batch)
        if self._global is None:
            self._global = asyncio.Semaphore(max(1, self.config.fetch.concurrency))
        results = await asyncio.gather(*(self._one(state) for state in batch))
        changed = [i for i in results if i is not None]
        given = set(ids)
        ids.extend(i for i in changed if i not in given)
        return changed

    # ---- one page ---------------------------------------------------------------------------
    async def _one(self, state: BodyState) -> int | None:
        cfg = self.config.fetch
        host = (urlsplit(state.link).hostname or "").lower()
        assert self._global is not None
        try:
            async with self.gate.slot(host), self._global:  # wait for the host before taking a global slot
                page = await fetch_page(
                    self.client, state.link, max_bytes=cfg.max_bytes, timeout=cfg.timeout,
                    etag=state.etag if state.body else None,
                    last_modified=state.last_modified if state.body else None,
                    read_body=_is_html,
                )
        except UnsafeURL as exc:
            outcome = Outcome(f"refused: {exc}")
        except TooLarge:
            outcome = Outcome(f"page larger than {cfg.max_bytes:,} bytes")
        except (TimeoutError, httpx.TimeoutException):
            outcome = Outcome(f"timeout after {cfg.timeout:g} s", retry=True)
        except httpx.TooManyRedirects:
            outcome = Outcome("too many redirects")
        except (httpx.HTTPError, OSError, ValueError) as exc:
            outcome = Outcome(f"network error: {type(exc).__name__}: {exc}", retry=True)
        except Exception as exc:  # one odd page must not stop the others
            log.exception("fetching the page of article %d failed", state.id)
            outcome = Outcome(f"internal error: {type(exc).__name__}")
        else:
            try:
                outcome = await self._judge(page)
            except Exception as exc:
                log.exception("reading the page of article %d failed", state.id)
                outcome = Outcome(f"internal error: {type(exc).__name__}")
        try:
            return self._record(state, outcome, self.now())
        except Exception:
            log.exception("could not store the body of article %d", state.id)
            return None
        finally:
            self._beat()

    def _beat(self) -> None:
        """Keep the fetch lock fresh: a cycle of slow pages can outlast its staleness limit."""
        if self.heartbeat is not None:
            try:
                self.heartbeat()
            except Exception:
                log.warning("could not refresh the fetch lock", exc_info=True)

    async def _judge(self, page: Page) -> Outcome:
        code = page.status
        if code == 304:
            return Outcome("ok", page=page)
        if code == 200:
            kind = _content_type(page.headers)
            if not _is_html(page.headers):
                return Outcome(f"not HTML ({kind})", page=page)
            if not page.body.strip():
                return Outcome("empty page", page=page)
            if not kind and not _looks_like_html(page.body):
                return Outcome("not HTML (no type, not markup)", page=page)
            text = await asyncio.to_thread(extract_main_text, page.body, url=page.url, today=self.now())
            if text.paywalled:
                return Outcome("paywall", body=text.text or None, published=text.published, page=page)
            if not text.text:
                return Outcome("no article text found", page=page)
            return Outcome("ok", body=text.text, published=text.published, page=page)
        if code == 402:
            return Outcome("paywall", page=page)
        retry_after = _seconds(page.headers.get("retry-after"))
        return Outcome(f"HTTP {code}", retry=code in RETRY_STATUSES, page=page, retry_after=retry_after)

    def _record(self, state: BodyState, outcome: Outcome, now: datetime) -> int | None:
        """Store the outcome; the article id if its body changed."""
        status = _short(outcome.status)
        page = outcome.page
        url = page.url if page else None
        if status == "ok":
            etag = page.headers.get("etag") if page else None
            modified = page.headers.get("last-modified") if page else None
            if page is not None and page.status == 304:
                etag, modified = etag or state.etag, modified or state.last_modified
        else:
            etag = modified = None
        if state.status == "ok" and status != "ok":
            # A refetch that fails keeps the body we have; the next change of the entry asks again.
            log.info("refetching article %d failed (%s); keeping its body", state.id, status)
            self.store.save_body_outcome(
                state.id, status="ok", due=None, attempts=0, fetched=now, relevant=self._relevance(state, state.body)
            )
            return None
        attempts, due = 0, None
        if status != "ok":
            attempts = state.attempts + 1
            if outcome.retry and attempts < MAX_ATTEMPTS:
                wait = RETRY_BASE * 4 ** (attempts - 1)
                if outcome.retry_after:
                    wait = max(wait, timedelta(seconds=outcome.retry_after))
                due = now + wait
        body = outcome.body if outcome.body is not None and outcome.body != state.body else None
        # Always re-judged: storing a changed entry recomputed relevance without the body.
        relevant = self._relevance(state, body if body is not None else state.body)
        self.store.save_body_outcome(
            state.id, status=status, due=due, attempts=attempts, fetched=now, url=url,
            etag=etag, last_modified=modified, body=body, relevant=relevant,
            published=outcome.published if state.published is None else None,
        )
        log.debug("article %d: %s (%s)", state.id, status, state.link)
        return state.id if body is not None else None

    def _relevance(self, state: BodyState, body: str) -> tuple[str, ...] | None:
        if not body:
            return None
        return self.matcher.match(state.title, state.summary, state.content, body)


body_step = BodyStep
"""The fetch loop's post step for article bodies (the name the loop's wiring uses)."""


def _content_type(headers: Mapping[str, str]) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _is_html(headers: Mapping[str, str]) -> bool:
    """HTML by its type; a page without a type is read and sniffed."""
    kind = _content_type(headers)
    return kind in HTML_TYPES or kind == ""


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<p", b"<div"))


def _seconds(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def _short(text: str) -> str:
    return clean_text(text)[:200]
