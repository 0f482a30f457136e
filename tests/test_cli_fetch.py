"""`idlibmon fetch --once`: summary table, the JSON shape for cron jobs, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedkit import config_text, items, rss
from idlibmon import cli
from idlibmon.store import Store
from localserver import LocalServer


def write_config(tmp_path: Path, feeds: list[tuple[str, str]], **fetch: object) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path, feeds, **fetch), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_once_json_then_conditional_second_run(tmp_path: Path, server: LocalServer, capsys) -> None:
    def feed(req):
        if req.headers.get("if-none-match") == '"e1"':
            return 304, {"ETag": '"e1"'}, b""
        return 200, {"ETag": '"e1"'}, rss(items(4))

    server.routes["/ok"] = feed
    server.routes["/missing"] = (404, {}, b"nope")
    path = write_config(tmp_path, [("OK", server.url("/ok")), ("Missing", server.url("/missing"))])
    code, out, _ = run(capsys, "fetch", "--once", "--json", "--no-extract", "--config", str(path))
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"feeds", "new"} and data["new"] == 4
    ok, missing = data["feeds"]
    assert set(ok) == {"url", "status", "error", "entries", "new", "seconds"}
    assert (ok["url"], ok["status"], ok["error"], ok["entries"], ok["new"]) == (server.url("/ok"), 200, None, 4, 4)
    assert isinstance(ok["seconds"], float)
    assert (missing["status"], missing["error"], missing["new"]) == (404, "HTTP 404", 0)
    code, out, _ = run(capsys, "fetch", "--once", "--json", "--no-extract", "--config", str(path))
    again = json.loads(out)
    assert again["new"] == 0 and again["feeds"][0]["status"] == 304
    with Store(tmp_path / "store.db") as store:
        assert store.count_articles(relevant_only=False) == 4


def test_exit_status_is_non_zero_only_when_nothing_could_be_fetched(tmp_path: Path, server: LocalServer,
                                                                    capsys) -> None:
    server.routes["/bad"] = (500, {}, b"")
    path = write_config(tmp_path, [("Bad", server.url("/bad")), ("Dead", "http://127.0.0.1:9/feed")], timeout=2)
    code, out, _ = run(capsys, "fetch", "--once", "--json", "--no-extract", "--config", str(path))
    data = json.loads(out)
    assert code == 1
    assert data["feeds"][1]["status"] is None and data["feeds"][1]["error"]


def test_table_is_plain_and_free_of_control_characters(tmp_path: Path, server: LocalServer, capsys) -> None:
    server.routes["/f"] = rss(items(2))
    path = write_config(tmp_path, [("Evil \u001b]0;owned\u0007name", server.url("/f"))])
    code, out, _ = run(capsys, "fetch", "--once", "--no-extract", "--config", str(path))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil name" in out or "Evil" in out
    assert "2/2" in out and "1 feeds, 1 fetched, 0 failed, 2 new entries" in out


def test_fetch_waits_for_post_steps(tmp_path: Path, server: LocalServer, capsys, monkeypatch) -> None:
    from idlibmon.ingest import steps as steps_module

    server.routes["/f"] = rss(items(3))
    seen: list[int] = []

    def fake_steps(config, store, loop):
        async def step(ids: list[int]) -> None:
            import asyncio

            await asyncio.sleep(0.05)
            seen.extend(ids)

        return [step]

    monkeypatch.setattr(steps_module, "default_post_steps", fake_steps)
    path = write_config(tmp_path, [("F", server.url("/f"))])
    code, _out, _ = run(capsys, "fetch", "--once", "--json", "--config", str(path))
    assert code == 0 and len(seen) == 3


def test_a_second_fetcher_is_told_who_holds_the_lock(tmp_path: Path, server: LocalServer, capsys) -> None:
    import os

    from idlibmon.ingest.lock import FetchLock

    server.routes["/f"] = rss(items(1))
    path = write_config(tmp_path, [("F", server.url("/f"))])
    with Store(tmp_path / "store.db") as store:
        FetchLock(store, pid=os.getppid(), host=__import__("socket").gethostname()).acquire()
        code, _, err = run(capsys, "fetch", "--once", "--no-extract", "--config", str(path))
    assert code == 1 and f"pid {os.getppid()}" in err and "fetching into this store" in err
