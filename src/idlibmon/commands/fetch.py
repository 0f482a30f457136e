"""`idlibmon fetch`: fetch feeds headless — once (for cron), or on schedule until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idlibmon.config import Config
    from idlibmon.ingest.loop import CycleResult, FetchLoop
    from idlibmon.store import Store


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--once", action="store_true", help="fetch every feed once, print a summary and exit")
    parser.add_argument("--json", action="store_true", help="with --once: print one JSON object instead of a table")
    parser.add_argument(
        "--due", action="store_true", help="with --once: only feeds whose interval has elapsed (default: all)"
    )
    parser.add_argument(
        "--no-extract", action="store_true",
        help="store entries only: skip article bodies and extraction (benchmarks, quick checks)",
    )


def run(args: argparse.Namespace) -> int:
    # asyncio, logging and signal are imported where used: cli.py imports every command
    # module to build its parser, and `idlibmon extract` should not pay for them.
    import asyncio

    from idlibmon.commands._store import open_store
    from idlibmon.config import load_config
    from idlibmon.ingest.lock import FetchLockHeld

    config = load_config(args.config)
    store = open_store(config.store.path)
    _quieter_collector()
    try:
        if args.once:
            result = asyncio.run(_once(config, store, only_due=args.due, steps=not args.no_extract))
            _print(result, as_json=args.json)
            attempted = result.feeds
            return 1 if attempted and not any(f.ok for f in attempted) else 0
        log_path = _log_to_file()
        print(f"idlibmon: fetching {len(config.feeds)} feeds until Ctrl-C; log: {log_path}", file=sys.stderr)
        asyncio.run(_forever(config, store, steps=not args.no_extract))
        return 0
    except FetchLockHeld as exc:
        print(f"idlibmon: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _quieter_collector() -> None:
    """Run the cyclic garbage collector less often in this process.

    A cold cycle unpickles and stores ~25 objects per entry; at the default threshold the
    collector ran over a hundred times per 10,000 entries (0.4–0.8 s). What the imports
    created is frozen out of its scans, and it runs every 20,000 allocations instead of 700.
    """
    import gc

    from idlibmon.ingest.parse import GC_THRESHOLD

    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)


def _make_loop(config: Config, store: Store, steps: bool) -> FetchLoop:
    from idlibmon.ingest.loop import FetchLoop
    from idlibmon.ingest.steps import default_post_steps

    loop = FetchLoop(config, store)
    if steps:
        loop.post_steps = default_post_steps(config, store, loop)
    return loop


async def _once(config: Config, store: Store, *, only_due: bool, steps: bool) -> CycleResult:
    loop = _make_loop(config, store, steps)
    try:
        return await loop.run_once(only_due=only_due)
    finally:
        await loop.aclose()


async def _forever(config: Config, store: Store, *, steps: bool) -> None:
    import asyncio
    import contextlib
    import signal

    loop = _make_loop(config, store, steps)
    stop = asyncio.Event()
    running = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            running.add_signal_handler(sig, stop.set)  # finish the cycle's writes, release the lock
    try:
        loop.acquire()
        await loop.run_forever(stop)
    finally:
        await loop.aclose()


def _log_to_file() -> Path:
    import logging

    import platformdirs

    directory = Path(platformdirs.user_log_dir("idlibmon"))
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "fetch.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request would drown the rest
    return path


def _print(result: CycleResult, *, as_json: bool) -> None:
    import json

    from idlibmon.sanitize import clean_text

    if as_json:
        print(json.dumps({"feeds": [f.to_json() for f in result.feeds], "new": result.new}, ensure_ascii=False))
        return
    rows = [("feed", "status", "new/total", "time")]
    for f in result.feeds:
        status = str(f.status) if f.status is not None else "—"
        if f.error:
            status = f"{status} {f.error}" if f.status is not None and str(f.status) not in f.error else f.error
        name = f.name or f.url
        rows.append((clean_text(name)[:48], clean_text(status)[:60], f"{f.new}/{f.entries}", f"{f.seconds:.2f}s"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]:>{widths[3]}}")
    ok = sum(1 for f in result.feeds if f.ok)
    print(f"{len(result.feeds)} feeds, {ok} fetched, {len(result.feeds) - ok} failed, {result.new} new entries")
