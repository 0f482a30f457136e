"""Dated happenings: the right kind on the right day, once, and never the source's own speaking day."""

from __future__ import annotations

import json
from datetime import date

import pytest

from event_kinds import kinds_on
from idlibmon.extract.events import find_events

FRI = date(2019, 12, 27)
PLACES = {"Ariha": ["Areeha"], "Saraqeb": ["Saraqib"], "Idlib": ["Idleb"]}

kinds = kinds_on(FRI, PLACES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 24 January, a UN cross-border convoy of 50 trucks crossed into Idlib through Bab al-Hawa.",
         [("humanitarian", "2019-01-24")]),
        ("Since 1 December, an estimated 390,000 people have fled their homes in northwest Syria.",
         [("displacement", "2019-12-01")]),
        ("A ceasefire brokered by Russia and Turkey took effect at midnight on Thursday.",
         [("ceasefire", "2019-12-26")]),
        ("An air strike hit a market in Ariha on Wednesday, killing 12 civilians.", [("attack", "2019-12-25")]),
        ("Government forces captured the town of Khan Sheikhoun on Tuesday.", [("capture", "2019-12-24")]),
        ("In April, Syrian troops launched a ground offensive into southern Idlib.", [("offensive", "2019-04")]),
        ("Erdogan and Putin will meet in Moscow on Monday to discuss Idlib.", [("talks", "2019-12-30")]),
        ("Violence escalated sharply in mid-December.", [("escalation", "2019-12")]),
        ("The Security Council on Friday renewed the cross-border resolution for six months.",
         [("humanitarian", "2019-12-27")]),
    ],
)
def test_kind_and_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_the_source_speaking_is_not_an_event() -> None:
    assert kinds("The UN said on Friday it was alarmed by the situation in Idlib.") == []
    assert kinds("Aid groups are overwhelmed, OCHA told reporters on Thursday.") == []
    # the displacement keeps its own date; the day OCHA spoke yields nothing
    assert kinds("The mass displacement took place between 12-25 December, OCHA said on Friday.") == [
        ("displacement", "2019-12-12"),
    ]


def test_a_publication_the_story_is_about_is_an_event_of_kind_other() -> None:
    got = kinds("Last month, the New York Times published a report on Russian air raids that bombed hospitals.")
    assert got == [("other", "2019-11")]


def test_a_ceasefire_called_for_is_a_statement() -> None:
    assert kinds("On Tuesday, Turkey called for an immediate ceasefire in Idlib.") == [("talks", "2019-12-24")]


def test_despite_a_ceasefire_the_attack_is_the_event() -> None:
    assert kinds("Russian jets bombed Ariha on Monday despite the ceasefire.") == [("attack", "2019-12-23")]


def test_one_event_per_happening() -> None:
    text = ("Syrian forces capture Saraqeb on Tuesday\n\n"
            "Syrian government forces on Tuesday captured Saraqib, a town on the M5 highway.")
    events = find_events(text, FRI, PLACES)
    assert [(e.kind, e.start, e.place) for e in events] == [("capture", "2019-12-24", "Saraqeb")]


def test_undated_happenings_and_boilerplate_yield_nothing() -> None:
    text = "Air strikes killed dozens of civilians.\nSign up on Monday for our newsletter on the offensive."
    skip = [(text.index("Sign"), len(text))]
    assert find_events(text, FRI, skip=skip) == []


def test_event_text_and_span_point_into_the_input() -> None:
    text = "Since 19 December, forces have seized dozens of towns and villages, amid clashes."
    (event,) = find_events(text, FRI)
    assert text[event.span[0]:event.span[1]] == event.text
    assert event.text == "Since 19 December, forces have seized dozens of towns and villages"
    assert event.resolved_from == "Since 19 December"


def test_seed_article(shared_dir) -> None:  # type: ignore[no-untyped-def]
    seed = shared_dir / "seed"
    text = (seed / "mee-2019-12-27-idlib.txt").read_text(encoding="utf-8")
    gold = json.loads((seed / "mee-2019-12-27-idlib.gold.json").read_text(encoding="utf-8"))
    got = [(e.kind, e.start) for e in find_events(text, date.fromisoformat(gold["published"]))]
    expected = [(g["kind"], g["start"]) for g in gold["events"]]
    hits = sum(1 for k, s in expected if any(gk == k and gs.startswith(s) for gk, gs in got))
    assert hits >= 7
    assert len(got) <= len(expected) + 1


def test_datelines_date_the_text_not_a_happening() -> None:
    text = "BEIRUT, Dec 27 (Reuters) - Syrian forces captured the town of Jarjanaz on Thursday."
    assert kinds(text) == [("capture", "2019-12-26")]
    assert kinds("Gaziantep, 28 February 2020 - The WHO condemns attacks on health care.") == []


