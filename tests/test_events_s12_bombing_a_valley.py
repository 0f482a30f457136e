"""Session 12: jets that begin bombing a valley, a hill or a province strike a place (attack);
a side that begins bombing with no place for its object opens an air campaign (offensive).
Every sentence is our own."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

kinds = kinds_on(date(2021, 6, 18))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warplanes began bombing the upper valley in early May.", [("attack", "2021-05")]),
        ("In April, helicopters began bombing the hills above the town.", [("attack", "2021-04")]),
        ("The air force began bombing the northern countryside in March.", [("attack", "2021-03")]),
        ("An alliance of western states began bombing the militia in March.", [("offensive", "2021-03")]),
    ],
)
def test_what_begun_bombing_strikes(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
