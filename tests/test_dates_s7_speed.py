"""Session 7 speed work on dates: work skipped must never change an answer.

The anchor words that hold "day" (weekdays, "today", "yesterday", "day", "days") are found by
one pass for "day" instead of one pass per stem; a text whose lines cannot open with a year is
not scanned for year headings."""

from __future__ import annotations

import random

import pytest

from idlibmon.extract.dates import spans
from idlibmon.extract.dates.narrative import _HEADING, _may_have_headings
from idlibmon.extract.text import ascii_lower


def test_words_with_day_are_found_as_their_patterns_find_them() -> None:
    rng = random.Random(17)
    pieces = ["monday", "Monday", "MONDAY", "mondays", "today", "todays", "yesterday", "Wednesday", "wednesdayé", "sunday",
              "Sundays", "saturday", "thursday", "tuesday", "friday", "day", "days", "midday", "heyday", "dayé", "day²",
              "2day", "day1", "éday", "birthday", "holiday", "x", " ", "-", "\n", "’", "İ", "week", "may"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ",", "-", "."]) for _ in range(rng.randint(1, 8)))
        low = ascii_lower(text)
        got = spans._anchors(text, low)
        assert got == spans._anchors_by_pattern(text, low), text
        found += len(got)
    assert found > 5000


def test_each_anchor_word_is_looked_for_once() -> None:
    day_words = {w for w, _at in spans._DAY_WORDS}
    apart = {w for words in spans._STEMS_APART.values() for w in words}
    assert day_words.isdisjoint(apart)
    assert day_words | apart == set(spans.ANCHOR_WORDS)
    assert {"monday", "today", "yesterday", "day", "days"} <= day_words


@pytest.mark.parametrize(
    "text",
    [
        "2022: the invasion\nKherson fell in March.",
        "Intro\n2019-2020: Sochi\nThe offensive began in April.",
        "Intro\n  2021\nFighting in May.",
        "Intro\n\t2021:\nFighting in May.",
        "A story with no year heading\nbut several lines.",
        "One line 2020: no heading",
        "Ends in a year on its line\n2018",
    ],
)
def test_the_heading_guard_never_hides_a_heading(text: str) -> None:
    headed = "\n" in text and _HEADING.search(text) is not None
    assert _may_have_headings(text) or not headed


def test_the_heading_guard_holds_on_random_lines() -> None:
    rng = random.Random(11)
    pieces = ["19", "20", "21", "2", " ", "\t", "\n", "x", ":", "-", "99", "0", "\r"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        has = "\n" in text and bool(_HEADING.search(text))
        assert not has or _may_have_headings(text), repr(text)
    assert _may_have_headings("x\n2020\n") and not _may_have_headings("x\nno year\n")
