"""Session 9: dates counted from the story's days. A day told as "within 24 hours" of another is
no anchor ("Nine days later" counts from the day the 24 hours ran from, blind25 and blind33); days
counted from a sentence whose main time is a month count from the day it tells ("in early January,
when ... on 21 January. Sake fell two days later"); "the previous afternoon" is the day before."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates

PUB = date(2023, 9, 29)


def _dates(text: str, pub: date = PUB) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, pub)]


def test_days_later_count_from_the_day_a_within_hours_ran_from() -> None:
    text = ("Azerbaijan launched its operation on 19 September. Within 24 hours, the forces had agreed to a "
            "ceasefire. Nine days later, the region's president signed a decree dissolving its institutions.")
    assert _dates(text)[-1] == ("Nine days later", "2023-09-28")
    text = ("The offensive began on 19 September. Within 24 hours, the forces agreed to a ceasefire that took "
            "effect the following day.")
    assert _dates(text)[-1] == ("the following day", "2023-09-20")


def test_days_later_still_count_from_a_plain_day_before() -> None:
    text = "The offensive began on 19 September. On 20 September, a ceasefire was agreed. Nine days later, the decree came."
    assert _dates(text)[-1] == ("Nine days later", "2023-09-29")


def test_days_later_count_from_the_day_a_sentence_of_a_month_tells() -> None:
    text = ("The offensive began in early January, when the M23 captured Masisi and then Minova, on 21 January. "
            "Sake, just 25 kilometres from Goma, fell two days later.")
    assert _dates(text, date(2025, 1, 29))[-1] == ("two days later", "2025-01-23")
    assert kinds_on(date(2025, 1, 29))(text)[-1] == ("capture", "2025-01-23")


def test_days_later_after_a_month_alone_stay_in_it_unless_it_ended() -> None:
    # (session 10: a few days on from early January are January, as the sets annotate such days;
    # from late January they may be February, and stay undated)
    assert _dates("Fighting began in early January. Sake fell two days later.", date(2025, 1, 29)) == [
        ("in early January", "2025-01"), ("two days later", "2025-01")]
    assert _dates("Fighting began in late January. Sake fell two days later.", date(2025, 2, 9)) == [
        ("in late January", "2025-01")]


def test_the_previous_afternoon_is_the_day_before() -> None:
    text = "Rescuers were digging through the rubble on Thursday after an air strike the previous afternoon destroyed the theatre."
    assert _dates(text, date(2022, 3, 17)) == [("on Thursday", "2022-03-17"), ("the previous afternoon", "2022-03-16")]


def test_a_day_after_set_off_after_a_full_date_counts_back_from_it() -> None:
    text = "Hezbollah opened a front on 8 October 2023, a day after the Hamas-led attack on southern Israel."
    assert _dates(text, date(2024, 11, 27)) == [("on 8 October 2023", "2023-10-08"), ("a day after", "2023-10-07")]
    assert _dates("Some 500 trucks a day before the war crossed.", date(2024, 11, 27)) == []
