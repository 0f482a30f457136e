"""Which of a sentence's dates can date a happening, and which only date what a source said.

A deadline ("by the end of February"), a measure ("their biggest advance since 2018"), a date
denied ("now, not next month"), a comparison's baseline ("up from 1.7 million in September"), a
need, a peak or a quote's day date no happening; a date that only restates its neighbour
("Four days later, on 13 February") is told once. The days the article's source speaks are set
apart: they date a statement at most.
"""

from __future__ import annotations

import re

from idlibmon.extract.dates import DateMention
from idlibmon.extract.events.clauses import WHEN_CLAUSE, Span, has_hint
from idlibmon.extract.events.dedupe import relative_rank
from idlibmon.extract.events.speech import dateline, source_speaks
from idlibmon.extract.events.tallies import not_a_time_of_happening, quoted_on, speaker_aside, unrealised_plan

_UNTIL_DONE = re.compile(r"(?i:\bhad\b)")
# (an infinitive of a task makes its "by" date a deadline: "signed a decree to dissolve all
# institutions by 1 January 2024")
_DEADLINE = re.compile(
    r"(?i:\b(?:would|will|must|should|has\s+to|have\s+to|to\s+be|deadline|ultimatum|expected"
    r"|to\s+(?:dissolve|withdraw|leave|hand\s+over|complete|pull\s+(?:out|back)|disarm|vacate|evacuate|end|finish"
    r"|implement|establish|create|set\s+up|hold|submit|remove|open|close|reopen))\b)"
)
# A superlative or a first measured against a date: "the heaviest shelling since 2018".
# the superlatives a yardstick or a record is told by (each pattern below adds its own words)
_SUPERLATIVES = (r"biggest|largest|worst|heaviest|deadliest|fiercest|bloodiest|highest|lowest|greatest|strongest"
                 r"|most\s+(?!of\b)\w+")
_COMPARED = re.compile(
    rf"(?=[bBlLwWhHdDfFgGsSmM])(?i:\b(?:{_SUPERLATIVES}|sharpest"
    r"|first\s+time|first|latest|(?:string|series|spate|succession)\s+of)\b[^,;:.()]{0,70}$)"
)
# ... and a happening that yardstick is named by, told with its own date: "the largest exodus
# since the conflict began in 2011", "the heaviest loss in a day since it sent troops in 2016"
_COMPARED_SINCE = re.compile(
    rf"(?i:\b(?:{_SUPERLATIVES}|sharpest"
    r"|first\s+time|more\s+than\s+in\s+any)\b[^,;:.()]{0,110}\bsince\b[^,;:.()]{0,80}$)"
)
_SINCE_YEAR = re.compile(r"(?i:since\s+(?:19|20)\d\d)")
# a place held by a side, up to the since-date: "in rebel hands", "under opposition control", "held by the SDF"
_HELD_BEFORE = re.compile(
    r"(?i:(?:\bin\s+(?:[\w'’-]+\s+){0,2}?hands|\bunder\s+(?:[\w'’-]+\s+){0,3}?control|\bheld\s+by\s+(?:[\w'’-]+\s+){1,4}?)\s*,?\s*$)"
)
_NOT_EVENT_RELATIONS = {"as of"}
# the war's own outbreak told by its year alone, as a measure or an aside: "since the uprising began in 2011",
# "since it erupted in 2011 with ...", "The war in Syria, which began as a crackdown on peaceful
# protests in 2011, ..." (the outbreak given to the month, "began in March 2011", is annotated)
_WAR_BEGAN_YEAR = re.compile(
    r"(?i:(?:\bsince\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+)?(?:war|conflict|uprising|revolution|revolt|insurgency|crisis)|\bsince\s+it"
    r"|\b(?:war|conflict|uprising|revolution|revolt|insurgency|crisis)(?:\s+in\s+(?:the\s+)?[\w'’-]+)?,\s+(?:which|that))"
    r"\s+(?:had\s+|has\s+)?(?:began|begun|started|erupted|broke\s+out)"
    r"(?:\s+(?:as|with)\s+(?:[\w'’-]+\s+){1,7}?|\s+)$)"
)
_BEGAN_WORDS = ("began", "begun", "started", "erupted", "broke out")
# a comparison's baseline figure, dated: "up from about 1.7 million in September", "compared with 300 in May"
_BASELINE = re.compile(
    r"(?i:\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand|percent|per\s+cent|%))?\s+(?:[\w-]+\s+){0,2}?$"
    r"|\bcompared\s+(?:with|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?\d[\d,.]*(?:\s+million)?\s+(?:[\w-]+\s+){0,2}?$"
    # ... or a time compared with: "pledged 5.8 billion euros for 2025, less than last year"
    r"|\b(?:less|more|fewer|higher|lower|greater|smaller|larger|bigger)\s+than\s+(?:in\s+|during\s+)?$)"
)
# a superlative right before the period it is measured over
_RECORD_FOR = re.compile(
    rf"(?i:\b(?:the\s+)?(?:{_SUPERLATIVES}|coldest)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:so\s+far\s+)?$)"
)
# a span counted from a happening is no baseline: "less than a week after troops secured the highway"
_COUNTED_FROM = ("after", "ago", "later", "before", "earlier")
_COMPARED_HINTS = ("est", "worst", "most", "first", "string", "series", "spate", "succession")


