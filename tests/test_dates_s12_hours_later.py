"""Session 12: "two hours later" inside a sentence with no date of its own goes on from the day told
in the sentence before ("A bomb struck on Saturday. A second exploded two hours later": Saturday),
as "Hours later," opening a sentence already did; it had taken the publication day (events12r,
blind46). A day's worth of hours ("less than 24 hours later") may cross into the next day and is
left as it was."""

from datetime import date

from idlibmon.extract.dates import find_dates

PUB = date(2027, 3, 10)  # a Wednesday


def _dates(text: str) -> list[str]:
    return [d.start for d in find_dates(text, PUB)]


def test_hours_later_in_a_dateless_sentence_takes_the_day_before_it() -> None:
    text = "A truck bomb hit the main square on Saturday. A second device went off three hours later near the port."
    assert _dates(text) == ["2027-03-06", "2027-03-06"]


def test_hours_later_with_a_date_of_its_own_sentence_keeps_that_day() -> None:
    assert _dates("Shelling resumed on Monday, followed two hours later by a ground assault.") == ["2027-03-08", "2027-03-08"]


def test_hours_later_with_nothing_told_before_is_the_publication_day() -> None:
    assert _dates("A second device went off three hours later near the port.") == ["2027-03-10"]


def test_a_day_of_hours_is_not_counted_from_the_sentence_before() -> None:
    text = "Missiles struck the depot on Saturday. Less than 24 hours later, drones hit the harbour."
    assert _dates(text) == ["2027-03-06", "2027-03-10"]
