#!/usr/bin/env python3
"""Cold and warm reload times of `idlibmon fetch --once`, side by side with newsboat when installed.

The workload is the team's shared one: ../shared/bench/feed_server.py serving 200 synthetic
feeds x 50 items from 127.0.0.1 with 50 ms latency, with ETag/Last-Modified. Each figure
is a whole process, start to exit; the best of --runs is printed. The two programs alternate run by run, so both meet the same machine load.

  cold: an empty store, every feed downloaded, parsed and stored (10,000 entries)
  warm: the same store again, every feed answered 304 (nothing parsed, nothing stored)

Targets (issue 2): cold <= 0.8 x newsboat's, warm <= 0.5 x newsboat's.
The fetch is timed with --no-extract, as newsboat extracts nothing.
Each run also reports the CPU time (user+sys) of its whole process tree, parse workers included:
on a shared machine it moves less with the load than the wall time does.
Usage: bench/fetch_bench.py [--feeds 200] [--items 50] [--latency-ms 50] [--runs 3] [--threads 50]
                            [--script] [--cold-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(args: argparse.Namespace, port: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(SHARED_BENCH / "feed_server.py"), "--port", str(port), "--feeds", str(args.feeds),
           "--items", str(args.items), "--latency-ms", str(args.latency_ms), "--max-seconds", "1200"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "serving" not in line:
        proc.kill()
        raise SystemExit(f"feed server did not start: {line}")
    return proc


def stats(port: int) -> dict[str, int]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=5) as r:
        return json.loads(r.read())


def reset(port: int) -> None:
    urllib.request.urlopen(f"http://127.0.0.1:{port}/reset", timeout=5).read()


# Runs a command as a child subreaper, waits for every process of its tree (our forkserver and
# parse workers; newsboat's threads are in-process anyway) and writes the tree's user+sys CPU
# seconds to the file descriptor named first. On a loaded machine the CPU time is steadier than the wall time.
_TREE_CPU = """
import ctypes, os, resource, subprocess, sys
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
rc = subprocess.run(sys.argv[2:], check=False).returncode
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
u = resource.getrusage(resource.RUSAGE_CHILDREN)
os.write(int(sys.argv[1]), f"{u.ru_utime + u.ru_stime:.3f}".encode())
sys.exit(rc)
"""


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the whole process tree, stdout)."""
    r, w = os.pipe()
    start = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", _TREE_CPU, str(w), *cmd], capture_output=True, text=True,
                             env=env, check=False, pass_fds=(w,))
    finally:
        os.close(w)
    elapsed = time.perf_counter() - start
    with os.fdopen(r, "rb") as f:
        cpu = float(f.read() or "nan")
    if out.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({out.returncode}): {out.stderr[-2000:]}")
    return elapsed, cpu, out.stdout


Run = tuple[float, float]
"""(wall seconds, CPU seconds of the process tree) of one run."""


class Idlibmon:
    """`idlibmon fetch --once --no-extract` on a store of its own; cold = the store deleted first."""

    def __init__(self, args: argparse.Namespace, port: int, work: Path) -> None:
        self.args, self.port, self.work = args, port, work
        config = work / "idlibmon.toml"
        lines = ["[store]", f"path = '{work / 'store.db'}'", "[fetch]",
                 f"concurrency = {args.concurrency}", f"per_host_concurrency = {args.concurrency}", ""]
        for i in range(args.feeds):
            lines += ["[[feeds]]", f'name = "Synthetic {i}"', f'url = "http://127.0.0.1:{port}/feed/{i}.xml"', ""]
        config.write_text("\n".join(lines), encoding="utf-8")
        # the console script, as users run it, or `python -m idlibmon` (their parse workers start differently)
        program = [str(Path(sys.executable).with_name("idlibmon"))] if args.script else [sys.executable, "-m", "idlibmon"]
        self.cmd = [*program, "fetch", "--once", "--json", "--no-extract", "--config", str(config)]
        self.env = {**os.environ, "XDG_STATE_HOME": str(work / "state"), "XDG_DATA_HOME": str(work / "data")}

    def cold(self) -> Run:
        for f in self.work.glob("store.db*"):
            f.unlink()
        reset(self.port)
        t, cpu, out = timed(self.cmd, self.env)
        data = json.loads(out)
        want = self.args.feeds * self.args.items
        if data["new"] != want:
            raise SystemExit(f"cold run stored {data['new']} entries, expected {want}")
        return t, cpu

    def warm(self) -> Run:
        reset(self.port)
        t, cpu, out = timed(self.cmd, self.env)
        data = json.loads(out)
        s = stats(self.port)
        if data["new"] != 0 or s["304"] != self.args.feeds:
            raise SystemExit(f"warm run: new={data['new']}, server 304s={s['304']} (expected 0 and {self.args.feeds})")
        return t, cpu


