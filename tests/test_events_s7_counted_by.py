"""A count of arrivals up to a day ("80,000 people had arrived by Thursday evening") is a running
tally, not a flight dated that day (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 9, 29))  # a Friday


def test_arrivals_counted_up_to_a_day_are_no_event() -> None:
    assert kinds("By Thursday evening more than 80,000 people had arrived in Armenia.") == []
    assert kinds("Around 1,200 people had crossed the border at Gisenyi by Tuesday.") == []


def test_a_flight_on_a_day_stays_an_event() -> None:
    assert kinds("Some 5,000 people fled the town on Tuesday.") == [("displacement", "2023-09-26")]


def test_ground_held_by_a_day_stays_a_capture() -> None:
    assert kinds("Rebels entered the city on Thursday and by Friday had taken the airport.")[-1] == ("capture", "2023-09-29")
