"""Which trigger each date claims: pairs cheapest first, each date and each trigger used once.

The cost is `clauses.pair_near`'s distance plus tolls for the clause boundaries crossed; a
relative clause or a participle ("which began in December", "brokered by Russia in March")
dates the word before it at no toll, and a date inside a fronted subordinate clause ("Since
fighting erupted ... last April, millions have fled") costs more to pair across its comma.
Words named as background ("despite the ceasefire") or as the cause of a flight ("uprooted by
the offensive") are weakened first.
"""

from __future__ import annotations

import re
from datetime import date
from heapq import heapify, heappop, heappush

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import (
    HARD_BREAK,
    MAX_COST,
    WHEN_CLAUSE,
    Breaks,
    Span,
    Trigger,
    has_hint,
    pair_cost,
    pair_near,
)
from idlibmon.extract.events.event_dates import measured_since
from idlibmon.extract.events.tallies import tally, undated_by, year_to_date
from idlibmon.extract.events.unpaired import GOING_ON_HINTS, counted_toll, going_on, unpaired

_DESPITE = re.compile(r"(?i:\b(?=[bdisuv])(?:despite|violat\w*|breach(?:ed|es|ing)?(?:\s+of)?|in\s+violation\s+of|under|since)\s+(?:\w+\s+){0,2}$)")
_FRONTED = re.compile(r"\s*(?:Since|After|When|Before|Until|Once|As\s+soon\s+as)\s")
_FRONTED_TOLL = 40
_OWN_DATE_BONUS = 30
_ASIDE = re.compile(r",\s*(?:before|after|as|while|amid|despite)\s+[^,;:.]{3,90},")
_ASIDE_TOLL = 80
_TALLY_REACH = 60
_WHEN_TOLL = 40
_OWN_DATE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,2}?(?:had\s+|has\s+)?(?:began|begun|started|erupted"
    r"|broke\s+out|was\s+launched|were\s+launched|launched)\s+(?:in\s+|on\s+|at\s+)?"
    r"|\s+(?:brokered|agreed|signed|reached|declared|announced|struck|mediated|launched)\s+"
    r"(?:(?:by|between)\s+(?:[\w'’.-]+\s+){1,6}?)?(?:in\s+|on\s+|at\s+)?"
    # "The escalation of hostilities in Ma'rib, under way since early February, ...": an aside on the noun
    r"|(?:\s+[\w'’-]+){0,6}?\s*,\s*(?:(?:which|that)\s+(?:has\s+been|had\s+been|is|was)\s+)?(?:under\s*way|ongoing|raging)\s+"
)
# a campaign's start told in an aside: "Military operations to retake the west of the city, launched on
# 19 February, ...", "launched the operation, which it named Olive Branch, on 20 January" (tried only
# where the gap holds a comma and one of _LAUNCH_ASIDE_HINTS)
_LAUNCH_ASIDE = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s*,\s*(?:which\s+was\s+|that\s+was\s+)?(?:launched|begun|started)\s+(?:in\s+|on\s+|at\s+)?"
    r"|\s*,\s*which\s+(?:it|they)\s+(?:named|called|dubbed)\s+(?:[\w'’\"“”-]+\s+){0,3}?[\w'’\"“”-]+,?\s+(?:in\s+|on\s+)?"
)
_LAUNCH_ASIDE_HINTS = ("launched", "begun", "started", "named", "called", "dubbed")
# the verb's object, then an aside on it between commas (no verb of its own, no second clause)
_APPOSITION = re.compile(
    r"(?:\s+[\w'’.-]+){1,5}?\s*,\s+(?:(?!(?:and|but|or|which|who|whom|when|while|as|after|before|since|then|is|are|was|were"
    r"|has|have|had|said|says|says|killing|leaving|forcing|prompting)\b)[\w'’.()-]+\s+){0,9}?[\w'’.()-]+,\s+"
    # (the date may come with its time of day: "entered Goma, the capital of the province, in the early hours of 27 January")
    r"(?:(?:in|during|on)\s+the\s+(?:early\s+|small\s+|late\s+)?(?:hours|morning|evening|night|afternoon)\s+of\s+)?"
)
_OWN_PARTICIPLE = re.compile(r"\s+(?:brokered|agreed|signed|reached|declared|announced|struck|mediated)\b")
# (and a campaign's launch: "have retaken large parts of the province since launching an offensive in December")
_BEGAN = re.compile(r"\b(?:erupted|broke\s+out|broken\s+out|began|started|resumed|launched|launching)\b")
_CAUSE_KINDS = frozenset(("attack", "offensive", "escalation"))
_FLED_FROM = re.compile(
    r"(?i:\b(?:fled|flee(?:ing|s)?|escap(?:ed|ing)|uprooted|displaced|driven\s+out|forced\s+from\s+(?:their\s+)?homes)"
    r"\s+(?:(?:by|from)\s+)?(?:(?!(?:before|after|during|as|when|since|until|in|on|at|to|into|towards?|across)\b)[\w'’-]+,?\s+){0,4}?$)"
)
# "fled the offensive that began in December": the date is the cause's own
_CAUSE_DATED = re.compile(r"(?i:\s*,?\s*(?:that|which)\s+(?:had\s+|has\s+)?(?:began|begun|started|erupted|was\s+launched|launched|intensified))")
_OWN_DATE_HINTS = ("which", "that", "under", "ongoing", "raging", "brokered", "agreed", "signed", "reached", "declared", "announced", "struck", "mediated",
                   "launched", "begun", "started")  # (the last two for _LAUNCH_ASIDE)


