"""Dates, session 12: a headline's infinitive looks ahead.

News headlines and highlight bullets drop the "is due" of a plan: "Security Council to meet on
Thursday", "- Regional leaders to hold emergency summit on Friday", "Truce signed; commanders to
meet in Nairobi on Monday". The weekday is the coming one, as in "will meet on Thursday" (the
issue's rule for a future-tense clause). A line that ends on a full stop is a body sentence and
keeps its tense rules; so does an infinitive of no appointment ("forced to flee on Monday"), and
the publication's own weekday stays that day.
"""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates

PUB = date(2024, 4, 16)  # a Tuesday

kinds = kinds_on(PUB)


def _starts(text: str) -> list[str]:
    return [d.start for d in find_dates(text, PUB)]


def test_a_headline_infinitive_of_a_meeting_is_the_coming_weekday() -> None:
    assert _starts("Security Council to meet on Thursday\n\nShelling went on overnight.") == ["2024-04-18"]


def test_a_highlight_bullet_looks_ahead_too() -> None:
    text = "Highlights\n- Regional leaders to hold emergency summit on Friday\n- Aid flights resumed"
    assert _starts(text) == ["2024-04-19"]
    assert kinds(text) == [("talks", "2024-04-19")]


def test_the_clause_after_a_semicolon_of_a_headline_looks_ahead() -> None:
    assert _starts("Both sides sign truce; commanders to meet in Nairobi on Monday\n\nBody.") == ["2024-04-22"]


def test_the_publication_weekday_stays_today() -> None:
    assert _starts("- Council members to be briefed on Tuesday\n") == ["2024-04-16"]


def test_a_body_sentence_keeps_the_past_weekday() -> None:
    # no future cue, and the line ends on a full stop: a past Thursday
    assert _starts("Ministers travelled to Geneva to meet on Thursday.") == ["2024-04-11"]


def test_an_infinitive_of_no_appointment_keeps_the_past() -> None:
    assert _starts("Thousands forced to flee on Sunday\n\nBody.") == ["2024-04-14"]
    assert _starts("Families flee to camps on Sunday\n\nBody.") == ["2024-04-14"]
