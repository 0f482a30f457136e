"""Session 10: a known body doing the aid work its figure counts is that figure's source."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _sources(text: str) -> list[str | None]:
    return [f["source"] for f in extract(text, date(2024, 1, 15)).to_dict()["figures"]]


def test_an_agency_handing_out_aid_is_the_source() -> None:
    assert _sources("WFP distributed emergency rations to some 42,000 people in the valley.") == ["WFP"]
    assert _sources("UNICEF has vaccinated nearly 18,000 children against measles since December.") == ["UNICEF"]


def test_an_agency_teams_treating_people() -> None:
    assert _sources("MSF teams treated 64 people with gunshot wounds at the clinic.") == ["MSF"]


def test_a_body_named_without_an_aid_verb_is_no_actor() -> None:
    assert _sources("Convoys reached 42,000 people near the WFP warehouse.") == [None]
