"""Temporal expressions resolved against an article's publication date.

News dates are relative ("on Thursday", "last month", "since mid-December") and years are
usually left out, so every expression is anchored on the day the article appeared. Past
references never resolve into the future: "19 December" in a January article is last
December; only a future-tense clause ("will meet on Friday") looks forward.

Dates are ISO strings whose length is their precision: "2019", "2019-12", "2019-12-19".
One compiled alternation scans the text; each hit is resolved by a small function.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression found in a text, resolved to ISO dates.

    `relation` tells how the text ties something to the date, which decides what a figure's
    period or an event's date is: "on" (a day), "in" (a month, season, year), "since",
    "between" (start and end given), "during" ("over the last two weeks", "this week"),
    "until" ("by the end of February"), "ago", "before", "after", "as of" (a report's cut-off).
    """

    span: tuple[int, int]
    text: str
    start: str
    end: str | None
    relation: str


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3,
}

# Month names are matched capitalised only: "may" and "march" in lower case are a verb.
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through)\s+)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+couple\s+of|a\s+few|few|several)"

_REL = (
    r"(?=[sfbodtuiwalegSFBODTUIWALEG])(?i:(?P<rel>since|from|between|on|in|during|over|throughout|through|until|till|up\s+to|by|before|after"
    r"|following|as\s+of|starting(?:\s+on|\s+from|\s+in)?|beginning(?:\s+on|\s+in)?|as\s+early\s+as"
    r"|(?:late|early)\s+on|within|for|of|to|and|at))\s+"
)
_MOD = (
    r"(?=[emltbsfEMLTBSF])(?i:(?P<mod>early|mid|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half"
    r"|(?:first|second|third|fourth|last)\s+(?:week|days|few\s+days))\s+of|earlier\s+in|later\s+in))(?:\s*-\s*|\s+)"
)

