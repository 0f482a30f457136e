"""The wounded cared for are no attack (session 9).

"A clinic had treated more than 200 wounded people before it was abandoned on Monday", "hospitals
worked to treat the wounded; blood donations were organised on Saturday", "medics were still
treating survivors on Thursday": people treated, received or moved after an attack name the care,
not a strike on that day. People wounded or injured by shelling on a day stay an attack."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2024, 5, 8))


def test_the_wounded_treated_date_no_attack() -> None:
    assert kinds("A field clinic set up in a school had treated more than 200 wounded people before it was "
                 "abandoned on Monday.") == []
    assert kinds("Hospitals in the city worked through the night to treat the wounded; blood donations were "
                 "organised on Saturday.") == []
    assert kinds("Medics were still treating survivors on Thursday.") == []


def test_the_wounded_moved_date_no_attack() -> None:
    assert all(kind != "attack" for kind, _ in kinds("The ICRC evacuated 18 wounded people to the border on Sunday."))


def test_people_wounded_or_injured_by_strikes_stay_an_attack() -> None:
    assert kinds("At least 30 people were wounded in shelling on Monday.") == [("attack", "2024-05-06")]
    assert kinds("Two air strikes on Monday injured 14 civilians.") == [("attack", "2024-05-06")]
