"""Session 12: sources named by what they are with a wider set of heads ("Rescue workers said",
"according to the Kassala Doctors Union", "the regional administration said"), and three monitors
the list of known names lacked (UNRWA, ACLED, IPC analyses)."""
from __future__ import annotations

from datetime import date

from idlibmon.extract import extract


def _sources(text: str) -> list[str | None]:
    out = extract(text, date(2024, 5, 1), {}).to_dict()
    return [f["source"] for f in out["figures"]]


def test_a_union_named_with_a_possessive_place() -> None:
    assert _sources("Darfur's Doctors Union said 31 civilians were killed in the raid.") == ["Darfur's Doctors Union"]


def test_a_network_after_according_to() -> None:
    assert _sources("At least 19 people died on Friday, according to the Kassala Doctors Network.") == [
        "Kassala Doctors Network"]


def test_workers_administrations_and_ministers_as_speakers() -> None:
    assert _sources("Rescue workers said 14 people were pulled dead from the rubble.") == ["Rescue workers"]
    assert _sources("Nearly 9,000 residents left the town, the regional administration said.") == [
        "regional administration"]
    assert _sources("Jordan's health minister said 120 people were wounded.") == ["Jordan's health minister"]
    assert _sources("Aid agencies estimate that 6,000 families fled the valley.") == ["Aid agencies"]


def test_unrwa_and_acled_are_known_names() -> None:
    assert _sources("UNRWA says 600,000 people are sheltering in its schools.") == ["UNRWA"]
    assert _sources("More than 4,100 people have been killed since 2019, according to ACLED.") == ["ACLED"]
    assert _sources("Over 2,600 people were killed, the Armed Conflict Location and Event Data Project said.") == [
        "ACLED"]


def test_an_ipc_analysis_is_a_source_but_an_ipc_phase_is_not() -> None:
    assert _sources("According to the latest IPC analysis, 3.1 million people are in need of food aid.") == ["IPC"]
    assert _sources("Some 200,000 people are in need of aid, in Emergency (IPC Phase 4).") == [None]


def test_a_union_of_something_is_read_whole_or_not_at_all() -> None:
    assert _sources("At least 24 clinics were hit, according to the Union of Relief Clinics.") != ["Union"]
    assert _sources("His defence minister said 40,000 people had fled.") == ["defence minister"]


def test_a_known_name_then_an_apposition_then_the_verb() -> None:
    text = ("The Syrian Observatory for Human Rights, a monitor based in Britain that relies on a network of "
            "contacts across the country, said 73 fighters were killed.")
    assert _sources(text) == ["SOHR"]


def test_a_known_name_far_from_the_verb_without_an_apposition_is_not_taken() -> None:
    text = ("UNICEF staff visited the town on Monday and spoke with families living among the ruins of the market "
            "and officials said 73 people were killed.")
    assert _sources(text) == ["officials"]


def test_a_known_body_doing_the_counted_work_in_the_present_or_with_an_adverb() -> None:
    assert _sources("WFP currently reaches 2.4 million people a month in the south.") == ["WFP"]
    assert _sources("In March, UNICEF alone delivered water to 310,000 people.") == ["UNICEF"]
    assert _sources("UNHCR has registered 48,000 refugees at the border since January.") == ["UNHCR"]
