"""A government announcing ground its forces took dates the capture by the announcement; a plan
told in the past tense with nothing saying it fell through lies ahead (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates

kinds = kinds_on(date(2021, 3, 31))  # a Wednesday


def test_a_ministry_announcing_ground_retaken_is_a_capture_on_that_day() -> None:
    text = "The defence ministry said on Tuesday that security forces had regained control of most of the town."
    assert kinds(text) == [("capture", "2021-03-30")]
    assert kinds("The government said on Monday that troops had captured the airport.") == [("capture", "2021-03-29")]


def test_a_capture_still_intended_stays_a_statement() -> None:
    assert kinds("The government said on Monday that it would capture the airport.") == [("talks", "2021-03-29")]


def test_a_ceasefire_agreed_in_longer_words_is_a_ceasefire() -> None:
    text = "The president said on Monday that the two countries had agreed to a full and immediate ceasefire."
    assert kinds(text) == [("ceasefire", "2021-03-29")]


def _day(text: str, published: date) -> str:
    return find_dates(text, published)[0].start


def test_a_plan_told_in_the_past_lies_ahead() -> None:
    assert _day("Diplomats at the United Nations were set to meet on Thursday.", date(2012, 3, 14)) == "2012-03-15"
    assert _day("Blinken was scheduled to speak with his Turkish counterpart on Monday.", date(2024, 11, 30)) == "2024-12-02"


def test_a_plan_for_the_publication_day_is_that_day() -> None:
    assert _day("Negotiators were due to meet in Cairo on Tuesday.", date(2024, 5, 7)) == "2024-05-07"


def test_a_plan_that_fell_through_stays_in_the_past() -> None:
    assert _day("The withdrawal was due to start on Tuesday but has not begun.", date(2015, 2, 18)) == "2015-02-17"
    assert _day("A shipment, which was scheduled to cross on Tuesday, could not proceed.", date(2023, 2, 8)) == "2023-02-07"
    assert _day("He postponed all trips, including a visit to Spain that was due on Friday.", date(2024, 5, 8)) == "2024-05-03"
