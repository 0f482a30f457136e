"""Extraction in the pipeline: every new or changed article through the engine, off the loop.

The engine is pure CPU work. In the fetch loop or the dashboard it runs in a worker
*process* (a thread would hold the GIL and stall the screen); the worker reads the
articles from the store and saves what it found itself, so no article text crosses the
process boundary and the event loop only awaits a future. Each article records the
engine version that read it, so `idlibmon reextract` redoes only what an improved engine
has not seen.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idlibmon.config import Config
from idlibmon.models import Article, Extraction
from idlibmon.store import Store
from idlibmon.texts import article_text

__all__ = ["ExtractionStep", "article_text", "extract_article", "extraction_step", "reextract_all"]

log = logging.getLogger(__name__)

PostStep = Callable[[list[int]], Awaitable[None]]
Progress = Callable[[int, int], None]

CHUNK = 40
"""Articles per task: small enough to share work between cores, large enough to amortise."""


def extract_article(article: Article, places: Mapping[str, Sequence[str]]) -> Extraction:
    """Run the engine over one article, resolving dates against its own publication day.

    Without one, the day we fetched it stands in: a re-extraction a year later must still
    read "on Thursday" as the Thursday before the article, not before today.
    """
    from idlibmon.extract.engine import extract

    stamp = article.published or article.fetched
    published = stamp.date() if stamp else None
    return extract(article_text(article), published, dict(places))


# ---- worker process side -----------------------------------------------------------------

_STORES: dict[str, Store] = {}


def _worker_store(path: str) -> Store:
    """One connection per worker process and store, opened on first use."""
    store = _STORES.get(path)
    if store is None:
        store = _STORES[path] = Store(path)
    return store


@dataclass(slots=True)
class BatchResult:
    """What one worker task did; errors come back as values, the parent logs them."""

    done: int = 0
    errors: list[str] = field(default_factory=list)


def extract_and_save(path: str, ids: list[int], places: dict[str, list[str]], backlog: int = 0) -> BatchResult:
    """Worker task: extract the given articles (and up to `backlog` stale ones) and save them."""
    from idlibmon.extract.engine import ENGINE_VERSION

    store = _worker_store(path)
    result = BatchResult()
    articles = [a for a in (store.article(i) for i in ids) if a is not None]
    if backlog:
        seen = set(ids)
        articles += [a for a in store.articles_needing_extraction(ENGINE_VERSION, limit=backlog) if a.id not in seen]
    for article in articles:
        try:
            found = extract_article(article, places)
        except Exception as exc:  # one unreadable article must not stop the rest
            result.errors.append(f"article {article.id}: {type(exc).__name__}: {exc}")
            found = Extraction()
        store.save_extraction(article.id, found, ENGINE_VERSION)
        result.done += 1
    return result


def make_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """Worker processes started fresh ("spawn"): forking a process that runs threads
    (the dashboard, the HTTP client) can copy a held lock into the child."""
    return ProcessPoolExecutor(
        max_workers=workers or 2, mp_context=multiprocessing.get_context("spawn"), initializer=quiet_worker
    )


def quiet_worker() -> None:
    """A worker shares the terminal with the dashboard: nothing it prints may reach the screen.

    Its errors travel back as values (`BatchResult.errors`) and the parent logs them.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    logging.getLogger().handlers[:] = [logging.NullHandler()]
    logging.lastResort = None
    warnings.simplefilter("ignore")


def _chunks(ids: Sequence[int], size: int) -> list[list[int]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


# ---- parent side --------------------------------------------------------------------------

class ExtractionStep:
    """The fetch loop's post step: `await step(article_ids)` extracts and stores them.

    The process pool starts on first use and lives until `close()`. Each call also picks up
    a few articles an older engine read (or none read, after a crash), so the history
    catches up in the background without a tight loop.
    """

    def __init__(
        self, config: Config, store_path: Path, *, executor: Executor | None = None, backlog: int = 100
    ) -> None:
        self.places = {k: list(v) for k, v in config.places.items()}
        self.store_path = str(store_path)
        self.backlog = backlog
        self._executor = executor
        self._own_executor = executor is None

    def _pool(self) -> Executor:
        if self._executor is None:
            self._executor = make_pool()
        return self._executor

    async def __call__(self, ids: list[int]) -> None:
        if not ids:
            return  # a cycle with nothing new starts no worker (a warm fetch stays cheap)
        chunks = _chunks(sorted(set(ids)), CHUNK)
        try:
            tasks = self._submit(chunks)
        except BrokenExecutor:
            if not self._own_executor:
                raise
            self._discard_pool()  # it broke since the last batch: one fresh start
            tasks = self._submit(chunks)
        for outcome in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(outcome, BrokenExecutor) and self._own_executor:
                # a worker died (killed, out of memory): start afresh next time; the
                # articles keep their old version and are picked up as backlog.
                log.error("extraction worker died; restarting the pool on the next batch")
                self._discard_pool()
                continue
            if isinstance(outcome, BaseException):
                log.error("extraction failed: %s: %s", type(outcome).__name__, outcome)
                continue
            for error in outcome.errors:
                log.warning("extraction: %s", error)

    def _submit(self, chunks: list[list[int]]) -> list[asyncio.Future[BatchResult]]:
        loop = asyncio.get_running_loop()
        pool = self._pool()
        return [
            loop.run_in_executor(pool, extract_and_save, self.store_path, chunk, self.places,
                                 self.backlog if n == 0 else 0)
            for n, chunk in enumerate(chunks)
        ]

    def _discard_pool(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        """Stop the worker processes (pending work is dropped; it is redone next time)."""
        if self._executor is not None and self._own_executor:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def extraction_step(config: Config, store_path: Path) -> ExtractionStep:
    """The post step the fetch loop awaits after storing new or changed articles."""
    return ExtractionStep(config, store_path)


def reextract_all(
    config: Config,
    store: Store,
    *,
    progress: Progress | None = None,
    everything: bool = False,
    executor: Executor | None = None,
) -> int:
    """Re-run the engine over the stored history; returns how many articles were read.

    Articles already read by the current engine are skipped unless `everything`.
    """
    from idlibmon.extract.engine import ENGINE_VERSION

    ids = store.article_ids(below_version=None if everything else ENGINE_VERSION)
    total = len(ids)
    if progress:
        progress(0, total)
    if not ids:
        return 0
    places = {k: list(v) for k, v in config.places.items()}
    pool = executor or make_pool()
    done = 0
    try:
        futures = [pool.submit(extract_and_save, str(store.path), chunk, places, 0) for chunk in _chunks(ids, CHUNK)]
        for future in futures:
            outcome: Any = future.result()
            done += outcome.done
            for error in outcome.errors:
                log.warning("reextract: %s", error)
            if progress:
                progress(done, total)
    finally:
        if executor is None:
            pool.shutdown(wait=True, cancel_futures=True)
    return done
