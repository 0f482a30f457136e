"""The fetch loop: every due feed, conditionally, concurrently, into the store.

One httpx client (over `SlotTransport`); a global and a per-host limit; parsing in worker
processes; a feed's entries, story groups and state each in a savepoint of a transaction
shared with the other feeds' writes waiting at that moment (see `_write`). Feed state
(validators, body hash, errors, back-off, moves) is saved with every feed, so an
interrupted cycle loses nothing already committed.
Steps that follow storing (article bodies, extraction) plug in as `post_steps`: they
get the ids of new and changed articles, batch after batch, never concurrently.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from idlibmon.config import Config, FeedConfig
from idlibmon.ingest.connections import SlotTransport
from idlibmon.ingest.http import TooLarge, fetch
from idlibmon.ingest.lock import HEARTBEAT_EVERY, FetchLock, FetchLockHeld
from idlibmon.ingest.parse import ParsedFeed, ParserPool, parse_feed, watch_key
from idlibmon.ingest.relevance import Matcher
from idlibmon.ingest.stories import StoryIndex
from idlibmon.sanitize import clean_text
from idlibmon.store import FeedState, Store, StoreError, Upserted, utcnow

log = logging.getLogger(__name__)

PostStep = Callable[[list[int]], Awaitable[None]]
T = TypeVar("T")
STORY_WINDOW = timedelta(days=3)
STORY_REBUILD = timedelta(hours=1)
MIN_BACKOFF = 60
_STALE_CONNECTION = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


@dataclass(slots=True)
class FeedResult:
    url: str
    status: int | None
    error: str | None
    entries: int
    new: int
    seconds: float
    new_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)
    name: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, object]:
        return {
            "url": self.url, "status": self.status, "error": self.error,
            "entries": self.entries, "new": self.new, "seconds": round(self.seconds, 3),
        }


@dataclass(slots=True)
class CycleResult:
    feeds: list[FeedResult]

    @property
    def new(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def new_ids(self) -> list[int]:
        return [i for f in self.feeds for i in f.new_ids]


def _validator(value: str | None) -> str | None:
    """An ETag/Last-Modified we can send back: short printable ASCII, else none at all."""
    if value and len(value) <= 512 and value.isascii() and value.isprintable():
        return value
    return None


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class FetchLoop:
    """Fetch cycles over the configured feeds; see the module docstring."""

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        now: Callable[[], datetime] = utcnow,
        post_steps: Sequence[PostStep] = (),
        on_feed: Callable[[FeedResult], None] | None = None,
        client: httpx.AsyncClient | None = None,
        parse_workers: int | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.now = now
        self.post_steps = list(post_steps)
        self.on_feed = on_feed
        self._client = client
        self._own_client = client is None
        self.parsers = ParserPool(parse_workers)
        self.matcher = Matcher(config.watch.terms, config.places)
        self.watch = watch_key(config.watch.terms, config.places)
        self.lock = FetchLock(store, now=now)
        self.rng = rng or random.Random()
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._global: asyncio.Semaphore | None = None
        self._stories: StoryIndex | None = None
        self._stories_built: datetime | None = None
        self._refiltered = False
        self._writer: ThreadPoolExecutor | None = None
        self._wstore: Store | None = None
        self._pending: list[tuple[Callable[[Store], Any], asyncio.Future[Any]]] = []
        self._flusher: asyncio.Task[None] | None = None

    # ---- lifecycle ----------------------------------------------------------------------
    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            f = self.config.fetch
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(f.timeout, connect=min(f.timeout, 10.0)),
                transport=SlotTransport(f.concurrency),
                headers={"User-Agent": f.user_agent},
                follow_redirects=False,
            )
        return self._client

    def acquire(self) -> None:
        """Take the store's fetch lock (FetchLockHeld if another live process has it)."""
        if not self.lock.held:
            self.lock.acquire()

    async def _w(self, fn: Callable[[Store], T]) -> T:
        """Run `fn(store)` in the writer thread, on the loop's own connection.

        Storing, grouping and re-filtering never block the event loop (the TUI's screen,
        the requests in flight); one thread keeps the writes in order.
        """
        if self._writer is None:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="idlibmon-writer")
        return await asyncio.get_running_loop().run_in_executor(self._writer, self._in_writer, fn)

    async def _write(self, fn: Callable[[Store], T]) -> T:
        """`_w` for a feed's writes: in one transaction with every other write waiting for the writer.

        A commit per feed (three, with story groups and feed state) made commits and WAL
        checkpoints a large part of a cold fetch. Writes that queue up while the writer is busy
        now share a transaction, each in its own savepoint: a failing write undoes only
        itself; a failed commit fails them all, and nothing of theirs is stored.
        """
        done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending.append((fn, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await done  # type: ignore[no-any-return]

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                writes = [fn for fn, _ in batch]
                outcomes = await self._w(lambda store, writes=writes: _write_batch(store, writes))
            except Exception as exc:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(exc)
                continue
            for (_, done), (ok, value) in zip(batch, outcomes, strict=True):
                if done.done():
                    continue  # its feed was cancelled meanwhile; the write stands
                if ok:
                    done.set_result(value)
                else:
                    done.set_exception(value)

    def _in_writer(self, fn: Callable[[Store], T]) -> T:
        if self._wstore is None:
            memory = str(self.store.path) == ":memory:"
            self._wstore = self.store if memory else Store(self.store.path)
        return fn(self._wstore)

    async def aclose(self) -> None:
        """Close the post steps, the writer, the parsers and the client, and release the lock."""
        for step in self.post_steps:
            close: Any = getattr(step, "aclose", None) or getattr(step, "close", None)
            if close is None:
                continue
            try:
                out = close()
                if asyncio.iscoroutine(out):
                    await out
            except Exception:
                log.exception("closing post step %r failed", step)
        if self._flusher is not None and not self._flusher.done():
            await asyncio.gather(self._flusher, return_exceptions=True)  # writes already queued are kept
        if self._writer is not None:
            wstore, self._wstore = self._wstore, None
            if wstore is not None and wstore is not self.store:
                await asyncio.get_running_loop().run_in_executor(self._writer, wstore.close)
            self._writer.shutdown(wait=True)
            self._writer = None
        self.parsers.close()
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None
        try:
            self.lock.release()
        except StoreError:
            log.warning("could not release the fetch lock", exc_info=True)

    async def __aenter__(self) -> FetchLoop:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ---- cycles -------------------------------------------------------------------------
    def due_feeds(self, *, only_due: bool = True, store: Store | None = None) -> list[tuple[FeedConfig, FeedState]]:
        """Configured feeds to fetch now: not disabled, not asked to wait, and (if only_due) due."""
        now = self.now()
        feeds = self.config.feeds
        states = (store or self.store).feed_states([f.url for f in feeds])
        out = []
        for feed, state in zip(feeds, states, strict=True):
            state.name = feed.name
            if state.disabled_reason:
                continue
            if state.retry_not_before and state.retry_not_before > now:
                continue
            if only_due and state.next_due and state.next_due > now:
                continue
            out.append((feed, state))
        return out

    async def run_once(self, *, only_due: bool = True) -> CycleResult:
        """One cycle; returns when every feed is stored and every post step has finished."""
        self.acquire()
        feeds = [(f.url, f.name) for f in self.config.feeds]
        await self._w(lambda store: store.sync_feeds(feeds))
        await self._w(self._refilter_if_needed)
        if self._stories_built is None or self.now() - self._stories_built > STORY_REBUILD:
            self._stories = None  # rebuilt from the store on the next new article: drops what left the window
        if self._global is None:
            self._global = asyncio.Semaphore(max(1, self.config.fetch.concurrency))
        work = await self._w(lambda store: self.due_feeds(only_due=only_due, store=store))
        if sum(1 for _, state in work if state.body_hash is None) > 1:
            # feeds never parsed (a new store, new feeds) will need the workers: start them
            # now, while the first requests are in flight; a warm cycle may need none
            self.parsers.start()
        queue: asyncio.Queue[list[int]] = asyncio.Queue()
        consumer = asyncio.create_task(self._run_post_steps(queue)) if self.post_steps else None
        beat = asyncio.create_task(self._keep_lock())
        try:
            results = await asyncio.gather(*(self._one(feed, state, queue) for feed, state in work))
            if consumer is not None:
                # One empty batch per cycle: steps with deferred work of their own (pages held back
                # by the per-cycle cap, retries now due, extraction catch-up) run even on a quiet cycle.
                queue.put_nowait([])
                await queue.join()
        finally:
            for task in (consumer, beat):
                if task is not None:
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)
        self.lock.heartbeat(force=True)
        return CycleResult(list(results))

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Cycle until `stop` is set, sleeping until the next feed is due."""
        while not stop.is_set():
            cycle = asyncio.create_task(self.run_once(only_due=True))
            stopped = asyncio.create_task(stop.wait())
            await asyncio.wait({cycle, stopped}, return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            if not cycle.done():
                # stop now: what is stored stays stored (one transaction per feed)
                cycle.cancel()
                await asyncio.gather(cycle, return_exceptions=True)
                return
            try:
                result = cycle.result()
            except StoreError:
                log.exception("store error during a fetch cycle")
            else:
                failed = sum(1 for f in result.feeds if not f.ok)
                log.info("cycle: %d feeds fetched, %d failed, %d new entries", len(result.feeds), failed, result.new)
            delay = await self._w(self._seconds_to_next_due)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)

    def _seconds_to_next_due(self, store: Store) -> float:
        now = self.now()
        soonest = 60.0
        for state in store.feed_states([f.url for f in self.config.feeds]):
            if state.disabled_reason:
                continue
            when = max(filter(None, (state.next_due, state.retry_not_before)), default=now)
            soonest = min(soonest, (when - now).total_seconds())
        return max(1.0, soonest)

    async def _keep_lock(self) -> None:
        """Refresh the lock's heartbeat while a cycle runs (post steps can take minutes)."""
        while True:
            await asyncio.sleep(HEARTBEAT_EVERY.total_seconds())
            try:
                self.lock.heartbeat(force=True)
            except (StoreError, FetchLockHeld) as exc:
                log.error("fetch lock: %s", exc)

    async def _run_post_steps(self, queue: asyncio.Queue[list[int]]) -> None:
        while True:
            ids = list(await queue.get())
            taken = 1
            while not queue.empty():
                ids.extend(queue.get_nowait())
                taken += 1
            try:
                for step in self.post_steps:
                    try:
                        await step(ids)
                    except Exception:
                        log.exception("post step %r failed", step)
            finally:
                for _ in range(taken):
                    queue.task_done()

    def _refilter_if_needed(self, store: Store) -> None:
        if self._refiltered:
            return
        if store.meta("relevance") != self.matcher.fingerprint:
            changed = store.refilter(self.matcher.match, self.matcher.fingerprint)
            log.info("watch list changed: relevance recomputed, %d articles changed", changed)
        self._refiltered = True

    # ---- one feed -----------------------------------------------------------------------
    async def _one(self, feed: FeedConfig, state: FeedState, queue: asyncio.Queue[list[int]]) -> FeedResult:
        started = time.monotonic()
        result = FeedResult(url=feed.url, status=None, error=None, entries=0, new=0, seconds=0.0, name=feed.name)
        try:
            await self._fetch_and_store(feed, state, result)
        except StoreError as exc:
            result.error = str(exc)
        except Exception as exc:  # one feed must never break the cycle
            log.exception("fetching %s failed", feed.url)
            result.error = f"internal error: {type(exc).__name__}: {exc}"
        result.seconds = time.monotonic() - started
        ids = result.new_ids + result.changed_ids
        if ids and self.post_steps:
            queue.put_nowait(ids)
        if self.on_feed is not None:
            try:
                self.on_feed(result)
            except Exception:
                log.exception("on_feed callback failed")
        try:
            self.lock.heartbeat()
        except StoreError:
            log.warning("could not refresh the fetch lock", exc_info=True)
        return result

    async def _fetch_and_store(self, feed: FeedConfig, state: FeedState, result: FeedResult) -> None:
        cfg = self.config.fetch
        url = state.fetch_url
        host = _host(url)
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(max(1, cfg.per_host_concurrency))
        assert self._global is not None
        now = self.now()
        state.last_attempt = now
        started = time.monotonic()
        try:
            async with self._global, self._hosts[host]:
                async with asyncio.timeout(cfg.timeout):
                    for attempt in (1, 2):
                        try:
                            response = await fetch(
                                self.client, url, etag=state.etag, last_modified=state.last_modified,
                                max_bytes=cfg.max_bytes, now=now,
                            )
                            break
                        except _STALE_CONNECTION:
                            # a kept-alive connection the server had just closed: one fresh try
                            if attempt == 2:
                                raise
        except TimeoutError:
            return await self._failed(feed, state, result, f"timed out after {cfg.timeout:g} s")
        except httpx.TimeoutException as exc:
            return await self._failed(feed, state, result, f"timed out ({type(exc).__name__})")
        except TooLarge as exc:
            return await self._failed(feed, state, result, str(exc))
        except (httpx.HTTPError, ValueError, OSError) as exc:
            text = clean_text(str(exc)) or type(exc).__name__
            return await self._failed(feed, state, result, f"{type(exc).__name__}: {text}"[:300])
        state.duration = time.monotonic() - started
        result.status = state.status = response.status
        moved_to = clean_text(response.moved_to) if response.moved_to else None  # shown on screen: untrusted
        if moved_to and moved_to != state.current_url:
            state.current_url = moved_to
            state.moved_from_status = response.moved_status
            log.warning("%s moved permanently to %s", feed.url, moved_to)
        code = response.status
        if code == 304:
            state.etag = _validator(response.headers.get("etag")) or state.etag
            state.last_modified = _validator(response.headers.get("last-modified")) or state.last_modified
            return await self._succeeded(feed, state)
        if code == 410:
            state.disabled_reason = (
                f"410 Gone on {self.now():%Y-%m-%d %H:%M} UTC: the server says this feed is gone; "
                f"change its URL or run `idlibmon feeds enable {feed.url}`"
            )
            return await self._failed(feed, state, result, "410 Gone: feed disabled")
        if code in (429, 503):
            wait = response.retry_after
            if wait is not None:
                state.retry_not_before = self.now() + timedelta(seconds=min(wait, cfg.max_backoff))
            label = "429 Too Many Requests" if code == 429 else "503 Service Unavailable"
            suffix = f"; retry after {wait:g} s" if wait is not None else ""
            return await self._failed(feed, state, result, label + suffix)
        if code != 200:
            return await self._failed(feed, state, result, f"HTTP {code}")
        body = response.body
        state.bytes = len(body)
        state.etag = _validator(response.headers.get("etag"))
        state.last_modified = _validator(response.headers.get("last-modified"))
        digest = hashlib.blake2b(body, digest_size=16).hexdigest()
        if digest == state.body_hash:
            return await self._succeeded(feed, state)  # byte-identical: nothing to parse
        parsed = await self._parse(body, response.headers, response.url)
        result.entries = state.entries_seen = len(parsed.entries)
        if parsed.title:
            state.title = parsed.title
        fetched = self.now()
        stored = await self._write(lambda store: self._store_entries(store, feed, parsed, fetched))
        result.new, result.new_ids, result.changed_ids = len(stored.new_ids), stored.new_ids, stored.changed_ids
        if parsed.problem:
            return await self._failed(feed, state, result, parsed.problem, keep_status=True)
        state.body_hash = digest
        await self._succeeded(feed, state)

    async def _parse(self, body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
        loop = asyncio.get_running_loop()
        ready = self.parsers.start()
        pool = self.parsers.executor()
        if ready is not None and not ready.done():
            with contextlib.suppress(Exception):  # a pool that failed to start fails the submit below
                await asyncio.wrap_future(ready)  # never submit while the workers start: it would block the loop
        try:
            return await loop.run_in_executor(pool, parse_feed, body, headers, url, self.watch)
        except BrokenProcessPool:
            # a worker died (killed, out of memory): a fresh pool for this and the next feeds
            log.warning("parser worker died; starting new ones")
            self.parsers.discard(pool)
            return await loop.run_in_executor(self.parsers.executor(), parse_feed, body, headers, url, self.watch)

    def _store_entries(self, store: Store, feed: FeedConfig, parsed: ParsedFeed, fetched: datetime) -> Upserted:
        """(Writer thread) one transaction for the entries, then their story groups."""
        stored = store.upsert_entries(feed.url, feed.name, parsed.entries, fetched)
        if not stored.inserted:
            return stored
        if self._stories is None:
            self._stories, self._stories_built = StoryIndex(), fetched
            new = set(stored.new_ids)
            for row in store.story_candidates(fetched - STORY_WINDOW):
                if row["id"] not in new:
                    self._stories.add(row["id"], row["feed_url"], row["title"], row["summary"], row["story_id"])
        pairs: list[tuple[int, int]] = []
        for article_id, ne in stored.inserted:
            if ne.story_words is not None:
                story = self._stories.add_words(article_id, feed.url, ne.story_words, ne.story_key)
            else:
                story = self._stories.add(article_id, feed.url, ne.entry.title, ne.entry.summary)
            if story != article_id:
                pairs += [(story, story), (article_id, story)]
        store.set_stories(pairs)
        return stored

    # ---- state bookkeeping -------------------------------------------------------------
    async def _succeeded(self, feed: FeedConfig, state: FeedState) -> None:
        now = self.now()
        state.last_success = now
        state.last_error = None
        state.error_count = 0
        state.retry_not_before = None
        interval = feed.interval
        state.next_due = now + timedelta(seconds=interval * (1 + self.rng.uniform(0, self.config.fetch.jitter)))
        await self._write(lambda store: store.save_feed_state(state))

    async def _failed(
        self, feed: FeedConfig, state: FeedState, result: FeedResult, error: str, *, keep_status: bool = False
    ) -> None:
        now = self.now()
        result.error = error
        if not keep_status and result.status is None:
            state.status = None
        state.last_error = f"{now:%Y-%m-%d %H:%M} UTC: {error}"
        state.error_count += 1
        backoff = max(MIN_BACKOFF, feed.interval) * 2 ** min(state.error_count - 1, 20)
        backoff = min(backoff, self.config.fetch.max_backoff)
        state.next_due = now + timedelta(seconds=backoff * (1 + self.rng.uniform(0, self.config.fetch.jitter)))
        await self._write(lambda store: store.save_feed_state(state))


def _write_batch(store: Store, writes: list[Callable[[Store], Any]]) -> list[tuple[bool, Any]]:
    """(Writer thread) every write in one transaction, each in a savepoint; (ok, result or exception) each."""
    out: list[tuple[bool, Any]] = []
    with store.transaction():
        for fn in writes:
            try:
                with store.transaction():
                    out.append((True, fn(store)))
            except Exception as exc:
                if not store.db.in_transaction:
                    raise  # SQLite rolled the whole batch back (disk full): none of it is stored
                out.append((False, exc))
    return out
