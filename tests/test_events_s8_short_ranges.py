"""Strikes told over a few days are that week's attacks, not a running toll (session 8)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2018, 9, 14))  # a Friday


def test_strikes_over_a_few_days_date_an_attack() -> None:
    assert kinds("At least 30 civilians were killed in air raids between 4 and 10 September, local monitors said.") == [
        ("attack", "2018-09-04")]
    assert kinds("Air strikes and shelling on 7-9 September hit at least four health facilities.") == [
        ("attack", "2018-09-07")]


def test_a_toll_over_weeks_stays_a_toll() -> None:
    assert kinds("At least 300 civilians were killed in air raids between 1 August and 10 September.") == []


def test_a_bare_casualty_word_over_a_few_days_stays_a_toll() -> None:
    assert kinds("At least 30 civilians were killed between 4 and 10 September, local monitors said.") == []
