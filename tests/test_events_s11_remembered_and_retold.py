"""Events, session 11: an anniversary's day dates the remembering, not the happening remembered.

"Ukrainians marked the first anniversary of the invasion on Friday" tells no invasion on
Friday (the invasion lies a year back), and "Thursday marks one year since the first protests"
dates no protests on Thursday. What happens on the day to mark it (a visit, a rally) is still
an event of that day. And an offensive told by its week ("the offensive last week killed ...")
retells the one the text dates to a day of that week; a wave of flight counted "since" its first
day is the flight that day's other telling names.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.config import load_config

PUB = date(2024, 3, 16)  # a Saturday

kinds = kinds_on(PUB)
placed = kinds_on(PUB, load_config().places)  # events that know their place


@pytest.mark.parametrize(
    "text",
    [
        "Residents marked the second anniversary of the invasion on Friday.",
        "Friday marks three years since the military coup.",
        "On Thursday, exactly one year since the offensive on the city, the streets were empty.",
    ],
)
def test_the_remembered_happening_takes_no_date_from_its_anniversary(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening on the day, done to mark it, stays
        ("European ministers arrived in Kyiv on Friday to mark the anniversary of the invasion.", [("talks", "2024-03-15")]),
        # the happening's own date, told after it, stays
        ("Friday marks ten years since the uprising began in March 2014.", [("other", "2014-03")]),
    ],
)
def test_what_the_day_holds_and_the_happening_s_own_date_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_an_offensive_told_by_its_week_retells_the_one_dated_to_its_day() -> None:
    text = ("The army launched an offensive on the northern districts on Tuesday, 5 March. "
            "The offensive last week killed at least 80 fighters, local officials said.")
    assert kinds(text) == [("offensive", "2024-03-05")]


def test_talks_told_by_their_week_and_on_a_day_of_it_stay_two() -> None:
    text = ("Envoys held talks in Doha last week. "
            "On Thursday, 7 March, the foreign ministers met in Cairo.")
    assert [k for k in kinds(text) if k[0] == "talks"] == [("talks", "2024-03-04"), ("talks", "2024-03-07")]


def test_a_wave_of_flight_counted_from_its_day_and_that_day_told_again_is_one() -> None:
    text = "Families began fleeing Saraqib on 2 March. Since 2 March, some 60,000 people have been displaced in Idlib."
    assert placed(text) == [("displacement", "2024-03-02")]


def test_two_flights_on_one_day_from_two_towns_stay_two() -> None:
    text = ("Some 3,000 people fled Saraqib on 2 March. "
            "About 2,000 people fled Ariha on 2 March as well.")
    assert placed(text) == [("displacement", "2024-03-02"), ("displacement", "2024-03-02")]
