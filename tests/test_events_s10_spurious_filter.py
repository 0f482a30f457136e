"""The spurious-event filter (`extract/events/spurious.py`): its features, its decision, and that
without weights beside the module the engine's events pass unchanged (measured in session 10,
it did not pay on held-out groups, so none are shipped; README, design notes)."""

from __future__ import annotations

from datetime import date

from idlibmon.extract.events import find_events
from idlibmon.extract.events.spurious import SpuriousModel, features, shipped, unspurious
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

PUBLISHED = date(2025, 3, 14)  # a Friday


def _event(text: str, phrase: str, start: str, kind: str, resolved: str) -> tuple[str, Event, tuple[int, int]]:
    low = ascii_lower(text)
    a = low.index(phrase.lower())
    return low, Event(start=start, kind=kind, text=phrase, span=(a, a + len(phrase)), resolved_from=resolved), (0, len(text))


def test_features_tell_the_dates_form_age_and_place_in_the_text() -> None:
    low, event, sent = _event("The militia shelled the market on Tuesday, residents said.",
                              "shelled the market on Tuesday", "2025-03-11", "attack", "on Tuesday")
    feats = features(low, event, sent, PUBLISHED, 2)
    assert {"k=attack", "w:shelled", "s:residents", "r:on", "f:weekday", "age:d7", "p:10", "pos:head", "n:2"} <= set(feats)
    low, event, sent = _event("Fighting first broke out in 2012 along the river.",
                              "broke out in 2012", "2012", "escalation", "in 2012")
    feats = features(low, event, sent, PUBLISHED, 1)
    assert {"f:year", "age:yold", "p:4", "n:1", "ka:escalation_age:yold"} <= set(feats)


def test_a_date_after_publication_reads_as_a_plan() -> None:
    low, event, sent = _event("Envoys are due to meet in Geneva next week.", "meet in Geneva next week",
                              "2025-03-17", "talks", "next week")
    assert "age:fut" in features(low, event, sent, PUBLISHED, 1)


def test_a_model_drops_only_what_it_holds_spurious_above_its_threshold() -> None:
    text = "Rebels overran the airbase on Monday. The province has been contested since 2016, officials noted."
    low = ascii_lower(text)
    first = text.index(".") + 1
    happening = Event(start="2025-03-10", kind="capture", text="overran the airbase on Monday",
                      span=(7, 36), resolved_from="on Monday")
    b = low.index("contested since 2016")
    background = Event(start="2016", kind="escalation", text="contested since 2016", span=(b, b + 20),
                       resolved_from="since 2016")
    kept = [(happening, 0), (background, 1)]
    where = [(0, first), (first + 1, len(text))]
    model = SpuriousModel({"age:yold": 3.0, "f:since": 1.0, "bias": -2.0}, threshold=0.7)
    assert unspurious(low, kept, kept, where, PUBLISHED, model) == [(happening, 0)]
    off = SpuriousModel(model.weights, threshold=1.1)  # above 1: the filter is off
    assert unspurious(low, kept, kept, where, PUBLISHED, off) == kept


def test_weights_read_back_exactly_in_hundredths() -> None:
    model = SpuriousModel({"bias": -1.234, "w:due": 0.5, "tiny": 0.001}, threshold=0.35)
    again = SpuriousModel.from_json(model.to_json())
    assert again.threshold == 0.35
    assert again.weights == {"bias": -1.23, "w:due": 0.5}
    feats = ["bias", "w:due", "w:due"]
    assert again.probability(feats) == model.probability(feats)


def test_without_shipped_weights_the_engines_events_are_unchanged() -> None:
    assert shipped() is None
    got = find_events("Government forces captured the town of Kafr Nabl on Wednesday.", PUBLISHED)
    assert [(e.kind, e.start) for e in got] == [("capture", "2025-03-12")]
