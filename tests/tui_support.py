"""Test data for the dashboard: articles written straight into a store, with fixed times.

Kept apart from the ingest path on purpose: the dashboard's tests must not depend on how
feeds are parsed, only on what the store holds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from idlibmon.config import Config
from idlibmon.models import Event, Extraction, Figure, Period
from idlibmon.store import Store
from idlibmon.texts import article_text
from idlibmon.tui.app import IdlibmonApp, build_app

NOW = datetime(2019, 12, 27, 14, 5, tzinfo=UTC)
OUTLETS = ("Middle East Eye", "UN News", "Al Jazeera", "BBC News", "Enab Baladi", "Syria Direct")


def add_article(
    store: Store,
    *,
    title: str,
    published: datetime,
    outlet: str = "Middle East Eye",
    link: str = "",
    summary: str = "",
    body: str = "",
    relevant: tuple[str, ...] = ("Idlib",),
    read: bool = False,
    story_id: int | None = None,
    feed_url: str = "http://127.0.0.1:9/feed.xml",
    guid: str | None = None,
) -> int:
    cur = store.db.execute(
        "INSERT INTO articles (feed_url, outlet, guid, link, title, summary, body, published, fetched, relevant, read, story_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            feed_url, outlet, guid or f"{outlet}-{title}-{published.isoformat()}", link or f"https://example.org/{abs(hash(title))}",
            title, summary, body, published.isoformat(timespec="seconds"), published.isoformat(timespec="seconds"),
            json.dumps(list(relevant)), int(read), story_id,
        ),
    )
    return int(cur.lastrowid or 0)


def fill(store: Store, count: int, *, now: datetime = NOW, step: timedelta = timedelta(minutes=7)) -> None:
    """`count` relevant headlines, one every `step` going back from `now`, in one transaction."""
    rows = []
    for i in range(count):
        when = (now - step * (i + 1)).isoformat(timespec="seconds")
        outlet = OUTLETS[i % len(OUTLETS)]
        title = f"Headline {count - i}: {1000 + i * 37:,} people flee shelling near Maaret al-Numan, Idlib"
        rows.append(("http://127.0.0.1:9/feed.xml", outlet, f"g{i}", f"https://example.org/a/{i}", title, "", "",
                     when, when, '["Idlib"]', 0, None))
    with store.transaction():
        store.db.executemany(
            "INSERT INTO articles (feed_url, outlet, guid, link, title, summary, body, published, fetched, relevant, read, story_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def sample_store(store: Store, now: datetime = NOW) -> dict[str, int]:
    """A small, fixed history: a story told by three outlets, a figure-rich report, older items."""
    ids: dict[str, int] = {}
    body = (
        "More than 235,000 people have fled their homes in Idlib since 12 December, the UN said on Friday.\n\n"
        "The province is home to three million people. About 1,000 civilians have been killed since April."
    )
    ids["report"] = add_article(
        store, title="More than 235,000 flee Idlib as bombardment intensifies", outlet="Middle East Eye",
        published=now - timedelta(minutes=12), link="https://www.middleeasteye.net/news/idlib-235000-flee", body=body,
    )
    for outlet, minutes in (("Al Jazeera", 20), ("BBC News", 31)):
        add_article(store, title="UN: 235,000 displaced in Idlib in two weeks", outlet=outlet,
                    published=now - timedelta(minutes=minutes), story_id=ids["report"])
    ids["un"] = add_article(store, title="Guterres calls for an immediate ceasefire in north-west Syria", outlet="UN News",
                            published=now - timedelta(hours=3), read=True)
    ids["old"] = add_article(store, title="Turkey and Russia agree a demilitarised zone around Idlib", outlet="Al Jazeera",
                             published=now - timedelta(days=3))
    ids["older"] = add_article(store, title="Aid convoys reach Sarmada camps", outlet="Enab Baladi",
                               published=now - timedelta(days=40))
    add_article(store, title="Football results", outlet="BBC News", published=now - timedelta(minutes=5), relevant=())
    text = article_text(store.article(ids["report"]))  # type: ignore[arg-type]  # what spans point into
    start = text.index("More than 235,000")
    fig = Figure(value=235000, category="displaced", qualifier="more_than", text="More than 235,000 people have fled their homes",
                 span=(start, start + 46), when=Period("2019-12-12", "2019-12-27"))
    start2 = text.index("About 1,000")
    fig2 = Figure(value=1000, category="killed", qualifier="about", text="About 1,000 civilians have been killed",
                  span=(start2, start2 + 38), when=Period("2019-04"))
    ev_text = "have fled their homes in Idlib since 12 December"
    ev_start = text.index(ev_text)
    ev = Event(start="2019-12-12", kind="displacement", text=ev_text, span=(ev_start, ev_start + len(ev_text)),
               resolved_from="since 12 December")
    store.save_extraction(ids["report"], Extraction(figures=[fig, fig2], events=[ev]), version=1)
    return ids


# ---- app helpers ------------------------------------------------------------------------

def screen_lines(app: object) -> list[str]:
    """The characters on the current screen, one string per row (what a user would read)."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return [strip.text for strip in strips]


