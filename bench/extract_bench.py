"""Words per second of the extraction engine on one core (target: >= 100,000).

The batch is every text of our development sets, the demo corpus's articles (feed-like news
and agency updates) and the seed article (when the shared folder sits beside the checkout),
repeated until it holds about `--words` words, each copy with its counts shifted (same width,
years kept) so no two texts are identical yet every copy reads like its original. (Until
26 November the shift could cut "235,000" to "235,0": the copies then held fewer figures than
the originals, and the whole-engine rate read about a quarter too high.) The dev sets are the
hardest material: written to test extraction, nearly every sentence carries a figure or a date,
so the engine does most work per word there; the whole engine's rate is also shown for each
kind of text (each blind set on its own line). Prints the throughput of the whole engine and of
each step, so a slow step is easy to find. Rates are per CPU second of this one process, best of
`--repeat` (the wall time is shown too; on a busy machine it is the larger). `--whole-only`
times the whole engine alone and stops (an instruction-count A/B under cachegrind then takes
minutes, not the better part of an hour):

    python bench/extract_bench.py [--words 1000000] [--repeat 3] [--whole-only]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from idlibmon.config import load_config
from idlibmon.demo.corpus import load_corpus
from idlibmon.extract.dates import find_dates
from idlibmon.extract.engine import extract, prepare
from idlibmon.extract.figures import find_figures
from idlibmon.extract.freshness import engine_build
from idlibmon.extract.numbers import find_numbers
from idlibmon.extract.places import find_places
from idlibmon.extract.text import boilerplate, sentences

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "mee-2019-12-27-idlib.txt"


def labelled_corpus(by_set: bool = False) -> list[tuple[str, str, date]]:
    """(kind, text, publication day) of every text: "dev sets", "demo corpus" or "seed".

    With `by_set`, the rule-by-rule dev sets (figures, events) stay "dev sets" and each blind
    set (realistic sitreps and news, written unseen) is its own kind: "blind", "blind2", ..."""
    docs: list[tuple[str, str, date]] = []
    for folder in sorted((ROOT / "tests" / "devset").iterdir()):
        manifest = folder / "manifest.jsonl"
        if not manifest.is_file():
            continue
        kind = folder.name if by_set and folder.name.startswith("blind") else "dev sets"
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                m = json.loads(line)
                text = (folder / f"{m['id']}.txt").read_text(encoding="utf-8")
                docs.append((kind, text, date.fromisoformat(m["published"])))
    docs += [("demo corpus", f"{item.title}\n\n{item.body}", item.published.date()) for item in load_corpus().items]
    if SEED.is_file():
        docs.append(("seed", SEED.read_text(encoding="utf-8"), date(2019, 12, 27)))
    return docs


def corpus() -> list[tuple[str, date]]:
    return [(text, pub) for _kind, text, pub in labelled_corpus()]


def _shifted(digits: str, by: int) -> str:
    """`digits` plus `by`, as wide as before: a copy's numbers differ but keep their form.
    Years stay as they are, so each copy's dates mean what the original's do."""
    if len(digits) == 4 and 1900 <= int(digits) <= 2099:
        return digits
    out = str(int(digits) + by).zfill(len(digits))
    return out if len(out) == len(digits) else digits


def batch(words: int) -> list[tuple[str, date]]:
    base = corpus()
    out: list[tuple[str, date]] = []
    total = 0
    k = 0
    while total < words:
        text, pub = base[k % len(base)]
        shift = k // len(base)
        # a different copy each round: every run of 3+ digits gets the round number mixed in
        # (zero-padded to its width, so "235,000" stays a well-formed "235,003", never "235,3")
        text = re.sub(r"\d{3,}", lambda m, s=shift: _shifted(m.group(), s % 7), text)
        out.append((text, pub))
        total += len(text.split())
        k += 1
    return out


def timed(label: str, docs: list[tuple[str, date]], words: int, fn: Callable[[str, date], object],
          repeat: int) -> float:
    best = wall = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for text, pub in docs:
            fn(text, pub)
        best = min(best, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - t0)
    rate = words / best
    print(f"{label:<22} {best:8.3f} s cpu {wall:8.3f} s wall {rate:12,.0f} words/s")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--whole-only", action="store_true", help="time the whole engine only, not each step or kind of text")
    args = ap.parse_args()
    places = load_config().places
    docs = [(prepare(t), p) for t, p in batch(args.words)]  # HTML once, outside the timings
    words = sum(len(t.split()) for t, _ in docs)
    print(f"{len(docs)} texts, {words:,} words, best of {args.repeat}, one core; engine: {engine_build()}")
    if not args.whole_only:
        timed("sentences+boilerplate", docs, words, lambda t, p: (sentences(t), boilerplate(t)), args.repeat)
        timed("numbers", docs, words, lambda t, p: find_numbers(t), args.repeat)
        timed("figures (+sources)", docs, words, lambda t, p: find_figures(t, sentences(t)), args.repeat)
        timed("dates", docs, words, lambda t, p: find_dates(t, p), args.repeat)
        timed("places", docs, words, lambda t, p: find_places(t, places), args.repeat)
    rate = timed("whole engine", docs, words, lambda t, p: extract(t, p, places), args.repeat)
    print(f"target 100,000 words/s: {'met' if rate >= 100_000 else 'NOT met'}")
    if args.whole_only:
        return
    print("whole engine by kind of text (each kind repeated to ~200,000 words; dev sets = the rule-by-rule")
    print("figures and events sets, blind* = realistic sitreps and news written unseen):")
    labelled = labelled_corpus(by_set=True)
    for kind in dict.fromkeys(k for k, _t, _p in labelled):
        part = [(prepare(t), p) for k, t, p in labelled if k == kind]
        if part:
            rounds = max(1, 200_000 // sum(len(t.split()) for t, _ in part))
            part = part * rounds
            timed(f"  {kind}", part, sum(len(t.split()) for t, _ in part),
                  lambda t, p: extract(t, p, places), args.repeat)


if __name__ == "__main__":
    main()
