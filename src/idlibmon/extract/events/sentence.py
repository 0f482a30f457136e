"""One sentence's events: its dates and triggers paired cheapest first, each used once."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from heapq import heapify, heappop, heappush

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import HARD_BREAK, MAX_COST, WHEN_CLAUSE, Breaks, Span, event_span, pair_near
from idlibmon.extract.events.dedupe import relative_rank
from idlibmon.extract.events.movement import by_subject
from idlibmon.extract.events.place import event_place
from idlibmon.extract.events.relief import relief_operations
from idlibmon.extract.events.speech import LEADER, SPOKEN_CEASEFIRE, STATEMENT_KINDS, dateline, source_speaks
from idlibmon.extract.events.tallies import (
    fieldwork,
    not_a_time_of_happening,
    quoted_on,
    tally,
    undated_by,
    year_to_date,
)
from idlibmon.extract.events.when_clause import when_kind
from idlibmon.extract.text import ascii_lower
from idlibmon.models import Event

_REQUEST = re.compile(
    r"(?i:\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for|push(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?"
    r"|appeal(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|negotiat\w*|talks\s+(?:on|about)|propos(?:ed|es|ing)|discuss(?:ed|es|ing)?"
    r"|fail(?:ed|s|ing)?\s+to\s+(?:agree|reach|secure|broker)(?:\s+on)?"
    r"|(?:no\s+|little\s+)?progress[\"”’']?\s+(?:on|towards?)"
    r"|(?:briefed|briefing|brief|briefs|report(?:ed|s)?|debate[ds]?|vote[ds]?)\s+(?:on|about))\b"
    r"(?:\s+[\w-]+){0,4}\s*$)"
)
_UNTIL_DONE = re.compile(r"(?i:\bhad\b)")
_COUNT_REPORTED = re.compile(
    r"(?i:\s*,?\s*(?:that\s+)?(?:[\w'’-]+\s+){0,3}?(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+)?\d)"
)
_SAID = re.compile(r"(?i:\b(?:said|says|told|tells|announced|stated|reported|declared|claimed)\b)")
_VERB_ONLY = re.compile(r"(?i:\s*(?:also\s+)?(?:said|told|says|tells|warned|added|announced|stated)\s*(?:\w+\s*)?)")
# (an infinitive of a task makes its "by" date a deadline: "signed a decree to dissolve all
# institutions by 1 January 2024")
_DEADLINE = re.compile(
    r"(?i:\b(?:would|will|must|should|has\s+to|have\s+to|to\s+be|deadline|ultimatum|expected"
    r"|to\s+(?:dissolve|withdraw|leave|hand\s+over|complete|pull\s+(?:out|back)|disarm|vacate|evacuate|end|finish"
    r"|implement|establish|create|set\s+up|hold|submit|remove|open|close|reopen))\b)"
)
_DESPITE = re.compile(r"(?i:\b(?=[bdisuv])(?:despite|violat\w*|breach(?:ed|es|ing)?(?:\s+of)?|in\s+violation\s+of|under|since)\s+(?:\w+\s+){0,2}$)")
# Clause breaks: punctuation, and conjunctions that open a new clause.
# A need is a condition ("need humanitarian assistance in 2024"), and a clinic that "suspended
# operations" stopped its work: neither names a happening of the trigger's kind.
_NEED_BEFORE = re.compile(
    r"(?i:\b(?:need|needs|needing|needed|require[sd]?|requiring|depend(?:s|ed|ing)?\s+on|rel(?:y|ies|ied)\s+on)"
    r"\s+(?:[\w-]+\s+){0,2}$)"
)
# "forced from their homes by the escalating violence": the cause named, not a happening dated
_CAUSE_BEFORE = re.compile(r"(?i:\b(?:by|due\s+to|because\s+of|owing\s+to|amid)\s+(?:the\s+|an\s+|a\s+)?(?:recent\s+|ongoing\s+)?$)")
_PRESENT_VOICE = re.compile(r"(?i:warns|urges|calls\s+(?:for|on)|condemns|demands|appeals|accuses|blames|stresses|notes)")
_TRUCE_VERB = re.compile(r"(?i:took\s+effect|took\s+hold|came\s+into\s+(?:force|effect)|went\s+into\s+effect)")
_TRUCE_WORD = re.compile(r"(?i:\b(?:cease-?\s?fire|truce|cessation|armistice|agreement|deal|accord|protocol)s?\b)")
_ABSENT_BEFORE = re.compile(r"(?i:\b(?:no|without|(?:risk|fear|threat|danger)s?\s+of)\s+(?:[\w-]+\s+){0,2}?$)")
_A_LEVEL = re.compile(
    r"(?i:\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+|record\s+|all-time\s+|\d+-year\s+)*(?:low|high|level|minimum|lowest|zero)s?\b"
    r"|\s+(?:about\s+|around\s+|below\s+|nearly\s+)?(?:minus\s+|-|−)?\d)"
)
_TOLL_FROM = re.compile(r"(?i:\btoll\s+(?:from|of|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?$)")
_MEASURED_CHANGE = re.compile(
    r"(?i:(?:\s+[\w'’-]+){0,4}?\s+(?:fell|falling|fallen|dropped|dropping|declined|declining|decreased|decreasing|rose|rising|risen"
    r"|increased|increasing)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d|half|a\s+third|a\s+quarter))"
)
_AWAITED_BEFORE = re.compile(
    r"(?i:\b(?:(?:prepar(?:ing|ed|e|es)|brac(?:ing|ed|e|es)|ready|readying|gearing\s+up|girding)\s+(?:themselves\s+)?for"
    r"|(?:possible|imminent|looming|feared|expected|threatened|anticipated|long-awaited|long-threatened))\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?$)"
)
_SINCE_ONSET = re.compile(r"(?i:\bsince\s+(?:the\s+)?(?:beginning|start|onset|outbreak)\s+of\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+)?$)")
_TRIED_BEFORE = re.compile(r"(?i:\b(?:attempting|attempted|trying|tried|seeking|sought|wanting|unable|hoping)\s+to\s+$)")
_TOLL_VERB = re.compile(r"(?i:\b(?:rose|risen|climbed|reached|stood|increased|jumped)\b)")
_ANCHORED_BEFORE = re.compile(
    r"(?i:(?:\b(?:\d+|a\s+few|few|several|two|three|four|five|six|seven|eight|nine|ten|a|an|one)\s+(?:days?|hours?|weeks?|months?)"
    r"|\b(?:days|hours|weeks|months|shortly|soon|just))\s+(?:before|after|ahead\s+of|into)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?$)"
)
_DISPLACED_STATE = re.compile(r"(?i:\b(?:are|is|remain|remained|remaining|still|currently)\s+(?:still\s+)?(?:internally\s+)?$)")
_ENDED_BEFORE = re.compile(r"(?i:\b(?:ended|halted|stopped|froze|paused)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?$)")
_HALTED_BEFORE = re.compile(r"(?i:\b(?:suspend|halt|ceas|stopp?|resum|scal(?:e|ed|ing)\s+back)\w*\s+(?:their\s+|its\s+|all\s+)?$)")
# A superlative or a first measured against a date: "the heaviest shelling since 2018".
_COMPARED = re.compile(
    r"(?=[bBlLwWhHdDfFgGsSmM])(?i:\b(?:biggest|largest|worst|heaviest|deadliest|fiercest|bloodiest|highest|lowest|greatest|strongest|sharpest"
    r"|most\s+(?!of\b)\w+|first\s+time|first)\b[^,;:.()]{0,70}$)"
)
_AND_THE = re.compile(r"\s*(?:and|until|till|to)\s+(?:the\s+)?")
_WARNED_THAT = re.compile(
    r"(?i:\b(?:warn\w*|fear\w*|caution\w*|concern\w*|worr\w*)\s+(?:[\w'’-]+\s+){0,6}?that\s+(?:[\w'’-]+\s+){0,3}$)"
)
_MODAL_AFTER = re.compile(r"(?i:(?:\s+[\w'’-]+){0,4}?\s+(?:could|would|might|may)\b)")
_NOT_EVENT_RELATIONS = {"as of"}
_PERIOD_RELATIONS = {"since", "between", "during", "in"}
_RANGE_RELATIONS = {"since", "between"}
_COUNTED = re.compile(
    r"(?=[\dkKiIwWdDhH])(?i:\b\d[\d,.]*(?:\s+[\w-]+){0,4}?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:killed|injured|wounded|damaged|destroyed|hit|affected|attacked)\b"
    r"|\b(?:killed|injured|wounded|damaged|destroyed|hit|deaths\s+of|killing\s+of)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?\d)"
)
_ROLLING = re.compile(r"(?i:\b(?:past|over|throughout|during|within|for|through)\b|\bthe\s+last\b)")


def sentence_events(text: str, sent: Span, dates: list[DateMention], triggers: list[tuple[int, int, str, int]],
                     place_hits: list[tuple[Span, str]], watched: Collection[str],
                     low: str | None = None, published: date | None = None) -> list[tuple[Event, int]]:
    """`low` is `ascii_lower(text)`: cheap substring tests on it rule out most costly patterns
    (each test looks for a word the pattern cannot match without); `published` tells a count
    since the start of the year from a wave that began in January."""
    if low is None:
        low = ascii_lower(text)
    sl = low[sent[0]:sent[1]]  # the sentence lowered: what its guards look for, once
    spans = [d.span for d in dates]
    triggers = [t for t in triggers if not any(a <= t[0] < b for a, b in spans) and not _idle(text, sent, t, low)
                and not fieldwork(text, sent, t)]
    if "crossed" in sl or "arrived" in sl:
        triggers = by_subject(text, sent, triggers)
    if "operation" in sl:
        triggers = relief_operations(text, sent, triggers)
    usable: list[DateMention] = []
    spoken: list[DateMention] = []
    dropped = _restatements(text, dates)
    for k, d in enumerate(dates):
        if d.relation in _NOT_EVENT_RELATIONS or dateline(text, d) or k in dropped:
            continue
        if d.relation == "until" and not ("had" in sl and _UNTIL_DONE.search(text, sent[0], sent[1])) and (
            len(d.start) < 10 or _DEADLINE.search(text, sent[0], d.span[0])
        ):
            continue  # "by the end of February" is a deadline unless something "had" happened by then
        if d.relation == "since" and _has(low, max(sent[0], d.span[0] - 90), d.span[0], _COMPARED_HINTS) and (
            _COMPARED.search(text, max(sent[0], d.span[0] - 90), d.span[0])
        ):
            continue  # "their biggest advance since 2018" measures, it dates nothing
        if d.relation != "until" and "not" in sl and _denied(text, d.span[0]):
            continue  # "a ceasefire now, not next month"
        if _baseline(text, low, max(sent[0], d.span[0] - 60), d.span[0]):
            continue  # "2 million displaced, up from 1.7 million in September": the baseline's date
        if not_a_time_of_happening(text, sent, d) or quoted_on(text, sent, d):
            continue  # "need aid in 2025", "a peak of 129,000 in mid-February", '..." he told us on Monday'
        (spoken if source_speaks(text, d, sent, low) else usable).append(d)
    # The day a newsmaker spoke is an event when what they said was a warning, a demand, a
    # call, or the news of a ceasefire agreed.
    out: list[tuple[Event, int]] = []
    for d in spoken:
        m = SPOKEN_CEASEFIRE.search(text, d.span[1], sent[1]) if _has(low, d.span[1], sent[1], _TRUCE_HINTS) else None
        kind = "ceasefire"
        if m is None:
            m = STATEMENT_KINDS.search(text, sent[0], sent[1]) if any(h in sl for h in _STATEMENT_HINTS) else None
            kind = "talks"
        if m is None:
            # a head of state or minister speaking makes an official statement, not a report
            fronted = text[sent[0]:d.span[0]].strip() == ""
            lo = max(sent[0], d.span[0] - 90, text.rfind(",", sent[0], d.span[0]) + 1)  # the speaker only
            if _VERB_ONLY.fullmatch(text, lo, d.span[0]):
                # "Turkey, which backs some rebels, said on Monday": the speaker is before the aside
                lo = max(sent[0], d.span[0] - 90)
            if fronted:  # "On Thursday, rebels said ...": the speaker ends at the verb
                verb = _SAID.search(text, d.span[1], min(sent[1], d.span[1] + 90))
                m = LEADER.search(text, d.span[1], verb.start() if verb else min(sent[1], d.span[1] + 90))
            else:
                m = LEADER.search(text, lo, d.span[0])
                if m and _COUNT_REPORTED.match(text, d.span[1], sent[1]):
                    m = None  # "the minister said on Tuesday that 365,000 Syrians had returned": a report
                elif m and _COUNT_BEFORE.search(text, sent[0], m.start()):
                    m = None  # "More than 97,000 people have crossed, the government said on Friday": a report
                elif m and _AID_VOICE.fullmatch(m.group()) and _QUOTE_CLOSED.search(text, max(sent[0], m.start() - 60), m.start()):
                    # '"... lost count," the Humanitarian Coordinator said on Wednesday': the aid chief
                    # whose words the article quotes is its source (a head of state quoted makes news)
                    m = None
            if m:
                # "Turkey's army said on Tuesday it had set up its last observation post": an act of
                # state that the speaker announces as done is dated by the announcement, with its own kind
                act = next((t for t in triggers if t[2] == "other" and t[3] >= 35 and t[0] > d.span[1]
                            and _claimed(text, d, t)), None)
                if act is not None:
                    m, kind = None, "other"
                    span = event_span(text, sent, d, act)
                    out.append((Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                                      resolved_from=d.text, place=event_place(text, place_hits, span, watched)),
                                relative_rank(d)))
        if m:
            trig = (m.start(), m.end(), kind, 40)
            span = event_span(text, sent, d, trig)
            place = event_place(text, place_hits, span, watched) or event_place(text, place_hits, sent, watched)
            out.append((Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                              resolved_from=d.text, place=place), relative_rank(d)))
    if usable and spoken and not out and len(spoken[0].start) == 10 and spoken[0].end is None:
        # "On Thursday, rebels said they had retaken Saraqeb, a town the government captured
        # earlier this month": the claim's day dates the capture claimed, the other date its own
        d = spoken[0]
        nxt = min((u.span[0] for u in usable if u.span[0] > d.span[1]), default=sent[1])
        claim = next((t for t in triggers if t[2] == "capture" and t[3] >= 25
                      and d.span[1] <= t[0] < min(nxt, d.span[1] + 90)), None)
        if claim:
            triggers = [t for t in triggers if t is not claim]
            span = event_span(text, sent, d, claim)
            place = event_place(text, place_hits, span, watched)
            out.append((Event(start=d.start, end=d.end, kind="capture", text=text[span[0]:span[1]], span=span,
                              resolved_from=d.text, place=place), relative_rank(d)))
    if not usable and spoken and not out and len(spoken[-1].start) == 10 and spoken[-1].end is None:
        # "Forces have taken control of Maaret al-Numan, state media reported on Tuesday":
        # the report's day is the only date the happening gets
        usable = spoken[-1:]
        # "RSF said on Sunday they had taken full control of the camp": a side claiming its
        # own capture dates it by the claim
        triggers = [t for t in triggers if t[3] >= 25 and t[2] in ("capture", "attack", "ceasefire", "offensive")
                    and (t[1] <= usable[0].span[0] or (t[2] == "capture" and _claimed(text, usable[0], t)))]
    if not usable:
        return out
    usable.sort(key=lambda d: d.span)
    # Cheapest date-trigger pairs first; each date and each trigger is used once.
    breaks = Breaks(text, sent, low)
    # "despite the ceasefire" is the background, not the happening (but "since fighting erupted
    # ... last April" names the outbreak, a happening with its own date)
    # ... and "uprooted by the offensive since December", "fled air strikes and shelling earlier
    # this month" name the cause of a flight, whose verb the date belongs to
    despite = "despite" in sl or "under" in sl or "since" in sl or "violat" in sl or "breach" in sl
    fled = "fle" in sl or "escap" in sl or "uproot" in sl or "displac" in sl or "driven" in sl or "forced" in sl
    if despite or fled:
        triggers = [
            (ts, te, kind, bonus - 25 if despite and _despite(text, low, max(sent[0], ts - 40), ts)
             and not _dated_outbreak(text, low, te, ts, usable) else
             bonus - 40 if fled and kind in _CAUSE_KINDS and _fled_from(text, low, max(sent[0], ts - 60), ts)
             and not _CAUSE_DATED.match(text, te, sent[1]) else bonus)
            for ts, te, kind, bonus in triggers
        ]
    opening = [text[sent[0]:d.span[0]].strip() == "" for d in usable]
    # a count of the dead or the damaged over a range ("strikes had killed 74 soldiers since
    # Friday", "12 schools damaged by shelling since January") is a toll, not an attack
    counted = any(d.relation in _RANGE_RELATIONS for d in usable) and any(t[2] == "attack" for t in triggers) and (
        _counted(text, low, sent)
    )
    # Pairs cheapest first, each date and trigger used once: a heap of lower bounds (cost before
    # tolls), a pair's tolls counted only when it comes up (same order as sorting exact costs).
    fronted = _fronted_clause_end(text, sent)
    heap: list[tuple[int, int, int, int]] = []
    gaps: dict[tuple[int, int], tuple[int, int, int]] = {}
    for i, d in enumerate(usable):
        # a date that opens a tally ("2,300 attacks since October, including 58 with drones") is
        # the tally's: no other trigger near it takes it
        if any(tally(text, sent, d, t) and pair_near(text, d, t, opening[i])[0] <= _TALLY_REACH for t in triggers):
            continue
        if published is not None and year_to_date(text, sent, d, published):
            continue  # "Since the start of the year, 400,000 people have been displaced" (in May): the year's count
        for j, t in enumerate(triggers):
            if _unpaired(text, d, t, counted, low) or undated_by(text, sent, d, t):
                continue
            near, a, b, skip = pair_near(text, d, t, opening[i])
            if t[1] <= d.span[0] and d.span[0] - t[1] <= 80 and _has(low, t[1], d.span[0], _OWN_DATE_HINTS) and (
                _OWN_DATE.fullmatch(text, t[1], d.span[0])
            ):
                # "The offensive in Idlib, which began in December, has displaced ...", "a ceasefire
                # brokered by Russia and Turkey in March 2020 ended ...": a relative clause or a
                # participle dates the word before it, so its comma, "which" or "and" is no boundary
                heap.append((near, i, j, 1))
                continue
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
                heap.append((near, i, j, 0))
            else:
                heap.append((near, i, j, 1))
    heapify(heap)
    best: dict[int, tuple[int, int, str, int]] = {}
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
        best[i] = triggers[j]
        taken.add(j)
    ends: dict[int, str] = {}
    for i in range(1, len(usable)):
        prev, d = usable[i - 1], usable[i]
        # "the corridor failed on Saturday and again on Sunday": the same happening once more
        if i - 1 in best and _AGAIN.search(text, max(prev.span[1], d.span[0] - 20), d.span[0]):
            best[i] = best[i - 1]
        elif i - 1 in best and (i not in best or _across_comma(text, d, best[i])) and best[i - 1][1] <= prev.span[0] and (
            _LISTED.fullmatch(text, prev.span[1], d.span[0])
        ):
            # "recaptured Maaret al-Numan on January 28 and Saraqeb on February 8", "closed in January
            # 2020 and July 2020": a list of dates shares the verb before it, one happening each (over
            # a word in the next clause: "... on February 8, before rebels backed by artillery ...")
            best[i] = best[i - 1]
        elif i - 1 in best and i in best and best[i][2] == best[i - 1][2] and _next_day(prev, d) and (
            text[prev.span[1]:d.span[0]].strip() == "and"
        ):
            # "On 31 October and 1 November, air strikes hit the camp": one happening over two days
            ends[i - 1] = d.start
            del best[i]
    for i, trig in sorted(best.items()):
        d = _finer(text, usable, best, i, trig)
        if i in ends:
            d = replace(d, end=ends[i])
        if trig[2] == "talks" and d.text.lower() == "today" and not LEADER.search(
            text, max(sent[0], text.rfind(",", sent[0], trig[0]) + 1), trig[0]  # the speaker only
        ):
            continue  # "Save the Children warned today": a release's own voice on its own day
        kind = _refine(text, sent, d, trig, low)
        if "when" in sl:
            kind = when_kind(text, sent, d, trig, kind, triggers)
        if kind == "attack" and _episode(text, d):
            kind = "escalation"
        # what was agreed is the agreement's kind even when it has its own date ("agreed on
        # Wednesday a pause to begin on Friday"); an advance keeps its date apart from a capture's
        kind = _outcome(text, sent, trig, kind, [t for j, t in enumerate(triggers)
                                                 if j not in taken or (kind == "talks" and t[0] > trig[1])], low)
        span = event_span(text, sent, d, trig, breaks)
        place = event_place(text, place_hits, span, watched) or (
            event_place(text, place_hits, sent, watched) if len(best) == 1 else None  # else another's place
        )
        event = Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                      resolved_from=d.text, place=place)
        out.append((event, relative_rank(d)))
    return out


def _unpaired(text: str, d: DateMention, t: tuple[int, int, str, int], counted: bool, low: str) -> bool:
    """Pairs that date nothing: "1,000 killed since April", "51 facilities hit between April and
    August" are tolls over a period, not happenings; "aid workers have warned since March" is a
    warning repeated over a period, no dated statement (see also _endpoint, _measured_from, and
    tallies.undated_by for "re-emerged in late 2021 and has since taken control")."""
    kind = t[2]
    if t[1] <= d.span[0] and "since" in low[max(0, t[0] - 50):t[0]] and _SINCE_ONSET.search(text, max(0, t[0] - 50), t[0]) and (
        "," in text[t[1]:d.span[0]] or HARD_BREAK.search(text, t[1], d.span[0])
    ):
        return True  # "displaced since the beginning of the escalation; some 30,000 in the past four days"
    if d.span[1] <= t[0] and _has(low, max(d.span[1], t[0] - 40), t[0], _ANCHOR_HINTS) and (
        _ANCHORED_BEFORE.search(text, max(d.span[1], t[0] - 40), t[0])
    ):
        return True  # "on Monday, days before the assault": the assault is the anchor, not Monday's happening
    if kind == "attack" and t[1] <= d.span[0] and "toll" in low[max(0, t[0] - 40):t[0]] and _TOLL_VERB.search(text, t[1], d.span[0]) and (
        _TOLL_FROM.search(text, max(0, t[0] - 40), t[0])
    ):
        return True  # "the death toll from a chemical attack ... rose to 72 on Wednesday": the toll's day
    if kind == "attack" and (_toll_period(text, t, d) or (counted and d.relation in _RANGE_RELATIONS
                                                          and not _episode(text, d))):
        return True
    if _endpoint(text, d, t) or _measured_from(text, d, t):
        return True
    if kind == "other" and d.relation in _RANGE_RELATIONS and _ARREST.fullmatch(text, t[0], t[1]):
        return True  # "thousands detained since 2011": arrests counted
    return kind == "talks" and d.relation == "since" and bool(_STATEMENT_VERB.match(text, t[0]))


def _violent_when(text: str, d: DateMention, triggers: list[tuple[int, int, str, int]]) -> bool:
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


def _across_comma(text: str, d: DateMention, trig: tuple[int, int, str, int]) -> bool:
    """Whether a trigger lies after the date, past a comma."""
    return trig[0] >= d.span[1] and "," in text[d.span[1]:trig[0]]


def _next_day(a: DateMention, b: DateMention) -> bool:
    """Whether `b` names the day after `a` (both single days)."""
    if a.end or b.end or len(a.start) != 10 or len(b.start) != 10:
        return False
    try:
        return (date.fromisoformat(b.start) - date.fromisoformat(a.start)).days == 1
    except ValueError:
        return False


def _finer(text: str, usable: list[DateMention], best: dict[int, tuple[int, int, str, int]], i: int,
           trig: tuple[int, int, str, int]) -> DateMention:
    """A finer date of the same clause that lies inside the one paired: "collapsed last year,
    when the regime launched an offensive ... in April" is April."""
    d = usable[i]
    for k, other in enumerate(usable):
        if k in best or len(other.start) <= len(d.start) or not other.start.startswith(d.start):
            continue
        lo, hi = (trig[1], other.span[0]) if other.span[0] >= trig[1] else (other.span[1], trig[0])
        if hi - lo <= 60 and not HARD_BREAK.search(text, lo, hi) and "," not in text[lo:hi]:
            return other
    return d


