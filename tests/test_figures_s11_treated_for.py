"""Session 11: people treated for injuries, or with wounds of several kinds, are the injured.

All six blind texts that say "treated N people for/with <injuries, wounds, burns>" (blind6, 13, 29,
31, 39, 42) annotate the injured; "treated for conflict-related injuries" and "with gunshot and
knife wounds" read as aid reach before. Treatment for an illness stays aid.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 4, 9)).to_dict()["figures"]]


def test_treated_for_injuries_is_injured() -> None:
    assert _figs("The field hospital has treated 64 people for blast-related injuries since Friday.") == [(64.0, "injured")]


def test_treated_with_wounds_of_two_kinds_is_injured() -> None:
    assert _figs("Surgeons treated 143 people with shrapnel and bullet wounds on Sunday.") == [(143.0, "injured")]


def test_treated_for_an_illness_stays_aid() -> None:
    assert _figs("Mobile teams treated 2,600 children for acute watery diarrhoea.") != [(2_600.0, "injured")]
