"""Train the event-kind model on the engine's own events, and measure it honestly.

The training pairs are the events the rules produce (before one happening told twice is
merged) on every annotated set: tests/devset/* and the seed. Each is matched to the gold
event it tells (same date at the gold's precision and overlapping text; or overlapping text
alone) and labelled with the gold kind; an event that tells no annotated happening is
labelled `none`. Features: `idlibmon.extract.events.kind_model.features`.

    python bench/kind_model_train.py loso    # leave-one-set-out table: rules vs rules+model
    python bench/kind_model_train.py heldout --held blind19,blind20  # train on the rest, score those
    python bench/kind_model_train.py train   # train on every set, write the weights
    python bench/kind_model_train.py labels  # how many of the rules' events have the gold kind
    python bench/kind_model_train.py conventions  # record the unit tests' events (before `train`)
    python bench/kind_model_train.py second --held blind29,blind30  # a second kind per telling (not shipped)

`loso` trains on all sets but one and scores the held-out set (events: kind + start date,
as /work/shared/tools/score.py) with the rules alone and with each combination of the model
in a small grid (means over the sets no rule was tuned on first, then one line per set for
--switch/--drop). `heldout` trains once without the
--held sets and prints their pooled P / R for the grid (honest only on sets no rule was tuned on).
`train` writes src/idlibmon/extract/events/kind_model.json with that
combination, which turns the model on in the engine (README, design notes on event kinds).

The conventions: the issue and the seed set kinds a reader of one new set would not guess (a
virus that kills is no attack, renewed clashes are an escalation), and the unit tests hold
them. `conventions` runs those tests (tests/test_events*.py, tests/test_extract*.py) with the
model's hook replaced by a recorder and writes every short text's events, with the kind the
rules gave them (the kind the tests hold), to bench/kind_conventions.jsonl; every training run
adds them, each weighing CONVENTION_WEIGHT annotated events, so the model learns the conventions
instead of overriding them. Run `conventions` again after adding a test, then `train`.

--without k=,s: leaves feature families out, --hide-rule sets the share of examples trained
without the rules' kind, --conventions-weight 0 trains without the conventions. The rules
change often: run `heldout` again on the current rules before deciding anything from it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import idlibmon.extract.events.find as events_module
from idlibmon.config import load_config
from idlibmon.extract.engine import extract, prepare
from idlibmon.extract.events.dedupe import deduplicated
from idlibmon.extract.events.kind_model import NONE, SCALE, WEIGHTS, Combination, KindModel, features
from idlibmon.models import Event

ROOT = Path(__file__).resolve().parents[1]
DEVSETS = ROOT / "tests" / "devset"
SEED = ROOT.parent / "shared" / "seed"
sys.path.insert(0, str(ROOT / "tests"))

from devset_scoring import same_date, score  # noqa: E402 - found through the line above

UNSEEN = ("blind5", "blind6", "blind8", "blind9")  # the sets the brief averages over
CONVENTIONS = ROOT / "bench" / "kind_conventions.jsonl"
CONVENTION_WEIGHT = 3.0  # one event of a unit test weighs three annotated ones (README)
CONVENTION_TESTS = ("test_events*.py", "test_extract*.py")
CONVENTION_LONGEST = 2000  # longer texts in those tests are dev-set articles or the seed: gold-labelled already


@dataclass
class Candidate:
    event: Event
    rank: int
    feats: list[str]
    label: str | None  # None: matches an optional event of no kind, left out of training


@dataclass
class Doc:
    name: str
    gold: dict[str, Any]
    candidates: list[Candidate]
    shown: str = ""


def annotated_sets() -> dict[str, list[tuple[str, str, date, dict[str, Any]]]]:
    """set name -> (doc id, text, published, gold) for every annotated set."""
    sets: dict[str, list[tuple[str, str, date, dict[str, Any]]]] = {}
    for folder in sorted(DEVSETS.iterdir()):
        if not (folder / "gold.jsonl").is_file():
            continue
        published = {}
        for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                published[m["id"]] = m["published"]
        docs = []
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                text = (folder / f"{g['id']}.txt").read_text(encoding="utf-8")
                docs.append((g["id"], text, date.fromisoformat(published[g["id"]]), g))
        sets[folder.name] = docs
    seed_gold = SEED / "mee-2019-12-27-idlib.gold.json"
    if seed_gold.is_file():
        g = json.loads(seed_gold.read_text(encoding="utf-8"))
        text = (SEED / "mee-2019-12-27-idlib.txt").read_text(encoding="utf-8")
        sets["seed"] = [("seed", text, date.fromisoformat(g["published"]), g)]
    return sets


def rules_events(text: str, published: date, places: Any) -> tuple[str, list[tuple[Event, int, tuple[int, int]]]]:
    """The rules' events before merging, each with its rank and sentence, and the lowered text
    they were read from: the engine runs whole, with the kind model's hook replaced by a recorder
    (so the training data are exactly what the model will see in the engine)."""
    lows: list[str] = []
    seen: list[tuple[Event, int, tuple[int, int]]] = []

    def record(low: str, evs: list[tuple[Event, int]], sents: list[tuple[int, int]], model: Any = None) -> list[Any]:
        lows.append(low)
        seen.extend((e, r, s) for (e, r), s in zip(evs, sents, strict=True))
        return evs

    hook = events_module.rekinded
    events_module.rekinded = record  # type: ignore[assignment]
    try:
        extract(text, published, places)
    finally:
        events_module.rekinded = hook  # type: ignore[assignment]
    return (lows[0] if lows else ""), seen


def engine_candidates(text: str, published: date, places: Any) -> list[tuple[Event, int, list[str]]]:
    """The rules' events before merging, each with its rank and the kind model's features."""
    low, seen = rules_events(text, published, places)
    return [(e, r, features(low, e, s)) for e, r, s in seen]


def _words(s: str) -> set[str]:
    return {w for w in "".join(c.lower() if c.isalnum() else " " for c in s).split() if len(w) > 3}


def _overlaps(shown: str, event: Event, g: dict[str, Any]) -> bool:
    """The event's text and the gold item's text tell the same thing: their spans in the text
    overlap, or (the gold text not found verbatim) they share most of the shorter one's words."""
    gt = g.get("text") or ""
    if not gt:
        return False
    a, b = event.span
    at = shown.find(gt)
    while at >= 0:
        if at < b and a < at + len(gt):
            return True
        at = shown.find(gt, at + 1)
    if gt in shown:
        return False
    ew, gw = _words(event.text), _words(gt)
    return bool(ew and gw) and len(ew & gw) >= 0.5 * min(len(ew), len(gw))


