"""Session 11: a claim of responsibility dated by its own day is a happening of kind other.

"The group claimed responsibility for the attack on Monday" dates the claim, not the attack
(blind42 and blind45 annotate it other; blind27, 33, 35, 39, 40 mark such claims optional, with
other among their kinds). The attack word after "claimed responsibility for" stays an attack when
the date is the attack's own ("for Monday's bombing")."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2023, 5, 12))


def test_a_claim_dated_after_the_attack_word_is_other() -> None:
    found = kinds("A jihadist faction claimed responsibility for the bombing on Tuesday through its messaging channel.")
    assert ("other", "2023-05-09") in found
    assert ("attack", "2023-05-09") not in found


def test_a_claim_dated_before_for_is_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind (the shipped kind model reads this one as talks until it is retrained with
    # this test among its conventions; `bench/kind_model_train.py conventions` keeps its own hook)
    monkeypatch.setattr(kind_model, "shipped", lambda: None)
    found = kinds("The militia claimed responsibility on Wednesday for the assault on the border post.")
    assert ("other", "2023-05-10") in found
    assert ("attack", "2023-05-10") not in found


def test_the_attack_dated_by_a_possessive_stays_an_attack() -> None:
    found = kinds("A separatist group claimed responsibility for Monday's car bombing in the market.")
    assert ("other", "2023-05-08") not in found


def test_an_attack_without_a_claim_stays_an_attack() -> None:
    assert ("attack", "2023-05-09") in kinds("Gunmen carried out an attack on Tuesday on a checkpoint near the border.")
