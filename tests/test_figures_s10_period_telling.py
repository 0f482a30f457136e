"""Session 10: a figure's period is not the day its story was filed or the day its source spoke,
when its sentence gives another date."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _when(text: str, published: date) -> list[dict[str, str | None] | None]:
    return [f["when"] for f in extract(text, published).to_dict()["figures"]]


def test_a_dateline_day_is_no_period_when_the_count_has_its_own() -> None:
    text = "BEIRUT, 4 May 2021 - Some 320,000 people have fled their homes in the south since February."
    assert _when(text, date(2021, 5, 4)) == [{"start": "2021-02", "end": None}]


def test_the_day_a_source_spoke_gives_way_to_the_counts_own_period() -> None:
    text = "The health office said on Tuesday that 27 clinics had been damaged since the end of January."
    assert _when(text, date(2021, 5, 6)) == [{"start": "2021-01", "end": None}]


def test_the_day_a_source_spoke_stays_when_it_is_the_only_date() -> None:
    text = "The health office said on Tuesday that 27 clinics had been damaged."
    assert _when(text, date(2021, 5, 6)) == [{"start": "2021-05-04", "end": None}]
