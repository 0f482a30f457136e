"""Session 10: a lone victim told in a clause of its own is no part of the next count's sum."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2022, 5, 3)).to_dict()["figures"]]


def test_one_dead_in_its_own_clause_is_not_added_to_the_wounded() -> None:
    assert _figs("A paramedic was killed and four people wounded when the ambulance was shelled.") == [(4.0, "injured")]


def test_a_lead_victim_of_the_same_count_still_sums() -> None:
    assert _figs("The shelling killed a farmer and three of his sons.") == [(4.0, "killed")]
    assert _figs("A journalist and five others were wounded in the blast.") == [(6.0, "injured")]
