"""One sentence's events: its dates sorted, its triggers filtered, then paired cheapest first.

The steps live in their own modules: `idle_triggers` (trigger words that name no happening
here), `event_dates` (which dates can date a happening), `spoken_dates` (the days a newsmaker
spoke), `pairing` (which trigger each date claims), `listed_dates` (dates told in a row after one
verb), `kind_choice` (the kind the clause gives a paired trigger).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import Breaks, Span, Trigger, event_span
from idlibmon.extract.events.closures import by_what_closed
from idlibmon.extract.events.dedupe import relative_rank
from idlibmon.extract.events.event_dates import usable_dates
from idlibmon.extract.events.idle_triggers import idle
from idlibmon.extract.events.kind_choice import campaign_begun_with, episode, outcome_kind, refined_kind
from idlibmon.extract.events.listed_dates import finer, share_listed
from idlibmon.extract.events.movement import by_subject
from idlibmon.extract.events.pairing import pair, weaken_background
from idlibmon.extract.events.place import event_place
from idlibmon.extract.events.relief import relief_operations
from idlibmon.extract.events.speech import LEADER
from idlibmon.extract.events.spoken_dates import claimed, statement_events
from idlibmon.extract.events.tallies import fieldwork
from idlibmon.extract.events.when_clause import when_kind
from idlibmon.extract.text import ascii_lower, holds_any
from idlibmon.models import Event

# the talks words that name a gathering, not a voice
# (a round that takes place is one too: "A second round is expected to take place today")
_GATHERING = re.compile(r"(?i:meeting|meets|meet|met|summit|conference|session|talks|negotiations?|consultations|round)\b")


# a quotation that opens the sentence and closes before its speaker: '"...," the minister said'
_OPENING_QUOTE = re.compile(r"[\s(]*[\"“]")
_CLOSING_QUOTE = re.compile(r"[,.!?…][\"”]")


def _quote_closed_before(text: str, sent: Span, d: DateMention) -> int:
    """Where a quotation that opens the sentence closes, when it closes before `d` (else the
    sentence's start): what the speaker is quoted saying is no happening of the day they spoke."""
    if not _OPENING_QUOTE.match(text, sent[0]):
        return sent[0]
    ends = [m.end() for m in _CLOSING_QUOTE.finditer(text, sent[0], d.span[0])]
    return ends[-1] if ends else sent[0]


def sentence_events(text: str, sent: Span, dates: list[DateMention], triggers: list[Trigger],
                     place_hits: list[tuple[Span, str]], watched: Collection[str],
                     low: str | None = None, published: date | None = None,
                     entries: frozenset[Span] = frozenset()) -> list[tuple[Event, int]]:
    """`low` is `ascii_lower(text)`: cheap substring tests on it rule out most costly patterns
    (each test looks for a word the pattern cannot match without); `published` tells a count
    since the start of the year from a wave that began in January; `entries` are the spans of a
    timeline's entry dates (`timeline.timeline_entries`)."""
    if low is None:
        low = ascii_lower(text)
    sl = low[sent[0]:sent[1]]  # the sentence lowered: what its guards look for, once
    # which dates can date a happening, and which a source's speaking (the triggers play no part):
    # with neither, the sentence has no event, and its triggers need no filtering
    usable, spoken = usable_dates(text, sent, dates, low, sl, entries)
    if not usable and not spoken:
        return []
    spans = [d.span for d in dates]
    if "closed" in sl or "shut" in sl or "sealed" in sl:
        triggers = by_what_closed(text, sent, triggers)  # before `idle`, which judges relief closures only
    triggers = [t for t in triggers if not _in_a_date(t[0], spans) and not idle(text, sent, t, low)
                and not (t[2] == "talks" and fieldwork(text, sent, t))]  # (fieldwork judges talks only)
    if "crossed" in sl or "arrived" in sl or "entered" in sl or "fled" in sl or "escaped" in sl or "streamed" in sl:
        triggers = by_subject(text, sent, triggers)
    if "operation" in sl:
        triggers = relief_operations(text, sent, triggers)
    # The day a newsmaker spoke is an event when what they said was a warning, a demand, a
    # call, or the news of a ceasefire agreed.
    out = statement_events(text, sent, spoken, triggers, place_hits, watched, low, sl)
    if usable and spoken and not out and len(spoken[0].start) == 10 and spoken[0].end is None:
        # "On Thursday, rebels said they had retaken Saraqeb, a town the government captured
        # earlier this month": the claim's day dates the capture claimed, the other date its own
        d = spoken[0]
        nxt = min((u.span[0] for u in usable if u.span[0] > d.span[1]), default=sent[1])
        claim = next((t for t in triggers if t[2] == "capture" and t[3] >= 25
                      and d.span[1] <= t[0] < (d.span[1] + 90 if d.span[1] + 90 < nxt else nxt)), None)
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
        # own capture dates it by the claim (a side telling its own civil act, "WFP said on Tuesday that it
        # had suspended assistance", is spoken_dates._own_civil_act's)
        # (not words the speaker is quoted in: '"A single strike could cost thousands of lives," the
        # coordinator said on Sunday' reports no strike)
        quoted_to = _quote_closed_before(text, sent, usable[0])
        triggers = [t for t in triggers if t[3] >= 25 and t[0] >= quoted_to and (
            t[2] in ("capture", "attack", "ceasefire", "offensive")
            and (t[1] <= usable[0].span[0] or (t[2] == "capture" and claimed(text, usable[0], t))))]
    if not usable:
        return out
    usable.sort(key=lambda d: d.span)
    breaks = Breaks(text, sent, low)
    triggers = weaken_background(text, sent, triggers, usable, low, sl)
    # Cheapest date-trigger pairs first; each date and each trigger is used once.
    best, taken = pair(text, sent, usable, triggers, breaks, low, published)
    ends = share_listed(text, usable, best)
    for i, trig in sorted(best.items()):
        d = finer(text, usable, best, i, trig)
        if i in ends:
            d = replace(d, end=ends[i])
        if trig[2] == "talks" and d.text.lower() == "today" and not _GATHERING.search(text, trig[0], trig[1]) and not any(
            t[2] == "talks" and t[1] <= trig[0] and _GATHERING.search(text, t[0], t[1]) for t in triggers  # "a summit ... today to discuss"
        ) and not LEADER.search(
            text, max(sent[0], text.rfind(",", sent[0], trig[0]) + 1), trig[0]  # the speaker only
        ):
            # "Save the Children warned today": a release's own voice on its own day (a meeting
            # held today is news: "Today, the General Assembly is meeting in emergency session")
            continue
        kind = refined_kind(text, sent, d, trig, low)
        if "when" in sl:
            kind = when_kind(text, sent, d, trig, kind, triggers)
        if kind == "attack" and text.startswith(" with", d.span[1]):
            kind = campaign_begun_with(text, sent, d, trig, kind, triggers)
        if kind == "attack" and (episode(text, d) or d.text[:6].lower() == "within"):
            # (strikes "within hours" of the news before are a side's answer to it: the war
            # stepping up, "Within hours, government forces began heavy shelling of ...")
            kind = "escalation"
        # what was agreed is the agreement's kind even when it has its own date ("agreed on
        # Wednesday a pause to begin on Friday"); an advance keeps its date apart from a capture's
        kind = outcome_kind(text, sent, trig, kind, [t for j, t in enumerate(triggers)
                                                     if j not in taken or (kind == "talks" and t[0] > trig[1])], low)
        if kind == "ceasefire" and trig[1] <= d.span[0] and holds_any(sl, _BREAKDOWN_HINTS) and _BROKE_DOWN.search(
                text, trig[1] if trig[1] > d.span[0] - 50 else d.span[0] - 50, d.span[0]):
            continue  # "took effect on 4 August but broke down in the autumn": the breakdown's date is no truce
        span = event_span(text, sent, d, trig, breaks)
        place = event_place(text, place_hits, span, watched) or (
            event_place(text, place_hits, sent, watched) if len(best) == 1 else None  # else another's place
        )
        event = Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                      resolved_from=d.text, place=place)
        out.append((event, relative_rank(d)))
    return out


# A truce's breakdown right before a date: that date tells when it failed, not a truce ("A ceasefire
# brokered by Angola took effect on 4 August but repeatedly broke down in the autumn", "Talks for a
# second truce broke down repeatedly through 2024"); what broke it, when told, is its own event.
_BREAKDOWN_HINTS = ("broke", "collaps", "unravel", "apart", "crumbl")
_BROKE_DOWN = re.compile(
    r"(?i:\b(?:broke\s+down|collapsed|unravell?ed|fell\s+apart|crumbled)\s+(?:(?:again|repeatedly|quickly|finally|completely)\s+)?$)"
)


def _in_a_date(pos: int, spans: list[Span]) -> bool:
    """Whether `pos` lies inside one of the date spans (a loop, not any() over a generator: this
    runs for every trigger)."""
    for a, b in spans:  # noqa: SIM110
        if a <= pos < b:
            return True
    return False
