"""Session 13: a bombardment told as lasting over a span is the war stepping up, an escalation.

An attack word whose date opens a span ("since early May, jets have pounded the hill towns",
"through early March, artillery shelled the villages", "clashes were reported from Monday") or that
is told as going on ("shelled the district for several days", "dropped bombs almost daily") was an
attack; eleven such tellings by ten writers are annotated escalation. A tally kept since a day stays
an attack: hits on hospitals or schools, strikes counted or "carried out" since then, and the strike
of a "since <day>, when ..." clause, which dates that one strike."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2021, 6, 9))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_pounding_since_a_month_is_an_escalation() -> None:
    found = kinds("Since early May, government jets have pounded the hill towns north of the river.")
    assert ("escalation", "2021-05") in found
    assert ("attack", "2021-05") not in found


def test_bombing_since_a_day_with_no_count_is_an_escalation() -> None:
    # (test_events_periods held it an attack until session 13)
    assert kinds("Warplanes have bombed the villages in the east since 30 April.") == [("escalation", "2021-04-30")]


def test_attacks_launched_since_a_day_are_an_escalation() -> None:
    found = kinds("Since 2 June, armed gangs have launched coordinated attacks on police posts, a prison and the port.")
    assert ("escalation", "2021-06-02") in found


def test_strikes_through_a_month_are_an_escalation() -> None:
    found = kinds("Through early March, the air force struck villages along the southern ridge.")
    assert ("escalation", "2021-03") in found


def test_clashes_reported_from_a_day_are_an_escalation() -> None:
    found = kinds("Residents said clashes were reported in the market district from Monday.")
    assert ("escalation", "2021-06-07") in found


def test_shelling_for_several_days_is_an_escalation() -> None:
    found = kinds("Last month, artillery units shelled the lakeside district for several days.")
    assert ("escalation", "2021-05") in found


def test_bombs_dropped_almost_daily_are_an_escalation() -> None:
    found = kinds("On 20 May, helicopters dropped barrel bombs almost daily on the eastern quarter.")
    assert ("escalation", "2021-05-20") in found


def test_hospitals_hit_since_a_day_stay_an_attack() -> None:
    found = kinds("Since 28 April, shelling has struck nine clinics and two schools in the south.")
    assert ("attack", "2021-04-28") in found


def test_strikes_carried_out_since_a_day_stay_an_attack() -> None:
    found = kinds("The coalition said it had carried out more than 30 air strikes on rebel positions since Monday.")
    assert ("attack", "2021-06-07") in found


def test_the_strike_of_a_since_when_clause_stays_an_attack() -> None:
    found = kinds("The town has had no working bakery since 3 May, when an air strike destroyed the last one.")
    assert ("attack", "2021-05-03") in found


def test_a_strike_on_a_day_stays_an_attack() -> None:
    found = kinds("Government jets pounded the hill towns north of the river on Sunday.")
    assert ("attack", "2021-06-06") in found


def test_a_round_of_shelling_with_no_toll_is_an_escalation() -> None:
    found = kinds("A fresh round of heavy shelling in March did not move the front line.")
    assert ("escalation", "2021-03") in found


def test_a_wave_of_strikes_with_a_toll_stays_an_attack() -> None:
    found = kinds("A wave of air strikes killed 40 people in the market town on 2 June.")
    assert ("attack", "2021-06-02") in found
