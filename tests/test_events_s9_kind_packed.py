"""The kind model's scores are exact sums of hundredths: the fast scorer packs each row of weights
into one integer and adds them all at once, and the reference path sums whole hundredths too, so
neither the order of the features nor float rounding can tip a decision between the two."""

from __future__ import annotations

from idlibmon.extract.events.kind_model import NONE, Combination, KindModel, _packed, _scorer, _unpacked, features
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event


def test_packed_rows_add_every_label_at_once_negative_weights_included() -> None:
    rows = [[0.25, -1.5, 0.0, 2.57], [-0.25, -0.01, 3.0, -2.57], [1.0, -99.99, 0.01, 0.0]]
    total = sum(_packed(r) for r in rows)
    assert _unpacked(total, 4) == [100, -10150, 301, 0]
    assert _unpacked(0, 3) == [0, 0, 0]


def test_a_tie_in_hundredths_stays_a_tie_whatever_floats_would_round_to() -> None:
    # In floats 0.1 + 0.2 is 0.30000000000000004, a hair above 0.3: summed in hundredths the two
    # kinds tie, and the first label (talks) wins on both paths.
    model = KindModel(labels=("talks", "attack", NONE),
                      weights={"w:met": [0.3, 0.1, 0.0], "w:struck": [0.0, 0.2, 0.0]})
    text = "Envoys met and jets struck on 3 February."
    low = ascii_lower(text)
    event = Event(start="2020-02-03", end=None, kind="other", text=text[7:-1], span=(7, len(text) - 1),
                  resolved_from="on 3 February")
    sent = (0, len(text))
    probs = model.probabilities(features(low, event, sent))
    assert probs["talks"] == probs["attack"]
    combo = Combination(switch=0.3, drop=0.9)
    fast = _scorer(model).decide(low, event, sent, combo)
    slow = combo.decide(event, probs)
    assert fast == slow and fast is not None and fast.kind == "talks"
