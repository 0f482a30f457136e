"""One happening over two touching stretches of time is one event (session 9).

"The offensive of late 2018 and early 2019", "fled across the border on Monday and early Tuesday",
"crossed over the weekend and in the first days of this week": the two dates joined by "and"
tell one stretch of one happening, dated by its start. Stretches apart ("in April and July"), a
happening told again ("on Sunday and again on Monday"), two bare days ("on March 5 and March 6")
and a taking completed by a later day ("on Friday and by Saturday held") stay two events."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2020, 3, 22))


def test_late_one_year_and_early_the_next_is_one_offensive() -> None:
    assert kinds("Maarat al-Numan was emptied during the government offensive of late 2018 and early 2019.") == [
        ("offensive", "2018")]


def test_a_flight_on_one_day_and_early_the_next_is_one_flight() -> None:
    assert kinds("More than 1,000 Syrians fled across the border into Turkey on Monday and early Tuesday.") == [
        ("displacement", "2020-03-16")]


def test_a_weekend_and_the_first_days_of_the_week_are_one_crossing() -> None:
    assert kinds("Some 30,000 people crossed the border into Cameroon over the weekend and in the first days "
                 "of this week.", published=date(2020, 3, 25)) == [("displacement", "2020-03-21")]


def test_stretches_apart_or_told_again_stay_two() -> None:
    assert kinds("The towns were overrun in April and July.") == [("capture", "2019-04"), ("capture", "2019-07")]
    assert kinds("Government aircraft struck the city on Thursday and again on Friday morning.") == [
        ("attack", "2020-03-19"), ("attack", "2020-03-20")]
    assert kinds("Several attempts to evacuate civilians failed, on March 5 and March 6.") == [
        ("humanitarian", "2020-03-05"), ("humanitarian", "2020-03-06")]
    assert kinds("Rebels swept into the city on Thursday and by Friday held most of it.") == [
        ("capture", "2020-03-19"), ("capture", "2020-03-20")]
