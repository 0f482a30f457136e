"""Where one steady pass of the extraction engine goes: by regex pattern, and by engine step.

The speed sessions found the profile flat (no function above a few percent) and kept rebuilding
these measurements outside the checkout, where they were lost between sessions. Two views that
cProfile does not give:

    python bench/extract_costs.py regex [--words 100000] [--top 40]
    python bench/extract_costs.py steps [--words 100000]

`regex` times every call of every pattern the engine compiles with `re.compile` (a wrapper
installed before the engine is imported), less the wrapper's own cost per call (calibrated on
a pattern that fails at once), and lists the patterns by their share of the pass with where each
was compiled. `steps` gives the share of the pass spent in each step `engine.extract` calls.
Both time a pass after a warm-up pass (patterns compiled lazily are compiled by then). Timings
are wall time on a shared machine: read shares, not absolute milliseconds, and compare engines
by instruction count (cachegrind), not by these.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

_compile = re.compile  # the real one, whatever `install` does later
_clock = time.perf_counter_ns  # (a CPU-time clock costs a system call a reading: too dear per pattern call)


@dataclass
class PatternCost:
    """Calls of one compiled pattern and the nanoseconds spent in them (wrapper included)."""

    where: str
    source: str
    calls: int = 0
    ns: int = 0


@dataclass
class Recorder:
    """Every pattern compiled through `re.compile` while installed, with its calls' costs."""

    costs: list[PatternCost] = field(default_factory=list)
    on: bool = False

    def reset(self) -> None:
        for c in self.costs:
            c.calls = c.ns = 0


class TimedPattern:
    """A compiled pattern whose calls add their time to a `PatternCost` while the recorder is on.

    Exposes what the engine reads of a pattern besides its methods (`pattern`, `flags`,
    `groupindex`, `groups`), so code that builds one pattern from another still works."""

    __slots__ = ("_cost", "_p", "_rec", "flags", "groupindex", "groups", "pattern")

    def __init__(self, p: re.Pattern[str], cost: PatternCost, rec: Recorder) -> None:
        self._p, self._cost, self._rec = p, cost, rec
        self.pattern, self.flags, self.groupindex, self.groups = p.pattern, p.flags, p.groupindex, p.groups

    def _timed(self, fn: Callable[..., Any], *args: Any) -> Any:
        if not self._rec.on:
            return fn(*args)
        t = _clock()
        out = fn(*args)
        self._cost.ns += _clock() - t
        self._cost.calls += 1
        return out

    def match(self, *args: Any) -> Any:
        return self._timed(self._p.match, *args)

    def search(self, *args: Any) -> Any:
        return self._timed(self._p.search, *args)

    def fullmatch(self, *args: Any) -> Any:
        return self._timed(self._p.fullmatch, *args)

    def findall(self, *args: Any) -> Any:
        return self._timed(self._p.findall, *args)

    def finditer(self, *args: Any) -> Any:
        return iter(self._timed(lambda *a: list(self._p.finditer(*a)), *args))  # the scan, timed whole

    def sub(self, *args: Any) -> Any:
        return self._timed(self._p.sub, *args)

    def subn(self, *args: Any) -> Any:
        return self._timed(self._p.subn, *args)

    def split(self, *args: Any) -> Any:
        return self._timed(self._p.split, *args)


def install(rec: Recorder) -> Callable[[], None]:
    """Make `re.compile` hand out `TimedPattern`s recorded in `rec`; returns the undo."""
    original = _compile

    def compile_timed(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, TimedPattern):
            return pattern
        compiled = original(pattern, flags)  # (re's own cache: one object per source and flags)
        if not isinstance(pattern, str):  # bytes patterns and compiled ones stay as they are
            return compiled
        caller = sys._getframe(1)
        where = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno}"
        cost = PatternCost(where, " ".join(pattern.split())[:80])
        rec.costs.append(cost)
        return TimedPattern(compiled, cost, rec)

    re.compile = compile_timed  # type: ignore[assignment]

    def undo() -> None:
        re.compile = original  # type: ignore[assignment]

    return undo


