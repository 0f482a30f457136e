"""`idlibmon` with no subcommand: the live dashboard (`--demo`: over the offline replay).

Textual and the fetch machinery are imported inside `run()`, so `idlibmon fetch --help`
and friends never pay for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from idlibmon.config import Config


def configure(parser: argparse.ArgumentParser) -> None:
    """The dashboard's options (--demo, --speed) live on the top-level parser in cli.py."""


def make_fetcher(config: Any, now: Callable[[], datetime]) -> Any:
    """A factory for the fetch loop (with bodies and extraction as post steps), or None if ingest is absent.

    The loop's modules (httpx, feedparser, the extraction engine) are imported when the
    factory is called, in the fetch worker after the first frame, not before the screen shows.
    """
    from importlib.util import find_spec

    if find_spec("idlibmon.ingest.loop") is None:
        return None

    def factory(store: Any, on_feed: Callable[[Any], None]) -> Any:
        from idlibmon.ingest.loop import FetchLoop
        from idlibmon.ingest.steps import default_post_steps

        loop = FetchLoop(config, store, now=now, on_feed=on_feed)
        loop.post_steps = default_post_steps(config, store, loop)
        return loop

    return factory


def run(args: argparse.Namespace) -> int:
    from idlibmon.commands._store import open_store
    from idlibmon.config import load_config
    from idlibmon.store import utcnow
    from idlibmon.tui.app import build_app

    demo = None
    if getattr(args, "demo", False):
        from idlibmon.demo.setup import start_demo

        demo = start_demo(args.speed)
        config = demo_config(demo.config_path, args.config)
        display_now: Callable[[], datetime] = demo.now
    else:
        config = load_config(args.config)
        display_now = utcnow
    try:
        store = open_store(config.store.path)
        try:
            # Fetch scheduling always runs on the real clock; the demo's story clock is for display.
            app = build_app(config, store, now=display_now, fetcher=make_fetcher(config, utcnow), demo=demo is not None)
            app.run()
        finally:
            store.close()
    finally:
        if demo is not None:
            demo.close()
    return 0


def demo_config(demo_path: Path, user_path: str | None) -> Config:
    """The replay's config (its feeds, store, timeline) with the user's keys and looks.

    Someone who rebound `q` in their own config expects the demo to obey it too.
    """
    from idlibmon.config import load_config

    config = load_config(demo_path)
    own = load_config(user_path)
    config.keys, config.ui = own.keys, own.ui
    return config
