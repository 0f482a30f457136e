"""Session 6: the kind of non-military happenings, read from the verb that dates them.

Relief is told by its own verbs (aid vehicles entering, food handed out, money released, a
resolution adopted), a pause of a few hours for evacuations is relief whoever asks for it, a
deal that ends a war is a ceasefire however much aid it lets in, a leader's trip is a visit, an
act of state is `other`. Every sentence is our own; none comes from a dev or blind text.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2022, 6, 17)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid vehicles moving in, told from the agency or the cargo to the verb: no capture
        ("Some 210 aid trucks entered the enclave on Tuesday, officials said.", [("humanitarian", "2022-06-14")]),
        ("A UNICEF shipment of 12 tonnes of vaccines and cold-chain equipment entered the province on 9 June.",
         [("humanitarian", "2022-06-09")]),
        ("The second WFP convoy since the floods crossed on 11 June.", [("humanitarian", "2022-06-11")]),
        ("A fuel tanker crossed into the city from the south on Wednesday for the first time in weeks.",
         [("humanitarian", "2022-06-15")]),
        # (troops entering a town still take it)
        ("Army troops entered Kafr Jalal on Tuesday.", [("capture", "2022-06-14")]),
    ],
)
def test_aid_vehicles_moving_in_are_relief(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local partners distributed ready-to-cook meals to 8,000 people on 14 June.", [("humanitarian", "2022-06-14")]),
        ("The agency began distributing hygiene kits to returning families on Monday.", [("humanitarian", "2022-06-13")]),
        ("Volunteers started emergency food distributions in three shelters on 2 June.", [("humanitarian", "2022-06-02")]),
        ("A charity kitchen provided hot meals to 4,000 displaced people on Wednesday.", [("humanitarian", "2022-06-15")]),
        ("Since May, winter kits have been delivered to about 6,000 households in the valley.", [("humanitarian", "2022-05")]),
    ],
)
def test_relief_handed_out_is_dated_by_its_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 8 June, UNICEF released USD 2 million from its emergency reserve.", [("humanitarian", "2022-06-08")]),
        ("An allocation of US$ 4.5 million from the country-based pooled fund was approved on 10 June.",
         [("humanitarian", "2022-06-10")]),
    ],
)
def test_money_released_for_relief(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_present_tense_welcome_leaves_the_date_to_what_it_welcomes() -> None:
    # the release's own voice ("welcomes") is undated: the adoption took place on Friday
    text = "The Humanitarian Coordinator welcomes the adoption on Friday by the Security Council of resolution 9001."
    assert kinds(text, date(2022, 6, 18)) == [("humanitarian", "2022-06-17")]
    # a past welcome is a statement on its own day
    assert kinds("The envoy welcomed the truce on Thursday.") == [("talks", "2022-06-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Resident Coordinator called on 12 June for a three-hour humanitarian pause to evacuate the wounded.",
         [("humanitarian", "2022-06-12")]),
        ("It called for a humanitarian truce of four hours on Sunday to let ambulances reach the old city.",
         [("humanitarian", "2022-06-12")]),
        ("A two-hour humanitarian truce requested by the Red Cross on 5 June to allow the evacuation of civilians was ignored.",
         [("humanitarian", "2022-06-05")]),
        # a call for a ceasefire is still a statement, a long truce declared still a ceasefire
        ("The Secretary-General called on Monday for an immediate ceasefire.", [("talks", "2022-06-13")]),
        ("The mediators announced a 120-hour pause in the military operation on Tuesday.", [("ceasefire", "2022-06-14")]),
    ],
)
def test_a_pause_of_hours_for_relief_is_humanitarian(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a peace deal stays a ceasefire even when the sentence names the aid it lets in
        ("The peace deal signed in Nairobi on 3 June commits both sides to let aid convoys pass.", [("ceasefire", "2022-06-03")]),
        # a memorandum told before its signatories
        ("The accord builds on a memorandum the two governments signed in Doha on 2 May.", [("ceasefire", "2022-05-02")]),
        ("The northern de-escalation area was agreed by the three guarantors in May 2019.", [("ceasefire", "2019-05")]),
    ],
)
def test_deals_that_stop_a_war_are_ceasefires(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister flew to Baku on Sunday for talks with his counterpart.", [("talks", "2022-06-12")]),
        ("The defence minister was due to arrive in Yerevan later on Thursday.", [("talks", "2022-06-16")]),
        # (a plane flying to a city with no leader on board is no visit)
        ("A cargo plane flew to Erbil on Sunday.", []),
        ("On 2 June, the interim president signed a constitutional declaration setting a two-year transition.",
         [("other", "2022-06-02")]),
        ("On 4 June, border police forcibly returned around 600 people.", [("displacement", "2022-06-04")]),
    ],
)
def test_visits_acts_of_state_and_forced_returns(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the belligerents' backers agreed, where a truce or its zone is named, is the truce
        ("The strikes wrecked what was left of a deal that the two guarantors reached in Astana in May 2019.",
         [("ceasefire", "2019-05")]),
        ("The two presidents agreed on Tuesday to set up a demilitarised strip along the river.", [("ceasefire", "2022-06-14")]),
        # ... but talks that ended without one are talks, and a deal with no truce in sight is politics
        ("A ceasefire is still out of reach: a first round of talks in Geneva on Tuesday ended without a deal.",
         [("talks", "2022-06-14")]),
        ("The council reached an agreement with the transport unions on Monday.", [("talks", "2022-06-13")]),
    ],
)
def test_a_deal_that_makes_a_truce_is_a_ceasefire(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road cut off by a side is a happening; a town that has long been under blockade is a state
        ("Since March, the militia had blockaded the only road into the valley.", [("other", "2022-03")]),
        ("The blockade began in February 2021, when checkpoints went up on the highway.", [("other", "2021-02")]),
        ("The town has been under blockade since February 2021.", []),
        # foreign forces arriving or deploying
        ("Kenyan police officers began arriving in the capital on Tuesday.", [("other", "2022-06-14")]),
        ("A regional force from the East African Community (EAC) started deploying in mid-May.", [("other", "2022-05")]),
        # a round of talks named by its number (but not a round of shelling or of an election)
        ("The committee will convene for its sixth round in Vienna on Monday.", [("talks", "2022-06-20")]),
        ("A third round is expected to take place in late July.", [("talks", "2022-07")]),
        ("A second round of shelling hit the market on Tuesday.", [("attack", "2022-06-14")]),
    ],
)
def test_blockades_deployments_and_rounds(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution that was not adopted is diplomacy over a text
        ("On Tuesday, three council members circulated a draft resolution condemning the massacre.", [("talks", "2022-06-14")]),
        ("On Wednesday, the Security Council failed for the second time to adopt a resolution on the war.",
         [("talks", "2022-06-15")]),
        # ... an adopted one, or a vetoed renewal of the aid mandate, is relief
        ("On Wednesday, the Security Council adopted resolution 9002 on the protection of aid workers.",
         [("humanitarian", "2022-06-15")]),
        ("On Wednesday, Norway circulated a draft resolution renewing cross-border aid for a year.", [("humanitarian", "2022-06-15")]),
        # an infection confirmed is no statement
        ("A nurse at the district hospital tested positive on Thursday.", [("other", "2022-06-16")]),
    ],
)
def test_resolutions_not_adopted_and_infections(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relief flown in, a relief mission on the ground
        ("Humanitarian flights from the coast to the northern towns resumed on Thursday.", [("humanitarian", "2022-06-16")]),
        ("On 9 June, a joint UN mission visited Kafr Laha and Taldou to assess needs.", [("humanitarian", "2022-06-09")]),
        # (a minister's visit stays a visit)
        ("On 9 June, the foreign minister visited Kafr Laha.", [("talks", "2022-06-09")]),
        # the crossings of an aid mandate closed by the Council
        ("The mandate once covered four crossings; in May last year the Council closed Bab al-Karama.",
         [("humanitarian", "2021-05")]),
        # (a school closed is no relief)
        ("The school closed the gates on Monday.", []),
    ],
)
def test_relief_flights_missions_and_mandate_crossings(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid partners' operations are relief; a campaign named by its target stays a campaign
        ("Partners started resuming limited operations on 2 June.", [("humanitarian", "2022-06-02")]),
        ("Since the start of the Raqqa operation on 6 June 2017, humanitarian partners have reached 40,000 people.",
         [("offensive", "2017-06-06")]),
    ],
)
def test_relief_operations_and_named_campaigns(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # consultations with a named party or in a named place (the name is a whole word)
        ("The envoy began consultations with Libyan parties in Tunis in early May.", [("talks", "2022-05")]),
        ("Discussions on the make-up of the transitional council continued on Tuesday.", [("talks", "2022-06-14")]),
    ],
)
def test_consultations_and_discussions_are_talks(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
