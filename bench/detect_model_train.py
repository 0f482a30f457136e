"""Train the event detector on the date mentions the rules leave unclaimed, and measure it held out.

A candidate is a resolved date mention of a sentence from which the rules made no event on its
date (`idlibmon.extract.events.detect_model`). It is labelled from the gold of every annotated
set: the kind of an annotated event whose start matches the mention's date at the gold's
precision (the scorer's rule) and whose text overlaps the mention's sentence; an optional
event so matched leaves it out of training; anything else is `none`.

    python bench/detect_model_train.py conventions  # record the unit tests' unclaimed mentions (before train)
    python bench/detect_model_train.py heldout   # grouped held-out table: rules vs rules + detector
    python bench/detect_model_train.py labels    # candidates and labels per set
    python bench/detect_model_train.py train     # train on every set, write the weights

`heldout` trains once per group without the group's sets (blind35-40, blind29-34, blind23-28,
blind19-22) and scores the group's events (kind + start, as score.py) with the rules alone (the
shipped kind model included) and with the detector at each threshold of a grid; the threshold
marked `chosen` is picked on the training sets alone (`choose`: the other groups, each held out of
a model trained on the rest). `train` ships the threshold `choose` picks over all four groups.

The conventions: the unit tests of events hold what is no event (a source's speaking day, a
level, background); `conventions` runs them with the detector's hook replaced by a recorder and
writes the features of every short text's unclaimed mentions to bench/detect_conventions.jsonl;
training adds each as a `none` weighing CONVENTION_WEIGHT, so the detector learns them too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import kind_model_train as km  # noqa: E402 - found through the line above

import idlibmon.extract.events.find as events_module  # noqa: E402
from idlibmon.config import load_config  # noqa: E402
from idlibmon.extract.engine import extract, prepare  # noqa: E402
from idlibmon.extract.events.dedupe import relative_rank  # noqa: E402
from idlibmon.extract.events.detect_model import WEIGHTS, Candidate, Detector, features  # noqa: E402
from idlibmon.extract.events.kind_model import NONE, KindModel  # noqa: E402
from idlibmon.models import Event  # noqa: E402

GROUPS = {
    "blind35-40": [f"blind{i}" for i in range(35, 41)],
    "blind29-34": [f"blind{i}" for i in range(29, 35)],
    "blind23-28": [f"blind{i}" for i in range(23, 29)],
    "blind19-22": [f"blind{i}" for i in range(19, 23)],
}
GRID = (0.4, 0.5, 0.6, 0.7, 0.8)
EPOCHS = 15
L2 = 1e-3
MAX_PRECISION_LOSS = 0.005  # `choose`: the lowest threshold that costs at most half a point of precision
CONVENTIONS = ROOT / "bench" / "detect_conventions.jsonl"
CONVENTION_WEIGHT = 3.0


@dataclass
class Mention:
    """One candidate as training and scoring need it: the event it would become, its features
    and its label (None: an optional event, left out)."""

    event: Event
    rank: int
    feats: list[str]
    label: str | None


@dataclass
class Doc:
    name: str
    gold: dict[str, Any]
    rules: list[tuple[Event, int]]  # the rules' events (after the kind model), before dedupe
    mentions: list[Mention]


def _sentence_told(shown: str, sent: tuple[int, int], g: dict[str, Any]) -> bool:
    """The gold item's text overlaps the sentence (or, not found verbatim, shares half its words)."""
    gt = g.get("text") or ""
    if not gt:
        return False
    s, e = sent
    at = shown.find(gt)
    if at >= 0:
        while at >= 0:
            if at < e and s < at + len(gt):
                return True
            at = shown.find(gt, at + 1)
        return False
    gw, sw = km._words(gt), km._words(shown[s:e])
    return bool(gw) and len(gw & sw) >= 0.5 * len(gw)


def label(shown: str, cand: Candidate, gold: dict[str, Any]) -> str | None:
    d, sent, _ = cand
    for g in gold.get("events", []):
        if km.same_date(g.get("start"), d.start) and _sentence_told(shown, sent, g):
            return str(g["kind"])
    for o in gold.get("optional_events", []):
        if km.same_date(o.get("start"), d.start) and _sentence_told(shown, sent, o):
            return None
    return NONE


