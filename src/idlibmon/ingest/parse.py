"""Bytes of a feed response -> sanitised entries with relevance and link keys.

Runs in worker processes (see `ParserPool`): feedparser is pure Python and would stall
the event loop and use one core. It gets the raw bytes plus the response headers, so
its encoding detection sees the charset the server declared. HTML sanitising and
relative-URI resolution are off: we keep only plain text, and they cost a third of the time.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from idlibmon.ingest.dedup import link_key
from idlibmon.ingest.fastparse import parse_rss_fast
from idlibmon.ingest.jsonfeed import NotJsonFeed, looks_like_json, parse_json_feed
from idlibmon.ingest.relevance import fold, matcher_for
from idlibmon.ingest.stories import summary_key, words
from idlibmon.ingest.text import html_to_text, plain
from idlibmon.models import Entry
from idlibmon.store import NewEntry

WatchKey = tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]


@dataclass(slots=True)
class ParsedFeed:
    title: str = ""
    entries: list[NewEntry] = field(default_factory=list)
    format: str = ""
    """feedparser's version ("rss20", "atom10" …) or "json"."""
    problem: str | None = None
    """Why a body yielded nothing usable (bozo without entries, not a feed)."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Cross to the fetching process as plain tuples, one per entry.

        A slotted dataclass pickles through a Python-level state method per object: for the
        10,000 entries of a cold cycle that was ~0.5 s of CPU, half of it in the fetching process.
        """
        rows = [(*_ENTRY_VALUES(e.entry), *_NEW_ENTRY_VALUES(e)) for e in self.entries]
        return _unpickle_parsed, (self.title, rows, self.format, self.problem)


def _values_of(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    get = attrgetter(*names)
    return get if len(names) > 1 else lambda obj: (get(obj),)  # one name gives a value, not a tuple


_ENTRY_FIELDS = len(fields(Entry))
_ENTRY_VALUES = _values_of([f.name for f in fields(Entry)])
_NEW_ENTRY_VALUES = _values_of([f.name for f in fields(NewEntry)[1:]])  # all but `entry`, the first


def _unpickle_parsed(title: str, rows: list[tuple[Any, ...]], fmt: str, problem: str | None) -> ParsedFeed:
    n = _ENTRY_FIELDS
    entries = [NewEntry(Entry(*row[:n]), *row[n:]) for row in rows]
    return ParsedFeed(title=title, entries=entries, format=fmt, problem=problem)


def parse_feed(
    body: bytes, headers: Mapping[str, str], url: str, watch: WatchKey, *, fast: bool = True
) -> ParsedFeed:
    """Parse one response body; never raises for bad input, reports it in `problem`."""
    headers = {k.lower(): v for k, v in headers.items()}
    title, entries, fmt, problem = "", [], "", None
    if looks_like_json(body, headers.get("content-type", "")):
        try:
            title, entries = parse_json_feed(body)
            fmt = "json"
        except NotJsonFeed as exc:
            problem = str(exc)
    if not fmt and fast:
        quick = parse_rss_fast(body, headers, url)
        if quick is not None:
            (title, entries), fmt = quick, "rss20"
    if not fmt:
        title, entries, fmt, xml_problem = _parse_xml(body, headers, url)
        problem = xml_problem if not entries else None
        if not fmt and problem is None:
            problem = "not a feed"
    matcher = matcher_for(*watch)
    out = []
    for e in entries:
        title_f, summary_f = fold(e.title), fold(e.summary)  # each text folded once, for all three uses
        out.append(NewEntry(
            e, link_key(e.link), matcher.match_folded(title_f, summary_f, fold(e.content)),
            story_words=words(e.title, folded=title_f), story_key=summary_key(e.summary, folded=summary_f),
        ))
    return ParsedFeed(title=title, entries=out, format=fmt, problem=problem)


def _parse_xml(body: bytes, headers: dict[str, str], url: str) -> tuple[str, list[Entry], str, str | None]:
    import feedparser

    headers.setdefault("content-location", url)
    result = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    entries = [_entry(e) for e in result.get("entries", [])]
    problem = None
    if result.get("bozo") and not entries:
        exc = result.get("bozo_exception")
        problem = f"malformed feed: {plain(str(exc))[:200]}" if exc else "malformed feed"
    feed = result.get("feed", {})
    return plain(feed.get("title")), entries, result.get("version", "") or "", problem


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _entry(e: Any) -> Entry:
    return build_entry(
        title=e.get("title"),
        summary=e.get("summary"),
        contents=[p.get("value") for p in e.get("content") or []],
        link=e.get("link"),
        guid=e.get("id"),
        published=_time(e.get("published_parsed")) or _time(e.get("updated_parsed")),
        author=e.get("author"),
        published_raw=e.get("published", ""),
    )


def build_entry(
    *,
    title: str | None,
    summary: str | None,
    contents: list[str | None],
    link: str | None,
    guid: str | None,
    published: datetime | None,
    author: str | None,
    published_raw: str = "",
) -> Entry:
    """An Entry from raw feed values: every text sanitised, HTML turned to plain text.

    Both parsers (feedparser and the fast path) end here, so they cannot differ in this step.
    """
    title_text = plain(title)
    summary_text = html_to_text(summary)
    content = "\n\n".join(t for t in (html_to_text(c) for c in contents) if t)
    if content == summary_text:
        content = ""
    link_text = plain(link)
    guid_text = plain(guid) or link_text
    if not guid_text:
        digest = hashlib.sha1(f"{title_text}\n{summary_text}\n{published_raw}".encode()).hexdigest()
        guid_text = f"sha1:{digest}"
    return Entry(
        guid=guid_text[:2000],
        title=title_text,
        link=link_text,
        summary=summary_text,
        content=content,
        published=published,
        author=plain(author),
    )


def _warm() -> None:
    """Set up a worker before the first feed arrives.

    A parse allocates tens of thousands of short-lived objects; the collector's default
    threshold (700) ran it every few items, re-scanning the modules each time. Those are
    frozen out of its sight and it runs less often (the garbage is acyclic anyway).
    feedparser is imported by the first feed the fast path leaves to it, not here: the
    workers are ready sooner, and a cycle of plain RSS 2.0 never pays for it.
    """
    import gc

    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)


