"""Session 6: happenings the trigger words missed — relief work told by its own verb (money
released from a fund, people relocated, relief flights and air bridges, distributions begun,
vaccines arriving, a joint mission getting through), gatherings told by their own verb, a town
"taken by" a side or taken in "full control", a road blockaded, foreign fighters arriving, a
state proclaimed, and a count or a yardstick that runs from a day its when-clause tells; then
dates told as they are (killed "over the weekend", "the besieged city") and words that name no
happening (a rate, weapons pulled back, money asked for a year, fighting going on).
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
        # relief told by its own verb
        ("On 9 June, OCHA released US$4 million from the country-based pooled fund.", [("humanitarian", "2022-06-09")]),
        ("On 2 June, the agency allocated USD 2.5 million from its emergency reserve.", [("humanitarian", "2022-06-02")]),
        ("On Monday, IOM relocated more than 300 migrants from the flooded shelter.", [("humanitarian", "2022-06-13")]),
        ("Humanitarian flights between the two provincial capitals resumed on Tuesday.", [("humanitarian", "2022-06-14")]),
        ("A humanitarian air bridge to the northern airport began operating on 8 June.", [("humanitarian", "2022-06-08")]),
        ("The food agency began distributing seed kits to returning farmers last week.", [("humanitarian", "2022-06-06")]),
        ("Between 6 and 10 June, partners distributed hot meals to 12,000 people.", [("humanitarian", "2022-06-06")]),
        ("The first doses of measles vaccine for the district arrived by road on 11 June.", [("humanitarian", "2022-06-11")]),
        ("On Wednesday, a joint mission of UNICEF and WHO reached the besieged town.", [("humanitarian", "2022-06-15")]),
        # gatherings told by their own verb, however long the subject
        (
            "A peace conference on the crisis, co-hosted by Norway, Qatar and the European Union, will be held in Oslo on Tuesday.",
            [("talks", "2022-06-21")],
        ),
        ("On 14 June, Norway and Qatar co-hosted a conference on the crisis in Oslo.", [("talks", "2022-06-14")]),
        ("The second took place on Monday.", [("talks", "2022-06-13")]),
        ("The committee will convene for its sixth round in Geneva on Monday.", [("talks", "2022-06-20")]),
        # a town taken
        ("The port was the first city to be taken by rebel forces, on 3 June.", [("capture", "2022-06-03")]),
        ('By Sunday, the militia said it had taken "full control" of the airport.', [("capture", "2022-06-12")]),
        # acts of no war kind
        ("Protesters blocked the main highway to the capital in May.", [("other", "2022-05")]),
        ("The blockade began in March 2021.", [("other", "2021-03")]),
        ("Officials say foreign fighters began arriving in April.", [("other", "2022-04")]),
        ('The group proclaimed a "caliphate" in March 2015.', [("other", "2015-03")]),
        # a count or a yardstick from a day its when-clause tells
        (
            "Some 400 people have been killed since 3 May, when car bombs exploded in two markets.",
            [("attack", "2022-05-03")],
        ),
        (
            "It was the deadliest assault on the city since March 2016, when gunmen stormed the old prison.",
            [("attack", "2016-03")],
        ),
    ],
)
def test_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over a report's week is no happening on its last day
        ("Eleven civilians were killed in the district during the week ending 12 June.", []),
        ("In the week to 10 June alone, 420 households were newly displaced.", []),
        # the date in brackets closing a text's first line is its title's
        ("Clashes in the eastern districts (15 June 2022)\nFighting erupted on Monday.", [("escalation", "2022-06-13")]),
        # refugees arriving are a flight, not fighters deployed
        ("Refugees began arriving in the border town in April.", []),
        # a war growing since a day keeps its kind: the when-clause gives no count or yardstick
        ("Violence has escalated sharply since 2 May, when gangs attacked three police stations.",
         [("escalation", "2022-05-02")]),
    ],
)
def test_left_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed "over the weekend" names the weekend's fighting, not a rolling toll
        ("Nine soldiers were killed in fighting around the bridge over the weekend.", [("attack", "2022-06-11")]),
        # "the besieged city" is a state, no siege begun that day
        ("An air strike destroyed a clinic in the besieged port city on Wednesday.", [("attack", "2022-06-15")]),
        ("Forces have besieged the old town since early May.", [("offensive", "2022-05")]),
    ],
)
def test_dated_as_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rate is no happening
        "Over the past year, an average of 900 refugees have crossed the border each day.",
        # weapons named as what a deal pulls back are no attack
        "Tanks, rocket launchers and artillery must be withdrawn from the zone five days earlier.",
        # money asked for a year is a budget, however long its purpose
        "Agencies appealed for US$300 million for the regional refugee response in three countries this year.",
        # fighting going on through a stretch, however many words name it
        "Ground fighting and air strikes in the southern and western districts continued to escalate throughout the last week.",
    ],
)
def test_no_happening(text: str) -> None:
    assert kinds(text) == []
