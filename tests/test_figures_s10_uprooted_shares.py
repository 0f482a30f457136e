"""Session 10: a share of a population whose own verb uproots it, and people treated for wounds."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 10, 5)).to_dict()["figures"]]


def test_a_share_of_the_population_set_off_by_commas_that_fled_is_displaced() -> None:
    got = _figs("Officials said roughly a third of the district's population of 90,000, or about 30,000 people, had fled.")
    assert got == [(90_000.0, "population"), (30_000.0, "displaced")]


def test_a_share_named_then_called_displaced() -> None:
    got = _figs("More than half of the population of the valley, some 600,000 people, are internally displaced.")
    assert got == [(600_000.0, "displaced")]


def test_people_including_those_previously_displaced() -> None:
    got = _figs("Aid groups worry about the 210,000 people who live in the enclave, including about 80,000 "
                "who were previously displaced from other towns.")
    assert got == [(210_000.0, "population"), (80_000.0, "displaced")]


def test_a_share_in_apposition_that_lives_there_stays_population() -> None:
    assert _figs("The town, home to about 45,000 people, was shelled overnight.") == [(45_000.0, "population")]


def test_people_treated_with_injuries_are_injured_with_their_subcounts() -> None:
    assert _figs("Surgeons treated 75 people with shrapnel wounds on Monday.") == [(75.0, "injured")]
    assert _figs("The field hospital treated 640 patients with blast injuries, including 120 children.") \
        == [(640.0, "injured"), (120.0, "injured")]


def test_people_with_injuries_referred_onward_are_injured() -> None:
    got = _figs("At the crossing, teams screened 900 arrivals; 22 people with injuries were referred to Kassala.")
    assert (22.0, "injured") in got
