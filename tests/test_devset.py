"""Accuracy on our two development sets and the seed, scored like the held-out set.

Figures match on (value, category) over the main categories; events on kind and start
date at the gold's precision (a finer answer inside it counts). A system answer that
matches a borderline ("optional") gold item counts neither way. The engine runs in
process, so this stays fast; `/work/shared/tools/score.py` does the same through the CLI.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from devset_scoring import score
from idlibmon.config import load_config
from idlibmon.extract import extract
from idlibmon.extract.engine import prepare

DEVSETS = Path(__file__).parent / "devset"
def run_devset(folder: Path) -> Counter[str]:
    places = load_config().places
    published = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            published[m["id"]] = m["published"]
    total: Counter[str] = Counter()
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        text = (folder / f"{gold['id']}.txt").read_text(encoding="utf-8")
        out = extract(text, date.fromisoformat(published[gold["id"]]), places).to_dict()
        shown = prepare(text)  # spans point into the visible text of an HTML page
        for item in out["figures"] + out["events"]:
            s, e = item["span"]
            assert shown[s:e] == item["text"], (gold["id"], item)
        total += score(gold, out)
    return total


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


@pytest.mark.parametrize("name", ["figures", "events"])
def test_devset_meets_the_issue_targets(name: str) -> None:
    t = run_devset(DEVSETS / name)
    assert t["gold_f"] >= 40 and t["gold_e"] >= 40, "a dev set this small proves nothing"
    fp, fr = ratio(t["tp_f"], t["sys_f"]), ratio(t["tp_f"], t["gold_f"])
    ep, er = ratio(t["tp_e"], t["sys_e"]), ratio(t["tp_e"], t["gold_e"])
    assert fp >= 0.95 and fr >= 0.90, f"figures P={fp:.2f} R={fr:.2f} {dict(t)}"
    assert ep >= 0.85 and er >= 0.80, f"events P={ep:.2f} R={er:.2f} {dict(t)}"


def test_blind_set_does_not_regress() -> None:
    """The blind set (tests/devset/blind) was written and annotated before its author saw the engine.

    Its first-contact scores (figures P=0.94 R=0.89, events P=0.76 R=0.75) are our best estimate
    for unseen reports; the engine has since been improved on general patterns it exposed (figures
    0.99/0.99 after the aid-reach, border-crossing, sub-count and facility fixes). These floors sit
    just under today's scores, so a change that loses ground on it fails here.
    """
    t = run_devset(DEVSETS / "blind")
    fp, fr = ratio(t["tp_f"], t["sys_f"]), ratio(t["tp_f"], t["gold_f"])
    ep, er = ratio(t["tp_e"], t["sys_e"]), ratio(t["tp_e"], t["gold_e"])
    assert fp >= 0.98 and fr >= 0.98, f"figures P={fp:.2f} R={fr:.2f} {dict(t)}"
    assert ep >= 0.92 and er >= 0.93, f"events P={ep:.2f} R={er:.2f} {dict(t)}"


def test_second_blind_set_does_not_regress() -> None:
    """tests/devset/blind2, written like the first blind set before its author ran the engine.

    First contact (engine e088ff1): figures P=0.87 R=0.90, events P=0.65 R=0.70. The figure fixes
    that followed were general (appositive shares of a population, partitives, rates, capacities,
    aid lists, forces and detainees), and so were the event fixes (kinds decided by what happened,
    counts over a period no happening, present-tense plans, statements that are the news); the
    floors sit just under the scores they reached.
    """
    t = run_devset(DEVSETS / "blind2")
    fp, fr = ratio(t["tp_f"], t["sys_f"]), ratio(t["tp_f"], t["gold_f"])
    ep, er = ratio(t["tp_e"], t["sys_e"]), ratio(t["tp_e"], t["gold_e"])
    assert fp >= 0.97 and fr >= 0.97, f"figures P={fp:.2f} R={fr:.2f} {dict(t)}"
    assert ep >= 0.90 and er >= 0.97, f"events P={ep:.2f} R={er:.2f} {dict(t)}"


def test_third_blind_set_does_not_regress() -> None:
    """tests/devset/blind3, written and annotated blind like the first two (see its FIRST-CONTACT.md).

    First contact (engine 9750f83): figures P=0.95 R=0.91, events P=0.83 R=0.79. The figure
    fixes that followed were general (lists that leave the verb out, restated and compared
    counts, organisation names, key-figure labels, day ranges, aid reach and moves): figures
    reached 1.00/1.00. The event fixes (wars breaking out or spreading, what people fled, disasters,
    crossings, corridors and patrols, a ceasefire announced as 'halt fire', episodes of a few
    days, one day named twice) and the date fixes (counts from a dated happening, tense of
    expected and scheduled days) took events to 0.99/1.00. The floors sit just under the scores
    it has now, so a change that loses ground on it fails here.
    """
    t = run_devset(DEVSETS / "blind3")
    fp, fr = ratio(t["tp_f"], t["sys_f"]), ratio(t["tp_f"], t["gold_f"])
    ep, er = ratio(t["tp_e"], t["sys_e"]), ratio(t["tp_e"], t["gold_e"])
    assert fp >= 0.99 and fr >= 0.99, f"figures P={fp:.2f} R={fr:.2f} {dict(t)}"
    assert ep >= 0.98 and er >= 0.98, f"events P={ep:.2f} R={er:.2f} {dict(t)}"


@pytest.mark.parametrize(("name", "floors"), [
    # (figures P, R, events P, R), each just under the score at the end of session 6 (session-5 floors kept where higher)
    ("blind4", (0.99, 0.99, 0.96, 0.96)),  # tuned on (first contact 0.95/0.88, 0.77/0.71)
    ("blind5", (0.99, 0.99, 0.93, 0.91)),  # tuned on (first contact 0.96/0.92, 0.77/0.68)
    ("blind6", (0.99, 0.98, 0.92, 0.92)),  # tuned on in session 4 (first contact 0.90/0.86, 0.72/0.70)
    ("blind8", (0.98, 0.97, 0.93, 0.91)),  # UN and agency reports, tuned on (first contact 0.91/0.82, 0.64/0.65); s14: figure recall 0.98 -> 0.97: a water station's catchment ("serves some 400,000 people") is no longer in_need; this writer and those of blind10 and 12 annotate it, 14 texts elsewhere have it borderline, blind29, 41, 53 and 61 not at all (5 extras)
    ("blind9", (0.99, 0.99, 0.87, 0.85)),  # news narrative, tuned on (first contact 0.94/0.90, 0.67/0.60)
    # written blind at the start of session 4, untouched until session 5 tuned on them (FIRST-CONTACT.md)
    ("blind7", (0.97, 0.96, 0.83, 0.83)),  # end of session 4: 0.94/0.90, 0.68/0.68; tuned on in session 5: 0.98/0.96, 0.83/0.84
    ("blind10", (0.97, 0.96, 0.82, 0.85)),  # end of session 4: 0.94/0.90, 0.65/0.68; tuned on in session 5: 0.97/0.96, 0.81/0.82
    # written blind at the start of session 5; dev sets after one first-contact score (FIRST-CONTACT.md)
    ("blind13", (0.95, 0.95, 0.90, 0.89)),  # agency reports, first contact 0.92/0.87, 0.74/0.69; end of session 5 0.95/0.94, 0.86/0.85
    ("blind14", (0.99, 0.99, 0.86, 0.85)),  # news and timelines, first contact 0.98/0.98, 0.71/0.68; end of session 5 0.99/1.00, 0.82/0.82
    # written blind at the start of session 5, untouched until session 6 tuned on them (FIRST-CONTACT.md)
    ("blind11", (0.96, 0.95, 0.87, 0.85)),  # final engine of session 5: 0.96/0.94, 0.79/0.75; tuned on in session 6: 0.97/0.95, 0.87/0.85
    ("blind12", (0.98, 0.96, 0.94, 0.89)),  # final engine of session 5: 0.96/0.94, 0.86/0.78; tuned on in session 6: 0.99/0.97, 0.94/0.90
    ("blind15", (0.99, 0.95, 0.85, 0.84)),  # final engine of session 5: 0.95/0.91, 0.77/0.74; tuned on in session 6: 0.99/0.96, 0.85/0.85
    ("blind16", (0.99, 0.99, 0.89, 0.84)),  # final engine of session 5: 0.96/0.96, 0.83/0.76; tuned on in session 6: 0.99/0.99, 0.90/0.85
    # written blind at the start of session 6; dev sets after one first-contact score (FIRST-CONTACT.md)
    ("blind17", (0.99, 0.97, 0.81, 0.84)),  # held-out mix, first contact 0.99/0.95, 0.75/0.77; end of session 6 1.00/0.98, 0.82/0.85
    ("blind18", (0.98, 0.96, 0.86, 0.77)),  # news in the seed's register, first contact 0.95/0.90, 0.82/0.67; end of session 6 0.99/0.96, 0.87/0.77
    # written blind at the start of session 6 and never tuned on: the honest estimate (FIRST-CONTACT.md)
    ("blind19", (0.98, 0.96, 0.85, 0.77)),  # final engine of session 6: 0.95/0.94, 0.85/0.76; tuned on in session 7: 0.99/0.97, 0.85/0.78
    ("blind20", (0.97, 0.96, 0.77, 0.84)),  # final engine of session 6: 0.92/0.93, 0.76/0.82; tuned on in session 7: 0.97/0.97, 0.77/0.84
    ("blind21", (0.96, 0.93, 0.81, 0.70)),  # final engine of session 6: 0.93/0.90, 0.75/0.63; tuned on in session 7: 0.97/0.93, 0.81/0.70
    ("blind22", (0.99, 0.93, 0.80, 0.82)),  # final engine of session 6: 0.97/0.93, 0.78/0.80; tuned on in session 7: 0.99/0.94, 0.80/0.83
    # written blind at the start of session 7 and never tuned on: the honest estimate (FIRST-CONTACT.md)
    ("blind23", (0.96, 0.94, 0.86, 0.90)),  # held-out mix; final engine of session 7: 0.95/0.94, 0.83/0.84; tuned on in session 8: 0.97/0.95, 0.87/0.91
    ("blind24", (0.98, 0.96, 0.87, 0.84)),  # news in the seed's register; final engine of session 7: 0.98/0.97, 0.78/0.75; tuned on in session 8: 0.99/0.97, 0.88/0.85
    ("blind25", (0.95, 0.91, 0.87, 0.77)),  # UN and agency reports; final engine of session 7: 0.95/0.91, 0.79/0.69; tuned on in session 8: 0.96/0.92, 0.88/0.78
    ("blind26", (0.97, 0.98, 0.85, 0.81)),  # held-out mix; final engine of session 7: 0.97/0.99, 0.81/0.79; tuned on in session 8: 0.98/0.99, 0.86/0.82
    ("blind27", (0.96, 0.92, 0.86, 0.83)),  # news, timelines, anniversaries; final engine of session 7: 0.97/0.90, 0.75/0.70; tuned on in session 8: 0.97/0.93, 0.87/0.84
    ("blind28", (0.95, 0.91, 0.88, 0.80)),  # held-out mix; final engine of session 7: 0.94/0.92, 0.78/0.70; tuned on in session 8: 0.96/0.92, 0.89/0.81
    # written blind at the start of session 8 (FIRST-CONTACT.md), tuned on in session 9
    ("blind29", (0.93, 0.92, 0.84, 0.82)),  # held-out mix; final engine of session 8: 0.94/0.93, 0.72/0.74; tuned on in session 9: events 0.87/0.83; kind model retrained in session 11: 0.86/0.84, in session 12: 0.85/0.83
    ("blind30", (0.95, 0.93, 0.83, 0.77)),  # news in the seed's register; final engine of session 8: 0.96/0.94, 0.81/0.74; tuned on in session 9: events 0.85/0.78
    ("blind31", (0.94, 0.91, 0.94, 0.87)),  # UN and agency reports; final engine of session 8: 0.95/0.92, 0.91/0.77; tuned on in session 9: events 0.95/0.89
    ("blind32", (0.96, 0.93, 0.85, 0.79)),  # held-out mix; final engine of session 8: 0.97/0.94, 0.80/0.76; tuned on in session 9: events 0.87/0.81
    ("blind33", (0.94, 0.91, 0.81, 0.75)),  # news, live blogs, timelines; final engine of session 8: 0.95/0.92, 0.80/0.69; tuned on in session 9: events 0.83/0.76
    ("blind34", (0.99, 0.95, 0.86, 0.76)),  # held-out mix; final engine of session 8: 1.00/0.96, 0.80/0.71; tuned on in session 9: events 0.89/0.78; kind model retrained on session 10 rules: 0.87/0.77
    # written blind at the start of session 9 (FIRST-CONTACT.md), tuned on in session 10
    ("blind35", (0.96, 0.98, 0.90, 0.79)),  # held-out mix; final engine of session 9: 0.94/0.97, 0.87/0.75; tuned on in session 10: 0.97/0.99, 0.91/0.79
    ("blind36", (0.94, 0.93, 0.84, 0.75)),  # news in the seed's register; final engine of session 9: 0.92/0.91, 0.82/0.71; tuned on in session 10: 0.95/0.94, 0.85/0.75
    ("blind37", (0.99, 0.94, 0.91, 0.81)),  # UN and agency reports; final engine of session 9: 0.99/0.94, 0.83/0.76; tuned on in session 10: 0.99/0.94, 0.93/0.82
    ("blind38", (0.98, 0.99, 0.92, 0.79)),  # held-out mix; final engine of session 9: 0.98/0.99, 0.90/0.76; tuned on in session 10: 0.98/0.99, 0.93/0.80
    ("blind39", (0.99, 0.94, 0.89, 0.76)),  # session 11: 0.89 (a claim of responsibility, optional in its gold, now of kind other, takes by the greedy matching a month-precise other that the report later in the text matched); news, live blogs, anniversaries; final engine of session 9: 0.99/0.94, 0.86/0.71; tuned on in session 10: 1.00/0.95, 0.90/0.77
    ("blind40", (0.96, 0.97, 0.85, 0.80)),  # held-out mix; final engine of session 9: 0.95/0.97, 0.82/0.78; tuned on in session 10: 0.96/0.98, 0.87/0.82; kind model retrained in session 11: 0.96/0.98, 0.86/0.81
    # written blind at the start of session 10 and never tuned on: the honest estimate (FIRST-CONTACT.md)
    ("blind41", (0.91, 0.98, 0.74, 0.82)),  # held-out mix; final engine of session 10: 0.92/0.99, 0.75/0.82
    ("blind42", (0.97, 0.93, 0.82, 0.82)),  # news in the seed's register; final engine of session 10: 0.97/0.94, 0.83/0.83 (s11 timeline entries: 0.83/0.85, a dated entry whose capture an earlier mis-dated one takes)
    ("blind43", (0.94, 0.94, 0.70, 0.80)),  # UN and agency reports; final engine of session 10: 0.94/0.94, 0.71/0.81
    ("blind44", (0.95, 0.98, 0.80, 0.74)),  # narrative analyses and news; final engine of session 10: 0.96/0.98, 0.80/0.75
    ("blind45", (0.95, 0.97, 0.69, 0.70)),  # news, live blogs, timelines; final engine of session 10: 0.96/0.98, 0.69/0.70
    ("blind46", (0.92, 0.95, 0.73, 0.71)),  # statements, talks and plans; final engine of session 10: 0.92/0.95, 0.73/0.72
    ("blind47", (0.97, 0.93, 0.85, 0.86)),  # held-out mix of reports and news; final engine of session 11: 0.98/0.94, 0.85/0.87
    ("blind48", (0.97, 0.98, 0.84, 0.88)),  # news in the seed's register; final engine of session 11: 0.97/0.98, 0.84/0.89
    ("blind49", (0.96, 0.95, 0.73, 0.78)),  # UN and agency reports; final engine of session 11: 0.96/0.95, 0.73/0.78
    ("blind50", (0.95, 0.95, 0.84, 0.74)),  # narrative analyses; final engine of session 11: 0.96/0.96, 0.85/0.74
    ("blind51", (0.98, 0.98, 0.75, 0.79)),  # news, live blogs, timelines; final engine of session 11: 0.99/0.98, 0.75/0.79
    ("blind52", (0.91, 0.95, 0.73, 0.73)),  # statements, talks and plans; final engine of session 11: 0.92/0.95, 0.73/0.74
    ("blind53", (0.92, 0.94, 0.83, 0.84)),  # held-out mix of reports and news; final engine of session 12: 0.94/0.96, 0.84/0.85
    ("blind54", (0.96, 0.97, 0.86, 0.85)),  # news in the seed's register; final engine of session 12: 0.97/0.98, 0.87/0.86
    ("blind55", (0.92, 0.93, 0.80, 0.78)),  # UN and agency reports; final engine of session 12: 0.93/0.95, 0.82/0.80
    ("blind56", (0.95, 0.96, 0.86, 0.78)),  # narrative analyses; final engine of session 12: 0.97/0.97, 0.88/0.80
    ("blind57", (0.92, 0.99, 0.81, 0.79)),  # news, live blogs, timelines; final engine of session 12: 0.94/1.00, 0.83/0.80
    ("blind58", (0.95, 0.94, 0.88, 0.79)),  # statements, talks and plans; final engine of session 12: 0.97/0.96, 0.89/0.81
    ("blind59", (0.97, 0.94, 0.87, 0.85)),  # held-out mix of reports and news; final engine of session 13: 0.98/0.95, 0.88/0.87
    ("blind60", (0.96, 0.96, 0.81, 0.88)),  # news in the seed's register; final engine of session 13: 0.97/0.97, 0.83/0.90
    ("blind61", (0.95, 0.94, 0.86, 0.74)),  # UN and agency reports; final engine of session 13: 0.96/0.95, 0.87/0.76
    ("blind62", (0.95, 0.95, 0.79, 0.84)),  # narrative analyses; final engine of session 13: 0.97/0.97, 0.81/0.85
    ("blind63", (0.94, 0.90, 0.85, 0.75)),  # news, live blogs, timelines; final engine of session 13: 0.95/0.92, 0.86/0.76
    ("blind64", (0.95, 0.94, 0.83, 0.87)),  # statements, talks and plans; final engine of session 13: 0.97/0.96, 0.84/0.89
    ("blind65", (0.94, 0.92, 0.87, 0.82)),  # held-out mix of reports and news; final engine of session 14: 0.95/0.93, 0.88/0.84
    ("blind66", (0.92, 0.95, 0.72, 0.89)),  # news in the seed's register; final engine of session 14: 0.93/0.96, 0.73/0.90
    ("blind67", (0.94, 0.91, 0.89, 0.74)),  # UN and agency reports; final engine of session 14: 0.96/0.93, 0.90/0.75
    ("blind68", (0.95, 0.96, 0.76, 0.75)),  # narrative analyses; final engine of session 14: 0.96/0.97, 0.78/0.76
    ("blind69", (0.90, 0.94, 0.82, 0.80)),  # news, live blogs, timelines; final engine of session 14: 0.92/0.95, 0.84/0.81
    ("blind70", (0.94, 0.97, 0.84, 0.84)),  # statements, talks and plans; final engine of session 14: 0.96/0.98, 0.86/0.86
    ("blind71", (0.95, 0.96, 0.83, 0.84)),  # held-out mix of reports and news; final engine of session 15: 0.96/0.97, 0.84/0.85
    ("blind72", (0.94, 0.95, 0.83, 0.88)),  # news in the seed's register; final engine of session 15: 0.95/0.96, 0.84/0.89
    ("blind73", (0.96, 0.94, 0.84, 0.85)),  # UN and agency reports; final engine of session 15: 0.97/0.95, 0.85/0.86
    ("blind74", (0.97, 0.95, 0.84, 0.87)),  # narrative analyses; final engine of session 15: 0.98/0.96, 0.85/0.88
    ("blind75", (0.96, 0.95, 0.89, 0.71)),  # news, live blogs, timelines; final engine of session 15: 0.97/0.96, 0.90/0.72
    ("blind76", (0.95, 0.95, 0.88, 0.83)),  # statements, talks and plans; final engine of session 15: 0.96/0.96, 0.89/0.84
])
def test_later_blind_sets_do_not_regress(name: str, floors: tuple[float, float, float, float]) -> None:
    """tests/devset/blind4-76, each written and annotated by someone who never read the engine."""
    t = run_devset(DEVSETS / name)
    got = (ratio(t["tp_f"], t["sys_f"]), ratio(t["tp_f"], t["gold_f"]),
           ratio(t["tp_e"], t["sys_e"]), ratio(t["tp_e"], t["gold_e"]))
    assert all(g >= f for g, f in zip(got, floors, strict=True)), f"{name}: {got} under {floors} {dict(t)}"


def test_seed_all_figures_and_events(shared_dir: Path) -> None:
    seed = shared_dir / "seed"
    gold = json.loads((seed / "mee-2019-12-27-idlib.gold.json").read_text(encoding="utf-8"))
    text = (seed / "mee-2019-12-27-idlib.txt").read_text(encoding="utf-8")
    out = extract(text, date.fromisoformat(gold["published"]), load_config().places).to_dict()
    got = sorted((float(f["value"]), f["category"]) for f in out["figures"])
    assert got == sorted((float(f["value"]), f["category"]) for f in gold["figures"])  # `other` too
    t = score(gold, out)
    # the issue asks for 7 of 8; we keep all 8, because the seed's annotation is the one convention we
    # know the held-out set shares (a blind set's reading once turned its escalation into an offensive)
    assert t["tp_e"] == 8 and t["sys_e"] == 8, dict(t)


def test_scorer_counts_misses_and_extras() -> None:
    gold = {"figures": [{"value": 10, "category": "killed"}, {"value": 5, "category": "other"}],
            "optional_figures": [{"value": 7, "category": None}],
            "events": [{"start": "2019-12", "kind": "capture"}], "optional_events": []}
    out = {"figures": [{"value": 10, "category": "killed"}, {"value": 7, "category": "injured"},
                       {"value": 3, "category": "displaced"}, {"value": 5, "category": "other"}],
           "events": [{"start": "2019-12-19", "kind": "capture"}, {"start": "2019-11", "kind": "capture"}]}
    assert score(gold, out) == Counter(tp_f=1, sys_f=2, gold_f=1, tp_e=1, sys_e=2, gold_e=1)