def engine_run(text: str, published: Any, places: Any) -> tuple[list[tuple[Event, int]], list[Candidate], str]:
    """The rules' events before dedupe and the unclaimed mentions, recorded from one engine run."""
    seen: dict[str, Any] = {"rules": [], "cands": [], "low": ""}

    def record(text: str, low: str, pub: str, cands: list[Candidate], detector: Any = None) -> list[Any]:
        seen["cands"], seen["low"] = list(cands), low
        return []

    def dedupe(evs: list[tuple[Event, int]]) -> list[Event]:
        seen["rules"] = list(evs)
        return hook_d(evs)

    hook, hook_d, hook_w = events_module.detected, events_module.deduplicated, events_module.wanted
    events_module.detected, events_module.deduplicated = record, dedupe  # type: ignore[assignment]
    events_module.wanted = lambda: True  # type: ignore[assignment]
    try:
        extract(text, published, places)
    finally:
        events_module.detected, events_module.deduplicated = hook, hook_d  # type: ignore[assignment]
        events_module.wanted = hook_w  # type: ignore[assignment]
    return seen["rules"], seen["cands"], seen["low"]


def collect() -> dict[str, list[Doc]]:
    places = load_config().places
    out: dict[str, list[Doc]] = {}
    for name, docs in km.annotated_sets().items():
        out[name] = []
        for doc_id, text, published, gold in docs:
            shown = prepare(text)
            rules, cands, low = engine_run(text, published, places)
            pub = published.isoformat()
            mentions = []
            for c in cands:
                d, (s, e), _ = c
                ev = Event(start=d.start, end=d.end, kind=NONE, text=shown[s:e], span=(s, e), resolved_from=d.text)
                mentions.append(Mention(ev, relative_rank(d), features(low, pub, c), label(shown, c, gold)))
            out[name].append(Doc(doc_id, gold, rules, mentions))
    return out


def examples(docs: Iterable[Doc]) -> list[km.Example]:
    out: list[km.Example] = [(m.feats, m.label) for d in docs for m in d.mentions if m.label is not None]
    return out + convention_examples(CONVENTION_WEIGHT)


def convention_examples(weight: float) -> list[km.Example]:
    if weight <= 0 or not CONVENTIONS.is_file():
        return []
    lines = CONVENTIONS.read_text(encoding="utf-8").splitlines()
    return [(json.loads(line), NONE, weight) for line in lines if line.strip()]


def train(docs: Iterable[Doc]) -> KindModel:
    return km.train(examples(docs), epochs=EPOCHS, l2=L2, hide_rule=0.0)


