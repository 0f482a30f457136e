"""Session 7 date fixes, each a general habit of conflict reporting: a sentence opened by "Hours
later," or "Within 24 hours," goes on from the happening told before it; "that same day" and "the
next morning" count from it too; a year told after the second of two months is the first one's
too; "this weekend" in a plan is the weekend ahead; a day a few weeks before the full date its
paragraph just named stays in that year; a capitalised name after a date is no date."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.dates import find_dates


def starts(text: str, pub: date) -> list[tuple[str, str]]:
    return [(d.text, d.start) for d in find_dates(text, pub)]


FRI = date(2023, 9, 29)  # a Friday


def test_hours_later_opening_a_sentence_takes_the_day_told_before() -> None:
    text = ("Jets bombed the market in the town of Kafr Bain on Sunday, killing nine. The strikes came "
            "at midday.\n\nHours later, a second raid hit the clinic in the next village.")
    assert starts(text, date(2021, 3, 24)) == [("on Sunday", "2021-03-21"), ("Hours later", "2021-03-21")]


def test_a_few_hours_later_opening_a_sentence_is_not_the_publication_day() -> None:
    text = "A shell hit the bakery on 3 May. A few hours later, drones struck the water station."
    assert starts(text, date(2022, 5, 6)) == [("on 3 May", "2022-05-03"), ("A few hours later", "2022-05-03")]


def test_hours_after_inside_a_sentence_is_still_no_date_of_its_own() -> None:
    text = "The governor was killed on Wednesday, hours after he accused the militia of genocide."
    assert [t for t, _ in starts(text, date(2023, 6, 16))] == ["on Wednesday"]


def test_within_24_hours_opening_a_sentence_is_the_day_after() -> None:
    text = ("The army opened its assault on the enclave on 19 September. Within 24 hours, the local "
            "authorities had agreed to a truce.")
    assert starts(text, FRI)[-1] == ("Within 24 hours", "2023-09-20")


def test_within_24_hours_inside_a_sentence_is_a_span_not_a_date() -> None:
    text = "On 13 October, the army told residents of the north to leave within 24 hours."
    assert starts(text, date(2023, 10, 20)) == [("On 13 October", "2023-10-13")]


def test_that_same_day_counts_from_the_day_told_before() -> None:
    text = ("Ankara launched its operation on March 1. Its drones hit dozens of positions, and two "
            "jets were shot down that same day.")
    assert starts(text, date(2020, 3, 6))[-1] == ("that same day", "2020-03-01")


def test_the_next_morning_is_the_day_after() -> None:
    text = "On Friday, the ministry announced a truce that began the next morning."
    assert starts(text, date(2019, 9, 3)) == [("On Friday", "2019-08-30"), ("the next morning", "2019-08-31")]


def test_of_last_year_after_two_months_reaches_back_to_the_first() -> None:
    got = starts("The council shut two other crossings in January and July of last year.", date(2021, 7, 12))
    assert got == [("in January", "2020-01"), ("July of last year", "2020-07")]


def test_this_year_after_two_months_holds_in_a_paragraph_that_named_an_older_year() -> None:
    text = ("The first convoys left eastern Aleppo in December 2016. Thousands more followed from the "
            "Ghouta in March and April this year, and from Deraa in July.")
    assert starts(text, date(2018, 9, 18))[1:] == [("in March", "2018-03"), ("April this year", "2018-04"),
                                                   ("in July", "2018-07")]


def test_this_weekend_in_a_plan_is_the_weekend_ahead() -> None:
    got = find_dates("A UN team is expected to visit the region this weekend.", FRI)
    assert (got[0].start, got[0].end) == ("2023-09-30", "2023-10-01")
    got = find_dates("The UN said it would send a mission to the region this weekend.", date(2023, 9, 27))
    assert got[0].start == "2023-09-30"


def test_this_weekend_told_in_the_past_early_in_the_week_is_the_one_gone() -> None:
    got = find_dates("Shelling killed four people this weekend.", date(2023, 9, 25))  # a Monday
    assert (got[0].start, got[0].end) == ("2023-09-23", "2023-09-24")


def test_a_day_weeks_before_the_full_date_just_named_keeps_its_year() -> None:
    text = ("The most devastating phase began in December 2019. By the time a ceasefire was agreed in "
            "Moscow on 5 March 2020, a million people had fled. Days earlier, on 27 February, an air "
            "strike killed 33 soldiers.")
    assert starts(text, date(2021, 3, 15))[-1] == ("on 27 February", "2020-02-27")


def test_a_month_before_the_month_named_in_an_aside_still_goes_on() -> None:
    text = "Talks, which began in November 2022, had already stalled in September when soldiers were killed."
    assert starts(text, date(2025, 1, 24))[-1][1] != "2022-09"


def test_a_capitalised_name_after_a_date_is_no_date() -> None:
    text = "The M23, or March 23 Movement, takes its name from a 2009 peace deal."
    assert "March 23" not in [t for t, _ in starts(text, date(2025, 1, 28))]


def spans(text: str, pub: date) -> list[tuple[str, str | None]]:
    return [(d.start, d.end) for d in find_dates(text, pub)]


MAR = date(2020, 3, 6)


def test_the_first_weeks_of_a_month_run_from_its_first_day() -> None:
    assert spans("More than 100 civilians were killed in the first two weeks of February.", MAR) == [
        ("2020-02-01", "2020-02-14")]
    assert spans("60 of them died in the first three weeks of November.", MAR) == [("2019-11-01", "2019-11-21")]


def test_the_first_days_of_this_month_run_from_its_first_day() -> None:
    assert spans("Some 30,000 fled in the first ten days of this month alone.", MAR) == [("2020-03-01", "2020-03-10")]


def test_the_first_months_or_half_of_a_year_run_from_january() -> None:
    assert spans("Nearly 300 were killed in the first two months of this year.", MAR) == [("2020-01", "2020-02")]
    assert spans("About 12,000 returned in the first half of the year.", MAR) == [("2020-01", "2020-06")]
    assert spans("At least 1,554 were killed in the first three months of 2019.", MAR) == [("2019-01", "2019-03")]


def test_the_end_or_start_of_a_year_is_its_december_or_january() -> None:
    assert spans("The toll stood at 377,000 at the end of 2018.", MAR) == [("2018-12", None)]
    assert spans("Some 560,000 were displaced at the end of last year.", MAR) == [("2019-12", None)]
    assert spans("Fewer than 50,000 were displaced at the start of 2019.", MAR) == [("2019-01", None)]


def test_mid_year_and_the_first_few_days_stay_vague() -> None:
    assert spans("The offensive resumed in mid-2019.", MAR) == [("2019", None)]
    assert spans("Thousands fled in the first few days of March.", MAR) == [("2020-03", None)]


def test_months_a_tally_is_counted_over_date_no_event() -> None:
    from idlibmon.extract.engine import extract

    text = ("In the first six months of the year, 2,950 trucks carrying aid crossed at Bab al-Hawa. "
            "On Tuesday, a convoy of 40 trucks crossed at Bab al-Salam.")
    got = extract(text, date(2023, 7, 12)).to_dict()["events"]
    assert [e["start"] for e in got] == ["2023-07-11"]


SAT = date(2024, 11, 30)  # a Saturday


def test_a_weekday_ending_a_plan_told_in_the_past_is_the_coming_one() -> None:
    got = starts("Blinken was scheduled to speak with his Turkish counterpart on Monday, a spokesman said.", SAT)
    assert got == [("on Monday", "2024-12-02")]


def test_a_plan_the_sentence_says_failed_or_was_put_off_stays_past() -> None:
    assert starts("A convoy, which was scheduled to cross on Tuesday, could not proceed.", SAT) == [
        ("on Tuesday", "2024-11-26")]
    assert starts("The withdrawal was due to start on Tuesday but has not begun.", SAT) == [("on Tuesday", "2024-11-26")]
    assert starts("He postponed his trips, including a visit that was due on Friday.", SAT) == [("on Friday", "2024-11-29")]


def test_a_weekday_of_something_else_inside_the_plan_stays_past() -> None:
    text = "The evacuation was meant to carry out a deal brokered by Russia on Tuesday night."
    assert starts(text, SAT) == [("on Tuesday night", "2024-11-26")]


def test_a_plan_for_later_that_day_was_told_on_that_day() -> None:
    assert starts("The minister was due to arrive in Yerevan later on Thursday.", date(2022, 6, 17)) == [
        ("on Thursday", "2022-06-16")]


def test_a_month_with_this_year_ends_the_story_year_told_before() -> None:
    text = ("Idlib was made a de-escalation zone in May 2017, yet forces took the south-east in a campaign "
            "that ended in February this year. Ghouta and Daraa were overrun in April and July.")
    assert [(d.start, d.end) for d in find_dates(text, date(2018, 9, 18))][-2:] == [("2018-04", None), ("2018-07", None)]


TUE = date(2025, 1, 28)  # a Tuesday


def test_a_noun_like_heads_of_state_tells_no_present_plan() -> None:
    assert starts("Heads of state met virtually on Wednesday and called for a ceasefire.", date(2025, 1, 31)) == [
        ("on Wednesday", "2025-01-29")]


def test_a_weekday_after_would_is_the_coming_one() -> None:
    assert starts("The bloc's heads of state would hold an extraordinary summit on Wednesday.", TUE) == [
        ("on Wednesday", "2025-01-29")]


def test_would_after_a_day_of_saying_counts_from_the_saying() -> None:
    got = starts("He said on Sunday that the forces would withdraw on Monday.", TUE)
    assert got == [("on Sunday", "2025-01-26"), ("on Monday", "2025-01-27")]


def test_months_apart_joined_by_and_are_two_dates() -> None:
    assert spans("Ghouta and Daraa were overrun in April and July.", date(2018, 9, 18)) == [
        ("2018-04", None), ("2018-07", None)]


def test_months_next_to_each_other_joined_by_and_are_one_stretch() -> None:
    assert spans("Kharkiv came under air attack in March and April.", date(2018, 9, 18)) == [("2018-03", "2018-04")]
    assert spans("A government offensive in December and January took the airbase.", date(2018, 5, 15)) == [
        ("2017-12", "2018-01")]


def test_months_apart_after_one_verb_are_one_happening_each() -> None:
    from idlibmon.extract.engine import extract

    text = "Eastern Ghouta and Daraa, also de-escalation zones, were overrun in April and July."
    got = extract(text, date(2018, 9, 18)).to_dict()["events"]
    assert [(e["start"], e["kind"]) for e in got] == [("2018-04", "capture"), ("2018-07", "capture")]


def test_the_past_month_runs_from_the_same_day_a_month_back() -> None:
    got = find_dates("More than 400,000 people have been displaced in the past month alone.", date(2020, 2, 18))
    assert [(d.start, d.end) for d in got] == [("2020-01-18", "2020-02-18")]


def test_the_same_day_does_not_count_from_a_stretch_counted_back() -> None:
    text = ("More than 400,000 people have been displaced in the past month alone. On the same day, "
            "shelling struck two hospitals.")
    assert [d.text for d in find_dates(text, date(2020, 2, 18))] == ["in the past month"]
