"""Train the spurious-event filter on the engine's own events, and measure it on held-out groups.

Candidates are the rules' events (recorded at the kind model's hook, before one happening told
twice is merged) after the kind model has decided them. Each is labelled from its article's gold
by the scorer's rule: `keep` when it matches a gold event (kind and start date at the gold's
precision) or an optional one; `spurious` when no gold or optional event has its date at all;
events on an annotated date with another kind are kind errors, left out. Features:
`idlibmon.extract.events.spurious.features`.

    python bench/event_filter_train.py heldout   # per group: rules + kind model vs + filter
    python bench/event_filter_train.py conventions  # record the unit tests' events (before `train`)
    python bench/event_filter_train.py train     # train on every set, write the weights

`heldout` is honest twice over: for each group the kind model too is retrained without it, and
the threshold is chosen on out-of-fold predictions over the training sets (never on the group).
The conventions: every event the unit tests' short texts produce is labelled `keep` and weighs
CONVENTION_WEIGHT annotated events, so the filter learns not to drop what the tests hold.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pickle
import random
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import idlibmon.extract.events.find as events_module
from idlibmon.config import load_config
from idlibmon.extract.engine import prepare
from idlibmon.extract.events.dedupe import deduplicated
from idlibmon.extract.events.kind_model import NONE, Combination, KindModel
from idlibmon.extract.events.kind_model import features as kind_features
from idlibmon.extract.events.spurious import SCALE, WEIGHTS, SpuriousModel, features
from idlibmon.models import Event

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from devset_scoring import same_date  # noqa: E402 - found through the line above

CACHE = Path("/tmp/event_filter_candidates.pkl")
CONVENTIONS = ROOT / "bench" / "filter_conventions.jsonl"
CONVENTION_WEIGHT = 3.0
CONVENTION_LONGEST = 2000
GROUPS = (("blind35", "blind36", "blind37", "blind38", "blind39", "blind40"),
          ("blind29", "blind30", "blind31", "blind32", "blind33", "blind34"),
          ("blind23", "blind24", "blind25", "blind26", "blind27", "blind28"),
          ("blind19", "blind20", "blind21", "blind22"))
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 1.1)
KEEP_COST = 3.0  # choosing the threshold: one annotated event lost weighs three extras removed
KIND_SETTINGS = {"epochs": 25, "hide_rule": 0.9, "l2": 1e-3}  # as the kind model is shipped


def _kind_trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kind_model_train", ROOT / "bench" / "kind_model_train.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kind_model_train"] = module
    spec.loader.exec_module(module)
    return module


kmt = _kind_trainer()


@dataclass
class Raw:
    """One rule event as the kind model sees it: its sentence, its kind features and kind label."""

    event: Event
    rank: int
    sent: tuple[int, int]
    kfeats: list[str]
    klabel: str | None


@dataclass
class Article:
    name: str
    gold: dict[str, Any]
    low: str
    published: date
    raws: list[Raw]


def collect() -> dict[str, list[Article]]:
    """Every annotated article's rule events (cached in /tmp: the rules are the same all run)."""
    if CACHE.is_file():  # plain tuples: the classes are this script's, whoever runs it
        return {n: [Article(m, g, low, p, [Raw(*r) for r in raws]) for m, g, low, p, raws in arts]
                for n, arts in pickle.loads(CACHE.read_bytes()).items()}
    places = load_config().places
    out: dict[str, list[Article]] = {}
    for name, docs in kmt.annotated_sets().items():
        out[name] = []
        for doc_id, text, published, gold in docs:
            shown = prepare(text)
            low, told = kmt.rules_events(text, published, places)
            seen = [Raw(e, r, s, kind_features(low, e, s), kmt.label(shown, e, gold)) for e, r, s in told]
            out[name].append(Article(doc_id, gold, low, published, seen))
    CACHE.write_bytes(pickle.dumps({n: [(a.name, a.gold, a.low, a.published,
                                         [(r.event, r.rank, r.sent, r.kfeats, r.klabel) for r in a.raws])
                                        for a in arts] for n, arts in out.items()}))
    return out