class Newsboat:
    """`newsboat -x reload` with its own cache; cold = the cache deleted first."""

    def __init__(self, exe: str, args: argparse.Namespace, port: int, work: Path) -> None:
        home = work / "nb-home"
        home.mkdir(exist_ok=True)
        urls = work / "urls"
        urls.write_text("".join(f"http://127.0.0.1:{port}/feed/{i}.xml\n" for i in range(args.feeds)),
                        encoding="utf-8")
        conf = work / "nb-config"
        conf.write_text(f"reload-threads {args.threads}\n", encoding="utf-8")
        self.work = work
        self.cmd = [exe, "-x", "reload", "-u", str(urls), "-c", str(work / "nb-cache.db"), "-C", str(conf)]
        self.env = {**os.environ, "HOME": str(home)}

    def cold(self) -> Run:
        for f in self.work.glob("nb-cache.db*"):
            f.unlink()
        return timed(self.cmd, self.env)[:2]

    def warm(self) -> Run:
        return timed(self.cmd, self.env)[:2]


def rounds(args: argparse.Namespace, port: int, work: Path) -> dict[str, dict[str, list[Run]]]:
    """Each round runs every program cold then warm, one after the other, so that both meet the
    same machine load (on a shared machine the load drifts over minutes)."""
    programs: dict[str, Idlibmon | Newsboat] = {"idlibmon": Idlibmon(args, port, work)}
    exe = shutil.which("newsboat")
    if exe is not None:
        programs["newsboat"] = Newsboat(exe, args, port, work)
    times: dict[str, dict[str, list[Run]]] = {name: {"cold": [], "warm": []} for name in programs}
    for _ in range(args.runs):
        for name, program in programs.items():
            times[name]["cold"].append(program.cold())
            if not args.cold_only:
                times[name]["warm"].append(program.warm())
    return times


def report(times: dict[str, dict[str, list[Run]]], which: int, unit: str) -> None:
    """One table: best cold and warm figure per program (wall or CPU), every run, and the ratio."""
    def best(runs: list[Run]) -> float:
        return min((r[which] for r in runs), default=float("nan"))

    print(f"{unit:10} {'cold':>8} {'warm':>8}   all runs (cold | warm)")
    for name, t in times.items():
        runs = " ".join(f"{r[which]:.2f}" for r in t["cold"]) + " | " + " ".join(f"{r[which]:.2f}" for r in t["warm"])
        print(f"{name:10} {best(t['cold']):7.2f}s {best(t['warm']):7.2f}s   {runs}")
    if "newsboat" in times:
        ours, theirs = times["idlibmon"], times["newsboat"]
        print(f"{'ratio':10} {best(ours['cold']) / best(theirs['cold']):7.2f}x "
              f"{best(ours['warm']) / best(theirs['warm']):7.2f}x   (targets: cold <= 0.80x, warm <= 0.50x)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=20, help="idlibmon: concurrency = per_host_concurrency")
    ap.add_argument("--threads", type=int, default=50, help="newsboat: reload-threads")
    ap.add_argument("--script", action="store_true", help="run the `idlibmon` console script, not `python -m idlibmon`")
    ap.add_argument("--cold-only", action="store_true", help="skip the warm runs")
    args = ap.parse_args()
    if not (SHARED_BENCH / "feed_server.py").is_file():
        print(f"skipped: {SHARED_BENCH} is absent (the shared bench sits beside the checkout)")
        return 0
    port = free_port()
    server = start_server(args, port)
    load_before = os.getloadavg()[0]
    try:
        with tempfile.TemporaryDirectory(prefix="idlibmon-bench-") as tmp:
            times = rounds(args, port, Path(tmp))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{args.feeds} feeds x {args.items} items, {args.latency_ms:g} ms latency, best of {args.runs} "
          f"({os.cpu_count()} CPUs here, load {load_before:.1f} before, {os.getloadavg()[0]:.1f} after)")
    report(times, 0, "wall")
    report(times, 1, "CPU")
    if "newsboat" not in times:
        print("newsboat   not installed (apt-get install newsboat) — only our figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
