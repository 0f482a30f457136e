"""Session 14: facility counts in agency texts that are no facilities figure.

- A share of health facilities "fully functional" counts the ones still working, even when the same
  clause goes on to say what happened to the rest ("…, many of the others looted").
- Water stations and water points are infrastructure, not the hospitals, schools and health
  facilities the issue's `facilities` category means: no writer of the dev sets files them there.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2023, 9, 20)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text",
    [
        "Only about 25 per cent of health facilities in the region are fully functional, many of the others having been looted.",
        "Just 40 percent of hospitals in the province remain operational, several of them damaged by shelling.",
    ],
)
def test_a_share_still_working_is_not_a_share_hit(text: str) -> None:
    assert not any(c == "facilities" for _, c in _figs(text)), _figs(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nearly 60 per cent of health facilities in the district have been damaged or destroyed.", 60.0),
        ("About 45 percent of hospitals in the city are no longer functioning, the health ministry said.", 45.0),
    ],
)
def test_a_share_hit_or_out_of_service_still_counts(text: str, value: float) -> None:
    assert (value, "facilities") in _figs(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Shelling last week damaged seven water stations along the river.", 7.0),
        ("Partners report that 12 water points in the camps were destroyed.", 12.0),
    ],
)
def test_water_stations_are_not_facilities(text: str, value: float) -> None:
    figs = _figs(text)
    assert (value, "facilities") not in figs


def test_hospitals_beside_water_stations_still_count() -> None:
    figs = _figs("Air strikes hit four hospitals, 11 schools and five water stations in the north on Tuesday.")
    assert (4.0, "facilities") in figs
    assert (11.0, "facilities") in figs
    assert (5.0, "facilities") not in figs