def weaken_background(text: str, sent: Span, triggers: list[Trigger], usable: list[DateMention], low: str,
                      sl: str) -> list[Trigger]:
    """The triggers with background and causes weakened (`sl` is the sentence lowered)."""
    # "despite the ceasefire" is the background, not the happening (but "since fighting erupted
    # ... last April" names the outbreak, a happening with its own date)
    # ... and "uprooted by the offensive since December", "fled air strikes and shelling earlier
    # this month" name the cause of a flight, whose verb the date belongs to
    despite = "despite" in sl or "under" in sl or "since" in sl or "violat" in sl or "breach" in sl
    fled = "fle" in sl or "escap" in sl or "uproot" in sl or "displac" in sl or "driven" in sl or "forced" in sl
    if despite or fled:
        triggers = [
            (ts, te, kind, bonus - 25 if despite and _despite(text, low, (ts - 40 if ts - 40 > sent[0] else sent[0]), ts)
             and not _dated_outbreak(text, low, te, ts, usable) else
             bonus - 40 if fled and kind in _CAUSE_KINDS and _fled_from(text, low, (ts - 60 if ts - 60 > sent[0] else sent[0]), ts)
             and not _CAUSE_DATED.match(text, te, sent[1]) else bonus)
            for ts, te, kind, bonus in triggers
        ]
    return triggers


def pair(text: str, sent: Span, usable: list[DateMention], triggers: list[Trigger], breaks: Breaks, low: str,
         published: date | None) -> tuple[dict[int, Trigger], set[int]]:
    """The trigger each date (by index in `usable`) claims, and the indices of the triggers taken."""
    opening = [text[sent[0]:d.span[0]].strip() == "" for d in usable]
    counted = counted_toll(text, low, sent, usable, triggers)
    # Pairs cheapest first, each date and trigger used once: a heap of lower bounds (cost before
    # tolls), a pair's tolls counted only when it comes up (same order as sorting exact costs).
    fronted = _fronted_clause_end(text, sent)
    heap: list[tuple[int, int, int, int]] = []
    gaps: dict[tuple[int, int], tuple[int, int, int]] = {}
    going = has_hint(low, sent[0], sent[1], GOING_ON_HINTS)  # fighting told as going on: a word it needs
    commas = [-1] * len(usable)
    asides = [-1] * len(usable)
    nears_by_date: list[list[tuple[int, int, int, int]]] = [[] for _ in usable]
    for i, d in enumerate(usable):
        if d.relation == "since" and WHEN_CLAUSE.match(text, d.span[1]) and (
            (w := _when_trigger(text, sent, d, triggers)) is not None
        ) and (
            (counted and all(t[2] == "attack" for t in triggers if t[1] <= d.span[0]))  # (the toll's words take no date)
            or measured_since(text, low, sent, d) or any(tally(text, sent, d, t) for t in triggers)
        ):
            # "1,000 killed since September 17, when pagers exploded across the country", "the deadliest
            # attack since August 2013, when hundreds were killed in a sarin attack": the count or the
            # yardstick runs from a day its when-clause tells; that happening takes the date
            heap.append((0, i, w, 1))
            continue
        # each pair's distance first: it is cheap, and rules out pairs before a costly check
        nears = nears_by_date[i] = [pair_near(text, d, t, opening[i]) for t in triggers]
        # a date that opens a tally ("2,300 attacks since October, including 58 with drones") is
        # the tally's: no other trigger near it takes it
        tallied = {j for j, t in enumerate(triggers) if nears[j][0] <= _TALLY_REACH and tally(text, sent, d, t)}
        if tallied and not _nearer_than_tally(text, sent, d, triggers, tallied, breaks, opening[i]):
            continue
        if going and any(going_on(text, low, d, t) for t in triggers):
            continue  # "clashes continued through 12 April": a stretch of fighting, no happening on its date
        if published is not None and year_to_date(text, sent, d, published):
            continue  # "Since the start of the year, 400,000 people have been displaced" (in May): the year's count
        # (per date, not per pair: the last ", " before the date that an apposition needs, and the end
        # of an aside after an opening date)
        commas[i] = text.rfind(", ", (d.span[0] - 120 if d.span[0] - 120 > sent[0] else sent[0]), d.span[0])
        asides[i] = _aside_end(text, d) if opening[i] else -1
        for j, t in enumerate(triggers):
            near = nears[j][0]
            if near - _OWN_DATE_BONUS > MAX_COST:
                continue  # out of reach even at the own-date discount (tolls only add): never popped before the cut-off
            if j in tallied:
                continue
            # A pair's checks wait until it comes up: most dates take the first pair that does, and
            # then their other pairs are never looked at. Until then it waits at a lower bound of
            # its cost (the own-date discount is the only one; the rest only add), ranked before
            # any cost the checks give it, so the pairs still come out in the same order.
            lower = near - _OWN_DATE_BONUS if t[1] <= d.span[0] and d.span[0] - t[1] <= 80 else near
            heap.append((lower, i, j, _UNCHECKED))
    heapify(heap)
    best: dict[int, Trigger] = {}
    taken: set[int] = set()
    while heap:
        cost, i, j, exact = heappop(heap)
        if cost > MAX_COST:
            break
        if i in best or j in taken:
            continue
        if exact == _UNCHECKED:
            entry = _checked(text, sent, usable[i], i, triggers, j, nears_by_date[i][j], counted, low,
                             commas[i], asides[i], fronted, gaps)
            if entry is not None:
                heappush(heap, entry)
            continue
        if not exact:
            a, b, skip = gaps[i, j]
            heappush(heap, (cost + breaks.toll(a, b, skip), i, j, 1))
            continue
        best[i] = triggers[j]
        taken.add(j)
    return best, taken


