"""The kind model's fast scorer skips the softmax when it cannot change the answer (the rules' kind
scores highest and `none` is below it): every decision must still be the reference path's, for
drops above and below one half, with and without a `none` label, and on ties."""

from __future__ import annotations

import itertools

from idlibmon.extract.events.kind_model import NONE, Combination, KindModel, _packed, _scorer, _unpacked, features
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

TEXT = "Militia fighters shelled the market in Kadugli on 2 March and envoys met in Juba to talk."
WEIGHTS = {"w:shelled": [1.2, 0.0, 0.3], "w:met": [0.0, 1.5, 0.2], "w:talk": [0.0, 0.4, 0.0],
           "s:envoys": [0.0, 0.6, 0.0], "k=attack": [0.5, 0.0, 0.0], "k=talks": [0.0, 0.5, 0.0],
           "w:market": [0.0, 0.0, 1.9], "p:10": [0.1, 0.1, 0.1], "r:on": [0.05, 0.0, 0.0]}


def _event(kind: str, a: int, b: int) -> Event:
    return Event(start="2021-03-02", end=None, kind=kind, text=TEXT[a:b], span=(a, b), resolved_from="on 2 March")


def _reference(model: KindModel, combo: Combination, event: Event) -> Event | None:
    return combo.decide(event, model.probabilities(features(ascii_lower(TEXT), event, (0, len(TEXT)))))


def test_the_shortcut_decides_as_the_reference_for_every_threshold_and_label_set() -> None:
    low = ascii_lower(TEXT)
    cuts = [0, TEXT.index("shelled"), TEXT.index("market"), TEXT.index(" in Kadugli"), TEXT.index("envoys"),
            TEXT.index("met"), len(TEXT) - 1]
    spans = [(a, b) for a, b in itertools.combinations(cuts, 2)]
    models = [KindModel(labels=("attack", "talks", NONE), weights=WEIGHTS),
              KindModel(labels=("attack", "talks", "other"), weights=WEIGHTS)]  # no none label
    combos = [Combination(0.6, 0.6), Combination(0.3, 0.3), Combination(0.5, 0.5), Combination(0.9, 0.0),
              Combination(0.0, 1.1)]
    kinds_seen = set()
    for model, combo, (a, b), kind in itertools.product(models, combos, spans, ("attack", "talks", "other")):
        event = _event(kind, a, b)
        fast = _scorer(model).decide(low, event, (0, len(TEXT)), combo)
        assert fast == _reference(model, combo, event), (model.labels, combo, TEXT[a:b], kind)
        kinds_seen.add("dropped" if fast is None else "kept" if fast is event else "switched")
    assert kinds_seen == {"dropped", "kept", "switched"}


def test_a_tie_between_none_and_a_kind_is_weighed_not_taken_as_the_kind() -> None:
    # 'market' gives none and attack the same score: neither is above the other, so the fast path
    # must not keep the attack unweighed; the reference keeps it (none's probability is one half)
    model = KindModel(labels=("attack", NONE), weights={"w:market": [1.0, 1.0]})
    a = TEXT.index("market")
    event = _event("attack", a, a + len("market"))
    for combo in (Combination(0.6, 0.5), Combination(0.6, 0.6)):
        assert _scorer(model).decide(ascii_lower(TEXT), event, (a, a + 6), combo) == _reference_in(model, combo, event, (a, a + 6))


def _reference_in(model: KindModel, combo: Combination, event: Event, sent: tuple[int, int]) -> Event | None:
    return combo.decide(event, model.probabilities(features(ascii_lower(TEXT), event, sent)))


def test_sixty_four_bit_lanes_read_back_large_and_negative_sums() -> None:
    rows = [[-9999.99, 0.01, 5000.0], [-9999.99, -0.02, 5000.0]] * 50
    total = sum(_packed(r) for r in rows)
    assert _unpacked(total, 3) == [-99999900, -50, 50000000]
