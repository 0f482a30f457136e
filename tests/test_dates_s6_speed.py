"""Session 6 speed work on dates: the story-year rule decides its usual case (no year told before
a bare month, no year heading) before any pattern runs; every answer stays the same."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates

PUB = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing told before: the resolver's own year (the latest March before publication)
        ("Kherson fell in March.", [("in March", "2023-03")]),
        # a year heading puts the month in the heading's year
        ("2019:\nKherson fell in March.", [("in March", "2019-03")]),
        # a year the paragraph told before, in the past tense
        ("In 2019, the siege began. Kherson fell in March.", [("In 2019", "2019"), ("in March", "2019-03")]),
        # ... but not across a paragraph break
        ("In 2019, the siege began.\n\nKherson fell in March.", [("In 2019", "2019"), ("in March", "2023-03")]),
    ],
)
def test_a_bare_month_follows_the_story_year_only_where_one_was_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.start) for d in find_dates(text, PUB)] == expected