# "Five months after the fall of the Assad government, ...", "A year after the last major
# offensive": months or years counted from a landmark named by a noun (no verb of its own before the
# clause ends) date the article's present, not the landmark
_LONG_AFTER = re.compile(r"(?i:\b(?:months?|years?|decades?)\s+after)")
_LANDMARK_AFTER = re.compile(
    r"\s+(?i:the|an?|its|their|this|that)\s+(?P<np>(?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s*(?:[,;:.]|$)", re.MULTILINE
)
_VERB_IN_LANDMARK = re.compile(r"(?i:\b(?:\w{2,}ed|was|were|is|are|had|has|began|fell|took|broke|swept|won|left|came|hit|struck)\b)")


def _landmark_counted(text: str, d: DateMention) -> bool:
    """ "Three months after the fall of Bashar al-Assad, hundreds of thousands are leaving the
    camps": a count of months or years from a happening named as a landmark measures how long ago
    it was; the landmark is no happening of this date (its day, when the timeline needs it, is told
    elsewhere: "the former government collapsed on 8 December"). A landmark told as a clause
    ("two years after the military removed al-Bashir") is a happening and keeps its date."""
    if d.text[-5:].lower() != "after" or not _LONG_AFTER.search(d.text):
        return False
    m = _LANDMARK_AFTER.match(text, d.span[1])
    return m is not None and not _VERB_IN_LANDMARK.search(m.group("np"))


def _months_counted(d: DateMention) -> bool:
    """ "In the first half of the year, 3,700 UN trucks crossed", "killed in the first three months
    of 2024": the months a tally is counted over, no day of a happening (none of the blind sets
    annotates one)."""
    return d.end is not None and len(d.start) == 7 and len(d.end) == 7 and "first" in d.text.lower()


def _since_then(d: DateMention) -> bool:
    """ "Since then, forces have retaken 50 towns": a tally counted from a happening the text has
    just dated, no happening of its own (none of seven sets written blind annotates one)."""
    return d.relation == "since" and d.text.lower().endswith("then")


def _names_its_happening(text: str, d: DateMention) -> bool:
    """Whether a before-date names the happening after it by its day ("Before Thursday's raid",
    "before last week's offensive"): else it tells only that something came earlier, on no day of
    its own ("Before September, 100,000 had already fled", "elections due before the summer"). A
    tally "even before" a day runs up to it, as annotators date it ("Even before Monday, 110,000
    had fled")."""
    if d.text.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), d.span[1]):
        return True
    return text[(d.span[0] - 5 if d.span[0] > 5 else 0):d.span[0]].lower() == "even "


