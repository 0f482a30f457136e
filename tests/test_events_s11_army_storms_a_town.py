"""Session 11: an army that storms a town, a city or a district opens a ground assault (offensive).

Six tellings in the dev sets have a state's troops or army storming a place; five, by four writers
(blind23, 36, 41, 44), annotate an offensive, and the sixth storms a village (an attack, like gunmen
storming a hamlet, a prison or a hospital). A rebel force named an army ("the Army of Conquest") is
no state army."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2013, 5, 20))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_troops_storming_a_district_open_an_offensive() -> None:
    found = kinds("Government troops backed by armoured vehicles stormed the rebel-held eastern district of the city on Friday.")
    assert ("offensive", "2013-05-17") in found
    assert ("attack", "2013-05-17") not in found


def test_the_army_storming_a_town_in_a_month_is_an_offensive() -> None:
    assert ("offensive", "2013-04") in kinds("In April, the army stormed the border town after a week of clashes.")


def test_troops_storming_a_village_make_an_attack() -> None:
    found = kinds("Troops stormed the village on Friday and set fire to dozens of houses.")
    assert ("attack", "2013-05-17") in found
    assert ("offensive", "2013-05-17") not in found


def test_gunmen_storming_a_prison_make_an_attack() -> None:
    assert ("attack", "2013-05-17") in kinds("Gunmen stormed the central prison on Friday, freeing hundreds of inmates.")


def test_a_rebel_army_by_name_is_no_state_army() -> None:
    found = kinds("The rebel coalition, which calls itself the Army of Victory, stormed the city on Friday.")
    assert ("offensive", "2013-05-17") not in found
