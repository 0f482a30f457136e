"""One grammar match to dates: (start, end, relation, year given?, span start), or None."""

from __future__ import annotations

import re
from datetime import date, timedelta

from idlibmon.extract.dates.calendar_rules import (
    day_in_year,
    minus,
    month_answer,
    month_year,
    nearest_day,
    past_day,
    period,
    safe_date,
    season_now,
)
from idlibmon.extract.dates.tense import REQUEST_BEFORE, START_RELS, is_future, present_plan, schedule_cue
from idlibmon.extract.dates.vocabulary import SEASONS, WEEKDAY, WEEKDAYS, count_word, month_number, norm

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
_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Star)\b")
_SEASON_RELS = {
    "since", "from", "in", "during", "over", "throughout", "through", "until", "till", "by", "before", "after",
    "following", "as of", "starting", "starting in", "beginning", "beginning in", "as early as", "of",
}
_SEASON_NOUN = re.compile(
    r"\s+(?:clothes|clothing|kits?|items|supplies|storms?|weather|conditions|rains?|temperatures|months|season"
    r"|offensive|campaign|assistance|response|plan|tents|blankets|fuel|jackets|coats|heating|floods?|snow)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:an?|the|last|this|next|early|mid|late)\s*-?\s*)$")
_TENSELESS = (
    "iso_y", "sl_y", "my_m", "ln_u", "rd", "ago_u", "then", "ana_day", "ana_ba", "ana_u", "hrs", "y_y", "dr_y", "mdr_y",
    "dm_y", "md_y", "s_y",
)

_WEEKDAY_NAMED = re.compile(WEEKDAY)
_SPELL_BEFORE = re.compile(r"(?i:\b(?:first|last|next|initial|final|past)\s+)$")


