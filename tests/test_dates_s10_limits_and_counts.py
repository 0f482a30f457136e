"""Session 10: three ways a date went to the wrong year or day.

- A stretch "in May until mid-August" told in July: what began in the latest May lasts until the
  August after it, ahead of publication ("until" names a limit); the May stays this year's (blind35).
  A range told in the past ("from May to August") still ends before publication.
- A clause told in the present ("The operation comes six weeks after ... on 10 July") is not in
  the year a history before it named: the day is the latest 10 July (blind38).
- "Nine days before the truce, on 25 February, ...": the day set off after the count is the one
  it counts from, not the publication day (blind35); so is "Less than 24 hours later, on 20
  September, ..." (blind35)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def _dates(text: str, published: date) -> dict[str, tuple[str, str | None]]:
    return {d.text: (d.start, d.end) for d in find_dates(text, published)}


def test_a_limit_with_until_may_lie_ahead_and_its_start_stays_this_year() -> None:
    found = _dates("The minister renewed the permit in May until mid-September.", date(2022, 7, 20))
    assert found["in May until mid-September"] == ("2022-05", "2022-09")


def test_a_past_stretch_without_until_still_ends_before_publication() -> None:
    found = _dates("Fighting raged from May to September.", date(2022, 7, 20))
    assert found["from May to September"] == ("2021-05", "2021-09")


def test_a_clause_in_the_present_leaves_the_story_year() -> None:
    text = ("The town was overrun by the militants in June 2014. The new push comes five weeks after the "
            "army declared victory in the provincial capital on 12 July.")
    assert _dates(text, date(2016, 8, 20))["on 12 July"] == ("2016-07-12", None)


def test_a_history_told_in_the_past_keeps_its_year() -> None:
    text = "The town was overrun by the militants in June 2014. The army retook it on 12 July."
    assert _dates(text, date(2016, 8, 20))["on 12 July"] == ("2014-07-12", None)


def test_a_count_before_a_happening_counts_from_the_day_set_off_after_it() -> None:
    text = "A truce was agreed this month. Six days before the truce, on 20 March, a market was shelled."
    assert _dates(text, date(2021, 3, 30))["Six days before"] == ("2021-03-26", None)
    text = "The assault began on 3 May. Less than 24 hours later, on 4 May, the garrison surrendered."
    assert _dates(text, date(2021, 5, 20))["24 hours later"] == ("2021-05-04", None)
