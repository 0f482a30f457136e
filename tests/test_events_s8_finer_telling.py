"""A happening told with a month and, in the same clause, a day inside it is one happening on its
day; a participle set off after it can carry that finer date (session 8)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2018, 9, 18))


def test_a_summit_told_earlier_this_month_and_on_its_day_is_one_summit_on_its_day() -> None:
    found = kinds("Earlier this month, a summit of the three Astana powers in Tehran on 7 September failed to agree on a truce.")
    assert found == [("talks", "2018-09-07")]


def test_two_happenings_of_one_kind_in_one_sentence_stay_two() -> None:
    text = ("Last year Russia vetoed a 12-month extension of the aid mandate before agreeing to six months in a "
            "compromise resolution adopted on July 12, 2017.")
    assert len(kinds(text)) == 2


def test_a_conference_held_in_a_month_named_after_it_is_that_months() -> None:
    found = kinds("Last year's conference, held online in June, raised pledges of $5.5 billion.", published=date(2021, 3, 23))
    assert found == [("talks", "2020-06")]


def test_a_happening_counted_back_from_another_in_its_sentence_is_not_that_one_retold() -> None:
    text = ("Cross-border fire between Hezbollah and Israel began on Oct. 8 last year, a day after Hamas' attack "
            "on southern Israel set off the war in Gaza.")
    assert ("attack", "2023-10-07") in kinds(text, published=date(2024, 9, 24))
