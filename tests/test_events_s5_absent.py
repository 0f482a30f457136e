"""Session 5: happenings the trigger words missed — a town coming under a side's control, a
siege, a denial, a state's independence, relief teams and consignments arriving, people carried
out of a besieged place, and talks whose fate is told after a long subject.
Every sentence is our own; none comes from a dev or blind text."""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The district town came under the control of the rebel alliance on Tuesday.", [("capture", "2022-06-14")]),
        ("The border city came back under army control in March 2019 after a local deal.", [("capture", "2019-03")]),
        ("The old quarter has been under siege by militia fighters since early May.", [("offensive", "2022-05")]),
        ("The army denied any involvement on Wednesday.", [("talks", "2022-06-15")]),
        ("The militia denied responsibility on 3 June.", [("talks", "2022-06-03")]),
        ("Eritrea gained independence from Ethiopia on 24 May 1993.", [("other", "1993-05-24")]),
        ("A rapid assessment team arrived in the port on 9 June to coordinate relief.", [("humanitarian", "2022-06-09")]),
        (
            "On 8 June, a consignment of insulin and surgical supplies crossed through the northern crossing.",
            [("humanitarian", "2022-06-08")],
        ),
        (
            "Buses and ambulances carried hundreds of the wounded out of the old city on Wednesday.",
            [("humanitarian", "2022-06-15")],
        ),
        (
            "Talks between the two delegations, brokered by a group of neighbouring states with the support of the"
            " regional bloc, collapsed on 2 June.",
            [("talks", "2022-06-02")],
        ),
    ],
)
def test_happenings_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a denial with no day, a siege with no date: nothing to put on a timeline
        "The government denied the allegations.",
        "Aid workers said the town was still under siege.",
        # a team that arrives is no flight of people
        "Our teams arrived within minutes and pulled two people from the rubble.",
    ],
)
def test_no_dated_happening(text: str) -> None:
    assert kinds(text) == []


def test_people_arriving_still_flee() -> None:
    assert kinds("Some 4,000 people arrived at the camp on Tuesday.") == [("displacement", "2022-06-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work, services or travel stopped: kind other
        ("Flights to the regional capital were suspended on 9 June.", [("other", "2022-06-09")]),
        ("The observer mission suspended its patrols in early May because of the shelling.", [("other", "2022-05")]),
        ("The only clinic in the district stopped working on Tuesday.", [("other", "2022-06-14")]),
        ("Power and water supplies to the city have been cut since 2 June.", [("other", "2022-06-02")]),
        # aid organisations stopping their own work: humanitarian
        ("Several aid agencies suspended operations in the camp on 10 June.", [("humanitarian", "2022-06-10")]),
    ],
)
def test_work_stopped_on_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places counted as they closed over a period: a tally
        ("Since 1 May, 40 health facilities in the province have suspended services.", []),
        ("Schools suspended since 1 May: 40", []),
        ("That brings to 31 the number of clinics that have suspended operations since April.", []),
        # the date before the verb belongs to what came first: the strike
        ("Two clinics were hit on 12 June and have suspended services.", [("attack", "2022-06-12")]),
        # a mandate cut to one crossing is no supply cut
        ("The Council cut the crossings to one in 2020 and renewed the mandate in 2021.", [("humanitarian", "2020"), ("humanitarian", "2021")]),
    ],
)
def test_stopped_work_that_dates_no_stoppage(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places closed: a facility is no relief matter, a crossing is
        ("All schools in the district were closed on Sunday.", [("other", "2022-06-12")]),
        ("The main hospital, closed since 2 May, will reopen next month.", [("other", "2022-05-02")]),
        ("Both crossings were closed on Sunday.", [("humanitarian", "2022-06-12")]),
        # plunder and murder
        ("The clinic was looted at the end of May.", [("attack", "2022-05")]),
        ("Riots followed the assassination of the governor in March 2021.", [("attack", "2021-03")]),
        # a land annexed, an area under full administrative control
        ("The peninsula, which it annexed in 2014, remains contested.", [("capture", "2014")]),
        ("The group took full administrative control of the valley in January.", [("capture", "2022-01")]),
        # forces sent or ordered forward
        ("The army responded by sending thousands of soldiers to the coast on Friday.", [("offensive", "2022-06-17")]),
        ("The marshal ordered his troops to march on the capital on Thursday.", [("offensive", "2022-06-16")]),
        ("Government troops pushed to within two kilometres of the town on Tuesday.", [("offensive", "2022-06-14")]),
        # relief blocked, the dead buried, plans and reports put out
        ("Since 8 May, the UN has been unable to move supplies into the city.", [("other", "2022-05-08")]),
        ("On Tuesday, volunteers buried around 60 bodies in a field near the hospital.", [("other", "2022-06-14")]),
        ("A revised response plan, seeking $500 million, was issued on Monday.", [("humanitarian", "2022-06-13")]),
        ('The group\'s report "Nowhere Safe" was published in May 2021.', [("other", "2021-05")]),
    ],
)
def test_more_happenings_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_looting_told_as_going_on_dates_no_attack() -> None:
    assert kinds("Since March, gangs have looted shops across the capital.") == []


def test_leaders_arriving_make_a_visit() -> None:
    assert kinds("Three foreign ministers arrived in the capital on Wednesday to show support.") == [("talks", "2022-06-15")]
    # troops arriving are no visit, and no flight either
    assert kinds("Fresh troops arrived in the capital on Wednesday.") == []


def test_a_survey_made_is_dated() -> None:
    assert kinds("An IOM survey conducted in March found most families wanted to stay.") == [("other", "2022-03")]


def test_crossings_removed_from_a_mandate_are_its_history() -> None:
    text = "Renewals cut the list: two northern crossing points were removed in January 2020, and a third in July 2020."
    assert kinds(text) == [("humanitarian", "2020-01"), ("humanitarian", "2020-07")]
    # removed with no mandate in sight is no relief
    assert kinds("Debris was removed from the main road in January.") == []


def test_a_meeting_today_is_news_a_warning_today_is_the_release() -> None:
    assert kinds("Today, the Security Council is meeting in emergency session on the crisis.") == [("talks", "2022-06-17")]
    assert kinds("Save the Children warned today that the camps are running out of water.") == []


def test_an_address_by_video_is_a_statement() -> None:
    assert kinds("The rebel leader appeared in a video address on Wednesday.") == [("talks", "2022-06-15")]


def test_a_pause_named_by_its_length_is_a_truce() -> None:
    assert kinds("An earlier week-long pause in late March saw 40 prisoners freed.") == [("ceasefire", "2022-03")]
    assert kinds("A four-day pause took hold on Friday morning.") == [("ceasefire", "2022-06-17")]


def test_relief_items_handed_out_in_the_passive() -> None:
    assert kinds("Winter kits were distributed to 5,000 families in the camps last week.") == [("humanitarian", "2022-06-06")]
    # counted since a month, it is a tally
    assert kinds("Since March, 40,000 tents have been distributed across the province.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town fell under government control on Tuesday.", [("capture", "2022-06-14")]),
        # the denial is dated, not what it denies
        ("The ministry denied on Tuesday that its jets had struck the market.", [("talks", "2022-06-14")]),
        ("All flights to the capital were cancelled on Monday.", [("other", "2022-06-13")]),
    ],
)
def test_control_denials_and_cancellations(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
