"""Session 7 speed work on events: work skipped or shared must never change an answer.

Pairing runs a pair's checks only when the pair comes up (a date that took its trigger never
looks at its other pairs); `idle` tries only the rules of the trigger's kind; `source_speaks`
answers each date of a text once; cheap word tests guard two patterns."""

from __future__ import annotations

from datetime import date
from heapq import heapify, heappop, heappush
from pathlib import Path

import pytest

from idlibmon.extract.dates import DateMention, find_dates
from idlibmon.extract.events import find_events, triggers
from idlibmon.extract.events import pairing as pairing_module
from idlibmon.extract.events.clauses import MAX_COST, Breaks, Span, Trigger, pair_near
from idlibmon.extract.events.dedupe import _any_counted_after
from idlibmon.extract.events.event_dates import usable_dates
from idlibmon.extract.events.idle_triggers import _RULES, idle
from idlibmon.extract.events.lexicon import LEXICON
from idlibmon.extract.events.pairing import _UNCHECKED, _checked, pair
from idlibmon.extract.events.speech import source_speaks
from idlibmon.extract.events.unpaired import counted_toll
from idlibmon.extract.text import ascii_lower, sentences
from idlibmon.models import Event

DEVSET = Path(__file__).parent / "devset"
PUB = date(2023, 3, 10)  # a Friday


def _eager(text: str, sent: Span, usable: list[DateMention], trigs: list[Trigger], low: str,
           entries: list[tuple[int, int, int, int]]) -> dict[int, Trigger]:
    """The pairs as chosen before session 7: every pair's checks run first, then cheapest first."""
    opening = [text[sent[0]:d.span[0]].strip() == "" for d in usable]
    counted = counted_toll(text, low, sent, usable, trigs)
    fronted = pairing_module._fronted_clause_end(text, sent)
    gaps: dict[tuple[int, int], tuple[int, int, int]] = {}
    heap = []
    for cost, i, j, stage in entries:
        if stage != _UNCHECKED:
            heap.append((cost, i, j, stage))
            continue
        d = usable[i]
        comma = text.rfind(", ", max(sent[0], d.span[0] - 120), d.span[0])
        aside = pairing_module._aside_end(text, d) if opening[i] else -1
        entry = _checked(text, sent, d, i, trigs, j, pair_near(text, d, trigs[j], opening[i]), counted, low, comma, aside,
                         fronted, gaps)
        if entry is not None:
            heap.append(entry)
    heapify(heap)
    breaks = Breaks(text, sent, low)
    best: dict[int, Trigger] = {}
    taken: set[int] = set()
    while heap:
        cost, i, j, exact = heappop(heap)
        if cost > MAX_COST:
            break
        if i in best or j in taken:
            continue
        if not exact:
            a, b, skip = gaps[i, j]
            heappush(heap, (cost + breaks.toll(a, b, skip), i, j, 1))
            continue
        best[i] = trigs[j]
        taken.add(j)
    return best