def _toll_period(text: str, t: tuple[int, int, str, int], d: DateMention) -> bool:
    """A casualty word ("killed", 10) over a period, or a bare "hit" over a range, counts a toll;
    "killed last week" or "this week" names one happening in a calendar week, "killed over the
    past week" or "in the last ten days" a rolling toll (and "died" alone names no attack)."""
    bonus = t[3]
    if _episode(text, d):
        return False  # "fighting between April 24 and 27": an episode of a few days, not a running toll
    if bonus < 10:
        return d.relation in _RANGE_RELATIONS
    if bonus > 10 or d.relation not in _PERIOD_RELATIONS:
        return False
    return d.relation != "during" or bool(_ROLLING.search(d.text)) or not text.startswith("kill", t[0])


def _denied(text: str, start: int) -> bool:
    """Whether "not" stands right before a date ("a truce now, not next month")."""
    before = text[max(0, start - 6):start].rstrip()
    return before[-3:].lower() == "not" and (len(before) < 4 or not before[-4].isalnum())


def _claimed(text: str, d: DateMention, t: tuple[int, int, str, int]) -> bool:
    """A capture right in what was said on that day ("said on Sunday they had taken full control
    of the camp"), not in an aside after it ("..., a term it uses for fighters captured")."""
    lo = d.span[1]
    for verb in _SAID.finditer(text, lo, t[0]):  # "On Monday, state media said ...": from the verb on
        lo = verb.end()
    return t[0] - d.span[1] <= 90 and "," not in text[lo:t[0]] and not HARD_BREAK.search(text, lo, t[0])


