"""An event whose trigger opens the text keeps its clause: the comma search must not wrap round
to the text's end (a slice end of -1), which gave an empty `text` and a span ending before it
starts. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from idlibmon.extract.events import find_events


@pytest.mark.parametrize(
    "text",
    [
        "Fighting escalated on 3 March and in the week to 10 March, forcing thousands to flee.",
        "Shelling hit the market on Monday, killing four people, the civil defence said.",
    ],
)
def test_an_event_at_the_start_of_the_text_has_its_clause(text: str) -> None:
    events = find_events(text, date(2024, 3, 20), {})
    assert events
    for e in events:
        a, b = e.span
        assert 0 <= a < b <= len(text)
        assert e.text == text[a:b] and e.text.strip()
        assert e.resolved_from in e.text or e.resolved_from in text
