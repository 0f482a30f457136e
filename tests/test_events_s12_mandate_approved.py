"""Session 12: "approved" is a step of an aid mandate's history like "renewed" or "authorised".

Writers of several sets tell the Security Council's cross-border mandate with "approved" ("the Council
approved the crossing in July") and annotate it humanitarian; the bare-verb list of mandate steps
lacked the word, so the date went to nothing. As for the other bare verbs, the sentence must name the
mandate (a resolution, the Council, a crossing) for "approved" to count."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2021, 9, 14))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_the_council_approving_a_crossing_is_a_humanitarian_step() -> None:
    found = kinds("The Security Council approved the use of a single border crossing in July for another year.")
    assert ("humanitarian", "2021-07") in found


def test_a_resolution_approved_on_a_day_is_dated() -> None:
    found = kinds("A resolution extending cross-border deliveries was approved by the Council on 9 July.")
    assert ("humanitarian", "2021-07-09") in found


def test_approved_without_a_mandate_named_is_no_event() -> None:
    found = kinds("Parliament approved a new budget for road repairs on Monday.")
    assert not any(kind == "humanitarian" for kind, _ in found)
