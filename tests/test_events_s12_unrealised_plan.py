"""Events, session 12: the date of a plan that did not go ahead is no happening.

A schedule told in the pluperfect has fallen through ("the evacuation had been due to begin on
Wednesday, but ..."); a plan put off says so ("vaccination rounds planned for this month have been
postponed", "postponed his visits, including talks that were due on Thursday"); an expiry that an
extension averted never came ("which was due to expire today, was extended"). Over the 52 blind
sets (seven texts, six writers) the writers never annotate such a date as an event. A plan still
ahead, a new date after a postponement, and a meeting called off at the last minute (which the
writers date by its planned day) keep theirs.
"""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

PUB = date(2022, 6, 10)  # a Friday

kinds = kinds_on(PUB)


def test_a_schedule_in_the_pluperfect_fell_through() -> None:
    text = "The evacuation of the wounded had been due to begin on Wednesday, but shelling resumed along the road."
    assert kinds(text) == []


def test_only_the_plans_own_date_is_dropped() -> None:
    text = ("The evacuation of the wounded had been due to begin on Wednesday under a truce agreed late "
            "on Tuesday, but shelling resumed.")
    assert kinds(text) == [("ceasefire", "2022-06-07")]


def test_a_plan_put_off_after_its_date() -> None:
    assert kinds("Polio vaccination rounds planned for this month in the eastern camps have been postponed.") == []
    assert kinds("The peace conference, which had been scheduled to open in Geneva on 3 May, was put off indefinitely.") == []


def test_a_plan_in_the_past_put_off_before_its_date() -> None:
    text = ("The president postponed all his foreign visits, including talks with the Turkish leader "
            "that were due on Thursday in Ankara.")
    assert kinds(text) == []


def test_an_expiry_averted_by_an_extension() -> None:
    assert kinds("The cross-border mandate, which was due to expire today, was extended for six months.") == []


def test_plans_still_ahead_keep_their_dates() -> None:
    assert kinds("Talks with the Turkish leader are due on Thursday in Ankara.") == [("talks", "2022-06-16")]
    assert kinds("The donor conference scheduled for Monday will go ahead, officials said.") == [
        ("humanitarian", "2022-06-13")]


def test_a_postponement_and_a_meeting_called_off_keep_their_dates() -> None:
    assert kinds("Talks between the two sides were postponed last month and are now scheduled for Monday.") == [
        ("talks", "2022-05")]
    assert kinds("A summit planned for mid-May was cancelled at the last minute.") == [("talks", "2022-05")]
