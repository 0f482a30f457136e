"""Session 10: "the figure could reach N" projects the count told before it; a facility's
"catchment of N people" is a population."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2020, 1, 10)).to_dict()["figures"]]


def test_the_figure_could_reach_takes_the_category_told_before() -> None:
    got = _figs("The agency said some 90,000 people had fled since Monday and warned the figure could reach 400,000.")
    assert got == [(90_000.0, "displaced"), (400_000.0, "displaced")]


def test_aid_that_could_reach_people_stays_aid() -> None:
    assert _figs("Convoys could reach 300,000 people next week.") == [(300_000.0, "in_need")]


def test_a_catchment_of_people_is_a_population() -> None:
    assert _figs("The clinic, which burned on Sunday, served a catchment of about 35,000 people.") == [(35_000.0, "population")]
