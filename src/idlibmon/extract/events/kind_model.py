"""A learned second opinion on each event's kind, and on whether it is an event at all.

The hand rules pick a kind from the one trigger word a date was paired with; a reader
decides from the whole clause ("RSF fighters entered the hospital, opened fire and looted
it" is an attack, not a capture). A multinomial logistic regression over the words of the
event's text and sentence, the rules' kind and the date's shape gives that clause-level
view. `bench/kind_model_train.py` trains it on the engine's own events over every annotated
set and measures it leave-one-set-out; `train` writes `kind_model.json` beside this module,
and only then does the engine consult it (one dict lookup per feature).

The weights are shipped (session 8) and trained with the conventions: the unit tests' own
events, which hold kinds the issue and the seed set (a virus that kills is no attack), weigh
three annotated events each, so the model learns them instead of overriding them. On six sets
held out of its training (blind23-28) it took events from 0.788 / 0.739 to 0.810 / 0.755
(README, design notes: event kinds). Without the file, `rekinded` hands the rules' events back
unchanged.
"""

from __future__ import annotations

import json
import math
import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from idlibmon.extract.text import Span, ascii_lower
from idlibmon.models import Event

WEIGHTS = Path(__file__).with_name("kind_model.json")
SCALE = 100  # weights are stored in hundredths
NONE = "none"  # the label of an engine event that is no annotated happening

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*")


def _hundredths(weight: float) -> int:
    """A weight as the whole number of hundredths it was stored as."""
    return round(weight * SCALE)


def features(low: str, event: Event, sent: Span) -> list[str]:
    """The features of one engine event: `low` is the lowered article (`ascii_lower`), `sent`
    the span of the event's sentence. Words of the event's own text (and their pairs), the
    other words of its sentence, how the date was written, and the kind the rules chose (which
    training hides from half the examples: on the sets the rules were tuned on it is nearly
    always right, and a model that always sees it learns only to repeat it)."""
    a, b = event.span
    words = [w if w[0] > "9" else "0" for w in _WORD.findall(low, a, b)]  # a number is read as 0
    out = ["bias", "k=" + event.kind]
    out += ["w:" + w for w in words]
    out += ["b:" + p + "_" + q for p, q in pairwise(words)]
    out += ["s:" + w for w in _WORD.findall(low, sent[0], a)]
    out += ["s:" + w for w in _WORD.findall(low, b, sent[1])]
    rel = ascii_lower(event.resolved_from).split()
    out.append("r:" + (rel[0] if rel else ""))
    out.append(f"p:{len(event.start)}")
    if event.end:
        out.append("p:range")
    return out