_PATTERN = re.compile(
    rf"""
    (?<![\w-])(?:{_REL})?(?:{_MOD})?
    (?:
      (?=\d)(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)
    | (?=\d)(?P<sl_d>[0-3]?\d)/(?P<sl_m>[01]?\d)/(?P<sl_y>{_YEAR})(?!\d)
    | (?=[\dMTWFS])(?:{_WEEKDAY},?\s+(?:the\s+)?)?(?P<dr_d1>[0-3]?\d){_ORD}{_DASH}(?P<dr_d2>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<dr_m>{_MONTH_ANY})(?:,?\s+(?P<dr_y>{_YEAR}))?(?![\w])
    | (?=[JFMASOND])(?P<mdr_m>{_MONTH_ANY})\s+(?P<mdr_d1>[0-3]?\d){_ORD}{_DASH}(?P<mdr_d2>[0-3]?\d){_ORD}(?:,?\s+(?P<mdr_y>{_YEAR}))?(?![\d,.]?\d)
    | (?=[\dMTWFS])(?:{_WEEKDAY},?\s+(?:the\s+)?)?(?P<dm_d>[0-3]?\d){_ORD}\s+(?:of\s+)?(?P<dm_m>{_MONTH_ANY})(?:,?\s+(?P<dm_y>{_YEAR}))?(?![\w])
    | (?=[JFMASONDTW])(?:{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH_ANY})\s+(?P<md_d>[0-3]?\d){_ORD}(?:,?\s+(?P<md_y>{_YEAR}))?(?![\d,.]?\d)
    | (?=[JFMASOND])(?P<my_m>{_MONTH_ANY}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?!\d)
    | (?=[JFMASONDlLtTnNpP])(?:(?i:(?P<m_dir>last|this|next|past))\s+)?(?P<m_m>{_MONTH_FULL})(?:'s|’s)?(?:\s+(?:of\s+)?(?i:(?P<m_year>last|this|next)\s+year))?(?![\w-])
    | (?=[lLtTnNpPsSwWaAfF])(?i:(?:(?P<s_dir>last|this|next|past)\s+)?(?:the\s+)?(?P<s_s>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?P<s_y>{_YEAR}))?)(?![\w-])
    | (?=[lLnNtTpPMWFS])(?:(?i:(?P<w_dir>last|next|this|past))\s+)?(?P<w_d>{_WEEKDAY})(?:'s|’s)?(?:\s+(?i:morning|afternoon|evening|night))?(?![\w-])
    | (?=[yYtTlLeE])(?i:(?P<rd>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|the\s+day\s+before\s+yesterday))(?![\w-])
    | (?=[tT])(?i:the\s+(?:last|past)\s+(?P<ln_n>{_NUM})?\s*(?P<ln_u>hour|day|week|month|year)s?)(?![\w-])
    | (?=[eElLtTnNpPcC])(?i:(?P<rp_pre>earlier|later)\s+(?:in\s+)?)?(?i:(?:the\s+)?(?P<rp_dir>this|last|next|past|coming)\s+(?P<rp_u>weekend|week|month|year))(?![\w-])
    | (?=[eElL])(?i:(?P<rp2_pre>earlier|later)\s+in\s+the\s+(?P<rp2_u>week|month|year))(?![\w-])
    | (?=[tT])(?i:the\s+(?P<wk>weekend))(?![\w-])
    | (?=[\daAoOtTfFsSeEnNcCdDwWmMyY])(?i:(?P<ago_n>{_NUM})?\s*(?P<ago_u>day|week|month|year)s?\s+ago)(?![\w-])
    | (?=[\dtTaAoOfFsSeEnNcC])(?i:(?P<then>then)|the\s+(?P<ana_day>same|following|next|previous)\s+day|the\s+day\s+(?P<ana_ba>before|after)(?!\s+(?:the|a|an|its|their|his|her|yesterday)\b)
        |(?P<ana_n>{_NUM})\s+(?P<ana_u>day|week|month)s?\s+(?P<ana_dir>later|earlier|after|before)
        |(?:(?:a\s+few|several|two|three|four|five|six|\d{1,2})\s+)?(?P<hrs>hours)\s+(?:later|earlier|after|before))(?![\w-])
    | (?=[12])(?P<y_y>{_YEAR})(?![\w%]|[.,/-]\d|\s+(?i:people|persons|civilians|families|households|children|trucks|tents|homes|houses|displaced|IDPs|refugees))
    )
    """,
    re.VERBOSE,
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
_FUTURE_BEFORE = re.compile(
    r"(?i:\b(?:will|shall|going\s+to|due\s+to|(?:is|are)\s+due|scheduled|expected\s+to|set\s+to|plans?\s+to|planned|"
    r"upcoming|to\s+be\s+held|is\s+to|are\s+to|expires?|runs?\s+out"
    r"|(?<!was\s)(?<!were\s)(?<!supposed\s)to\s+(?:start|begin|take\s+effect|come\s+into\s+(?:force|effect)))\b)"
    r"|’ll\b|'ll\b"
)
# Only a date opening its clause looks ahead: "On Monday, the council will vote".
_FUTURE_AFTER = re.compile(
    r"(?i:\s*,(?:(?!\b(?:said|says|told|that|warned|announced|added|after|when|and|but)\b)[^.;!?,]){0,40}?"
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected)\b)"
)
_START_RELS = ("from", "starting", "starting on", "starting from", "beginning", "beginning on")
_REQUEST_BEFORE = re.compile(
    r"(?i:\b(?:call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|propos(?:es|ed|ing)|seek(?:s|ing)?|want(?:s|ed)?)\b)"
)
_SKEW = timedelta(days=2)
_LAST_CLAUSE_BREAK = re.compile(r"(?s:.*)(?:[.!?;:\n]|,\s|\b(?:after|since|when|while|which|who|following)\b)")
_TENSELESS = (
    "iso_y", "sl_y", "my_m", "ln_u", "rd", "ago_u", "then", "ana_day", "ana_ba", "ana_u", "hrs", "y_y", "dr_y", "mdr_y",
    "dm_y", "md_y", "s_y",
)