def label(shown: str, event: Event, gold: dict[str, Any]) -> str | None:
    """The kind of the annotated happening the event tells, `none`, or None (an optional event
    of no kind: unknown)."""
    dated = [g for g in gold.get("events", []) if same_date(g.get("start"), event.start) and _overlaps(shown, event, g)]
    if dated:
        return next((g["kind"] for g in dated if g["kind"] == event.kind), dated[0]["kind"])
    optional = [o for o in gold.get("optional_events", [])
                if same_date(o.get("start"), event.start) and _overlaps(shown, event, o)]
    if optional:
        kinds = [o.get("kind") for o in optional]
        return event.kind if event.kind in kinds else kinds[0]
    told = [g for g in gold.get("events", []) if _overlaps(shown, event, g)]
    if told:
        return next((g["kind"] for g in told if g["kind"] == event.kind), told[0]["kind"])
    # the same kind on the same date elsewhere in the text still scores: keep the rule's kind
    if any(g["kind"] == event.kind and same_date(g.get("start"), event.start) for g in gold.get("events", [])):
        return event.kind
    return NONE


def collect() -> dict[str, list[Doc]]:
    places = load_config().places
    out: dict[str, list[Doc]] = {}
    for name, docs in annotated_sets().items():
        out[name] = []
        for doc_id, text, published, gold in docs:
            shown = prepare(text)
            cands = [Candidate(e, r, f, label(shown, e, gold)) for e, r, f in engine_candidates(text, published, places)]
            out[name].append(Doc(doc_id, gold, cands, shown))
    return out