def wrapper_ns(rec: Recorder, n: int = 20_000, repeat: int = 5) -> float:
    """The wrapper's own cost per call: a pattern that fails at its first character, timed (the
    least of `repeat` rounds: a busy machine only ever adds time)."""
    probe = TimedPattern(_compile("x"), PatternCost("probe", "x"), rec)
    was, rec.on = rec.on, True
    best = float("inf")
    for _ in range(repeat):
        probe._cost.ns = 0
        for _ in range(n):
            probe.match("y")
        best = min(best, probe._cost.ns / n)
    rec.on = was
    return best


def regex_costs(words: int, repeat: int = 3) -> tuple[int, float, list[tuple[PatternCost, int]]]:
    """(ns of the quickest pass, wrapper ns per call, each pattern with its least ns over the
    `repeat` passes) over `words` words: the least time is the one a busy machine disturbed least."""
    rec = Recorder()
    undo = install(rec)
    try:
        import extract_bench

        from idlibmon.config import load_config
        from idlibmon.extract.engine import extract, prepare

        places = load_config().places
        docs = [(prepare(t), p) for t, p in extract_bench.batch(words)]
        for t, p in docs:
            extract(t, p, places)
        least: dict[int, int] = {}
        best = 0
        for _ in range(repeat):
            rec.reset()
            rec.on = True
            t0 = _clock()
            for t, p in docs:
                extract(t, p, places)
            total = _clock() - t0
            rec.on = False
            best = total if not best else min(best, total)
            for k, c in enumerate(rec.costs):
                least[k] = c.ns if k not in least else min(least[k], c.ns)
        return best, wrapper_ns(rec), [(c, least.get(k, 0)) for k, c in enumerate(rec.costs)]
    finally:
        undo()


def step_costs(words: int) -> tuple[int, dict[str, int]]:
    """(ns of the timed pass, ns in each step `engine.extract` calls) over `words` words."""
    import extract_bench

    from idlibmon.config import load_config
    from idlibmon.extract import engine

    spent: dict[str, int] = {}
    steps = ("boilerplate", "sentences", "find_dates", "find_places", "_periods", "find_figures", "find_events")
    originals = {name: getattr(engine, name) for name in steps}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t = _clock()
            out = fn(*args, **kwargs)
            spent[name] = spent.get(name, 0) + _clock() - t
            return out
        return run

    places = load_config().places
    docs = [(engine.prepare(t), p) for t, p in extract_bench.batch(words)]
    for name, fn in originals.items():
        setattr(engine, name, timed(name, fn))
    try:
        for t, p in docs:
            engine.extract(t, p, places)
        spent.clear()
        t0 = _clock()
        for t, p in docs:
            engine.extract(t, p, places)
        return _clock() - t0, dict(spent)
    finally:
        for name, fn in originals.items():
            setattr(engine, name, fn)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("view", choices=["regex", "steps"])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; each pattern's least time is kept")
    args = ap.parse_args()
    if args.view == "steps":
        total, spent = step_costs(args.words)
        print(f"one pass: {total / 1e6:,.0f} ms")
        for name, ns in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"{ns / total:7.1%}  {name}")
        return 0
    total, per_call, costs = regex_costs(args.words, args.repeat)
    net = sorted(((ns - c.calls * per_call, c) for c, ns in costs if c.calls), key=lambda x: -x[0])
    all_net = sum(ns for ns, _ in net)
    calls = sum(c.calls for _, c in net)
    pass_ns = total - calls * per_call  # the pass as it runs unwrapped (about)
    if all_net <= 0:
        print("(the wrapper's cost swamps the patterns': the machine is too busy to read this)")
    print(f"one pass: {pass_ns / 1e6:,.0f} ms; regex: {all_net / 1e6:,.0f} ms ({all_net / pass_ns:.1%}) "
          f"in {calls:,} calls of {len(net)} patterns (wrapper {per_call:.0f} ns a call, taken off)")
    for ns, c in net[:args.top]:
        print(f"{ns / pass_ns:6.2%} {c.calls:8,d}  {c.where:<28} {c.source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
