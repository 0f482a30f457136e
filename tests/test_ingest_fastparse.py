"""The fast RSS path must give exactly feedparser's entries wherever it accepts a document."""

from __future__ import annotations

import csv
import sys
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