def screen_segments_text(app: object) -> str:
    """Every character the screen would send, joined (to look for stray control codes)."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "".join(seg.text for strip in strips for seg in strip)


# ---- fixed board rows (shaped like idlibmon.aggregate's, built here) ---------------------

@dataclass
class Record:
    figure: Figure
    article_id: int
    outlet: str
    url: str
    published: datetime | None
    title: str


@dataclass
class Row:
    category: str
    headline: Record | None
    rule: str = "latest"
    disagreeing: list[Record] = field(default_factory=list)
    series: list[tuple[date, float]] = field(default_factory=list)
    change: str | None = None
    context: list[Record] = field(default_factory=list)
    all: list[Record] = field(default_factory=list)


@dataclass
class Source:
    outlet: str
    url: str
    text: str
    article_id: int | None = None


@dataclass
class Entry:
    start: str
    end: str | None
    kind: str
    label: str
    curated: bool
    place: str | None = None
    sources: list[Source] = field(default_factory=list)
    url: str = ""
    count: int = 0


def _record(value: float, category: str, qualifier: str, outlet: str, when: Period | None, days: int) -> Record:
    figure = Figure(value=value, category=category, qualifier=qualifier, text=f"{qualifier} {value:,.0f}", when=when)
    return Record(figure, 1, outlet, f"https://example.org/{outlet.replace(' ', '-').lower()}",
                  NOW - timedelta(days=days), "Report")


def fixed_board(_store: Store, _config: Config) -> tuple[list[Any], list[Any]]:
    displaced = _record(235000, "displaced", "more_than", "UN OCHA", Period("2019-12-12", "2019-12-25"), 0)
    other = _record(200000, "displaced", "about", "Al Jazeera", Period("2019-12-12", "2019-12-24"), 1)
    killed = _record(1000, "killed", "about", "Middle East Eye", Period("2019-04"), 0)
    series = [(date(2019, 12, d), v) for d, v in ((1, 40000), (10, 80000), (19, 180000), (24, 200000), (27, 235000))]
    board = [
        Row("displaced", displaced, disagreeing=[other], series=series, change="up from 200,000 on 26 Dec",
            all=[displaced, other]),
        Row("killed", killed, series=[(date(2019, 11, 1), 900), (date(2019, 12, 27), 1000)], all=[killed]),
        Row("injured", None),
    ]
    timeline = [
        Entry("2019-12-12", None, "displacement", "Mass displacement from southern Idlib", False,
              sources=[Source("UN OCHA", "https://example.org/ocha", "since 12 December")], count=3),
        Entry("2019-12", None, "escalation", "Escalation around Maaret al-Numan", True, count=2),
        Entry("2019-08-31", None, "ceasefire", "Ceasefire announced for the Idlib de-escalation zone", True),
        Entry("2019-04", None, "offensive", "Offensive on southern Idlib and northern Hama", True, count=5),
    ]
    return board, timeline


def make_app(config: Config, store: Store, **kw: object) -> IdlibmonApp:
    """The app as the CLI builds it, on the fixed clock and a fast store poll."""
    return build_app(config, store, now=lambda: NOW, poll_interval=0.05, **kw)  # type: ignore[arg-type]


async def settle(pilot: object) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


def loop_fetcher(config: Config) -> Callable[[Store, Callable[[Any], None]], Any]:
    """The real FetchLoop for `build_app(fetcher=...)`, without the post steps (bodies and the
    extraction worker process are not under test in the screen's tests)."""

    def factory(store: Store, on_feed: Callable[[Any], None]) -> Any:
        from idlibmon.ingest.loop import FetchLoop

        return FetchLoop(config, store, on_feed=on_feed)

    return factory


async def wait_until(pilot: Any, condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Pause until `condition()` holds (a live fetch lands when the server answers, not on a tick)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the screen")
        await pilot.pause(0.05)
