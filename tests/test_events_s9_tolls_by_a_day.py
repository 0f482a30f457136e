"""A toll counted up to a day is no happening on that day (session 9).

"By Thursday, 48 civilians had been killed", "by the end of 2022 some 150,000 people had died",
"nearly all of the town's population had fled by Friday": a count, or a share of a population,
reached by a date is a level, like a tally since a date; the killing or the flight it sums up
happened over days before. A capture told by a day ("by Wednesday had taken the airport") and
a killing on a day stay events."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 9, 30))


def test_the_dead_counted_up_to_a_day_are_no_attack_on_it() -> None:
    assert kinds("By Thursday, 48 civilians had been killed in the district.") == []
    assert kinds("By the end of 2022, some 150,000 people had died in the fighting, the UN estimated.") == []


def test_a_share_of_a_population_gone_by_a_day_is_no_flight_on_it() -> None:
    assert kinds("Nearly all of the town's population had fled to the coast by Friday.") == []


def test_a_count_of_people_fled_by_a_day_is_no_flight_either() -> None:
    assert kinds("By Friday, 12,000 people had fled the town.") == []


def test_a_capture_completed_by_a_day_and_killings_on_a_day_stay_events() -> None:
    assert kinds("Rebels captured the town on Monday and by Wednesday had taken the airport.") == [
        ("capture", "2023-09-25"), ("capture", "2023-09-27")]
    assert kinds("On Thursday, 48 civilians were killed in the district.") == [("attack", "2023-09-28")]
