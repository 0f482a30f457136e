"""The learned event detector (session 10): which date mentions it is offered (those no rule made
an event of), its features, how a detector turns probabilities into an event, and that no
weights are shipped (measured held out, it did not pay: README, design notes)."""

from __future__ import annotations

from datetime import date

import pytest

import idlibmon.extract.events.find as events_module
from idlibmon.extract.dates import DateMention
from idlibmon.extract.events import detect_model, find_events
from idlibmon.extract.events.detect_model import Candidate, Detector, detected, features, shipped
from idlibmon.extract.events.kind_model import KindModel
from idlibmon.extract.text import ascii_lower

PUBLISHED = date(2024, 5, 17)  # a Friday


def _offered(text: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the date mentions the engine hands the detector for `text`."""
    seen: list[str] = []

    def record(text: str, low: str, published: str, cands: list[Candidate], detector: object = None) -> list[object]:
        seen.extend(d.text for d, _, _ in cands)
        return []

    monkeypatch.setattr(events_module, "detected", record)
    monkeypatch.setattr(events_module, "wanted", lambda: True)
    find_events(text, PUBLISHED)
    return seen


def test_only_dates_no_rule_made_an_event_of_are_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Militia fighters captured the hill town of Qarya on Monday. "
            "The visiting delegates reached their hotel on Wednesday evening.")
    offered = _offered(text, monkeypatch)
    assert any("Wednesday" in t for t in offered)
    assert not any("Monday" in t for t in offered)


def test_without_weights_no_candidates_are_gathered(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(events_module, "detected", lambda *args: seen.append(args) or [])
    find_events("The visiting delegates reached their hotel on Wednesday evening.", PUBLISHED)
    assert seen == []


def test_no_weights_are_shipped_so_the_rules_stand_alone() -> None:
    assert shipped() is None
    d = DateMention((10, 19), "on Monday", "2024-05-13", None, "on")
    text = "They came on Monday to the square."
    assert detected(text, ascii_lower(text), PUBLISHED.isoformat(), [(d, (0, len(text)), [])]) == []


def _mention(text: str, phrase: str, start: str, relation: str = "on") -> Candidate:
    a = text.index(phrase)
    return DateMention((a, a + len(phrase)), phrase, start, None, relation), (0, len(text)), []


def test_features_tell_a_speaking_day_a_date_ahead_and_an_old_one() -> None:
    said = "The agency said on Tuesday that the wells had run dry."
    feats = features(ascii_lower(said), "2024-05-17", _mention(said, "on Tuesday", "2024-05-14"))
    assert "l1:said" in feats and "t:past" in feats and "d:on" in feats
    ahead = "The envoy is due in the capital on Monday."
    assert "t:ahead" in features(ascii_lower(ahead), "2024-05-17", _mention(ahead, "on Monday", "2024-05-20"))
    old = "The movement, founded in 2011, still holds the valley."
    assert "t:old" in features(ascii_lower(old), "2024-05-17", _mention(old, "in 2011", "2011", "in"))


# A detector of our own making: a sentence where troops "held" something is a capture.
_HELD = Detector(KindModel(labels=("capture", "none", "talks"),
                           weights={"bias": [0.0, 2.0, 0.0], "s:held": [5.0, 0.0, 0.0], "l1:said": [0.0, 0.0, 6.0]}),
                 threshold=0.6)


def test_a_detector_proposes_an_event_the_rules_do_not_give() -> None:
    text = "By Thursday night the militia held both bridges over the canal."
    cand = _mention(text, "By Thursday night", "2024-05-16", "until")
    out = detected(text, ascii_lower(text), "2024-05-17", [cand], _HELD)
    assert [(e.kind, e.start, e.span, e.resolved_from) for e, _ in out] == [
        ("capture", "2024-05-16", (0, len(text)), "By Thursday night")]


def test_a_detector_proposes_nothing_below_its_threshold_or_for_a_statement() -> None:
    plain = "By Thursday night the militia rested near the canal."
    assert detected(plain, ascii_lower(plain), "2024-05-17", [_mention(plain, "By Thursday night", "2024-05-16")],
                    _HELD) == []
    # a speaking day the weights call talks: statements are left to the rules
    said = "A spokesman said on Tuesday that the roads were calm."
    assert detected(said, ascii_lower(said), "2024-05-17", [_mention(said, "on Tuesday", "2024-05-14")],
                    _HELD) == []


def test_the_engine_adds_a_detected_event_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("By Thursday night the militia held both bridges over the canal. "
            "Residents said the streets were quiet.")
    assert find_events(text, PUBLISHED) == []  # the rules alone give nothing here
    monkeypatch.setattr(detect_model, "shipped", lambda: _HELD)
    monkeypatch.setattr(events_module, "wanted", lambda: True)
    got = [(e.kind, e.start) for e in find_events(text, PUBLISHED)]
    assert got == [("capture", "2024-05-16")]