def resolve(m: re.Match[str], text: str, pub: date) -> tuple[str, str | None, str, bool, int] | None:
    """(start, end, relation, explicit year?, span start) for one hit, or None when it is no date."""
    g = m.groupdict()
    rel_word = norm(g["rel"]) if g["rel"] else None
    mod = norm(g["mod"]) if g["mod"] else None
    relation = _REL_MAP.get(rel_word or "", "")
    span_start = m.start("rel") if rel_word else m.start()
    if rel_word in _UNSPOKEN_RELS:
        span_start, relation = m.end("rel"), ""  # "of"/"and" only license the date, they are not its words
        while span_start < m.end() and text[span_start].isspace():
            span_start += 1
    # Tense only matters where the year or the week is left for us to choose.
    needs_tense = not any(g[k] for k in _TENSELESS)
    future = needs_tense and is_future(text, m.start(), m.end())
    requested = False
    if needs_tense and not future and (rel_word in START_RELS or text[max(0, m.start() - 10):m.start()].lower().rstrip().endswith(START_RELS)):
        # "calls for a truce from Sunday": what is asked for starts ahead
        requested = future = bool(REQUEST_BEFORE.search(text[max(0, m.start() - 60):m.start()]))

    def default(rel: str) -> str:
        return relation or rel

    if g["iso_y"] or g["sl_y"]:
        y, mo, d = (g["iso_y"], g["iso_m"], g["iso_d"]) if g["iso_y"] else (g["sl_y"], g["sl_m"], g["sl_d"])
        day = safe_date(int(y), int(mo), int(d))
        if day is None and not g["iso_y"]:
            day = safe_date(int(y), int(d), int(mo))  # month-first writing
        if day is None:
            return None
        return day.isoformat(), None, default("on"), True, span_start

    if g["dr_d1"] or g["mdr_d1"]:
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

    if g["dm_d"] or g["md_d"]:
        d, mon, yr = (g["dm_d"], g["dm_m"], g["dm_y"]) if g["dm_d"] else (g["md_d"], g["md_m"], g["md_y"])
        month, di = month_number(mon), int(d)
        if yr:
            day = day_in_year(int(yr), month, di)
        else:
            named = _WEEKDAY_NAMED.search(m.group())
            weekday = WEEKDAYS[named.group().lower()] if named else None
            day = nearest_day(pub, month, di, future, weekday, schedule_cue(text, m, rel_word))
        if day is None:
            return None
        return day.isoformat(), None, default("on"), bool(yr), span_start

    if g["my_m"]:
        return month_answer(int(g["my_y"]), month_number(g["my_m"]), default("in"), True, span_start)

    if g["m_m"]:
        month = month_number(g["m_m"])
        direction = (g["m_dir"] or "").lower()
        if not (rel_word in _CONTEXT_RELS or mod or direction
                or _DETERMINER_BEFORE.search(text[max(0, m.start() - 12):m.start()])):
            return None
        if rel_word in ("on", "at") and not mod and not direction:
            return None  # "on May" is no date in news prose
        year = month_year(pub, month, direction, future)
        if g["m_year"]:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[g["m_year"].lower()]
        return month_answer(year, month, default("in"), False, span_start)

    if g["s_s"]:
        season = g["s_s"].lower()
        direction = (g["s_dir"] or "").lower()
        year_given = g["s_y"]
        if text[m.start("s_s") - 5:m.start("s_s")].lower().startswith("arab"):
            return None
        if season == "fall" and not (direction or year_given):
            return None
        if not (year_given or direction or rel_word in _SEASON_RELS or mod):
            return None
        if _SEASON_NOUN.match(text, m.end()):
            return None  # "winter clothes", "summer offensive" name things, not a time
        first_m, last_m = SEASONS[season]
        if year_given:
            year = int(year_given)
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
        return start, end, default("in"), bool(year_given), span_start

    if g["w_d"]:
        wd = WEEKDAYS[g["w_d"].lower()]
        direction = (g["w_dir"] or "").lower()
        if text[max(0, m.start("w_d") - 7):m.start("w_d")].rstrip().lower().endswith(("black", "good", "bloody", "palm")):
            return None
        if _PAPER_AFTER.match(text, m.end("w_d")):
            return None  # "the Sunday Times" is a newspaper
        back = (pub.weekday() - wd) % 7
        if direction in ("last", "past"):
            back = pub.weekday() + 7 - wd  # "last Thursday": in the week before this one
        if requested and not direction:
            return f"@w{wd}", None, default("on"), False, span_start  # counted from the request's own day
        if not future and not direction and rel_word in (None, "on") and wd != pub.weekday() and present_plan(text, m.start()):
            future = True  # "when he meets Putin on Thursday"
        if direction == "next" or (future and direction not in ("last", "past")):
            ahead = (wd - pub.weekday()) % 7 or 7  # the rule: the next one after the day
            day = pub + timedelta(days=ahead)
        else:
            day = pub - timedelta(days=back)
        return day.isoformat(), None, default("on"), False, span_start

    if g["rd"]:
        word = norm(g["rd"])
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}.get(word, 0)
        return (pub + timedelta(days=offset)).isoformat(), None, default("on"), False, span_start

    if g["ln_u"]:
        unit = g["ln_u"].lower()
        n = count_word(g["ln_n"]) if g["ln_n"] else 1
        first = minus(pub, n, unit).isoformat()
        start = first if unit in ("hour", "day", "week") else first[:7]
        return start, pub.isoformat(), "during" if relation in ("", "in") else relation, False, span_start

    if g["rp_u"] or g["rp2_u"]:
        unit = (g["rp_u"] or g["rp2_u"]).lower()
        direction = (g["rp_dir"] or "this").lower()
        pre = (g["rp_pre"] or g["rp2_pre"] or "").lower()
        if direction == "past":
            first = minus(pub, 1, unit if unit != "weekend" else "week")
            return first.isoformat(), pub.isoformat(), default("during"), False, span_start
        shift = {"this": 0, "last": -1, "next": 1, "coming": 1}[direction]
        if pre == "later" and direction == "this" and not future:
            return None  # "later this month" is a plan, not a date we can place
        return period(pub, unit, shift, default("during" if unit in ("week", "weekend") else "in"), span_start)

    if g["wk"]:
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if future:
            sat = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
        end = min(sat + timedelta(days=1), pub) if not future else sat + timedelta(days=1)
        return sat.isoformat(), end.isoformat(), default("during"), False, span_start

    if g["ago_u"]:
        unit = g["ago_u"].lower()
        if not g["ago_n"]:
            return None  # "weeks ago" names no date
        n = count_word(g["ago_n"])
        vague = g["ago_n"].lower().strip() in ("a few", "few", "several", "a couple of", "couple of")
        day = minus(pub, n, unit)
        if unit in ("day", "week") and not vague:
            start = day.isoformat()
        elif unit == "year" and vague:
            start = f"{day.year:04d}"
        else:
            start = day.isoformat()[:7]
        return start, None, "ago", False, span_start

    if g["then"]:
        if rel_word not in ("since", "until", "by", "from"):
            return None
        return "@0", None, relation, False, span_start
    if g["ana_day"] or g["ana_ba"]:
        word = (g["ana_day"] or g["ana_ba"]).lower()
        offset = {"same": 0, "following": 1, "next": 1, "after": 1, "previous": -1, "before": -1}[word]
        return f"@{offset}", None, default("on"), False, span_start
    if g["hrs"]:
        return "@s0", None, "on", False, span_start
    if g["ana_u"]:
        unit = g["ana_u"].lower()
        n = count_word(g["ana_n"]) * {"week": 7, "month": 30}.get(unit, 1)
        if g["ana_n"].lower().strip() in ("a few", "few", "several", "a couple of"):
            return None
        if _SPELL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "for the first three days after the quake" is a stretch of time
        # "three days later" counts on from the date before; "a week after X" dates X a week
        # before the sentence's own time (the day told of, else the publication day)
        sign = {"later": 1, "earlier": -1, "after": -1, "before": 1}[g["ana_dir"].lower()]
        mark = "@" if g["ana_dir"].lower() in ("later", "earlier") else "@s"
        return f"{mark}{sign * n}", ("m" if unit == "month" else None), "on", False, span_start

    if g["y_y"]:
        if not (rel_word in _CONTEXT_RELS or mod):
            return None
        if rel_word in ("for", "to", "and", "of") and not mod and not _year_word_before(text, m.start()):
            return None
        year = int(g["y_y"])
        if year > pub.year + 1:
            return None
        return f"{year:04d}", None, default("in"), True, span_start  # "mid-2019" stays the year
    return None



def _year_word_before(text: str, pos: int) -> bool:
    return bool(re.search(r"(?i:\b(?:end|start|beginning|middle|half|spring|summer|autumn|winter|year)\s+of\s+)$",
                          text[max(0, pos - 30):pos]))

