"""Events, session 11: dated lines that tell no happening, as the blind sets' writers agree.

A header that labels the text and says where and when it was filed ("Press release | Beirut,
4 May 2021") dates the text itself; a photo caption is page furniture; and a monitor's toll
for a whole country's day ("killed across the country on Monday") sums many strikes and names
none of them. And one flare-up told twice on its day, in two places ("escalated sharply on 5
October", "Within hours, forces began shelling Idlib city"), is one escalation.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.config import load_config
from idlibmon.extract import extract
from idlibmon.extract.text import is_boilerplate

PUB = date(2021, 5, 5)  # a Wednesday

kinds = kinds_on(PUB)
placed = kinds_on(PUB, load_config().places)  # events that know their place


@pytest.mark.parametrize(
    "header",
    [
        "Press release | Beirut, 4 May 2021",
        "Joint statement by relief agencies | GENEVA, 4 May 2021",
        "Update | Cox's Bazar, 4 May 2021",
    ],
)
def test_a_labelled_header_with_place_and_day_dates_the_text(header: str) -> None:
    text = header + "\n\nShelling hit the camp on Monday, the group said."
    assert kinds(text) == [("attack", "2021-05-03")]


def test_a_statement_dated_in_the_body_is_still_an_event() -> None:
    # the bar only extends the dateline: a statement told with its day in a sentence stays
    assert kinds("The foreign minister issued a statement on Tuesday condemning the raid.") == [("talks", "2021-05-04")]


@pytest.mark.parametrize(
    "line",
    [
        "Photo caption: Relief trucks queue at the border crossing, 2 May 2021.",
        "Caption: A family shelters under a tarpaulin near the camp, May 1, 2021.",
        "Picture caption: Smoke over the old market on 3 May.",
    ],
)
def test_a_photo_caption_is_furniture(line: str) -> None:
    assert is_boilerplate(line)
    out = extract(line + "\n\nNo other news was reported.", PUB)
    assert out.events == []


def test_a_line_about_captions_is_not_furniture() -> None:
    assert not is_boilerplate("Captions on the footage were added by the ministry on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Local monitors said at least 57 people were killed across the country on Monday.",
        "The rights group said 33 civilians had been killed across Yemen on Sunday, most of them in Taiz.",
        "- At least 19 dead nationwide on Tuesday (monitor)",
    ],
)
def test_a_whole_country_toll_for_a_day_is_no_attack(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strike itself, in one town, on its day
        ("An air strike killed 12 people in the market of Saraqib on Monday.", [("attack", "2021-05-03")]),
        # something that went off across a country is one happening, not a toll
        ("Hundreds of radios used by the militia exploded across the country on Monday.", [("attack", "2021-05-03")]),
    ],
)
def test_a_strike_or_a_blast_across_a_country_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_one_flare_up_told_twice_on_its_day_in_two_places_is_one() -> None:
    text = ("Hostilities escalated sharply across Idlib on 2 May. "
            "Within hours, forces began shelling Saraqib and villages in western Aleppo.")
    assert placed(text) == [("escalation", "2021-05-02")]


def test_two_flare_ups_on_two_days_stay_two() -> None:
    text = ("Hostilities escalated sharply across Idlib on 2 May. "
            "On 4 May, fighting intensified around Saraqib.")
    assert placed(text) == [("escalation", "2021-05-02"), ("escalation", "2021-05-04")]
