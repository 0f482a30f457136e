"""Months told without a year in a text that recounts a history, and anniversaries ("ago today")."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.dates import find_dates


def dated(text: str, published: date) -> dict[str, str]:
    return {d.text: d.start for d in find_dates(text, published)}


PUB = date(2024, 3, 1)


def test_a_year_heading_governs_the_months_under_it() -> None:
    text = (
        "A look back at the war\n\n2021: the siege\n\nIn October, the army closed the last road into the town.\n\n"
        "2022: the fall\n\nThe town fell on 3 June after a month of shelling.\n"
    )
    got = dated(text, PUB)
    assert got["In October"] == "2021-10"
    assert got["on 3 June"] == "2022-06-03"


def test_a_year_opening_the_sentence_sets_the_year_of_its_months() -> None:
    got = dated("In 2021, the rebels lost the airport on 4 May and the old city in August.", PUB)
    assert got["on 4 May"] == "2021-05-04"
    assert got["in August"] == "2021-08"


def test_a_dated_day_in_the_paragraph_carries_its_year_to_later_months() -> None:
    text = "On 12 March 2019, government troops opened a new front; the ridge changed hands in September."
    assert dated(text, PUB)["in September"] == "2019-09"


def test_a_month_earlier_in_the_calendar_than_the_dated_one_falls_in_the_next_year() -> None:
    text = "Talks opened in Geneva in November 2020. They broke down in February without a deal."
    assert dated(text, PUB)["in February"] == "2021-02"


@pytest.mark.parametrize("text", [
    # the present is measured from the date: a month after it is the latest one again
    "Since the coalition stepped in during March 2015, thousands have died. In August, a strike hit a bus.",
    "Prices have doubled since January 2021. In a survey in May, most families said they skipped meals.",
    # told in the present perfect: the story has come back to now
    "The truce signed in March 2020 has mostly held, but in November strikes resumed on the town.",
    # a year inside the sentence, not opening it, tells when a war began, not where the story is
    "The war, which began in 2011, has emptied the valley. In November, the last clinic closed.",
    # "last year" is counted from publication, and gives no story year of its own
    "A girl was killed on 22 July last year. On 8 February, a drone hit the school.",
])
def test_months_stay_counted_from_publication(text: str) -> None:
    last = find_dates(text, PUB)[-1]  # the month told without its year
    assert last.start[:4] in ("2023", "2024"), (last.text, last.start)


def test_a_new_paragraph_without_a_year_goes_back_to_publication() -> None:
    text = "On 2 May 2019, the offensive began.\nIn November, the council met again."
    assert dated(text, PUB)["In November"] == "2023-11"


def test_a_later_year_told_in_the_present_ends_the_earlier_story_year() -> None:
    text = ("The group first took the city in November 2012. It returned in late 2021 and has since "
            "captured the mines in April 2023. In December, a summit was called off.")
    assert dated(text, PUB)["In December"] == "2023-12"


def test_anniversaries_ago_today_are_the_very_day() -> None:
    assert dated("A decade ago today, crowds marched in the old city.", date(2021, 3, 15)) == {
        "A decade ago today": "2011-03-15"}
    assert dated("Two years ago today, the tanks crossed the border.", date(2024, 2, 24)) == {
        "Two years ago today": "2022-02-24"}


def test_decades_ago_is_a_year_no_finer() -> None:
    assert dated("Some of them arrived two decades ago.", date(2023, 7, 21)) == {"two decades ago": "2003"}
