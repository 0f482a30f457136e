"""One grammar match to dates: (start, end, relation, year given?, span start), or None.

The branch of the grammar that matched picks the function: absolute days, months, seasons and
years here, words counted from the publication day in `relative_days`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from idlibmon.extract.dates.calendar_rules import (
    day_in_year,
    month_answer,
    month_year,
    nearest_day,
    past_day,
    safe_date,
    season_now,
)
from idlibmon.extract.dates.grammar import DATE_PATTERN
from idlibmon.extract.dates.hit import Hit, Resolved
from idlibmon.extract.dates.relative_days import (
    ago,
    day_after,
    first_days,
    hours_later,
    last_n,
    named_day,
    part_of_year,
    then,
    this_or_last_period,
    units_later,
    weekday,
    weekend,
    within_a_day,
)
from idlibmon.extract.dates.tense import (
    REQUEST_BEFORE,
    START_RELS,
    headline_plan,
    is_future,
    reported_plan,
    said_today_ahead,
    schedule_cue,
    told_in_past,
)
from idlibmon.extract.dates.vocabulary import (
    MONTH_FULL,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    count_word,
    month_number,
    norm,
)

_REL_MAP = {
    "since": "since", "from": "since", "starting": "since", "starting on": "since", "starting from": "since",
    "starting in": "since", "beginning": "since", "beginning on": "since", "beginning in": "since",
    "as early as": "since", "between": "between", "on": "on", "late on": "on", "early on": "on", "at": "on",
    "in": "in", "of": "in", "and": "in", "during": "during", "over": "during", "throughout": "during",
    "through": "during", "within": "during", "for": "during", "until": "until", "till": "until",
    "up to": "until", "to": "until", "by": "until", "before": "before", "after": "after",
    "following": "after", "as of": "as of",
}
_UNSPOKEN_RELS = {"of", "and", "at", "for"}
# Relation words that may open a bare month, season or year ("in April", "since 2011").
_CONTEXT_RELS = {
    "since", "from", "between", "in", "during", "over", "throughout", "through", "until", "till", "up to",
    "by", "before", "after", "following", "as of", "starting", "starting in", "starting from", "beginning",
    "beginning in", "as early as", "of", "to", "and", "within", "for",
}
_SEASON_RELS = {
    "since", "from", "in", "during", "over", "throughout", "through", "until", "till", "by", "before", "after",
    "following", "as of", "starting", "starting in", "beginning", "beginning in", "as early as", "of",
}
_SEASON_NOUN = re.compile(
    r"\s+(?:clothes|clothing|kits?|items|supplies|storms?|weather|conditions|rains?|temperatures|months|season"
    r"|offensive|campaign|assistance|response|plan|tents|blankets|fuel|jackets|coats|heating|floods?|snow)\b"
)
# a bare month opening a range to another month: "a plan covering October to December 2024"
_RANGE_TO_MONTH = re.compile(rf"\s+(?:to|until|through)\s+{MONTH_FULL}\b")
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:an?|the|last|this|next|early|mid|late)\s*-?\s*)$")
_TENSELESS = (
    "iso_y", "sl_y", "my_m", "ln_u", "rd", "ago_u", "then", "ana_day", "ana_fu", "tl_u", "tb_u", "fd_u", "fd_u2", "fd_u3", "ana_ba", "ana_u", "hrs", "in_day", "y_y", "dr_y", "mdr_y",
    "dm_y", "md_y", "s_y", "dm_ly", "md_ly",
)

_WEEKDAY_NAMED = re.compile(WEEKDAY)


def resolve(m: re.Match[str], text: str, pub: date) -> Resolved | None:
    """(start, end, relation, explicit year?, span start) for one hit, or None when it is no date."""
    picked = _BY_LAST_GROUP.get(m.lastindex)  # type: ignore[arg-type]
    if picked is None:  # not expected: every branch of the grammar ends in a group of its own
        return _resolve_by_groups(m, text, pub)
    branch, tenseless = picked
    needs_tense = True  # unless a group that fixes the year or day matched (a loop: no generator to build)
    for k in tenseless:
        if m[k]:
            needs_tense = False
            break
    found = branch(_hit(m, text, pub, m, needs_tense))
    if found is not None and found[2] == "until" and found[1] is None and len(found[0]) == 10 and "n the " in text[found[4] - 30:found[4]]:
        return _period_to(found, text)  # (a cheap test first: most "to"/"until" dates follow no count)
    return found


# a count of time up to a day: "fled in the 72 hours up to Sunday", "in the week to Monday",
# "in the three days to Sunday" are those days, ending on the day named (blind25, 30, 33)
_PERIOD_TO = re.compile(r"(?i:\bin\s+the\s+(?:past\s+|last\s+)?(?P<n>\d+|[a-z]+)?\s*(?P<u>hours|days|weeks?)\s+$)")


def _period_to(found: Resolved, text: str) -> Resolved:
    """A day reached after a count of hours, days or weeks: the stretch that ends on it."""
    start, _, _, explicit, span_start = found
    m = _PERIOD_TO.search(text, max(0, span_start - 30), span_start)
    if m is None:
        return found
    unit = m["u"].lower()
    n = count_word(m["n"]) if m["n"] else 1  # "in the week to", "in the hours to" (one: too short, kept)
    days = n * 7 if unit.startswith("week") else n if unit == "days" else n // 24
    if days < 2 or days > 92:
        return found
    last = date.fromisoformat(start)
    return (last - timedelta(days=days - 1)).isoformat(), start, "until", explicit, span_start


def _resolve_by_groups(m: re.Match[str], text: str, pub: date) -> Resolved | None:
    """The branch whose groups matched, looked up group by group."""
    g = m
    h = _hit(m, text, pub, g, not any(g[k] for k in _TENSELESS))
    for groups, branch in _BRANCHES:
        if any(g[k] for k in groups):
            return branch(h)
    return None


def _hit(m: re.Match[str], text: str, pub: date, g: re.Match[str], needs_tense: bool) -> Hit:
    """What every branch needs: the relation word and modifier, where the span starts, tense."""
    rel, mod = g["rel"], g["mod"]
    rel_word = _normed(rel) if rel else None
    if mod:
        mod = _normed(mod)
    relation = _REL_MAP.get(rel_word or "", "")
    start, end = m.span()
    span_start = m.start("rel") if rel_word else start
    if rel_word in _UNSPOKEN_RELS:
        span_start, relation = m.end("rel"), ""  # "of"/"and" only license the date, they are not its words
        while span_start < end and text[span_start].isspace():
            span_start += 1
    # Tense only matters where the year or the week is left for us to choose.
    # (what has gone on "since" a day began before the writing, whatever tense follows: "the
    # airport, closed since 4 March, will reopen ...")
    future = needs_tense and rel_word != "since" and (is_future(text, start, end) or said_today_ahead(text, start, end, pub)
                                                       or headline_plan(text, start, end, pub))
    requested = False
    if needs_tense and not future and (rel_word in START_RELS or text[(start - 10 if start - 10 > 0 else 0):start].lower().rstrip().endswith(START_RELS)):
        # "calls for a truce from Sunday": what is asked for starts ahead
        requested = future = bool(REQUEST_BEFORE.search(text[(start - 60 if start - 60 > 0 else 0):start]))

    return Hit(g, m, text, pub, rel_word, mod, relation, span_start, future, requested)


_NORMED: dict[str, str] = {}  # relation words and modifiers as written -> normalised (few distinct)


def _normed(words: str) -> str:
    found = _NORMED.get(words)
    if found is None:
        found = norm(words)
        if len(_NORMED) < 4096:
            _NORMED[words] = found
    return found


def _numeric_day(h: Hit) -> Resolved | None:
    g, span_start = h.g, h.span_start
    y, mo, d = (g["iso_y"], g["iso_m"], g["iso_d"]) if g["iso_y"] else (g["sl_y"], g["sl_m"], g["sl_d"])
    day = safe_date(int(y), int(mo), int(d))
    if day is None and not g["iso_y"]:
        day = safe_date(int(y), int(d), int(mo))  # month-first writing
    if day is None:
        return None
    return day.isoformat(), None, h.default("on"), True, span_start


def _day_range(h: Hit) -> Resolved | None:
    g, pub, relation, span_start, future = h.g, h.pub, h.relation, h.span_start, h.future
    d1, d2, mon, yr = (
        (g["dr_d1"], g["dr_d2"], g["dr_m"], g["dr_y"]) if g["dr_d1"] else (g["mdr_d1"], g["mdr_d2"], g["mdr_m"], g["mdr_y"])
    )
    month = month_number(mon)
    d1i, d2i = int(d1), int(d2)
    if not (1 <= d1i < d2i <= 31):
        return None
    last = day_in_year(int(yr), month, d2i) if yr else past_day(pub, month, d2i, future)
    first = safe_date(last.year, month, d1i) if last else None
    if last is None or first is None:
        return None
    rel = "between" if relation in ("", "between", "since", "during", "in", "on") else relation
    return first.isoformat(), last.isoformat(), rel, bool(yr), span_start


def _day_and_month(h: Hit) -> Resolved | None:
    g, m, text, pub, rel_word, span_start, future = h.g, h.m, h.text, h.pub, h.rel_word, h.span_start, h.future
    d, mon, yr = (g["dm_d"], g["dm_m"], g["dm_y"]) if g["dm_d"] else (g["md_d"], g["md_m"], g["md_y"])
    month, di = month_number(mon), int(d)
    named = _NAME_AFTER.match(text, m.end())
    if named is not None and (text[max(0, m.start() - 4):m.start()].lower() == "the "
                              or text[named.start(1)].isupper()):
        return None  # "the May 22 hospital", "the March 23 Movement", "6 October Bridge": a name, not a time
    said_year = g["dm_ly"] or g["md_ly"]
    if said_year:
        yr = _said_year(said_year, text, m.start(), pub)
        if yr is None:
            return None
    if yr:
        day = day_in_year(int(yr), month, di)
    else:
        named = _WEEKDAY_NAMED.search(m.group())
        weekday = WEEKDAYS[named.group().lower()] if named else None
        scheduled = schedule_cue(text, m, rel_word) or reported_plan(text, m.start())
        day = nearest_day(pub, month, di, future, weekday, scheduled,
                          past=not _soon_after(pub, month, di) or told_in_past(text, m.start(), m.end()))
    if day is None:
        return None
    return day.isoformat(), None, h.default("on"), bool(yr), span_start


def _soon_after(pub: date, month: int, day: int) -> bool:
    """Whether the day falls in the weeks after publication (only then is the tense worth reading)."""
    return 0 < (month - pub.month) % 12 <= 2 or (month == pub.month and day > pub.day)


def _month_and_year(h: Hit) -> Resolved | None:
    g, span_start = h.g, h.span_start
    year, month = int(g["my_y"]), month_number(g["my_m"])
    return first_days(h, year, month, True) or month_answer(year, month, h.default("in"), True, span_start)



def _month(h: Hit) -> Resolved | None:
    g, m, text, pub, rel_word, mod, span_start, future = h.g, h.m, h.text, h.pub, h.rel_word, h.mod, h.span_start, h.future
    month = month_number(g["m_m"])
    direction = (g["m_dir"] or "").lower()
    if not (rel_word in _CONTEXT_RELS or mod or direction
            or _DETERMINER_BEFORE.search(text[max(0, m.start() - 12):m.start()])
            or _RANGE_TO_MONTH.match(text, m.end())):  # "covering October to December 2024"
        return None
    if rel_word in ("on", "at") and not mod and not direction:
        return None  # "on May" is no date in news prose
    if direction == "that":
        return _that_month(h, month)
    year = month_year(pub, month, direction, future)
    if not (future or direction) and 0 < month - pub.month <= 6 and reported_plan(text, m.start()):
        year = pub.year  # "said they would meet again in July", in May: the coming July
    said_year = g["m_year"]
    if not said_year and text.startswith((" and ", " or "), m.end()):
        partner = _PARTNER_YEAR.match(text, m.end())
        if partner is not None and month <= month_number(partner["month"]):
            # "in January and July of last year", "in March and April this year": the year told
            # after the second month is the first one's too
            said_year = partner["said"]
    if said_year:
        said = _said_year(said_year, text, m.start(), pub)
        if said is None:
            return None
        year = int(said)
    # "in February this year": a year told, so the story's year from before ("in May 2017") no
    # longer holds for the months after it
    told = bool(said_year)
    return first_days(h, year, month, told) or month_answer(year, month, h.default("in"), told, span_start)


# "warned that January is when needs peak": a clause that follows, not a date pointed back at
_THAT_CLAUSE = re.compile(r"(?i:\b(?:said|says|say|warned|warn|warns|noted|added|reported|announced|stressed|so|such|now)\s+)$")


def _that_year(h: Hit) -> int | None:
    """The year "that September", "that summer" points back at: the last year the text told
    before it ("The group seized Mosul in June 2014 ... began bombing it that September";
    "took Aleppo in 2016 ... Deraa fell that summer"); none when no year was told."""
    text, start = h.text, h.m.start("m_dir") if h.g["m_m"] else h.m.start("s_dir")
    if _THAT_CLAUSE.search(text, (start - 12 if start - 12 > 0 else 0), start):
        return None
    said = _said_year("that", text, start, h.pub)
    return int(said) if said else None


def _that_month(h: Hit, month: int) -> Resolved | None:
    """ "that September": the month in the year told last (a history's month told as an anaphor)."""
    year = _that_year(h)
    if year is None:
        return None
    return first_days(h, year, month, True) or month_answer(year, month, h.default("in"), True, h.span_start)


def _season(h: Hit) -> Resolved | None:
    g, m, text, pub, rel_word, mod, span_start, future = h.g, h.m, h.text, h.pub, h.rel_word, h.mod, h.span_start, h.future
    season = g["s_s"].lower()
    direction = (g["s_dir"] or "").lower()
    year_given = g["s_y"]
    if text[m.start("s_s") - 5:m.start("s_s")].lower().startswith("arab"):
        return None
    if season == "fall" and (direction == "that" or not (direction or year_given)):
        return None  # "temperatures that fall below zero"
    if not (year_given or direction or rel_word in _SEASON_RELS or mod):
        return None
    if _SEASON_NOUN.match(text, m.end()):
        return None  # "winter clothes", "summer offensive" name things, not a time
    first_m, last_m = SEASONS[season]
    if year_given:
        year = int(year_given)
    elif direction == "that":
        that = _that_year(h)
        if that is None:
            return None
        year, year_given = that, "that"
    else:
        year = pub.year if (first_m <= pub.month or (season == "winter" and pub.month <= 2)) else pub.year - 1
        if season == "winter" and pub.month <= 2:
            year -= 1
        if direction == "last" and (year, first_m) >= season_now(pub):
            year -= 1
        if direction == "next" or (future and direction != "last" and (year, first_m) < season_now(pub)):
            year += 1
    end_year = year + 1 if season == "winter" else year
    start = f"{year:04d}-{first_m:02d}"
    end = f"{end_year:04d}-{last_m:02d}"
    if mod == "early":
        end = None
    elif mod == "late":
        start, end = end, None
    return start, end, h.default("in"), bool(year_given), span_start


def _year(h: Hit) -> Resolved | None:
    g, m, text, pub, rel_word, mod, span_start = h.g, h.m, h.text, h.pub, h.rel_word, h.mod, h.span_start
    if not (rel_word in _CONTEXT_RELS or mod or (_NAMED_BY_YEAR.match(text, m.end())
            and _DETERMINER_OF_NAMED.search(text, max(0, m.start() - 6), m.start()))):
        return None
    if rel_word in ("for", "to", "and", "of") and not mod and not _year_word_before(text, m.start()) and not (
            rel_word == "of" and _NAMED_BEFORE_OF.search(text, max(0, m.start() - 14), m.start())):
        return None
    year = int(g["y_y"])
    if year > pub.year + 1:
        return None
    return part_of_year(h, year, True) or (f"{year:04d}", None, h.default("in"), True, span_start)  # "mid-2019" stays the year



_BRANCHES: tuple[tuple[tuple[str, ...], Callable[[Hit], Resolved | None]], ...] = (
    (("iso_y", "sl_y"), _numeric_day),
    (("dr_d1", "mdr_d1"), _day_range),
    (("dm_d", "md_d"), _day_and_month),
    (("my_m",), _month_and_year),
    (("m_m",), _month),
    (("s_s",), _season),
    (("w_d",), weekday),
    (("rd",), named_day),
    (("ln_u",), last_n),
    (("rp_u", "rp2_u", "rp_the"), this_or_last_period),
    (("wk",), weekend),
    (("ago_u",), ago),
    (("then",), then),
    (("ana_day", "ana_fu", "tl_u", "tb_u", "fd_u", "fd_u2", "fd_u3", "ana_ba"), day_after),
    (("hrs",), hours_later),
    (("ana_u",), units_later),
    (("in_day",), within_a_day),
    (("y_y",), _year),
)



# The second month of a pair and the year said after it: " and July of last year" (a year in
# digits, "in May and June 2019", makes the two a range: see `ranges`)
_PARTNER_YEAR = re.compile(
    rf" (?:and|or) (?:early |mid-|late )?(?P<month>{MONTH_FULL})\s+(?:of\s+)?(?i:(?P<said>last|this|next|that)\s+year)"
)
# A happening named by its year: "the 1982 massacre", "the 2011 NATO-backed uprising", and an
# agreement named so, "the 2018 Sochi agreement", "a 2017 de-escalation deal", "the 2016 peace
# deal": annotators date the deal to its year (blind17, 18, 25, 27, 28, 34; optional elsewhere),
# as they do "a March 2020 truce". Up to two naming words stand between: a name, a hyphened word,
# "peace" or "ceasefire".
_NAMED_BY_YEAR = re.compile(
    r"\s+(?:(?:[A-Z][\w'’-]+|[a-z]+-[a-z-]+|peace|ceasefire)\s+){0,2}"
    r"(?i:massacre|uprising|revolution|war|invasion|offensives?|coup|earthquakes?|siege|floods?"
    r"|deal|agreement|accord|truce|ceasefire|memorandum)\b"
)
_DETERMINER_OF_NAMED = re.compile(r"(?i:\b(?:the|an?|its|their))\s$")
# ... or by "of" and its year after the happening: "the offensives of 2019 and 2020", "the
# U.S.-led invasion of 2001" (the first year only: the second, after "and", is not taken)
_NAMED_BEFORE_OF = re.compile(r"(?i:\b(?:offensives?|invasion|uprising|siege|coup|massacre)\s+)$")
# A place or body named after a date: "the May 22 hospital", "the 6 October bridge".
_NAME_AFTER = re.compile(
    r"\s+(?i:(hospital|clinic|camp|school|university|square|street|avenue|road|bridge|stadium|mosque|market"
    r"|neighbou?rhood|district|brigade|battalion|movement|city|town|dam))\b"
)
_YEAR_WORD = re.compile(rf"(?<![\d.,]){YEAR}(?![\d%])")


def _said_year(word: str, text: str, pos: int, pub: date) -> str | None:
    """The year of "last/this/next year", counted from publication; "that year" is the year the
    text named last before it ("a war in 2020 ended with a truce in November of that year")."""
    word = word.lower()
    if word != "that":
        return f"{pub.year + {'last': -1, 'this': 0, 'next': 1}[word]:04d}"
    told = _YEAR_WORD.findall(text, (pos - 400 if pos - 400 > 0 else 0), pos)
    return told[-1] if told else None


def _year_word_before(text: str, pos: int) -> bool:
    """ "the end of 2015", and the second year of "between 2011 and 2015" (a range, not a list)."""
    return bool(re.search(r"(?i:\b(?:end|start|beginning|middle|half|spring|summer|autumn|winter|year)\s+of\s+"
                          r"|\bbetween\s+(?:mid-?|early\s+|late\s+)?(?:19|20)\d\d\s+(?:and\s+)?)$",
                          text[(pos - 30 if pos - 30 > 0 else 0):pos]))


# Every group of the grammar, by the branch its alternative resolves with. Only one alternative
# matches, and the group closed last (`Match.lastindex`) is always one of its own, so that one
# look-up picks the branch (the relation and modifier groups open every alternative, never close one).
_GROUPS_OF_BRANCH: dict[Callable[[Hit], Resolved | None], tuple[str, ...]] = {
    _numeric_day: ("iso_y", "iso_m", "iso_d", "sl_d", "sl_m", "sl_y"),
    _day_range: ("dr_d1", "dr_d2", "dr_m", "dr_y", "mdr_m", "mdr_d1", "mdr_d2", "mdr_y"),
    _day_and_month: ("dm_d", "dm_m", "dm_y", "dm_ly", "md_m", "md_d", "md_y", "md_ly"),
    _month_and_year: ("my_m", "my_y"),
    _month: ("m_dir", "m_m", "m_year"),
    _season: ("s_dir", "s_s", "s_y"),
    weekday: ("w_dir", "w_d", "w_wk"),
    named_day: ("rd",),
    last_n: ("ln_n", "ln_u"),
    this_or_last_period: ("rp_pre", "rp_dir", "rp_u", "rp_the", "rp2_pre", "rp2_u"),
    weekend: ("wk",),
    ago: ("ago_ex", "ago_n", "ago_u", "ago_today", "ago_wd", "ago_this"),
    then: ("then",),
    day_after: ("ana_day", "ana_fu", "tl_u", "tb_u", "fd_u", "fd_u2", "fd_u3", "ana_ba"),
    hours_later: ("hrs",),
    units_later: ("ana_n", "ana_u", "ana_dir"),
    within_a_day: ("in_day",),
    _year: ("y_y",),
}
_BY_LAST_GROUP: dict[int, tuple[Callable[[Hit], Resolved | None], tuple[str, ...]]] = {
    DATE_PATTERN.groupindex[name]: (branch, tuple(k for k in _TENSELESS if k in groups))
    for branch, groups in _GROUPS_OF_BRANCH.items()
    for name in groups
}
