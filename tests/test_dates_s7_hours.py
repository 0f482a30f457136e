"""Strikes "within hours" of the news before are a side's answer to it (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2020, 10, 10))


def test_strikes_within_hours_of_the_news_are_an_escalation() -> None:
    text = "A drone struck a military academy on 5 October. Within hours, government forces began heavy shelling of Idlib."
    assert ("escalation", "2020-10-05") in kinds(text)


def test_within_hours_inside_a_clause_dates_nothing() -> None:
    assert kinds("A truce was declared on 5 October, but clashes resumed within hours.") == [("ceasefire", "2020-10-05")]


def test_hours_counted_in_digits_are_read_as_in_words() -> None:
    # (the grammar wrote the count as \d{1,2} inside an f-string, which made it "\d(1, 2)")
    from idlibmon.extract.dates import find_dates

    found = find_dates("A strike hit on Sunday. 12 hours later, rockets fell.", date(2021, 7, 13))
    assert [(d.text, d.start) for d in found] == [("on Sunday", "2021-07-11"), ("12 hours later", "2021-07-11")]
