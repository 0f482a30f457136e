"""Session 10: "last <weekday>" in a paper of a Sunday is the one just gone.

On a weekday, annotators read "last Thursday" as the Thursday of the week before (a Friday paper's
"last Thursday" is eight days back, blind18 and the events set). A Sunday paper opens its own
week: its "last Wednesday" is four days back (blind30), its "last Sunday" a week back."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def _start(text: str, published: date) -> str:
    return find_dates(text, published)[0].start


def test_last_weekday_in_a_sunday_paper_is_the_one_just_gone() -> None:
    sunday = date(2024, 12, 1)
    assert _start("The fighters opened their assault last Wednesday.", sunday) == "2024-11-27"
    assert _start("The convoy was stopped last Saturday.", sunday) == "2024-11-30"
    assert _start("The town was shelled last Sunday.", sunday) == "2024-11-24"


def test_last_weekday_on_a_weekday_is_in_the_week_before() -> None:
    friday = date(2024, 11, 29)
    assert _start("The fighters opened their assault last Thursday.", friday) == "2024-11-21"
    assert _start("The town was shelled last Tuesday.", friday) == "2024-11-19"
