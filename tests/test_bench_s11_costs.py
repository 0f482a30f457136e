"""bench/extract_costs.py: the regex and step views of where an engine pass goes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import extract_costs  # noqa: E402


def test_installed_compile_times_calls_only_while_recording_and_answers_as_re_does() -> None:
    rec = extract_costs.Recorder()
    undo = extract_costs.install(rec)
    try:
        p = re.compile(r"(?P<n>\d+)\s+tents")
    finally:
        undo()
    assert re.compile is extract_costs._compile
    assert isinstance(p, extract_costs.TimedPattern)
    line = "Storms tore down 40 tents and 12 latrines"
    plain = re.compile(r"(?P<n>\d+)\s+tents")
    assert p.search(line).span() == plain.search(line).span()
    assert rec.costs[0].calls == 0  # not recording yet
    rec.on = True
    assert p.search(line).group("n") == "40"
    assert [m.span() for m in p.finditer(line)] == [m.span() for m in plain.finditer(line)]
    assert p.findall("3 tents, 5 tents") == ["3", "5"]
    assert p.match(line) is None
    rec.on = False
    cost = rec.costs[0]
    assert cost.calls == 4 and cost.ns > 0
    assert cost.where.startswith("test_bench_s11_costs.py:")
    assert p.pattern == plain.pattern and p.groupindex == plain.groupindex and p.flags == plain.flags
    rec.reset()
    assert cost.calls == 0 and cost.ns == 0


def test_a_timed_pattern_compiled_again_is_itself_and_bytes_patterns_stay_plain() -> None:
    rec = extract_costs.Recorder()
    undo = extract_costs.install(rec)
    try:
        p = re.compile("shelling")
        assert re.compile(p) is p
        b = re.compile(b"0+")
        assert isinstance(b, re.Pattern)
    finally:
        undo()
    assert len(rec.costs) == 1


def test_step_shares_cover_the_engine_steps_of_a_small_batch() -> None:
    total, spent = extract_costs.step_costs(400)
    assert total > 0
    assert {"find_dates", "find_figures", "find_events"} <= set(spent)
    assert sum(spent.values()) <= total
    from idlibmon.extract import engine

    assert engine.find_events.__module__ == "idlibmon.extract.events.find"  # the timers are taken off again


def test_the_regex_view_runs_in_a_fresh_process() -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "extract_costs.py"), "regex", "--words", "400", "--repeat", "1", "--top", "3"],
        capture_output=True, text=True, env=env, check=True, timeout=300,
    ).stdout
    assert "one pass:" in out and "patterns" in out
    assert len(out.strip().splitlines()) >= 2
