"""When a history told under year headings or after a named year comes back to the present, a
bare month is the latest one again (session 7)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2021, 3, 15)


def _month_of(text: str, word: str = "January") -> str:
    return next(d.start for d in find_dates(text, PUB) if word in d.text)


def test_a_date_counted_from_now_ends_the_paragraphs_story_year() -> None:
    text = ("In 2019, the government retook Khan Sheikhoun in August. The envoy said last week that a settlement "
            "was far away. Talks on a new constitution collapsed in January.")
    assert _month_of(text) == "2021-01"
    assert _month_of(text, "August") == "2019-08"


def test_a_heading_without_a_year_ends_the_year_headings_section() -> None:
    text = ("2019-2020: the great exodus\n\nThe offensive drove a million people north in February.\n\n"
            "A truce that mostly holds\n\nTalks on a new constitution collapsed in January.\n")
    assert _month_of(text, "February") == "2019-02"
    assert _month_of(text) == "2021-01"


def test_a_month_under_its_year_heading_keeps_the_headings_year() -> None:
    text = "2019-2020: the great exodus\n\nTalks collapsed in January.\n"
    assert _month_of(text) == "2019-01"
