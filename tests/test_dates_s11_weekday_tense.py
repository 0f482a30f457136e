"""Session 11: which way a bare weekday points, decided by the verb that governs it.

A weekday is the latest one on or before the publication day unless its own clause looks ahead.
Cases read the wrong way before (blind15, 24, 25, 35, 37, 43, 44; several writers), each a week off:
a past verb in the clause beats a present-looking word ("failed to win enough votes on Wednesday":
"votes" is a noun); a quotation sets no tense for its attribution; a bare "expire" after "saw" or
"let" is past; a plan "planned/scheduled for" a day that the sentence then says was cancelled is
past; and a future told after the date reaches it across a subject that lists names."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates

WEDNESDAY = date(2024, 7, 10)


def _start(text: str, published: date = WEDNESDAY) -> str:
    return find_dates(text, published)[0].start


def test_a_past_verb_beats_a_noun_that_looks_like_a_present_plan() -> None:
    assert _start("The second draft failed to gather enough votes on Monday.") == "2024-07-08"


def test_a_present_plan_without_a_past_verb_still_looks_ahead() -> None:
    assert _start("The envoy meets the rebel leaders on Friday.") == "2024-07-12"


def test_a_quotation_sets_no_tense_for_the_day_it_was_said() -> None:
    text = '"The siege is coming to an end," the general said in a televised speech on Sunday.'
    assert _start(text) == "2024-07-07"


def test_a_mandate_seen_to_expire_is_past() -> None:
    assert _start("The monitoring force saw its mandate expire on Sunday, with no renewal.") == "2024-07-07"


def test_a_mandate_that_expires_on_a_weekday_is_ahead() -> None:
    assert _start("The monitoring force's mandate expires on Sunday.") == "2024-07-14"


def test_a_plan_for_a_day_that_was_cancelled_is_past() -> None:
    text = "A convoy planned for Monday to reach the besieged district was cancelled at the last minute."
    assert _start(text) == "2024-07-08"


def test_a_month_planned_and_then_called_off_is_past() -> None:
    text = "A summit of the two leaders scheduled for mid-March in Doha has been postponed."
    assert _start(text).startswith("2024-03")


def test_a_plan_for_a_day_not_undone_is_ahead() -> None:
    assert _start("A convoy planned for Monday will try to reach the besieged district.") == "2024-07-15"


def test_a_future_after_the_date_reaches_across_a_list_of_names() -> None:
    text = "On Friday, the foreign ministers of Chad, Niger, Mali and Nigeria will meet in Abuja."
    assert _start(text) == "2024-07-12"


def test_a_past_deed_after_the_date_stays_past_across_a_list() -> None:
    assert _start("On Friday, the army shelled Kafr Nabl, Maarat and Saraqeb.") == "2024-07-05"


def test_a_date_of_a_deal_agreed_in_a_capital_stays_the_deal_s() -> None:
    text = "Under the truce agreed in Ankara on Monday, a buffer zone on both banks of the river will be set up."
    assert _start(text) == "2024-07-08"
