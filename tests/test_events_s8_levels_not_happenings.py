"""What a timeline does not show (session 8): a share of an appeal covered or of areas reachable
over a month or a year, money required for a year or sought for a stretch of months, the peak of a
flow of people, a daily average of arrivals and a year's count of recorded cases. Launching an
appeal, a flight of people on a day and an outbreak confirmed on a day stay events."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 8, 29))


def test_the_share_of_an_appeal_covered_over_a_year_is_no_event() -> None:
    assert kinds("Last year, only 37 per cent of the humanitarian appeal for Burkina Faso was covered.") == []
    assert kinds("Last month, only 24 per cent of the humanitarian appeal had been funded.") == []
    assert kinds("UNHCR's operations received only a fraction of what was needed last year.") == []


def test_money_required_for_a_year_and_areas_reachable_in_a_month_are_no_events() -> None:
    assert kinds("Of the US$ 67 million required for health under the response plan this year, a third has arrived.") == []
    assert kinds("Only 30 per cent of the hard-to-reach areas were accessible in May.") == []


def test_a_plans_stretch_of_months_named_after_its_money_is_no_event() -> None:
    assert kinds("The Tigray response plan, seeking US$853 million for May to December 2021, is underfunded.") == []


def test_launching_an_appeal_stays_an_event() -> None:
    assert kinds("On 12 August, the UN launched a US$10 million flash appeal for the region.") == [
        ("humanitarian", "2024-08-12")]


def test_a_flow_of_people_peaking_is_no_escalation() -> None:
    assert kinds("The pace of departures from camps peaked in late December and January.") == []
    assert kinds("The flow of refugees peaked on Tuesday and Wednesday.") == []


def test_tensions_peaking_with_a_strike_keep_the_strike() -> None:
    found = kinds("Tensions peaked last week when a strike killed 34 soldiers.")
    assert found and found[0][1] == "2024-08-19"


def test_a_daily_average_of_arrivals_is_no_flight() -> None:
    assert kinds("In the past week, new arrivals averaged about 2,000 a day.") == []
    assert kinds("In the past week, about 2,000 people arrived in the camps.") == [("displacement", "2024-08-22")]


def test_a_years_count_of_recorded_cases_is_no_outbreak() -> None:
    assert kinds("More than 21,000 cases were recorded last year.") == []
    assert kinds("Fourteen new cases were recorded last week.") == [("other", "2024-08-19")]


def test_a_wars_toll_up_to_a_date_is_no_attack_on_it() -> None:
    assert kinds("The UN estimates that the war had killed 233,000 people by the end of 2020.") == []


def test_a_months_aid_counted_after_the_count_is_no_event() -> None:
    assert kinds("WFP reached 780,000 people in the north-west in May with food assistance.") == []
    assert kinds("More than 31,000 people have received food assistance in the city during June.") == []
    assert kinds("Partners distributed tents and blankets to more than 210,000 people in the first week of July.") == []


def test_a_month_opening_its_sentence_a_convoy_on_a_day_and_a_start_stay_events() -> None:
    assert kinds("In March, partners delivered food to 1.1 million people.") == [("humanitarian", "2024-03")]
    assert kinds("On 24 July, a UN convoy reached Daraa city with supplies for 20,000 people.") == [
        ("humanitarian", "2024-07-24")]
    assert kinds("Since WFP began distributing food to 20,000 people in the region in late March, prices fell.") == [
        ("humanitarian", "2024-03")]
