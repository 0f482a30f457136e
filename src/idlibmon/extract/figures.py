"""Key figures: which numbers count people displaced, killed, in need … and how sure the text is.

A number becomes a figure by what it counts in its sentence. First the noun it quantifies
("235,000 *people*", "53 *health facilities*", "12 *villages*", "900,000 *IDPs*"); an
unknown noun ("30 air strikes", "400 trucks") means it is not a key figure. Then the category
trigger nearest to it in its clause ("have *fled*", "*killing* 23", "the *death toll* rose to",
"*home to*", "*in need of* assistance"). A number in an "including …" aside counts what its
head counts ("12 people, including five children, were killed") unless it has its own
predicate ("including 528,000 who fled abroad"); an aside never decides what the head counts
("3 million people, including 1.5 million IDPs, live …"; "…, a third of the population, need …").
Aid reaching people makes them in_need whatever else they are ("reached 780 displaced families");
crossing a border makes refugees ("fled Ukraine", see `countries`); "displacements" are counted
moves, kept as displaced with unit `other`. A bare number with no word of its own goes on
counting what the count before it counts when the text leaves the verb out ("Hungary has
received 190,000, Slovakia 140,000"), restates it ("a million people - 960,000 - fled") or
compares with it ("need aid, up from 15.8 million"); an organisation's name ("Norwegian
Refugee Council") is no trigger.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from idlibmon.extract import figure_binding, figure_cues, figure_roles, figure_totals
from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.countries import COUNTRY_OR_ITS, COUNTRY_OR_ITS_AT, people_of
from idlibmon.extract.figure_mentions import dedupe, period_among, place_among, sentence_dates, sentence_places
from idlibmon.extract.figure_words import (
    _ABROAD,
    _ADJACENT_TRIGGER,
    _APPOSITIVE,
    _AREA_TAKEN,
    _ARMED,
    _ARRIVED_IN,
    _ASIDE_CLOSE,
    _ASIDE_OPEN,
    _AUX,
    _AUX_AFTER,
    _BARE,
    _BOX_HEAD,
    _BOX_TAIL,
    _BUILT_AFTER,
    _CAPACITY,
    _CAPACITY_ENDS,
    _CLAUSE_BREAK,
    _COMPARED,
    _COMPARED_ENDS,
    _COORD,
    _COUNTRY_RE,
    _ELLIPTIC,
    _FACILITY_HIT,
    _FACILITY_LABEL,
    _FACILITY_NOUN,
    _FAMILY_DETAIL,
    _FAMILY_END,
    _HEAD,
    _HOST_PEOPLE,
    _INCLUDING,
    _INCLUDING_ENDS,
    _LIST_MARK,
    _LOCATIVE,
    _NOT_COORD,
    _OBJECT_BEFORE,
    _OF_THEM,
    _ORG_AFTER,
    _ORG_BEFORE,
    _PARENT_OF,
    _PART,
    _PART_OF,
    _PART_OF_ENDS,
    _PARTITIVE,
    _QUAL_AFTER,
    _QUAL_LAST,
    _QUALIFIERS,
    _RATE,
    _REACH_GAP,
    _RESIDENTS_END,
    _RESTATE_CLOSE,
    _RESTATE_OPEN,
    _SHELTER_SUBJECT,
    _SPACES,
    _TALLY_HEAD,
    _TALLY_TO,
    _TALLY_TO_ENDS,
    _TO_CROSS,
    _TO_END,
    _TRIGGER_AT,
    _WHOLE_OPENING,
    _WORD,
    PAST_MARK,
    _trigger_at,
    _triggers_in,
)
from idlibmon.extract.numbers import Number, find_numbers
from idlibmon.extract.sources import Sources
from idlibmon.extract.text import Span, ascii_lower, inside
from idlibmon.models import Figure


@dataclass(slots=True)
class _Cand:
    number: Number
    sent: int
    start: int
    """Where the figure's text begins (qualifier included)."""
    head_end: int
    noun: str | None
    self_cat: str | None
    qualifier: str
    category: str | None = None
    unit: str = "people"
    trig_span: Span | None = None
    hi: int = 0
    """End of the context read for it (a key-figure box reads its label line too)."""
    rate: bool = False
    """Followed by "a day", "every month": a rate, a key figure only as aid reach."""
    label_place: str | None = None
    """A key-figure line labelled by a place ("Sagaing: 195,000"): where the count is."""


def _qualifier(text: str, low: str, n: Number) -> tuple[str, int]:
    """The hedge before (or after) a number and where the figure's text starts.

    The last few words before the number are looked up whole in a table: far cheaper than
    an end-anchored regex search at every number."""
    start = n.span[0]
    before = low[(start - 32 if start > 32 else 0):start]
    if before and before[-1] in " ,\n\t~":
        words = before.replace(",", " ").split()
        if not words or words[-1] not in _QUAL_LAST:
            if words and words[-1] in PAST_MARK:
                return "more_than", start
            words = []  # no hedge ends with this word: skip the table look-ups
        for k in (4, 3, 2, 1):
            if len(words) >= k:
                phrase = " ".join(words[-k:])
                name = _QUALIFIERS.get(phrase)
                if name:
                    pos = len(before)
                    for word in reversed(words[-k:]):  # from the end: "as many as" starts at its first "as"
                        pos = before.rfind(word, 0, pos)
                    return name, start - len(before) + pos
    elif before.endswith("~"):
        return "about", start - 1
    a = _QUAL_AFTER.match(low, n.span[1])
    if a:
        return ("at_least" if a.group("at_least") else "more_than"), start
    if low.startswith(" or so", n.span[1]):
        return "about", start  # "another 60,000 or so"
    return "exact", start


# After "crossed into": the other side of a front line, not of a border
_HELD_AREAS = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:areas?|territory|territories|lines|zones?|parts|districts|"
                         r"neighbou?rhoods)\b")
_IN_COUNTRY = re.compile(rf"\s+in\s+{COUNTRY_OR_ITS}")  # "zone in Ethiopia's Somali Region"
_POSSESSIVE_BEFORE = re.compile(r"[a-z]['’]s\s+$")
# "six out of ten", "one in five": the base of a share
_RATIO_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:out\s+of|in)\s+$")
# A count on top of others: "three more people", "another 60,000", "a further 12", "two other volunteers"
_ADDED_AFTER = re.compile(r"\s+(?:more|additional|further)\b")
_ADDED_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$")
_ADDED_ENDS = ("another", "further", "additional")  # what `_ADDED_BEFORE` ends with
_OTHER_AFTER = re.compile(r"\s+others?\b")


def _added(low: str, lo: int, c: _Cand) -> bool:
    """Is the count said to come on top of counts told before ("killed three more people",
    "another 60,000")? "Other" says so only when it opens its sentence ("Two other volunteers
    were wounded"): after a verb it sets the count apart from another category in the same
    clause ("killed 70 and injured 349 others"), not from an earlier count."""
    n = c.number
    if _ADDED_AFTER.match(low, n.span[1]) or (
        _ends(low, (n.span[0] - 16 if n.span[0] - 16 > lo else lo), n.span[0], _ADDED_ENDS) and _ADDED_BEFORE.search(low, (n.span[0] - 16 if n.span[0] - 16 > lo else lo), n.span[0])
    ):
        return True
    return c.start == lo and _OTHER_AFTER.match(low, n.span[1]) is not None


def _next_kind(cands: list[_Cand], k: int) -> bool:
    """Does "another" open the sentence's next kind of count rather than add to the same one? In
    "46 people were killed and another 237 injured" the 237 are no more dead: they are the wounded,
    the same 237 a key-figures box lists, and merge with it."""
    cat = cands[k].category
    told = False
    for c in cands[:k]:
        if c.category == cat:
            return False
        if c.category in ("killed", "injured", "displaced", "refugees", "returned", "in_need"):
            told = True
    return told


# a label's own count right after it ("injured 1,450", "wounded: 300")
_LABEL_PAIR = re.compile(r"[ \t]*:?[ \t]*(?:(?:more\s+than|over|at\s+least|about|some|around|nearly|almost)\s+)?\d")


def _head(text: str, low: str, n: Number, limit: int) -> tuple[str | None, str | None, int] | None:
    """(noun class, self category, end of the noun phrase); None for an unknown noun."""
    m = _HEAD.match(low, n.span[1], limit)
    if m and m.group("self") and _LABEL_PAIR.match(low, m.end()) and "," in low[n.span[1]:m.start("self")]:
        m = None  # "Deaths 312, injured 1,450": the word after the comma labels the next count
    if m:
        if m.group("self"):
            cat = next(k[2:] for k, v in m.groupdict().items() if k.startswith("s_") and v)
            return ("moves" if m.group("moves") else "self"), cat, m.end()
        if m.group("site"):
            return None
        for cls in ("person", "family", "facility", "area"):
            if m.group(cls):
                return cls, None, m.end()
    if _BARE.match(low, n.span[1], limit) or _TRIGGER_AT.match(low, n.span[1] + 1, limit):
        if _BUILT_AFTER.match(low, n.span[1], limit):
            return None  # "some 550 collapsed buildings": a count of things, not people
        return None, None, n.span[1]
    return None


def _ends(low: str, a: int, b: int, words: tuple[str, ...], strip: str = "") -> bool:
    """Does low[a:b], without trailing white space (and `strip` characters), end with one of
    `words`? A cheap necessary condition checked before an end-anchored pattern's search,
    which tries every position of its window."""
    return low[a:b].rstrip(_SPACES + strip).endswith(words)


