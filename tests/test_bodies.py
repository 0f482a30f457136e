"""Article bodies: main-text extraction on our own pages, and the body step of the fetch loop."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from idlibmon.config import Config, load_config_text
from idlibmon.ingest.bodies import MAX_ATTEMPTS, RETRY_BASE, BodyStep, body_step
from idlibmon.ingest.main_text import extract_main_text
from idlibmon.models import Entry
from idlibmon.store import NewEntry, Store
from localserver import LocalServer, Request

PAGES = Path(__file__).parent / "fixtures" / "pages"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ---- main text -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_main_text_keeps_the_story_and_drops_the_site(name: str) -> None:
    exp = EXPECTED[name]
    page = extract_main_text((PAGES / name).read_bytes())
    text = _flat(page.text)
    missing = [m for m in exp["must"] if m not in text]
    leaked = [m for m in exp["must_not"] if m in text]
    assert not missing, f"lost from the story: {missing}"
    assert not leaked, f"boilerplate kept: {leaked}"
    assert page.paywalled == bool(exp.get("paywall"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_publication_date_from_the_page(name: str) -> None:
    page = extract_main_text((PAGES / name).read_text(encoding="utf-8"))
    assert page.published is not None and page.published.tzinfo is not None
    assert page.published.date().isoformat() == EXPECTED[name]["date"]


def test_date_only_in_meta_tags_keeps_its_time() -> None:
    page = extract_main_text((PAGES / "meta_date.html").read_text(encoding="utf-8"))
    assert page.published == datetime(2020, 1, 10, 14, 5, tzinfo=UTC)


def test_no_date_guessed_from_a_copyright_line() -> None:
    html = "<html><body><article><p>" + "Families left the camps at dawn. " * 20 + "</p></article>"
    html += "<footer>Copyright 2021 Example Media</footer></body></html>"
    page = extract_main_text(html)
    assert "Families left the camps" in page.text
    assert page.published is None


def test_headline_line_is_not_repeated_in_the_body() -> None:
    page = extract_main_text((PAGES / "displacement.html").read_text(encoding="utf-8"))
    assert page.title == "Thousands flee as air strikes hit southern Idlib towns"
    assert not page.text.startswith("Thousands flee")
    assert page.text.startswith("Aid groups say")


def test_page_text_is_sanitised() -> None:
    html = (
        "<html><head><title>T</title></head><body><article>"
        + "<p>Shelling hit the town \x1b]8;;http://evil\x07again\x1b[2J today, residents said.</p>" * 8
        + "<p>\u202eReversed\u202c text and a [bold red]markup[/] attempt stay plain.</p></article></body></html>"
    )
    text = extract_main_text(html).text
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "Shelling hit the town" in text and "[bold red]markup[/]" in text


def test_a_page_with_only_a_menu_has_no_text() -> None:
    html = "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><p>We use cookies.</p></body></html>"
    assert extract_main_text(html).text == ""


def test_empty_or_binary_input_does_not_raise() -> None:
    assert extract_main_text("").text == ""
    assert extract_main_text(b"   ").text == ""
    text = extract_main_text(b"\x00\x01\x02 not html at all").text
    assert not re.search(r"[\x00-\x08]", text)


# ---- the body step -----------------------------------------------------------------------------
START = datetime(2020, 2, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, start: datetime = START) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


def html_page(name: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, (PAGES / name).read_bytes()


def make_config(server: LocalServer, *, full_text: bool = True, allow_private: bool = True, **fetch: object) -> Config:
    settings = {"allow_private_addresses": allow_private, "page_delay": 0, "timeout": 2, **fetch}
    lines = [f"{k} = {json.dumps(v)}" for k, v in settings.items()]
    return load_config_text(
        "[fetch]\n" + "\n".join(lines) + "\n\n"
        f'[[feeds]]\nname = "Ledger"\nurl = "{server.url("/feed.xml")}"\nfull_text = {str(full_text).lower()}\n'
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "store.db") as s:
        yield s


def add(store: Store, config: Config, link: str, *, title: str = "Families flee air strikes",
        summary: str = "Aid groups report roads jammed.", published: datetime | None = START) -> int:
    feed = config.feeds[0]
    entry = Entry(guid=link, title=title, link=link, summary=summary, published=published)
    done = store.upsert_entries(feed.url, feed.name, [NewEntry(entry, link_key=link)], START)
    return done.new_ids[0]


def status(store: Store, article_id: int) -> tuple[str | None, int, str | None]:
    row = store.db.execute(
        "SELECT body_status, body_attempts, body_due FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    return row[0], row[1], row[2]


async def run(step: BodyStep, ids: list[int]) -> list[int]:
    try:
        return await step(ids)
    finally:
        await step.aclose()


async def test_body_is_fetched_extracted_indexed_and_makes_the_article_relevant(server, store) -> None:
    server.routes["/a/exodus"] = lambda req: html_page("displacement.html")
    config = make_config(server)
    aid = add(store, config, server.url("/a/exodus"))
    assert store.article(aid).relevant == ()  # title and summary never name the place

    ids = [aid]
    changed = await run(body_step(config, store, now=Clock()), ids)

    art = store.article(aid)
    assert changed == [aid]
    assert status(store, aid) == ("ok", 0, None)
    for fragment in EXPECTED["displacement.html"]["must"]:
        assert fragment in _flat(art.body)
    for fragment in EXPECTED["displacement.html"]["must_not"]:
        assert fragment not in art.body
    assert "Idlib" in art.relevant and "Maaret al-Numan" in art.relevant
    assert [a.id for a, _ in store.search("Jarjanaz")] == [aid]  # a word found only in the body
    assert art.published == START  # the feed's date wins over the page's
    assert store.db.execute("SELECT extracted_version FROM articles WHERE id = ?", (aid,)).fetchone()[0] == 0


async def test_publication_date_taken_from_the_page_when_the_feed_has_none(server, store) -> None:
    server.routes["/convoy"] = lambda req: html_page("meta_date.html")
    config = make_config(server)
    aid = add(store, config, server.url("/convoy"), published=None)
    await run(body_step(config, store, now=Clock()), [aid])
    assert store.article(aid).published == datetime(2020, 1, 10, 14, 5, tzinfo=UTC)


async def test_feeds_without_full_text_are_left_alone(server, store) -> None:
    server.routes["/a"] = lambda req: html_page("brief.html")
    config = make_config(server, full_text=False)
    aid = add(store, config, server.url("/a"))
    assert await run(body_step(config, store, now=Clock()), [aid]) == []
    assert server.requests == [] and status(store, aid)[0] is None


@pytest.mark.parametrize(
    ("route", "expected", "retried"),
    [
        (lambda req: html_page("paywall.html"), "paywall", False),
        (lambda req: (403, {"Content-Type": "text/html"}, b"<h1>Forbidden</h1>"), "HTTP 403", True),
        (lambda req: (404, {}, b"gone"), "HTTP 404", False),
        (lambda req: (402, {}, b""), "paywall", False),
        (lambda req: (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7 binary"), "not HTML (application/pdf)", False),
        (lambda req: (200, {"Content-Type": "text/html"}, b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
         "no article text found", False),
        (lambda req: (503, {"Retry-After": "7200"}, b""), "HTTP 503", True),
    ],
)
async def test_failures_are_recorded_per_article(server, store, route, expected: str, retried: bool) -> None:
    server.routes["/p"] = route
    config = make_config(server)
    aid = add(store, config, server.url("/p"))
    clock = Clock()
    await run(body_step(config, store, now=clock), [aid])
    got_status, attempts, due = status(store, aid)
    assert got_status == expected and attempts == 1
    if retried:
        wait = timedelta(hours=2) if expected == "HTTP 503" else RETRY_BASE  # Retry-After beats a shorter back-off
        assert datetime.fromisoformat(due) == START + wait
    else:
        assert due is None


async def test_paywall_keeps_the_teaser_text(server, store) -> None:
    server.routes["/locked"] = lambda req: html_page("paywall.html")
    config = make_config(server)
    aid = add(store, config, server.url("/locked"))
    await run(body_step(config, store, now=Clock()), [aid])
    assert "changed hands twice in a week" in store.article(aid).body
    assert "Subscribe" not in store.article(aid).body


async def _requests_settled(server: LocalServer, expected: int, wait: float = 5.0) -> None:
    """The client gives up after 0.2 s, but on a loaded host the server's thread may log the request
    later: wait (boundedly) for the count to reach `expected`, then give a stray extra time to show."""
    deadline = time.monotonic() + wait
    while len(server.requests) < expected and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)


async def test_timeout_is_recorded_and_retried_with_backoff_not_in_a_tight_loop(server, store) -> None:
    release = threading.Event()

    def stall(req: Request) -> bytes:
        release.wait(3)
        return b"<p>late</p>"

    server.routes["/slow"] = stall
    config = make_config(server, timeout=0.2)
    aid = add(store, config, server.url("/slow"))
    clock = Clock()
    step = body_step(config, store, now=clock)
    try:
        await step([aid])
        assert status(store, aid)[:2] == ("timeout after 0.2 s", 1)
        # Later cycles within the back-off ask nothing.
        for minutes in (1, 10, 29):
            clock.t = START + timedelta(minutes=minutes)
            step.new_cycle()
            await step([aid])
        await _requests_settled(server, 1)
        assert len(server.requests) == 1
        # Due again after the back-off; at most MAX_ATTEMPTS attempts in all.
        for _ in range(5):
            clock.t += timedelta(days=1)
            step.new_cycle()
            await step([])
    finally:
        release.set()
        await step.aclose()
    await _requests_settled(server, MAX_ATTEMPTS)
    assert len(server.requests) == MAX_ATTEMPTS
    assert status(store, aid)[1:] == (MAX_ATTEMPTS, None)


async def test_per_cycle_cap(server, store) -> None:
    for n in range(5):
        server.routes[f"/s{n}"] = lambda req: html_page("brief.html")
    config = make_config(server, page_cap_per_cycle=2)
    ids = [add(store, config, server.url(f"/s{n}")) for n in range(5)]
    step = body_step(config, store, now=Clock())
    try:
        await step(list(ids))
        assert len(server.requests) == 2
        await step([])  # same cycle: the cap is spent
        assert len(server.requests) == 2
        step.new_cycle()
        await step([])  # next cycle: the deferred pages, still due, come next
        assert len(server.requests) == 4
        step.new_cycle()
        await step([])
    finally:
        await step.aclose()
    assert len(server.requests) == 5
    assert {status(store, i)[0] for i in ids} == {"ok"}


async def test_a_new_loop_task_starts_a_new_cycle(server, store) -> None:
    for n in range(3):
        server.routes[f"/s{n}"] = lambda req: html_page("brief.html")
    config = make_config(server, page_cap_per_cycle=1)
    ids = [add(store, config, server.url(f"/s{n}")) for n in range(3)]
    step = body_step(config, store, now=Clock())
    try:
        await asyncio.create_task(step(list(ids)))
        await asyncio.create_task(step([]))
    finally:
        await step.aclose()
    assert len(server.requests) == 2


async def test_one_page_at_a_time_per_host_with_a_polite_delay(server, store) -> None:
    lock = threading.Lock()
    active, peak, starts = [0], [0], []

    def page(req: Request) -> tuple[int, dict[str, str], bytes]:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            starts.append(time.monotonic())
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        return html_page("brief.html")

    for n in range(3):
        server.routes[f"/s{n}"] = page
    config = make_config(server, page_per_host_concurrency=1, page_delay=0.1)
    ids = [add(store, config, server.url(f"/s{n}")) for n in range(3)]
    await run(body_step(config, store, now=Clock()), ids)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 3 and peak[0] == 1
    assert min(gaps) >= 0.1


async def test_heartbeat_after_every_page(server, store) -> None:
    for n in range(3):
        server.routes[f"/s{n}"] = lambda req: html_page("brief.html")
    server.routes["/bad"] = (500, {}, b"")
    config = make_config(server)
    ids = [add(store, config, server.url(p)) for p in ("/s0", "/s1", "/s2", "/bad")]
    beats: list[int] = []
    await run(body_step(config, store, now=Clock(), heartbeat=lambda: beats.append(1)), ids)
    assert len(beats) == 4


async def test_refetch_is_conditional(server, store) -> None:
    def page(req: Request) -> tuple[int, dict[str, str], bytes]:
        if req.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        status_, headers, body = html_page("brief.html")
        return status_, {**headers, "ETag": '"v1"'}, body

    server.routes["/wire"] = page
    config = make_config(server)
    aid = add(store, config, server.url("/wire"))
    step = body_step(config, store, now=Clock())
    try:
        assert await step([aid]) == [aid]
        step.new_cycle()
        assert await step([aid]) == []  # the entry changed: ask again, conditionally
    finally:
        await step.aclose()
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert status(store, aid)[0] == "ok" and "security corridor" in store.article(aid).body


async def test_relevance_from_the_body_survives_a_changed_entry(server, store) -> None:
    def page(req: Request) -> tuple[int, dict[str, str], bytes]:
        if req.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        status_, headers, body = html_page("displacement.html")
        return status_, {**headers, "ETag": '"v1"'}, body

    server.routes["/exodus"] = page
    config = make_config(server)
    aid = add(store, config, server.url("/exodus"))
    step = body_step(config, store, now=Clock())
    try:
        await step([aid])
        assert "Idlib" in store.article(aid).relevant
        # The feed edits the summary: storing the entry judges relevance on the feed's text alone.
        feed = config.feeds[0]
        edited = Entry(guid=server.url("/exodus"), title="Families flee air strikes", link=server.url("/exodus"),
                       summary="Updated: roads north are jammed.", published=START)
        changed = store.upsert_entries(feed.url, feed.name, [NewEntry(edited, link_key=edited.link)], START)
        assert changed.changed_ids == [aid] and store.article(aid).relevant == ()
        step.new_cycle()
        await step([aid])  # page unchanged (304), relevance judged with the body again
    finally:
        await step.aclose()
    assert server.requests[-1].headers["if-none-match"] == '"v1"'
    assert "Idlib" in store.article(aid).relevant


async def test_private_links_refused_unless_allowed_even_with_the_loops_plain_client(server, store) -> None:
    server.routes["/internal"] = lambda req: html_page("brief.html")
    config = make_config(server, allow_private=False)
    loopback = add(store, config, server.url("/internal"))
    local_file = add(store, config, "file:///etc/passwd")
    async with httpx.AsyncClient() as plain:  # what the loop would hand over: not used for pages
        await run(body_step(config, store, plain, now=Clock()), [loopback, local_file])
    assert server.requests == []
    assert status(store, loopback)[0].startswith("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback")
    assert status(store, local_file)[0].startswith("refused: scheme 'file'")
    assert status(store, loopback)[2] is None  # never asked again


async def test_bodies_that_arrive_later_are_handed_to_the_next_step(server, store) -> None:
    server.routes["/late"] = lambda req: html_page("brief.html")
    server.routes["/now"] = lambda req: html_page("meta_date.html")
    config = make_config(server, page_cap_per_cycle=1)
    late = add(store, config, server.url("/late"))
    step = body_step(config, store, now=Clock())
    try:
        await step([late])  # cycle 1: fetched
        step.new_cycle()
        now_id = add(store, config, server.url("/now"))
        ids = [now_id]
        assert await step(ids) == [now_id]
        assert ids == [now_id]
    finally:
        await step.aclose()


# ---- end to end: `idlibmon fetch --once` -------------------------------------------------------
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Levant Ledger</title><link>{base}/</link><description>News</description>
<item><title>Families flee as strikes hit southern towns</title><link>{base}/a/exodus</link><guid>{base}/a/exodus</guid>
<pubDate>Tue, 24 Dec 2019 09:30:00 GMT</pubDate><description>Aid groups say roads north are jammed.</description></item>
<item><title>Aid convoy crosses the border</title><link>{base}/a/convoy</link><guid>{base}/a/convoy</guid>
<description>Forty-one trucks crossed on Friday.</description></item>
<item><title>Market report</title><link>{base}/a/report.pdf</link><guid>{base}/a/report.pdf</guid>
<pubDate>Tue, 24 Dec 2019 10:00:00 GMT</pubDate><description>Prices.</description></item>
</channel></rss>
"""


