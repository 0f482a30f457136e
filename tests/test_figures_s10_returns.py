"""Session 10: what a return does to a count of the uprooted.

A return only hoped for or planned is filed as returns; one that cannot happen leaves people
displaced; people named as displaced whose main verb takes them home are returnees.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2025, 4, 10)).to_dict()["figures"]]


def test_planned_returns_are_returns_for_both_listed_counts() -> None:
    got = _figs("A survey found that 800,000 refugees and 1.1 million displaced people plan to return this year.")
    assert got == [(800_000.0, "returned"), (1_100_000.0, "returned")]


def test_returns_that_could_happen_are_returns() -> None:
    assert _figs("Another 300,000 refugees could return before the winter, the agency said.") == [(300_000.0, "returned")]


def test_a_return_that_cannot_happen_leaves_people_displaced() -> None:
    assert _figs("Some 45,000 villagers have been unable to return to their homes since the floods.") \
        == [(45_000.0, "displaced")]


def test_displaced_people_leaving_camps_have_returned() -> None:
    assert _figs("About 230,000 internally displaced people have left camps and sites since January.") \
        == [(230_000.0, "returned")]


def test_people_who_had_been_displaced_and_have_gone_back() -> None:
    assert _figs("Nearly 640,000 people who had been internally displaced have gone back to their villages.") \
        == [(640_000.0, "returned")]


def test_people_who_fled_and_stay_away_stay_displaced() -> None:
    assert _figs("Some 52,000 people have fled the district since Monday.") == [(52_000.0, "displaced")]
