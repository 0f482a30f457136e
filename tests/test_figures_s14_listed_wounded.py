"""Session 14: a casualty word that is the bare noun of one count of a list ("108 wounded") names that count only.

Evacuation tallies in sitreps list a whole and its parts: "some 3,000 fighters and 108 wounded",
"about 1,000 people, 108 of them wounded". The engine spread "wounded" back over the count listed
before it, giving 3,000 injured. A verb told after the whole list ("14 children and 9 women were
wounded") still belongs to every item.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 6, 2)).to_dict()["figures"]]


def test_a_count_listed_before_n_wounded_is_not_wounded() -> None:
    figs = _figs("Roughly 6,000 people, including some 2,400 fighters and 95 wounded, were moved out overnight.")
    assert (95.0, "injured") in figs
    assert (2400.0, "injured") not in figs


def test_a_whole_before_n_of_them_wounded_is_not_wounded() -> None:
    figs = _figs("Teams at the crossing registered about 700 people in the first convoy, 64 of them wounded.")
    assert (64.0, "injured") in figs
    assert (700.0, "injured") not in figs


def test_a_list_whose_verb_follows_still_shares_it() -> None:
    figs = _figs("In the strike 14 children and 9 women were wounded, medics said.")
    assert (14.0, "injured") in figs
    assert (9.0, "injured") in figs
