"""A learned filter of spurious events: candidates no annotator would put on a timeline.

The rules pair a date with the nearest event word, so a level told as a happening ("the camps
held 900,000 people in March"), background ("the war began in 2011"), a plan ("talks are due on
Friday") or a retelling on another date can become an event of a date no annotator dated
anything on. The kind model's `none` label drops some of them, but only where it is confident of
a kind too. This is a binary logistic regression over cheap features of the event (its words
and its sentence's, its kind, how and how far back its date was written, where in the text it
stands, how often its date is told): the log-odds that the event is spurious. An event is
dropped only above a threshold chosen on held-out groups of sets, biased towards keeping.
`bench/event_filter_train.py` trains and measures it; `train` writes `spurious_model.json`
beside this module, and only then does the engine consult it (without the file the events pass
unchanged). Measured in session 10 on four held-out groups it gained too little to ship (at
most 1.6 points of precision for 0.7 of recall, no better than the kind model's own `none`
drop set lower): no weights are shipped (README, design notes: a learned filter of spurious events).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from idlibmon.extract.dates.vocabulary import MONTH_NAMES, WEEKDAYS
from idlibmon.extract.text import Span, ascii_lower
from idlibmon.models import Event

WEIGHTS = Path(__file__).with_name("spurious_model.json")
SCALE = 100  # weights are stored in hundredths

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*|\d[\d,.]*")


def _age(start: str, published: date | None) -> str:
    """How far before publication the event's date lies, in coarse steps (a date years back is
    mostly background; one after publication, a plan)."""
    if published is None:
        return "age:?"
    try:
        y = int(start[:4])
        m = int(start[5:7]) if len(start) >= 7 else 1
        d = int(start[8:10]) if len(start) >= 10 else 1
        days = (published - date(y, m, d)).days
    except ValueError:
        return "age:?"
    if len(start) == 4:
        return "age:y0" if y == published.year else "age:yold"
    if days < 0:
        return "age:fut"
    if len(start) == 7:
        return "age:m0" if days < 31 else ("age:m1" if days < 62 else ("age:m-y" if days < 366 else "age:mold"))
    if days == 0:
        return "age:0"
    return "age:d7" if days <= 7 else ("age:d31" if days <= 31 else ("age:d365" if days <= 365 else "age:dold"))


def _date_form(resolved: str) -> list[str]:
    """How the date was written: its first word, and whether it names a weekday, a month, a
    year, a span or a starting point."""
    rel = ascii_lower(resolved)
    words = rel.split()
    out = ["r:" + (words[0] if words else "")]
    if any(w in rel for w in WEEKDAYS):
        out.append("f:weekday")
    if any(m in rel for m in MONTH_NAMES):
        out.append("f:month")
    if re.search(r"\b(?:19|20)\d\d\b", rel):
        out.append("f:year")
    if re.search(r"\b\d{1,2}\b", rel):
        out.append("f:day")
    if "since" in rel:
        out.append("f:since")
    return out


def features(low: str, event: Event, sent: Span, published: date | None, told: int) -> list[str]:
    """The features of one candidate event: `low` is the lowered article (`ascii_lower`), `sent`
    the span of its sentence, `told` how many candidates of the article share its start date."""
    a, b = event.span
    words = [w if w[0] > "9" else "0" for w in _WORD.findall(low, a, b)]  # a number is read as 0
    out = ["bias", "k=" + event.kind]
    out += ["w:" + w for w in words]
    out += ["s:" + w for w in _WORD.findall(low, sent[0], a)]
    out += ["s:" + w for w in _WORD.findall(low, b, sent[1])]
    out += _date_form(event.resolved_from)
    age = _age(event.start, published)
    out += [age, f"p:{len(event.start)}", "ka:" + event.kind + "_" + age]
    if event.end:
        out.append("p:range")
    out.append("pos:head" if sent[0] == 0 else f"pos:{min(3, 4 * a // max(1, len(low)))}")
    out.append(f"n:{min(told, 3)}")
    return out


@dataclass(frozen=True)
class SpuriousModel:
    """Log-odds of `spurious` per feature; an event is dropped at probability >= `threshold`."""

    weights: dict[str, float]
    threshold: float = 1.1  # above 1: the filter is off

    def probability(self, feats: Sequence[str]) -> float:
        # whole hundredths summed exactly, as stored: the order of the features cannot move a bit
        get = self.weights.get
        total = sum(round(get(f, 0.0) * SCALE) for f in feats) / SCALE
        return 1.0 / (1.0 + math.exp(-total)) if total > -500 else 0.0

    def to_json(self) -> dict[str, object]:
        return {"scale": SCALE, "threshold": self.threshold,
                "weights": {f: round(w * SCALE) for f, w in sorted(self.weights.items()) if round(w * SCALE)}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SpuriousModel:
        scale = float(data.get("scale", 1))  # type: ignore[arg-type]
        weights = {str(f): int(w) / scale for f, w in data["weights"].items()}  # type: ignore[union-attr]
        return cls(weights=weights, threshold=float(data.get("threshold", 1.1)))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def shipped() -> SpuriousModel | None:
    """The model `bench/event_filter_train.py train` wrote beside this module, or None."""
    if not WEIGHTS.is_file():
        return None
    return SpuriousModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def unspurious(low: str, kept: list[tuple[Event, int]], before: Sequence[tuple[Event, int]], where: Sequence[Span],
               published: date | None, model: SpuriousModel | None = None) -> list[tuple[Event, int]]:
    """The events the kind model kept (each with its dedupe rank) without those this model holds
    spurious; `before` are the events the kind model was given, `where[i]` the sentence of the
    i-th (the kind model may replace an event, never move it: its span finds its sentence)."""
    chosen = model or shipped()
    if chosen is None or not kept or chosen.threshold > 1.0:
        return kept
    sents = {e.span: s for (e, _), s in zip(before, where, strict=True)}
    told = Counter(e.start for e, _ in kept)
    return [(e, r) for e, r in kept
            if chosen.probability(features(low, e, sents.get(e.span, e.span), published, told[e.start]))
            < chosen.threshold]
