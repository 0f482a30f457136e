"""The held-out scorer's rule, in process: shared by `tests/test_devset.py` and
`bench/kind_model_train.py` so both count a hit, an extra and a borderline item the same way.

Figures match on (value, category) over the main categories; events on kind and start date at
the gold's precision (a finer answer inside it counts). A system answer that matches a
borderline ("optional") gold item counts neither way.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

MAIN = {"displaced", "killed", "injured", "population", "refugees", "in_need", "returned", "facilities"}


def same_date(gold: str | None, got: str | None) -> bool:
    return bool(gold and got) and str(got)[: len(str(gold))] == gold


def _optional_figure(o: dict[str, Any], f: dict[str, Any]) -> bool:
    """As the shared scorer: an optional item without a value ("two thirds") is matched by the numbers
    written in its text, or, when it has none, by the system's span lying inside it."""
    if o.get("value") is not None:
        return float(o["value"]) == float(f["value"]) and o.get("category") in (None, f["category"])
    written = (o.get("text") or "").lower()
    numbers = {float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", written)
               if m.replace(",", "").replace(".", "", 1).isdigit()}
    if numbers:
        return float(f["value"]) in numbers
    said = (f.get("text") or "").lower()
    return bool(written and said and said in written)


def score(gold: dict[str, Any], out: dict[str, Any]) -> Counter[str]:
    """tp/sys/gold counts for figures (f) and events (e) of one document."""
    c: Counter[str] = Counter()
    pool = Counter((float(f["value"]), f["category"]) for f in gold["figures"] if f["category"] in MAIN)
    c["gold_f"] = sum(pool.values())
    for f in out["figures"]:
        if f["category"] not in MAIN:
            continue
        key = (float(f["value"]), f["category"])
        if pool[key] > 0:
            pool[key] -= 1
            c["tp_f"] += 1
            c["sys_f"] += 1
        elif not any(_optional_figure(o, f) for o in gold.get("optional_figures", [])):
            c["sys_f"] += 1
    used = [False] * len(gold["events"])
    c["gold_e"] = len(used)
    for e in out["events"]:
        for i, g in enumerate(gold["events"]):
            if not used[i] and g["kind"] == e["kind"] and same_date(g["start"], e["start"]):
                used[i] = True
                c["tp_e"] += 1
                c["sys_e"] += 1
                break
        else:
            if not any(o.get("kind") in (None, e["kind"]) and same_date(o["start"], e["start"])
                       for o in gold.get("optional_events", [])):
                c["sys_e"] += 1
    return c
