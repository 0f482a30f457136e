"""Happenings of no war kind that the lexicon had no word for: emergency rule under its other
names and in the passive, a force withdrawing, a plane crash (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2025, 1, 24))  # a Friday


def test_emergency_rule_by_another_name_and_in_the_passive() -> None:
    assert kinds('On Monday he declared a "state of internal commotion".') == [("other", "2025-01-20")]
    assert kinds("A state of emergency covering the region was declared on 4 August.") == [("other", "2024-08-04")]


def test_a_force_withdrawing_from_a_place() -> None:
    assert kinds("Military forces withdrew from Rann on 26 January.") == [("other", "2025-01-26")]
    assert kinds("Ukrainian forces began withdrawing from the town of Debaltseve on Wednesday.") == [
        ("other", "2025-01-22")]


def test_a_delegation_leaving_talks_is_no_withdrawal_of_forces() -> None:
    assert kinds("The delegation withdrew from the talks on Monday.") == [("talks", "2025-01-20")]


def test_a_plane_crash() -> None:
    assert kinds("In August, Wagner chief Yevgeny Prigozhin died in a plane crash.") == [("other", "2024-08")]