# People counted by a role (staff, hostages, patients) are no place's population
_ROLE = re.compile(
    r"\b(?:staff|workers|medics|doctors|nurses|volunteers|hostages|captives|abductees|patients|members|personnel|"
    r"employees|colleagues|teachers|journalists|prisoners|detainees|inmates|students|pupils)\b"
)
_PART_OF_WHOM = re.compile(r"\bof\s+(?:whom|them|those)\s*$")
# "refugees, asylum-seekers and returnees": more nouns of one list, then its last
_NOUN_LIST_GAP = re.compile(r"(?:\s*,?\s*[a-z-]+){0,3}\s*,?\s*(?:and|or|&)\s+")
# "called on the 1.1 million residents of northern Gaza to move south": told to go, not (yet) gone
# (the definite "the" makes them a place's whole population: "ordered an estimated 100,000 residents … to
# move" counts people displaced)
_ORDERED = re.compile(r"\b(?:ordered|order|orders|told|tell|called\s+on|calling\s+on|urged|urging|asked|instructed|warned)\s+"
                      r"(?:all\s+)?(?:the|its|their)\s+(?:[a-z-]+['’]s\s+)?$")
_POPULATION_OF = re.compile(r"(?<!displaced\s)(?<!idp\s)(?<!refugee\s)\bpopulation\s+of\s+$")
_DISPLACED_POPULATION = re.compile(r"\b(?:displaced|idps?|refugees?|returnee)\s+$")  # "an IDP population of 1.2 million"
# "in Sudan", "across the north-west": a short place phrase between a count and its aside
_WHERE_BEFORE_ASIDE = re.compile(optional_as_branch(r"\s+(?:in|inside|across|throughout)\s+(?:the\s+)?(?!need\b)[a-z'’-]+(?:\s+(?!need\b)[a-z'’-]+)?"
                                 r"(?=\s*[,(–—]|\s-)"))
_LABEL_OPENS = re.compile(r"(?:^|[\n,;|•(]|\s-)[ \t]*$")  # a label word opens a line or a list item
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost)\s+)?")
_OF_WHICH = re.compile(r"\bof\s+which\s+$")
_DIGIT = re.compile(r"\d")
_WHO_THAT = re.compile(r"\b(?:who|that)\b")  # not the "who" of "of whom"
# What a noun says its people are, which a casualty verb before the count overrides ("killing 450 displaced people")
_DESCRIBED = ("displaced", "refugees", "population", "returned", "in_need")
# A casualty verb right before a bare count: its object ("and injuring two", "wounded three")
_CASUALTY_VERB = re.compile(r"\b(kill|injur|wound|maim)(?:ing|ed)\s+$")
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?][\"'”’]?\s")


def _coordinated(text: str, a_end: int, b_start: int) -> bool:
    """Are two numbers parts of one list ("264 children and 186 women", "97 | 402")?"""
    if b_start < a_end or b_start - a_end > 60:
        return False
    gap = text[a_end:b_start]
    if "\n" in gap.strip(" |") or ("." in gap and _SENTENCE_END.search(gap)):
        return False  # a list does not run on into the next sentence
    if _COORD.match(gap):
        return not _TRIGGER_AT.search(gap)
    # "hit 12 hospitals and medical facilities, 10 schools": a few words, a list mark, no verb
    return (len(gap.split()) <= 5 and bool(_LIST_MARK.search(gap)) and not _NOT_COORD.search(gap)
            and not _TRIGGER_AT.search(gap))


def _blocked_after(low: str, cands: list[_Cand], i: int, ts: int, restate: Span = (0, 0)) -> bool:
    """Does another number, not listed with candidate i nor restating it (`restate`, "a million
    - 960,000 -"), stand between it and a trigger at ts?"""
    c = cands[i]
    for o in cands[i + 1:]:
        if o.number.span[0] >= ts:
            return False
        if restate[0] <= o.number.span[0] < restate[1]:
            continue
        if o.number.span[0] > c.number.span[1] and not _coordinated(low, c.head_end, o.start):
            return True
    return False


def _blocked_before(low: str, cands: list[_Cand], i: int, te: int) -> bool:
    """Does another number, not listed with candidate i, stand between a trigger ending at te and it?"""
    c = cands[i]
    for o in reversed(cands[:i]):
        if o.number.span[0] <= te:
            return False
        if o.number.span[1] < c.start and not _coordinated(low, o.head_end, c.start):
            return True
    return False


def _partitive(low: str, part: _Cand, whole: _Cand) -> bool:
    """ "N of the region's M residents <predicate>": the part takes the predicate, the whole
    counts what its noun says (residents: population). Both are decided here."""
    if not _PARTITIVE.fullmatch(low, part.head_end, whole.start):
        return False
    own_m = _ADJACENT_TRIGGER.match(low, whole.head_end)
    own_t = _trigger_at(low, own_m.end()) if own_m else None
    if own_t is None:
        return False
    ts, te, cat = _crossing(low, own_t)
    part.category, part.trig_span = cat, (ts, te)
    if whole.noun == "family":
        part.unit = whole.unit = "families" if "famil" in low[whole.number.span[1]:whole.head_end] else "households"
    whole.category = whole.self_cat or ("population" if whole.noun == "person" else None)
    if cat == "in_need" and whole.noun == "person" and own_m is not None and own_m.end() == whole.head_end + 1 \
            and low.startswith("in need", ts):
        whole.category = "in_need"  # "1.2 million of the 2 million people in need": "in need" describes the whole
    return True


# An auxiliary right after a count opens the count's own predicate
_OWN_VERB = re.compile(r"\s+(?:were|was|are|is|have|has|had|remain|remained)\b")
# Where people stay, and the counts of people who moved whose running total may name only that
_STAYING = ("shelter", "liv", "staying", "housed", "hosted")
_MOVED = ("refugees", "displaced", "returned")
_BRINGING = re.compile(r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+|its\s+)?(?:overall\s+|cumulative\s+)?$")
# "(about ", "( ": a bracket opening on a restatement of the count, maybe hedged
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|"
                           r"at\s+least|an\s+estimated|estimated|or|i\.e\.)\s+)*")


_DASH_OPEN = re.compile(r"\s+[-–—]\s+(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|"
                        r"at\s+least|an\s+estimated|estimated|between|or)\s+)*")
_DASH_CLOSE = re.compile(r"\s+[-–—](?=\s)")


# An aside of words alone between a count and its predicate: "1.2 million people, including host
# communities, now need aid"; its words say nothing of what the whole count is
_WORD_ASIDE = re.compile(r",\s+(?:including|among\s+them|mostly|mainly|many\s+of\s+them|most\s+of\s+them)\s+[a-z][^,;.\d()]{0,40},")


def _aside_after(low: str, cands: list[_Cand], i: int) -> Span:
    """Where an "including …" aside right after candidate i lies, or an empty span."""
    c = cands[i]
    app = _APPOSITIVE.match(low, c.head_end)
    if app:
        return (c.head_end, app.end())  # "18.6 million people, a third of the population, need …"
    loc = _WHERE_BEFORE_ASIDE.match(low, c.head_end)
    app = _APPOSITIVE.match(low, loc.end()) if loc else None
    if app:
        return (loc.end(), app.end())  # "15.8 million people in Sudan, a third of the population, needed aid"
    if low.startswith(", ", c.head_end) and (words := _WORD_ASIDE.match(low, c.head_end)):
        return (c.head_end, words.end())  # "1.2 million people, including host communities, need aid"
    if i + 1 >= len(cands):
        return (0, 0)
    nxt = cands[i + 1]
    restated = _restated(low, c, nxt)
    if restated:
        return (c.head_end, restated)
    if nxt.start - c.head_end > 40:
        return (0, 0)
    gap = low[c.head_end:nxt.start]
    if c.noun is not None and nxt.noun is not None and _BRACKET_OPEN.fullmatch(gap) \
            and low.startswith(")", nxt.head_end):
        return (c.head_end, nxt.head_end)  # "12,000 families (about 60,000 people) have fled": the same count in people
    if c.noun is not None and nxt.noun is not None and _DASH_OPEN.fullmatch(gap) \
            and (close := _DASH_CLOSE.match(low, nxt.head_end)):
        return (c.head_end, close.end())  # "60,000 to 80,000 households - about 400,000 people - fled": the same in people
    if not (_ASIDE_OPEN.match(gap) or ((
            _RESTATE_OPEN.fullmatch(gap) or gap.strip() == ",") and _OF_THEM.match(low, nxt.number.span[1]))):
        return (0, 0)  # "including 400 children", "- 30 of them children -"
    close = _ASIDE_CLOSE.search(low, nxt.head_end, nxt.head_end + 80)
    return (c.head_end, close.start() if close else nxt.head_end)


# "35,000 fighters and civilians": not a force alone ("soldiers and their families" still are one)
_AND_CIVILIANS = re.compile(r"\s+(?:and|&)\s+(?:civilians|people|residents)\b")


def _armed(low: str, c: _Cand) -> bool:
    """Does the count count fighters, soldiers or detainees (and no civilians with them)?"""
    return _ARMED.search(low, c.number.span[1], c.head_end) is not None and not _AND_CIVILIANS.match(low, c.head_end)


def _missing_after_aside(low: str, cands: list[_Cand], i: int) -> bool:
    """ "About 1,650 people, including 940 children, have been reported missing": the head's own
    predicate, after its aside, says they are missing (the aside then counts the same)."""
    c = cands[i]
    if c.noun != "person" or "missing" not in low[c.head_end:c.head_end + 160]:
        return False  # cheap test first
    a, b = _aside_after(low, cands, i)
    return b > a and figure_cues.missing(low, b + 1 if low.startswith(",", b) else b)


