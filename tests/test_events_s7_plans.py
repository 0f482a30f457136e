"""Planned happenings: a visit, a call or a round of talks announced ahead is an event on the
day it is planned for (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

# Thursday
kinds = kinds_on(date(2022, 3, 3))


def test_a_mission_sent_ahead_is_dated_on_the_coming_weekend() -> None:
    assert [s for _, s in kinds("A UN mission is expected to visit the region this weekend.")] == ["2022-03-05"]


def test_this_weekend_told_in_the_past_stays_the_weekend_gone() -> None:
    assert [s for _, s in kinds("A UN mission visited the region this weekend.")] == ["2022-02-26"]


def test_an_agency_head_travelling_is_a_visit() -> None:
    assert kinds("The Director-General, Dr Tedros Adhanom Ghebreyesus, will travel to Aleppo on Saturday.") == [
        ("talks", "2022-03-05")
    ]


def test_an_envoy_in_lower_case_and_a_team_awaited_are_trips() -> None:
    assert kinds("The envoy will travel to Damascus on Sunday.") == [("talks", "2022-03-06")]
    assert kinds("His team is due in the Syrian capital again on Friday.") == [("talks", "2022-03-04")]


def test_families_travelling_are_no_talks() -> None:
    assert kinds("Families travelled to the border on Monday.") == []


def test_a_call_planned_between_officials() -> None:
    assert kinds("The envoy is scheduled to speak with the foreign minister on Monday.") == [("talks", "2022-03-07")]
    assert kinds("Military officials of the two countries are due to speak again by hotline on Friday.") == [
        ("talks", "2022-03-04")
    ]


def test_a_round_of_talks_held_today_is_news_not_the_release_speaking() -> None:
    assert kinds("A second round is expected to take place today.") == [("talks", "2022-03-03")]


def test_a_relief_mission_sent_ahead_is_humanitarian() -> None:
    assert kinds("A U.N. mission is expected to travel to Karabakh this weekend.") == [("humanitarian", "2022-03-05")]
