"""Session 10: an escalation told once by its day (or a stretch of days) and once by its month is
one escalation, as a truce or an offensive is (dedupe): "Fighting has intensified over the past
ten days" and "Since late April, strikes have hit towns" in an article of early May tell one
escalation (blind12, 29, 37). Escalations in two months stay two."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2021, 5, 4))


def _escalations(text: str) -> list[tuple[str, str]]:
    return [k for k in kinds(text) if k[0] == "escalation"]


def test_a_stretch_of_days_and_its_month_are_one_escalation() -> None:
    text = ("Clashes have sharply intensified over the past nine days. Since late April, shelling has escalated "
            "across the southern districts.")
    assert len(_escalations(text)) == 1


def test_a_day_and_its_month_are_one_escalation() -> None:
    text = "Fighting escalated on 26 April. The April escalation emptied three villages."
    assert _escalations(text) == [("escalation", "2021-04-26")]


def test_escalations_in_two_months_stay_two() -> None:
    text = "Fighting escalated on 26 March. It escalated again in April."
    assert _escalations(text) == [("escalation", "2021-03-26"), ("escalation", "2021-04")]
