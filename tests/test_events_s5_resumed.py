"""A side that says it takes up the war again ends a truce: the day it says so is no ceasefire."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.events import find_events


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The army said on Monday it was resuming military operations in the province, accusing its "
     "neighbour of failing to respect a truce agreed the week before.", "offensive"),
    ("The coalition said on Monday that it had resumed air strikes around the port, blaming the "
     "rebels for breaking the ceasefire.", "escalation"),
])
def test_resuming_the_war_is_told_by_its_own_kind(sentence: str, kind: str) -> None:
    got = {(e.start, e.kind) for e in find_events(sentence, date(2019, 8, 5))}
    assert ("2019-08-05", kind) in got
    assert ("2019-08-05", "ceasefire") not in got
