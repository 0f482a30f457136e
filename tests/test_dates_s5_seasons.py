"""A season named with the two years it spans ("the winter of 2019-20") is that winter, not the
latest one before publication."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates

PUB = date(2023, 2, 20)


@pytest.mark.parametrize(
    "text",
    [
        "An offensive displaced a million people over the winter of 2019-20.",
        "Many fled in the winter of 2019/2020.",
        "Many fled in winter 2019-2020.",
    ],
)
def test_a_winter_across_two_years(text: str) -> None:
    assert [(d.start, d.end) for d in find_dates(text, PUB)] == [("2019-12", "2020-02")]


def test_a_bare_winter_is_still_the_latest() -> None:
    assert [(d.start, d.end) for d in find_dates("Many fled over the winter.", PUB)] == [("2022-12", "2023-02")]
