"""Session 14: phone numbers told away from the word that names them are no counts.

The mask read a number only right after "hotline" or "tel"; a line such as "Helpdesk for
returnees: 0800 123 456" or "a hotline for families, 5551234," gave its digits as a count
(the spaced groups "123 456" read as 123,456). A count never opens with a zero, and one of
millions is written with separators or a scale word.
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract
from idlibmon.extract.numbers import find_numbers


def _figs(text: str) -> list[tuple[float, str]]:
    return [(float(f["value"]), f["category"]) for f in extract(text, date(2024, 5, 1)).to_dict()["figures"]]


def test_leading_zero_number_and_its_groups_are_no_numbers() -> None:
    assert [n.value for n in find_numbers("Helpdesk for returnees: 0800 123 456 (free of charge).")] == []


def test_long_unseparated_run_is_no_count() -> None:
    text = "A free line for displaced households, 5551234, took more than 3,000 calls in two days."
    assert 5551234.0 not in [v for v, _ in _figs(text)]


def test_spaced_thousands_still_count() -> None:
    assert _figs("By Friday 1 250 000 people were in need of food aid.") == [(1250000.0, "in_need")]


def test_a_count_after_a_year_still_counts() -> None:
    assert (450.0, "displaced") in _figs("By the end of 2019 450 people had fled the district.")


def test_decimal_below_one_still_reads() -> None:
    assert (500000.0, "returned") in _figs("Some 0.5 million refugees have returned since the spring.")
