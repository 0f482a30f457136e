"""Feed formats and response handling below the loop: JSON Feed, odd XML, Retry-After, inflating."""

from __future__ import annotations

import gzip
import json
import zlib
from datetime import UTC, datetime

import pytest

from idlibmon.ingest.http import parse_retry_after
from idlibmon.ingest.inflate import BoundedInflater as _Inflater
from idlibmon.ingest.inflate import TooLarge
from idlibmon.ingest.jsonfeed import NotJsonFeed, looks_like_json, parse_json_feed
from idlibmon.ingest.parse import parse_feed

WATCH = (("Idlib",), (("Saraqeb", ("Saraqib",)),))
NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def test_json_feed_1_1_with_authors_and_text_content() -> None:
    body = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Wire \u001b[31m",
        "authors": [{"name": "Desk"}],
        "items": [
            {"id": 42, "url": "https://e.example/42", "title": "Saraqib shelled",
             "content_text": "Plain text body.", "date_published": "2020-01-28T09:30:00+03:00",
             "authors": [{"name": "Reporter"}]},
            {"id": "", "external_url": "https://e.example/x", "summary": "<b>Bold</b> summary",
             "date_modified": "Tue, 28 Jan 2020 06:00:00 GMT"},
            "not an item",
            {"content_html": "<p>No id, no url</p>"},
        ],
    }).encode()
    title, entries = parse_json_feed(body)
    assert title == "Wire"
    first, second, third = entries
    assert (first.guid, first.title, first.content, first.author) == ("42", "Saraqib shelled", "Plain text body.",
                                                                     "Reporter")
    assert first.published == datetime(2020, 1, 28, 6, 30, tzinfo=UTC)
    assert (second.guid, second.link, second.summary, second.author) == (
        "https://e.example/x", "https://e.example/x", "Bold summary", "Desk")
    assert second.published == datetime(2020, 1, 28, 6, 0, tzinfo=UTC)
    assert third.guid.startswith("sha1:") and third.content == "No id, no url"


def test_json_that_is_not_a_feed() -> None:
    with pytest.raises(NotJsonFeed):
        parse_json_feed(b'{"hello": "world"}')
    with pytest.raises(NotJsonFeed):
        parse_json_feed(b"[1, 2]")
    with pytest.raises(NotJsonFeed):
        parse_json_feed(b"{not json")
    assert looks_like_json(b"\xef\xbb\xbf  {", "") and looks_like_json(b"<rss>", "application/feed+json")
    assert not looks_like_json(b"<rss>", "application/rss+xml")


def test_json_feed_through_parse_feed_gets_relevance_and_link_keys() -> None:
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "items": [
        {"id": "a", "url": "https://e.example/a?utm_source=x", "title": "Clashes near Saraqib"}]}).encode()
    parsed = parse_feed(body, {"Content-Type": "application/feed+json"}, "http://127.0.0.1/f.json", WATCH)
    assert parsed.format == "json" and parsed.problem is None
    [ne] = parsed.entries
    assert ne.relevant == ("Saraqeb",) and ne.link_key == "http://e.example/a"


def test_atom_and_rss1_go_through_feedparser() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>A</title><entry><id>tag:e,2020:1</id><title type="html">Idlib &lt;b&gt;update&lt;/b&gt;</title>
    <link href="https://e.example/1"/><updated>2020-02-01T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body <b>text</b></p></div></content>
    </entry></feed>"""
    parsed = parse_feed(atom, {}, "http://127.0.0.1/a.xml", WATCH)
    [ne] = parsed.entries
    assert parsed.format == "atom10"
    assert (ne.entry.guid, ne.entry.title) == ("tag:e,2020:1", "Idlib update")
    assert ne.entry.summary == "Body text" and ne.entry.content == ""  # feedparser copies content to summary: kept once
    assert ne.relevant == ("Idlib",)


def test_charset_from_the_http_header_is_used() -> None:
    body = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Ma\u00e2rat</title>' \
           '<guid>g</guid></item></channel></rss>'.encode("iso-8859-1")
    parsed = parse_feed(body, {"Content-Type": "application/rss+xml; charset=iso-8859-1"}, "http://x/", WATCH)
    assert parsed.entries[0].entry.title == "Ma\u00e2rat"


def test_hostile_text_is_neutralised() -> None:
    body = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><item>'
            '<title>Breaking \u202e\u0007 news [bold red]x[/]</title><guid>g</guid><link>https://e.example/1</link>'
            '<description>&lt;script&gt;alert(1)&lt;/script&gt;Text &amp;#27;[2J here</description>'
            '</item></channel></rss>').encode()
    [ne] = parse_feed(body, {}, "http://x/", WATCH).entries
    assert ne.entry.title == "Breaking news [bold red]x[/]"  # markup is kept as text, never interpreted
    assert "\x1b" not in ne.entry.summary and "alert" not in ne.entry.summary


def test_garbage_is_a_problem_not_an_exception() -> None:
    for body in (b"", b"\x00\x01\x02 binary", b"<html><body>hello</body></html>", b"{"):
        parsed = parse_feed(body, {}, "http://x/", WATCH)
        assert parsed.entries == [] and parsed.problem


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("120", 120.0), ("0", 0.0), ("Mon, 05 Jan 2026 12:05:00 GMT", 300.0), ("Mon, 05 Jan 2026 11:00:00 GMT", 0.0),
     ("soon", None), (None, None)],
)
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_inflater_caps_decompressed_size_in_small_steps() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    inflater = _Inflater("gzip", 1_000_000)
    with pytest.raises(TooLarge):
        for i in range(0, len(bomb), 1024):
            for chunk in inflater.feed(bomb[i : i + 1024]):
                assert len(chunk) <= 65536
    assert inflater.size <= 1_000_000 + 65536


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS])
def test_deflate_with_and_without_zlib_header(wbits: int) -> None:
    z = zlib.compressobj(wbits=wbits)
    data = z.compress(b"<rss>hello</rss>") + z.flush()
    inflater = _Inflater("deflate", 1000)
    assert b"".join(inflater.feed(data) + inflater.flush()) == b"<rss>hello</rss>"


def test_unknown_content_encoding_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        _Inflater("br", 1000)


def test_corrupt_compressed_data_is_a_decoding_error_not_an_internal_one() -> None:
    """Feeds and pages share one inflater: bad gzip is a bad response, recorded like any other."""
    import httpx

    with pytest.raises(httpx.DecodingError, match="bad compressed data"):
        _Inflater("gzip", 1000).feed(b"this is not gzip at all")
