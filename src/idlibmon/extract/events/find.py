"""`find_events`, the events step of the engine (see the package docstring for what it does).

It lives in a module of its own, not in the package's `__init__.py`, so that an install compiles it
(setup.py compiles every module but the package markers): its per-sentence loop ran in the
interpreter. Tools that hook the steps it calls (`rekinded`, `detected`, `wanted`,
`deduplicated`, `unspurious`) set them on this module."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date

from idlibmon.extract.dates import DateMention, find_dates
from idlibmon.extract.dates.vocabulary import MONTH_FULL
from idlibmon.extract.events.clauses import Span, Trigger
from idlibmon.extract.events.dedupe import deduplicated
from idlibmon.extract.events.detect_model import Candidate, detected, wanted
from idlibmon.extract.events.kind_context import retuned
from idlibmon.extract.events.kind_model import rekinded
from idlibmon.extract.events.reported import reported
from idlibmon.extract.events.same_day import same_day
from idlibmon.extract.events.sentence import sentence_events
from idlibmon.extract.events.speech import LEADER, LEADER_NAMES
from idlibmon.extract.events.spurious import unspurious
from idlibmon.extract.events.timeline import entry_triggers, headed_date, planned_triggers, timeline_entries
from idlibmon.extract.events.triggers import find_triggers
from idlibmon.extract.places import find_places
from idlibmon.extract.text import ascii_lower, sentences
from idlibmon.models import Event

# What makes a leader's words a statement when the sentence names no happening: a person in
# office speaking ("President Erdogan said ...", "the UN relief chief told the Council ..."),
# or an intention, a threat or a stance ("Ankara said it would no longer stop refugees"). A
# ministry reporting that "its forces were in position" is a source.
_STATEMENT_CUE = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Secretary-General|[Cc]hief|Envoy|High\s+Commissioner|Chancellor"
    r"|(?:[Rr]elief|[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator|Special\s+Representative|" + LEADER_NAMES + r")\b"
    r"|(?i:\b(?:would|will|could)\b)"
    # ... or a stance: a refusal, a denial, a plan put off ("Ankara said it had no plans to withdraw",
    # "the government said its deployment was on hold")
    r"|(?i:\b(?:no\s+(?:plans?|intention|longer)|not|never|on\s+hold|refus\w*|reject\w*|den(?:y|ied|ies)|insist\w*)\b)"
)


# A count's frame: "its second meeting on Idlib this month", "the 12th such convoy this year", "one
# of the deadliest attacks in the area this year". The period bounds what is counted or ranked; it
# dates no happening (the happening has its own date, or none). "First" is left out: "reached the
# town for the first time this week" dates the reaching.
_FRAME_UNITS = frozenset(("year", "onth", "week"))
_FRAME_RANK = re.compile(
    r"(?i:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|deadliest|bloodiest|worst|biggest|largest|heaviest|highest)\b[^,;.]{0,60}$)"
)


def _frames_a_count(text: str, d: DateMention, sent_start: int) -> bool:
    """Whether `d` ("this month", "so far this year") is the frame of an ordinal or a superlative
    just before it in its clause."""
    if d.text[:4].lower() != "this":
        return False
    return _FRAME_RANK.search(text, d.span[0] - 70 if d.span[0] - 70 > sent_start else sent_start, d.span[0]) is not None


def _bare_year(told: str | None) -> bool:
    """Whether a date was told as a bare year ("in 2011").

    History with no conflict word of its own (kind other) told by a bare year at least two years
    back is background restated: "the war began in 2011 and has killed ...", "Bozize, who seized
    power in 2003", "a committee created in 2019", "a measure last used in 2008". Writers leave it
    out or mark it optional (over all dev sets, 8 left out and 11 optional of 19, none required);
    a finer date ("in late 2016", "in March 2011") or a year just past ("In 2017, the country
    suffered ..." in 2018) is a happening they do put on the timeline."""
    return told is not None and len(told) == 7 and told[:3] in ("in ", "In ") and told[3:].isdigit()


# A stretch counted back from the publication day: "in the past week", "over the past three
# weeks", "during the last ten days", "over the past 48 hours".
_ROLLING = re.compile(r"(?i:\bthe\s+(?:past|last)\s+(?:\S+\s+)?(?:hours?|days?|weeks?|months?)$)")


def _rolling_window(ev: Event, today: str, published: date) -> bool:
    """Whether `ev`, not a displacement, is dated only by a stretch of two days or more counted
    back to the publication day ("fighting has intensified over the past three weeks", "health
    facilities damaged in the past four weeks", "30 villages captured over the past week").

    Such a stretch is the period of a tally or of a trend, not the day something happened; its
    start is arithmetic no writer tells. Over the blind dev sets writers left 14 such events out
    (14 sets) and annotated 2. A wave of displacement over the stretch ("120,000 fled in the
    past week") stays: the project's convention makes it an event, and blind writers split on
    it (7 annotated, 13 left out). The past day or 24 hours, which reads as "yesterday", stays."""
    if ev.end != today or len(ev.start) != 10 or ev.kind == "displacement" or "ast " not in ev.resolved_from:
        return False
    return (published - date.fromisoformat(ev.start)).days >= 2 and _ROLLING.search(ev.resolved_from) is not None


def _plans(low: str, s: int, e: int, told: list[DateMention], ahead: set[Span]) -> bool:
    """Whether a sentence tells a date to come (`ahead`: the spans of the text's dates after its
    publication day) and a verb after "will" or "to" (what is planned for it: "The agency will
    resume flights on Friday")."""
    for d in told:
        if d.span in ahead:
            return "will " in low[s:e] or "to " in low[s:e]
    return False


# A period's first day told as its start: "since the start of the year", "from the beginning of
# December", "at the start of the month". The dates module keeps the month (its cumulative-count
# rules read a month as a period); the event gives the 1st, which lies inside the month too, so
# it matches a writer who annotates the month as well as one who annotates the 1st.
_PERIOD_START = re.compile(
    r"(?i:(?:since|from|at|in)\s+)?(?:the\s+)?(?:very\s+)?(?:start|beginning)\s+of\s+"
    rf"(?:the\s+(?:year|month)|{MONTH_FULL}(?:\s+\d{{4}})?|\d{{4}})"
)


def _first_days(events: list[Event]) -> list[Event]:
    """The events told as "the start of" their month dated to its 1st (see _PERIOD_START), in place:
    they are this call's own, and most texts have none to change."""
    for ev in events:
        if len(ev.start) == 7 and "of" in ev.resolved_from and _PERIOD_START.fullmatch(ev.resolved_from):
            ev.start += "-01"
    return events


def _read_again(triggers: list[Trigger], more: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers with those of a second reading (an entry's present tense, a plan's
    bare verb) that start outside every trigger already found, in text order."""
    return sorted(triggers + [t for t in more if not any(u[0] <= t[0] < u[1] for u in triggers)])


def find_events(text: str, published: date, places: Mapping[str, Sequence[str]] | None = None,
                dates: list[DateMention] | None = None, skip: Sequence[Span] = (),
                sents: Sequence[Span] | None = None,
                place_hits: list[tuple[Span, str]] | None = None) -> list[Event]:
    """Every dated happening in `text`, once each, in text order.

    `dates`, `sents` (from `text.sentences`), `place_hits` (from `places.find_places`) and `skip`
    (boilerplate spans) save work when the caller has them already; found here otherwise
    (except `skip`)."""
    if dates is None:
        dates = find_dates(text, published)
    if not dates:
        return []
    dates = sorted(dates, key=lambda d: d.span)
    watched = set(places or ())
    events: list[tuple[Event, int]] = []
    where: list[Span] = []  # each candidate's sentence, for the kind model
    unclaimed: list[Candidate] = []  # date mentions no rule made an event of, for the detector
    detecting = wanted()  # no weights shipped: no candidates gathered
    low = ascii_lower(text)
    starts = [d.span[0] for d in dates]
    ends = [d.span[1] for d in dates]
    n = len(dates)
    entries, headed = timeline_entries(text, dates)
    today = published.isoformat()
    ahead = {d.span for d in dates if d.start > today[:len(d.start)]}  # most texts tell none
    hi = 0
    di = 0
    for s, e in sentences(text) if sents is None else sents:
        if di < n and starts[di] < s:
            di = bisect_left(starts, s, di)
        dj = di
        while dj < n and ends[dj] <= e:
            dj += 1
        told = dates[di:dj]
        entry = bool(entries) and any(d.span in entries for d in told)
        if headed and not told:
            # a sentence under a timeline's date heading is dated by it
            while hi < len(headed) and headed[hi][1] <= s:
                hi += 1
            if hi < len(headed) and headed[hi][0] == s:
                told = [headed_date(headed[hi][2], s)]
                entry = True
        if not told or (skip and any(a < e and s < b for a, b in skip)):
            continue
        # Triggers are looked for only in sentences that carry a date: most text has none.
        triggers = [t for t in find_triggers(text, s, e, low) if t[2] != "_"]
        if entry:
            triggers = _read_again(triggers, entry_triggers(text, (s, e)))
        elif ahead and _plans(low, s, e, told, ahead):
            triggers = _read_again(triggers, planned_triggers(text, (s, e)))
        if not triggers and not (LEADER.search(text, s, e) and _STATEMENT_CUE.search(text, s, e)):
            if detecting:
                unclaimed.extend((d, (s, e), triggers) for d in told)
            continue  # with no event word, only a leader's statement can be an event
        if place_hits is None:
            place_hits = find_places(text, places)
        if any(d.text[-4:] in _FRAME_UNITS for d in told):
            told = [d for d in told if not _frames_a_count(text, d, s)]
        found = sentence_events(text, (s, e), told, triggers, place_hits, watched, low, published, entries)
        if found:
            found = same_day(text, (s, e), reported(text, (s, e), found, triggers), triggers)
        if found:
            found = retuned(text, (s, e), found, low)
        if detecting:
            claimed = {ev.start for ev, _ in found} | {ev.resolved_from for ev, _ in found}
            unclaimed.extend((d, (s, e), triggers) for d in dates[di:dj] if d.start not in claimed and d.text not in claimed)
        events.extend(found)
        where.extend([(s, e)] * (len(events) - len(where)))
    kept = unspurious(low, rekinded(low, events, where), events, where, published)
    oldest_news = published.year - 2
    kept = [(e, r) for e, r in kept if not (e.kind == "other" and len(e.start) == 4 and int(e.start) <= oldest_news
                                            and _bare_year(e.resolved_from))]
    kept = [(e, r) for e, r in kept if not _rolling_window(e, today, published)]
    return _first_days(deduplicated(kept + detected(text, low, today, unclaimed) if unclaimed else kept))

