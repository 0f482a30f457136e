"""Session 14: a stretch counted back from the publication day dates no happening but a wave of flight.

"Clashes have intensified over the past two weeks", "nine clinics were damaged in the past three
weeks": the stretch is the period of a trend or a tally, and its first day is arithmetic no
writer tells. Over the blind dev sets writers left 14 such events out and annotated 2. A wave of
displacement over the stretch stays an event (the project's convention; writers split on it), as
do the past day or 24 hours (which read as "yesterday") and a calendar week ("last week")."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2022, 3, 16))  # a Wednesday


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kinds, apart from the shipped kind model (the filter reads the final kind)
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_trend_over_the_past_weeks_is_no_event() -> None:
    assert kinds("Clashes have intensified around the airport over the past two weeks.") == []


def test_a_tally_of_damage_over_the_past_weeks_is_no_event() -> None:
    assert kinds("At least nine clinics were damaged by shelling in the past three weeks.") == []


def test_captures_over_the_last_days_are_no_event() -> None:
    assert kinds("Rebels seized a dozen hamlets over the last ten days.") == []


def test_strikes_over_the_past_month_are_no_event() -> None:
    assert kinds("Air strikes have hit the district over the past month.") == []


def test_flight_over_the_past_week_stays_a_displacement() -> None:
    assert kinds("Some 40,000 people fled their homes in the past week.") == [("displacement", "2022-03-09")]


def test_the_past_24_hours_read_as_yesterday_stay() -> None:
    assert kinds("Shelling struck the market in the past 24 hours.") == [("attack", "2022-03-15")]


def test_a_calendar_week_stays() -> None:
    assert kinds("Air strikes hit the district last week.") == [("attack", "2022-03-07")]


def test_a_day_told_beside_the_stretch_keeps_its_event() -> None:
    told = "Artillery pounded the old town over the past few days, and on Monday rebels seized the citadel."
    assert kinds(told) == [("capture", "2022-03-14")]