def _restated(low: str, c: _Cand, nxt: _Cand) -> int:
    """End of a dash or bracket aside that restates candidate c's count as nxt ("nearly a
    million people - 960,000, according to the UN - have fled"), or 0."""
    if nxt.noun is not None or c.noun is None or not _RESTATE_OPEN.fullmatch(low, c.head_end, nxt.start):
        return 0
    close = _RESTATE_CLOSE.match(low, nxt.head_end)
    return close.end() if close else 0


def _elliptic(text: str, lo: int, prev: _Cand, c: _Cand) -> bool:
    """ "1.2 million have crossed into Poland; Hungary has received 190,000": a clause of a
    place name, maybe a verb of receiving, and a bare number goes on counting the count before."""
    start = max(lo, prev.head_end if prev.sent == c.sent else lo,
                text.rfind(";", lo, c.start) + 1, text.rfind(",", lo, c.start) + 1)
    return _ELLIPTIC.fullmatch(text, start, c.start) is not None


# ", along with 25 rebels", ", and 142 in …" right before a count (its hedge included): a count added
# after the clause of the count before
_TACKED_ON = re.compile(r",\s+(?:along\s+with|together\s+with|and)\s+$")
_PLACE_AFTER = re.compile(r"\s+(?:in|by|on|at|from|across)\s")


def _shares_predicate(low: str, lo: int, prev: _Cand, c: _Cand) -> bool:
    """ "60 soldiers had been killed in the fighting, along with 25 rebels", "465 civilians had been killed
    in the east, and at least 142 in the west": the added count shares the predicate told after the count
    before; after "and", only a bare count with a place or cause after it, not one opening its own clause."""
    if prev.sent != c.sent or not (low.startswith("with ", c.start - 5) or low.startswith("and ", c.start - 4)):
        return False
    m = _TACKED_ON.search(low, (c.start - 30 if c.start - 30 > lo else lo), c.start)
    return m is not None and ("with" in m.group() or (c.noun is None and _PLACE_AFTER.match(low, c.head_end) is not None))


def _participle(low: str, head_end: int, ts: int) -> bool:
    """Is the trigger at ts an -ing word right after the noun ("16 civilians *sheltering* in")?"""
    if ts < head_end or low[head_end:ts].strip():
        return False
    m = _WORD.match(low, ts)
    return m is not None and m.group().endswith("ing")


def _nearest(low: str, cands: list[_Cand], i: int, triggers: list[tuple[int, int, str]],
             starts: list[int], lo: int = 0) -> tuple[int, str, Span] | None:
    """The category trigger closest to candidate i that no other number stands in front of.

    Only triggers within reach are looked at (`starts` holds the triggers' sorted starts), so a
    hostile sentence of thousands of numbers stays linear."""
    c = cands[i]
    n = c.number
    bare = c.noun is None
    best: tuple[int, str, Span] | None = None
    first = bisect.bisect_left(starts, c.start - 200)
    last = bisect.bisect_right(starts, c.head_end + 100)
    if first >= last:
        return None  # no trigger within reach: the aside and the part/whole tests below are not needed
    aside = _aside_after(low, cands, i)
    # numbers inside an aside closed by punctuation do not stand between the head and its predicate
    # (an appositive "- around 60 per cent of them Syrians -" ends with its own closing mark)
    restate = aside if aside[1] and (low[aside[1]:aside[1] + 2].strip()[:1] in (",", ")", "–", "—", "-")
                                     or low[aside[1] - 2:aside[1]].rstrip()[-1:] in (",", ")", "–", "—", "-") or (
        i + 1 < len(cands) and _restated(low, c, cands[i + 1]))) else (0, 0)
    # "half of the 3 million people … have been displaced": the predicate is the part's
    whole = (_ends(low, (c.start - 30 if c.start - 30 > lo else lo), c.start, (*_PART_OF_ENDS, "'s", "’s"))
             and _PART_OF.search(low, (c.start - 40 if c.start - 40 > lo else lo), c.start) is not None) or \
        _WHOLE_OPENING.fullmatch(low, lo, c.start) is not None
    # "tents meant for one family, with three or four families inside": a detail, not the count
    with_few = n.value < 100 and low.startswith("with ", c.start - 5)
    label_ls = _label_start(low, c.start, lo)
    for ts, te, cat in triggers[first:last]:
        if ts >= n.span[1] and ts < c.head_end:
            dist = 0  # "400,000 displaced": the noun is the trigger
        elif ts >= c.head_end:
            if aside[0] <= ts < aside[1]:
                continue  # "3 million people, including 1.5 million IDPs, live …": the aside's own word
            dist = ts - c.head_end - (aside[1] - aside[0])
            if dist > (30 if bare else 90) or _governs_next(low, cands, i, te):
                continue  # out of reach; "killed 12, wounding 30": that verb is the next count's
            if _PART.search(low, c.head_end, ts) or _blocked_after(low, cands, i, ts, restate) \
                    or (whole and (_AUX.search(low, c.head_end, ts) or low.endswith("to ", 0, ts))) \
                    or _CLAUSE_BREAK.search(low, c.head_end, ts) or (cat == "displaced" and low.endswith("to ", 0, ts)
                                                                     and _ORDERED.search(low, (c.start - 40 if c.start - 40 > lo else lo), c.start)):
                continue
        elif te <= c.start:
            dist = c.start - te
            if label_ls is not None and ts >= label_ls:
                dist = -1 + dist / 1000  # "People in need in the north-west (pre-escalation): 4.2 million"
                if best is None or dist < best[0]:
                    best = (dist, cat, (ts, te))
                continue
            if dist > (30 if bare else 70) or _blocked_before(low, cands, i, te) or with_few or ";" in low[te:c.start] \
                    or _CLAUSE_BREAK.search(low, te, c.start):  # "… were displaced, while 5.7 million are refugees"
                continue
            if cat == "population" and low.startswith("before", ts) and low.startswith(",", te):
                continue  # "Before the escalation, 1.8 million people required aid": when, not who
            if cat in ("killed", "injured", "displaced") and low[te:c.start].strip(" ,") == "and" \
                    and _OWN_VERB.match(low, c.head_end):
                continue  # "20 had died and 290 were being treated for burns": the count has a verb of its own
            dist += 2  # on a tie the predicate after the number wins
            if low[te:c.start].strip() == ":" or (low[te:c.start] in (" ", "\t") and _LABEL_OPENS.search(
                    low, (ts - 4 if ts > 4 else 0), ts)):
                dist = -1  # "Deaths: 1,043 | Injured: 3,200", "Deaths 312, injured 1,450": a label is its own number's
            elif cat == "population" and te == c.start - 1 and low.endswith("population of", ts, te) \
                    and not _DISPLACED_POPULATION.search(low, (ts - 20 if ts - 20 > lo else lo), ts):
                dist = -1  # "half of the pre-war population of about 22 million has fled": the whole is the population
            if cat == "population" and low[te:c.start].strip(" ,") == "or":
                dist += 10  # "half of Haiti's population, or 4.97 million people, face …": the verb after says what they are
        else:
            continue
        if cat == "population" and low.startswith("living", ts):
            dist += 40  # "families living in camps … were affected" describes them; another predicate says what they are
        elif _participle(low, c.head_end, ts):
            dist += 10  # "civilians sheltering in" likewise, but a weaker hint
        if best is None or dist < best[0]:
            best = (dist, cat, (ts, te))
    return best


def _governs_next(low: str, cands: list[_Cand], i: int, te: int) -> bool:
    """Does a later count of the sentence follow right after the trigger ending at te ("killed 12,
    wounding 30"; "Deaths 312, injured 1,450")? Then the trigger is that count's, not an earlier one's."""
    for o in cands[i + 1:i + 3]:
        if o.start >= te:
            return o.start - te <= 2 and not low[te:o.start].strip()
    return False


def _subject_of_reach(low: str, trig: Span, triggers: list[tuple[int, int, str]],
                     starts: list[int]) -> tuple[int, int, str] | None:
    """ "Displacement has reached 900,000": a count that reached a number is what it counts,
    not aid that reached people."""
    ts, _ = trig
    if not low.startswith("reach", ts):
        return None
    k = bisect.bisect_left(starts, ts) - 1
    if k < 0:
        return None
    ps, pe, cat = triggers[k]
    if cat == "in_need" or not _REACH_GAP.fullmatch(low, pe, ts):
        return None
    return ps, pe, cat


def _aid_verb(low: str, c: _Cand, triggers: list[tuple[int, int, str]], starts: list[int]) -> Span | None:
    """An aid verb right before the number ("reached", "assisted", "delivered … to"): the
    people counted received aid, whatever else they are."""
    k = bisect.bisect_left(starts, c.start) - 1
    if k < 0:
        return None
    ts, te, cat = triggers[k]
    if cat != "in_need" or te > c.start or low[te:c.start].strip() or low.startswith(("need", "in need", "requir"), ts):
        return None
    if c.self_cat in ("injured", "killed") and low.startswith("treat", ts):
        return None  # "treated 150 wounded people": the wounded stay wounded
    if c.self_cat == "refugees" and low.startswith(("help", "support", "assist"), ts):
        return None  # "to help up to 100,000 refugees", "assisting some 96,000 Eritrean refugees": refugees still
    if _subject_of_reach(low, (ts, te), triggers, starts):
        return None
    return ts, te


