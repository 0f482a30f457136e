"""Extraction in the pipeline: article text, the worker-process step, reextract, and end to end."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from idlibmon import cli, pipeline
from idlibmon.config import Config, load_config
from idlibmon.models import Article, Extraction, Figure
from idlibmon.pipeline import ExtractionStep, article_text, extract_article, extraction_step, reextract_all
from idlibmon.store import Store

engine = pytest.importorskip("idlibmon.extract.engine")

# Written for these tests, in the style of a wire report of Friday 27 December 2019.
REPORT = (
    "The UN said on Friday that more than 235,000 people had fled their homes in Idlib between 12 and 25 December. "
    "On Thursday, Turkish officials held talks in Moscow on a new ceasefire."
)


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n', encoding="utf-8")
    return path


@pytest.fixture
def config(config_path: Path) -> Config:
    return load_config(config_path)


@pytest.fixture
def store(config: Config) -> Store:
    with Store(config.store.path) as s:
        yield s


def article(**kw) -> Article:
    base = dict(id=1, feed_url="f", outlet="Wire", guid="g", title="", published=datetime(2019, 12, 27, 9, tzinfo=UTC))
    return Article(**{**base, **kw})


# ---- the text the engine reads ---------------------------------------------------------------

def test_article_text_keeps_each_part_once() -> None:
    a = article(title="235,000 flee Idlib", summary="More than 235,000 people fled.",
                content="More than 235,000 people fled.  Aid groups warned of a crisis.", body="")
    assert article_text(a) == "235,000 flee Idlib\n\nMore than 235,000 people fled.  Aid groups warned of a crisis."


def test_article_text_prefers_the_longer_body_over_the_repeated_content() -> None:
    a = article(title="T", summary="", content="First paragraph.", body="First paragraph.\n\nSecond paragraph.")
    assert article_text(a) == "T\n\nFirst paragraph.\n\nSecond paragraph."


def test_extract_article_resolves_dates_against_its_own_publication_day() -> None:
    found = extract_article(article(content=REPORT), {"Idlib": ["Idleb"]})

    assert [(f.value, f.category) for f in found.figures] == [(235_000, "displaced")]
    assert "2019-12-26" in [e.start for e in found.events if e.kind == "talks"]
    # without a publication date, the fetch day stands in (never "today")
    undated = extract_article(article(content=REPORT, published=None,
                                      fetched=datetime(2019, 12, 27, 12, tzinfo=UTC)), {})
    assert "2019-12-26" in [e.start for e in undated.events if e.kind == "talks"]


def test_spans_point_into_the_article_text() -> None:
    a = article(title="Exodus from Idlib", summary="Tens of thousands on the move.", content=REPORT)
    text = article_text(a)
    for f in extract_article(a, {}).figures:
        assert text[f.span[0]:f.span[1]] == f.text


# ---- the step the fetch loop awaits -----------------------------------------------------------

def stored(store: Store, add_article, n: int, content: str = REPORT) -> list[int]:
    return [add_article(store, outlet=f"Outlet {i}", title=f"Report {i}", content=content) for i in range(n)]


def version_of(store: Store, article_id: int) -> int:
    return int(store.db.execute("SELECT extracted_version FROM articles WHERE id = ?", (article_id,)).fetchone()[0])


async def test_step_extracts_in_a_worker_process_without_blocking_the_loop(store, config, add_article) -> None:
    ids = stored(store, add_article, 20, content=REPORT * 10)
    step = extraction_step(config, config.store.path)
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)  # the ticker is running before the step starts
    started = time.perf_counter()
    try:
        await step(ids)
    finally:
        elapsed = time.perf_counter() - started
        done.set()
        await tick
        step.close()

    assert all(version_of(store, i) == engine.ENGINE_VERSION for i in ids)
    assert {f.value for f in store.extraction(ids[0]).figures} == {235_000}
    # Run on the loop, the whole batch would be one stall as long as the step itself.
    assert len(gaps) > 10 and max(gaps) < max(0.25, elapsed / 2), f"loop stalled {max(gaps):.3f}s of {elapsed:.3f}s"


async def test_step_catches_up_on_articles_an_older_engine_read(store, config, add_article) -> None:
    old, new = stored(store, add_article, 2)
    with ThreadPoolExecutor(1) as pool:
        await ExtractionStep(config, config.store.path, executor=pool)([new])

    assert version_of(store, old) == version_of(store, new) == engine.ENGINE_VERSION


async def test_step_with_nothing_new_does_nothing(store, config, add_article) -> None:
    (old,) = stored(store, add_article, 1)
    step = ExtractionStep(config, config.store.path)
    await step([])
    assert step._executor is None  # no worker process started
    assert version_of(store, old) == 0


async def test_one_failing_article_does_not_stop_the_rest(store, config, add_article, monkeypatch, caplog) -> None:
    ids = stored(store, add_article, 3)
    real = pipeline.extract_article

    def flaky(a: Article, places):
        if a.id == ids[1]:
            raise RuntimeError("engine tripped")
        return real(a, places)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    with ThreadPoolExecutor(1) as pool:
        await ExtractionStep(config, config.store.path, executor=pool, backlog=0)(ids)

    assert [len(store.extraction(i).figures) for i in ids] == [1, 0, 1]
    assert version_of(store, ids[1]) == engine.ENGINE_VERSION  # not retried in a tight loop
    assert "engine tripped" in caplog.text


# ---- reextract --------------------------------------------------------------------------------

def test_reextract_skips_articles_the_current_engine_read_unless_all(store, config, add_article) -> None:
    current, stale = stored(store, add_article, 2)
    marker = Extraction(figures=[Figure(7, "killed", text="seven killed")])
    store.save_extraction(current, marker, engine.ENGINE_VERSION)
    calls: list[tuple[int, int]] = []

    with ThreadPoolExecutor(1) as pool:
        assert reextract_all(config, store, progress=lambda d, t: calls.append((d, t)), executor=pool) == 1
        assert [f.value for f in store.extraction(current).figures] == [7]  # untouched
        assert [f.value for f in store.extraction(stale).figures] == [235_000]
        assert calls[0] == (0, 1) and calls[-1] == (1, 1)

        assert reextract_all(config, store, everything=True, executor=pool) == 2
    assert [f.value for f in store.extraction(current).figures] == [235_000]


def test_reextract_command(store, config, config_path, add_article, capsys) -> None:
    stored(store, add_article, 3)

    assert cli.main(["reextract", "--config", str(config_path)]) == 0
    assert f"re-extracted 3 articles with engine version {engine.ENGINE_VERSION}" in capsys.readouterr().out
    assert cli.main(["reextract", "--config", str(config_path)]) == 0
    assert "re-extracted 0 articles" in capsys.readouterr().out


# ---- end to end: a feed on 127.0.0.1 -> fetch --once -> export ---------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{name}</title><link>http://127.0.0.1/</link><description>test</description>
{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>{link}</link><guid>{link}</guid>
<pubDate>{date}</pubDate><description>{text}</description></item>"""


