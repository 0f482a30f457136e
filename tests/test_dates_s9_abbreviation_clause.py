"""Session 9: the stop of an abbreviation in capitals ("U.N.", "U.S.") ends no clause, so a plan
told before it still looks ahead ("is due to brief the U.N. Security Council on Friday")."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2012, 3, 13)  # a Tuesday


def _start(text: str) -> str:
    return next(d.start for d in find_dates(text, PUB) if "Friday" in d.text)


def test_a_plan_before_an_abbreviation_in_capitals_looks_ahead() -> None:
    assert _start("Annan is due to brief the U.N. Security Council on Friday.") == "2012-03-16"
    assert _start("The envoy will meet U.S. officials on Friday.") == "2012-03-16"


def test_a_full_stop_after_a_word_still_ends_the_plan() -> None:
    assert _start("Annan is due in Doha. The army shelled the town on Friday.") == "2012-03-09"
    assert _start("Talks are expected. U.S. forces struck on Friday.") == "2012-03-09"