def _tally(low: str, lo: int, c: _Cand, triggers: list[tuple[int, int, str]],
           others: Sequence[_Cand] = ()) -> tuple[str, Span] | None:
    """ "the death toll … has risen to 19", "bringing the number of civilians killed … to 1,700"."""
    if not (_ends(low, (c.start - 25 if c.start - 25 > lo else lo), c.start, _TALLY_TO_ENDS)
            and (to := _TALLY_TO.search(low, (c.start - 25 if c.start - 25 > lo else lo), c.start))):
        return None
    base = (c.start - 160 if c.start - 160 > lo else lo)  # a tally's head is near its number; a bounded look stays linear
    window = low[base:c.start]
    heads = list(_TALLY_HEAD.finditer(window))
    if not heads:
        return None
    h = heads[-1]
    if not h.group("toll") and not h.group("population") and figure_binding.sites_tallied(low, base + h.end()):
        return "other", (base + h.start(), base + h.end())  # "the number of displacement sites … has risen to 80"
    if low.startswith("of", to.start()) and to.start() - (base + h.end()) > 20:
        return None  # "a toll of 19", but not "the number could rise if fighting reached Hama, a city of a million"
    if any(base + h.end() <= o.number.span[0] < c.start for o in others):
        return None  # another count stands between: the tally is its (dates, magnitudes are no counts)
    if h.group("toll"):
        return "killed", (base + h.start(), base + h.end())
    if h.group("population"):
        return "population", (base + h.start(), base + h.end())
    brought = _BRINGING.search(window, max(0, h.start() - 24), h.start())
    for ts, te, cat in triggers:
        if base + h.end() <= ts < c.start:
            if brought and cat in ("displaced", "population") and low.startswith(_STAYING, ts):
                # "1,000 Syrians crossed into Turkey, bringing the number sheltering in camps to 12,700":
                # where the people stay says nothing of how they came; the count added to says it
                last = next((o for o in reversed(others) if o.category in _MOVED), None)
                if last is not None:
                    return last.category or cat, (ts, te)
            return cat, (ts, te)
    if brought:
        # "24,000 were displaced, bringing the total this year to 310,000": the total of that count
        last = next((o for o in reversed(others) if o.category and o.category != "other"), None)
        if last is not None:
            return last.category, (base + h.start(), base + h.end())
    return None


def _facility_hit(text: str, low: str, cands: list[_Cand], i: int, lo: int, hi: int) -> bool:
    """A facility count is a key figure when the facilities were hit or put out of service."""
    c = cands[i]
    j = i + 1  # "10 schools and 6 health facilities … were hit": the list shares its predicate
    while j < len(cands) and ((cands[j].noun == "facility" and _coordinated(text, cands[j - 1].head_end, cands[j].start))
                              or (cands[j].noun is None and _OF_THEM.match(low, cands[j].number.span[1]))):
        j += 1  # "36 hospitals, 14 of them in Gaza City, were damaged": the part is an aside
    after_end = min(hi, cands[j - 1].head_end + 80, cands[j].number.span[0] if j < len(cands) else hi)
    before_start = max(lo, c.start - 60, cands[i - 1].number.span[1] if i > 0 else lo)
    return bool(_FACILITY_HIT.search(low, c.head_end, after_end) or _FACILITY_HIT.search(low, before_start, c.start))


def _facility_part(text: str, low: str, cands: list[_Cand], i: int, lo: int, hi: int) -> bool:
    """A bare count of facilities named just before it and hit after it ("of the 550 schools …,
    180 were damaged"; "hospitals were overwhelmed, and four were reported to have stopped working")."""
    c = cands[i]
    n = c.number
    return _FACILITY_HIT.match(low, n.span[1] + 1) is None and bool(
        _AUX_AFTER.match(low, n.span[1]) or text[(c.start - 4 if c.start - 4 > lo else lo):c.start].rstrip().endswith((":", "|"))) \
        and _FACILITY_NOUN.search(low, (c.start - 150 if c.start - 150 > lo else lo), c.start) is not None and _facility_hit(text, low, cands, i, lo, hi)


def _facility_label(low: str, lo: int, hi: int, c: _Cand) -> Span | None:
    """A key-figure line labelled by facilities ("Schools: 217 attacked", "Hospitals out of
    service: 12"): a count of facilities when the label or the words after say they were hit.
    Returns the span of the label and the hit words."""
    if _FACILITY_LABEL.fullmatch(low, lo, c.start) is None:
        return None
    if _FACILITY_HIT.search(low, lo, c.start):
        return lo, c.start
    after = _FACILITY_HIT.match(low, c.number.span[1] + 1, hi)
    return (lo, after.end()) if after else None


def _facility_chain(gap: str) -> bool:
    """ "23 health facilities were damaged and 19 put out of service": the second count
    goes on counting facilities."""
    return len(gap.split()) <= 10 and bool(_LIST_MARK.search(gap)) and not _TRIGGER_AT.search(gap)


def _hosted_abroad(low: str, lo: int, c: _Cand) -> bool:
    """ "Lebanon hosts 1.5 million Syrians": a people counted in another country."""
    people = _HOST_PEOPLE.search(low, c.number.span[1], c.head_end)
    if people is None:
        return False
    own = " ".join(people.group().split())
    start = c.start - 120 if c.start - 120 > lo else lo
    if "it" in low[start:c.start] and _IT_HOSTS.search(low, start, c.start):
        start = c.start - 300 if c.start > 300 else 0  # "Turkey … had feared a new wave. It hosts 3.5 million Syrians."
    before = _COUNTRY_RE.finditer(low, start, c.start)
    after = _COUNTRY_RE.finditer(low, c.head_end, c.head_end + 40)  # "6 million Syrians live in Turkey"
    return any(people_of(m.group()) != own and not (m.start() < c.start and _SOVEREIGN_BEFORE.search(
        low, max(lo, m.start() - 16), m.start())) for m in (*before, *after))


# The host named in the sentence before: "It already hosts around 3.7 million Syrians."
_IT_HOSTS = re.compile(r"\bit\s+(?:already\s+|now\s+|also\s+|currently\s+|still\s+)?hosts\s+(?:[\w.,]+\s+){0,3}?$")


# Carried over a border right after the count: "drove 740,000 of them into Bangladesh", "21,000 people across the
# border into Lebanon", "65,036 people had crossed the Hakari bridge into Armenia"
_INTO_COUNTRY = re.compile(
    rf"(?:\s+of\s+(?:them|those))?(?:\s+(?:(?:had|have|has)\s+)?(?:now\s+)?crossed\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:bridge|border|river|frontier|crossing|checkpoint))?(?:\s+across\s+the\s+(?:border|frontier))?"
    rf"\s+into\s+(?:neighbou?ring\s+)?{COUNTRY_OR_ITS}"
)
# "The enclave, part of Azerbaijan, is home to 120,000 Armenians": the state the place belongs to, no host
_SOVEREIGN_BEFORE = re.compile(r"\b(?:part\s+of|territory\s+of|inside|within)\s+$")


