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


def figure_outcomes(gold: dict[str, Any], out: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Each engine figure in a main category with what the scorer makes of it: "hit" (takes a gold
    figure of its value and category), "optional" (matches a borderline item: counts neither way)
    or "extra"."""
    pool = Counter((float(f["value"]), f["category"]) for f in gold["figures"] if f["category"] in MAIN)
    found = []
    for f in out["figures"]:
        if f["category"] not in MAIN:
            continue
        key = (float(f["value"]), f["category"])
        if pool[key] > 0:
            pool[key] -= 1
            found.append((f, "hit"))
        elif any(_optional_figure(o, f) for o in gold.get("optional_figures", [])):
            found.append((f, "optional"))
        else:
            found.append((f, "extra"))
    return found


def event_outcomes(gold: dict[str, Any], out: dict[str, Any]) -> tuple[list[bool], list[str]]:
    """Which gold events an engine event took (kind and start date at the gold's precision, first
    come first served), and for each engine event "hit", "optional" or "extra"."""
    used = [False] * len(gold["events"])
    outcomes = []
    for e in out["events"]:
        for i, g in enumerate(gold["events"]):
            if not used[i] and g["kind"] == e["kind"] and same_date(g["start"], e["start"]):
                used[i] = True
                outcomes.append("hit")
                break
        else:
            optional = any(o.get("kind") in (None, e["kind"]) and same_date(o["start"], e["start"])
                           for o in gold.get("optional_events", []))
            outcomes.append("optional" if optional else "extra")
    return used, outcomes


def score(gold: dict[str, Any], out: dict[str, Any]) -> Counter[str]:
    """tp/sys/gold counts for figures (f) and events (e) of one document."""
    c: Counter[str] = Counter()
    c["gold_f"] = sum(1 for f in gold["figures"] if f["category"] in MAIN)
    figures = Counter(outcome for _, outcome in figure_outcomes(gold, out))
    c["tp_f"], c["sys_f"] = figures["hit"], figures["hit"] + figures["extra"]
    events = Counter(event_outcomes(gold, out)[1])
    c["gold_e"] = len(gold["events"])
    c["tp_e"], c["sys_e"] = events["hit"], events["hit"] + events["extra"]
    return c
