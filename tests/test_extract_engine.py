"""The engine's own choices between steps: which dates a figure's period may come from."""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

FRI = date(2019, 7, 26)


def periods(text: str) -> list[tuple[float, dict[str, str | None] | None]]:
    return [(f["value"], f["when"]) for f in extract(text, FRI).to_dict()["figures"]]


def test_the_day_a_source_spoke_gives_way_to_the_period_of_the_count() -> None:
    text = ("The rights office said on Friday that at least 450 civilians had been killed in the "
            "province since the end of April.")
    assert periods(text) == [(450, {"start": "2019-04", "end": None})]


def test_the_day_a_source_spoke_still_dates_a_count_with_no_other_date() -> None:
    text = "The rights office said on Friday that at least 450 civilians had been killed in the province."
    assert periods(text) == [(450, {"start": "2019-07-26", "end": None})]


def test_a_day_that_is_not_a_saying_keeps_its_count() -> None:
    text = "An air strike on Monday killed 12 people in the town, the rescue service said on Friday."
    assert periods(text) == [(12, {"start": "2019-07-22", "end": None})]