# "reached Idlib", "reached Ras al-Ain": a name of a place, not an acronym ("reached UN partners")
_REACHED_PLACE = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)([A-Z][a-z][\w'’-]*)")
_REACHED_SITE = re.compile(
    r"\s+(?:the\s+)?(?:(?:collective|reception|transit|evacuation|displacement|idp|existing|overcrowded|makeshift|"
    r"informal)\s+)?(?:shelters?|camps?|sites|settlements|cent(?:re|er)s|border(?:\s+areas?)?|frontier|safety)\b"
    # "have reached safer districts", "reached the Al-Khidr mustering point", "reached the city by sea"
    r"|\s+(?:safer|safe)\s+(?:areas|districts|places|parts|ground|locations)\b"
    r"|\s+the\s+(?:(?!\d)[\w'’-]+\s+){0,2}?(?:mustering|reception|transit|gathering|assembly|screening)\s+points?\b"
    r"|\s+the\s+(?:city|town|port|capital)\s+(?=by\s+(?:sea|road|boat|land|foot|air)\b|on\s+foot\b)")
_ARRIVED_VERB = re.compile(
    r"\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:already|reportedly|also)\s+)?(?:been\s+)?"
    r"(?:arrived|registered|entered|crossed|received)\b"
)


def _arrived_abroad(low: str, c: _Cand) -> bool:
    """A nationality arriving where another country is named, in its sentence or the one
    before ("crossed the border into Rwanda. … 1,200 Congolese had arrived in Gisenyi"):
    they crossed a border."""
    people = _HOST_PEOPLE.search(low, c.number.span[1], c.head_end)
    if people is None:
        return False
    own = " ".join(people.group().split())
    near = (*_COUNTRY_RE.finditer(low, (c.start - 250 if c.start > 250 else 0), c.start),
            *_COUNTRY_RE.finditer(low, c.head_end, c.head_end + 80))
    return any((of := people_of(m.group())) not in (own, None) or (of is None and m.group() != own) for m in near)


def _listed_predicate(low: str, cands: list[_Cand], i: int, hi: int) -> tuple[int, int, str] | None:
    """The casualty verb right after the next count, when that count is listed with candidate i
    ("including 127 children and 261 women killed")."""
    if i + 1 >= len(cands) or not _AND_ONLY.fullmatch(low, cands[i].head_end, cands[i + 1].start):
        return None  # ("including six children, and 15 others injured": a comma starts another clause)
    nxt = cands[i + 1]
    m = _ADJACENT_TRIGGER.match(low, nxt.head_end, hi)
    t = _trigger_at(low, m.end(), hi) if m else None
    if t is None or t.lastgroup not in ("killed", "injured"):
        return None
    return t.start(), t.end(), t.lastgroup or ""


def _country_line(low: str, start: int) -> bool:
    """ "Ethiopia: Around 21,000 people have arrived through Metema.": a line under a country's name."""
    ls = _label_start(low, start)
    return ls is not None and figure_cues.country_label(low, ls, start)


def _label_start(low: str, start: int, lo: int = 0) -> int | None:
    """`figure_cues.label_start`, looked for only when a colon (after `lo`) stands right before the number."""
    if not low[(start - 3 if start - 3 > lo else lo):start].rstrip().endswith(":"):
        return None
    return figure_cues.label_start(low, start)


def _in_name(text: str, low: str, m: re.Match[str]) -> bool:
    """Is the trigger a word of an organisation's name ("the Norwegian Refugee Council", "the
    UN refugee agency", "the High Commissioner for Refugees")? A name says nothing about the
    people counted near it."""
    s, e = m.span()
    if low.startswith(" agency", e):
        return True
    if not text[s].isupper():
        return False
    return bool(_ORG_AFTER.match(text, e) or _ORG_BEFORE.search(text, (s - 40 if s > 40 else 0), s))


def _crossing(low: str, m: re.Match[str]) -> tuple[int, int, str]:
    """A trigger as (start, end, category); "fled" with a border crossed after it
    ("fled Ukraine", "fled across the border", "arrived in Chad") counts refugees."""
    cat = m.lastgroup or ""
    if cat == "refugees" and low.endswith("into", m.start(), m.end()) and (held := _HELD_AREAS.match(low, m.end())) \
            and not _IN_COUNTRY.match(low, held.end()):
        # "crossed into government areas": a front line, no border ("into Doolo zone in Ethiopia" is one)
        return m.start(), m.end(), "displaced"
    if cat == "refugees" and low.endswith("refuge", m.start(), m.end()):
        # "sought refuge in and around the city": refugees only across a border
        if _ABROAD.match(low, m.end()) or COUNTRY_OR_ITS_AT.search(low, m.end(), m.end() + 40):
            return m.start(), m.end(), cat
        return m.start(), m.end(), "displaced"
    if cat == "displaced" and low.endswith(("border", "frontier", "borders", "frontiers"), m.start(), m.end()):
        # massed at a border: refugees when the story is of migrants already abroad moving on,
        # else displaced people on their own side of it
        if _TO_CROSS.search(low, max(0, m.start() - 400), min(len(low), m.end() + 150)):
            return m.start(), m.end(), "refugees"
    elif cat == "displaced" and low.startswith("left", m.start()) and low.endswith("country", m.start(), m.end()):
        return m.start(), m.end(), "refugees"  # "left the country"
    elif cat == "displaced" and low[m.start()] in "feam":
        a = _ABROAD.match(low, m.end())
        if a is None and low.startswith("arriv", m.start()):
            a = _ARRIVED_IN.match(low, m.end())
        if a is not None:
            return m.start(), a.end(), "refugees"
    return m.start(), m.end(), cat


def _sentence_triggers(text: str, low: str, lo: int, hi: int) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The category triggers of a sentence [lo, hi) and their starts, both sorted."""
    triggers = [_crossing(low, m) if m.lastgroup in ("displaced", "refugees") else (m.start(), m.end(), m.lastgroup or "")
                for m in _triggers_in(low, lo, hi) if not _in_name(text, low, m)]
    triggers = figure_cues.extra_triggers(low, lo, hi, triggers)
    for k, t in enumerate(triggers):
        if t[2] == "in_need" and low.startswith("reach", t[0]):
            triggers[k] = _reached_place(text, low, t, hi)
    return triggers, [t[0] for t in triggers]


def _reached_place(text: str, low: str, t: tuple[int, int, str], hi: int) -> tuple[int, int, str]:
    """ "47,000 people from Ghouta reached Idlib": people who reach a place moved there (across
    a border when it is a country); no aid reached them."""
    m = _REACHED_PLACE.match(text, t[1], hi)
    if m is None:
        site = _REACHED_SITE.match(low, t[1], hi)  # "16,000 people reached collective shelters", "the border area"
        return t if site is None else (t[0], site.end(), "displaced")
    return (t[0], m.end(), "refugees" if _COUNTRY_RE.match(low, m.start(1)) else "displaced")


def _categorise(text: str, low: str, cands: list[_Cand], lo: int, hi: int, carry: _Cand | None = None) -> None:
    """Pick each candidate's category from the triggers of its sentence [lo, hi).

    `low` is `text` lowercased (same offsets) for the case-blind patterns; `carry` is the
    last figure of the sentence before, which "Of those, 560,000 …" goes on counting."""
    triggers: list[tuple[int, int, str]] = []
    starts: list[int] = []
    scanned = False  # the sentence's triggers are found when a candidate first needs them
    wholes: set[int] = set()
    for i, c in enumerate(cands):
        n = c.number
        prev = cands[i - 1] if i > 0 else carry
        if i - 1 in wholes:
            prev = cands[i - 2]  # "2.9 million of the 4.6 million residents were displaced, 1.8 million of them …"
        if n.unit == "percent":
            c.category, c.unit = "other", "percent"
            chained = prev is not None and prev.sent == c.sent and prev.category == "facilities" and prev.unit == "percent"
            if figure_cues.facility_share(low, lo, n.span[1], c.start, _FACILITY_HIT, chained):
                c.category = "facilities"  # "nearly 70 per cent of hospitals had been looted"
            continue
        if n.unit == "km":
            c.category, c.unit = "other", "km"
            continue
        if figure_cues.missing(low, n.span[1], c.start) or figure_cues.held(low, c.head_end) or _missing_after_aside(low, cands, i):
            c.category = "other"  # "with 120 missing under the rubble", "25,000 arrested": neither killed nor injured
            continue
        if i in wholes:
            continue
        if c.noun is None and i + 1 < len(cands) and cands[i + 1].noun == "facility" \
                and _PARTITIVE.fullmatch(low, n.span[1], cands[i + 1].start) \
                and (_facility_hit(text, low, cands, i, lo, hi) or _facility_hit(text, low, cands, i + 1, lo, hi)
                     or figure_cues.FACILITY_STATE.search(low, cands[i + 1].head_end, (cands[i + 1].head_end + 60 if cands[i + 1].head_end + 60 < hi else hi))
                     # "12 of Gaza's 35 hospitals and 46 of its 72 clinics have shut down": the list's predicate
                     or _FACILITY_HIT.search(low, cands[i + 1].head_end, (cands[i + 1].head_end + 80 if cands[i + 1].head_end + 80 < hi else hi))):
            c.category, c.unit = "facilities", "facilities"  # "16 of the 35 hospitals are no longer functioning", "remain open"
            c.head_end = cands[i + 1].head_end
            cands[i + 1].category, cands[i + 1].unit = "other", "facilities"  # the whole is no count of hits
            wholes.add(i + 1)
            continue
        if c.noun is None and i + 1 < len(cands) and _partitive(low, c, cands[i + 1]):
            wholes.add(i + 1)  # "2.9 million of the region's 4.6 million residents were displaced"
            continue
        if c.noun == "area":
            if _AREA_TAKEN.search(low, (c.start - 150 if c.start - 150 > lo else lo), (c.head_end + 150 if c.head_end + 150 < hi else hi)):
                c.category, c.unit = "other", "areas"
            continue
        if c.noun == "facility":
            c.unit = "facilities"
            if figure_binding.whole_of_part(low, lo, c.start):
                continue  # "one of the two remaining field hospitals was damaged": the whole the part is of
            if _facility_hit(text, low, cands, i, lo, hi) or (
                    prev is not None and prev.category == "facilities" and _coordinated(low, prev.head_end, c.start)):
                c.category = "facilities"  # "hit 12 hospitals, 10 schools …"
            continue
        if c.noun == "family" and n.value == 1:
            continue  # "eight of the dead were from one family"
        if c.noun == "moves":
            c.unit = "other"  # "576,000 displacements": movements, which may count a person twice
        elif c.noun == "family" or (c.noun == "self" and _FAMILY_END.search(low, n.span[1], c.head_end)):
            c.unit = "families" if "famil" in low[n.span[1]:c.head_end] else "households"
        bare = c.noun is None
        size = figure_binding.size_of_place(low, lo, c.start) if c.noun in (None, "person") else None
        if size is not None:  # "Tigray, a region of about 6 million, needs food aid": the region's size
            c.category, c.trig_span = "population", (size, c.start)
            continue
        grown = figure_binding.grown_population(low, lo, c.start, "" if bare else low[n.span[1]:c.head_end],
                                                prev.category if prev is not None else None) \
            if c.noun in (None, "person") else None
        if grown is not None:  # "has swelled to more than 300,000 inhabitants with the arrival of displaced families"
            c.category, c.trig_span = "population", (grown, c.start)
            continue
        if n.value < 20 and _ends(low, (c.start - 30 if c.start - 30 > lo else lo), c.start, ("of",)) \
                and _PARENT_OF.search(low, (c.start - 30 if c.start - 30 > lo else lo), c.start):
            continue  # "a mother of five": a family, not a count
        # "including five children", "34 of them": the aside counts what its head counts
        # the sentence before is its head only when the aside opens this one ("Among them, 12 children")
        aside = prev is not None and prev.category is not None and (i > 0 or c.start - lo <= 30) and (
            (_ends(low, (c.start - 40 if c.start - 40 > lo else lo), c.start, _INCLUDING_ENDS, ",:")
             and _INCLUDING.search(low, (c.start - 40 if c.start - 40 > lo else lo), c.start)) or _OF_THEM.match(low, n.span[1]))
        own_m = _ADJACENT_TRIGGER.match(low, c.head_end, hi)  # bounded: a label line's next line is not its own
        own_t = _trigger_at(low, own_m.end(), hi) if own_m and own_m.end() > c.head_end else None
        own = _crossing(low, own_t) if own_t else None
        if own and own[2] == "in_need" and low.startswith("reach", own[0]):
            own = _reached_place(text, low, own, hi)
        if own and n.spelled and bare and n.value < 100 and _WHO_THAT.search(low, c.head_end, own[0]) \
                and not _ends(low, (c.start - 12 if c.start - 12 > lo else lo), c.start, ("including", "among them")):
            own = None  # "a mother of five who fled": a detail of one person ("including seven who died" counts)
        if own and ((own[2] == "population" and low.startswith("living", own[0])
                     and not _AUX.search(low, c.head_end, own[0])) or _participle(low, c.head_end, own[0])):
            # "families living in camps", "civilians sheltering in": a description; the predicate is elsewhere
            # ("2 million were living in camps" is the predicate)
            own = None
        if bare and prev is not None and prev.category == "facilities" and (prev.noun == "facility" or (
                prev.noun is None and prev.unit == "facilities")) \
                and _facility_chain(low[prev.head_end:c.start]) and (own is None or _FACILITY_HIT.match(low, own[0])):
            # "seven hospitals were damaged, and two have been evacuated": hospitals, not people evacuated
            # ("of the 48 hospitals, seven have been damaged and two evacuated": the part before counted them too)
            c.category, c.unit = "facilities", "facilities"
            c.trig_span = (own[0], own[1]) if own else None
            continue
        compared = _COMPARED.search(low, (c.start - 24 if c.start - 24 > lo else lo), c.start) \
            if i > 0 and _ends(low, (c.start - 24 if c.start - 24 > lo else lo), c.start, _COMPARED_ENDS) else None
        if prev is not None and prev.category and prev.category != "other" and not c.self_cat and (
                compared or _restated(low, prev, c)):
            c.category = prev.category  # "25 million need aid, up from 15.8 million"; "a million - 960,000 -"
            c.trig_span = compared.span() if compared else None
            if c.unit == "people" and c.noun is None:  # "12,000 families, or 60,000 people": people stay people
                c.unit = prev.unit
            continue
        aid_own = None
        before = low[(c.start - 4 if c.start - 4 > lo else lo):c.start].rstrip()  # a trigger ends in a letter: most counts open their clause
        if ((own is not None and own[2] not in ("killed", "injured")) or c.self_cat in _DESCRIBED) \
                and c.noun in (None, "person", "self") and before[-1:].isalpha() \
                and (hit := _CASUALTY_VERB.search(low, (c.start - 16 if c.start - 16 > lo else lo), c.start)):
            # "killed at least 15 civilians who had been sheltering in a farm", "killing 450 displaced people":
            # the count is the casualty verb's object; what follows, or the noun, only says who they were
            c.category, c.trig_span = ("killed" if hit.group(1) == "kill" else "injured"), hit.span()
            continue
        if own and own[2] != "in_need" and before[-1:].isalpha() and not _armed(low, c):
            # an aid verb ends right before the number: the words just before it are enough to read
            near = (triggers, starts) if scanned else _sentence_triggers(text, low, (c.start - 120 if c.start - 120 > lo else lo), c.start)
            aid_own = _aid_verb(low, c, *near)
        if aid_own:  # "kits were provided to 9,200 families displaced to camps": aid reach
            c.category, c.trig_span = "in_need", aid_own
            continue
        if own and not c.self_cat and (pop_of := _POPULATION_OF.search(low, (c.start - 40 if c.start - 40 > lo else lo), c.start)):
            c.category, c.trig_span = "population", pop_of.span()  # "half of the pre-war population of 22 million has fled"
            continue
        if own and not c.self_cat:  # "11 of whom died", "235,000 have fled"
            if own[2] != "population" or not _OF_THEM.match(low, n.span[1]):
                c.category, c.trig_span = own[2], (own[0], own[1])
            if c.category not in (None, "killed", "injured") and _armed(low, c):
                c.category = c.trig_span = None  # "50 fighters crossed into Turkey"
            elif c.category == "population" and c.noun == "person" and _hosted_abroad(low, lo, c):
                c.category = "refugees"  # "6 million Syrians live in Turkey, Lebanon and Jordan"
            elif c.category == "displaced" and low.startswith("arriv", own[0]) and (
                    figure_cues.country_receives(low, lo, c.start) or (prev is not None and prev.category == "refugees")
                    or _country_line(low, c.start)
                    or (c.noun == "person" and _arrived_abroad(low, c))):
                c.category = "refugees"  # "Egypt has registered about 500,000 arrivals"; arrivals after refugees
            continue
        if aside and not c.self_cat and prev is not None:
            c.category = prev.category
            listed = _listed_predicate(low, cands, i, hi)
            if listed:  # "9,384 injured, including 127 children and 261 women killed": the list's own verb
                c.category, c.trig_span = listed[2], (listed[0], listed[1])
            if c.category not in ("killed", "injured") and _armed(low, c):
                c.category = None  # "8,500 people, including some 3,000 fighters, had left": forces are no displaced
            if c.unit == "people" and c.noun is None:
                c.unit = prev.unit
            continue
        if n.spelled and bare and n.value < 100:
            hit = _CASUALTY_VERB.search(low, (c.start - 16 if c.start - 16 > lo else lo), c.start)
            if hit:  # "killing four children and injuring two": the verb's own object
                c.category, c.trig_span = ("killed" if hit.group(1) == "kill" else "injured"), hit.span()
            elif _facility_part(text, low, cands, i, lo, hi):
                c.category, c.unit = "facilities", "facilities"  # "Hospitals were overwhelmed, and four have stopped working"
            continue  # "two of them", "three were …": too little to stand alone as a key figure
        if figure_binding.not_a_count(low, lo, c.start, n.span[1], c.head_end):
            continue  # "classrooms have on average 150 pupils", "lives with 14 relatives": no key figure
        if n.value < 20 and _ends(low, (c.start - 30 if c.start - 30 > lo else lo), c.start, ("his", "her", "their", "my", "our", "your",
                                                                        "and", "&")) \
                and _FAMILY_DETAIL.search(low, (c.start - 30 if c.start - 30 > lo else lo), c.start):
            continue  # "fled with his wife and four children": a family, not a count
        # people never go on counting facilities ("40 schools damaged and 400,000 children out of school")
        if not c.self_cat and prev is not None and prev.category and prev.category != "other" and not (
                prev.category == "facilities" and c.noun == "person") and not _own_item(low, prev, c) and (
                _coordinated(low, prev.head_end, c.start) or (
                    low[(prev.start - 8 if prev.start - 8 > lo else lo):prev.start].rstrip().endswith("from")
                    and _TO_END.match(low, prev.head_end, c.start))):
            c.category = prev.category  # "nine children and two teachers"; "from 8,000 residents … to 100,000"
            if c.unit == "people" and c.noun is None:
                c.unit = prev.unit
            continue
        if bare and prev is not None and prev.noun == "facility" and prev.category == "facilities" \
                and _facility_chain(low[prev.head_end:c.start]):
            c.category, c.unit = "facilities", "facilities"  # "23 facilities damaged and 19 out of service"
            continue
        label = _facility_label(low, lo, hi, c) if bare else None
        if label:
            c.category, c.unit, c.trig_span = "facilities", "facilities", label  # "Schools: 217 attacked"
            continue
        if bare and _facility_part(text, low, cands, i, lo, hi):
            c.category, c.unit = "facilities", "facilities"  # "of the 550 schools …, 180 were damaged"
            continue
        moved = figure_cues.moved_part(low, n.span[1], low[prev.head_end:c.start], prev.category) \
            if bare and prev is not None else None
        if moved is not None:
            c.category, c.trig_span = prev.category, (n.span[1], moved)  # "…, while around 400,000 have gone to northern Aleppo"
            continue
        if bare and prev is not None and prev.category not in (None, "other") \
                and figure_cues.place_list_item(text, prev.head_end, c.start, n.span[1]):
            c.category = prev.category  # "1.2 million are in Poland, 300,000 in Hungary and 250,000 in Moldova"
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if bare and prev is not None and prev.sent == c.sent and prev.category not in (None, "other") \
                and figure_cues.elliptic_place(text, prev.head_end, c.start, n.span[1]):
            c.category = prev.category  # "… displaced in North Kivu since January, and about 6.5 million across Congo"
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if bare and prev is not None and prev.sent == c.sent and prev.category not in (None, "other") \
                and figure_cues.along_with(low, lo, c.start):
            c.category = prev.category  # "465 civilians had been killed …, along with 142 in the western districts"
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if (bare or (c.noun == "person" and low[(c.start - 4 if c.start - 4 > lo else lo):c.start].rstrip().endswith((" at", " to")))) \
                and (ref := _last_counted(cands, i, carry)) is not None \
                and figure_cues.anaphoric_figure(low, lo, n.span[0]):
            # "put the figure at nearly 300", "put the government's losses at around 60 soldiers", "the figure
            # was revised down to around 60": what was counted last, over a count in between ("two activists")
            c.category = ref.category
            continue
        if c.noun == "person" and _RESIDENTS_END.search(low, n.span[1], c.head_end) \
                and _POSSESSIVE_BEFORE.search(low, (c.start - 4 if c.start - 4 > lo else lo), c.start):
            c.category = "population"  # "the needs of the besieged enclave's 393,000 residents": a place's residents
            continue
        if c.noun in (None, "person") and not c.self_cat and not _armed(low, c) \
                and (need := figure_binding.need_after_place(text, c.head_end, hi)):
            # "7.1 million people in the states of Borno, … require aid": the trigger's span says what they need
            verb = _trigger_at(low, need[0], hi)
            c.category, c.trig_span = "in_need", verb.span() if verb and verb.lastgroup == "in_need" else need
            continue
        if c.noun in (None, "person", "family") and not c.self_cat and not _armed(low, c) \
                and "left" in low[c.head_end:c.head_end + 120] \
                and (left := figure_binding.left_place(text, low, c.head_end, hi, _COUNTRY_RE)
                     or figure_binding.left_place(text, low, _aside_after(low, cands, i)[1] or hi, hi, _COUNTRY_RE)):
            c.category, c.trig_span = left  # "more than 150,000 civilians had left Afrin since Wednesday"
            continue
        if not scanned:
            triggers, starts = _sentence_triggers(text, low, lo, hi)
            scanned = True
        tally = _tally(low, lo, c, triggers, cands[(i - 3 if i > 3 else 0):i])
        best = _nearest(low, cands, i, triggers, starts, lo)
        if best and best[1] == "in_need" and low.startswith("reach", best[2][0]):
            subject = _subject_of_reach(low, best[2], triggers, starts)
            if subject:
                best = (best[0], subject[2], (subject[0], best[2][1]))
            elif bare and not low.endswith("to ", 0, best[2][0]):
                best = None  # "casualties reached 1,200": a tally of something else, not aid reaching people
                # ("aims to reach 300,000" is a target of aid)
        # aid handed right to the count: "reached 780 newly displaced families with kits", "carrying food
        # for 50,000 people, arrived"; what the people did or are comes second
        aid = _aid_verb(low, c, triggers, starts) if not tally and not bare else None  # ("casualties reached 1,200")
        if aid:
            c.category, c.trig_span = "in_need", aid  # "reached 780 newly displaced families with kits"
        elif c.self_cat:
            nxt = cands[i + 1].number.span[0] if i + 1 < len(cands) else hi
            near = triggers[bisect.bisect_left(starts, c.head_end):bisect.bisect_left(starts, (c.head_end + 40 if c.head_end + 40 < nxt else nxt))]
            # "1.5M refugees and returnees": a second noun of the list, not a return of the first
            returned = any(cat == "returned" and not (low.startswith("returnees", ts) and _NOUN_LIST_GAP.fullmatch(
                low, c.head_end, ts)) for ts, _, cat in near)
            c.category = "returned" if returned else c.self_cat
        elif tally:
            c.category, c.trig_span = tally
        elif best:
            c.category, c.trig_span = best[1], best[2]
        elif prev is not None and prev.category and prev.category != "other" and not (
                prev.category == "facilities" and c.noun == "person") and not _own_item(low, prev, c) and (_coordinated(
                low, prev.head_end, c.start) or (bare and _elliptic(text, lo, prev, c)) or _shares_predicate(low, lo, prev, c)):
            c.category = prev.category  # "264 children and 186 women"; "Hungary has received 190,000"
            if c.unit == "people" and c.noun is None:
                c.unit = prev.unit
        elif c.noun == "person" and n.value >= 10_000 and _LOCATIVE.match(text, c.head_end) \
                and not _armed(low, c) and _OBJECT_BEFORE.search(low, (c.start - 16 if c.start - 16 > lo else lo), c.start):
            # "the 3 million people in the area"; as a subject ("4 million people in X depended …") the
            # predicate, even one we do not know, says what they are
            c.category = "population"
        elif c.noun == "person" and _RESIDENTS_END.search(low, n.span[1], c.head_end):
            c.category = "population"
        if c.category == "population" and c.noun == "person" and _hosted_abroad(low, lo, c):
            c.category = "refugees"  # "Turkey, already home to 3.7 million Syrians"
        if c.category == "population" and not tally and (
                (bare and best and best[0] > 12 and not low[lo:c.start].rstrip().endswith(":"))
                or _OF_THEM.match(low, n.span[1])):
            c.category = None  # "population" needs the number right at it, and not a part "of them"
        if c.category == "population" and c.trig_span and low.startswith(("host", "hold", "held"), c.trig_span[0]) \
                and (shelter := _SHELTER_SUBJECT.search(low, (c.trig_span[0] - 80 if c.trig_span[0] - 80 > lo else lo), c.trig_span[0])):
            # "the transit centre is hosting 7,000", "UNRWA shelters host nearly 710,000 people", "the collective
            # shelters now hold 45,000", "the camps of the north-west still hold 1.7 million": people sheltering
            # there, displaced; but a camp that "hosts more than 68,000 people" is home to them, as a town would be
            if c.noun != "person":
                c.category = c.trig_span = None
            elif shelter.group() != "camp" and not (
                    shelter.group() == "camps" and "," in low[shelter.end():c.trig_span[0]]):
                c.category = "displaced"  # ("camps such as Al Hol, which alone hosts 68,000": the one camp)
        # (a bare number with no head before it stays no figure: "Poland has received 190,000.")
        if ((c.category is None and c.noun == "person") or c.category == "population" or (
                c.category == "displaced" and c.trig_span is not None and low.startswith("arriv", c.trig_span[0])
                and n.span[1] <= c.trig_span[0] < c.head_end)) \
                and c.noun in (None, "person") and figure_cues.country_receives(low, lo, c.start):
            c.category = "refugees"  # "Egypt has received some 280,000 people", "Chad has registered 40,000 new arrivals"
        ls = _label_start(low, c.start, lo)
        if ls is not None:
            if c.category is None and bare and n.value >= 100 and not _triggers_in(low, ls, c.start):
                head = figure_cues.heading_of(text, ls)  # "Displacement figures (27 Oct - 16 Nov)" over "Sagaing: 195,000"
                found = _sentence_triggers(text, low, *head)[0] if head else []
                if found:
                    c.category, c.trig_span = found[0][2], (ls, c.start)
                    c.label_place = figure_cues.label_place(text, ls, c.start)
            if c.category and c.noun is None and c.unit == "people":
                c.unit = figure_cues.label_unit(low, ls, c.start) or c.unit  # "Displaced families: 11,000"
            if c.category in ("displaced", "population", "refugees") and figure_cues.country_label(low, ls, c.start):
                c.category = "refugees"  # "Chad: approximately 100,000 arrivals"
                c.label_place = figure_cues.label_place(text, ls, c.start)
        if c.category in (None, "population") and c.noun in (None, "person", "family") and not tally \
                and figure_cues.aid_handed_to(low, lo, c.start):
            c.category = "in_need"  # "distributed core relief items — blankets, … — to 41,200 people"
        if c.category in (None, "displaced", "population") and c.noun == "person" and _ARRIVED_VERB.match(low, c.head_end) \
                and _arrived_abroad(low, c):
            c.category = "refugees"  # "Rwandan officials said about 1,200 Congolese had arrived in Gisenyi"
        if c.category in (None, "displaced", "population") and c.noun in (None, "person") and "into" in low[c.head_end:c.head_end + 80] \
                and (into := _INTO_COUNTRY.match(low, c.head_end)) and not _armed(low, c):
            c.category = "refugees"  # "drove 740,000 of them into Bangladesh", "had crossed the Hakari bridge into Armenia"
            if c.trig_span is None:
                c.trig_span = into.span()
        if bare and c.category and _OF_WHICH.search(low, (c.start - 12 if c.start - 12 > lo else lo), c.start) and (
                prev is None or _DIGIT.search(low, prev.head_end, c.start)):
            c.category = c.trig_span = None  # "778 collective shelters, of which 621 are full": things, not people
        if c.category == "population" and (_ROLE.search(low, n.span[1], c.head_end) or _PART_OF_WHOM.search(
                low, (c.start - 12 if c.start - 12 > lo else lo), c.start)):
            c.category = c.trig_span = None  # staff or hostages who remain are no population, nor is a part "of whom"
        if c.rate and c.category != "in_need":
            c.category = c.trig_span = None  # "4,000 people a day have arrived": a rate, no count
        if c.category not in (None, "killed", "injured", "other") and _armed(low, c):
            c.category = c.trig_span = None  # forces are counted only as casualties
        if c.category and c.trig_span is None and best:
            c.trig_span = best[2]
        if bare and prev is not None and prev.category not in (None, "other") and c.category is not None \
                and c.trig_span is not None and c.trig_span == prev.trig_span:
            c.category = prev.category  # one trigger, one count: "500,000 arrivals [refugees], Ethiopia 50,000"
    if low.find("hostage", lo, hi) >= 0 or low.find("captive", lo, hi) >= 0 or low.find("prisoner ", lo, hi) >= 0:
        _captives(low, cands, lo, hi)  # (three finds in C, no generator: this runs for every sentence with a count)


# Captives are counted, but as no category of the vocabulary: every writer of the dev sets files
# "taking 251 hostages", "24 hostages were freed" and the people handed over in an exchange as other.
_CAPTIVE_NOUN = ("hostage", "captive", "abductee")
_EXCHANGE_CUES = ("hostage", "captive", "prisoner exchange", "prisoner swap")  # a sentence of a release
_CAPTIVE_MOVES = ("displaced", "refugees", "returned", "population", "in_need")


def _captives(low: str, cands: list[_Cand], lo: int, hi: int) -> None:
    """Make counts of hostages, and people moved in a hostage or prisoner exchange, "other".

    The toll's verb goes on to the next count ("killing 1,200 people and taking 251 hostages"),
    and a release is told as a crossing ("hostages have crossed into Egypt: 13 Israelis"): neither
    is a death nor a flight. Hostages whose own verb is a casualty ("two hostages were killed")
    stay casualties."""
    exchange = any(low.find(w, lo, hi) >= 0 for w in _EXCHANGE_CUES)
    for c in cands:
        if c.category is None or c.category == "other":
            continue
        if c.noun in ("person", "self") and any(w in low[c.number.span[1]:c.head_end] for w in _CAPTIVE_NOUN):
            ts = c.trig_span
            if c.category in ("killed", "injured") and ts is not None and (
                    0 <= ts[0] - c.head_end <= 24 or 0 <= c.start - ts[1] <= 16):
                continue  # "three hostages were killed", "killing two hostages"
            c.category = "other"
        elif exchange and c.category in _CAPTIVE_MOVES:
            c.category = "other"  # "the first exchange took place: 13 Israelis … were handed to the Red Cross"


def _own_item(low: str, prev: _Cand, c: _Cand) -> bool:
    """Is c an item of a key-figure list of its own ("885K IDP returns; 1.9M people in camps")? A count
    whose category came from its own noun lends it to no next item with a noun of its own."""
    return prev.noun == "self" and c.noun == "person" and any(m in low[prev.head_end:c.start] for m in ";|")


def _last_counted(cands: list[_Cand], i: int, carry: _Cand | None) -> _Cand | None:
    """The last count before candidate i (in its sentence, else the sentence before) with a main category."""
    for p in reversed(cands[:i]):
        if p.category not in (None, "other"):
            return p
    return carry if carry is not None and carry.category not in (None, "other") else None


def _sum_casualties(low: str, cands: list[_Cand], lo: int) -> None:
    """A casualty count led by one victim in words is their sum ("killed a woman and two of her
    children": 3); "killed a family of five" counts the family (see `figure_totals`)."""
    for c in cands:
        if c.category in ("killed", "injured"):
            total = figure_totals.lead_total(low, lo, c.start, c.number)
            if total is not None:
                c.number, c.start = total
        elif c.category is None and c.number.value < 20:
            hit = figure_totals.family_hit(low, lo, c.start)
            if hit is not None:
                c.category, c.start = hit
                continue
            total = figure_totals.lead_total(low, lo, c.start, c.number)
            verb = figure_totals.lead_verb(low, lo, total[1]) if total is not None else None
            if total is not None and verb is not None:
                c.category, (c.number, c.start) = verb, total  # "killed a farmer and three of his sons"


class _Inside:
    """Which of a text's spans lie inside a sentence: what `[j for j, (a, b) in enumerate(spans)
    if a >= lo and b <= hi]` gives, in that order, found by bisection on the sorted starts (a
    scan of every date of the text for every sentence with a figure grows with their product)."""

    __slots__ = ("order", "spans", "starts")

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda j: spans[j][0])
        self.starts = [spans[j][0] for j in self.order]

    def within(self, lo: int, hi: int) -> list[int]:
        spans, order = self.spans, self.order
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_right(self.starts, hi, a)
        found = [j for j in order[a:b] if spans[j][1] <= hi]
        found.sort()
        return found


def find_figures(
    text: str,
    sents: Sequence[Span],
    skip: Sequence[Span] = (),
    dates: Sequence[object] = (),
    places: Sequence[tuple[Span, str]] = (),
) -> list[Figure]:
    """Key figures of `text`, each once, in order of first mention."""
    low = ascii_lower(text)
    skipped = list(skip)
    numbers = [n for n in find_numbers(text, low) if not (skipped and inside(n.span, skipped))]
    if not numbers or not sents:
        return []
    starts = [s for s, _ in sents]
    by_sent: dict[int, list[_Cand]] = {}
    n_sents = len(sents)
    for n in numbers:
        si = bisect.bisect_right(starts, n.span[0]) - 1
        if si < 0:
            si = 0
        lo, hi = sents[si]
        if n.span[1] > hi:
            continue
        end = n.span[1]
        if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha() and text[end - 1:end].isdigit() \
                and not low.startswith(("-plus", "-odd"), end):
            continue  # "the 30-bed hospital", "a 1,500-strong force": a size, not a count ("5,000-plus people" is one)
        # A sitrep key-figure box: the number alone on its line, its label on the next.
        hedge = None  # (qualifier, where the figure's text starts), worked out only for candidates
        if si + 1 < n_sents and _BOX_TAIL.fullmatch(text, n.span[1], hi):
            hedge = _qualifier(text, low, n)
            if _BOX_HEAD.fullmatch(text, lo, (hedge[1] if hedge[1] > lo else lo)):
                hi = sents[si + 1][1]
        head = _head(text, low, n, hi)
        if head is not None:
            if head[2] > hi:
                hi = head[2]
        else:
            paired = figure_cues.paired_head_end(text, n.span[1], hi)
            if paired is not None:
                head = ("person", None, paired)  # "183 HTS and allied fighters"
            elif figure_cues.verb_follows(low, n.span[1], hi):
                head = (None, None, n.span[1])  # "18 million face acute hunger": a verb, not a noun
            elif n.unit is None:
                continue
            else:
                head = (None, None, n.span[1])
        if (n.value <= 10 or n.value in (100, 1000)) and _ends(low, (n.span[0] - 20 if n.span[0] > 20 else 0), n.span[0], ("of", "in")) \
                and _RATIO_BEFORE.search(low, (n.span[0] - 20 if n.span[0] > 20 else 0), n.span[0]):
            continue  # "six out of ten people arriving", "one in five children": a share, not a count
        qual, qstart = hedge or _qualifier(text, low, n)
        noun, self_cat, head_end = head
        if n.unit is None and (not n.value.is_integer() or (
                low[(qstart - 30 if qstart > 30 else 0):qstart].rstrip().endswith(_CAPACITY_ENDS)
                and _CAPACITY.search(low, (qstart - 30 if qstart > 30 else 0), qstart))):
            continue  # "a 7.8 magnitude quake", "a centre designed for 300 people"
        by_sent.setdefault(si, []).append(_Cand(n, si, qstart if qstart > lo else lo, head_end, noun, self_cat, qual, hi=hi,
                                                rate=_RATE.match(low, head_end) is not None))
    sources = Sources(text, sents, low)
    in_sentence = _Inside([d.span for d in dates])  # type: ignore[attr-defined]
    places_in = _Inside([sp for sp, _name in places])
    figures: list[tuple[Figure, int]] = []
    added: list[int] = []  # the figures counted on top of others ("two other volunteers")
    carry: _Cand | None = None
    for si, cands in by_sent.items():
        lo, hi = sents[si]
        for c in cands:  # (conditionals, not max() and next(): these lines run for every figure)
            if c.hi > hi:
                hi = c.hi
        sent_dates: list[Any] | None = None
        sent_places: list[Any] | None = None
        _categorise(text, low, cands, lo, hi, carry if carry is not None and carry.sent == si - 1 else None)
        _sum_casualties(low, cands, lo)
        figure_roles.revise(low, cands, lo)
        for c in cands:
            if c.qualifier == "exact" and c.category and (q := figure_binding.verb_qualifier(low, lo, c.start, c.head_end)):
                c.qualifier = q  # "the death toll has passed 36,000", "is estimated at 1.4 million"
        carry = None
        for c in reversed(cands):
            if c.category and c.category != "other":
                carry = c
                break
        for k, c in enumerate(cands):
            if not c.category:
                continue
            n = c.number
            s, e = c.start, (c.head_end if c.head_end > n.span[1] else n.span[1])
            if c.trig_span:
                ts, te = c.trig_span
                s, e = (ts if ts < s else s), (te if te > e else e)
            of_them = _OF_THEM.match(low, n.span[1])
            if of_them:
                e = max(e, of_them.end())  # "34 of them"
            s, e = (s if s > lo else lo), (e if e < hi else hi)
            if sent_dates is None:  # the sentence's dates and places, once for all its figures
                sent_dates = sentence_dates(text, [dates[j] for j in in_sentence.within(lo, hi)], lo, hi)
                sent_places = sentence_places([places[j] for j in places_in.within(lo, hi)]
                                              or figure_binding.named_places(text, low, lo, hi, []), lo, hi, text)
            fig = Figure(
                value=n.value, high=n.high, category=c.category, unit=c.unit, qualifier=c.qualifier,
                text=text[s:e], span=(s, e),
                # a place's population is a state, not a count over a period: writers date 15 of 893
                when=None if c.unit == "km" or c.category == "population" or not sent_dates else period_among(text, sent_dates, n.span[0], others=[
                    o.number.span[0] for o in cands[(k - 1 if k > 1 else 0):k + 2] if o is not c and o.category]
                    if len(sent_dates) > 1 else ()),  # the others matter only to choose between dates
                place=c.label_place or (place_among(sent_places, n.span[0], text) if sent_places else None)
                or figure_binding.own_place(text, s, e + 40 if e + 40 < hi else hi, hi=hi)
                or figure_binding.people_place(low, n.span[0], n.span[1]),
                source=sources.of(si),
            )
            if _added(low, lo, c) and not _next_kind(cands, k):
                added.append(len(figures))
            figures.append((fig, si))
    return dedupe(text, sents, figures, added)


def figures_of(text: str, places_conf: Mapping[str, Sequence[str]] | None = None) -> list[Figure]:
    """Convenience for tests and callers without the engine: figures of a plain text."""
    from idlibmon.extract.text import sentences

    return find_figures(text, sentences(text))
