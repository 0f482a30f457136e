"""The replay server over real HTTP on 127.0.0.1: conditional GET, timed release, broken feeds."""

from __future__ import annotations

import html
import http.client
import subprocess
import sys
import xml.etree.ElementTree as ET
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import urlsplit

import feedparser
import pytest

from idlibmon.demo.corpus import load_corpus
from idlibmon.demo.replay import ReplayServer


class FakeWall:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float = 1_700_000_000.25) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t


def get(url: str, headers: dict[str, str] | None = None, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request(method, parts.path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def timed(wall: FakeWall):
    srv = ReplayServer(speed=3, initial=5, wall=wall)
    yield srv
    srv.close()


def test_binds_loopback_only(replay_server: ReplayServer) -> None:
    assert replay_server.httpd.server_address[0] == "127.0.0.1"
    assert replay_server.base_url.startswith("http://127.0.0.1:")
    assert all(u.startswith(replay_server.base_url + "/") for u in replay_server.feed_urls.values())


def test_etag_and_last_modified_give_304(replay_server: ReplayServer) -> None:
    url = replay_server.feed_urls["wire"]
    status, headers, body = get(url)
    assert status == 200 and body
    etag, lm = headers["etag"], headers["last-modified"]
    assert get(url, {"If-None-Match": etag})[0] == 304
    _, not_modified_headers, not_modified_body = get(url, {"If-None-Match": etag})
    assert not_modified_body == b"" and not_modified_headers["etag"] == etag
    assert get(url, {"If-Modified-Since": lm})[0] == 304
    assert get(url, {"If-None-Match": '"stale"'})[0] == 200
    older = formatdate(parsedate_to_datetime(lm).timestamp() - 60, usegmt=True)
    assert get(url, {"If-Modified-Since": older})[0] == 200
    # If-None-Match decides when both are sent (RFC 9110)
    assert get(url, {"If-None-Match": '"stale"', "If-Modified-Since": lm})[0] == 200


def test_items_released_in_historical_order(timed: ReplayServer, wall: FakeWall) -> None:
    items = load_corpus().items
    assert [i.published for i in items] == sorted(i.published for i in items)
    assert timed.released_items() == list(items[:5])
    wall.t += 2.9
    assert len(timed.released_items()) == 5
    wall.t += 0.1
    assert timed.released_items() == list(items[:6])
    wall.t += 3 * 10
    assert timed.released_items() == list(items[:16])
    wall.t += 3 * len(items)
    assert len(timed.released_items()) == len(items)
    assert timed.schedule.finished()


def test_feed_grows_and_validators_change(timed: ReplayServer, wall: FakeWall) -> None:
    """Each released item reaches its own feed, newest first, and invalidates the old ETag."""
    items = load_corpus().items
    first = get(timed.feed_urls["wire"])
    seen = {e.link for e in feedparser.parse(first[2]).entries}
    assert seen == {timed.base_url + i.page_path for i in items[:5] if i.outlet == "wire"}
    k = next(k for k, i in enumerate(items) if k >= 5 and i.outlet == "wire")
    wall.t += 3 * (k - 4)
    status, headers, body = get(
        timed.feed_urls["wire"],
        {"If-None-Match": first[1]["etag"]},
    )
    assert status == 200 and headers["etag"] != first[1]["etag"]
    entries = feedparser.parse(body).entries
    assert entries[0].link == timed.base_url + items[k].page_path
    assert get(timed.feed_urls["wire"], {"If-Modified-Since": first[1]["last-modified"]})[0] == 200


def test_last_modified_moves_even_within_one_second(wall: FakeWall) -> None:
    """Items released 0.1 s apart must not hide behind If-Modified-Since's 1 s resolution."""
    with ReplayServer(speed=0.1, initial=1, wall=wall) as srv:
        items = load_corpus().items
        k = next(k for k, i in enumerate(items) if i.outlet == "wire")
        wall.t += 0.1 * k
        _, h1, _ = get(srv.feed_urls["wire"])
        wall.t += 0.1
        status, h2, _ = get(srv.feed_urls["wire"], {"If-Modified-Since": h1["last-modified"]})
        if items[k + 1].outlet == "wire":
            assert status == 200
            assert parsedate_to_datetime(h2["last-modified"]) > parsedate_to_datetime(h1["last-modified"])
        else:
            assert status == 304


def test_pages_appear_only_once_released(timed: ReplayServer, wall: FakeWall) -> None:
    items = load_corpus().items
    later = items[10]
    assert get(timed.base_url + later.page_path)[0] == 404
    wall.t += 3 * 6
    status, headers, body = get(timed.base_url + later.page_path)
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert "Sign up to our newsletter" in page and "<footer" in page and "<nav" in page
    assert html.escape(later.paragraphs()[-1].splitlines()[0][:60]) in page


def test_broken_feeds_fail_as_designed(replay_server: ReplayServer) -> None:
    urls = replay_server.feed_urls
    assert get(urls["eveningbulletin"])[0] == 500
    assert get(urls["digest"])[0] == 410
    status, _, body = get(urls["bordertimes"])
    assert status == 200
    with pytest.raises(ET.ParseError):
        ET.fromstring(body)
    parsed = feedparser.parse(body)
    assert parsed.bozo
    good_titles = {i.title for i in load_corpus().items_of("bordertimes")}
    assert {e.get("title") for e in parsed.entries} == good_titles
    assert get(replay_server.base_url + "/no/such/path")[0] == 404


def test_head_has_headers_and_no_body(replay_server: ReplayServer) -> None:
    status, headers, body = get(replay_server.feed_urls["flash"], method="HEAD")
    assert status == 200 and body == b"" and "etag" in headers and int(headers["content-length"]) > 0


def test_runnable_as_a_module() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "idlibmon.demo.replay", "--port", "0", "--speed", "0", "--quiet"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line
        base = line.split(" at ", 1)[1].split("/ ", 1)[0]
        status, _headers, body = get(base + "/")
        assert status == 200 and b'"feeds"' in body
    finally:
        proc.terminate()
        proc.wait(timeout=5)