_UNCHECKED = -1  # a pair whose checks have not run yet (ranked before its checked entries of the same cost)


def _checked(text: str, sent: Span, d: DateMention, i: int, triggers: list[Trigger], j: int,
             near_gap: tuple[int, int, int, int], counted: bool, low: str, comma: int, aside_end: int,
             fronted: int, gaps: dict[tuple[int, int], tuple[int, int, int]]) -> tuple[int, int, int, int] | None:
    """The heap entry of the pair (date `i`, trigger `j`) with its checks run: its cost and whether
    that is exact (else its gap's tolls are still to add, `gaps[i, j]`); None if the date does not
    date the trigger."""
    t = triggers[j]
    near, a, b, skip = near_gap
    if unpaired(text, d, t, counted, low) or undated_by(text, sent, d, t):
        return None
    if t[1] <= d.span[0] and d.span[0] - t[1] <= 80 and has_hint(low, t[1], d.span[0], _OWN_DATE_HINTS) and (
        _OWN_DATE.fullmatch(text, t[1], d.span[0]) or (
            low.find(",", t[1], d.span[0]) >= 0 and has_hint(low, t[1], d.span[0], _LAUNCH_ASIDE_HINTS)
            and _LAUNCH_ASIDE.fullmatch(text, t[1], d.span[0])
        )
    ):
        # "The offensive in Idlib, which began in December, has displaced ...", "a ceasefire
        # brokered by Russia and Turkey in March 2020 ended ...": a relative clause or a
        # participle dates the word before it, so its comma, "which" or "and" is no boundary
        return (near - _OWN_DATE_BONUS, i, j, 1)
    if comma >= t[1] and d.span[0] - t[1] <= 120 and _APPOSITION.fullmatch(text, t[1], d.span[0]):
        # "recaptured Maarat al-Numan, some 25 km further south, on January 28", "captured Baghouz, the
        # last territory held by the group, on 23 March": a name's apposition is no clause boundary
        return (near, i, j, 1)
    if aside_end >= 0 and d.span[1] < t[0] and t[1] <= aside_end:
        # "Yesterday, before the truce took hold, an air strike ... killed 16": the aside after an
        # opening date sets the scene, the main clause after it is the date's happening
        near += _ASIDE_TOLL
    if sent[0] < d.span[0] and d.span[1] <= fronted < t[0]:
        # "Since fighting erupted between ... last April, millions have fled": a date inside a
        # fronted subordinate clause belongs to that clause, not to the main one after its comma
        near += _FRONTED_TOLL
    if t[2] == "ceasefire" and t[1] <= d.span[0] and _violent_when(text, d, triggers):
        # "the collapse of the zone last month, when militants fired rockets": a truce named
        # before the date is the background of the violence its when-clause tells
        near += _WHEN_TOLL
    if b > a:
        gaps[i, j] = (a, b, skip)
        return (near, i, j, 0)
    return (near, i, j, 1)


