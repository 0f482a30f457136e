"""Gatherings of officials the rules missed (session 9): a session called, a round boycotted, a summit set
for a day behind an aside between dashes, and a summit held today "to discuss" something."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2019, 8, 20))  # a Tuesday


def test_a_special_session_to_be_held_on_a_day() -> None:
    assert kinds("The council will hold a special session on the situation on 7 September.") == [("talks", "2019-09-07")]


def test_a_round_boycotted_is_talks() -> None:
    assert kinds("The army boycotted a follow-up round in Geneva last August.") == [("talks", "2018-08")]


def test_an_aside_between_dashes_costs_what_commas_cost() -> None:
    text = "A summit of the guarantors — Russia, Turkey and Iran — is scheduled for mid-September in Ankara."
    assert kinds(text) == [("talks", "2019-09")]


def test_a_single_dash_still_breaks_the_clause() -> None:
    # one dash opens a new clause: the date after it is not the summit's
    text = "Leaders met at a summit in Ankara — and on 2 August the shelling resumed."
    assert ("talks", "2019-08-02") not in kinds(text)


def test_a_summit_held_today_to_discuss_is_news_not_a_release_voice() -> None:
    text = "An extraordinary summit of the regional bloc takes place in Maputo today to discuss the security situation."
    assert kinds(text) == [("talks", "2019-08-20")]
    # a release's own voice on its own day stays out
    assert kinds("Save the Children warned today that winter will bring more deaths.") == []