Example = tuple[list[str], str] | tuple[list[str], str, float]  # features, label[, weight]


def train(examples: Iterable[Example], epochs: int = 25, rate: float = 0.2,
          l2: float = 1e-4, min_count: int = 2, keep: float = 0.1, hide_rule: float = 0.5,
          seed: int = 0) -> KindModel:
    """Multinomial logistic regression by stochastic gradient descent, deterministic for a seed;
    features seen fewer than `min_count` times are left out, and so are weights under `keep`
    (the model is measured as it is shipped). The rules' kind (`k=`) is hidden from a
    `hide_rule` share of the examples at each pass, so the words must carry the decision too.
    An example's weight (1 when not given) scales its step: a convention counts more."""
    data = [(ex[0], ex[1], ex[2] if len(ex) > 2 else 1.0) for ex in examples]  # type: ignore[misc]
    counts = Counter(f for feats, _, _ in data for f in set(feats))
    labels = tuple(sorted({y for _, y, _ in data}))
    index = {y: i for i, y in enumerate(labels)}
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(labels))
    rows = [([f for f in feats if counts[f] >= min_count], index[y], wt) for feats, y, wt in data]
    rng = random.Random(seed)
    step = 0
    for _ in range(epochs):
        rng.shuffle(rows)
        for feats, y, wt in rows:
            step += 1
            lr = rate / (1 + 0.001 * step)
            if hide_rule and rng.random() < hide_rule:
                feats = [f for f in feats if not f.startswith("k=")]
            vecs = [weights[f] for f in feats]
            total = [0.0] * len(labels)
            for v in vecs:
                for i, w in enumerate(v):
                    total[i] += w
            top = max(total)
            exp = [math.exp(t - top) for t in total]
            z = sum(exp)
            grad = [e / z for e in exp]
            grad[y] -= 1.0
            step_lr, decay = lr * wt, lr * l2
            for v in vecs:
                for i, g in enumerate(grad):
                    v[i] -= step_lr * g + decay * v[i]
    # as shipped: hundredths, and weights under `keep` dropped (a small file)
    kept = {f: [round(w * SCALE) / SCALE if abs(w) >= keep else 0.0 for w in row] for f, row in weights.items()}
    return KindModel(labels=labels, weights={f: row for f, row in kept.items() if any(row)})


def score_events(gold: dict[str, Any], evs: list[Event]) -> Counter[str]:
    """tp/sys/gold for events, by the same rule as the dev-set tests (`tests/devset_scoring.py`)."""
    t = score({**gold, "figures": []}, {"figures": [], "events": [e.to_dict() for e in evs]})
    return Counter(tp=t["tp_e"], sys=t["sys_e"], gold=t["gold_e"])


def run(docs: list[Doc], model: KindModel | None, combo: Combination | None) -> Counter[str]:
    total: Counter[str] = Counter()
    for doc in docs:
        kept: list[tuple[Event, int]] = []
        for c in doc.candidates:
            e: Event | None = c.event
            if model is not None and combo is not None:
                e = combo.decide(c.event, model.probabilities(c.feats))
            if e is not None:
                kept.append((e, c.rank))
        total += score_events(doc.gold, deduplicated(kept))
    return total


def pr(c: Counter[str]) -> tuple[float, float]:
    return (c["tp"] / c["sys"] if c["sys"] else 1.0, c["tp"] / c["gold"] if c["gold"] else 1.0)


def examples(docs: Iterable[Doc], conventions: list[Example] | None = None) -> list[Example]:
    """The labelled candidates of `docs`, then the conventions (weighted; read from
    kind_conventions.jsonl when not given)."""
    out: list[Example] = [(c.feats, c.label) for d in docs for c in d.candidates if c.label is not None]
    return out + (convention_examples() if conventions is None else conventions)


