"""A statement's heading dates the statement, not a happening (session 9).

"Statement by the Syria Civil Defence (White Helmets), 12 October 2023" opens the text the way a
dateline does: its date is the day the source published. An author named with an acronym in
brackets is still a heading; a happening told with its date in the body stays an event."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 10, 12))


def test_a_statement_heading_with_an_acronym_in_brackets_dates_nothing() -> None:
    text = ("Northwest Syria: civilians under fire\n"
            "Statement by the Syria Civil Defence (White Helmets), 12 October 2023\n\n"
            "Our teams have responded to attacks on more than 70 communities.")
    assert kinds(text) == []


def test_the_body_of_the_statement_keeps_its_happenings() -> None:
    text = ("Statement by the Syria Civil Defence (White Helmets), 12 October 2023\n\n"
            "On 5 October, artillery shelling hit a market in Idlib city.")
    assert kinds(text) == [("attack", "2023-10-05")]
