"""Session 9: a war taken up again or begun by firing ("since Hezbollah began firing at Israel on
October 8", "The M23 resumed its rebellion in late 2021", "erupted into open fighting in late
July": blind20, 30, 31, 32) is an escalation; the attack a day before it, told right after its date,
stays a happening of its own; a famine determined ("Famine conditions were confirmed in the camp in
August 2024", "the IPC in September projected famine": blind20, 25, 31) is a dated happening."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 10, 2))  # a Wednesday


def test_a_war_begun_by_firing_or_taken_up_again_is_an_escalation() -> None:
    assert kinds("Thousands have fled since Hezbollah began firing at Israel in October last year.") == [
        ("escalation", "2023-10")]
    assert kinds("The M23 resumed its rebellion in late 2021.") == [("escalation", "2021")]
    assert kinds("Tensions erupted into open fighting in late July.") == [("escalation", "2024-07")]


def test_the_attack_a_day_before_a_dated_escalation_is_kept() -> None:
    text = ("Since Hezbollah began firing at Israel on October 8 last year, a day after the Hamas attack on "
            "southern Israel, more than 60,000 Israelis have been evacuated.")
    assert kinds(text) == [("escalation", "2023-10-08"), ("attack", "2023-10-07")]


def test_famine_determined_is_a_dated_happening() -> None:
    assert kinds("Famine conditions were confirmed in the camp in August 2024 by the Famine Review Committee.") == [
        ("other", "2024-08")]
    assert kinds("The IPC in September projected famine in two districts.") == [("other", "2024-09")]


def test_famine_feared_is_no_happening() -> None:
    assert kinds("Aid groups fear famine in the camp in the coming months.") == []
