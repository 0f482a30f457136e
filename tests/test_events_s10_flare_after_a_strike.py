"""Session 10: a flare-up told as following a strike, set off right after its date ("Hostilities
escalated sharply on 5 October, after a drone attack on a military academy killed dozens") tells
two happenings on that day, the escalation and the strike (blind13, blind28, blind38). A cause
that is no strike ("after weeks of tension") adds none."""

from __future__ import annotations

from datetime import date

from event_kinds import kinds_on

kinds = kinds_on(date(2023, 10, 12))


def test_the_strike_an_escalation_follows_shares_its_day() -> None:
    text = "Fighting escalated sharply on 5 October, after a rocket attack on a busy market killed 30 people."
    assert sorted(kinds(text)) == [("attack", "2023-10-05"), ("escalation", "2023-10-05")]
    text = "Clashes intensified on 3 October, following an air strike on a fuel depot near the port."
    assert sorted(kinds(text)) == [("attack", "2023-10-03"), ("escalation", "2023-10-03")]


def test_a_cause_that_is_no_strike_adds_none() -> None:
    assert kinds("Fighting escalated sharply on 5 October, after weeks of tension between the clans.") == [
        ("escalation", "2023-10-05")]