def find_dates(text: str, published: date) -> list[DateMention]:
    """All temporal expressions in `text`, resolved against `published`, in text order."""
    found: list[tuple[DateMention, bool]] = []  # (mention, year given in the text)
    for m in _scan(text):
        resolved = _resolve(m, text, published)
        if resolved is None:
            continue
        start, end, relation, explicit_year, span_start = resolved
        span = (span_start, m.end())
        found.append((DateMention(span, text[span[0]:span[1]], start, end, relation), explicit_year))
    return _anaphora(_merge_ranges(found, text), text, published)


# Every date contains one of these words (or a year): find them with str.find, which is far
# faster than running the full grammar at every position, then try the grammar only on the few
# word starts just before each one ("since the end of" + "November").
_ANCHOR_STEMS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "night",
    "morning", "afternoon", "evening", "week", "month", "year", "hour", "ago", "then", "spring", "summer",
    "autumn", "winter", "fall", "tomorrow",
)
_ANCHOR_WORDS = frozenset(
    [*_MONTHS, *_WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
     "evening", "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "hour", "hours",
     "ago", "then", "spring", "summer", "autumn", "winter", "fall"]
)
_YEAR_ANCHOR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_WORD_START = re.compile(r"(?<![\w'’-])\w")
_LOOKBACK = 70


