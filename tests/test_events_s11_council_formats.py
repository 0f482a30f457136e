"""Session 11: a council meeting named by its format is talks.

Council schedules name a meeting by what kind of session it is: "the Council will hold consultations
on Yemen on Thursday", "is due to hold a briefing on the crisis on Monday", "met in closed
consultations". These recur across blind35, 41, 44, 45 and 46 (several writers) and gave no event."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 7, 10))  # a Wednesday


def test_consultations_to_be_held_on_a_weekday_are_future_talks() -> None:
    found = kinds("The Security Council will hold consultations on the border crisis on Friday.")
    assert ("talks", "2024-07-12") in found


def test_a_briefing_due_on_a_weekday_is_talks() -> None:
    found = kinds("Council members are due to hold a briefing on the humanitarian situation on Monday.")
    assert ("talks", "2024-07-15") in found


def test_closed_consultations_held_on_a_past_day_are_talks() -> None:
    found = kinds("On Tuesday, the members held closed consultations on the monitoring mission.")
    assert ("talks", "2024-07-09") in found


def test_holding_a_press_event_is_not_a_council_format() -> None:
    assert kinds("Residents were holding their breath on Monday as the river rose.") == []
