"""Session 15: peoples with no country of their own in the table are people counted.

A count followed by a people named after a region, a faith or an ethnic group, or a faith community ("60,000 Tigrayans fled
into Sudan", "about 400,000 Yazidis lived in Iraq", "killed at least 500 Yazidis") had no noun at all,
so no category: the country table names Syrians and Sudanese, not Tigrayans or Yazidis.
"""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract import extract


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2021, 3, 1)).to_dict()["figures"]]


@pytest.mark.parametrize(
    "text, value, category",
    [
        ("In the first weeks of the war, some 45,000 Tigrayans crossed into Sudan.", 45000.0, "refugees"),
        ("Before the conflict, roughly 300,000 Yazidis lived in the district.", 300000.0, "population"),
        ("Gunmen killed at least 120 Hazaras in the attack on the mosque.", 120.0, "killed"),
        ("More than 30,000 Darfuris have been displaced since the clashes began.", 30000.0, "displaced"),
        ("About 20,000 Christians have fled the city since the militants arrived.", 20000.0, "displaced"),
    ],
)
def test_a_people_without_a_country_is_counted(text: str, value: float, category: str) -> None:
    assert (value, category) in _figs(text), _figs(text)