def _anchors(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out: set[tuple[int, int]] = set()
    n = len(low)
    for stem in _ANCHOR_STEMS:
        i = low.find(stem)
        while i >= 0:
            s = i
            while s > 0 and low[s - 1].isalpha():
                s -= 1
            e = i + len(stem)
            while e < n and low[e].isalpha():
                e += 1
            if low[s:e] in _ANCHOR_WORDS:
                out.add((s, e))
            i = low.find(stem, e)
    out.update(m.span() for m in _YEAR_ANCHOR.finditer(text))
    return sorted(out)


def _scan(text: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in text order, leftmost first, as `finditer` would give them."""
    last_end = 0
    for a_start, _a_end in _anchors(text):
        if a_start < last_end:
            continue
        win = max(last_end, a_start - _LOOKBACK)
        for stop in ".;!?\n":
            cut = text.rfind(stop, win, a_start)
            if cut >= 0 and not (stop == "." and text[max(0, cut - 4):cut].rstrip().lower().endswith(_ABBREVIATED)):
                win = cut + 1
        # Only the unbroken run of date-like words just before the anchor can open its expression.
        run: list[int] = []
        for w in reversed(list(_WORD.finditer(text, win, a_start))):
            word = w.group()
            if not (word[0].isdigit() or word.lower() in _START_WORDS):
                break
            run.append(w.start())
        for start in (*reversed(run), a_start):
            m = _PATTERN.match(text, start)
            if m and m.end() > a_start:
                yield m
                last_end = m.end()
                break


_WORD = re.compile(r"[^\W\d_]+|\d+")
# Words a date expression can open with: relation words, modifiers, and the anchors themselves.
_START_WORDS = _ANCHOR_WORDS | frozenset(
    ["since", "from", "between", "on", "in", "during", "over", "throughout", "through", "until", "till", "up", "by", "before", "after", "following", "as", "starting", "beginning", "late", "early", "within", "for", "of", "to", "and", "at", "mid", "the", "very", "end", "start", "middle", "first", "second", "third", "fourth", "last", "earlier", "later", "this", "next", "past", "coming", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "couple", "few", "several", "same", "previous"]
)
_ABBREVIATED = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")


def _anaphora(found: list[DateMention], text: str, published: date) -> list[DateMention]:
    """"The next day", "three days later", "since then": counted from the date mentioned last
    in the same sentence, else from the first date of the sentence before (its main time)."""
    out: list[DateMention] = []
    for d in found:
        if not d.start.startswith("@"):
            out.append(d)
            continue
        anchor = _anchor(out, d, text)
        if d.start.startswith("@s"):
            # "a week after a similar attack": from the sentence's own date, else the publication day
            same = anchor if anchor and not _SENTENCE_END.search(text, anchor.span[1], d.span[0] + 1) else None
            if same is None:
                later = next((f for f in found if f.span[0] > d.span[1] and not f.start.startswith("@")), None)
                if later is not None and not _SENTENCE_END.search(text, d.span[1], later.span[0] + 1) \
                        and "," not in text[d.span[1]:later.span[0]]:
                    same = later
            base = date.fromisoformat(same.start) if same and len(same.start) == 10 else published
            day = (base + timedelta(days=int(d.start[2:]))).isoformat()
            out.append(DateMention(d.span, d.text, day[:7] if d.end == "m" else day, None, d.relation))
            continue
        if d.start.startswith("@w"):
            base = date.fromisoformat(anchor.start) if anchor and len(anchor.start) == 10 and not _SENTENCE_END.search(
                text, anchor.span[1], d.span[0] + 1) else published
            ahead = (int(d.start[2:]) - base.weekday()) % 7 or 7
            out.append(DateMention(d.span, d.text, (base + timedelta(days=ahead)).isoformat(), None, d.relation))
            continue
        offset = int(d.start[1:])
        if anchor is None:
            continue
        if offset == 0 and d.relation in ("since", "until"):
            start = anchor.end if anchor.relation == "between" and anchor.end and d.relation == "until" else anchor.start
        elif len(anchor.start) == 10:
            start = (date.fromisoformat(anchor.start) + timedelta(days=offset)).isoformat()
        else:
            continue
        out.append(DateMention(d.span, d.text, start, None, d.relation))
    return out


def _resolve(m: re.Match[str], text: str, pub: date) -> tuple[str, str | None, str, bool, int] | None:
    """(start, end, relation, explicit year?, span start) for one hit, or None when it is no date."""
    g = m.groupdict()
    rel_word = _norm(g["rel"]) if g["rel"] else None
    mod = _norm(g["mod"]) if g["mod"] else None
    relation = _REL_MAP.get(rel_word or "", "")
    span_start = m.start("rel") if rel_word else m.start()
    if rel_word in _UNSPOKEN_RELS:
        span_start, relation = m.end("rel"), ""  # "of"/"and" only license the date, they are not its words
        while span_start < m.end() and text[span_start].isspace():
            span_start += 1
    # Tense only matters where the year or the week is left for us to choose.
    needs_tense = not any(g[k] for k in _TENSELESS)
    future = needs_tense and _is_future(text, m.start(), m.end())
    requested = False
    if needs_tense and not future and (rel_word in _START_RELS or text[max(0, m.start() - 10):m.start()].lower().rstrip().endswith(_START_RELS)):
        # "calls for a truce from Sunday": what is asked for starts ahead
        requested = future = bool(_REQUEST_BEFORE.search(text[max(0, m.start() - 60):m.start()]))

    def default(rel: str) -> str:
        return relation or rel

    if g["iso_y"] or g["sl_y"]:
        y, mo, d = (g["iso_y"], g["iso_m"], g["iso_d"]) if g["iso_y"] else (g["sl_y"], g["sl_m"], g["sl_d"])
        day = _safe_date(int(y), int(mo), int(d))
        if day is None and not g["iso_y"]:
            day = _safe_date(int(y), int(d), int(mo))  # month-first writing
        if day is None:
            return None
        return day.isoformat(), None, default("on"), True, span_start

    if g["dr_d1"] or g["mdr_d1"]:
        d1, d2, mon, yr = (
            (g["dr_d1"], g["dr_d2"], g["dr_m"], g["dr_y"]) if g["dr_d1"] else (g["mdr_d1"], g["mdr_d2"], g["mdr_m"], g["mdr_y"])
        )
        month = _month(mon)
        d1i, d2i = int(d1), int(d2)
        if not (1 <= d1i < d2i <= 31):
            return None
        last = _day_in_year(int(yr), month, d2i) if yr else _past_day(pub, month, d2i, future)
        first = _safe_date(last.year, month, d1i) if last else None
        if last is None or first is None:
            return None
        rel = "between" if relation in ("", "between", "since", "during", "in", "on") else relation
        return first.isoformat(), last.isoformat(), rel, bool(yr), span_start

    if g["dm_d"] or g["md_d"]:
        d, mon, yr = (g["dm_d"], g["dm_m"], g["dm_y"]) if g["dm_d"] else (g["md_d"], g["md_m"], g["md_y"])
        month, di = _month(mon), int(d)
        if yr:
            day = _day_in_year(int(yr), month, di)
        else:
            named = _WEEKDAY_NAMED.search(m.group())
            weekday = _WEEKDAYS[named.group().lower()] if named else None
            day = _nearest_day(pub, month, di, future, weekday, _schedule_cue(text, m, rel_word))
        if day is None:
            return None
        return day.isoformat(), None, default("on"), bool(yr), span_start

    if g["my_m"]:
        return _month_answer(int(g["my_y"]), _month(g["my_m"]), default("in"), True, span_start)

    if g["m_m"]:
        month = _month(g["m_m"])
        direction = (g["m_dir"] or "").lower()
        if not (rel_word in _CONTEXT_RELS or mod or direction
                or _DETERMINER_BEFORE.search(text[max(0, m.start() - 12):m.start()])):
            return None
        if rel_word in ("on", "at") and not mod and not direction:
            return None  # "on May" is no date in news prose
        year = _month_year(pub, month, direction, future)
        if g["m_year"]:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[g["m_year"].lower()]
        return _month_answer(year, month, default("in"), False, span_start)

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
        first_m, last_m = _SEASONS[season]
        if year_given:
            year = int(year_given)
        else:
            year = pub.year if (first_m <= pub.month or (season == "winter" and pub.month <= 2)) else pub.year - 1
            if season == "winter" and pub.month <= 2:
                year -= 1
            if direction == "last" and (year, first_m) >= _season_now(pub):
                year -= 1
            if direction == "next" or (future and direction != "last" and (year, first_m) < _season_now(pub)):
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
        wd = _WEEKDAYS[g["w_d"].lower()]
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
        if direction == "next" or (future and direction not in ("last", "past")):
            ahead = (wd - pub.weekday()) % 7 or 7  # the rule: the next one after the day
            day = pub + timedelta(days=ahead)
        else:
            day = pub - timedelta(days=back)
        return day.isoformat(), None, default("on"), False, span_start

    if g["rd"]:
        word = _norm(g["rd"])
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}.get(word, 0)
        return (pub + timedelta(days=offset)).isoformat(), None, default("on"), False, span_start

    if g["ln_u"]:
        unit = g["ln_u"].lower()
        n = _count(g["ln_n"]) if g["ln_n"] else 1
        first = _minus(pub, n, unit).isoformat()
        start = first if unit in ("hour", "day", "week") else first[:7]
        return start, pub.isoformat(), "during" if relation in ("", "in") else relation, False, span_start

    if g["rp_u"] or g["rp2_u"]:
        unit = (g["rp_u"] or g["rp2_u"]).lower()
        direction = (g["rp_dir"] or "this").lower()
        pre = (g["rp_pre"] or g["rp2_pre"] or "").lower()
        if direction == "past":
            first = _minus(pub, 1, unit if unit != "weekend" else "week")
            return first.isoformat(), pub.isoformat(), default("during"), False, span_start
        shift = {"this": 0, "last": -1, "next": 1, "coming": 1}[direction]
        if pre == "later" and direction == "this" and not future:
            return None  # "later this month" is a plan, not a date we can place
        return _period(pub, unit, shift, default("during" if unit in ("week", "weekend") else "in"), span_start)

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
        n = _count(g["ago_n"])
        vague = g["ago_n"].lower().strip() in ("a few", "few", "several", "a couple of", "couple of")
        day = _minus(pub, n, unit)
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
        n = _count(g["ana_n"]) * {"week": 7, "month": 30}.get(unit, 1)
        if g["ana_n"].lower().strip() in ("a few", "few", "several", "a couple of"):
            return None
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


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def _anchor(previous: list[DateMention], d: DateMention, text: str) -> DateMention | None:
    near = [a for a in previous if d.span[0] - a.span[1] < 600]
    if not near:
        return None
    last = near[-1]
    if not _SENTENCE_END.search(text, last.span[1], d.span[0] + 1):
        return last
    group = [last]
    for a in reversed(near[:-1]):
        if _SENTENCE_END.search(text, a.span[1], group[-1].span[0] + 1):
            break
        group.append(a)
    return group[-1]


def _merge_ranges(found: list[tuple[DateMention, bool]], text: str) -> list[DateMention]:
    """Join "from May to August 2019" or "1 December – 3 January": the first end borrows the year."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        cur, cur_explicit = found[i]
        if i + 1 < len(found):
            nxt, _ = found[i + 1]
            gap = text[cur.span[1]:nxt.span[0]].strip().lower()
            joiner = gap or (nxt.text.split(None, 1)[0].lower() if nxt.text else "")
            dash = gap in ("-", "–", "—") and cur.relation in ("between", "since", "in", "on")
            worded = gap in ("", "and") and joiner in ("to", "and", "until", "till", "through") and (
                cur.relation in ("between", "since") or joiner != "and" or (len(cur.start) == 7 and len(nxt.start) == 7)
            )
            days = _WEEKDAY_ONLY.fullmatch(cur.text) and _WEEKDAY_ONLY.fullmatch(nxt.text) and gap in ("and", "to", "-", "–", "")
            if days and gap == "" and joiner not in ("to", "and", "until", "till", "through"):
                days = None
            if days and cur.start < nxt.start:
                # "on Sunday and Monday": one span of days
                span = (cur.span[0], nxt.span[1])
                out.append(DateMention(span, text[span[0]:span[1]], cur.start, nxt.start, cur.relation))
                i += 2
                continue
            if (dash or worded) and _absolute(cur) and _absolute(nxt):
                start = cur.start
                if not cur_explicit and len(start) >= 7:
                    start = _borrow_year(start, nxt.start)
                end = nxt.end or nxt.start
                if start <= end:
                    rel = "between" if cur.relation in ("between", "since", "in", "on") else cur.relation
                    span = (cur.span[0], nxt.span[1])
                    out.append(DateMention(span, text[span[0]:span[1]], start, end, rel))
                    i += 2
                    continue
        out.append(cur)
        i += 1
    return out


_WEEKDAY_ONLY = re.compile(rf"(?:(?i:on|to|until|till|through)\s+)?{_WEEKDAY}")


def _absolute(d: DateMention) -> bool:
    words = d.text.lower()
    return not any(w in words for w in ("ago", "last", "this", "next", "past", "day", "week", "night"))


def _borrow_year(start: str, end_start: str) -> str:
    """A range's first end takes its year from the second: "May to August 2019"."""
    end_year, end_rest = int(end_start[:4]), end_start[5:]
    year = end_year if start[5:] <= (end_rest or "12") else end_year - 1
    return f"{year:04d}{start[4:]}"


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _count(word: str) -> int:
    w = _norm(word)
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_in_year(y: int, m: int, d: int) -> date | None:
    return _safe_date(y, m, d)


def _past_day(pub: date, month: int, day: int, future: bool) -> date | None:
    """The latest such day on or before `pub` (the next one in a future-tense clause).

    A day or two past `pub` still counts as this one: a feed's date often lags the story
    by a time zone, and "on 1 February" in a text dated 31 January is not last year's."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _safe_date(y, month, day))]
    if future:
        return next((c for c in cands if c >= pub), None)
    return next((c for c in reversed(cands) if c <= pub + _SKEW), None)


_WEEKDAY_NAMED = re.compile(_WEEKDAY)
_AHEAD = timedelta(days=75)
_SCHEDULE_RELS = frozenset(["from", "starting", "starting on", "starting from", "beginning", "beginning on", "until", "till"])
_SCHEDULE_BEFORE = re.compile(
    r"(?i:\b(?:starting|next|deadline|takes?\s+effect|comes?\s+into\s+(?:force|effect)|ends?|runs?|lasts?)\b)"
)
_PAST_PLAN = re.compile(r"(?i:\b(?:was|were|had\s+been)\s+(?:supposed|meant|due|scheduled|set|planned|expected)\b)")


def _schedule_cue(text: str, m: re.Match[str], rel_word: str | None) -> bool:
    """Whether the clause announces a schedule ("patrols from 15 March", "runs until 10 July"),
    which makes a day a few weeks after publication plausible; "was supposed to begin" is no plan ahead."""
    before = text[max(0, m.start() - 80):m.start()]
    cut = _LAST_CLAUSE_BREAK.match(before)
    if cut:
        before = before[cut.end():]
    if _PAST_PLAN.search(before):
        return False
    return rel_word in _SCHEDULE_RELS or bool(_SCHEDULE_BEFORE.search(before))


def _nearest_day(pub: date, month: int, day: int, future: bool, weekday: int | None,
                 scheduled: bool) -> date | None:
    """The year for a day and month given without one.

    A weekday written with it ("Sunday, 12 January") names the year where the two agree; a
    scheduled day ("from 15 March") may lie up to ~2.5 months after publication, since news
    announces truces and patrols ahead; otherwise the past is the safer reading."""
    if weekday is not None and not future:
        cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _safe_date(y, month, day))]
        fitting = [c for c in cands if c.weekday() == weekday and -timedelta(days=366) < c - pub <= _AHEAD]
        if len(fitting) == 1:
            return fitting[0]
    if scheduled and not future:
        for year in (pub.year, pub.year + 1):
            ahead = _safe_date(year, month, day)
            if ahead is not None and pub < ahead <= pub + _AHEAD:
                return ahead
    return _past_day(pub, month, day, future)


def _month_year(pub: date, month: int, direction: str, future: bool) -> int:
    if direction == "last":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "next" or (future and direction != "this"):
        return pub.year if month > pub.month else pub.year + 1 if month < pub.month else pub.year
    return pub.year if month <= pub.month else pub.year - 1


def _month_answer(year: int, month: int, relation: str, explicit: bool,
                  span_start: int) -> tuple[str, str | None, str, bool, int]:
    """A month, whatever its modifier: "mid-/late December" is December (no day is given)."""
    return f"{year:04d}-{month:02d}", None, relation, explicit, span_start


def _season_now(pub: date) -> tuple[int, int]:
    """(year, first month) of the season `pub` falls in."""
    for first, last in _SEASONS.values():
        if first <= last and first <= pub.month <= last:
            return pub.year, first
    return (pub.year if pub.month == 12 else pub.year - 1), 12


def _minus(pub: date, n: int, unit: str) -> date:
    if unit == "hour":
        return pub - timedelta(days=1 if n <= 24 else n // 24)
    if unit == "day":
        return pub - timedelta(days=n)
    if unit in ("week", "weekend"):
        return pub - timedelta(days=7 * n)
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
        return date(y, mo + 1, min(pub.day, 28))
    return date(pub.year - n, pub.month, min(pub.day, 28))


def _period(pub: date, unit: str, shift: int, relation: str, span_start: int) -> tuple[str, str | None, str, bool, int]:
    """this/last/next week, weekend, month or year; the current one ends on the publication day."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        end = pub if shift == 0 else monday + timedelta(days=6)
        return monday.isoformat(), end.isoformat(), relation, False, span_start
    if unit == "weekend":
        sat = pub - timedelta(days=pub.weekday()) + timedelta(days=5, weeks=shift)
        if shift == 0 and sat > pub:
            sat -= timedelta(weeks=1)  # "this weekend" read in the week after it
        return sat.isoformat(), (sat + timedelta(days=1)).isoformat(), relation, False, span_start
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return f"{y:04d}-{mo + 1:02d}", None, relation, False, span_start
    return f"{pub.year + shift:04d}", None, relation, False, span_start


def _year_word_before(text: str, pos: int) -> bool:
    return bool(re.search(r"(?i:\b(?:end|start|beginning|middle|half|spring|summer|autumn|winter|year)\s+of\s+)$",
                          text[max(0, pos - 30):pos]))


def _is_future(text: str, start: int, end: int) -> bool:
    """Whether the clause around a date speaks of the future ("will meet on Friday")."""
    before = text[max(0, start - 80):start]
    cut = _LAST_CLAUSE_BREAK.match(before)
    if cut:
        before = before[cut.end():]
    if _FUTURE_BEFORE.search(before):
        return True
    return bool(_FUTURE_AFTER.match(text, end, min(len(text), end + 60)))
