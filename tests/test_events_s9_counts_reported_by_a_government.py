"""A government that reports a count is the article's source, not a newsmaker (session 9).

"More than 28,000 ethnic Armenians have crossed into Armenia since the weekend, the Armenian
government said on Tuesday": the day the count was given dates no statement, as with "97,000
people have crossed, the government said on Friday". People counted by their nationality, or a
share of a population gone, are such a count. A government's stated intention ("Turkey will send
1,000 troops ..., the minister said on Monday") and an order it reports stay statements."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 9, 28))


def test_people_counted_by_nationality_reported_by_a_government_date_no_statement() -> None:
    assert kinds("More than 28,000 ethnic Armenians have crossed into Armenia since the weekend, "
                 "the Armenian government said on Tuesday.") == [("displacement", "2023-09-23")]


def test_a_share_of_a_population_gone_reported_by_a_government_dates_no_statement() -> None:
    assert kinds("More than half of the region's population has now fled to Armenia, "
                 "the government in Yerevan said on Thursday.") == []


def test_a_governments_intention_or_order_stays_a_statement() -> None:
    assert kinds("Turkey will send 1,000 troops to the border, the defence minister said on Monday.") == [
        ("talks", "2023-09-25")]
    assert kinds("Ankara would not accept 3,000 Syrians more, the government said on Monday.") == [
        ("talks", "2023-09-25")]
    assert kinds("President Putin has ordered a daily humanitarian pause in Eastern Ghouta, "
                 "his defence minister said on Monday.") == [("talks", "2023-09-25")]