def feed(name: str, *items: tuple[str, str, str, str]) -> bytes:
    body = "".join(ITEM.format(title=t, link=u, date=d, text=x) for t, u, d, x in items)
    return RSS.format(name=name, items=body).encode()


def test_fetch_once_extracts_and_export_shows_the_board(server, tmp_path: Path) -> None:
    pytest.importorskip("idlibmon.ingest.loop")
    server.routes["/wire.xml"] = feed("Wire", (
        "Exodus from southern Idlib", "http://127.0.0.1/wire/1", "Fri, 27 Dec 2019 09:00:00 GMT",
        "More than 235,000 people have fled their homes in Idlib between 12 and 25 December, OCHA said on Friday.",
    ))
    server.routes["/daily.xml"] = feed("Daily", (
        "Idlib displacement grows", "http://127.0.0.1/daily/1", "Mon, 30 Dec 2019 08:00:00 GMT",
        "OCHA said 284,000 people were displaced in Idlib between 1 and 29 December. "
        "The war in Syria has lasted almost nine years. An estimated half a million people have been killed.",
    ), (
        "Football results", "http://127.0.0.1/daily/2", "Mon, 30 Dec 2019 09:00:00 GMT",
        "More than 40,000 people watched the final in the capital.",
    ))
    path = tmp_path / "config.toml"
    path.write_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n\n'
        f'[[feeds]]\nname = "Wire"\nurl = "{server.url("/wire.xml")}"\n\n'
        f'[[feeds]]\nname = "Daily"\nurl = "{server.url("/daily.xml")}"\n',
        encoding="utf-8",
    )

    assert cli.main(["fetch", "--once", "--json", "--config", str(path)]) == 0

    config = load_config(path)
    with Store(config.store.path, readonly=True) as store:
        from idlibmon.aggregate.board import build_board

        board = {row.category: row for row in build_board(store, config)}
    displaced = board["displaced"]
    assert displaced.headline is not None and displaced.headline.figure.value == 284_000
    assert displaced.change == "up from 235,000 on 27 Dec"
    assert [r.figure.value for r in board["killed"].context] == [500_000]
    assert board["killed"].headline is None
    assert 40_000 not in [r.figure.value for row in board.values() for r in row.all]  # irrelevant article


