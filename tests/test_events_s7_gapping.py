"""A second place taken, told with the verb left out ("and later Minova, ..., on 21 January",
"then Deraa in July 2018"), is a second happening of the verb's kind (session 7)."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2020, 3, 1))


def test_then_and_later_share_the_verb_before() -> None:
    assert kinds("The army retook Aleppo in December 2016, then Deraa in July 2018.") == [
        ("capture", "2016-12"), ("capture", "2018-07")]
    assert kinds("M23 took Masisi centre on 4 January and later Minova, a key supply hub for Goma, on 21 January.") == [
        ("capture", "2020-01-04"), ("capture", "2020-01-21")]


def test_a_second_verb_or_a_relative_clause_is_no_gap() -> None:
    assert kinds("The army shelled Maaret al-Numan on January 28, and rebels fled on February 8.")[0] == (
        "attack", "2020-01-28")
    assert kinds("The army shelled the town on January 28, and Saraqeb, which rebels held, on February 8.") == [
        ("attack", "2020-01-28")]


def test_strikes_named_as_a_sides_support_are_part_of_its_operation() -> None:
    assert kinds("Sinjar town was retaken by Kurdish forces, backed by US air strikes, on 13 November 2015.") == [
        ("capture", "2015-11-13")]
    assert kinds("Turkish air strikes hit the town on Monday.") == [("attack", "2020-02-24")]


def test_a_next_step_after_a_when_clause_keeps_its_own_verb() -> None:
    text = ("The offensive began in early January, when M23 took Masisi centre on 4 January and later Minova, "
            "a key supply hub for Goma, on 21 January.")
    assert ("offensive", "2020-01-21") not in kinds(text)


def test_a_supported_assault_keeps_its_own_strikes() -> None:
    assert kinds("Rebels, backed by Turkish artillery, attacked the town on Monday.") == [("attack", "2020-02-24")]
