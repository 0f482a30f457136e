"""Session 11: a side that begins air strikes, with no target told, opens an air campaign (offensive).

"A foreign power began air strikes in support of the government on 30 September" tells a campaign
starting, not one strike: three writers (blind27, 33, 39) annotate such openings offensive, and the
rules made them attacks. Strikes begun on a named target ("began air strikes on the rebels' depots")
stay an attack, and so do strikes with no beginning told."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2016, 3, 1))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind (the shipped kind model may read these otherwise until it is retrained with
    # this module among its conventions; `bench/kind_model_train.py conventions` keeps its own hook)
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_air_strikes_begun_in_support_of_a_side_are_an_offensive() -> None:
    assert ("offensive", "2015-09-30") in kinds("On 30 September, the foreign power began air strikes in support of the army.")


def test_air_strikes_launched_with_their_date_right_after_are_an_offensive() -> None:
    assert ("offensive", "2015-10-07") in kinds("The alliance launched airstrikes on 7 October, changing the course of the war.")


def test_air_strikes_begun_on_a_target_stay_an_attack() -> None:
    found = kinds("On 30 September, jets began air strikes on the rebels' fuel depots near the river.")
    assert ("attack", "2015-09-30") in found


def test_air_strikes_with_no_beginning_told_stay_an_attack() -> None:
    assert ("attack", "2015-09-30") in kinds("Air strikes hit a market in the town on 30 September.")
