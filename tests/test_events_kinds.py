"""Event kinds decided by what happened, not by the loudest word near the date.

Each case is a pattern of conflict reporting in our own words: attack words that are only the
subject or the absence of the happening, deals that end talks, aid that moves, and happenings
the timeline would show that are no fighting at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2020, 3, 6)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attack words as the subject of an escalation verb
        ("Since early February, shelling and air raids have intensified around Ariha.", [("escalation", "2020-02")]),
        ("On Tuesday, clashes escalated along the M4 highway.", [("escalation", "2020-03-03")]),
        ("Heavy fighting has been under way in the city since Monday.", [("escalation", "2020-03-02")]),
        # ... or of flight
        ("The village has stood empty since January, when shelling drove out most of its families.",
         [("displacement", "2020-01")]),
        # an absence of attacks is no attack
        ("A truce took hold across the province on Friday, with no shelling reported overnight.",
         [("ceasefire", "2020-03-06")]),
        # breaking a truce is an escalation
        ("The militia broke a fragile truce in the south in late January.", [("escalation", "2020-01")]),
    ],
)
def test_attack_words_yield_to_what_they_did(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first deal, struck in Astana in May 2017, set up four zones.", [("ceasefire", "2017-05")]),
        ("On 2 March, the two foreign ministers signed a protocol to the earlier memorandum.",
         [("ceasefire", "2020-03-02")]),
        ("On Wednesday, the government agreed to open two more crossings from Turkey.",
         [("humanitarian", "2020-03-04")]),
        # a meeting that ends in a deal
        ("On 5 March, the two presidents met in Moscow and agreed an additional protocol.",
         [("ceasefire", "2020-03-05")]),
        # what was agreed keeps its kind though it has a date of its own
        ("On Wednesday, the two sides agreed, through Qatari mediation, a three-day humanitarian pause "
         "that is expected to begin on Saturday.", [("humanitarian", "2020-03-04"), ("humanitarian", "2020-03-07")]),
        # a deal named by its date
        ("The January agreement may fare no better.", [("ceasefire", "2020-01")]),
        ("Damascus welcomed the deal on Tuesday.", [("talks", "2020-03-03")]),
    ],
)
def test_deals_are_what_they_settle(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In February, some 900 trucks crossed into the enclave from Egypt.", [("humanitarian", "2020-02")]),
        ("Between 1 and 20 February, 640 lorries entered the north-west.", [("humanitarian", "2020-02-01")]),
        ("On Monday, a small shipment of fuel was allowed in for the bakeries.", [("humanitarian", "2020-03-02")]),
        ("On Thursday, wounded children and their mothers were evacuated from the besieged hospital.",
         [("humanitarian", "2020-03-05")]),
        ("A UN team that visited the camp on Tuesday found no clean water.", [("humanitarian", "2020-03-03")]),
        ("On Sunday, the agency began relocating families to a new site further from the border.",
         [("humanitarian", "2020-03-01")]),
    ],
)
def test_aid_on_the_move_is_humanitarian(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the ground shook before dawn on 12 February, whole streets came down.", [("other", "2020-02-12")]),
        ("On 17 February, a second quake struck near the coast.", [("other", "2020-02-17")]),
        ("Famine was declared in the camp in December.", [("other", "2019-12")]),
        ("The city's airport has been closed since 2 March.", [("other", "2020-03-02")]),
        ("The army renewed its push towards the town in mid-January.", [("offensive", "2020-01")]),
    ],
)
def test_happenings_that_are_no_fighting_are_still_on_the_timeline(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_needing_aid_or_halting_work_is_no_happening_of_that_kind() -> None:
    assert kinds("Some 4 million people need humanitarian assistance in 2020.") == []
    assert kinds("At least 40 clinics have suspended operations since 1 February.") == []
    assert kinds("On Monday, aid agencies delivered food to the camps.") == [("humanitarian", "2020-03-02")]


def test_a_measure_against_a_date_dates_nothing() -> None:
    assert kinds("Rebels made their biggest gains in the valley since 2016.") == []
    assert kinds("It was the heaviest shelling of the town since May 2018.") == []
    assert kinds("Since 2016, rebels have held the valley and its three towns.", date(2020, 3, 6)) == []


def test_the_finer_of_two_dates_in_one_clause_dates_the_happening() -> None:
    text = "Calm returned only briefly last year, when the army launched an offensive on the south in April."
    assert kinds(text) == [("offensive", "2019-04")]


def test_a_side_claiming_its_capture_dates_it_by_the_claim() -> None:
    text = "The paramilitary force said on Sunday it had taken full control of the camp."
    assert kinds(text) == [("capture", "2020-03-01")]
    # a toll reported on a day is not an attack on that day
    assert kinds("A UN spokesman said on Sunday that 40 people had been killed in the camp.") == []


def test_a_leaders_words_are_a_statement_even_with_no_event_word() -> None:
    assert kinds("The UN relief chief told the Security Council on Friday that the camps were full.") == [
        ("talks", "2020-03-06"),
    ]
    assert kinds("Ankara said on Thursday it would no longer stop migrants heading for Europe.") == [
        ("talks", "2020-03-05"),
    ]
    # an agency speaking is a source, not a statement
    assert kinds("The refugee agency said on Thursday that the camps were full.") == []
    assert kinds("The defence ministry said on Thursday that its troops were in position.") == []


def test_a_release_speaking_today_is_its_own_voice() -> None:
    assert kinds("Thousands of families in north-west Syria are sleeping outside, the charity warned today.") == []
    assert kinds("President Erdogan warned today that Turkey could not take in more refugees.") == [("talks", "2020-03-06")]


def test_a_happening_only_feared_is_no_happening() -> None:
    assert kinds("The WHO warned on Thursday that an outbreak in the camps could be catastrophic.") == [
        ("talks", "2020-03-05"),
    ]
    assert kinds("An outbreak of cholera was confirmed in the camps on Thursday.") == [("other", "2020-03-05")]


def test_a_happening_that_closes_a_period_is_not_dated_by_its_start() -> None:
    assert kinds("Between December and the ceasefire, nearly a million people fled.") == [("displacement", "2019-12")]


def test_the_topic_of_a_briefing_is_no_happening_of_its_own() -> None:
    assert kinds("On 30 April, the Security Council was briefed on the cross-border operation.") == [  # a year back
        ("talks", "2019-04-30"),
    ]


def test_a_leader_behind_an_aside_still_speaks() -> None:
    text = "Turkey, which backs some rebel groups, said on Monday it would not tolerate new waves of refugees."
    assert kinds(text) == [("talks", "2020-03-02")]


def test_a_moment_restated_in_another_clock_is_one_date() -> None:
    text = "The truce, agreed by Moscow and Ankara, took effect at midnight on Jan. 12 (2200 GMT on Saturday)."
    assert kinds(text, date(2020, 1, 16)) == [("ceasefire", "2020-01-12")]


def test_an_escalation_named_as_a_cause_is_not_the_happening() -> None:
    text = "Some 80,000 people have been forced from their homes by the escalating violence since early February."
    assert kinds(text) == [("displacement", "2020-02")]


def test_a_date_denied_dates_nothing() -> None:
    assert kinds('"We need a truce now, not next month," a doctor said.') == []
    assert kinds("The convoy did not cross until Monday.") == [("humanitarian", "2020-03-02")]


def test_a_claimed_capture_beside_an_older_one_keeps_both_dates() -> None:
    text = "On Thursday, rebels said they had retaken Saraqeb, a town the government captured earlier this month."
    assert kinds(text, date(2020, 2, 28)) == [("capture", "2020-02-27"), ("capture", "2020-02")]


def test_a_price_falling_to_a_low_is_no_capture() -> None:
    assert kinds("The Syrian pound fell to a record low against the dollar this week.") == []
    assert kinds("The town fell to government forces on Tuesday.") == [("capture", "2020-03-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a televised speech on Tuesday, the general said elections would wait.", [("talks", "2020-03-03")]),
        ("The response plan for the north-west, launched on 24 February, seeks $500 million.",
         [("humanitarian", "2020-02-24")]),
        ("On Saturday, Ankara opened its borders to Europe for migrants.", [("other", "2020-02-29")]),
        ("On Monday, state media said troops had re-entered the town.", [("capture", "2020-03-02")]),
        ("Shelling of villages in the valley has been reported almost daily since mid-February.",
         [("escalation", "2020-02")]),
        ("The health minister announced the country's first confirmed case of the virus on Sunday.",
         [("other", "2020-03-01")]),
    ],
)
def test_statements_plans_borders_returns_and_outbreaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_the_un_relief_coordinator_speaking_is_a_statement() -> None:
    text = "The Emergency Relief Coordinator, Mark Lowcock, said on Monday that the shelling of camps must stop."
    assert kinds(text) == [("talks", "2020-03-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce, agreed by the two presidents after six hours of talks, took effect at midnight on Thursday.",
         [("ceasefire", "2020-03-05")]),
        ("New sanctions on the central bank took effect on Thursday.", []),
        ("In January the Security Council renewed the authorisation for six months.", [("humanitarian", "2020-01")]),
        ("Last year the Council closed two of the three crossings.", [("humanitarian", "2019")]),
        ("The agency said it fed 1.2 million people in the north-west last month.", [("humanitarian", "2020-02")]),
        ("On Wednesday, the president gave government forces until the end of March to withdraw.",
         [("talks", "2020-03-04")]),
    ],
)
def test_truces_taking_effect_the_aid_mandate_aid_reach_and_ultimatums(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_leader_reporting_a_count_is_a_source() -> None:
    assert kinds("The interior minister said on Tuesday that 365,000 Syrians had returned home.") == []
    text = 'Its defence ministry said on Friday that 309 soldiers had been "neutralised", a term it uses for fighters killed, wounded or captured.'
    assert kinds(text) == []


def test_a_peak_is_an_escalation_and_a_present_tense_warning_the_reports_voice() -> None:
    assert kinds("Air strikes, which at their peak in January hit a dozen villages a day, have stopped.") == [
        ("escalation", "2020-01"),
    ]
    assert kinds("With the school year due to start on 21 March, the cluster warns that 300 schools are damaged.") == []


def test_a_risk_of_shelling_is_no_shelling() -> None:
    text = '"They fear the virus more in crowded camps than the risk of shelling at home," a spokesman said on Tuesday.'
    assert kinds(text) == []


def test_the_relief_coordinator_speaking_with_no_event_word_is_a_statement() -> None:
    text = "The Emergency Relief Coordinator, Mark Lowcock, said on 17 February that the crisis had reached a new stage."
    assert kinds(text) == [("talks", "2020-02-17")]
