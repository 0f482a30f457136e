"""The fast RSS path must give exactly feedparser's entries wherever it accepts a document."""

from __future__ import annotations

import csv
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedkit import items, rss
from idlibmon.ingest.fastparse import parse_rss_fast
from idlibmon.ingest.parse import _parse_xml, parse_feed

URL = "http://127.0.0.1/feed.xml"


def reference(body: bytes, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    title, entries, _fmt, _problem = _parse_xml(body, dict(headers), URL)
    return title, entries


def test_every_corpus_document_the_fast_path_accepts_matches_feedparser(shared_dir: Path) -> None:
    feeds = shared_dir / "feeds"
    with open(feeds / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    accepted, mismatches = 0, []
    for row in rows:
        body = (feeds / row["file"]).read_bytes()
        headers = {"content-type": row["declared_content_type"]} if row["declared_content_type"] else {}
        fast = parse_rss_fast(body, headers, URL)
        if fast is None:
            continue
        accepted += 1
        if fast != reference(body, headers):
            mismatches.append(row["file"])
    assert not mismatches, mismatches
    assert accepted >= 10  # the path is really used on real-world feeds


def test_the_benchmark_feeds_take_the_fast_path_and_match(shared_dir: Path) -> None:
    sys.path.insert(0, str(shared_dir / "bench"))
    try:
        import synthfeed
    finally:
        sys.path.pop(0)
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    for feed_id in (0, 7, 123):
        body = synthfeed.rss(50, seed=1, feed_id=feed_id)
        fast = parse_rss_fast(body, headers, URL)
        assert fast is not None
        assert fast == reference(body, headers)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b.replace(b"<rss version=\"2.0\">", b"<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.0\">"),
        lambda b: b.replace(b"<item>", b"<item xml:base=\"http://elsewhere/\">", 1),
        lambda b: b.replace(b"</item>", b"<media:title xmlns:media=\"http://search.yahoo.com/mrss/\">t</media:title>"
                            b"</item>", 1),
        lambda b: b.replace(b"<title>Story a 0", b"<title type=\"html\">Story a 0"),
        lambda b: b.replace(b"Sat, 28 Dec 2019 10:00:00 +0000", b"28/12/2019", 1),
        lambda b: b.replace(b"</channel></rss>", b""),  # not well-formed
        lambda b: b.replace(b"<link>https://example.org/a/0</link>", b"<link>/a/0</link>"),  # relative link
        lambda b: b.replace(b"encoding=\"UTF-8\"", b"encoding=\"ISO-8859-1\""),
    ],
)
def test_anything_unusual_goes_to_feedparser(mutate) -> None:  # type: ignore[no-untyped-def]
    body = rss(items(3))
    assert parse_rss_fast(body, {}, URL) is not None
    assert parse_rss_fast(mutate(body), {}, URL) is None


def test_text_without_charset_is_left_to_feedparser() -> None:
    body = rss(items(2))
    assert parse_rss_fast(body, {"content-type": "text/xml"}, URL) is None
    assert parse_rss_fast(body, {"content-type": "text/xml; charset=utf-8"}, URL) is not None


def test_parse_feed_gives_the_same_result_either_way() -> None:
    body = rss(items(4))
    watch = (("Idlib",), ())
    assert parse_feed(body, {}, URL, watch) == parse_feed(body, {}, URL, watch, fast=False)


def _email_date(text: str) -> datetime | None:
    """The reference reading of a pubDate: email.utils, as feedparser's RFC 822 rules read it."""
    from email.utils import parsedate_to_datetime

    try:
        dt = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        return None


def test_pubdates_read_directly_agree_with_the_email_date_parser() -> None:
    from idlibmon.ingest.fastparse import _rfc822

    days = ["1", "01", "29", "31", "32", "0"]
    months = ["Jan", "Feb", "Jun", "Dec", "Foo"]
    years = ["0000", "0068", "0069", "0099", "1999", "2024", "9999"]
    times = ["00:00", "23:59:59", "24:00", "12:60", "12:00:60", "07:05:09"]
    zones = ["+0000", "-0000", "+0530", "-1230", "+2400", "+0099", "-2359", "GMT", "UTC", "UT", "Z"]
    checked = 0
    for day in days:
        for month in months:
            for year in years:
                for time_ in times:
                    for zone in zones:
                        text = f"Sat, {day} {month} {year} {time_} {zone}"
                        assert _rfc822(text) == _email_date(text), text
                        checked += 1
    assert checked > 10_000
    assert _rfc822(" Sat, 01 Mar 2025 11:55:00 +0100 ") == datetime(2025, 3, 1, 10, 55, tzinfo=UTC)
    assert _rfc822("Sat, ٠١ Mar 2025 11:55:00 +0000") == _email_date("Sat, ٠١ Mar 2025 11:55:00 +0000")
    assert _rfc822("Saturday, 01 Mar 2025 11:55:00 +0000") is None  # not the one shape: feedparser decides
