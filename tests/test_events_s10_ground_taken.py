"""Session 10: ground taken told by the verbs of retaking and routing, or by its share: "had
regained the town of X on Monday", "since retaking the city in 2012", "took large parts of the
countryside during 2012", "took parts of it in January", "routed two rival factions in
November" are captures (blind20, blind23, blind32, blind33, blind36, blind39, blind40). Aid
"routed through" a capital, ground "regained" in a war's aftermath told without a date, and a
goal of retaking told with none stay no events."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2016, 3, 9))  # a Wednesday


def test_regained_or_retaking_a_named_place_is_a_capture() -> None:
    assert kinds("The army had regained the town of Tal Hamra on Monday.") == [("capture", "2016-03-07")]
    assert kinds("Militias had held the hills since retaking the city in 2012.") == [("capture", "2012")]


def test_a_share_of_ground_taken_is_a_capture() -> None:
    assert kinds("Rebels took large parts of the eastern plain during 2013.") == [("capture", "2013")]
    assert kinds("The town has been contested since militants took parts of it in January 2015.") == [
        ("capture", "2015-01")]
    assert kinds("Troops had regained parts of the port by Tuesday.") == [("capture", "2016-03-08")]


def test_rivals_routed_from_their_ground_is_a_capture() -> None:
    assert kinds("In November, the Front routed two rival factions from their villages in the valley.") == [
        ("capture", "2015-11")]


def test_routing_aid_or_an_undated_goal_is_no_capture() -> None:
    assert kinds("On Monday, the minister said that aid should be routed through the capital.") == []
    assert kinds("The general said the goal of retaking the province had not been abandoned.") == []
