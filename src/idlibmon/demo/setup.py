"""`start_demo()`: a replay server plus a throw-away config and store that point at it.

Everything lives in a temporary directory removed by `close()`, so the demo never reads or
writes the user's own config or history. The config file is real TOML loaded by the normal
`load_config`, so the demo exercises the same path as a user's setup.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from idlibmon.demo.clock import SimulatedClock
from idlibmon.demo.replay import ReplayServer
from idlibmon.demo.schedule import DEFAULT_INITIAL, DEFAULT_SPEED, Wall
from idlibmon.pids import pid_alive


@dataclass
class DemoSetup:
    config_path: Path
    store_path: Path
    now: SimulatedClock
    """Story time for display; see idlibmon.demo.clock for why not to schedule on it."""
    server: ReplayServer
    directory: Path
    _closed: bool = field(default=False, repr=False)

    def close(self) -> None:
        """Stop the server and delete the temporary config and store."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        self.server.close()
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> DemoSetup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _toml_str(text: str) -> str:
    # A JSON string is a valid TOML basic string (json.dumps never emits '\/').
    return json.dumps(text, ensure_ascii=False)


def demo_config_text(server: ReplayServer, store_path: Path) -> str:
    """The demo's config: its own store, loopback pages allowed, fast polling, demo feeds.

    [watch], [places] and [[timeline]] are left out on purpose: the packaged defaults apply.
    """
    lines = [
        "# Written by `idlibmon --demo`; removed when the demo ends.",
        "[store]",
        f"path = {_toml_str(str(store_path))}",
        "",
        "[fetch]",
        "allow_private_addresses = true   # article pages come from the replay server on 127.0.0.1",
        "timeout = 5",
        "jitter = 0.2",
        "max_backoff = 60",
        "page_per_host_concurrency = 2",
        "page_delay = 0.1",
        "",
    ]
    for outlet in server.corpus.outlets:
        lines += [
            "[[feeds]]",
            f"name = {_toml_str(outlet.name)}",
            f"url = {_toml_str(server.base_url + outlet.path)}",
            f"interval = {max(10, outlet.interval)}",
            f"full_text = {'false' if outlet.full_text else 'true'}",
            f"tags = {json.dumps(['demo', *outlet.tags])}",
            "",
        ]
    return "\n".join(lines)


PREFIX = "idlibmon-demo-"
OWNER_FILE = "owner.pid"


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove demo directories left by demos that died without cleaning up (a killed terminal).

    Only directories we made (our prefix, our owner file) whose owner process is gone.
    """
    root = Path(tempfile.gettempdir()) if root is None else root
    removed = []
    for path in root.glob(PREFIX + "*"):
        try:
            pid = int((path / OWNER_FILE).read_text().strip())
        except (OSError, ValueError):
            continue
        if pid != os.getpid() and not pid_alive(pid):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def start_demo(
    speed: float | None = None,
    *,
    initial: int = DEFAULT_INITIAL,
    time_scale: float = 1.0,
    wall: Wall = time.time,
) -> DemoSetup:
    """Start the replay on a free loopback port and write a config that points at it.

    `speed`: wall seconds between released items (None: the default, 0: all at once).
    `time_scale`: story seconds per wall second on the simulated clock.
    """
    sweep_stale()
    directory = Path(tempfile.mkdtemp(prefix=PREFIX))
    server = None
    try:
        (directory / OWNER_FILE).write_text(str(os.getpid()))
        server = ReplayServer(speed=DEFAULT_SPEED if speed is None else speed, initial=initial, wall=wall)
        store_path = directory / "store.db"
        config_path = directory / "config.toml"
        config_path.write_text(demo_config_text(server, store_path), encoding="utf-8")
        clock = SimulatedClock(server.schedule, [i.published for i in server.corpus.items], scale=time_scale)
        clock.follow_deliveries()  # story time moves when the app has the item, not before
        server.on_deliver = clock.delivered
    except BaseException:
        if server is not None:
            server.close()
        shutil.rmtree(directory, ignore_errors=True)
        raise
    demo = DemoSetup(config_path=config_path, store_path=store_path, now=clock, server=server, directory=directory)
    atexit.register(demo.close)  # a normal exit that skipped close() still cleans up
    return demo
