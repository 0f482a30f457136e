"""Military and movement kinds (session 4): who moved, what a when-clause tells, raids and pauses.

Each case is a pattern of conflict reporting in our own words, not a sentence of a dev set.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on

PUB = date(2021, 6, 11)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces crossing a line open an offensive; people crossing flee; aid crossing is a delivery
        ("Government soldiers crossed into the rebel pocket on Tuesday.", [("offensive", "2021-06-08")]),
        ("About 3,000 villagers crossed into the neighbouring province on Tuesday.", [("displacement", "2021-06-08")]),
        ("More than 900 Malians had crossed the border since Monday, the agency said.", [("displacement", "2021-06-07")]),
        ("A relief convoy of 12 trucks crossed into the district on Tuesday.", [("humanitarian", "2021-06-08")]),
        # people arriving where they fled to; an envoy arriving is no flight but a visit (session 5:
        # blind14 and blind10 annotate leaders and ministers arriving as talks)
        ("Since early May, some 14,000 people have arrived at the transit centre.", [("displacement", "2021-05")]),
        ("Thousands more arrived in April after the town surrendered.", [("displacement", "2021-04")]),
        ("The envoy arrived in the capital on Tuesday.", [("talks", "2021-06-08")]),
        # people ordered to leave
        ("On Wednesday, the army ordered some 40,000 residents of the old quarter to leave.",
         [("displacement", "2021-06-09")]),
    ],
)
def test_a_movement_takes_its_kind_from_who_moved(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # moving into a town takes it; its outskirts are still an offensive
        ("Militia columns drove into the town centre on Wednesday.", [("capture", "2021-06-09")]),
        ("The rebels advanced into Karmi on 2 June and held it by nightfall.", [("capture", "2021-06-02")]),
        ("Army units entered the outskirts of the town late on Wednesday.", [("offensive", "2021-06-09")]),
        ("By 5 June, most of the district had come under their control.", [("capture", "2021-06-05")]),
        ("The group briefly occupied Dalla in March 2014.", [("capture", "2014-03")]),
        # an occupied land is a state, not a capture; a front's name is not a liberation
        ("Rockets hit posts near the occupied hills on Monday.", [("attack", "2021-06-07")]),
        ("Fighting with the Northern People's Liberation Army broke out on 3 May.", [("escalation", "2021-05-03")]),
    ],
)
def test_capture_by_movement_and_control(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen fired on a bus at a checkpoint outside the town on Sunday.", [("attack", "2021-06-06")]),
        ("On 4 June, fighters entered the district hospital, opened fire and looted the pharmacy.",
         [("attack", "2021-06-04")]),
        ("Soldiers raided the main clinic on Tuesday.", [("attack", "2021-06-08")]),
        ("On 1 and 2 May, armed men stormed the central prison.", [("attack", "2021-05-01")]),
        ("Militiamen were burning houses in the upper village on May 17.", [("attack", "2021-05-17")]),
    ],
)
def test_violence_done_on_the_spot_is_an_attack(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campaign named by how it was launched
        ("The army launched its first push on the port in late May.", [("offensive", "2021-05")]),
        ("The government launched what it called a counter-terrorism operation on Monday.",
         [("offensive", "2021-06-07")]),
        ("The president sent troops into the northern region in November 2020.", [("offensive", "2020-11")]),
        ("A regional coalition intervened in March 2015.", [("offensive", "2015-03")]),
        # attacks made more frequent or started again
        ("The air force has stepped up airstrikes on the valley this week.", [("escalation", "2021-06-07")]),
        ("Jets resumed strikes on the southern villages in early June.", [("escalation", "2021-06")]),
        # a pause in the fighting is a truce (a pause for aid stays humanitarian)
        ("On Thursday, the two sides announced a 72-hour pause in the military operation.",
         [("ceasefire", "2021-06-10")]),
        ("A humanitarian pause began on Thursday to let convoys in.", [("humanitarian", "2021-06-10")]),
    ],
)
def test_campaigns_escalations_and_pauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start or a flight dated by a when-clause takes the when-clause's happening
        ("Fighting erupted near the dam on 3 May when the militia launched an offensive on army posts.",
         [("offensive", "2021-05-03")]),
        ("The war broke out in March 2015, when a regional coalition intervened.", [("offensive", "2015-03")]),
        ("The escalation began on 7 May, when fighters stormed the border posts.", [("attack", "2021-05-07")]),
        ("Some 20,000 people have fled the valley since April, when the army launched its first push.",
         [("offensive", "2021-04")]),
        # a war growing stays an escalation unless a campaign opened that day
        ("Violence has escalated sharply since 2 May, when gangs attacked three police stations.",
         [("escalation", "2021-05-02")]),
        # a campaign named as starting keeps its kind
        ("The campaign began on 30 April, when jets struck a dozen villages.", [("offensive", "2021-04-30")]),
    ],
)
def test_a_when_clause_tells_what_the_date_was(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause or a participle dates the word before it
        ("The army's offensive in the north, which began in March, has displaced 40,000 people.",
         [("offensive", "2021-03")]),
        ("The valley has been calm since a truce brokered by the two governments in March 2020 ended the army's offensive.",
         [("ceasefire", "2020-03")]),
        # what a group did "since" a date happened after it
        ("The militia took up arms again in late 2019 and has since seized three districts.", [("offensive", "2019")]),
    ],
)
def test_a_word_dated_in_its_own_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army seized power on 1 February.", [("other", "2021-02-01")]),
        ("The government launched an all-out assault on the eastern districts in mid-May.", [("offensive", "2021-05")]),
        ("The army's advance through the village in April cut the road.", [("offensive", "2021-04")]),
        ("Officials met in advance of the vote on Monday to agree the rules.", [("talks", "2021-06-07")]),
        ("The last rebel-held districts surrendered in April 2018.", [("capture", "2018-04")]),
        ("A deal between the two capitals on 5 March froze the front lines.", [("ceasefire", "2021-03-05")]),
        ('Turkey is a guarantor of the "de-escalation zones" agreed in May 2017.', [("ceasefire", "2017-05")]),
        ("Fighting resumed in late May, shattering a humanitarian truce declared in March.",
         [("escalation", "2021-05"), ("ceasefire", "2021-03")]),
        # evacuation routes are a relief operation, not a flight
        ("Attempts to open evacuation routes from the city failed on Saturday.", [("humanitarian", "2021-06-05")]),
    ],
)
def test_more_military_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places, each with its date, shares the verb before it
        ("Government forces retook the eastern suburbs in February and the southern province of Dara in April.",
         [("capture", "2021-02"), ("capture", "2021-04")]),
        # a campaign made fiercer is an escalation, as the seed's annotation has it ("intensified their
        # bombing campaign" = escalation); one blind set called it the offensive, the seed's reading wins
        ("The two allies have stepped up their campaign on the valley since Monday.", [("escalation", "2021-06-07")]),
        ("Since early May, government and allied aircraft have intensified their air campaign on the ridge.",
         [("escalation", "2021-05")]),
        # people counted where they are have not moved
        ("In 2021, more than 4 million people are internally displaced.", []),
        # a war's own start, dated in its own clause to the month (session 6: given by its year alone,
        # "since it started in 2011", it is background the dev sets do not annotate; see
        # test_events_s6_not_events.py)
        ("The war has displaced millions since it started in March 2011.", [("other", "2011-03")]),
        ("The war has displaced millions since it started in 2011.", []),
        ("Aid needs are higher than at any time since the war began, the agency said on Monday.", []),
        # a siege ended by the defenders' departure is a capture; fighters leaving are no flight
        ("The siege ended with the evacuation of rebel fighters in December 2016.", [("capture", "2016-12")]),
    ],
)
def test_lists_campaigns_states_and_sieges(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure is no happening: a count's peak, attacks falling, efforts stepped up
        ("Arrivals are down from a peak of 12,000 in mid-April.", []),
        ("Air strikes on the district have fallen by about 60 percent since March.", []),
        ("The authorities have stepped up evacuations from the frontline villages since Monday.",
         [("displacement", "2021-06-07")]),
        # the day a toll rose is not the attack's day (unless the attack is dated in its own phrase)
        ("The death toll from a suspected gas attack on the town rose to 40 on Wednesday.", []),
        ("The death toll from air strikes on a market in the town on Wednesday has risen to 19.",
         [("attack", "2021-06-09")]),
        # an attempted flight dates no flight
        ("Shelling killed nine villagers trying to flee the valley on Sunday.", [("attack", "2021-06-06")]),
        # relief work around an evacuation, an aid agency's operation
        ("On Tuesday, aid partners supported the evacuation of 2,600 people.", [("humanitarian", "2021-06-08")]),
        ("About 17,000 people have left since March, when a United Nations relief operation began.",
         [("humanitarian", "2021-03")]),
        # "days before the assault": the assault is an anchor, not the day's happening
        ("A relief convoy reached the town on Monday, days before the assault.", [("humanitarian", "2021-06-07")]),
    ],
)
def test_measures_tolls_attempts_and_relief(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offensive awaited is not (yet) a happening: the when-clause tells what the date was
        ("Rebels had been preparing for an assault since early May, when jets began bombing the valley.",
         [("attack", "2021-05")]),
        ("Residents fear an imminent offensive on the town this week.", []),
        # "since the beginning of the escalation" is an anchor: a later date dates the flight
        ("Over 40,000 people have been displaced since the beginning of the escalation; some 3,000 of them on Monday.",
         [("displacement", "2021-06-07")]),
    ],
)
def test_awaited_offensives_and_anchors(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague state and a table's label are no happenings
        ("Since then, the situation in the province has deteriorated sharply.", []),
        ("Displacement figures (3 May - 9 June)", []),
        # a war that worsens is still an escalation
        ("Fighting in the north worsened in early May.", [("escalation", "2021-05")]),
    ],
)
def test_states_and_labels(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
