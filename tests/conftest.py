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
