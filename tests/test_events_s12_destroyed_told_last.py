"""Session 12: a structure destroyed, told in the passive at the end of its clause with its date in front.

"Two clinics were damaged on Sunday" was an attack already: the date right after the verb. News and
situation reports as often open on the date and close on the verb, the thing destroyed named in
between, often at length ("On 1 July, two bridges over the river, on the roads into the region,
were destroyed, ..."); and a town or a clinic is "burned" or "razed" in the same passive. Writers of
six sets in three groups (blind14, 37, 40, 41, 43, 47) date those as attacks. A tally ("have been
destroyed") and a state found by a survey are no happening."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2024, 5, 9))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, whatever the shipped kind model makes of it once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_bridge_destroyed_at_the_end_of_its_clause_takes_the_fronted_day() -> None:
    assert kinds("On Tuesday, the only road bridge linking the two districts was destroyed.") == [("attack", "2024-05-07")]


def test_a_long_subject_between_the_date_and_the_verb_keeps_the_pairing() -> None:
    found = kinds("On 2 May, two bridges over the river, on the roads into the eastern districts and from the coast, "
                  "were destroyed, cutting the valley off.")
    assert found == [("attack", "2024-05-02")]


def test_a_time_of_day_after_the_verb_is_no_obstacle() -> None:
    assert kinds("The dam was destroyed at around 3 a.m. on Tuesday.") == [("attack", "2024-05-07")]


def test_a_market_burned_on_two_days_is_an_attack_from_the_first() -> None:
    assert kinds("The market in the old town was burned on 3 and 4 May, residents said.") == [("attack", "2024-05-03")]


def test_people_burned_to_death_stay_one_attack() -> None:
    assert kinds("On Monday, three men were burned to death in their car.") == [("attack", "2024-05-06")]


def test_a_tally_of_destroyed_schools_is_no_happening() -> None:
    assert kinds("Since March, 40 schools have been destroyed.") == []


def test_homes_found_destroyed_by_a_survey_are_no_attack() -> None:
    found = kinds("A survey published on Monday found that most homes in the valley were destroyed.")
    assert all(kind != "attack" for kind, _ in found)
