"""Dates counted from the publication day or from another date: weekdays, "yesterday", "the
last two weeks", "this month", "the weekend", "three days ago", "the next day", "since then"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from idlibmon.extract.dates.calendar_rules import latest_weekday, minus, month_shifted, period, safe_date
from idlibmon.extract.dates.hit import Hit, Resolved
from idlibmon.extract.dates.tense import plan_ahead, present_plan, reported_plan, saying_weekday, scheduled_for
from idlibmon.extract.dates.vocabulary import WEEKDAYS, count_word, norm
from idlibmon.extract.text import opens_sentence

_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star)\b")
# "for the first three days after the quake", "in the two weeks after it began": a stretch of time
_SPELL_BEFORE = re.compile(r"(?i:\b(?:the|first|last|next|initial|final|past)\s+)$")
# "later on Wednesday", "later Wednesday": a plan for the rest of the day
_LATER_BEFORE = re.compile(r"(?i:\blater\s+(?:on\s+)?)$")
_LASTED_BEFORE = re.compile(r"(?i:\b(?:lasted|lasting|lasts|held|for)\s+(?:barely\s+|only\s+|just\s+|about\s+)?$)")
_FIRST_DAYS = re.compile(r"(?:the\s+)?first\s+(half|week|\w+\s+days|\w+\s+weeks)\s+of")
_FIRST_MONTHS = re.compile(r"(?:the\s+)?first\s+(half|\w+\s+months)\s+of")
# the ends of a year, told to the month: "at the end of 2021", "since the start of 2024"
_YEAR_END_MOD = {"end of": 12, "the end of": 12, "the very end of": 12, "start of": 1, "the start of": 1,
                 "beginning of": 1, "the beginning of": 1, "the very beginning of": 1, "the very start of": 1}
_VAGUE_DAYS = ("few", "several")
# a rate, not a day: "an average of 500 trucks a day before the hostilities"
_YEAR_SET_OFF = re.compile(r"(?<!\d)(?:19|20)\d\d,\s*$")  # a date's year and its comma, no count
_COUNT_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}$")



def weekday(h: Hit) -> Resolved | None:
    g, m, text, pub, rel_word, span_start, future, requested = h.g, h.m, h.text, h.pub, h.rel_word, h.span_start, h.future, h.requested
    wd = WEEKDAYS[g["w_d"].lower()]
    direction = (g["w_dir"] or "").lower()
    if text[max(0, m.start("w_d") - 7):m.start("w_d")].rstrip().lower().endswith(("black", "good", "bloody", "palm")):
        return None
    if _PAPER_AFTER.match(text, m.end("w_d")):
        return None  # "the Sunday Times" is a newspaper
    if g["w_wk"]:
        # "on Friday last week", "Thursday of next week": that day of the Monday-to-Sunday week named
        shift = {"last": -1, "this": 0, "next": 1}[g["w_wk"].lower()]
        day = pub + timedelta(days=wd - pub.weekday(), weeks=shift)
        return day.isoformat(), None, h.default("on"), False, span_start
    back = (pub.weekday() - wd) % 7
    if direction in ("last", "past"):
        back = pub.weekday() + 7 - wd  # "last Thursday": in the week before this one
        if pub.weekday() == 6:
            # ... but a Sunday paper counts its week from that Sunday: "last Wednesday" is the one
            # just gone, four days back (blind30), and "last Sunday" a week back
            back = 6 - wd or 7
    if requested and not direction:
        return f"@w{wd}", None, h.default("on"), False, span_start  # counted from the request's own day
    said = saying_weekday(text, m.start(), pub) if not direction and "would" in text[max(0, m.start() - 160):m.start()] else None
    if said is not None:
        # "said on Thursday that the two leaders would meet on Tuesday": the Tuesday after that Thursday
        saying = latest_weekday(pub, said)
        return (saying + timedelta(days=(wd - said) % 7 or 7)).isoformat(), None, h.default("on"), False, span_start
    if not future and not direction and rel_word == "for" and wd != pub.weekday() and scheduled_for(text, m.start(), m.end()):
        future = True  # "The next exchange is scheduled for Saturday", "requested a session for Wednesday"
    if not future and not direction and rel_word in (None, "on") and wd != pub.weekday() and (
        present_plan(text, m.start())
        or (plan_ahead(text, m.start(), m.end()) and not _LATER_BEFORE.search(text, max(0, m.start() - 12), m.start("w_d")))
    ):  # ("was due to arrive later on Thursday", in a Friday paper, was written that Thursday)
        future = True  # "when he meets Putin on Thursday", "was scheduled to speak with him on Monday"
    if future and not direction and wd == pub.weekday() and _LATER_BEFORE.search(text, max(0, m.start() - 12), m.start("w_d")):
        return pub.isoformat(), None, h.default("on"), False, span_start  # "will meet later on Wednesday", that Wednesday
    if direction == "next" or (future and direction not in ("last", "past")):
        ahead = (wd - pub.weekday()) % 7 or 7  # the rule: the next one after the day
        day = pub + timedelta(days=ahead)
    else:
        day = pub - timedelta(days=back)
    return day.isoformat(), None, h.default("on"), False, span_start


def named_day(h: Hit) -> Resolved | None:
    g, pub, span_start = h.g, h.pub, h.span_start
    word = norm(g["rd"])
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}.get(word, 0)
    return (pub + timedelta(days=offset)).isoformat(), None, h.default("on"), False, span_start


def last_n(h: Hit) -> Resolved | None:
    g, pub, relation, span_start = h.g, h.pub, h.relation, h.span_start
    unit = g["ln_u"].lower()
    n = count_word(g["ln_n"]) if g["ln_n"] else 1
    first = minus(pub, n, unit).isoformat()
    # "in the past month alone", pub 18 February: from 18 January (a day inside the month an
    # annotator may give instead); "the past year" stays its first month
    start = first if unit in ("hour", "day", "week", "month") else first[:7]
    return start, pub.isoformat(), "during" if relation in ("", "in") else relation, False, span_start


def first_days(h: Hit, year: int, month: int, explicit: bool) -> Resolved | None:
    """"the first half of May", "the first nine days of the month": from the 1st to the day they
    end (a count the text leaves vague, "the first few days", stays the month)."""
    m = _FIRST_DAYS.fullmatch(h.mod) if h.mod and "first" in h.mod else None
    if m is None or m.group(1).startswith(_VAGUE_DAYS):
        return None
    part = m.group(1)
    last = {"half": 15, "week": 7}.get(part) or count_word(part.split()[0]) * (7 if part.endswith("weeks") else 1)
    if not 1 <= last <= 28:
        return None
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", h.default("in"), explicit, h.span_start


def part_of_year(h: Hit, year: int, explicit: bool) -> Resolved | None:
    """ "the first half of 2024", "the first two months of this year": from January to the month
    they end; "the end of 2021" is its December, "the start of 2019" its January."""
    mod = h.mod
    if not mod:
        return None
    month = _YEAR_END_MOD.get(mod)
    if month is not None:
        return f"{year:04d}-{month:02d}", None, h.default("in"), explicit, h.span_start
    m = _FIRST_MONTHS.fullmatch(mod) if "first" in mod else None
    if m is None:
        return None
    last = 6 if m.group(1) == "half" else count_word(m.group(1).split()[0])
    if not 1 <= last <= 11 or m.group(1).startswith(_VAGUE_DAYS):
        return None
    return f"{year:04d}-01", f"{year:04d}-{last:02d}", h.default("in"), explicit, h.span_start


def this_or_last_period(h: Hit) -> Resolved | None:
    g, pub, span_start, future = h.g, h.pub, h.span_start, h.future
    unit = (g["rp_u"] or g["rp2_u"] or g["rp_the"]).lower()
    direction = (g["rp_dir"] or "this").lower()
    if g["rp_the"]:
        if not h.mod:
            return None  # "the month" alone refers back; "at the start of the month" is this one
        if unit == "year" and h.mod.endswith(("start of", "beginning of")):
            return f"{pub.year:04d}-01", None, h.default("in"), False, span_start  # "since the start of the year": January
        if unit == "month" and (part := first_days(h, pub.year, pub.month, False)) is not None:
            return part  # "in the first nine days of the month"
        if unit == "year" and (part := part_of_year(h, pub.year, False)) is not None:
            return part  # "in the first half of the year"
    pre = (g["rp_pre"] or g["rp2_pre"] or "").lower()
    if direction == "past":
        first = minus(pub, 1, unit if unit != "weekend" else "week")
        return first.isoformat(), pub.isoformat(), h.default("during"), False, span_start
    shift = {"this": 0, "last": -1, "next": 1, "coming": 1}[direction]
    if h.mod and direction in ("this", "last") and unit in ("month", "year"):
        if unit == "month":
            part = first_days(h, *month_shifted(pub, shift), False)  # "the first ten days of this month"
        else:
            part = part_of_year(h, pub.year + shift, False)  # "the end of last year", "the first two months of this year"
        if part is not None:
            return part
    if pre == "later" and direction == "this" and not future:
        return None  # "later this month" is a plan, not a date we can place
    if pre == "later" and direction == "this" and unit == "week" and pub.weekday() < 6:
        # "is due to brief the council later this week": the days after publication to Sunday
        sunday = pub + timedelta(days=6 - pub.weekday())
        return (pub + timedelta(days=1)).isoformat(), sunday.isoformat(), h.default("during"), False, span_start
    # "is expected to visit this weekend", "said it would send a mission this weekend", or any
    # "this weekend" in a Friday's paper: the weekend ahead (told in the past early in the week,
    # it is the one just gone)
    ahead = unit == "weekend" and (future or (direction == "this" and (
        pub.weekday() == 4 or reported_plan(h.text, h.m.start()))))
    found = period(pub, unit, shift, h.default("during" if unit in ("week", "weekend") else "in"), span_start,
                   ahead=ahead)
    if unit == "week" and h.mod in ("late", "early") and found[1]:
        return _part_of_week(found, h.mod)
    return found


def _part_of_week(found: Resolved, mod: str) -> Resolved:
    """ "late last week" is its Thursday to Sunday, "early last week" its Monday to Wednesday
    (a week still running ends on the publication day, as `period` gave it)."""
    start, end, relation, explicit, span_start = found
    monday, last = date.fromisoformat(start), date.fromisoformat(end)
    if mod == "late":
        thursday = monday + timedelta(days=3)
        return (thursday if thursday <= last else monday).isoformat(), end, relation, explicit, span_start
    return start, min(last, monday + timedelta(days=2)).isoformat(), relation, explicit, span_start


def weekend(h: Hit) -> Resolved | None:
    pub, span_start, future = h.pub, h.span_start, h.future
    sat = latest_weekday(pub, 5)
    if future:
        sat = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
    end = min(sat + timedelta(days=1), pub) if not future else sat + timedelta(days=1)
    return sat.isoformat(), end.isoformat(), h.default("during"), False, span_start


def ago(h: Hit) -> Resolved | None:
    g, pub, span_start = h.g, h.pub, h.span_start
    unit = g["ago_u"].lower()
    if not g["ago_n"]:
        return None  # "weeks ago" names no date
    n = count_word(g["ago_n"])
    vague = g["ago_n"].lower().strip() in ("a few", "few", "several", "a couple of", "couple of")
    decades = unit == "decade"
    if decades:
        n, unit = 10 * n, "year"
    named = latest_weekday(pub, WEEKDAYS[g["ago_wd"].lower()]) if g["ago_wd"] else None  # "... ago on Monday"
    if (g["ago_today"] or g["ago_ex"] or g["ago_wd"] or g["ago_this"]) and not vague and unit in ("month", "year"):
        # An anniversary: "two years ago today", "a decade ago today", "exactly one year ago" are the
        # very day; "ten years ago on Monday" the day that many years before the Monday just gone
        # (the day itself included); "a year ago this week", "... this month" that month.
        back = -(12 * n if unit == "year" else n)
        anchor = named or pub
        y, mo = month_shifted(anchor, back)
        if g["ago_this"]:
            return f"{y:04d}-{mo:02d}", None, "ago", False, span_start
        day = safe_date(y, mo, anchor.day) or date(y, mo, 28)
        return day.isoformat(), None, "ago", False, span_start
    if named and unit in ("day", "week"):
        # "three days ago on Monday": the weekday names the day (the count only agrees with it)
        return named.isoformat(), None, "on", False, span_start
    day = minus(pub, n, unit)
    if unit in ("day", "week") and not vague:
        start = day.isoformat()
    elif unit == "year" and (vague or decades):  # "two decades ago": a year, no finer
        start = f"{day.year:04d}"
    else:
        start = day.isoformat()[:7]
    return start, None, "ago", False, span_start


def then(h: Hit) -> Resolved | None:
    rel_word, relation, span_start = h.rel_word, h.relation, h.span_start
    if rel_word not in ("since", "until", "by", "from"):
        return None
    return "@0", None, relation, False, span_start


# how precisely "later that <unit>" and "the days that followed" repeat the date told before ("P7":
# its month, "P4": its year; a part of the day keeps the day)
_WITHIN_PRECISION = {"week": "P7", "month": "P7", "days": "P7", "weeks": "P7", "year": "P4"}


def day_after(h: Hit) -> Resolved | None:
    g, span_start = h.g, h.span_start
    if g["ana_fu"]:
        # "overran Mosul in June 2014 ... proclaimed a caliphate the following month": the month (year,
        # week) after the date told before, at that unit's precision ("w": a week on from a day)
        unit = g["ana_fu"].lower()
        return {"week": "@7", "month": "@30", "year": "@360"}[unit], {"week": "w", "month": "m", "year": "Y"}[unit], \
            h.default("on"), False, span_start
    if g["tl_u"] or g["tb_u"] or g["fd_u"] or g["fd_u2"] or g["fd_u3"]:
        # "later that day" is the day told before; "earlier that week", "later that month", "in the
        # days that followed" its month (the day is not told); "later that year" its year
        unit = (g["tl_u"] or g["tb_u"] or "days").lower()
        if g["tb_u"] and unit in ("week", "month"):
            # a bare "that month" points at the month told last ("took the town in August. A truce
            # announced at the end of that month"), not at the main time of the sentence before
            return "@0", "L7", h.default("in"), False, span_start
        return "@0", _WITHIN_PRECISION.get(unit), h.default("on" if unit not in _WITHIN_PRECISION else "in"), False, span_start
    word = (g["ana_day"] or g["ana_ba"]).lower()
    offset = {"same": 0, "following": 1, "next": 1, "after": 1, "previous": -1, "before": -1}[word]
    if g["ana_ba"] and not _CLAUSE_END.match(h.text, h.m.end()) and h.text[:span_start].rstrip().endswith(","):
        # "since 8 October last year, the day after Hamas's attack on southern Israel": set off after
        # a date, it names that date; what follows it happened the day before (after) that date
        return f"@s{-offset}", None, h.default("on"), False, span_start
    return f"@{offset}", None, h.default("on"), False, span_start


def hours_later(h: Hit) -> Resolved | None:
    """ "followed nine hours later by a second quake": the day of the sentence's own date, else of
    the happening told in the sentence before ("A second bomb exploded two hours later": the story
    goes on from there), else of the publication; a sentence that opens with "Hours later," goes on
    from the one before, and takes the day of the happening told there."""
    span_start = h.span_start
    if opens_sentence(h.text, span_start):
        return "@0", None, "on", False, span_start
    told = h.m.group().lower()
    # (a day's worth of hours, "less than 24 hours later", may cross into the next day: not counted on)
    return "@s0", (None if "24" in told or "twenty" in told else "h"), "on", False, span_start


def within_a_day(h: Hit) -> Resolved | None:
    """ "Azerbaijan launched its assault on 19 September. Within 24 hours, the Karabakh authorities
    had agreed to a ceasefire": a sentence opened so tells the day after the happening told just
    before. Anywhere else it is a span of time ("ordered to leave within 24 hours"), no date."""
    if not opens_sentence(h.text, h.span_start):
        return None
    if "24" in h.g["in_day"] or "four" in h.g["in_day"].lower():
        return "@1", None, "on", False, h.span_start
    # "Within hours, government forces began heavy shelling": the story's next step, that same day
    return "@0", None, "on", False, h.span_start


_CLAUSE_END = re.compile(r"\s*(?:[.;:!?)]|,\s|$)")


def units_later(h: Hit) -> Resolved | None:
    g, m, text, span_start = h.g, h.m, h.text, h.span_start
    unit = g["ana_u"].lower()
    n = count_word(g["ana_n"]) * {"week": 7, "month": 30, "year": 360}.get(unit, 1)
    if g["ana_n"].lower().strip() in ("a few", "few", "several", "a couple of"):
        return None
    if _SPELL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # a stretch of time, not a day
    if h.rel_word == "for" or _LASTED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None  # "the truce lasted barely three days before ...": how long, not when
    if g["ana_n"].lower() in ("a", "an") and g["ana_dir"].lower() in ("after", "before") and _COUNT_BEFORE.search(
        text, max(0, m.start() - 40), m.start()
    ) and not _YEAR_SET_OFF.search(text, max(0, m.start() - 8), m.start()):
        return None  # "500 trucks a day before the war": a rate (not "on 8 October 2023, a day after the attack")
    # "three days later" counts on from the date before; "a week after X" dates X a week
    # before the sentence's own time (the day told of, else the publication day)
    direction = g["ana_dir"].lower()
    if direction in ("after", "before") and _CLAUSE_END.match(text, m.end()):
        # "wounded in a strike two days before.": nothing follows to be dated, so it counts back
        # from the date told before, like "two days earlier"
        direction = "later" if direction == "after" else "earlier"
    sign = {"later": 1, "earlier": -1, "after": -1, "before": 1}[direction]
    mark = "@" if direction in ("later", "earlier") else "@s"
    return f"{mark}{sign * n}", ({"month": "m", "year": "y"}.get(unit)), "on", False, span_start

