"""Session 15 ships the kind model with `drop` below one half (0.4): `none` may then be dropped
without scoring highest, so the fast scorer's shortcut needs `none` to trail the top by a margin
(`_drop_gap`) instead of merely trailing it. Every decision must stay the reference path's, and the
shortcut must still spare most events the softmax."""

from __future__ import annotations

import itertools
import math
import random

from idlibmon.extract.events import kind_model
from idlibmon.extract.events.kind_model import NONE, Combination, KindModel, _drop_gap, _scorer, features, shipped
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

TEXT = ("Gunmen raided a clinic near Tawila on 4 June, aid groups said, while army jets pounded "
        "villages and mediators met in Jeddah to discuss a pause for relief convoys.")
WORDS = sorted(set(ascii_lower(TEXT).replace(",", "").replace(".", "").split()))
LABELS = ("attack", "escalation", "talks", "humanitarian", NONE)


def _model(seed: int) -> KindModel:
    rnd = random.Random(seed)
    weights = {f"w:{w}": [round(rnd.uniform(-1.5, 1.5), 2) for _ in LABELS] for w in WORDS}
    weights |= {f"s:{w}": [round(rnd.uniform(-0.6, 0.6), 2) for _ in LABELS] for w in WORDS}
    weights["bias"] = [0.0, 0.0, 0.0, 0.0, round(rnd.uniform(-0.5, 1.0), 2)]
    return KindModel(labels=LABELS, weights=weights)


def _events() -> list[Event]:
    cuts = [0, TEXT.index("raided"), TEXT.index("clinic"), TEXT.index("army"), TEXT.index("pounded"),
            TEXT.index("mediators"), TEXT.index("pause"), len(TEXT) - 1]
    return [Event(start="2023-06-04", end=None, kind=kind, text=TEXT[a:b], span=(a, b), resolved_from="on 4 June")
            for (a, b), kind in itertools.product(itertools.combinations(cuts, 2), ("attack", "talks"))]


def test_the_gap_is_the_least_lead_that_keeps_none_below_drop() -> None:
    assert _drop_gap(0.6) == 0 and _drop_gap(0.51) == 0  # above one half: trailing the top is enough
    for drop in (0.2, 0.3, 0.4, 0.5):
        gap = _drop_gap(drop)
        # with every other label far below, none's probability at that lead is exp(-lead): under drop
        assert math.exp(-gap / 100) < drop
        assert math.exp(-(gap - 2) / 100) >= drop  # and not much more lead than needed
    assert _drop_gap(0.0) > 10**12  # nothing keeps an event from a drop of zero


def test_the_shortcut_decides_as_the_reference_below_one_half() -> None:
    low = ascii_lower(TEXT)
    sent = (0, len(TEXT))
    decided = {"dropped": 0, "kept": 0, "switched": 0}
    for seed, combo in itertools.product(range(12), (Combination(0.4, 0.4), Combination(0.4, 0.3),
                                                     Combination(0.3, 0.45), Combination(0.6, 0.25))):
        model = _model(seed)
        for event in _events():
            fast = _scorer(model).decide(low, event, sent, combo)
            assert fast == combo.decide(event, model.probabilities(features(low, event, sent))), (seed, combo, event.text)
            decided["dropped" if fast is None else "kept" if fast is event else "switched"] += 1
    assert all(decided.values()), decided


def test_the_shortcut_still_spares_most_events_the_softmax(monkeypatch) -> None:
    # a model sure of its kinds: the rules' kind leads and none trails by far, so nothing is weighed
    model = KindModel(labels=("attack", "talks", NONE),
                      weights={"k=attack": [3.0, 0.0, -2.0], "k=talks": [0.0, 3.0, -2.0]})
    weighed = []
    original = kind_model._Scorer._weighed

    def counting(self, total, event, combo):  # a spy on the slow path
        weighed.append(event)
        return original(self, total, event, combo)

    monkeypatch.setattr(kind_model._Scorer, "_weighed", counting)
    events = _events()
    kept = [_scorer(model).decide(ascii_lower(TEXT), e, (0, len(TEXT)), Combination(0.4, 0.4)) for e in events]
    assert kept == events and not weighed


def test_the_shipped_combination_is_the_held_out_choice() -> None:
    got = shipped()
    assert got is not None
    assert got[1] == Combination(0.4, 0.4) == Combination()