def _restatements(text: str, dates: list[DateMention]) -> set[int]:
    """The dates that only restate their neighbour, of each pair the one less well named
    ("Four days later, on 13 February" keeps the 13th)."""
    out: set[int] = set()
    for k in range(1, len(dates)):
        prev, d = dates[k - 1], dates[k]
        if _restated(text, prev, d):
            same_day = d.start == prev.start and "(" not in text[prev.span[1]:d.span[0]]
            out.add(k - 1 if same_day and relative_rank(d) <= relative_rank(prev) else k)
    return out


def _restated(text: str, prev: DateMention, d: DateMention) -> bool:
    """ "At midnight on Jan. 12 (2200 GMT on Saturday)": the same moment in another clock; "on
    Monday evening, 22 May": the same day named twice."""
    if d.start == prev.start and text[prev.span[1]:d.span[0]].strip() in (",", ""):
        return True
    opening = text.rfind("(", prev.span[1], d.span[0])
    return opening >= 0 and text[prev.span[1]:opening].strip() == "" and ")" not in text[opening:d.span[0]]


def _measured_from(text: str, d: DateMention, t: tuple[int, int, str, int]) -> bool:
    """ "A month later, the earthquake has added a new layer of loss": a time counted from a
    happening already told (the definite "the earthquake") does not date it again."""
    return d.text[-5:].lower() == "later" and text[max(0, t[0] - 4):t[0]].lower() == "the "


