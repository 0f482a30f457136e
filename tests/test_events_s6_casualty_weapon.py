"""Session 6: a casualty word told with its weapon ("killed by shelling") is one happening, so a
second date in the sentence (the day of a mourning, a vigil, a report) cannot take it as well.
Every sentence is our own; none comes from a dev or blind text."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2021, 3, 10)  # a Wednesday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mourning's day is no attack; the killing keeps its own day
        (
            "Candles were lit in the square on Tuesday for the three medics killed by artillery fire near the clinic a day earlier.",
            [("attack", "2021-03-08")],
        ),
        (
            "Mourners gathered in the village on Sunday for the farmers wounded in an air strike on the orchards two days before.",
            [("attack", "2021-03-05")],
        ),
        # one date, one happening: nothing changes where the sentence has a single day
        ("Four shepherds were killed by a drone strike on Monday.", [("attack", "2021-03-08")]),
        # a casualty word without its weapon still dates the killing
        ("Two aid workers were killed near the bridge on Monday.", [("attack", "2021-03-08")]),
    ],
)
def test_casualty_with_its_weapon_is_one_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(kinds(text)) == expected
