"""The bundled corpus: enough of it, in order, and rendered into feeds that parse."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import feedparser
import pytest

from idlibmon.demo.corpus import Corpus, Item, Outlet, load_corpus
from idlibmon.demo.render import RENDERERS, render_page
from idlibmon.demo.replay import ReplayServer

CORPUS = load_corpus()
GOOD = [o for o in CORPUS.outlets if o.behaviour == "ok"]


def served(server: ReplayServer, key: str) -> bytes:
    resp = server.respond(server.corpus.outlet(key).path, {})
    assert resp.status == 200
    return resp.body


def test_items_span_the_campaign_in_order() -> None:
    dates = [i.published for i in CORPUS.items]
    assert dates == sorted(dates)
    assert datetime(2019, 4, 1, tzinfo=UTC) <= dates[0] and dates[-1] < datetime(2020, 4, 1, tzinfo=UTC)
    assert all(i.title.strip() and i.paragraphs() for i in CORPUS.items)


def test_corpus_text_has_no_control_characters() -> None:
    """Feeds are XML 1.0, which cannot carry them; the corpus is ours, so keep it clean."""
    for item in CORPUS.items:
        for text in (item.title, item.body, item.summary, item.caption):
            assert all(ch in "\n\t" or ord(ch) >= 32 for ch in text), item.slug


def test_every_format_is_present() -> None:
    formats = {o.format for o in GOOD}
    assert formats == {"rss", "atom", "jsonfeed"}
    assert any(not o.full_text for o in GOOD), "one feed must carry summaries only"
    assert {o.behaviour for o in CORPUS.outlets} == {"ok", "malformed", "error", "gone"}


@pytest.mark.parametrize("outlet", [o for o in GOOD if o.format != "jsonfeed"], ids=lambda o: o.key)
def test_xml_feeds_parse_cleanly(replay_server: ReplayServer, outlet: Outlet) -> None:
    parsed = feedparser.parse(served(replay_server, outlet.key))
    assert not parsed.bozo, parsed.get("bozo_exception")
    items = replay_server.visible(outlet.key)
    assert [e.title for e in parsed.entries] == [i.title for i in items]
    for entry, item in zip(parsed.entries, items, strict=True):
        assert datetime(*entry.published_parsed[:6], tzinfo=UTC) == item.published
        assert entry.link == replay_server.base_url + item.page_path
        has_body = bool(entry.get("content"))
        assert has_body == outlet.full_text
        if has_body:
            assert item.paragraphs()[-1].splitlines()[0][:40] in entry.content[0].value.replace("&#x27;", "'")


def test_json_feed_is_valid_1_1(replay_server: ReplayServer) -> None:
    (outlet,) = [o for o in GOOD if o.format == "jsonfeed"]
    doc = json.loads(served(replay_server, outlet.key))
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(doc["title"], str) and doc["title"]
    assert doc["feed_url"].startswith(replay_server.base_url)
    assert isinstance(doc["items"], list) and doc["items"]
    ids = [it["id"] for it in doc["items"]]
    assert len(set(ids)) == len(ids) and all(isinstance(i, str) for i in ids)
    for it in doc["items"]:
        assert "content_html" in it or "content_text" in it
        published = datetime.fromisoformat(it["date_published"].replace("Z", "+00:00"))
        assert published.tzinfo is not None
        assert it["url"].startswith("http://127.0.0.1:")
        for author in it.get("authors", []):
            assert set(author) <= {"name", "url", "avatar"}
        assert set(it) <= {
            "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
            "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments",
        }


HOSTILE = 'Fighters & "rebels" <b>advance</b> on Saraqeb ]]> &amp;'


def hostile_corpus() -> Corpus:
    outlet = Outlet(key="x", name="A & B <News>", format="rss")
    item = Item(
        outlet="x", slug="x", title=HOSTILE, published=datetime(2020, 2, 6, tzinfo=UTC),
        body="Para one & <script>alert(1)</script>.\n\n- bullet <i>one</i>\n- bullet two",
    )
    return Corpus(outlets=(outlet,), items=(item,))


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_text_is_escaped_not_pasted(fmt: str) -> None:
    corpus = hostile_corpus()
    outlet = Outlet(key="x", name="A & B <News>", format=fmt)
    body = RENDERERS[fmt](outlet, corpus.items, "http://127.0.0.1:1", corpus.items[0].published)
    if fmt == "jsonfeed":
        doc = json.loads(body)
        assert doc["items"][0]["title"] == HOSTILE
        assert "&lt;script&gt;" in doc["items"][0]["content_html"]
        return
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert b"<script>" not in body and b"<b>advance" not in body
    assert parsed.feed.title == "A & B <News>"
    assert parsed.entries[0].title == HOSTILE


def test_pages_escape_text() -> None:
    corpus = hostile_corpus()
    page = render_page(corpus.outlets[0], corpus.items[0], [], "http://127.0.0.1:1").decode()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>advance</b>" not in page


def _mentions_watch(item: Item, terms: list[str]) -> bool:
    text = f"{item.title} {item.summary} {item.body}".lower()
    return any(t.lower() in text for t in terms)


def test_enough_material_for_the_demo(replay_server: ReplayServer) -> None:
    """≥100 headlines served, ~20+ full-length articles, and distractors for relevance."""
    from idlibmon.config import load_config_text

    served_total = sum(len(replay_server.visible(o.key)) for o in CORPUS.outlets)
    assert served_total >= 100
    long_reads = [i for i in CORPUS.items if len(i.body.split()) >= 150 and len(i.paragraphs()) >= 4]
    assert len(long_reads) >= 25
    cfg = load_config_text("")
    terms = [*cfg.watch.terms, *cfg.places, *(v for vs in cfg.places.values() for v in vs)]
    unrelated = [i for i in CORPUS.items if not _mentions_watch(i, terms)]
    assert len(unrelated) >= 10, "relevance filtering needs items about something else"
    assert len(unrelated) < len(CORPUS.items) / 3


def test_relative_date_words_to_resolve() -> None:
    text = " ".join(i.body for i in CORPUS.items)
    for phrase in ("on Thursday", "on Monday", "last month", "this week", "since mid-December", "since 1 December"):
        assert phrase in text, phrase


def test_same_story_told_by_two_outlets() -> None:
    """Near-identical headlines from different outlets within a day: story grouping has work."""

    def words(title: str) -> set[str]:
        return {w.strip(",.'\"").lower() for w in title.split() if len(w) > 3}

    pairs = [
        (a, b) for n, a in enumerate(CORPUS.items) for b in CORPUS.items[n + 1:]
        if a.outlet != b.outlet and (b.published - a.published).days < 1
        and len(words(a.title) & words(b.title)) / len(words(a.title) | words(b.title)) >= 0.6
    ]
    assert len(pairs) >= 3


def test_dated_slugs_match_publication_dates() -> None:
    """A slug ending in a date must agree with `published` (catches copy-paste slips)."""
    for item in CORPUS.items:
        tail = item.slug[-10:]
        if tail[:2] in ("19", "20") or tail.startswith("20"):
            assert tail == f"{item.published:%Y-%m-%d}", item.slug