def _endpoint(text: str, d: DateMention, t: tuple[int, int, str, int]) -> bool:
    """ "Between December and the ceasefire": the happening closes the period, the date opens it."""
    return d.relation in ("between", "since") and t[0] >= d.span[1] and bool(_AND_THE.fullmatch(text, d.span[1], t[0]))


def _idle(text: str, sent: Span, trig: tuple[int, int, str, int], low: str) -> bool:
    """A trigger word that here names no happening of its kind (see _NEED_BEFORE), or only one
    feared ("warned that an outbreak could be devastating")."""
    ts, te, kind, _bonus = trig
    if kind in ("attack", "other") and _absent(text, low, max(sent[0], ts - 25), ts):
        return True  # "a truce took hold, with no air strikes reported", "the risk of shelling", "no case"
    if kind == "attack" and _has(low, te, min(sent[1], te + 60), _CHANGE_HINTS) and _MEASURED_CHANGE.match(text, te, min(sent[1], te + 60)):
        return True  # "air strikes falling by about 70 percent since March": a measure, no attack
    if kind == "escalation" and low.startswith(("deteriorat", "worsen"), ts) and "situation" in low[max(sent[0], ts - 30):te + 15]:
        return True  # "the situation has deteriorated since then": a vague state, no dated happening
    if kind in ("offensive", "attack") and _has(low, max(sent[0], ts - 40), ts, _AWAITED_HINTS) and (
        _AWAITED_BEFORE.search(text, max(sent[0], ts - 40), ts)
    ):
        return True  # "rebels had been preparing for an assault", "an imminent offensive": not (yet) a happening
    if kind == "displacement" and _has(low, max(sent[0], ts - 25), ts, _TRIED_HINTS) and _TRIED_BEFORE.search(text, max(sent[0], ts - 25), ts):
        return True  # "civilians attempting to flee": killed on the way, no flight dated
    if kind in ("ceasefire", "offensive", "escalation") and _absent(text, low, max(sent[0], ts - 30), ts):
        return True  # "talks were adjourned in June without a lasting ceasefire"
    if kind != "talks":
        after = text[te:min(sent[1], te + 50)]
        if ("ould" in after or "ight" in after or "may" in after) and _MODAL_AFTER.match(
            text, te, min(sent[1], te + 50)
        ) and _WARNED_THAT.search(text, max(sent[0], ts - 70), ts):
            return True
    if kind == "humanitarian":
        if text[ts:te].lower() in ("closed", "shut", "sealed"):
            # a bare participle dates a crossing closed ("the others were closed in January 2020") only
            # in the passive and where the sentence speaks of crossings ("schools were closed" is no relief)
            return not (_PASSIVE.search(text, max(sent[0], ts - 12), ts) and _CROSSING.search(text, sent[0], sent[1]))
        if _MANDATE_STEP.fullmatch(text, ts, te):
            # (the mandate may be named in the sentence before: "... four crossings. The number was cut to one in 2020")
            return not _MANDATE.search(text, max(0, sent[0] - 160), sent[1])
        return bool(_NEED_BEFORE.search(text, max(sent[0], ts - 40), ts))
    if kind == "talks" and text.startswith("by", ts) and _TOLD_BEFORE.search(text, max(sent[0], ts - 50), ts):
        return True  # "he told the agency by phone on Monday", "interviewed 12 witnesses by phone": a source's interview
    if kind == "talks" and _PRESENT_VOICE.fullmatch(text, ts, te):
        return True  # "the Education Cluster warns that ...": the report's own voice, undated
    if kind == "escalation" and te - ts <= 9 and _INTENSITY.fullmatch(text, ts, te):
        # "heavy fighting was reported on Sunday" (but "fierce clashes on Monday killed 20 fighters"
        # tells the deadly clash, an attack)
        return bool(_TOLL_AFTER.search(text, te, min(sent[1], te + 80)))
    if kind == "talks" and text[ts:ts + 6].lower() == "welcom" and _HOSTED.match(text, te, sent[1]):
        return True  # "Turkey has welcomed 3.6 million refugees": hosting people, no statement
    if kind == "talks" and text[ts:ts + 5].lower() == "trave":
        # a leader's trip is a visit ("the foreign minister is expected to travel to Damascus on
        # Sunday"); families travelling to the border are on the move, not in talks
        return not LEADER.search(text, max(sent[0], ts - 80), ts)
    if kind == "ceasefire" and text[ts:ts + 1] in "tTcCwW" and _TRUCE_VERB.fullmatch(text, ts, te):
        return not _TRUCE_WORD.search(text, sent[0], ts)  # "the sanctions took effect": no truce
    if kind == "capture" and low.endswith("entering", ts, te):
        return not _TIME_PREPOSITION.search(text, max(sent[0], ts - 8), ts)  # "after entering the town"
    if kind == "capture" and text.startswith("fell", ts):
        if te - ts == 4 and not text.startswith("fell to", ts):
            # "Chinshwehaw, which fell on Oct. 29", "Aleppo fell in December 2016" (not "shells fell on")
            lo = max(sent[0], ts - 25)
            return not _FELL_SUBJECT.search(text, lo, ts) or bool(_NOT_A_TOWN.search(text, lo, ts))
        return bool(_A_LEVEL.match(text, te))  # "the pound fell to a record low", "to minus 6 degrees"
    if kind == "attack" and text[ts:te].lower() in ("damaged", "destroyed"):
        # "were damaged on Sunday" (a count that "had been damaged" by a date is a tally, "damaged homes"
        # a state, and "damaged in an air strike" leaves the date to the strike)
        return not _SIMPLE_PASSIVE.search(text, max(sent[0], ts - 12), ts) or bool(_BY_WEAPON.match(text, te, sent[1]))
    if kind == "escalation" and low.startswith(("escalating", "escalation", "intensifying"), ts, te):
        return bool(_CAUSE_BEFORE.search(text, max(sent[0], ts - 30), ts))
    if kind == "displacement" and low.startswith("displaced", ts) and _DISPLACED_STATE.search(text, max(sent[0], ts - 30), ts):
        return True  # "more than 4 million are internally displaced": people counted where they are, no flight
    if kind == "offensive" and "operation" in low[ts:te]:
        return bool(_HALTED_BEFORE.search(text, max(sent[0], ts - 30), ts))
    # "a ceasefire ... ended a government offensive": the offensive's end, dated by the truce
    return kind in ("offensive", "escalation") and _has(low, max(sent[0], ts - 30), ts, _ENDED_HINTS) and bool(
        _ENDED_BEFORE.search(text, max(sent[0], ts - 30), ts)
    )


