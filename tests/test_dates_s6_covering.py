"""A bare month that opens a range ('covering October to December 2024') is the range's start, and
the period a plan or appeal covers dates no happening. Sentences are our own."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates
from idlibmon.extract.engine import extract

PUB = date(2024, 11, 20)


def test_a_bare_month_opening_a_range_is_its_start() -> None:
    got = [(d.text, d.start, d.end) for d in find_dates("The response plan covering March to June 2025 asks for more.", PUB)]
    assert got == [("March to June 2025", "2025-03", "2025-06")]


def test_a_bare_month_alone_is_still_no_date() -> None:
    assert find_dates("March is the driest month in the valley.", PUB) == []


def test_the_period_a_plan_covers_is_no_event_but_its_figures_keep_it() -> None:
    text = ("The regional response plan, covering October to December 2024, aims to support 400,000 people "
            "displaced by the fighting.")
    result = extract(text, PUB)
    assert result.events == []
    assert [(f.value, f.when.start if f.when else None, f.when.end if f.when else None) for f in result.figures] == [
        (400000, "2024-10", "2024-12")]
