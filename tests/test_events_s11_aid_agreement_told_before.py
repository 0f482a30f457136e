"""Session 11: an agreement that lets aid through is relief, whether the aid is told after or before it.

"The government agreed on Monday to open two more crossings" was already humanitarian; the same
agreement told after what it let in ("Deliveries through the crossing, which resumed after an
agreement between the UN and the authorities in August, ...") was left a statement (talks), though
the writers (blind26, blind34) annotate it humanitarian as they do the first form. An agreement in
a sentence that names a truce stays the truce's business."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2024, 10, 15))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_an_agreement_told_after_the_deliveries_it_let_resume_is_relief() -> None:
    found = kinds("Aid deliveries through the northern crossing, which resumed after an agreement between the UN "
                  "and the authorities in August, continue.")
    assert ("humanitarian", "2024-08") in found
    assert ("talks", "2024-08") not in found


def test_an_arrangement_agreed_for_the_crossings_told_before_is_relief() -> None:
    found = kinds("Relief convoys through the two crossings continue under an arrangement agreed with the authorities earlier this month.")
    assert ("humanitarian", "2024-10") in found


def test_an_agreement_told_after_a_truce_is_no_relief() -> None:
    found = kinds("Aid deliveries stopped when the ceasefire collapsed, and an agreement reached in August to end the fighting never held.")
    assert ("humanitarian", "2024-08") not in found