def usable_dates(text: str, sent: Span, dates: list[DateMention], low: str,
                 sl: str, entries: frozenset[Span] = frozenset()) -> tuple[list[DateMention], list[DateMention]]:
    """The sentence's dates that can date a happening, and those on which its source speaks
    (`sl` is the sentence lowered; `entries` the spans of a timeline's entry dates, which look
    like datelines but date what their line tells)."""
    usable: list[DateMention] = []
    spoken: list[DateMention] = []
    dropped = _restatements(text, dates)
    for k, d in enumerate(dates):
        if d.relation in _NOT_EVENT_RELATIONS or (dateline(text, d) and d.span not in entries) or k in dropped or _since_then(d) or _months_counted(d):
            continue
        if _landmark_counted(text, d):
            continue
        if d.relation == "before" and not _names_its_happening(text, d):
            continue  # "had been displaced before April 2023", "hopes to convene talks before the end of the year"
        if d.relation == "until" and not ("had" in sl and _UNTIL_DONE.search(text, sent[0], sent[1])) and (
            len(d.start) < 10 or _DEADLINE.search(text, sent[0], d.span[0])
        ):
            continue  # "by the end of February" is a deadline unless something "had" happened by then
        if measured_since(text, low, sent, d) and not WHEN_CLAUSE.match(text, d.span[1]):
            # "their biggest advance since 2018" measures, it dates nothing (but "the deadliest attack
            # since August 2013, when hundreds were killed in a sarin attack" dates its when-clause)
            continue
        if d.relation == "in" and len(d.start) == 4 and "since" in low[(d.span[0] - 110 if d.span[0] - 110 > sent[0] else sent[0]):d.span[0]] and (
            _COMPARED_SINCE.search(text, (d.span[0] - 200 if d.span[0] - 200 > sent[0] else sent[0]), d.span[0])
        ):
            continue  # "the highest monthly total since the operation was authorised in 2014" measures too
        if d.relation == "in" and len(d.start) == 4 and has_hint(low, (d.span[0] - 100 if d.span[0] - 100 > sent[0] else sent[0]), d.span[0], _BEGAN_WORDS) and (
            _WAR_BEGAN_YEAR.search(text, (d.span[0] - 100 if d.span[0] - 100 > sent[0] else sent[0]), d.span[0])
        ):
            continue  # "since the uprising began in 2011": the war's start, background to the news
        if d.text in _CURRENT_PERIOD:
            continue  # "the appeal for Syria this year", "aims to reach 850,000 people this month": a frame
        if _week_ending(low, d):
            continue  # "killed during the week ending 20 October": a report's weekly period, no happening that day
        if d.relation == "since" and len(d.start) == 4 and _SINCE_YEAR.fullmatch(d.text) and not _HELD_BEFORE.search(
            text, (d.span[0] - 60 if d.span[0] - 60 > sent[0] else sent[0]), d.span[0]
        ):
            # "the area has been calm since 2012": a state that lasts, no happening on a day (but a town
            # "in rebel hands since 2012" was taken that year: the sets date the capture so)
            continue
        if len(d.start) < 10 and d.relation in ("in", "during", "") and has_hint(low, (d.span[0] - 40 if d.span[0] - 40 > sent[0] else sent[0]), d.span[0], _COMPARED_HINTS) and (
            _RECORD_FOR.search(text, (d.span[0] - 40 if d.span[0] - 40 > sent[0] else sent[0]), d.span[0])
        ):
            continue  # "the worst weather this winter", "the deadliest month this year": a record for the period
        if d.relation != "until" and "not" in sl and _denied(text, d.span[0]):
            continue  # "a ceasefire now, not next month"
        if _baseline(text, low, (d.span[0] - 60 if d.span[0] - 60 > sent[0] else sent[0]), d.span[0]) and not d.text.lower().endswith(_COUNTED_FROM):
            continue  # "2 million displaced, up from 1.7 million in September": the baseline's date
        if not_a_time_of_happening(text, sent, d) or quoted_on(text, sent, d) or speaker_aside(text, sent, d):
            continue  # "need aid in 2025", "a peak of 129,000 in mid-February", '..." he told us on Monday', '..." said a man who fled on Friday'
        if unrealised_plan(text, sent, d):
            continue  # "the evacuation had been due to begin on Wednesday", "talks planned for May were postponed"
        (spoken if source_speaks(text, d, sent, low) else usable).append(d)
    return usable, spoken


# The year or month the article is written in, named bare ("this year", "this month": no "earlier",
# "early", "later", "so far"), frames what runs over it: a tally ("13 soldiers killed this month"),
# a goal ("aims to reach 850,000 people this month"), an appeal ("the appeal for Syria this year"),
# a trend ("the advance accelerated this month"), a comparison ("more ground this year than ever").
# Writers who date a happening in the current month or year say "earlier this month" (some 150
# annotated events of the dev sets); a bare one dates 3 annotated happenings in 64 sets, and some
# 17 that writers marked optional.
_CURRENT_PERIOD = frozenset({"this year", "This year", "this month", "This month"})


def _week_ending(low: str, d: DateMention) -> bool:
    """ "During the week ending 20 October", "in the week to 10 March": the last day of a report's
    weekly period, over which its counts run."""
    before = low[(d.span[0] - 12 if d.span[0] - 12 > 0 else 0):d.span[0]]
    return before.endswith(("week ending ", "week to ", "week up to ")) or (
        before.endswith("week ") and low.startswith("to ", d.span[0])
    )


def measured_since(text: str, low: str, sent: Span, d: DateMention) -> bool:
    """ "Their biggest advance since 2018": a since-date after a superlative or a first is a yardstick."""
    return d.relation == "since" and has_hint(low, (d.span[0] - 90 if d.span[0] - 90 > sent[0] else sent[0]), d.span[0], _COMPARED_HINTS) and bool(
        _COMPARED.search(text, (d.span[0] - 90 if d.span[0] - 90 > sent[0] else sent[0]), d.span[0])
    )


def _denied(text: str, start: int) -> bool:
    """Whether "not" stands right before a date ("a truce now, not next month")."""
    before = text[(start - 6 if start - 6 > 0 else 0):start].rstrip()
    return before[-3:].lower() == "not" and (len(before) < 4 or not before[-4].isalnum())


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
        # (but "on Wednesday, the same day a ceasefire came into force" dates a second happening)
        return not d.text.lower().endswith("same day")
    opening = text.rfind("(", prev.span[1], d.span[0])
    return opening >= 0 and text[prev.span[1]:opening].strip() == "" and ")" not in text[opening:d.span[0]]


def _baseline(text: str, low: str, a: int, b: int) -> bool:
    """Whether _BASELINE matches in text[a:b] (tried only where low[a:b] holds one of its words)."""
    w = low[a:b]
    return (" from " in w or "compared" in w or " than " in w) and bool(_BASELINE.search(text, a, b))
