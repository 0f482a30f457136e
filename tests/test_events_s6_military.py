"""Session 6: captures and attacks told in ways the nearest word misreads.

A town taken in the passive or with its name in quotes, a name's apposition between the
capture and its date, a place entered to shoot (an attack, not a capture), one person's killing
named as a happening, people accused of a killing, places damaged in a named town, and a tally
in the next clause that no longer swallows the date before it. Every sentence is our own; none
comes from a dev or blind text.
"""

from __future__ import annotations

from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.dates import find_dates
from idlibmon.extract.events.tallies import tally
from idlibmon.extract.events.triggers import find_triggers

PUB = date(2021, 3, 19)  # a Friday

kinds = kinds_on(PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town taken, told in the passive with the side that took it
        ("Kalmar was the second port to be taken by government forces, on 3 March.", [("capture", "2021-03-03")]),
        ("On Sunday, the militia announced that it had taken \"total control\" of the depot.", [("capture", "2021-03-14")]),
        # an apposition on the town between the verb and its date is no clause boundary
        ("The council grew in size in late 2020 after the army captured Dorvan, the last town held by the rebels, on 2 March.",
         [("capture", "2021-03-02")]),
        # gunmen who enter a building and open fire made an attack, not a capture
        ("On Tuesday, masked gunmen entered the Osk transit centre and opened fire on the guards.", [("attack", "2021-03-16")]),
        ("Militiamen entered Varga on Monday, killed 12 farmers and burned the market.", [("attack", "2021-03-15")]),
        # people accused of a killing: the killing, not the accusation
        ("On 9 March, police officers were accused of killing around 30 protesters in the town of Sel.", [("attack", "2021-03-09")]),
        # one person's killing named as the happening
        ("Tension rose after the killing of a local judge in early February.", [("attack", "2021-02")]),
        # places damaged in a named town
        ("Three clinics were damaged in Harva in early March, and 12 clinics across the district remain suspended.",
         [("attack", "2021-03")]),
    ],
)
def test_military_kind_from_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_a_date_is_no_rate() -> None:
    """ "on Feb. 10, a week after ..." is a day and an anchor, not "10 a week"."""
    text = "Six soldiers were killed by artillery fire on Feb. 10, a week after four others died nearby."
    dates = [d for d in find_dates(text, PUB) if d.start == "2021-02-10"]
    trig = next(t for t in find_triggers(text, 0, len(text)) if text[t[0]:t[1]] == "killed")
    assert dates and not tally(text, (0, len(text)), dates[0], trig)
    assert ("attack", "2021-02-10") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # entering a town to hold it stays a capture
        "Government troops entered Varga on Monday after a week of shelling.",
    ],
)
def test_entering_a_town_is_still_a_capture(text: str) -> None:
    assert kinds(text) == [("capture", "2021-03-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces pushing into a town named with its adjective, or into an airport's compound, take it
        ("Loyalist forces pushed into the hilltop town of Serva on Thursday.", [("capture", "2021-03-18")]),
        ("Marines pushed into the compound of the city's airport on Tuesday.", [("capture", "2021-03-16")]),
        # a town held since a date: its capture's date
        ("Fighting neared Orla, the capital, which the rebels have controlled since May 2019.", [("capture", "2019-05")]),
        # a side entering the war opens its campaign; it takes no town
        ("The northern alliance entered the war in June 2019 to back the government.", [("offensive", "2019-06")]),
        # a campaign of strikes begun, or rockets fired from a day on: the war grows
        ("Air strikes, said by the ministry to have started on 2 March, have hit the valley daily.", [("escalation", "2021-03-02")]),
        ("Hundreds have died since the militia began firing rockets at the border towns on 4 February.",
         [("escalation", "2021-02-04")]),
        ("Hostilities across the region have increased sharply since early February.", [("escalation", "2021-02")]),
        # a peak dated by a when-clause: the strike that made it
        ("Tensions between the two capitals peaked on 1 March, when an air strike killed 20 soldiers.", [("attack", "2021-03-01")]),
    ],
)
def test_military_kind_batch_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side announcing it is going back to war: the offensive, dated by the announcement
        ("The government accused the rebels of stalling and announced on 2 March that it was resuming its military operations.",
         [("offensive", "2021-03-02")]),
        # the last defenders of a town falling, told by a town's word before the verb
        ("The last pockets of resistance in the south of the city fell on Wednesday.", [("capture", "2021-03-17")]),
        # killings told by how the victims died
        ("Dozens of farmers were hacked to death in the village of Oru on the night of 4 March.", [("attack", "2021-03-04")]),
        # an apposition between the capture and a date told with its time of day
        ("Rebel fighters entered Kessa, the capital of the northern province, in the early hours of 3 March.",
         [("capture", "2021-03-03")]),
        # two days, each with its own verb, are two captures
        ("The militia entered the city late on Sunday and by Monday morning had seized the airport.",
         [("capture", "2021-03-14"), ("capture", "2021-03-15")]),
        # roads meet, nobody talks: the town's apposition leaves the date to the capture
        ("Troops entered Harran, a town where the N4 meets the coast road, last Thursday.", [("capture", "2021-03-11")]),
        # a build-up of troops where a side already fights is an escalation
        ("Ankara poured thousands of troops into the province last month.", [("escalation", "2021-02")]),
    ],
)
def test_military_kind_batch_three(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the arms a deal removes are no attack
        "Under the deal, heavy weapons including rocket launchers and artillery must be withdrawn from the zone by 10 March.",
        # a report's title ends in its own date
        "Escalation of fighting in the north - Flash Update No. 4 (12 March 2021)\n\nHIGHLIGHTS\n\nThousands remain in camps.",
        "Health response to the escalation in the north - Situation Report 6, 12 March 2021\n\nHighlights\n\nClinics are full.",
    ],
)
def test_no_military_event_here(text: str) -> None:
    assert kinds(text) == []
