"""The one thing every date step passes on: an expression, its span and its resolved dates."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in a text, resolved to ISO dates.

    `relation` tells how the text ties something to the date, which decides what a figure's
    period or an event's date is: "on" (a day), "in" (a month, season, year), "since",
    "between" (start and end given), "during" ("over the last two weeks", "this week"),
    "until" ("by the end of February"), "ago", "before", "after", "as of" (a report's cut-off).
    """

    span: tuple[int, int]
    text: str
    start: str
    end: str | None
    relation: str
