"""Scores of the engine on annotated sets, and its misses and extras sorted by cause.

The sets are folders like `tests/devset/blind41` (texts, `manifest.jsonl`, `gold.jsonl`), named or
given by path (a closed set being written outside the checkout). Scoring is the held-out
scorer's rule (`tests/devset_scoring.py`). Causes, for reading a set's errors by kind of error:

- events: `MISS[kind]` the engine has an event on that date with another kind; `MISS[date]` an
  engine event overlaps the gold text with another date; `MISS[absent]` neither. `EXTRA[kind]`,
  `EXTRA[date]` and `EXTRA[spurious]` (no gold event near) likewise for unmatched engine events.
- figures (main categories only): `EXTRA[wrongcat]` the value is gold under another main
  category; `EXTRA[other]` gold only as `other`; `EXTRA[repeat]` already matched in this text;
  `EXTRA[words]` a number written in words; `EXTRA[absent]` no such value in gold. A missed gold
  figure is `MISS[wrongcat]` when the engine output its value under another category, else
  `MISS[notfound]` (not `absent`, which names a missed event).

While a set is closed (the honest estimate of a session), print its totals only (`--totals`):
reading its errors makes it a dev set.

    python bench/devset_report.py [--totals] [--events] [--figures] [SET ...]   (default: every set)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from devset_scoring import MAIN, event_outcomes, figure_outcomes, same_date, score  # noqa: E402
from idlibmon.config import load_config  # noqa: E402
from idlibmon.extract import extract  # noqa: E402
from idlibmon.extract.engine import prepare  # noqa: E402

DEVSETS = ROOT / "tests" / "devset"
COUNTS = ("tp_f", "sys_f", "gold_f", "tp_e", "sys_e", "gold_e")


def _overlap(a: tuple[int, int] | None, b: list[int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def event_causes(doc: str, shown: str, gold: dict[str, Any], out: dict[str, Any]) -> list[str]:
    """One line per missed gold event and per unmatched engine event, cause first."""
    golds, found = gold["events"], out["events"]
    used, outcomes = event_outcomes(gold, out)

    def where(g: dict[str, Any]) -> tuple[int, int] | None:
        k = shown.find(g["text"])
        return (k, k + len(g["text"])) if k >= 0 else None

    lines = []
    for g, taken in zip(golds, used, strict=True):
        if taken:
            continue
        if any(same_date(g["start"], e["start"]) or same_date(e["start"] or "", g["start"]) for e in found):
            cause = "MISS[kind]"
        elif any(_overlap(where(g), e["span"]) for e in found):
            cause = "MISS[date]"
        else:
            cause = "MISS[absent]"
        lines.append(f"{cause} {doc} {g['kind']} {g['start']} | {g['text'][:110]}")
    for e, outcome in zip(found, outcomes, strict=True):
        if outcome != "extra":
            continue
        if any(same_date(g["start"], e["start"]) for g in golds):
            cause = "EXTRA[kind]"
        elif any(_overlap(where(g), e["span"]) for g in golds):
            cause = "EXTRA[date]"
        else:
            cause = "EXTRA[spurious]"
        lines.append(f"{cause} {doc} {e['kind']} {e['start']} | {e['text'][:110]}")
    return lines


def figure_causes(doc: str, gold: dict[str, Any], out: dict[str, Any]) -> list[str]:
    """One line per engine figure in a main category that matches no gold or optional figure, then per missed gold one."""
    valued = {float(g["value"]): g["category"] for g in gold["figures"] if g.get("value") is not None}
    told: Counter[tuple[float, str]] = Counter()  # value and category already output in this text
    lines = []
    for f, outcome in figure_outcomes(gold, out):
        key = (float(f["value"]), f["category"])
        if outcome == "optional":
            continue
        told[key] += 1
        if outcome == "hit":
            continue
        if told[key] > 1:
            cause = "repeat"
        elif valued.get(key[0]) in MAIN:
            cause = "wrongcat"
        elif key[0] in valued:
            cause = "other"
        elif not any(ch.isdigit() for ch in f["text"]):
            cause = "words"
        else:
            cause = "absent"
        lines.append(f"EXTRA[{cause}] {doc} {f['value']:g} {f['category']} | {f['text'][:110]}")
    hits = Counter((float(f["value"]), f["category"]) for f, outcome in figure_outcomes(gold, out) if outcome == "hit")
    output = {float(f["value"]) for f in out["figures"] if f.get("category") in MAIN and f.get("value") is not None}
    for g in gold["figures"]:
        if g.get("category") not in MAIN or g.get("value") is None:
            continue
        key = (float(g["value"]), g["category"])
        if hits[key]:
            hits[key] -= 1
            continue
        cause = "wrongcat" if key[0] in output else "notfound"
        lines.append(f"MISS[{cause}] {doc} {g['value']:g} {g['category']} | {g['text'][:110]}")
    return lines


def report(folder: Path, events: bool, figures: bool) -> tuple[Counter[str], list[str]]:
    places = load_config().places
    published = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            published[m["id"]] = date.fromisoformat(m["published"])
    total: Counter[str] = Counter()
    lines: list[str] = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (folder / f"{gold['id']}.txt").read_text(encoding="utf-8")
        out = extract(text, published[gold["id"]], places).to_dict()
        total += score(gold, out)
        doc = f"{folder.name}/{gold['id']}"
        if events:
            lines += event_causes(doc, prepare(text), gold, out)
        if figures:
            lines += figure_causes(doc, gold, out)
    return total, lines


def _line(name: str, t: Counter[str]) -> str:
    def r(a: str, b: str) -> float:
        return t[a] / t[b] if t[b] else 1.0

    return (f"{name:10s} figures {r('tp_f', 'sys_f'):.3f} / {r('tp_f', 'gold_f'):.3f}   "
            f"events {r('tp_e', 'sys_e'):.3f} / {r('tp_e', 'gold_e'):.3f}   [{', '.join(str(t[c]) for c in COUNTS)}]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="set names under tests/devset, or paths (default: every set)")
    ap.add_argument("--totals", action="store_true", help="totals only, no per-set lines or causes")
    ap.add_argument("--events", action="store_true", help="list event misses and extras by cause")
    ap.add_argument("--figures", action="store_true", help="list figure extras by cause")
    args = ap.parse_args()
    names = args.sets or sorted(p.name for p in DEVSETS.iterdir() if (p / "gold.jsonl").is_file())
    grand: Counter[str] = Counter()
    causes: list[str] = []
    for name in names:
        folder = Path(name) if "/" in name else DEVSETS / name
        t, lines = report(folder, args.events and not args.totals, args.figures and not args.totals)
        grand += t
        causes += lines
        if not args.totals:
            print(_line(folder.name, t), flush=True)
    print(_line("TOTAL", grand))
    if causes:
        print("\n".join(sorted(causes)))
        print(dict(sorted(Counter(c.split(" ", 1)[0] for c in causes).items())))


if __name__ == "__main__":
    main()