def _nearer_than_tally(text: str, sent: Span, d: DateMention, triggers: list[Trigger], tallied: set[int],
                       breaks: Breaks, opens: bool) -> bool:
    """Whether another trigger is nearer the date than the tally it opens: "Two schools were damaged in
    Ariha in early July, and classes at 40 schools remain suspended" dates the damage (the count of
    schools closed, past a comma, is the tally's own)."""
    kinds = set()
    for j in tallied:
        t = triggers[j]
        lo, hi = (d.span[1], t[0]) if t[0] >= d.span[1] else (t[1], d.span[0])
        if ", " not in text[lo:hi]:
            return False  # the tally's own clause
        kinds.add(t[2])
    tally_cost = min(pair_cost(text, sent, d, triggers[j], breaks, opens) for j in tallied)
    return any(pair_cost(text, sent, d, t, breaks, opens) < tally_cost for j, t in enumerate(triggers)
               if j not in tallied and t[2] not in kinds)


def _aside_end(text: str, d: DateMention) -> int:
    """Where an aside set off by commas right after the date ends (see _ASIDE); -1 if none."""
    if not text.startswith(",", d.span[1]):
        return -1
    m = _ASIDE.match(text, d.span[1])
    return m.end() if m is not None else -1


_WHEN_REACH = 140
_WHEN_KINDS = frozenset(("offensive", "attack", "capture", "escalation", "ceasefire", "displacement"))


def _when_trigger(text: str, sent: Span, d: DateMention, triggers: list[Trigger]) -> int | None:
    """The index of the first strong trigger in the when-clause right after `d`, if any."""
    m = WHEN_CLAUSE.match(text, d.span[1])
    if m is None:
        return None
    hi = min(sent[1], m.end() + _WHEN_REACH)
    cut = HARD_BREAK.search(text, m.end(), hi)
    if cut is not None:
        hi = cut.start()
    return next((j for j, t in enumerate(triggers) if m.end() <= t[0] < hi and t[2] in _WHEN_KINDS and t[3] >= 25), None)


def _violent_when(text: str, d: DateMention, triggers: list[Trigger]) -> bool:
    """Whether the date is followed by ", when ..." telling an attack, escalation or offensive."""
    m = WHEN_CLAUSE.match(text, d.span[1])
    return m is not None and any(
        t[2] in _CAUSE_KINDS and m.end() <= t[0] <= m.end() + 60 and not HARD_BREAK.search(text, m.end(), t[0])
        for t in triggers
    )


def _fronted_clause_end(text: str, sent: Span) -> int:
    """Where a sentence's fronted subordinate clause ("Since fighting erupted ..., ") ends; -1 if none."""
    m = _FRONTED.match(text, sent[0], sent[1])
    if m is None:
        return -1
    comma = text.find(", ", m.end(), sent[1])
    return comma if comma >= 0 else -1


def _dated_outbreak(text: str, low: str, te: int, ts: int, usable: list[DateMention]) -> bool:
    """ "Since fighting erupted between the two armies last April, ...", "calm since a ceasefire
    brokered by Russia and Turkey in March 2020": an outbreak or a deal dated in its own clause."""
    return bool(_BEGAN.search(low, ts, te) or _OWN_PARTICIPLE.match(low, te)) and any(
        0 <= u.span[0] - te <= 100 and "," not in text[te:u.span[0]] for u in usable
    )


def _despite(text: str, low: str, a: int, b: int) -> bool:
    """Whether _DESPITE matches in text[a:b] (tried only where low[a:b] holds one of its words)."""
    w = low[a:b]
    return ("despite" in w or "under" in w or "since" in w or "violat" in w or "breach" in w) and bool(
        _DESPITE.search(text, a, b)
    )


def _fled_from(text: str, low: str, a: int, b: int) -> bool:
    """Whether _FLED_FROM matches in text[a:b] (tried only where low[a:b] holds one of its words)."""
    w = low[a:b]
    return ("fle" in w or "escap" in w or "uproot" in w or "displac" in w or "driven" in w or "forced" in w) and bool(
        _FLED_FROM.search(text, a, b)
    )