GC_THRESHOLD = 20_000


class ParserPool:
    """Parsing in worker processes (both cores), or inline when there is one core or one feed."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[None] | None = None

    def start(self) -> Future[None] | None:
        """Start the workers in a background thread; the future is done when they can take work.

        The pool spawns a worker at a submit, and that submit waits while the forkserver starts
        and imports the parsers (0.3–0.8 s here): made by the first feed's parse, it stalled the
        event loop and every request in flight. Started early and awaited, it stalls nothing.
        """
        if self.workers < 2:
            return None
        if self._ready is None:
            pool = self.executor()
            assert pool is not None
            ready: Future[None] = Future()
            ready.set_running_or_notify_cancel()  # a waiter that is cancelled must not cancel it for the others
            self._ready = ready

            def spawn() -> None:
                try:
                    for started in [pool.submit(_warm) for _ in range(self.workers)]:
                        started.result()
                except BaseException as exc:  # a broken pool: the next parse reports and replaces it
                    ready.set_exception(exc)
                else:
                    ready.set_result(None)

            threading.Thread(target=spawn, name="idlibmon-parsers-start", daemon=True).start()
        return self._ready

    def executor(self) -> ProcessPoolExecutor | None:
        if self.workers < 2:
            return None
        if self._pool is None:
            import multiprocessing

            if os.name == "posix":
                # forkserver: safe next to the threads of a running app (fork is not), and the
                # server imports the fast parser once for all workers
                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload(["idlibmon.ingest.parse", "lxml.etree"])
            else:
                ctx = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm)
        return self._pool

    def discard(self, broken: ProcessPoolExecutor | None) -> None:
        """Forget a broken pool (once, however many feeds saw it break); the next call makes a new one."""
        if broken is not None and broken is self._pool:
            self._pool = None
            self._ready = None
            broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._ready = None


def watch_key(terms: Sequence[str], places: Mapping[str, Sequence[str]]) -> WatchKey:
    return tuple(terms), tuple((k, tuple(v)) for k, v in places.items())