@pytest.mark.parametrize("folder", ["events", "blind19", "blind21"])
def test_pairs_checked_when_they_come_up_are_the_pairs_checked_first(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    entries: list[tuple[int, int, int, int]] = []

    def spy(heap: list[tuple[int, int, int, int]]) -> None:
        entries.extend(heap)
        heapify(heap)

    monkeypatch.setattr(pairing_module, "heapify", spy)
    compared = 0
    for path in sorted((DEVSET / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        low = ascii_lower(text)
        dates = sorted(find_dates(text, PUB), key=lambda d: d.span)
        for s, e in sentences(text):
            mine = [d for d in dates if s <= d.span[0] and d.span[1] <= e]
            trigs = [t for t in triggers.find_triggers(text, s, e, low) if t[2] != "_"]
            usable, _spoken = usable_dates(text, (s, e), mine, low, low[s:e])
            if not usable or not trigs:
                continue
            entries.clear()
            best, _taken = pair(text, (s, e), usable, trigs, Breaks(text, (s, e), low), low, PUB)
            assert best == _eager(text, (s, e), usable, trigs, low, entries), (path.name, text[s:e])
            compared += 1
    assert compared > 20


def test_a_date_that_took_its_trigger_never_checks_its_other_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[int] = []
    real = pairing_module._checked

    def counting(*args: object) -> object:
        checked.append(args[5])  # the trigger's index
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pairing_module, "_checked", counting)
    text = "Forces captured the town on Monday after heavy shelling and air strikes that destroyed the market."
    events = find_events(text, PUB, {})
    assert [(e.kind, e.start) for e in events] == [("capture", "2023-03-06")]
    assert len(checked) == 1  # the capture came up first; the strikes' pairs were never checked


def test_an_own_date_still_pairs_across_its_clause() -> None:
    # the discount of a relative clause is the only one a pair can get: it waits at that bound
    text = "The offensive in Idlib, which began in December, has displaced 900,000 people."
    assert [(e.kind, e.start) for e in find_events(text, PUB, {})] == [("offensive", "2022-12")]


@pytest.mark.parametrize("kind", sorted(LEXICON))
def test_every_kind_but_the_unknown_has_its_own_rules(kind: str) -> None:
    assert (kind in _RULES) is (kind != "_")


def test_a_kind_with_no_rules_keeps_the_rule_every_kind_shares() -> None:
    # "warned that ... could": a happening feared, whatever the word's kind (but talks)
    text = "Aid groups warned that new clashes could reach the camps on Monday."
    low = ascii_lower(text)
    start = text.index("clashes")
    for kind in ("_", "novel", "escalation"):
        assert idle(text, (0, len(text)), (start, start + 7, kind, 30), low), kind
    assert not idle(text, (0, len(text)), (start, start + 7, "talks", 30), low)


def test_a_dates_speaker_is_answered_per_text() -> None:
    said = "OCHA said on Friday that the convoy had crossed."
    told = "The convoy crossed on Friday and it said nothing."
    for text, speaks in ((said, True), (told, False), (said, True)):
        d = find_dates(text, PUB)[0]
        sent = sentences(text)[0]
        # asked twice, with and without the lowered text: one answer
        assert source_speaks(text, d, sent) is speaks
        assert source_speaks(text, d, sent, ascii_lower(text)) is speaks
    # the same spans in a fresh text with other words get their own answer
    same_spans = "OCHA told on Friday that the convoy had crossed."
    d = find_dates(same_spans, PUB)[0]
    assert source_speaks(same_spans, d, sentences(same_spans)[0]) is True
    other = "AAAA went on Friday with the convoy that crossed."
    d2 = find_dates(other, PUB)[0]
    assert d2.span == d.span
    assert source_speaks(other, d2, sentences(other)[0]) is False


def _event(resolved_from: str) -> tuple[Event, int]:
    return Event(start="2023-03-09", kind="attack", resolved_from=resolved_from), 0


def test_a_count_after_is_found_in_any_case() -> None:
    assert _any_counted_after([_event("on Monday"), _event("a week after")])
    assert _any_counted_after([_event("THREE DAYS AFTER")])
    assert not _any_counted_after([_event("after Monday"), _event("afterwards")])
    assert not _any_counted_after([_event("")])


@pytest.mark.parametrize(
    "text",
    [
        "The offensive began on March 5, hours after a drone attack killed 12 soldiers.",
        "The offensive began on March 5, HOURS AFTER a drone attack killed 12 soldiers.",
        # not ASCII after the date: the guard steps aside and the pattern decides
        "The offensive began on March 5, hourſ after a drone attack on Kyïv killed 12 soldiers.",
    ],
)
def test_a_happening_hours_from_another_shares_its_day(text: str) -> None:
    found = [(e.kind, e.start) for e in find_events(text, PUB, {})]
    assert ("offensive", "2023-03-05") in found
    assert ("attack", "2023-03-05") in found
