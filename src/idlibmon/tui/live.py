"""Drive the fetch loop from a Textual thread worker, off the screen's event loop.

Feed parsing and SQLite writes are blocking work, so the loop gets a thread (and an
asyncio loop) of its own, with its own store connection; the screen learns about new
rows by polling `data_version`, and about progress through `App.call_from_thread`.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from idlibmon.store import Store
from idlibmon.tui.widgets.header_bar import FetchState


def prepare_subprocesses() -> None:
    """Start multiprocessing's resource tracker with the terminal's stderr.

    The fetch loop parses and extracts in worker processes. Their semaphores start the
    tracker on first use, passing it `sys.stderr.fileno()`; inside a running Textual app
    stderr is Textual's capture object, whose descriptor is invalid, and the start fails.
    So the real stderr is lent for the call: the tracker (a new interpreter) can then be
    started after the first frame instead of delaying it.
    """
    from multiprocessing import resource_tracker

    captured = sys.stderr
    try:
        if sys.__stderr__ is not None:
            sys.stderr = sys.__stderr__
        with contextlib.suppress(Exception):
            resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


class FetchLoopLike(Protocol):
    async def run_once(self, only_due: bool = True) -> Any: ...

    async def aclose(self) -> None: ...


LoopFactory = Callable[[Store, Callable[[Any], None]], FetchLoopLike]
"""(store, on_feed) -> a fetch loop writing into `store` and calling `on_feed(FeedResult)`."""


class ProgressSink(Protocol):
    now: Callable[[], datetime]

    def call_from_thread(self, callback: Callable[..., Any], *args: Any) -> Any: ...

    def fetch_progress(self, state: FetchState) -> None: ...


class FetchRunner:
    """One fetch cycle after another; `fetch_now` forces every feed, `stop` ends it."""

    def __init__(self, app: ProgressSink, factory: LoopFactory, store_path: Path, *, idle: float = 5.0) -> None:
        self.app = app
        self.factory = factory
        self.store_path = store_path
        self.idle = idle
        """Seconds between two checks for due feeds."""
        self._aio: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping = threading.Event()
        self._force = threading.Event()
        self._state = FetchState()
        self._failing: dict[str, str] = {}
        self._cycle_task: asyncio.Future[None] | None = None
        self.finished = threading.Event()
        """Set when the worker thread is done (the app's exit waits for it)."""
        self.cycles = 0
        self.in_flight: frozenset[str] = frozenset()
        """URLs of the feeds this cycle still fetches (replaced whole, so the UI thread reads it safely)."""

    # ---- called from the UI thread ------------------------------------------------------
    def fetch_now(self) -> None:
        self._force.set()
        self._poke()

    def wake(self) -> None:
        """Look for due feeds now rather than after the idle wait (a feed was made due by hand)."""
        self._poke()

    def stop(self) -> None:
        """End the loop now: a cycle in flight is cancelled (quitting never waits on a slow feed)."""
        self._stopping.set()
        aio = self._aio
        if aio is not None and not aio.is_closed():
            with contextlib.suppress(RuntimeError):
                aio.call_soon_threadsafe(self._cancel_cycle)
        self._poke()

    def _cancel_cycle(self) -> None:
        task = self._cycle_task
        if task is not None and not task.done():
            task.cancel()

    def _poke(self) -> None:
        aio, wake = self._aio, self._wake
        if aio is not None and wake is not None and not aio.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed between the check and the call
                aio.call_soon_threadsafe(wake.set)

    # ---- the worker thread ---------------------------------------------------------------
    def run(self) -> None:
        try:
            asyncio.run(self._main())
        finally:
            self.finished.set()

    async def _main(self) -> None:
        self._aio = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        store = Store(self.store_path)
        loop = self.factory(store, self._on_feed)
        try:
            while not self._stopping.is_set():
                wait = self.idle
                self._cycle_task = asyncio.ensure_future(self._cycle(loop, store))
                try:
                    await self._cycle_task
                except asyncio.CancelledError:
                    break
                except Exception as exc:
                    if type(exc).__name__ != "FetchLockHeld":
                        raise
                    # Another process fetches into this store: we only read, and try again later.
                    self._state = self._state.but(active=False, note="read-only: another idlibmon is fetching")
                    self._report()
                    wait = self.idle * 6
                if self._stopping.is_set():
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=wait)
                self._wake.clear()
        finally:
            try:
                await loop.aclose()
            finally:
                store.close()

    async def _cycle(self, loop: FetchLoopLike, store: Store) -> None:
        force = self._force.is_set()
        self._force.clear()
        due = getattr(loop, "due_feeds", None)
        work = due(only_due=not force) if due is not None else []
        total = len(work)
        self.in_flight = frozenset(str(getattr(item[0], "url", "")) for item in work)
        self._state = self._state.but(active=True, done=0, total=total, note="")
        if total or force:
            self._report()
        try:
            await loop.run_once(only_due=not force)
        finally:
            self.in_flight = frozenset()
            self.cycles += 1
            self._state = self._state.but(active=False, errors=self._count_errors(store))
            if self._state.done:
                self._state = self._state.but(last_update=self.app.now())
            self._report()

    def _count_errors(self, store: Store) -> int:
        if not hasattr(store, "feed_states"):
            return len(self._failing)
        return sum(1 for s in store.feed_states() if getattr(s, "last_error", None))

    def _on_feed(self, result: Any) -> None:
        """A feed finished (called on the worker thread by the loop)."""
        url = getattr(result, "url", "")
        self.in_flight = self.in_flight - {url}
        if getattr(result, "error", None):
            self._failing[url] = str(result.error)
        else:
            self._failing.pop(url, None)
        done = self._state.done + 1
        self._state = self._state.but(done=done, total=max(self._state.total, done))
        self._report()

    def _report(self) -> None:
        if self._stopping.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the app is shutting down
            self.app.call_from_thread(self.app.fetch_progress, self._state)
