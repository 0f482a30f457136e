"""Session 10: plans told with no trigger the lexicon knew. A leader or envoy "expected in" a
capital is a visit, talks ("the envoy is expected in Nairobi later on Thursday"); a report or plan
put before donors or the Council is talks ("will present the report to donors next week"); a
relief mission sent ahead is humanitarian ("would send a mission to the region this weekend"):
blind12, blind18, blind35, blind36, blind39. A convoy "expected in August" names a month, and a
peacekeeping mission sent is no relief."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2021, 11, 4))  # a Thursday


def test_an_envoy_expected_in_a_capital_is_a_visit() -> None:
    assert kinds("The UN envoy is expected in Nairobi later on Thursday.") == [("talks", "2021-11-04")]


def test_a_report_put_before_donors_is_talks() -> None:
    assert kinds("The agency will present its report to donors in Oslo on Monday.") == [("talks", "2021-11-08")]
    assert kinds("The two ministries will present a joint recovery plan to the Security Council next week.") == [
        ("talks", "2021-11-08")]


def test_a_relief_mission_sent_ahead_is_humanitarian() -> None:
    assert kinds("The United Nations will send an assessment mission to the valley this weekend.") == [
        ("humanitarian", "2021-11-06")]


def test_a_month_expected_or_a_force_sent_is_neither() -> None:
    assert kinds("More trucks are expected in December, officials said.") == []
    assert ("humanitarian", "2021-11-06") not in kinds("The bloc will send a peacekeeping mission to the border this weekend.")
