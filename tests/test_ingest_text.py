"""Relevance matching, link normalisation, story grouping and HTML-to-text: pure functions."""

from __future__ import annotations

import pytest

from idlibmon.ingest.dedup import link_key
from idlibmon.ingest.relevance import Matcher, fold
from idlibmon.ingest.stories import StoryIndex
from idlibmon.ingest.text import html_to_text, plain

PLACES = {"Maaret al-Numan": ["Ma'arrat al-Nu'man", "Maarat al-Numan"], "Saraqeb": ["Saraqib"]}


@pytest.fixture
def matcher() -> Matcher:
    return Matcher(["Idlib", "HTS", "إدلب", "Hayat Tahrir al-Sham"], PLACES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling in IDLIB province", ("Idlib",)),
        ("Idlib's hospitals", ("Idlib",)),
        ("Idlibi families", ()),  # whole words only
        ("Convoy near Maʿarrat al-Nuʿman", ("Maaret al-Numan",)),  # ayn folded to an apostrophe
        ("Convoy near MA’ARRAT AL-NU’MAN", ("Maaret al-Numan",)),
        ("Convoy near Ma`arrat al-Nu`man", ("Maaret al-Numan",)),
        ("Strikes on Sáráqib", ("Saraqeb",)),  # diacritics stripped
        ("Strikes on Saraqeb and Saraqib", ("Saraqeb",)),  # reported once, by the canonical name
        ("قصف على إِدْلِب", ("إدلب",)),  # Arabic with harakat
        ("hayat tahrir al–sham fighters", ("Hayat Tahrir al-Sham",)),  # en dash
        ("THE HTS-LED GOVERNMENT", ("HTS",)),
        ("Shutters closed", ()),
    ],
)
def test_matching(matcher: Matcher, text: str, expected: tuple[str, ...]) -> None:
    assert matcher.match(text) == expected


def test_matching_looks_at_every_text_and_keeps_order(matcher: Matcher) -> None:
    assert matcher.match("Saraqib shelled", "", "Fighters of HTS retreat to Idlib") == ("Saraqeb", "HTS", "Idlib")


def test_fingerprint_changes_with_the_watch_list() -> None:
    assert Matcher(["Idlib"], {}).fingerprint == Matcher(["Idlib"], {}).fingerprint
    assert Matcher(["Idlib"], {}).fingerprint != Matcher(["Idlib", "Raqqa"], {}).fingerprint


def test_empty_watch_list_matches_nothing() -> None:
    assert Matcher([], {}).match("Idlib") == ()


def test_fold() -> None:
    assert fold("Maʿarrat ÉTÉ’s") == "ma'arrat ete's"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://News.Example.org/a/b?utm_source=rss&utm_medium=x", "https://news.example.org/a/b"),
        ("http://news.example.org/a/b#comments", "https://news.example.org/a/b"),
        ("https://www.example.org/a/b/", "https://example.org/a/b"),
        ("https://example.org:443/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?id=1&fbclid=zz", "https://example.org/a?id=1"),
        ("https://Example.org.?", "http://example.org/"),  # an empty query, a trailing dot
        ("http://example.org:8080/a/?utm_source=x#top", "https://example.org:8080/a"),
    ],
)
def test_equivalent_links_share_a_key(a: str, b: str) -> None:
    assert link_key(a) == link_key(b)


def test_different_pages_keep_different_keys() -> None:
    assert link_key("https://example.org/a?id=1") != link_key("https://example.org/a?id=2")
    assert link_key("https://example.org/A") != link_key("https://example.org/a")  # paths are case-sensitive
    assert link_key("") == ""
    assert link_key("http://example.org:8080/a") != link_key("http://example.org/a")
    assert link_key("https://example.org/a") == "http://example.org/a"  # the key's own form, no query


def test_html_to_text() -> None:
    html = "<p>First &amp; <b>bold</b></p><script>alert(1)</script><p>Second\x1b[31m para</p><br/>end"
    assert html_to_text(html) == "First & bold\n\nSecond para\n\nend"  # paragraphs stay apart
    assert plain("<i>Title</i>\n with   spaces") == "Title with spaces"
    assert plain("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2"


def test_stories_group_near_identical_titles_across_feeds_only() -> None:
    idx = StoryIndex()
    assert idx.add(1, "a", "Turkish convoy hit by air strike in Idlib", "") == 1
    assert idx.add(2, "b", "Air strike hits Turkish convoy in Idlib", "") == 1
    assert idx.add(3, "c", "Russia and Turkey agree ceasefire in Moscow", "") == 3
    assert idx.add(4, "c", "Russia and Turkey agree a ceasefire in Moscow", "") == 4  # same outlet: not grouped
    assert idx.add(5, "d", "Markets fall", "") == 5  # too short to judge


def test_stories_can_match_on_summaries() -> None:
    text = ("The UN says 900,000 people have fled their homes in north-west Syria since December, most of them "
            "women and children, as government forces backed by Russian air power push into Idlib province.")
    idx = StoryIndex()
    idx.add(1, "a", "UN: nearly a million displaced", text)
    assert idx.add(2, "a", "Another item, same wire copy", text) == 2  # the same outlet twice is not grouped
    assert idx.add(3, "b", "Humanitarian catastrophe unfolds as families flee", text + " (AFP)") == 1
    assert idx.add(4, "c", "Unrelated", "A different opening: " + text) == 4


SUMMARIES = [
    "Civilians fled the shelling of Saraqib on Thursday as the offensive pushed north along the M5 highway. " * 8,
    "Ma\u02bfarrat al-Nu\u02bfman: ﬁghting resumed and the \ufb01rst convoys left at dawn, witnesses said. " * 12,
    "Short one.",
    "",
]


@pytest.mark.parametrize("text", SUMMARIES)
def test_story_keys_from_folded_text_equal_those_from_raw_text(text: str) -> None:
    # the parser folds each text once and hands the folded form on; the keys must not change
    from idlibmon.ingest.stories import SUMMARY_CHARS, SUMMARY_KEY_WORDS, summary_key, tokens, words

    folded = fold(text)
    assert summary_key(text, folded=folded) == summary_key(text)
    assert words(text, folded=folded) == words(text)
    expected = tuple(tokens(text[:SUMMARY_CHARS])[:SUMMARY_KEY_WORDS])
    assert summary_key(text) == (expected if len(expected) == SUMMARY_KEY_WORDS else None)


def test_matching_folded_texts_equals_matching_raw_texts(matcher: Matcher) -> None:
    texts = ("Strikes near MAʿARRAT AL-NUʿMAN", "", "Convoy at Bab al-Hawa; HTS said", "Idleb and Idlib")
    assert matcher.match_folded(*(fold(t) for t in texts)) == matcher.match(*texts)
    assert matcher.match(*texts)
