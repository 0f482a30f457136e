"""Session 11: a fraction in words ("two thirds of the residents") is a share, not a count of two.

Only a fraction of a scale ("three quarters of a million") is a number, and it is read whole.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


def test_two_thirds_of_people_is_no_number() -> None:
    assert _values("Nearly two thirds of the site's families have no latrine.") == []


def test_three_quarters_and_one_fifth_are_no_numbers() -> None:
    assert _values("Three quarters of the wells and one fifth of the clinics were dry.") == []


def test_fraction_of_a_million_is_still_read() -> None:
    assert _values("Some three quarters of a million people have left.") == [750_000.0]


def test_share_in_words_gives_no_population_figure() -> None:
    out = extract("Around two thirds of the camp's 9,000 residents are children.", date(2024, 2, 1)).to_dict()
    assert [f["value"] for f in out["figures"]] == [9000]