def test_fetch_once_stores_bodies_before_extraction_reads_them(server, tmp_path: Path) -> None:
    pytest.importorskip("idlibmon.ingest.loop")
    from idlibmon import cli

    server.routes["/feed.xml"] = RSS.format(base=server.base).encode()
    server.routes["/a/exodus"] = lambda req: html_page("displacement.html")
    server.routes["/a/convoy"] = lambda req: html_page("meta_date.html")
    server.routes["/a/report.pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7")
    path = tmp_path / "config.toml"
    path.write_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n\n'
        "[fetch]\nallow_private_addresses = true\npage_delay = 0\n\n"
        f'[[feeds]]\nname = "Ledger"\nurl = "{server.url("/feed.xml")}"\nfull_text = true\n',
        encoding="utf-8",
    )
    assert cli.main(["fetch", "--once", "--config", str(path)]) == 0

    with Store(tmp_path / "store.db") as store:
        by_link = {a.link.rsplit("/", 1)[1]: a for a in store.articles(relevant_only=False)}
        exodus, convoy, pdf = by_link["exodus"], by_link["convoy"], by_link["report.pdf"]
        assert "More than 80,000 people have fled" in exodus.body and "Idlib" in exodus.relevant
        assert convoy.published == datetime(2020, 1, 10, 14, 5, tzinfo=UTC)
        assert status(store, pdf.id)[0] == "not HTML (application/pdf)" and pdf.body == ""
        figures = store.extraction(exodus.id).figures
        assert any(f.value == 80_000 and f.category == "displaced" for f in figures), figures