@dataclass(frozen=True)
class KindModel:
    """Weights per feature per label; `scores` is their sum, `probabilities` its softmax."""

    labels: tuple[str, ...]
    weights: dict[str, list[float]]

    def probabilities(self, feats: Sequence[str]) -> dict[str, float]:
        # Weights are hundredths (as shipped and as trained): each label's score is summed exactly,
        # in whole hundredths, then divided once, so the order of the features cannot change a
        # last bit and the fast scorer (`_Scorer`, which sums packed integers) agrees to the bit.
        rows = list(filter(None, map(self.weights.get, feats)))
        total = [sum(map(_hundredths, col)) / SCALE for col in zip(*rows)] if rows else [0.0] * len(self.labels)  # noqa: B905 - rows are equally long
        top = max(total)
        exp = [math.exp(t - top) for t in total]
        z = sum(exp)
        return {label: e / z for label, e in zip(self.labels, exp, strict=True)}

    def to_json(self) -> dict[str, object]:
        """Weights in hundredths, as integers: the file stays small and reads back exactly."""
        return {"labels": list(self.labels), "scale": SCALE,
                "weights": {f: [round(w * SCALE) for w in row] for f, row in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KindModel:
        labels = tuple(data["labels"])  # type: ignore[arg-type]
        scale = float(data.get("scale", 1))  # type: ignore[arg-type]
        weights = {str(f): [w / scale for w in row] for f, row in data["weights"].items()}  # type: ignore[union-attr]
        return cls(labels=labels, weights=weights)


# The fast scorer packs a row of weights (whole hundredths, one per label) into one integer, label
# i in bits [LANE * i, LANE * (i + 1)) as a signed field: adding the packed rows adds every label's
# column at once, exactly, in C (`sum`), and the lanes are read back once per event. A lane holds
# sums below 2**(LANE - 1) hundredths (4.6e16) in size, far beyond any sentence's. Lanes of 64 bits
# are read back by `struct` in one call: with HALF added to every lane (`_Scorer.offset`) each
# holds the unsigned number lane + HALF, and the biased lanes order as the scores do.
_LANE = 64
_FULL = 1 << _LANE
_HALF = _FULL >> 1


def _packed(row: Sequence[float]) -> int:
    return sum(_hundredths(w) << (_LANE * i) for i, w in enumerate(row))


def _unpacked(total: int, n: int) -> list[int]:
    """The n signed lanes of a sum of packed rows, lowest first."""
    out = []
    for _ in range(n):
        v = total & (_FULL - 1)
        if v >= _HALF:
            v -= _FULL
        out.append(v)
        total = (total - v) >> _LANE
    return out


class _Scorer:
    """The model's weights keyed by the bare word under each feature prefix, each row packed into
    one integer (`_packed`), built once per model: `decide` adds the same rows as `features` +
    `probabilities` (exact sums of hundredths, so the floats, and every decision, are identical)
    without building a feature string per word or a float per weight. As feature strings it cost
    the engine ~11% of its time (session 8), as float columns ~7% (session 9)."""

    def __init__(self, model: KindModel) -> None:
        self.labels = model.labels
        self.n = len(model.labels)
        self.none = model.labels.index(NONE) if NONE in model.labels else -1
        packed = {f: _packed(row) for f, row in model.weights.items()}
        self.get = packed.get
        by: dict[str, dict[object, int]] = {"k=": {}, "w:": {}, "b:": {}, "s:": {}, "r:": {}}
        for f, row in packed.items():
            table = by.get(f[:2])
            if table is None:
                continue
            key: object = f[2:]
            if f[:2] == "b:":
                p, _, q = f[2:].partition("_")  # words hold no "_": the pair splits exactly
                key = (p, q)
            table[key] = row
        self.kind, self.word, self.pair = by["k="].get, by["w:"].get, by["b:"].get
        self.sent, self.rel = by["s:"].get, by["r:"].get
        self.bias = packed.get("bias")
        self.precision = {n: packed.get(f"p:{n}") for n in (4, 7, 10)}  # the start's length, as shipped
        self.offset = sum(_HALF << (_LANE * i) for i in range(self.n))
        self.lanes = struct.Struct(f"<{self.n}Q").unpack
        self.nbytes = self.n * _LANE // 8

    def decide(self, low: str, event: Event, sent: Span, combo: Combination) -> Event | None:
        """`combo.decide(event, model.probabilities(features(low, event, sent)))`, faster.

        The probabilities are worked out only when they can change the answer: when `none` scores
        close enough to the top to reach `drop` (`_drop_gap`) or when the best kind is not the
        rules' (then `switch` is weighed). Else the event stands as the rules made it."""
        a, b = event.span
        findall = _WORD.findall
        words = [w if w[0] > "9" else "0" for w in findall(low, a, b)]
        rows = [self.bias, self.kind(event.kind)]
        rows += map(self.word, words)
        rows += map(self.pair, pairwise(words))
        rows += map(self.sent, findall(low, sent[0], a))
        rows += map(self.sent, findall(low, b, sent[1]))
        rel = ascii_lower(event.resolved_from).split()
        rows.append(self.rel(rel[0] if rel else ""))
        n = len(event.start)
        rows.append(self.precision[n] if n in self.precision else self.get(f"p:{n}"))
        if event.end:
            rows.append(self.get("p:range"))
        total = sum(filter(None, rows))
        biased = self.lanes((total + self.offset).to_bytes(self.nbytes, "little"))
        top = max(biased)
        none = self.none
        if (top - biased[none] > _drop_gap(combo.drop)) if none >= 0 else combo.drop > 0.0:
            best = biased.index(top)  # the first most likely kind (`none` is below the top)
            if self.labels[best] == event.kind:
                return event
        return self._weighed(total, event, combo)

    def _weighed(self, total: int, event: Event, combo: Combination) -> Event | None:
        """The decision from the probabilities themselves (the softmax of the lanes of `total`)."""
        scores = [v / SCALE for v in _unpacked(total, self.n)]
        top = max(scores)
        exp = [math.exp(t - top) for t in scores]
        z = sum(exp)
        probs = [e / z for e in exp]
        none = self.none
        if (probs[none] if none >= 0 else 0.0) >= combo.drop:
            return None
        labels = self.labels
        best = -1
        for i, p in enumerate(probs):  # the first most likely kind, as max() over the dict
            if i != none and (best < 0 or p > probs[best]):
                best = i
        if labels[best] != event.kind and probs[best] >= combo.switch:
            return replace(event, kind=labels[best])
        return event


@lru_cache(maxsize=8)
def _drop_gap(drop: float) -> int:
    """The least lead, in hundredths, that the top label must have over `none` for `none` to fall
    short of `drop` whatever the other labels score: `none`'s probability is at most
    exp(-lead), below `drop` once lead > ln(1 / drop). One hundredth of slack covers the float
    rounding of `_weighed`. A `drop` above one half needs only a lead above zero (`none` is then
    not the top, so its probability is under one half); a `drop` of zero or less, no lead can
    keep from it (every event is then weighed, and dropped)."""
    if drop > 0.5:
        return 0
    if drop <= 0.0:
        return 1 << 62
    return math.ceil(math.log(1.0 / drop) * SCALE) + 1


def _scorer(model: KindModel) -> _Scorer:
    """The model's scorer, built on first use and kept on the (frozen) model."""
    got = model.__dict__.get("_scorer")
    if got is None:
        got = _Scorer(model)
        object.__setattr__(model, "_scorer", got)
    return got


@dataclass(frozen=True)
class Combination:
    """How the model's opinion combines with the rules' kind: the kind is replaced only when
    the model gives another kind at least `switch`, and the event is dropped only when the
    model gives `none` at least `drop` (a value above 1 turns that part off)."""

    switch: float = 0.4  # the setting chosen on five held-out groups of sets (README, session 15)
    drop: float = 0.4

    def decide(self, event: Event, probs: dict[str, float]) -> Event | None:
        if probs.get(NONE, 0.0) >= self.drop:
            return None
        best = max((k for k in probs if k != NONE), key=probs.__getitem__)
        if best != event.kind and probs[best] >= self.switch:
            return replace(event, kind=best)
        return event


@lru_cache(maxsize=1)
def shipped() -> tuple[KindModel, Combination] | None:
    """The model and combination `bench/kind_model_train.py train` wrote beside this module, or
    None when the file is absent (the rules alone)."""
    if not WEIGHTS.is_file():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    combo = data.get("combination") or {}
    return KindModel.from_json(data), Combination(**combo)


def rekinded(low: str, events: list[tuple[Event, int]], sents: Sequence[Span],
             model: tuple[KindModel, Combination] | None = None) -> list[tuple[Event, int]]:
    """The candidate events (each with its dedupe rank, `sents[i]` the sentence of the i-th)
    with the kinds the model is confident of, and without those it is confident are none."""
    chosen = model or shipped()
    if chosen is None or not events:
        return events
    kinds, combo = chosen
    decide = _scorer(kinds).decide
    out: list[tuple[Event, int]] = []
    for (event, rank), sent in zip(events, sents, strict=True):
        kept = decide(low, event, sent, combo)
        if kept is not None:
            out.append((kept, rank))
    return out
