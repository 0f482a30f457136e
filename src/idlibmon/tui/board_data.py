"""Load the key-figures board and the timeline from the aggregation layer.

Runs in a worker thread with its own store connection. While the aggregation modules are
missing (an older checkout), the panes stay empty instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from idlibmon.config import Config
from idlibmon.store import Store

BoardLoader = Callable[[Store, Config], tuple[list[Any], list[Any]]]


def load_board_and_timeline(store: Store, config: Config) -> tuple[list[Any], list[Any]]:
    return load_board(store, config), load_timeline(store, config)


def load_board(store: Store, config: Config) -> list[Any]:
    try:
        from idlibmon.aggregate.board import build_board
    except ImportError:
        return []
    return list(build_board(store, config))


def load_timeline(store: Store, config: Config) -> list[Any]:
    try:
        from idlibmon.aggregate.timeline import build_timeline
    except ImportError:
        return []
    return list(build_timeline(store, config))
