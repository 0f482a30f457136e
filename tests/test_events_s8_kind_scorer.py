"""The kind model's fast scorer (word-keyed tables, no feature strings) must decide exactly as the
reference path `Combination.decide(event, KindModel.probabilities(features(...)))` that training
and the conventions use: same kinds, same drops, on the shipped weights and on ties."""

from __future__ import annotations

import itertools

import pytest

from idlibmon.extract.events.kind_model import NONE, Combination, KindModel, _scorer, features, shipped
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

TEXT = ("Aid agencies said that on 3 February jets struck 2 markets in Ariha, a town near Idlib. "
        "Government forces captured Saraqeb on Tuesday after weeks of shelling. "
        "Envoys met in Geneva last month and agreed a ceasefire that began on 5 March. "
        "Between January and March, 900,000 people fled toward the Turkish border. "
        "The UN is expected to send an aid convoy of 30 trucks on Friday.")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    return out


def _events() -> list[tuple[Event, tuple[int, int]]]:
    """Every clause-sized piece of every sentence, under every kind and date shape."""
    low = ascii_lower(TEXT)
    found = []
    shapes = [("2020-02-03", None, "on 3 February"), ("2020-02", "2020-03", "Between January and March"),
              ("2020", None, ""), ("2020-02-04", None, "last month")]
    kinds = ["attack", "capture", "ceasefire", "displacement", "escalation", "humanitarian",
             "offensive", "other", "talks", "unheard-of"]
    for s, e in _sentences(TEXT):
        cuts = [s, *[i for i in range(s, e) if low[i] == " "][::2], e - 1]
        for (a, b), (kind, (start, end, rel)) in zip(itertools.combinations(cuts, 2),
                                                     itertools.cycle(itertools.product(kinds, shapes))):
            found.append((Event(start=start, end=end, kind=kind, text=TEXT[a:b], span=(a, b),
                                resolved_from=rel), (s, e)))
    return found


def _both(model: KindModel, combo: Combination, low: str, event: Event, sent: tuple[int, int]):
    return (_scorer(model).decide(low, event, sent, combo),
            combo.decide(event, model.probabilities(features(low, event, sent))))


def test_the_fast_scorer_decides_as_the_feature_strings_on_the_shipped_weights() -> None:
    got = shipped()
    if got is None:
        pytest.skip("no shipped weights")
    model, _ = got
    low = ascii_lower(TEXT)
    events = _events()
    assert len(events) > 80
    changed = dropped = 0
    for combo in (got[1], Combination(switch=0.3, drop=0.3), Combination(switch=0.9, drop=0.9)):
        for event, sent in events:
            fast, slow = _both(model, combo, low, event, sent)
            assert fast == slow, event
            dropped += fast is None
            changed += fast is not None and fast.kind != event.kind
    assert changed and dropped  # the comparison covered both kinds of decision


def test_the_fast_scorer_breaks_ties_and_reads_unknown_words_as_the_reference() -> None:
    model = KindModel(labels=("attack", "talks", NONE),
                      weights={"bias": [0.0, 0.0, 0.0], "w:struck": [2.0, 2.0, 0.0],
                               "b:jets_struck": [0.5, 0.5, 0.0], "s:envoys": [0.0, 0.25, 0.0],
                               "w:expected": [0.0, 0.0, 9.0], "p:10": [0.1, 0.1, 0.0], "k=talks": [0.0, 0.0, 0.0]})
    text = "Envoys said on 3 February jets struck a market. It is expected on 3 February to end."
    low = ascii_lower(text)
    combo = Combination(switch=0.4, drop=0.6)
    tie = Event(start="2020-02-03", end=None, kind="talks", text="on 3 February jets struck",
                span=(13, 38), resolved_from="on 3 February")
    fast, slow = _both(model, combo, low, tie, (13, 47))  # attack and talks tie: the first wins
    assert fast == slow and fast is not None and fast.kind == "attack"
    fast, slow = _both(model, combo, low, tie, (0, 47))  # 'envoys' in the sentence tips it to talks
    assert fast == slow and fast is not None and fast.kind == "talks"
    expected = Event(start="2020-02-03", end=None, kind="other", text="expected on 3 February",
                     span=(text.index("expected"), text.index(" to end")), resolved_from="on 3 February")
    assert _both(model, combo, low, expected, (48, len(text))) == (None, None)
    empty = KindModel(labels=("attack", NONE), weights={})
    assert _both(empty, Combination(switch=0.6, drop=0.6), low, tie, (0, 47)) == (tie, tie)
