"""Session 14: three habits of agency texts (sitreps, NGO statements) that the engine misread as key figures.

- The people a water station, hospital or power plant "serves" are its catchment. Writers file them as
  borderline or leave them out; none counts them as people in need (in_need was the engine's reading).
- A part of the newly displaced whose own verb is a need ("N of the newly displaced are in urgent need
  of shelter") counts people in need, not a second displacement figure.
- Seven or more bare digits ("hotline: 8004090") dial a phone: counts that large carry separators.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 3, 9)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a shell struck the pumping station that serves about 180,000 people in the eastern suburbs.",
        "The district hospital, which served around 90,000 residents, was closed after the raid.",
        "Strikes cut power to two plants serving nearly 250,000 people across the valley.",
        "A bakery in the old market serving some 12,000 families was damaged by shelling.",
    ],
)
def test_a_catchment_is_no_count_of_need(text: str) -> None:
    assert not any(c == "in_need" for _, c in _figs(text)), _figs(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The agency is supporting 300,000 people with monthly food rations across the province.", 300000.0),
        ("Mobile teams reached 45,000 people with water trucking in the camps last week.", 45000.0),
    ],
)
def test_aid_given_by_an_agency_stays_in_need(text: str, value: float) -> None:
    assert (value, "in_need") in _figs(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Camps are full. Aid groups estimate that 35,000 of the newly displaced are in urgent need of tents.", 35000.0),
        ("Of those who fled the valley, some 9,000 of them now need food and clean water.", 9000.0),
        ("Local partners say 14,000 of the displaced require emergency shelter before winter.", 14000.0),
    ],
)
def test_a_needy_part_of_the_displaced_is_in_need(text: str, value: float) -> None:
    figs = _figs(text)
    assert (value, "in_need") in figs
    assert (value, "displaced") not in figs


def test_a_part_of_the_displaced_that_moved_stays_displaced() -> None:
    figs = _figs("Relief workers said 6,500 of the newly displaced have reached camps near the border.")
    assert (6500.0, "displaced") in figs


@pytest.mark.parametrize(
    "text",
    [
        "Families can report missing relatives on the protection hotline: 8004090 (free of charge).",
        "Call the registration line 9001122 to book an appointment.",
    ],
)
def test_seven_bare_digits_are_no_figure(text: str) -> None:
    assert all(n.value < 1_000_000 for n in find_numbers(text))
    assert _figs(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Some 1,250,000 people have been displaced since the spring.", 1250000.0),
        ("About 1 250 000 people have been displaced since the spring.", 1250000.0),
        ("Some 125000 people have been displaced since the spring.", 125000.0),
    ],
)
def test_large_counts_with_separators_or_six_digits_still_count(text: str, value: float) -> None:
    assert (value, "displaced") in _figs(text)


def test_people_served_by_a_repaired_station_are_reached_by_aid() -> None:
    figs = _figs("Engineers repaired three water stations serving up to 150,000 residents of the old city last month.")
    assert (150000.0, "in_need") in figs