def convention_records(path: Path) -> list[tuple[dict[str, Any], list[Event]]]:
    """The short texts a `conventions` run recorded in `path` (one JSON object a line: text,
    publication day, events with their sentences), each with its events rebuilt; read by this
    trainer and by bench/event_filter_train.py."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append((r, [Event(start=e["start"], end=e["end"], kind=e["kind"], span=tuple(e["span"]),  # type: ignore[arg-type]
                                  resolved_from=e["resolved_from"]) for e in r["events"]]))
    return out


def convention_examples(weight: float = CONVENTION_WEIGHT) -> list[Example]:
    """The unit tests' events (written by `conventions`), each labelled with the rules' kind."""
    if weight <= 0 or not CONVENTIONS.is_file():
        return []
    return [(features(r["text"], event, tuple(e["sentence"])), e["kind"], weight)  # type: ignore[arg-type]
            for r, events in convention_records(CONVENTIONS) for event, e in zip(events, r["events"], strict=True)]


class _Recorder:
    """A pytest plugin: while the tests run, the model's hook records the rules' events of every
    short text and hands them back unchanged (the tests see the rules alone)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], dict[str, Any]] = {}

    def pytest_sessionstart(self) -> None:
        self.hook = events_module.rekinded
        events_module.rekinded = self.record  # type: ignore[assignment]

    def pytest_sessionfinish(self) -> None:
        events_module.rekinded = self.hook  # type: ignore[assignment]

    def record(self, low: str, evs: list[tuple[Event, int]], sents: list[tuple[int, int]], model: Any = None) -> list[Any]:
        if len(low) <= CONVENTION_LONGEST:
            for (e, _), (s, t) in zip(evs, sents, strict=True):
                lo, hi = min(s, e.span[0]), max(t, e.span[1])  # the sentence (and the event, should it reach out)
                item = {"start": e.start, "end": e.end, "kind": e.kind, "span": [e.span[0] - lo, e.span[1] - lo],
                        "resolved_from": e.resolved_from, "sentence": [s - lo, t - lo]}
                key = (low[lo:hi], json.dumps(item, sort_keys=True))
                self.seen[key] = item
        return evs


def record_conventions() -> int:
    """Run the unit tests of events with the recorder and write kind_conventions.jsonl: one line
    per sentence, its events in the order first seen."""
    import pytest  # only this mode needs it

    recorder = _Recorder()
    tests = sorted({str(p) for pattern in CONVENTION_TESTS for p in (ROOT / "tests").glob(pattern)})
    code = pytest.main(["-q", "-p", "no:cacheprovider", *tests], plugins=[recorder])
    by_text: dict[str, list[dict[str, Any]]] = {}
    for (text, _), item in recorder.seen.items():
        by_text.setdefault(text, []).append(item)
    with CONVENTIONS.open("w", encoding="utf-8") as f:
        for text, items in by_text.items():
            f.write(json.dumps({"text": text, "events": items}, sort_keys=True) + "\n")
    print(f"wrote {CONVENTIONS} ({len(by_text)} sentences, {len(recorder.seen)} events; tests exit {int(code)})")
    return 0 if int(code) == 0 else 1


GRID = [Combination(s, d) for s in (0.4, 0.5, 0.6, 0.7, 0.8, 1.1) for d in (0.4, 0.5, 0.6, 0.7, 0.8, 1.1)]


