"""Shared fixtures: a loopback HTTP server, a temporary store and config, the shared/ folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from localserver import LocalServer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.close()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus sits beside the checkout only in the workplace")
    return SHARED


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's own config or data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("IDLIBMON_CONFIG", raising=False)


@pytest.fixture
def add_article():  # type: ignore[no-untyped-def]
    """Insert one article row straight into a store: aggregation tests need no fetch.

    Returns a function `add(store, outlet=..., title=..., published="2019-12-27T10:00:00+00:00", ...) -> id`.
    """
    import json as _json

    counter = iter(range(1, 1_000_000))

    def add(store, *, outlet: str, title: str, published: str | None = "2019-12-27T10:00:00+00:00",
            link: str | None = None, summary: str = "", content: str = "", body: str = "",
            relevant: tuple[str, ...] = ("Idlib",), story_id: int | None = None,
            fetched: str = "2019-12-27T12:00:00+00:00") -> int:
        n = next(counter)
        with store.transaction() as db:
            cur = db.execute(
                "INSERT INTO articles (feed_url, outlet, guid, link, title, summary, content, body, published, "
                "fetched, relevant, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"http://127.0.0.1/{outlet}.xml", outlet, f"guid-{n}", link or f"http://127.0.0.1/{outlet}/{n}",
                 title, summary, content, body, published, fetched, _json.dumps(list(relevant)), story_id),
            )
            return int(cur.lastrowid)

    return add


@pytest.fixture
def replay_server() -> Iterator[object]:
    """The demo's replay server on 127.0.0.1 with the whole corpus already released.

    `.base_url`, `.feed_urls` (outlet key -> URL, the broken feeds included), `.corpus`,
    `.stats`. For a timed release, build `idlibmon.demo.replay.ReplayServer(speed=…, wall=…)`.
    """
    from idlibmon.demo.replay import ReplayServer

    srv = ReplayServer(speed=0)
    yield srv
    srv.close()


@pytest.fixture
def utc_timezone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC for the test: the screen shows local times, snapshots must not vary."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