def first_contact(path: Path) -> dict[str, list[Article]]:
    """Rule events recorded from the engine of the commit that added each set (its first contact:
    rules never tuned on it), as `first_contact.py`-style JSON lines, matched to the sets' gold."""
    golds = {(n, g_id): (g, p) for n, docs in kmt.annotated_sets().items() for g_id, _, p, g in docs}
    out: dict[str, list[Article]] = {}
    for f in sorted(path.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            gold, published = golds[(r["set"], r["id"])]
            low = r["low"]
            raws = []
            for e in r["events"]:
                ev = Event(start=e["start"], end=e["end"], kind=e["kind"], text=e["text"], span=tuple(e["span"]),  # type: ignore[arg-type]
                           resolved_from=e["resolved_from"])
                sent = tuple(e["sentence"])
                raws.append(Raw(ev, e["rank"], sent, kind_features(low, ev, sent), None))  # type: ignore[arg-type]
            out.setdefault(r["set"], []).append(Article(r["id"], gold, low, published, raws))
    return out


def filter_label(gold: dict[str, Any], e: Event) -> str | None:
    """`keep`, `spurious` or None (a kind error: the date is annotated, with another kind)."""
    for g in gold.get("events", []):
        if g["kind"] == e.kind and same_date(g.get("start"), e.start):
            return "keep"
    opts = gold.get("optional_events", [])
    if any(o.get("kind") in (None, e.kind) and same_date(o.get("start"), e.start) for o in opts):
        return "keep"
    if any(same_date(g.get("start"), e.start) for g in [*gold.get("events", []), *opts]):
        return None
    return "spurious"


Example = tuple[list[str], int, float]  # features, 1 when spurious, weight


@dataclass
class Cand:
    event: Event
    rank: int
    feats: list[str]
    y: int | None


STACK = False  # experiment (--stack): the kind model's probability of `none` as a feature too


def candidates(a: Article, kinds: tuple[KindModel, Combination] | None) -> list[Cand]:
    """The article's events after the kind model, each with the filter's features and label."""
    kept: list[tuple[Event, int, tuple[int, int], float]] = []
    for r in a.raws:
        e: Event | None = r.event
        none = 0.0
        if kinds is not None:
            probs = kinds[0].probabilities(r.kfeats)
            e, none = kinds[1].decide(r.event, probs), probs.get(NONE, 0.0)
        if e is not None:
            kept.append((e, r.rank, r.sent, none))
    told = Counter(e.start for e, _, _, _ in kept)
    out = []
    for e, rank, sent, none in kept:
        lab = filter_label(a.gold, e)
        feats = features(a.low, e, sent, a.published, told[e.start])
        if STACK:
            feats.append(f"kn:{min(5, int(none * 10))}")
        out.append(Cand(e, rank, feats, None if lab is None else int(lab == "spurious")))
    return out


def train(data: list[Example], epochs: int = 20, rate: float = 0.1, l2: float = 1e-3, min_count: int = 3,
          keep: float = 0.05, seed: int = 0) -> dict[str, float]:
    """Binary logistic regression by SGD, deterministic for a seed; features seen fewer than
    `min_count` times and weights under `keep` are left out (measured as shipped)."""
    counts = Counter(f for feats, _, _ in data for f in set(feats))
    rows = [([f for f in feats if counts[f] >= min_count], y, wt) for feats, y, wt in data]
    w: dict[str, float] = dict.fromkeys((f for f, n in counts.items() if n >= min_count), 0.0)
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(rows)
        for feats, y, wt in rows:
            step += 1
            lr = rate / (1 + 0.001 * step)
            z = sum(w[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            g = (p - y) * lr * wt
            for f in feats:
                w[f] -= g + lr * l2 * w[f]
    return {f: round(v * SCALE) / SCALE for f, v in w.items() if abs(v) >= keep}


def examples(arts: Iterable[Article], kinds: tuple[KindModel, Combination] | None) -> list[Example]:
    return [(c.feats, c.y, 1.0) for a in arts for c in candidates(a, kinds) if c.y is not None]


def convention_examples(weight: float = CONVENTION_WEIGHT) -> list[Example]:
    """The unit tests' events (written by `conventions`), each labelled keep."""
    if weight <= 0 or not CONVENTIONS.is_file():
        return []
    out: list[Example] = []
    for r, evs in kmt.convention_records(CONVENTIONS):
        published = date.fromisoformat(r["published"]) if r.get("published") else None
        told = Counter(e.start for e in evs)
        for e, d in zip(evs, r["events"], strict=True):
            out.append((features(r["text"], e, tuple(d["sentence"]), published, told[e.start]), 0, weight))  # type: ignore[arg-type]
    return out


def score_run(arts: list[tuple[Article, list[Cand]]], model: SpuriousModel | None) -> Counter[str]:
    total: Counter[str] = Counter()
    for a, cands in arts:
        kept = [(c.event, c.rank) for c in cands if model is None or model.probability(c.feats) < model.threshold]
        total += kmt.score_events(a.gold, deduplicated(kept))
    return total


def choose_threshold(arts: dict[str, list[Article]], kinds: tuple[KindModel, Combination], conv: list[Example],
                     folds: int = 4, **kw: Any) -> float:
    """The threshold that pays best on out-of-fold predictions over the training sets (sets split
    into `folds` groups): extras removed less KEEP_COST per annotated event lost."""
    names = sorted(arts)
    cands = {n: [(a, candidates(a, kinds)) for a in arts[n]] for n in names}
    base = Counter[str]()
    got = {t: Counter[str]() for t in THRESHOLDS}
    for k in range(folds):
        test = [n for i, n in enumerate(names) if i % folds == k]
        data = [(c.feats, c.y, 1.0) for n in names if n not in test for _, cs in cands[n] for c in cs if c.y is not None]
        weights = train(data + conv, **kw)
        docs = [x for n in test for x in cands[n]]
        base += score_run(docs, None)
        for t in THRESHOLDS:
            got[t] += score_run(docs, SpuriousModel(weights, t))

    def pay(c: Counter[str]) -> float:
        extras = (base["sys"] - base["tp"]) - (c["sys"] - c["tp"])
        return extras - KEEP_COST * (base["tp"] - c["tp"])

    return max(THRESHOLDS, key=lambda t: (pay(got[t]), t))


def pr(c: Counter[str]) -> str:
    p = c["tp"] / c["sys"] if c["sys"] else 1.0
    r = c["tp"] / c["gold"] if c["gold"] else 1.0
    return f"{p:.3f} / {r:.3f} ({c['tp']}/{c['sys']}/{c['gold']}, net {c['tp'] - (c['sys'] - c['tp'])})"


def kind_model(arts: Iterable[Article]) -> tuple[KindModel, Combination]:
    docs = [kmt.Doc(a.name, a.gold, [kmt.Candidate(r.event, r.rank, r.kfeats, r.klabel) for r in a.raws])
            for a in arts]
    return kmt.train(kmt.examples(docs), **KIND_SETTINGS), kmt.BEST


def heldout(sets: dict[str, list[Article]], groups: list[tuple[str, ...]], conv: list[Example],
            fc: dict[str, list[Article]], **kw: Any) -> None:
    for group in groups:
        rest = {n: arts for n, arts in sets.items() if n not in group}
        kinds = kind_model(a for arts in rest.values() for a in arts)
        extra = examples((a for n, arts in fc.items() if n not in group for a in arts), kinds)
        t = choose_threshold(rest, kinds, conv + extra, **kw)
        weights = train(examples((a for arts in rest.values() for a in arts), kinds) + conv + extra, **kw)
        print(f"held out {group[0]}-{group[-1]}: chosen threshold {t} (first-contact examples {len(extra)})")
        for what, src in (("today's rules", sets), ("first contact", fc)):
            docs = [(a, candidates(a, kinds)) for n in group for a in src.get(n, [])]
            if not docs:
                continue
            base = score_run(docs, None)
            print(f"  {what}: rules + kind model   {pr(base)}")
            for th in THRESHOLDS:
                mark = " <- chosen" if th == t else ""
                print(f"    + filter >= {th:.2f}    {pr(score_run(docs, SpuriousModel(weights, th)))}{mark}")
        sys.stdout.flush()


class _Recorder:
    """A pytest plugin: the filter's hook records every short text's candidates and passes them."""

    def __init__(self) -> None:
        self.seen: dict[str, dict[str, Any]] = {}

    def pytest_sessionstart(self) -> None:
        self.hook = events_module.unspurious
        events_module.unspurious = self.record  # type: ignore[assignment]

    def pytest_sessionfinish(self) -> None:
        events_module.unspurious = self.hook  # type: ignore[assignment]

    def record(self, low: str, kept: list[tuple[Event, int]], before: list[tuple[Event, int]], where: list[Any],
               published: date | None, model: Any = None) -> list[Any]:
        if len(low) <= CONVENTION_LONGEST and kept:
            sents = {e.span: s for (e, _), s in zip(before, where, strict=True)}
            items = [{"start": e.start, "end": e.end, "kind": e.kind, "span": list(e.span),
                      "resolved_from": e.resolved_from, "sentence": list(sents.get(e.span, e.span))} for e, _ in kept]
            key = json.dumps([low, str(published), items], sort_keys=True)
            self.seen[key] = {"text": low, "published": str(published) if published else None, "events": items}
        return kept


def record_conventions() -> int:
    import pytest  # only this mode needs it

    recorder = _Recorder()
    tests = sorted({str(p) for pattern in kmt.CONVENTION_TESTS for p in (ROOT / "tests").glob(pattern)})
    code = pytest.main(["-q", "-p", "no:cacheprovider", *tests], plugins=[recorder])
    with CONVENTIONS.open("w", encoding="utf-8") as f:
        for item in recorder.seen.values():
            f.write(json.dumps(item, sort_keys=True) + "\n")
    print(f"wrote {CONVENTIONS} ({len(recorder.seen)} texts; tests exit {int(code)})")
    return 0 if int(code) == 0 else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["heldout", "train", "conventions"])
    ap.add_argument("--groups", default="", help="heldout: groups as a,b,c;d,e (default: four blind groups)")
    ap.add_argument("--threshold", type=float, default=0.0, help="train: the threshold (default: chosen)")
    ap.add_argument("--conventions-weight", type=float, default=CONVENTION_WEIGHT)
    ap.add_argument("--first-contact", default="", help="a folder of first-contact JSON lines (`firstcontact`) to train on too")
    ap.add_argument("--stack", action="store_true", help="heldout: the kind model's `none` probability as a feature")
    ap.add_argument("--fresh", action="store_true", help="collect the candidates again (the rules changed)")
    args = ap.parse_args()
    if args.mode == "conventions":
        return record_conventions()
    if args.fresh and CACHE.is_file():
        CACHE.unlink()
    sets = collect()
    conv = convention_examples(args.conventions_weight)
    if args.mode == "heldout":
        global STACK
        STACK = args.stack
        groups = [tuple(g.split(",")) for g in args.groups.split(";")] if args.groups else list(GROUPS)
        fc = first_contact(Path(args.first_contact)) if args.first_contact else {}
        heldout(sets, groups, conv, fc)
        return 0
    from idlibmon.extract.events.kind_model import shipped as shipped_kinds

    kinds = shipped_kinds()
    t = args.threshold or choose_threshold(sets, kinds, conv)  # type: ignore[arg-type]
    weights = train(examples((a for arts in sets.values() for a in arts), kinds) + conv)
    WEIGHTS.write_text(json.dumps(SpuriousModel(weights, t).to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(weights)} features, threshold {t})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
