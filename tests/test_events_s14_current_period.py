"""Session 14: the year or month the article is written in, named bare ("this year", "this
month"), frames what runs over it -- a tally, a goal, an appeal, a trend, a comparison -- and dates
no happening. Writers who put a happening in the current month say "earlier this month", which
keeps its date, as do "later this month", "in March this year" and "so far this year" tallies'
own rules."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2019, 11, 20))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' output, apart from the shipped kind model
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_an_appeal_for_the_current_year_is_no_happening() -> None:
    assert kinds("The humanitarian appeal for the country this year, of $2.1 billion, is less than a third funded.") == []


def test_a_comparison_over_the_current_year_is_no_capture() -> None:
    assert ("capture", "2019") not in kinds(
        "The insurgents have taken more villages this year than in the three years before.")


def test_a_possessive_year_frames_a_round_of_talks() -> None:
    assert ("talks", "2019") not in kinds("This year's round of negotiations was the longest so far.")


def test_a_goal_for_the_current_month_is_no_delivery() -> None:
    assert ("humanitarian", "2019-11") not in kinds(
        "The UN food agency said it planned to feed 600,000 people across the north this month but that "
        "convoys had been halted.")


def test_a_trend_over_the_current_month_is_not_dated_by_it() -> None:
    assert kinds("Several infants have died of cold in the tented camps this month.") == []


def test_a_gathering_advance_is_not_an_offensive_launched_this_month() -> None:
    assert ("offensive", "2019-11") not in kinds("The group's advance gathered speed this month.")


def test_earlier_this_month_still_dates_a_capture() -> None:
    assert ("capture", "2019-11") in kinds("Earlier this month, government troops captured the hill town.")


def test_a_month_named_in_the_current_year_keeps_its_date() -> None:
    assert ("capture", "2019-03") in kinds("Rebels captured the airbase in March this year.")