def loso(sets: dict[str, list[Doc]], best: Combination, conventions: list[Example], **kw: Any) -> None:
    names = list(sets)
    table: dict[str, dict[Combination | None, Counter[str]]] = {}
    for held in names:
        model = train(examples((d for n in names if n != held for d in sets[n]), conventions), **kw)
        table[held] = {None: run(sets[held], None, None)}
        for combo in GRID:
            table[held][combo] = run(sets[held], model, combo)
        print(f"trained without {held}", file=sys.stderr)
    print("combination (switch, drop): mean over unseen sets " + "/".join(UNSEEN) + " of events P, R (rules alone first)")
    base = [pr(table[n][None]) for n in UNSEEN if n in table]
    print(f"  rules      P={sum(p for p, _ in base) / len(base):.3f} R={sum(r for _, r in base) / len(base):.3f}")
    for combo in GRID:
        got = [pr(table[n][combo]) for n in UNSEEN if n in table]
        mp, mr = sum(p for p, _ in got) / len(got), sum(r for _, r in got) / len(got)
        worst = min((p - bp) + (r - br) for (p, r), (bp, br) in zip(got, base, strict=True))
        print(f"  {combo.switch:.1f} {combo.drop:.1f}    P={mp:.3f} R={mr:.3f}  worst set dP+dR={worst:+.3f}")
    print()
    for combo in [*GRID, best] if best not in GRID else GRID:
        if combo == best:
            print(f"per held-out set, rules alone vs rules + model (switch {combo.switch}, drop {combo.drop}):")
            print(f"  {'set':8} {'rules P':>8} {'rules R':>8} {'model P':>8} {'model R':>8}   (tp/sys/gold)")
            for n in names:
                (bp, br), (mp, mr) = pr(table[n][None]), pr(table[n][combo])
                b, m = table[n][None], table[n][combo]
                print(f"  {n:8} {bp:8.3f} {br:8.3f} {mp:8.3f} {mr:8.3f}   "
                      f"({b['tp']}/{b['sys']}/{b['gold']} -> {m['tp']}/{m['sys']}/{m['gold']})")


def heldout(sets: dict[str, list[Doc]], held: list[str], conventions: list[Example], **kw: Any) -> None:
    """Train once on every set but `held` and print the pooled events P / R of the held sets
    (micro, as score.py totals them) for the rules alone and each combination of the grid: the
    honest reading when the held sets are ones no rule was tuned on."""
    model = train(examples((d for n, docs in sets.items() if n not in held for d in docs), conventions), **kw)
    docs = [d for n in held for d in sets[n]]
    base = run(docs, None, None)
    bp, br = pr(base)
    print(f"held out {'+'.join(held)}: rules alone P={bp:.3f} R={br:.3f} ({base['tp']}/{base['sys']}/{base['gold']})")
    for combo in GRID:
        got = run(docs, model, combo)
        mp, mr = pr(got)
        print(f"  {combo.switch:.1f} {combo.drop:.1f}    P={mp:.3f} R={mr:.3f}  dP={mp - bp:+.3f} dR={mr - br:+.3f}"
              f"  ({got['tp']}/{got['sys']}/{got['gold']})")


def told_kinds(doc: Doc, c: Candidate) -> set[str]:
    """The kinds of every annotated happening one of the rules' events tells on its date: two
    when the annotator recorded two happenings in one telling ("the strikes killed 12 and sent
    5,000 fleeing": attack and displacement)."""
    return {g["kind"] for g in doc.gold.get("events", [])
            if same_date(g.get("start"), c.event.start) and _overlaps(doc.shown, c.event, g)}


def second_examples(docs: Iterable[Doc], conventions: list[Example]) -> list[Example]:
    """Multi-label training pairs for the second-kind experiment: a candidate that tells
    annotated happenings of n kinds gives n examples of weight 1/n (so the softmax splits
    between them); an event that tells none is `none`; the conventions count as they are."""
    out: list[Example] = []
    for d in docs:
        for c in d.candidates:
            if c.label is None:
                continue
            kinds = told_kinds(d, c) | ({c.label} if c.label != NONE else set()) or {NONE}
            out += [(c.feats, k, 1.0 / len(kinds)) for k in sorted(kinds)]
    return out + conventions


def run_second(docs: list[Doc], model: KindModel, combo: Combination, second: KindModel | None,
               threshold: float) -> tuple[Counter[str], int]:
    """As `run` with the model, plus a second event of the same telling with the most likely other
    kind (by `second`, or by the model's own runner-up when None) where it reaches `threshold`;
    the number of second events offered is returned too (dedupe drops those already told)."""
    total: Counter[str] = Counter()
    offered = 0
    for doc in docs:
        kept: list[tuple[Event, int]] = []
        for c in doc.candidates:
            probs = model.probabilities(c.feats)
            e = combo.decide(c.event, probs)
            if e is None:
                continue
            kept.append((e, c.rank))
            q = probs if second is None else second.probabilities(c.feats)
            other = max((k for k in q if k not in (NONE, e.kind)), key=q.__getitem__)
            if q[other] >= threshold:
                kept.append((replace(e, kind=other), c.rank))
                offered += 1
        total += score_events(doc.gold, deduplicated(kept))
    return total, offered