def _refine(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int], low: str) -> str:
    """A ceasefire or offensive that someone calls for, dated by the call, is a statement:
    "Turkey this week pressed for a fresh ceasefire" (but "called for a truce to start on Sunday").
    A deal to open crossings or let aid in, with no truce in the sentence, is a relief operation
    (humanitarian): "the government's agreement on 13 May to open two more crossings"."""
    ts, te, kind, _bonus = trig
    if kind == "ceasefire" and _DEAL.search(text, ts, te) and not _NAMED_TRUCE.search(text, ts, te) and _AID_ACCESS.search(text, sent[0], sent[1]) and not (
        _TRUCE_ONLY.search(text, sent[0], sent[1])
    ):
        return "humanitarian"
    if kind == "talks" and _AGREE.match(text, ts, te) and _AID_LET_IN.search(text, te, min(sent[1], te + 80)) and not (
        _TRUCE_ONLY.search(text, sent[0], sent[1])
    ):
        return "humanitarian"
    if kind == "talks" and d.span[1] <= ts and _DEAL.fullmatch(text, ts, te) and text[d.span[1]:ts].strip() in ("", "'s", "’s"):
        return "ceasefire"  # a deal named by its date, "the March agreement": the belligerents' truce
    if kind in ("ceasefire", "offensive", "humanitarian") and d.span[1] <= ts:
        m = _REQUEST.search(text, max(d.span[1], ts - 50), ts) if _has(low, max(d.span[1], ts - 50), ts, _REQUEST_HINTS) else None
        if m:
            return "talks"
    if kind in ("ceasefire", "humanitarian") and d.span[0] >= te and d.relation in ("on", "in", "during") and (
        _REQUEST.search(text, max(sent[0], ts - 50), ts) and not _STARTS.search(text, te, d.span[0])
    ):
        return "talks"  # "the EU urged a ceasefire on Monday": the call's day (not "a truce to start on Sunday")
    if kind == "ceasefire" and _STRAINED.match(text, te, sent[1]):
        return "escalation"  # "That truce was strained last year, when ... stepped up bombardment"
    if kind == "escalation" and d.relation == "since" and _HAD_HELD.fullmatch(text, te, d.span[0]):
        return "ceasefire"  # "breaking an informal ceasefire that had held since November": the truce's start
    if kind != "talks" and _REACTION.search(text, max(sent[0], ts - 60), ts) and not (
        d.span[0] >= te and _OWN_VERB.search(text, te, d.span[0])
    ):
        # "welcomed the truce on Thursday": the reaction is dated, not the truce (but "welcomes
        # the ceasefire agreed today" dates the ceasefire by its own verb)
        return "talks"
    return kind


