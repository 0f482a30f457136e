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
