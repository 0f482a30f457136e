"""Session 10: "this month" after an ordinal or a superlative frames a count; it dates nothing.

"Its second session on the crisis this month", "the ninth aid convoy this year", "one of the
worst raids in the province this year": the period bounds what is ranked or counted (blind19, 29,
31, 35, 37 and the figures set, five writers). The happening keeps its own date when it has one;
"for the first time this week" still dates the happening."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 5, 15))  # a Wednesday


def test_an_ordinal_before_this_month_dates_no_second_event() -> None:
    assert kinds("The Security Council met on Monday in a closed session, its third on the crisis this month.") == [
        ("talks", "2024-05-13")]


def test_a_ranked_convoy_this_year_has_no_date_of_its_own() -> None:
    assert kinds("The convoy was the ninth such delivery to the province this year.") == []


def test_a_superlative_before_this_year_frames_the_ranking() -> None:
    found = kinds("Rescuers said a drone strike on Tuesday killed 14 people at a market, one of the worst raids "
                  "on the province this year.")
    assert found == [("attack", "2024-05-14")]


def test_this_month_without_a_rank_still_dates_the_happening() -> None:
    # (a bare "this month" frames a period and dates nothing since session 14: "earlier this month" dates)
    assert kinds("Aid convoys reached the besieged town earlier this month.") == [("humanitarian", "2024-05")]
    assert kinds("Government troops entered the town for the first time this week.") == [("capture", "2024-05-13")]
