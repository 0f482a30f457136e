"""The post steps every fetching front end runs after storing: article bodies, then extraction.

One place builds them, so `idlibmon fetch` and the dashboard fetch alike; each step is
added only if its module is installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idlibmon.config import Config
    from idlibmon.ingest.loop import FetchLoop, PostStep
    from idlibmon.store import Store


def default_post_steps(config: Config, store: Store, loop: FetchLoop) -> list[PostStep]:
    """Bodies first (extraction must see them), then extraction in a worker process."""
    steps: list[PostStep] = []
    try:
        from idlibmon.ingest.bodies import body_step
    except ImportError:
        pass
    else:
        # Slow pages must not let the fetch lock look abandoned: beat after every page.
        steps.append(body_step(config, store, loop.client, heartbeat=loop.lock.heartbeat))
    try:
        from idlibmon.pipeline import extraction_step
    except ImportError:
        pass
    else:
        steps.append(extraction_step(config, Path(store.path)))
    return steps
