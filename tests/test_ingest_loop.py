"""The fetch loop against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import gzip
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from feedkit import config, items, json_feed, rss
from idlibmon.ingest import loop as loop_module
from idlibmon.ingest.loop import FeedResult, FetchLoop
from idlibmon.store import Store
from localserver import LocalServer, Request, SilentServer


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


async def cycle(tmp_path: Path, feeds: list[tuple[str, str]], clock: Clock | None = None, *, only_due: bool = False,
                store: Store | None = None, **fetch: object):
    cfg = config(tmp_path, feeds, **fetch)
    own = store is None
    store = store or Store(cfg.store.path)
    loop = FetchLoop(cfg, store, now=clock or (lambda: datetime.now(UTC)), parse_workers=0)
    try:
        return await loop.run_once(only_due=only_due), store
    finally:
        await loop.aclose()
        if own:
            store.close()


def with_validators(body: bytes, etag: str = '"v1"', lm: str = "Sat, 28 Dec 2019 10:00:00 GMT"):
    def responder(req: Request):
        if req.headers.get("if-none-match") == etag or req.headers.get("if-modified-since") == lm:
            return 304, {"ETag": etag, "Last-Modified": lm}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag, "Last-Modified": lm}, body
    return responder


async def test_first_fetch_stores_entries_with_relevance(tmp_path: Path, server: LocalServer) -> None:
    body = rss([*items(3, "a"), ("b-0", "Weather in Paris", "https://example.org/b/0", "<p>Sunny.</p>")])
    server.routes["/feed.xml"] = body
    result, _ = await cycle(tmp_path, [("Test", server.url("/feed.xml"))])
    [feed] = result.feeds
    assert (feed.status, feed.error, feed.entries, feed.new) == (200, None, 4, 4)
    with Store(tmp_path / "store.db") as store:
        arts = store.articles(relevant_only=False, limit=10)
        assert len(arts) == 4
        relevant = {a.title: a.relevant for a in arts}
        assert relevant["Story a 0 about Idlib"] == ("Idlib",)
        assert relevant["Weather in Paris"] == ()
        summary = next(a.summary for a in arts if a.title == "Story a 1 about Idlib")
        assert summary == "Paragraph 1 on Idlib."  # HTML turned into plain text
        assert all(a.outlet == "Test" for a in arts)


async def test_second_round_is_conditional_and_304_costs_nothing(tmp_path: Path, server: LocalServer,
                                                                 clock: Clock, monkeypatch) -> None:
    server.routes["/feed.xml"] = with_validators(rss(items(5)))
    first, _ = await cycle(tmp_path, [("T", server.url("/feed.xml"))], clock)
    assert first.feeds[0].new == 5
    parsed: list[int] = []
    real = loop_module.parse_feed
    monkeypatch.setattr(loop_module, "parse_feed", lambda *a: parsed.append(1) or real(*a))
    clock.advance(3600)
    second, _ = await cycle(tmp_path, [("T", server.url("/feed.xml"))], clock)
    [feed] = second.feeds
    assert (feed.status, feed.error, feed.entries, feed.new) == (304, None, 0, 0)
    assert parsed == []
    assert server.requests[0].headers.get("if-none-match") is None
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert server.requests[1].headers["if-modified-since"] == "Sat, 28 Dec 2019 10:00:00 GMT"


async def test_last_modified_alone_is_sent_back(tmp_path: Path, server: LocalServer) -> None:
    lm = "Sun, 29 Dec 2019 08:00:00 GMT"
    server.routes["/f"] = lambda req: (
        (304, {}, b"") if req.headers.get("if-modified-since") == lm else (200, {"Last-Modified": lm}, rss(items(2)))
    )
    await cycle(tmp_path, [("T", server.url("/f"))])
    second, _ = await cycle(tmp_path, [("T", server.url("/f"))])
    assert second.feeds[0].status == 304
    assert "if-none-match" not in server.requests[1].headers


async def test_byte_identical_body_is_not_parsed_again(tmp_path: Path, server: LocalServer, monkeypatch) -> None:
    server.routes["/feed.xml"] = rss(items(3))  # no validators at all
    await cycle(tmp_path, [("T", server.url("/feed.xml"))])
    calls: list[int] = []
    real = loop_module.parse_feed
    monkeypatch.setattr(loop_module, "parse_feed", lambda *a: calls.append(1) or real(*a))
    again, _ = await cycle(tmp_path, [("T", server.url("/feed.xml"))])
    assert (again.feeds[0].status, again.feeds[0].new, calls) == (200, 0, [])
    server.routes["/feed.xml"] = rss(items(4))
    changed, _ = await cycle(tmp_path, [("T", server.url("/feed.xml"))])
    assert (changed.feeds[0].new, calls) == (1, [1])


async def test_edited_entry_is_reported_as_changed(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/f"] = rss(items(2))
    first, _ = await cycle(tmp_path, [("T", server.url("/f"))])
    edited = items(2)
    edited[1] = (edited[1][0], "Corrected: story about Idlib", edited[1][2], edited[1][3])
    server.routes["/f"] = rss(edited)
    second, _ = await cycle(tmp_path, [("T", server.url("/f"))])
    [feed] = second.feeds
    assert feed.new == 0 and len(feed.changed_ids) == 1
    with Store(tmp_path / "store.db") as store:
        art = store.article(feed.changed_ids[0])
        assert art is not None and art.title == "Corrected: story about Idlib"
        assert [a.id for a, _ in store.search("corrected")] == feed.changed_ids  # FTS follows updates
    assert first.feeds[0].new_ids[1] == feed.changed_ids[0]


@pytest.mark.parametrize("code", [301, 308])
async def test_permanent_redirect_moves_the_feed(tmp_path: Path, server: LocalServer, code: int) -> None:
    server.routes["/old.xml"] = (code, {"Location": "/new.xml"}, b"")
    server.routes["/new.xml"] = rss(items(2))
    first, _ = await cycle(tmp_path, [("T", server.url("/old.xml"))])
    assert (first.feeds[0].url, first.feeds[0].status, first.feeds[0].new) == (server.url("/old.xml"), 200, 2)
    with Store(tmp_path / "store.db") as store:
        state = store.feed_state(server.url("/old.xml"))
        assert state is not None and state.current_url == server.url("/new.xml")
        assert state.moved == f"moved to {server.url('/new.xml')} — update your config"
    server.requests.clear()
    await cycle(tmp_path, [("T", server.url("/old.xml"))])
    assert [r.path for r in server.requests] == ["/new.xml"]


async def test_temporary_redirect_does_not_move_the_feed(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/old.xml"] = (302, {"Location": "/new.xml"}, b"")
    server.routes["/new.xml"] = rss(items(1))
    result, _ = await cycle(tmp_path, [("T", server.url("/old.xml"))])
    assert result.feeds[0].status == 200
    with Store(tmp_path / "store.db") as store:
        assert store.feed_state(server.url("/old.xml")).current_url is None  # type: ignore[union-attr]


async def test_410_disables_until_enabled(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/gone.xml"] = (410, {}, b"gone")
    url = server.url("/gone.xml")
    first, _ = await cycle(tmp_path, [("T", url)])
    assert first.feeds[0].status == 410 and "disabled" in (first.feeds[0].error or "")
    second, _ = await cycle(tmp_path, [("T", url)])
    assert second.feeds == [] and len(server.requests) == 1
    with Store(tmp_path / "store.db") as store:
        state = store.feed_state(url)
        assert state is not None and "idlibmon feeds enable" in (state.disabled_reason or "")
        assert store.enable_feed(url)
    server.routes["/gone.xml"] = rss(items(1))
    third, _ = await cycle(tmp_path, [("T", url)])
    assert (third.feeds[0].status, third.feeds[0].new) == (200, 1)


async def test_429_retry_after_seconds_is_honoured(tmp_path: Path, server: LocalServer, clock: Clock) -> None:
    server.routes["/f"] = (429, {"Retry-After": "120"}, b"slow down")
    url = server.url("/f")
    first, _ = await cycle(tmp_path, [("T", url)], clock)
    assert first.feeds[0].status == 429 and "retry after 120 s" in (first.feeds[0].error or "")
    with Store(tmp_path / "store.db") as store:
        assert store.feed_state(url).retry_not_before == clock.t + timedelta(seconds=120)  # type: ignore[union-attr]
    clock.advance(60)
    waiting, _ = await cycle(tmp_path, [("T", url)], clock)  # even --once does not ask before then
    assert waiting.feeds == [] and len(server.requests) == 1
    clock.advance(61)
    server.routes["/f"] = rss(items(1))
    after, _ = await cycle(tmp_path, [("T", url)], clock)
    assert after.feeds[0].status == 200


async def test_503_retry_after_http_date(tmp_path: Path, server: LocalServer, clock: Clock) -> None:
    when = format_datetime(clock.t + timedelta(minutes=10), usegmt=True)
    server.routes["/f"] = (503, {"Retry-After": when}, b"busy")
    await cycle(tmp_path, [("T", server.url("/f"))], clock)
    with Store(tmp_path / "store.db") as store:
        state = store.feed_state(server.url("/f"))
        assert state is not None and state.retry_not_before == clock.t + timedelta(minutes=10)


async def test_errors_back_off_exponentially_and_are_recorded(tmp_path: Path, server: LocalServer, clock: Clock) -> None:
    server.routes["/f"] = (500, {}, b"oops")
    url = server.url("/f")
    waits = []
    for _ in range(3):
        result, _ = await cycle(tmp_path, [("T", url)], clock, only_due=True, jitter=0)
        assert result.feeds[0].error == "HTTP 500"
        with Store(tmp_path / "store.db") as store:
            state = store.feed_state(url)
        assert state is not None
        waits.append((state.next_due - clock.t).total_seconds())  # type: ignore[operator]
        clock.t = state.next_due  # type: ignore[assignment]
    assert waits == [600, 1200, 2400]
    assert state.error_count == 3 and "HTTP 500" in (state.last_error or "")


async def test_interval_and_due(tmp_path: Path, server: LocalServer, clock: Clock) -> None:
    server.routes["/f"] = rss(items(1))
    await cycle(tmp_path, [("T", server.url("/f"))], clock, only_due=True, jitter=0)
    clock.advance(599)
    early, _ = await cycle(tmp_path, [("T", server.url("/f"))], clock, only_due=True)
    assert early.feeds == []
    clock.advance(2)
    due, _ = await cycle(tmp_path, [("T", server.url("/f"))], clock, only_due=True)
    assert len(due.feeds) == 1


async def test_server_that_never_answers_times_out(tmp_path: Path) -> None:
    silent = SilentServer()
    try:
        started = time.monotonic()
        result, _ = await cycle(tmp_path, [("T", silent.url("/f"))], timeout=1)
        assert time.monotonic() - started < 6
    finally:
        silent.close()
    [feed] = result.feeds
    assert feed.status is None and "timed out" in (feed.error or "")


async def test_gzip_feed_is_decoded(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/f"] = (200, {"Content-Encoding": "gzip"}, gzip.compress(rss(items(3))))
    result, _ = await cycle(tmp_path, [("T", server.url("/f"))])
    assert (result.feeds[0].error, result.feeds[0].new) == (None, 3)
    assert "gzip" in server.requests[0].headers["accept-encoding"]


async def test_gzip_bomb_is_cut_off(tmp_path: Path, server: LocalServer) -> None:
    bomb = gzip.compress(b"<rss>" + b" " * 30_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    server.routes["/f"] = (200, {"Content-Encoding": "gzip"}, bomb)
    result, _ = await cycle(tmp_path, [("T", server.url("/f"))], max_bytes=1_000_000)
    assert "larger than 1,000,000 bytes" in (result.feeds[0].error or "")


async def test_oversized_feed_is_refused(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/big"] = rss(items(50)) + b" " * 300_000
    result, _ = await cycle(tmp_path, [("T", server.url("/big"))], max_bytes=200_000)
    assert "larger than 200,000" in (result.feeds[0].error or "")


async def test_malformed_xml_keeps_recovered_entries(tmp_path: Path, server: LocalServer) -> None:
    body = rss(items(3)).replace(b"Story a 1 about Idlib", b"Story a 1 & more about Idlib")
    body = body.replace(b"</channel></rss>", b"")  # truncated as well
    server.routes["/bad"] = body
    server.routes["/html"] = (200, {"Content-Type": "text/html"}, b"<html><body><p>Not a feed</p></body></html>")
    result, _ = await cycle(tmp_path, [("Bad", server.url("/bad")), ("Html", server.url("/html"))])
    bad, html = result.feeds
    assert bad.entries >= 1 and bad.new == bad.entries and bad.error is None
    assert html.status == 200 and html.entries == 0 and html.error


async def test_json_feed(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/feed.json"] = (200, {"Content-Type": "application/feed+json"}, json_feed(items(3, "j")))
    server.routes["/v1.json"] = (200, {"Content-Type": "application/json"},
                                 json_feed(items(2, "k"), "https://jsonfeed.org/version/1"))
    result, _ = await cycle(tmp_path, [("J", server.url("/feed.json")), ("K", server.url("/v1.json"))])
    assert [(f.entries, f.new) for f in result.feeds] == [(3, 3), (2, 2)]
    with Store(tmp_path / "store.db") as store:
        arts = {a.guid: a for a in store.articles(relevant_only=False)}
    assert arts["j-0"].summary == "" and arts["j-0"].content == "Paragraph 0 on Idlib."
    assert arts["j-0"].published == datetime(2019, 12, 28, 10, 0, tzinfo=UTC)
    assert arts["j-0"].relevant == ("Idlib",)


async def test_same_link_across_feeds_is_stored_once(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/a"] = rss([("x1", "Convoy reaches Idlib", "https://news.example.org/story/1?utm_source=rss", "d")])
    server.routes["/b"] = rss([("y9", "Aid convoy arrives", "HTTPS://News.Example.org/story/1#top", "e")])
    result, _ = await cycle(tmp_path, [("A", server.url("/a")), ("B", server.url("/b"))], per_host_concurrency=1)
    assert sorted(f.new for f in result.feeds) == [0, 1]
    with Store(tmp_path / "store.db") as store:
        assert len(store.articles(relevant_only=False)) == 1


async def test_near_identical_titles_from_two_outlets_form_one_story(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/a"] = rss([("a1", "Turkish convoy hit by air strike near Maaret al-Numan, Idlib",
                                "https://a.example/1", "x"),
                               ("a2", "Markets fall in Istanbul", "https://a.example/2", "y")])
    server.routes["/b"] = rss([("b1", "Turkish convoy hit by air strike near Maarat al-Numan in Idlib",
                                "https://b.example/1", "z")])
    await cycle(tmp_path, [("A", server.url("/a"))])
    await cycle(tmp_path, [("A", server.url("/a")), ("B", server.url("/b"))])
    with Store(tmp_path / "store.db") as store:
        rows = store.articles(relevant_only=False)
        heads = {a.title: a for a in rows}
        assert len(rows) == 2  # one row per story
        convoy = heads["Turkish convoy hit by air strike near Maaret al-Numan, Idlib"]
        assert convoy.story_sources == 2
        assert {a.outlet for a in store.story_articles(convoy.id)} == {"A", "B"}


async def test_post_steps_see_new_ids_and_run_once_waits_for_them(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/a"] = rss(items(2, "a"))
    server.routes["/b"] = rss(items(3, "b"))
    seen: list[list[int]] = []
    finished: list[bool] = []
    progress: list[FeedResult] = []

    async def step(ids: list[int]) -> None:
        import asyncio

        await asyncio.sleep(0.05)
        seen.append(sorted(ids))
        finished.append(True)

    cfg = config(tmp_path, [("A", server.url("/a")), ("B", server.url("/b"))])
    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, post_steps=[step], on_feed=progress.append, parse_workers=0)
        result = await loop.run_once()
        await loop.aclose()
    assert sorted(i for batch in seen for i in batch) == sorted(result.new_ids)
    assert len(result.new_ids) == 5 and finished and len(progress) == 2


async def test_parsing_in_worker_processes(tmp_path: Path, server: LocalServer) -> None:
    for i in range(3):
        server.routes[f"/f{i}"] = rss(items(4, f"p{i}"))
    cfg = config(tmp_path, [(f"F{i}", server.url(f"/f{i}")) for i in range(3)])
    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, parse_workers=2)
        result = await loop.run_once()
        await loop.aclose()
    assert [f.new for f in result.feeds] == [4, 4, 4]


async def test_changed_watch_list_refilters_history(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/f"] = rss([("g1", "Shelling in Saraqib", "https://e.example/1", "d"),
                               ("g2", "Talks in Geneva", "https://e.example/2", "d")])
    await cycle(tmp_path, [("T", server.url("/f"))])
    with Store(tmp_path / "store.db") as store:
        assert [a.title for a in store.articles()] == ["Shelling in Saraqib"]
        from feedkit import config_text
        from idlibmon.config import load_config_text

        cfg = load_config_text(config_text(tmp_path, [("T", server.url("/f"))]) + '[watch]\nterms = ["Geneva"]\n[places]\n')
        loop = FetchLoop(cfg, store, parse_workers=0)
        loop.config.feeds = []
        await loop.run_once()
        await loop.aclose()
        assert [(a.title, a.relevant) for a in store.articles()] == [("Talks in Geneva", ("Geneva",))]


async def test_run_forever_stops_promptly_and_keeps_what_it_stored(tmp_path: Path, server: LocalServer) -> None:
    import asyncio

    server.routes["/f"] = rss(items(2))
    cfg = config(tmp_path, [("T", server.url("/f"))])
    fetched = asyncio.Event()
    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, parse_workers=0, on_feed=lambda result: fetched.set())
        stop = asyncio.Event()
        task = asyncio.create_task(loop.run_forever(stop))
        await asyncio.wait_for(fetched.wait(), 5)
        stop.set()
        await asyncio.wait_for(task, 5)
        await loop.aclose()
        assert store.count_articles(relevant_only=False) == 2
        assert store.lock_holder() is None


async def test_redirect_loop_is_an_error_not_a_hang(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    server.routes["/c"] = (301, {"Location": "gopher://127.0.0.1/x"}, b"")
    result, _ = await cycle(tmp_path, [("Loop", server.url("/a")), ("Odd", server.url("/c"))])
    loop_result, odd = result.feeds
    assert loop_result.status is None and "redirect" in (loop_result.error or "").lower()
    assert odd.status is None and odd.error


async def test_a_killed_parser_worker_is_replaced(tmp_path: Path, server: LocalServer) -> None:
    import os
    import signal

    server.routes["/a"] = rss(items(2, "a"))
    server.routes["/b"] = rss(items(2, "b"))
    cfg = config(tmp_path, [("A", server.url("/a"))])
    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, parse_workers=2)
        first = await loop.run_once()
        pool = loop.parsers.executor()
        assert pool is not None
        for pid in list(pool._processes):  # what an out-of-memory killer would do
            os.kill(pid, signal.SIGKILL)
        loop.config.feeds = config(tmp_path, [("B", server.url("/b"))]).feeds
        second = await loop.run_once()
        await loop.aclose()
    assert first.feeds[0].new == 2
    assert (second.feeds[0].error, second.feeds[0].new) == (None, 2)


async def test_unsendable_validators_are_not_kept(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/f"] = (200, {"ETag": '"caf\u00e9"'}, rss(items(1)))
    await cycle(tmp_path, [("T", server.url("/f"))])
    again, _ = await cycle(tmp_path, [("T", server.url("/f"))])
    assert again.feeds[0].error is None
    assert "if-none-match" not in server.requests[-1].headers


async def test_post_steps_run_on_a_quiet_cycle_and_are_closed_with_the_loop(tmp_path: Path, server: LocalServer) -> None:
    """A 304-only cycle still gives steps a turn (deferred pages, retries); aclose closes them."""
    server.routes["/feed.xml"] = with_validators(rss(items(2)))
    cfg = config(tmp_path, [("F", server.url("/feed.xml"))])
    batches: list[list[int]] = []

    class Step:
        closed = False

        async def __call__(self, ids: list[int]) -> None:
            batches.append(list(ids))

        async def aclose(self) -> None:
            Step.closed = True

    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, parse_workers=0, post_steps=[Step()])
        try:
            await loop.run_once(only_due=False)
            first = len(batches)
            quiet = await loop.run_once(only_due=False)
        finally:
            await loop.aclose()
    assert quiet.feeds[0].status == 304 and quiet.new == 0
    assert any(len(b) == 2 for b in batches[:first])
    assert batches[first:] == [[]]
    assert Step.closed


def test_feeds_writes_share_a_commit_and_a_failing_one_undoes_only_itself(tmp_path: Path) -> None:
    def failing(store: Store) -> None:
        store.set_meta("half-done", "1")
        raise ValueError("bad feed")

    with Store(tmp_path / "s.db") as store:
        outcomes = loop_module._write_batch(store, [
            lambda s: s.set_meta("a", "1"), failing, lambda s: s.set_meta("b", "2") or "result",
        ])
        assert [ok for ok, _ in outcomes] == [True, False, True]
        assert isinstance(outcomes[1][1], ValueError) and outcomes[2][1] == "result"
        assert (store.meta("a"), store.meta("half-done"), store.meta("b")) == ("1", None, "2")
        with Store(tmp_path / "s.db") as reader:
            assert (reader.meta("a"), reader.meta("b")) == ("1", "2")


async def test_a_reader_searching_mid_cycle_finds_each_feed_as_soon_as_it_is_reported(
    tmp_path: Path, server: LocalServer
) -> None:
    # what the screen does while a fetch runs: another connection searches the store; rows are
    # indexed in the transaction that stores them, so a reader never needs to write
    feeds = []
    for n in range(4):
        server.routes[f"/f{n}.xml"] = rss(items(3, f"feed{n}", topic=f"Sarmada{n}"))
        feeds.append((f"F{n}", server.url(f"/f{n}.xml")))
    cfg = config(tmp_path, feeds)
    found: dict[str, int] = {}
    with Store(cfg.store.path) as store, Store(cfg.store.path, readonly=True) as reader:
        def on_feed(result: FeedResult) -> None:
            n = result.url.rsplit("/f", 1)[1].split(".")[0]
            assert reader._fts_behind() is False
            found[n] = len(reader.search(f"sarmada{n}"))

        loop = FetchLoop(cfg, store, on_feed=on_feed, parse_workers=0)
        try:
            result = await loop.run_once(only_due=False)
        finally:
            await loop.aclose()
    assert result.new == 12
    assert found == {str(n): 3 for n in range(4)}
