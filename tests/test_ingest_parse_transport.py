"""A parsed feed crosses from a parse worker to the fetching process whole, every field intact."""

from __future__ import annotations

import pickle
from dataclasses import fields
from datetime import UTC, datetime

from idlibmon.ingest.parse import ParsedFeed, ParserPool, parse_feed, watch_key
from idlibmon.models import Entry
from idlibmon.store import NewEntry

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Idlib wire</title>
<item><title>Convoy reaches Idlib</title><link>https://example.org/a</link><guid>a-1</guid>
<description>&lt;p&gt;Trucks crossed at Bab al-Hawa.&lt;/p&gt;</description>
<pubDate>Tue, 04 Feb 2020 10:00:00 +0000</pubDate></item>
<item><title>Markets</title><link>https://example.org/b</link></item>
</channel></rss>"""


def test_every_field_survives_pickling() -> None:
    full = NewEntry(
        Entry(guid="g", title="T", link="https://example.org/a", summary="S", content="C",
              published=datetime(2020, 2, 4, 10, tzinfo=UTC), author="A"),
        link_key="http://example.org/a", relevant=("Idlib", "HTS"),
        story_words=frozenset({"convoy", "idlib"}), story_key=("trucks", "crossed"),
    )
    bare = NewEntry(Entry(guid="h", title=""))
    parsed = ParsedFeed(title="Wire", entries=[full, bare], format="rss20", problem="odd")
    again = pickle.loads(pickle.dumps(parsed))
    assert again == parsed
    assert again.entries[0].entry.published == full.entry.published
    assert pickle.loads(pickle.dumps(ParsedFeed())) == ParsedFeed()


def test_the_entry_is_the_first_field_of_a_new_entry() -> None:
    """The transport packs an entry's fields, then the rest of NewEntry's in their order."""
    assert fields(NewEntry)[0].name == "entry"


def test_a_worker_returns_what_an_inline_parse_returns() -> None:
    watch = watch_key(["Idlib"], {})
    pool = ParserPool(2)
    try:
        ready = pool.start()
        assert ready is not None
        ready.result(timeout=60)
        executor = pool.executor()
        assert executor is not None
        remote = executor.submit(parse_feed, RSS, {"Content-Type": "application/rss+xml"}, "http://x/f", watch)
        inline = parse_feed(RSS, {"Content-Type": "application/rss+xml"}, "http://x/f", watch)
        assert remote.result(timeout=60) == inline
        assert [e.relevant for e in inline.entries] == [("Idlib",), ()]
    finally:
        pool.close()