def second_kind(sets: dict[str, list[Doc]], held: list[str], conventions: list[Example], **kw: Any) -> None:
    """Session 9's experiment: a second event per telling where the model holds a second kind
    likely (the runner-up of the shipped kind model, or a model trained on multi-label pairs),
    scored on the held sets against the model alone (README, design notes on event kinds)."""
    rest = [d for n, docs in sets.items() if n not in held for d in docs]
    model = train(examples(rest, conventions), **kw)
    multi = train(second_examples(rest, conventions), **{**kw, "hide_rule": 0.5})
    docs = [d for n in held for d in sets[n]]
    base = run(docs, model, BEST)
    bp, br = pr(base)
    print(f"held out {'+'.join(held)}: rules + model P={bp:.3f} R={br:.3f} ({base['tp']}/{base['sys']}/{base['gold']})")
    for name, second, grid in (("runner-up", None, (0.2, 0.3, 0.4)), ("multi-label", multi, (0.3, 0.4, 0.5, 0.6))):
        for threshold in grid:
            got, offered = run_second(docs, model, BEST, second, threshold)
            mp, mr = pr(got)
            print(f"  {name:11} >= {threshold:.1f}  P={mp:.3f} R={mr:.3f}  dP={mp - bp:+.3f} dR={mr - br:+.3f}"
                  f"  ({got['tp']}/{got['sys']}/{got['gold']}; {offered} offered)")


BEST = Combination()  # the defaults, chosen on five held-out groups of sets (session 15), see the README


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["loso", "train", "labels", "heldout", "conventions", "second"])
    ap.add_argument("--held", default="", help="heldout, train: comma-separated sets to hold out")
    ap.add_argument("--switch", type=float, default=BEST.switch)
    ap.add_argument("--drop", type=float, default=BEST.drop)
    ap.add_argument("--without", default="", help="comma-separated feature prefixes to leave out (experiments)")
    ap.add_argument("--epochs", type=int, default=25)
    ap.add_argument("--hide-rule", type=float, default=0.9)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--conventions-weight", type=float, default=CONVENTION_WEIGHT)
    args = ap.parse_args()
    if args.mode == "conventions":
        return record_conventions()
    sets = collect()
    conventions = convention_examples(args.conventions_weight)
    if args.without:
        gone = tuple(args.without.split(","))
        for docs in sets.values():
            for d in docs:
                for c in d.candidates:
                    c.feats = [f for f in c.feats if not f.startswith(gone)]
        conventions = [(f, *rest) for f0, *rest in conventions if (f := [x for x in f0 if not x.startswith(gone)])]  # type: ignore[misc]
    if args.mode == "second":
        second_kind(sets, args.held.split(","), conventions, epochs=args.epochs, hide_rule=args.hide_rule, l2=args.l2)
        return 0
    if args.mode == "heldout":
        heldout(sets, args.held.split(","), conventions, epochs=args.epochs, hide_rule=args.hide_rule, l2=args.l2)
        return 0
    if args.mode == "labels":
        for name, docs in sets.items():
            c = Counter((cand.label == cand.event.kind, cand.label) for d in docs for cand in d.candidates)
            print(name, sum(len(d.candidates) for d in docs), dict(c))
        return 0
    if args.mode == "loso":
        loso(sets, Combination(args.switch, args.drop), conventions, epochs=args.epochs, hide_rule=args.hide_rule, l2=args.l2)
        return 0
    left_out = set(args.held.split(",")) if args.held else set()  # train: sets kept out (to measure on them)
    model = train(examples((d for name, docs in sets.items() if name not in left_out for d in docs), conventions),
                  epochs=args.epochs, hide_rule=args.hide_rule, l2=args.l2)
    data = model.to_json()
    data["combination"] = {"switch": args.switch, "drop": args.drop}
    WEIGHTS.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(model.weights)} features, labels {', '.join(model.labels)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
