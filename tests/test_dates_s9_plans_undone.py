"""Session 9: a month after a plan undone in the past is the month gone by ("postponed a planned
summit in December", "a planned summit ... was called off in December": blind18, blind34), and a
date right after a past participle is that deed's, even when a future clause follows the comma
("Under the resolution adopted in March, the mission is due to ...": blind31)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def _starts(text: str, pub: date) -> list[str]:
    return [d.start for d in find_dates(text, pub)]


def test_a_planned_meeting_undone_lies_in_the_past() -> None:
    pub = date(2025, 1, 31)
    assert _starts("Angola postponed a planned summit in December.", pub) == ["2024-12"]
    assert _starts("A planned summit between the two presidents was called off in December.", pub) == ["2024-12"]


def test_a_planned_meeting_still_ahead_stays_ahead() -> None:
    pub = date(2025, 1, 31)
    assert _starts("A planned summit in December will go ahead.", pub) == ["2025-12"]
    assert _starts("They discussed a planned summit in December.", pub) == ["2025-12"]


def test_a_date_after_a_past_participle_is_not_the_future_clauses() -> None:
    pub = date(2022, 11, 1)
    assert _starts("Under the Council resolution adopted in March, the mission is due to cut its troops.", pub) == ["2022-03"]
    assert _starts("In March, the mission is due to cut its troops.", pub) == ["2023-03"]
