"""One happening once, and a landmark is no happening (session 9).

A tally told twice, once to the day ("between 1 December and 5 March", "since 6 February") and once
to the month ("since December"), is one happening when both tellings give the same count. Months
or years counted from a landmark named by a noun ("Five months after the fall of the government")
date the article's present, not the landmark. Two counts, two dates in one sentence, or a landmark
told with a verb of its own stay events."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2020, 3, 20))


def test_a_count_told_to_the_day_and_again_to_the_month_is_one_flight() -> None:
    text = ("Some 870,000 people fled their homes in Idlib between 2 December and 1 March. "
            "Of the roughly 870,000 people uprooted since December, most are women and children.")
    assert kinds(text) == [("displacement", "2019-12-02")]


def test_a_headline_count_since_a_month_retells_the_body_count_since_its_first_day() -> None:
    headline = "Over 410,000 displaced in Idlib since February"
    assert kinds(headline) == [("displacement", "2020-02")]
    text = headline + "\n\nMore than 410,000 people have been displaced in Idlib since 6 February, OCHA said."
    assert kinds(text) == [("displacement", "2020-02-06")]


def test_two_counts_in_one_month_are_two_flights() -> None:
    text = ("More than 134,000 people have fled Ariha since 6 February. The fighting has displaced an "
            "estimated 20,000 people from the town and its surroundings since February.")
    assert kinds(text) == [("displacement", "2020-02-06"), ("displacement", "2020-02")]


def test_two_dates_in_one_sentence_keep_two_happenings_though_one_count_is_named() -> None:
    text = ("Earlier this month, a UN convoy of 35 trucks crossed from Turkey carrying relief items for "
            "42,000 people, and a further 20 trucks are scheduled to cross this week.")
    assert [k for k, _ in kinds(text)] == ["humanitarian", "humanitarian"]


def test_a_year_is_no_count() -> None:
    text = "The base was lost to rebels in September 2015. Troops retake the air base lost in 2015."
    assert kinds(text) == [("capture", "2015")]


def test_months_after_a_landmark_named_by_a_noun_date_no_happening() -> None:
    assert kinds("Five months after the fall of the government in Damascus, families are heading home.") == []
    assert kinds("A year after the last big offensive, the camps are still full.") == []
    assert kinds("Three months after the earthquakes, rubble still blocks the roads.") == []


def test_a_landmark_told_as_a_clause_keeps_its_date() -> None:
    assert kinds("The talks come two years after the army removed the president following months of protests.") == [
        ("other", "2018")]


def test_days_after_a_landmark_still_date_it() -> None:
    assert ("other", "2020-03-17") in kinds("The convoy crossed on Friday, three days after the earthquake.")


def test_a_count_written_with_spaces_or_in_millions_is_the_same_count() -> None:
    text = ("Some 235 000 people fled southern Idlib between 12 and 25 December. "
            "Some 235,000 people have fled their homes since December.")
    assert kinds(text) == [("displacement", "2019-12-12")]
    text = ("About 1.2 million people have been displaced in the north-west since 1 December. "
            "The 1.2m people uprooted since December need shelter.")
    assert kinds(text) == [("displacement", "2019-12-01")]