def test_a_date_opening_a_sentence_that_the_source_then_speaks_on_is_not_an_event() -> None:
    assert kinds("On Monday, the UN's humanitarian office said 80,000 people had fled.") == []


def test_newsmakers_words_are_talks_and_announced_ceasefires_are_ceasefires() -> None:
    assert kinds("Erdogan said on Sunday that 80,000 were fleeing and warned Turkey could not cope.") == [
        ("talks", "2019-12-22"),
    ]
    assert kinds("Russia's military said on Wednesday that a complete ceasefire had been agreed.") == [
        ("ceasefire", "2019-12-25"),
    ]


def test_a_military_convoy_is_not_aid() -> None:
    assert kinds("An air strike hit a Turkish military convoy on Monday.") == [("attack", "2019-12-23")]
    assert kinds("On Monday, a convoy of 38 trucks carrying blankets crossed into Idlib.") == [
        ("humanitarian", "2019-12-23"),
    ]


def test_a_toll_over_a_period_is_not_an_event_but_a_wave_of_flight_is() -> None:
    assert kinds("Since April, about 1,000 civilians have been killed.") == []
    assert kinds("Since April, more than 400,000 people have fled.") == [("displacement", "2019-04")]


def test_when_clause_names_what_the_date_was() -> None:
    text = "Hospitals saw more wounded patients since Monday, when forces intensified air attacks."
    assert kinds(text) == [("escalation", "2019-12-23")]


def test_a_leader_speaking_is_an_official_statement_an_agency_is_a_source() -> None:
    assert kinds("Turkish President Erdogan said on Wednesday that an operation was a matter of time.") == [
        ("talks", "2019-12-25"),
    ]
    assert kinds("Turkey's defence ministry said on Wednesday that its forces were in position.") == []


def test_sentences_given_by_the_caller_give_the_same_events() -> None:
    from idlibmon.extract.text import sentences

    text = "On Thursday, Trump warned Syria. Since 19 December, forces have seized dozens of villages."
    assert find_events(text, FRI, sents=sentences(text)) == find_events(text, FRI)


def test_a_happening_dated_only_by_its_report_takes_the_report_day() -> None:
    text = "Government forces have taken control of Maaret al-Numan, state media reported on Tuesday."
    assert kinds(text) == [("capture", "2019-12-24")]


def test_two_strikes_on_one_day_in_two_towns_are_two_events() -> None:
    text = "An air strike hit a market in Ariha on Monday. In a separate attack on Monday, shelling hit Saraqib."
    assert kinds(text) == [("attack", "2019-12-23"), ("attack", "2019-12-23")]


def test_no_frequent_skipped_word_can_open_a_trigger() -> None:
    from idlibmon.extract.events.triggers import GROUPS, NOT_TRIGGERS, pattern_for

    tails = ["", " convoy of trucks", " protocol", " agreement", " moved north", " left", " campaign", " push"]
    for word in NOT_TRIGGERS:
        for tail in tails:
            phrase = word + tail
            rx = pattern_for(word)
            m = rx.match(phrase) if rx else None
            assert m is None or GROUPS[m.lastgroup or ""][0] == "_", phrase  # "_": a known non-trigger


@pytest.mark.parametrize(
    "text",
    [
        # fighting that starts again, told with a long subject, a parenthesis, or as "renewed"
        "Fighting between the national army (ANF) and the northern militia resumed on Monday near the dam.",
        "Hostilities resumed on Monday after a week of calm along the river.",
        "Violence erupted again on Monday in the market town.",
        "Renewed clashes were reported on Monday on the road south of the town.",
    ],
)
def test_fighting_that_starts_again_is_an_escalation(text: str) -> None:
    assert kinds(text) == [("escalation", "2019-12-23")]


def test_a_happening_reported_on_a_day_is_dated_by_it_not_taken_for_the_source_speaking() -> None:
    # "were reported on Monday" dates the clashes; "the monitor reported on Monday" dates a report
    assert kinds("Renewed clashes were reported on Monday on the road south of the town.") != []
    assert kinds("The monitor reported on Monday that its count had risen.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit dozens of camps near the border on Monday, washing away tents.",
        "Measles cases surged in the camps in November.",
        "The virus killed 12 people in the camps on Monday, health workers said.",
        "Torrential rain on Monday flooded 40 camps and killed two people.",
    ],
)
def test_weather_and_disease_are_no_attack(text: str) -> None:
    assert [k for k, _ in kinds(text)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offensive, launched on 30 April when jets struck the south, has emptied whole towns.",
         [("offensive", "2019-04-30")]),
        ("In late April, jets struck towns across the south as the army launched its campaign.",
         [("offensive", "2019-04")]),
        # with no campaign launched, the strike stays an attack
        ("In late April, jets struck towns across the south.", [("attack", "2019-04")]),
    ],
)
def test_a_launched_campaign_outweighs_its_incidental_attack_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected
