"""Session 12: fighting or clashes told on their own are an escalation, not one attack.

"Clashes" and "fighting" are weak attack words in the lexicon, so a sentence whose only happening
is the fighting itself ("clashes raged around the port on Sunday", "clashes have taken place in
the hills since 3 May") was an attack; nine such tellings by seven writers are annotated escalation
and three attack. Where the sentence counts the dead or names a weapon, an ambush or a flight, or
calls the clashes sporadic, the fighting stays what it was."""

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


def test_clashes_raging_on_a_day_are_an_escalation() -> None:
    found = kinds("Clashes raged on Sunday around the old port district.")
    assert ("escalation", "2021-06-06") in found
    assert ("attack", "2021-06-06") not in found


def test_clashes_taking_place_since_a_day_is_an_escalation() -> None:
    found = kinds("Clashes have taken place in the hills above the valley since 3 May.")
    assert ("escalation", "2021-05-03") in found


def test_people_killed_in_clashes_stay_an_attack() -> None:
    found = kinds("Four policemen were killed in clashes near the bridge on Sunday.")
    assert ("attack", "2021-06-06") in found
    assert ("escalation", "2021-06-06") not in found


def test_sporadic_clashes_stay_an_attack() -> None:
    assert ("attack", "2021-06-06") in kinds("Residents reported sporadic clashes near the checkpoint on Sunday.")


def test_clashes_with_shelling_named_stay_an_attack() -> None:
    found = kinds("Clashes went on near the bridge on Sunday as mortar rounds fell on the market.")
    assert ("attack", "2021-06-06") in found
    assert ("escalation", "2021-06-06") not in found