def test_export_after_fetch_lists_figures_with_their_outlet(server, tmp_path: Path, capsys) -> None:
    pytest.importorskip("idlibmon.ingest.loop")
    server.routes["/wire.xml"] = feed("Wire", (
        "Exodus from southern Idlib", "http://127.0.0.1/wire/1", "Fri, 27 Dec 2019 09:00:00 GMT",
        "More than 235,000 people have fled their homes in Idlib between 12 and 25 December, OCHA said on Friday.",
    ))
    path = tmp_path / "config.toml"
    path.write_text(f'[store]\npath = "{tmp_path / "store.db"}"\n\n'
                    f'[[feeds]]\nname = "Wire"\nurl = "{server.url("/wire.xml")}"\n', encoding="utf-8")
    assert cli.main(["fetch", "--once", "--json", "--config", str(path)]) == 0
    capsys.readouterr()

    assert cli.main(["export", "--what", "figures", "--config", str(path)]) == 0
    figures = json.loads(capsys.readouterr().out)["figures"]
    assert [(f["value"], f["outlet"], f["headline"], f["source"]) for f in figures] == [
        (235_000, "Wire", True, "OCHA")
    ]
    assert figures[0]["article_url"] == "http://127.0.0.1/wire/1"


async def test_a_dead_worker_pool_is_replaced(store, config, add_article) -> None:
    import os

    first, second = stored(store, add_article, 2)
    step = extraction_step(config, config.store.path)
    dead = pipeline.make_pool(1)
    with pytest.raises(Exception, match="terminated abruptly"):
        dead.submit(os._exit, 3).result(timeout=60)
    step._executor = dead  # as if a worker had been killed between two batches
    try:
        await step([first])  # the broken pool is dropped and the batch runs on a fresh one
    finally:
        step.close()
    assert version_of(store, first) == engine.ENGINE_VERSION
    assert version_of(store, second) == engine.ENGINE_VERSION  # caught up as backlog


def test_workers_print_nothing_to_the_terminal(tmp_path: Path) -> None:
    # Run a pool in a child interpreter whose stdout/stderr we capture: a worker that prints,
    # logs and warns must leave both empty (the dashboard owns the terminal).
    import subprocess
    import sys

    code = (
        "import logging, warnings\n"
        "from idlibmon.pipeline import make_pool\n"
        "def noisy():\n"
        "    print('to stdout'); logging.getLogger('x').error('to the log'); warnings.warn('to stderr')\n"
        "    import sys; sys.stderr.write('raw\\n'); return 7\n"
        "if __name__ == '__main__':\n"
        "    with make_pool(1) as pool:\n"
        "        assert pool.submit(noisy).result() == 7\n"
    )
    script = tmp_path / "noisy.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, out.stderr
    assert (out.stdout, out.stderr) == ("", "")
