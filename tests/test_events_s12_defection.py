"""Session 12: an official or a commander changing sides is a happening of kind other.

Eight writers in eight sets annotate a defection ("the prime minister defected on Monday", "the
defection on Monday of ...") as other, none as anything else; the rules had no word for it, so the
date went to the flight beside it ("defected ... and fled to Jordan": displacement) or to nothing."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import kind_model

kinds = kinds_on(date(2013, 5, 9))


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules' kind, which the shipped kind model learns as a convention once retrained
    monkeypatch.setattr(kind_model, "shipped", lambda: None)


def test_a_minister_who_defected_and_fled_is_a_defection_not_a_flight() -> None:
    found = kinds("The interior minister defected on Monday and crossed into Turkey with his family.")
    assert ("other", "2013-05-06") in found
    found = kinds("The deputy oil minister defected on Tuesday and fled to Lebanon.")
    assert ("other", "2013-05-07") in found
    assert ("displacement", "2013-05-07") not in found


def test_a_defection_named_as_a_noun_is_dated() -> None:
    assert ("other", "2013-05-06") in kinds("His defection was confirmed by the opposition on Monday.")


def test_a_commander_who_switched_sides_is_a_defection() -> None:
    assert ("other", "2013-04") in kinds("A senior militia commander switched sides in April, taking 300 fighters with him.")


def test_defecting_soldiers_counted_are_no_defection_event() -> None:
    found = kinds("Defected soldiers guarded the checkpoint on Monday as shells fell on the market.")
    assert ("other", "2013-05-06") not in found