_DEAL = re.compile(r"(?i:agreement|deal|accord)")
_AGREE = re.compile(r"(?i:agreed|agreement|deal|accord)\b")
# what an agreement lets in: aid, or crossings and corridors for it (not "a security corridor")
_AID_LET_IN = re.compile(
    r"(?i:\b(?:crossings?|(?:humanitarian|aid|evacuation)\s+corridors?|aid|relief|deliver\w*|convoys?|humanitarian\s+access)\b)"
    # ... or a crossing by its name: "agreement on 13 May to open Bab al-Nour and Tel Sharq"
    r"|\bto\s+(?:re-?)?open\s+Bab\b"
)
_STARTS = re.compile(
    r"(?i:\b(?:start|begin|take\s+effect|come\s+into|go\s+into|from|starting|beginning|that|which|agreed|reached"
    r"|announced|declared|brokered|signed|struck|adopted|proposed|launched)\b)"
)
# a comparison's baseline figure, dated: "up from about 1.7 million in September", "compared with 300 in May"
_BASELINE = re.compile(
    r"(?i:\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand|percent|per\s+cent|%))?\s+(?:[\w-]+\s+){0,2}?$"
    r"|\bcompared\s+(?:with|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?\d[\d,.]*(?:\s+million)?\s+(?:[\w-]+\s+){0,2}?$)"
)
_FRONTED = re.compile(r"\s*(?:Since|After|When|Before|Until|Once|As\s+soon\s+as)\s")
_FRONTED_TOLL = 40
_TALLY_REACH = 60
_WHEN_TOLL = 40
_OWN_DATE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,2}?(?:had\s+|has\s+)?(?:began|begun|started|erupted"
    r"|broke\s+out|was\s+launched|were\s+launched|launched)\s+(?:in\s+|on\s+|at\s+)?"
    r"|\s+(?:brokered|agreed|signed|reached|declared|announced|struck|mediated|launched)\s+"
    r"(?:(?:by|between)\s+(?:[\w'’.-]+\s+){1,6}?)?(?:in\s+|on\s+|at\s+)?"
)
_OWN_PARTICIPLE = re.compile(r"\s+(?:brokered|agreed|signed|reached|declared|announced|struck|mediated)\b")
_BEGAN = re.compile(r"\b(?:erupted|broke\s+out|broken\s+out|began|started)\b")
_CROSSING = re.compile(r"(?i:\b(?:crossings?|corridors?)\b)")
_TOLD_BEFORE = re.compile(r"(?i:\b(?:told|tells|said|says|spoke\s+to|speaking\s+to|interview(?:ed|s|ing)?)\b[^.;:]{0,45}$)")
# a bare verb of an aid mandate's history, and the words that show the sentence tells one
_MANDATE_STEP = re.compile(r"(?i:granted|authori[sz]ed|renewed|adopted|expired|lapsed|voted|extended|cut)")
_MANDATE = re.compile(
    r"(?i:\b(?:authori[sz]ations?|mandates?|permission|consent|cross-?border\s+(?:system|mechanism|aid|operations?|deliveries|assistance)"
    r"|resolutions?|(?:Security\s+)?Council|crossings?)\b)"
)
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:people|civilians|children|families|refugees|residents|soldiers|fighters|trucks)\b")
# the UN's aid officials: statements when they announce, sources when the article quotes them
_AID_VOICE = re.compile(r"(?:[Rr]elief|[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator")
_QUOTE_CLOSED = re.compile(r"[,.!?][\"”’']\s+(?:[\w'’.-]+\s+){0,6}$")
_PASSIVE = re.compile(r"(?i:\b(?:was|were|been|being)\s+$)")
_HOSTED = re.compile(
    r"(?i:\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d"
    r"|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:refugees|migrants|people|families|children|displaced|arrivals|newcomers|evacuees)\b)"
)
_INTENSITY = re.compile(r"(?i:heavy|fierce|intense|heavier|fiercer|violent|ferocious)")
_TOLL_AFTER = re.compile(r"(?i:\b(?:killed|killing|left\s+(?:at\s+least\s+)?\d|dead|wounded|injured)\b)")
_SIMPLE_PASSIVE = re.compile(r"(?i:\b(?:was|were)\s+$)")
_BY_WEAPON = re.compile(
    r"(?i:\s+(?:in|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:air\s?-?strikes?|airstrikes?|strikes?|shell(?:s|ing)|bomb(?:s|ing|ings)?"
    r"|rockets?|missiles?|drones?|attacks?|artillery|explosions?|blasts?|raids?|bombardment)\b)"
)
# arrests counted over a stretch: "thousands detained since 2011"
_ARREST = re.compile(r"(?i:arrested|detained)")
# what falls and is no town: "shells fell on the market", "prices fell last month"
_FELL_SUBJECT = re.compile(r"\b(?:[Ww]hich|[Tt]hat)\s+$|\b[A-Z][\w'’-]+\s+$")
_NOT_A_TOWN = re.compile(
    r"(?i:\b(?:shells?|rockets?|missiles?|bombs?|mortars?|rounds|munitions|projectiles|debris|rain|snow|temperatures?"
    r"|prices?|currency|pound|lira|rial)\s+$)"
)
_STRAINED = re.compile(
    r"(?i:\s*(?:was|were|has\s+been|had\s+been|came\s+under|appeared)\s+(?:\w+\s+)?"
    r"(?:strained|tested|shaken|frayed|fraying|strain|pressure|violated|breached|undermined|unravell?ing|unravell?ed))\b"
)
_HAD_HELD = re.compile(r"(?i:\s*,?\s*(?:that|which)\s+(?:had|has)\s+(?:largely\s+|mostly\s+|broadly\s+)?held\s+)")
_OWN_VERB = re.compile(r"(?i:\b(?:agreed|reached|signed|brokered|announced|declared|launched|began|started|that|which)\b)")
# a reaction or a word on the trigger: "expressed deep concern over the escalation", "welcomed the
# truce", "warned of an escalation", "discussed the ceasefire", "briefed the council on the offensive"
_REACTION = re.compile(
    r"(?i:\b(?:welcom(?:ed|es|ing)|(?:expressed|voiced)\s+(?:[\w-]+\s+){0,2}?(?:concern|alarm|regret|outrage|dismay|shock)"
    r"|hailed|praised|deplored|denounced|critici[sz]ed|condemn(?:ed|s|ing)|discuss(?:ed|es|ing)|brief(?:ed|s|ing)"
    r"|warn(?:ed|s|ing)\s+(?:of|about|against))\s+(?:(?:over|about|at|by|with)\s+)?"
    # (the object itself, not a relative clause: "condemned the strike that killed 12 on Tuesday" dates the strike)
    r"(?:(?!(?:that|which|who|whose|when)\b)[\w'’-]+\s+){0,4}?$)"
)
_AID_ACCESS = re.compile(r"(?i:\b(?:crossings?|corridors?|aid|deliveries|convoys?|humanitarian\s+access)\b)")
_TRUCE_ONLY = re.compile(r"(?i:\b(?:cease-?\s?fires?|truces?|cessation|armistice|hostilities|de-?escalation|halt\s+(?:to\s+)?(?:the\s+)?fighting)\b)")
_TIME_PREPOSITION = re.compile(r"(?i:\b(?:after|since|before|upon|on)\s+$)")
_NAMED_TRUCE = re.compile(r"(?i:escalation|zone|Sochi|Astana|Moscow|Idlib|ceasefire|truce)")
# between two dates of one list: "and", "and Saraqeb", "and Qalaat al-Madiq", "and the town of Binnish",
# "and the southern province of Daraa", "and to one" (the words of a noun phrase, but no verb:
# "and the army shelled the town" starts a happening of its own)
_LISTED = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:(?!(?:[\w'’-]*ed|is|are|was|were|has|have|had|will|would|says?|took|fell|hit|began)\b)"
    r"[\w'’-]+\s+){0,6}?"
)
_AGAIN = re.compile(r"(?i:\b(?:and|but|or)\s+(?:then\s+)?again\s+$)")
_CAUSE_KINDS = frozenset(("attack", "offensive", "escalation"))
_FLED_FROM = re.compile(
    r"(?i:\b(?:fled|flee(?:ing|s)?|escap(?:ed|ing)|uprooted|displaced|driven\s+out|forced\s+from\s+(?:their\s+)?homes)"
    r"\s+(?:(?:by|from)\s+)?(?:(?!(?:before|after|during|as|when|since|until|in|on|at|to|into|towards?|across)\b)[\w'’-]+,?\s+){0,4}?$)"
)
# "fled the offensive that began in December": the date is the cause's own
_CAUSE_DATED = re.compile(r"(?i:\s*,?\s*(?:that|which)\s+(?:had\s+|has\s+)?(?:began|begun|started|erupted|was\s+launched|launched|intensified))")
_STATEMENT_VERB = re.compile(r"(?i:warn|urg|call|condemn|demand|appeal|press|accus|blam|pledg|vow|threat)")
_FIGHTING = re.compile(r"(?i:\b(?:fighting|clashes|battles?|hostilities)\b)")


def _episode(text: str, d: DateMention) -> bool:
    """ "Fighting in the town between April 24 and 27 killed 280 people": a few days of fighting
    named as one episode are an escalation, neither a single attack nor a running toll."""
    if d.relation != "between" or not d.end or len(d.start) != 10 or len(d.end) != 10:
        return False
    try:
        days = (date.fromisoformat(d.end) - date.fromisoformat(d.start)).days
    except ValueError:
        return False
    return 0 < days <= 7 and bool(_FIGHTING.search(text, max(0, d.span[0] - 60), d.span[0]))
_WEAK = {"talks": 20, "offensive": 20}
_AGREED = re.compile(r"(?i:agreed|reached|signed|concluded|struck|brokered)\b")
_MODAL_BEFORE = re.compile(r"(?i:\b(?:could|would|might|may|will|threaten(?:ed|s)?\s+to)\s+(?:\w+\s+)?)$")


def _outcome(text: str, sent: Span, trig: tuple[int, int, str, int], kind: str,
             triggers: list[tuple[int, int, str, int]], low: str) -> str:
    """A generic verb yields to the specific thing in its clause: an agreement "signed" or
    "announced" is a ceasefire; forces that "advanced ... and took" villages made a capture."""
    if _modal_before(text, low, max(sent[0], trig[0] - 25), trig[0]):
        return kind  # "could veto" is a threat, said; "vetoed" is the resolution's fate
    # "met in Moscow and agreed an additional protocol": a meeting that ends in a deal
    strong = trig[3] > _WEAK.get(kind, -1)
    if strong and kind != "talks":
        return kind
    wants = ("ceasefire", "humanitarian") if kind == "talks" else ("capture",)
    for ts, te, k, _bonus in triggers:
        if k not in wants or abs(ts - trig[0]) > 70 or (strong and not (ts > trig[1] and _AGREED.match(text, ts))):
            continue
        want = k
        lo, hi = (trig[1], ts) if ts >= trig[1] else (te, trig[0])
        if not HARD_BREAK.search(text, lo, hi) and not (want == "ceasefire" and _has(low, max(sent[0], ts - 50), ts, _REQUEST_HINTS)
                                                        and _REQUEST.search(text, max(sent[0], ts - 50), ts)):
            return want
    return kind




# Guards: each costly pattern below needs one of a few words; a substring test on the lowered
# window rules most windows out before the pattern runs (same answers, a fraction of the time).

def _despite(text: str, low: str, a: int, b: int) -> bool:
    w = low[a:b]
    return ("despite" in w or "under" in w or "since" in w or "violat" in w or "breach" in w) and bool(
        _DESPITE.search(text, a, b)
    )


def _fled_from(text: str, low: str, a: int, b: int) -> bool:
    w = low[a:b]
    return ("fle" in w or "escap" in w or "uproot" in w or "displac" in w or "driven" in w or "forced" in w) and bool(
        _FLED_FROM.search(text, a, b)
    )


def _absent(text: str, low: str, a: int, b: int) -> bool:
    w = low[a:b]
    return ("no" in w or "without" in w or "risk" in w or "fear" in w or "threat" in w or "danger" in w) and bool(
        _ABSENT_BEFORE.search(text, a, b)
    )


def _modal_before(text: str, low: str, a: int, b: int) -> bool:
    w = low[a:b]
    return ("ould" in w or "might" in w or "may" in w or "will" in w or "threaten" in w) and bool(
        _MODAL_BEFORE.search(text, a, b)
    )


def _baseline(text: str, low: str, a: int, b: int) -> bool:
    w = low[a:b]
    return (" from " in w or "compared" in w) and bool(_BASELINE.search(text, a, b))


def _counted(text: str, low: str, sent: Span) -> bool:
    w = low[sent[0]:sent[1]]
    return ("kill" in w or "injur" in w or "wound" in w or "damag" in w or "destroy" in w or "hit" in w
            or "affected" in w or "attacked" in w or "deaths" in w) and bool(
        _COUNTED.search(text, sent[0], sent[1])
    )


def _has(low: str, a: int, b: int, hints: tuple[str, ...]) -> bool:
    """Whether low[a:b] holds one of the words a pattern cannot match without."""
    w = low[a:b]
    return any(h in w for h in hints)


_COMPARED_HINTS = ("est", "worst", "most", "first")
_TRUCE_HINTS = ("cease", "truce", "cessation", "halt", "stop")
_STATEMENT_HINTS = ("warn", "threaten", "vow", "urg", "call", "demand", "condemn", "pledg", "ultimatum", "deadline")
_REQUEST_HINTS = ("call", "urg", "fail", "progress", "press", "push", "demand", "appeal", "sought", "seek", "negotiat", "talks", "propos",
                  "discuss", "brief", "report", "debate", "vote")
_OWN_DATE_HINTS = ("which", "that", "brokered", "agreed", "signed", "reached", "declared", "announced", "struck", "mediated",
                   "launched")
_ANCHOR_HINTS = ("before", "after", "ahead", "into")
_CHANGE_HINTS = ("fell", "fall", "drop", "declin", "decreas", "rose", "rising", "risen", "increas")
_AWAITED_HINTS = ("prepar", "brac", "ready", "gearing", "girding", "possible", "imminent", "looming", "feared", "expected",
                  "threatened", "anticipated", "awaited")
_TRIED_HINTS = ("attempt", "trying", "tried", "seek", "sought", "want", "unable", "hoping")
_ENDED_HINTS = ("ended", "halted", "stopped", "froze", "paused")
