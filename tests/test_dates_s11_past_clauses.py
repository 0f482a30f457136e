"""Dates, session 11: a day told in a past clause stays past, whatever the sentence plans next.

"The minister, who met the president on Sunday, will travel to Ankara on Monday": Sunday is
the meeting's, told in the past inside the who-clause; only Monday looks ahead. And a plan
undone ("postponed all his upcoming trips on Wednesday") is a deed of Wednesday past, as "a
planned summit" postponed already was.
"""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

PUB = date(2024, 12, 4)  # a Wednesday

kinds = kinds_on(PUB)


def test_a_day_in_a_past_who_clause_is_past_though_the_main_clause_looks_ahead() -> None:
    text = "The envoy, who met the foreign minister in Amman on Monday, will travel on to Cairo on Friday for talks."
    assert kinds(text) == [("talks", "2024-12-02"), ("talks", "2024-12-06")]


def test_a_day_in_a_which_clause_in_the_past_stays_past() -> None:
    text = "The council, which held an emergency session on Monday, is expected to meet again on Friday."
    assert kinds(text) == [("talks", "2024-12-02"), ("talks", "2024-12-06")]


def test_a_future_who_clause_still_looks_ahead() -> None:
    # no past verb in the who-clause: its day is the plan's
    text = "The envoy, who is due in Amman on Friday, said the talks would resume."
    assert ("talks", "2024-12-06") in kinds(text)


def test_upcoming_trips_postponed_on_a_weekday_were_postponed_that_day_past() -> None:
    text = "The prime minister postponed all his upcoming foreign trips on Monday, including a visit to Rome."
    assert kinds(text) == [("talks", "2024-12-02")]
