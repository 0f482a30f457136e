"""A learned detector of events the rules miss: a dated sentence the rules turn into nothing.

About one annotated event in seven gets no event at all, and most of them sit in a sentence
where the date finder resolved a date but no rule made it an event (no trigger the pairing
accepts, a speaking day, a level, background). Each such date mention is a candidate; a
multinomial logistic regression over cheap features of its sentence (the words around the
date, the sentence's words and trigger kinds, how the date is written, whether it lies ahead)
gives the probability that it dates an annotated happening of each kind. An event is proposed
only where the most likely kind reaches `threshold`. Trained by `bench/detect_model_train.py` on
the unclaimed mentions of every annotated set; without `detect_model.json` beside this module,
`detected` proposes nothing. No weights are shipped: measured held out in session 10 it gained
about as much recall as it cost precision (README, design notes: a learned event detector).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import Trigger
from idlibmon.extract.events.dedupe import relative_rank
from idlibmon.extract.events.kind_model import NONE, KindModel
from idlibmon.extract.text import Span
from idlibmon.models import Event

WEIGHTS = Path(__file__).with_name("detect_model.json")

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*")
_NEAR = 60  # characters each side of the date read as its own clause
_SIDE = 4  # words each side of the date kept with their side

# Statements are left to the rules: whether a day is a newsmaker's statement (talks) or the day
# the article's source speaks (no event) is what `speech` and `spoken_dates` decide; on blind23-28
# held out, half the extras of a detector allowed them were such days proposed as talks.
_LEFT_TO_RULES = frozenset({"talks"})

# A candidate: an unclaimed date mention, its sentence, and the sentence's triggers.
Candidate = tuple[DateMention, Span, Sequence[Trigger]]


def _words(low: str, a: int, b: int) -> list[str]:
    return [w if w[0] > "9" else "0" for w in _WORD.findall(low, a, b)]


def features(low: str, published: str, cand: Candidate) -> list[str]:
    """The features of one unclaimed date mention: `low` is the lowered article, `published`
    the publication day (ISO). The words just before and after the date (with their side),
    every other word of the sentence, the kinds of the sentence's triggers (and the nearest
    one's), and the date's relation, precision, first word and tense (past, this day, ahead)."""
    d, (s, e), trigs = cand
    a, b = d.span
    left = _words(low, a - _NEAR if a - _NEAR > s else s, a)[-_SIDE:]
    right = _words(low, b, b + _NEAR if b + _NEAR < e else e)[:_SIDE]
    out = ["bias", "rel:" + d.relation, f"p:{len(d.start)}"]
    if d.end:
        out.append("p:range")
    first = _words(low, a, b)
    out.append("d:" + (first[0] if first else ""))
    out += ["l:" + w for w in left]
    out += ["r:" + w for w in right]
    if left:
        out.append("l1:" + left[-1])
    if right:
        out.append("r1:" + right[0])
    out += ["s:" + w for w in _words(low, s, a)]
    out += ["s:" + w for w in _words(low, b, e)]
    day = published[: len(d.start)]
    out.append("t:ahead" if d.start > day else "t:today" if d.start == day else "t:past")
    if d.start[:4] < str(int(published[:4]) - 1):
        out.append("t:old")
    best, gap = "", 1 << 30
    for t0, t1, kind, _ in trigs:
        out.append("k:" + kind)
        dist = a - t1 if t1 <= a else t0 - b
        if 0 <= dist < gap:
            best, gap = kind, dist
    out.append("kn:" + (best or "-"))
    return out


@dataclass(frozen=True)
class Detector:
    """The weights (a `KindModel` over `none` and the event kinds) and the probability of an
    event of one kind from which a candidate becomes an event of that kind."""

    model: KindModel
    threshold: float

    def decide(self, probs: dict[str, float]) -> str | None:
        """The most likely kind when an event of that kind is likely enough (and no statement),
        else None."""
        best = max((k for k in probs if k != NONE), key=probs.__getitem__)
        return best if probs[best] >= self.threshold and best not in _LEFT_TO_RULES else None


@lru_cache(maxsize=1)
def shipped() -> Detector | None:
    """The detector `bench/detect_model_train.py train` wrote beside this module, or None."""
    if not WEIGHTS.is_file():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return Detector(KindModel.from_json(data), float(data["threshold"]))


def wanted() -> bool:
    """Whether `find_events` gathers candidates at all: only with weights (or when a trainer
    replaces this to record them), so the rules alone pay nothing for the detector."""
    return shipped() is not None


def detected(text: str, low: str, published: str, cands: list[Candidate],
             detector: Detector | None = None) -> list[tuple[Event, int]]:
    """The events (each with its dedupe rank) the detector proposes among the unclaimed date
    mentions `cands`; the event's text is the mention's sentence."""
    chosen = detector or shipped()
    if chosen is None or not cands:
        return []
    out: list[tuple[Event, int]] = []
    for cand in cands:
        kind = chosen.decide(chosen.model.probabilities(features(low, published, cand)))
        if kind is None:
            continue
        d, (s, e), _ = cand
        out.append((Event(start=d.start, end=d.end, kind=kind, text=text[s:e], span=(s, e),
                          resolved_from=d.text), relative_rank(d)))
    return out
