"""Session 12: a count added after the clause of the count before shares its predicate.

Monitors tell tolls in one sentence with the second count tacked on after the clause: "at least 50
troops had been killed in three days of fighting, along with 18 insurgents", "over 300 civilians
had been killed in the east of the city, and at least 90 in the west by shelling". The added count
has no verb of its own; writers of every group file it under the same category as the first.
A count after "and" that opens a clause of its own ("and 200 were detained") is left to its own words.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2016, 12, 1)).to_dict()["figures"]]


def test_along_with_rebels_after_a_killed_clause_is_killed() -> None:
    text = "The monitor said at least 50 troops had been killed in three days of fighting, along with 18 insurgents."
    assert _figs(text) == [(50.0, "killed"), (18.0, "killed")]


def test_and_a_bare_count_in_another_district_is_killed() -> None:
    text = ("The group said over 300 civilians had been killed in the east of the city since the assault began, "
            "and at least 90 in the western districts by shelling.")
    assert _figs(text) == [(300.0, "killed"), (90.0, "killed")]


def test_and_a_count_with_its_own_verb_is_not_the_killed() -> None:
    text = "Some 35 people were killed in the raid, and 200 were detained by the security forces."
    assert [f for f in _figs(text) if f[1] == "killed"] == [(35.0, "killed")]
