"""Session 12: an evacuation named, begun, resumed or stopped is a relief operation (humanitarian).

The lexicon read the noun ("the evacuation began on Thursday") as a flight, and an evacuation halted
as neither flight nor relief; the writers annotate both as relief in 15 tellings of 12 sets, and as
a flight 4 times. An agency taking the wounded out ("the Red Cross evacuated 18 wounded") is relief
too. People ordered out stay a flight, and an evacuation deal stays the truce's business."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2017, 3, 10))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_an_evacuation_that_began_is_relief() -> None:
    found = kinds("The evacuation of the old quarter began on Tuesday under UN supervision.")
    assert ("humanitarian", "2017-03-07") in found
    assert ("displacement", "2017-03-07") not in found


def test_evacuations_resumed_are_relief() -> None:
    assert ("humanitarian", "2017-03-04") in kinds("Evacuations resumed on Saturday after a night of calm.")


def test_an_evacuation_stopped_is_relief() -> None:
    assert ("humanitarian", "2017-03-09") in kinds("The evacuation was suspended on Thursday after shots were fired at the buses.")
    assert ("humanitarian", "2017-03-09") in kinds("Militia fighters halted the evacuation on Thursday.")


def test_an_agency_taking_the_wounded_out_is_relief() -> None:
    found = kinds("The Red Cross evacuated 14 wounded civilians to the coast on Sunday.")
    assert ("humanitarian", "2017-03-05") in found
    assert ("displacement", "2017-03-05") not in found


def test_people_ordered_out_stay_a_flight() -> None:
    found = kinds("On 2 March the governor ordered the mandatory evacuation of three villages near the dam.")
    assert ("displacement", "2017-03-02") in found


def test_an_evacuation_deal_is_no_relief_operation() -> None:
    found = kinds("The evacuation deal, brokered by the two powers, was announced on Tuesday night.")
    assert ("humanitarian", "2017-03-07") not in found