class _Recorder:
    """A pytest plugin: while the unit tests run, the detector's hook records the features of the
    unclaimed mentions of every short text and proposes nothing (the tests see the rules alone)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def pytest_sessionstart(self) -> None:
        self.hook, self.hook_w = events_module.detected, events_module.wanted
        events_module.detected = self.record  # type: ignore[assignment]
        events_module.wanted = lambda: True  # type: ignore[assignment]

    def pytest_sessionfinish(self) -> None:
        events_module.detected, events_module.wanted = self.hook, self.hook_w  # type: ignore[assignment]

    def record(self, text: str, low: str, published: str, cands: list[Candidate], detector: Any = None) -> list[Any]:
        if len(low) <= km.CONVENTION_LONGEST:
            self.seen.update(json.dumps(features(low, published, c)) for c in cands)
        return []


def record_conventions() -> int:
    import pytest  # only this mode needs it

    recorder = _Recorder()
    tests = sorted({str(p) for pattern in km.CONVENTION_TESTS for p in (ROOT / "tests").glob(pattern)})
    code = pytest.main(["-q", "-p", "no:cacheprovider", *tests], plugins=[recorder])
    CONVENTIONS.write_text("".join(f + "\n" for f in sorted(recorder.seen)), encoding="utf-8")
    print(f"wrote {CONVENTIONS} ({len(recorder.seen)} mentions; tests exit {int(code)})")
    return 0 if int(code) == 0 else 1


def run(docs: list[Doc], detector: Detector | None) -> Counter[str]:
    total: Counter[str] = Counter()
    for doc in docs:
        added = []
        if detector is not None:
            for m in doc.mentions:
                kind = detector.decide(detector.model.probabilities(m.feats))
                if kind is not None:
                    ev = m.event
                    added.append((Event(start=ev.start, end=ev.end, kind=kind, text=ev.text, span=ev.span,
                                        resolved_from=ev.resolved_from), m.rank))
        total += km.score_events(doc.gold, events_module.deduplicated(doc.rules + added))
    return total


def grid(sets: dict[str, list[Doc]], held: list[str]) -> tuple[Counter[str], dict[float, Counter[str]]]:
    """The held sets' event counts with the rules alone and with a detector trained on the other
    sets at each threshold of the grid."""
    model = train(d for n, docs in sets.items() if n not in held for d in docs)
    docs = [d for n in held for d in sets.get(n, [])]
    return run(docs, None), {th: run(docs, Detector(model, th)) for th in GRID}


def choose(sets: dict[str, list[Doc]], groups: list[list[str]]) -> float:
    """The threshold chosen on `sets` alone: each group held out of a detector trained on the
    rest, counts pooled; the lowest threshold whose pooled precision is at most
    MAX_PRECISION_LOSS below the rules' (the highest of the grid when none is)."""
    base: Counter[str] = Counter()
    got: dict[float, Counter[str]] = {th: Counter() for th in GRID}
    for held in groups:
        b, by = grid(sets, held)
        base += b
        for th in GRID:
            got[th] += by[th]
    bp = km.pr(base)[0]
    return next((th for th in GRID if km.pr(got[th])[0] >= bp - MAX_PRECISION_LOSS), GRID[-1])


def heldout(sets: dict[str, list[Doc]], groups: dict[str, list[str]]) -> None:
    for gname, held in groups.items():
        rest = {n: docs for n, docs in sets.items() if n not in held}
        chosen = choose(rest, [g for name, g in GROUPS.items() if name != gname])
        base, by = grid(sets, held)
        bp, br = km.pr(base)
        print(f"held out {gname}: rules alone P={bp:.3f} R={br:.3f} ({base['tp']}/{base['sys']}/{base['gold']})")
        for th, got in by.items():
            p, r = km.pr(got)
            print(f"  >= {th:.1f}  P={p:.3f} R={r:.3f}  dP={p - bp:+.3f} dR={r - br:+.3f}"
                  f"  ({got['tp']}/{got['sys']}/{got['gold']}){'  chosen' if th == chosen else ''}", flush=True)


def main() -> int:
    global CONVENTION_WEIGHT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["heldout", "labels", "train", "conventions"])
    ap.add_argument("--threshold", type=float, default=0.0, help="train: this threshold (default: `choose`)")
    ap.add_argument("--groups", default="", help="heldout: comma-separated group names (default: all four)")
    ap.add_argument("--conventions-weight", type=float, default=CONVENTION_WEIGHT)
    args = ap.parse_args()
    CONVENTION_WEIGHT = args.conventions_weight
    if args.mode == "conventions":
        return record_conventions()
    sets = collect()
    if args.mode == "labels":
        for name, docs in sets.items():
            c = Counter(m.label for d in docs for m in d.mentions)
            print(name, sum(c.values()), dict(c.most_common()))
        return 0
    if args.mode == "heldout":
        names = args.groups.split(",") if args.groups else list(GROUPS)
        heldout(sets, {g: GROUPS[g] for g in names})
        return 0
    threshold = args.threshold or choose(sets, list(GROUPS.values()))
    model = train(d for docs in sets.values() for d in docs)
    data = model.to_json()
    data["threshold"] = threshold
    WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} (threshold {threshold}, {len(model.weights)} features, labels {', '.join(model.labels)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
