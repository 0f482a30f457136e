"""A wire dateline naming the city and the country before its date ("MAIDUGURI, Nigeria, July 1 -")
dates the dispatch, not a happening (session 8)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 7, 1))  # a Monday


def test_a_dateline_with_city_and_country_dates_no_happening() -> None:
    text = ("Headline\n\nMAIDUGURI, Nigeria, July 1 - Suspected suicide bombers struck a wedding in the town of "
            "Gwoza on Saturday, killing at least 18 people.")
    assert kinds(text) == [("attack", "2024-06-29")]


def test_a_city_and_country_inside_a_sentence_make_no_dateline() -> None:
    text = "Headline\n\nBombers struck a wedding in Gwoza, Nigeria, on June 29 - the deadliest attack this year."
    assert kinds(text) == [("attack", "2024-06-29")]


def test_a_press_releases_city_and_state_before_its_date_make_a_dateline() -> None:
    text = ("Statement\n\nWASHINGTON, DC - June 7, 2019 - The medical society strongly condemns the attacks on "
            "hospitals, which struck four clinics on Tuesday.")
    assert kinds(text, published=date(2019, 6, 7)) == [("attack", "2019-06-04")]
    text = "Statement\n\nNew York, NY, July 12, 2023 - The IRC condemns the strikes on two clinics on Monday."
    assert kinds(text, published=date(2023, 7, 12)) == [("attack", "2023-07-10")]
