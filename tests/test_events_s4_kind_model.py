"""The learned second opinion on event kinds: its features, how it overrides the rules, the
shipped weights, and the training script (bench/kind_model_train.py) learning something real."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from idlibmon.extract.events import find_events
from idlibmon.extract.events.kind_model import (
    NONE,
    WEIGHTS,
    Combination,
    KindModel,
    features,
    rekinded,
    shipped,
)
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

TRAINER = Path(__file__).resolve().parents[1] / "bench" / "kind_model_train.py"


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kind_model_train", TRAINER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kind_model_train"] = module
    spec.loader.exec_module(module)
    return module


def _event(text: str, phrase: str, kind: str = "attack", start: str = "2020-02-03",
           resolved_from: str = "on 3 February", end: str | None = None) -> Event:
    at = text.index(phrase)
    return Event(start=start, end=end, kind=kind, text=phrase, span=(at, at + len(phrase)),
                 resolved_from=resolved_from)


def test_features_read_the_event_its_sentence_and_the_date() -> None:
    text = "Aid agencies said that on 3 February jets struck 2 markets in Ariha, a town near Idlib."
    e = _event(text, "on 3 February jets struck 2 markets")
    f = features(ascii_lower(text), e, (0, len(text)))
    assert f[0] == "bias"
    assert {"w:jets", "w:struck", "w:0", "b:jets_struck", "b:struck_0"} <= set(f)  # numbers read as 0
    assert {"s:aid", "s:agencies", "s:ariha", "s:idlib"} <= set(f)  # the rest of the sentence
    assert "s:jets" not in f and "w:aid" not in f  # each word counted on its side only
    assert {"r:on", "p:10"} <= set(f) and "p:range" not in f
    assert "k=attack" in f  # the kind the rules chose (training hides it from half the examples)


def test_features_of_a_month_range() -> None:
    text = "Between January and March, 900,000 people fled."
    e = _event(text, text[:-1], kind="displacement", start="2020-01", end="2020-03",
               resolved_from="Between January and March")
    f = features(ascii_lower(text), e, (0, len(text)))
    assert {"r:between", "p:7", "p:range"} <= set(f)


def _toy() -> KindModel:
    return KindModel(labels=("attack", "talks", NONE),
                     weights={"w:struck": [2.0, 0.0, 0.0], "w:met": [0.0, 3.0, 0.0], "w:expected": [0.0, 0.0, 4.0]})


def test_probabilities_are_a_softmax_of_the_summed_weights() -> None:
    p = _toy().probabilities(["w:met", "w:unknown"])
    assert sum(p.values()) == pytest.approx(1.0)
    assert max(p, key=p.__getitem__) == "talks"
    assert _toy().probabilities([]) == pytest.approx({"attack": 1 / 3, "talks": 1 / 3, NONE: 1 / 3})


def test_the_kind_changes_only_when_the_model_is_confident() -> None:
    e = Event(start="2020-02-03", kind="capture", text="x")
    combo = Combination(switch=0.6, drop=0.5)
    assert combo.decide(e, {"attack": 0.7, "capture": 0.2, NONE: 0.1}).kind == "attack"
    assert combo.decide(e, {"attack": 0.55, "capture": 0.35, NONE: 0.1}) is e  # not sure enough
    assert combo.decide(e, {"capture": 0.9, NONE: 0.1}) is e


def test_an_event_is_dropped_only_when_none_is_likely() -> None:
    e = Event(start="2020-02-03", kind="attack", text="x")
    combo = Combination(switch=0.6, drop=0.5)
    assert combo.decide(e, {"attack": 0.4, NONE: 0.6}) is None
    assert combo.decide(e, {"attack": 0.55, NONE: 0.45}) is e
    # `none` is never taken as a kind, however sure: only `drop` removes an event
    assert Combination(switch=0.6, drop=1.1).decide(e, {"talks": 0.05, NONE: 0.95}) is e


def test_rekinded_applies_the_decision_to_each_candidate_with_its_sentence() -> None:
    text = "Jets struck the market on 3 February. Envoys met in Geneva on 4 February."
    low = ascii_lower(text)
    a = _event(text, "struck the market on 3 February", kind="capture")
    b = _event(text, "met in Geneva on 4 February", kind="attack", start="2020-02-04")
    got = rekinded(low, [(a, 0), (b, 2)], [(0, 37), (38, len(text))], (_toy(), Combination(0.6, 0.5)))
    assert [(e.kind, r) for e, r in got] == [("attack", 0), ("talks", 2)]
    expected = _event("It is expected on 5 February.", "expected on 5 February")
    assert rekinded(ascii_lower("It is expected on 5 February."), [(expected, 0)], [(0, 29)],
                    (_toy(), Combination(0.6, 0.5))) == []


def test_the_model_round_trips_through_json_in_hundredths() -> None:
    m = KindModel(labels=("attack", NONE), weights={"w:jets": [1.23, -0.5]})
    back = KindModel.from_json(json.loads(json.dumps(m.to_json())))
    assert back == m


def test_without_shipped_weights_the_rules_events_pass_unchanged() -> None:
    text = "Jets struck the market on 3 February."
    cands = [(_event(text, "struck the market on 3 February", kind="capture"), 0)]
    if not WEIGHTS.is_file():
        assert shipped() is None
        assert rekinded(ascii_lower(text), cands, [(0, len(text))]) is cands
        assert [(e.kind, e.start) for e in find_events(text, date(2020, 2, 7), {})] == [("attack", "2020-02-03")]
    else:  # weights trained and shipped: they load, one row per feature, and decide the same twice
        got = shipped()
        assert got is not None
        assert all(len(row) == len(got[0].labels) for row in got[0].weights.values())
        runs = [rekinded(ascii_lower(text), cands, [(0, len(text))]) for _ in range(2)]
        assert runs[0] == runs[1]


def test_training_learns_kinds_from_words() -> None:
    """The trainer's regression on a toy set: each kind's word wins its kind, `none` included."""
    train = _trainer().train
    data = [(["bias", "w:struck", "w:jets"], "attack"), (["bias", "w:met", "w:envoys"], "talks"),
            (["bias", "w:expected", "w:would"], NONE)] * 5
    model = train(data, epochs=10, keep=0.0)
    for feats, y in data[:3]:
        p = model.probabilities(feats)
        assert max(p, key=p.__getitem__) == y


def test_training_labels_events_by_the_gold_they_tell() -> None:
    label = _trainer().label
    text = "RSF fighters entered the hospital on 8 June and looted it. Floods hit the camps in May."
    gold = {"events": [{"start": "2024-06-08", "kind": "attack", "text": "RSF fighters entered the hospital on 8 June"}],
            "optional_events": []}
    entered = _event(text, "entered the hospital on 8 June", kind="capture", start="2024-06-08")
    floods = _event(text, "Floods hit the camps in May", kind="other", start="2024-05")
    assert label(text, entered, gold) == "attack"  # same date, overlapping text: the gold kind
    assert label(text, floods, gold) == NONE  # tells no annotated happening
