"""Two dates that make one range: "from May to August 2019", "1 December – 3 January"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from idlibmon.extract.dates.mention import DateMention
from idlibmon.extract.dates.vocabulary import WEEKDAY


def merge_ranges(found: list[tuple[DateMention, bool]], text: str) -> list[DateMention]:
    """Join "from May to August 2019" or "1 December – 3 January": the first end borrows the year."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        cur, cur_explicit = found[i]
        if i + 1 < len(found):
            nxt, nxt_explicit = found[i + 1]
            gap = text[cur.span[1]:nxt.span[0]].strip()
            if len(gap) > 3:  # no joining word or dash between them ("and", "to", "-"): most pairs
                out.append(cur)
                i += 1
                continue
            gap = gap.lower()
            joiner = gap or (nxt.text.split(None, 1)[0].lower() if nxt.text else "")
            dash = gap in ("-", "–", "—") and cur.relation in ("between", "since", "in", "on")
            worded = gap in ("", "and") and joiner in ("to", "and", "until", "till", "through") and (
                cur.relation in ("between", "since") or joiner != "and" or (
                    # "in May and June 2019" is one stretch; "in January 2020 and July 2020", each
                    # month with its own year, lists two, and so do months apart ("Ghouta and Daraa
                    # were overrun in April and July": two happenings, not one four months long)
                    len(cur.start) == 7 and len(nxt.start) == 7 and not (cur_explicit and nxt_explicit)
                    and (int(nxt.start[5:7]) - int(cur.start[5:7])) % 12 == 1
                )
            )
            if gap == "and" and "late" in cur.text.lower() and nxt.text[:5].lower() == "early" and (
                nxt.start[:4].isdigit() and cur.start[:4].isdigit() and 0 <= int(nxt.start[:4]) - int(cur.start[:4]) <= 1
            ):
                worded = True  # "the offensive of late 2019 and early 2020": one stretch across the turn of the year
            days = gap in ("and", "to", "-", "–", "") and _WEEKDAY_ONLY.fullmatch(cur.text) and _WEEKDAY_ONLY.fullmatch(nxt.text)
            if days and gap == "" and joiner not in ("to", "and", "until", "till", "through"):
                days = None
            if days and cur.start >= nxt.start and cur.end is None and len(cur.start) == 10 and gap in ("and", "to", "-", "–"):
                # "between Friday and Sunday" read on a Friday: the Friday of the week before
                # (each day alone is the latest on or before publication)
                cur = DateMention(cur.span, cur.text, (date.fromisoformat(cur.start) - timedelta(days=7)).isoformat(),
                                  None, cur.relation)
            if days and cur.text[:4].lower() == "last" and len(cur.start) == 10 and len(nxt.start) == 10 and cur.end is None:
                # "Last Tuesday and Wednesday, pagers exploded": the second day follows the first (the
                # bare weekday alone would be the latest one, in this week)
                first, second = date.fromisoformat(cur.start), date.fromisoformat(nxt.start)
                nxt = DateMention(nxt.span, nxt.text, (first + timedelta(days=(second.weekday() - first.weekday()) % 7 or 7)).isoformat(),
                                  None, nxt.relation)
            if days and cur.start < nxt.start:
                # "on Sunday and Monday": one span of days
                span = (cur.span[0], nxt.span[1])
                out.append(DateMention(span, text[span[0]:span[1]], cur.start, nxt.start, cur.relation))
                i += 2
                continue
            if (dash or worded) and _absolute(cur) and _absolute(nxt):
                start = cur.start
                end = nxt.end or nxt.start
                if joiner in ("until", "till") and not (cur_explicit or nxt_explicit) and len(start) >= 7 and len(end) >= 7:
                    # "extended in May until mid-August", in July: what began in the latest May lasts
                    # until the August after it, which may lie ahead ("until" names a limit, not a past)
                    end = _year_after(start, end)
                elif not cur_explicit and len(start) >= 7:
                    start = _borrow_year(start, nxt.start)
                if start <= end:
                    rel = "between" if cur.relation in ("between", "since", "in", "on") else cur.relation
                    span = (cur.span[0], nxt.span[1])
                    out.append(DateMention(span, text[span[0]:span[1]], start, end, rel))
                    i += 2
                    continue
        out.append(cur)
        i += 1
    return out


_WEEKDAY_ONLY = re.compile(rf"(?:(?i:on|to|until|till|through|between|from|last)\s+)?{WEEKDAY}")


def _absolute(d: DateMention) -> bool:
    words = d.text.lower()
    return not any(w in words for w in ("ago", "last", "this", "next", "past", "day", "week", "night"))


def _borrow_year(start: str, end_start: str) -> str:
    """A range's first end takes its year from the second: "May to August 2019"."""
    end_year, end_rest = int(end_start[:4]), end_start[5:]
    year = end_year if start[5:] <= (end_rest or "12") else end_year - 1
    return f"{year:04d}{start[4:]}"



def _year_after(start: str, end: str) -> str:
    """A range's second end in the first end's year, or the next one when its month comes before."""
    year = int(start[:4]) if end[5:] >= start[5:len(end)] else int(start[:4]) + 1
    return f"{year:04d}{end[4:]}"


_NAMED_WEEK = re.compile(r"(?i:(?:last|this|next|past)\s+week)")
_SET_OFF = re.compile(r",[ \t]*")


def days_of_named_week(found: list[DateMention], text: str) -> list[DateMention]:
    """ "two days of explosions last week, on Tuesday and Wednesday": weekdays set off after a week
    named are that week's days (each alone would be the latest one before publication), told as one
    date from the week's name to the last day."""
    if "week," not in text:
        return found
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        cur = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and cur.end and len(cur.start) == 10 and len(nxt.start) == 10 and (
            _NAMED_WEEK.fullmatch(cur.text) and _SET_OFF.fullmatch(text, cur.span[1], nxt.span[0])
            and _WEEKDAY_ONLY.match(nxt.text)
        ):
            monday = date.fromisoformat(cur.start)
            monday -= timedelta(days=monday.weekday())
            span = (cur.span[0], nxt.span[1])
            end = _in_week(monday, nxt.end) if nxt.end and len(nxt.end) == 10 else None
            out.append(DateMention(span, text[span[0]:span[1]], _in_week(monday, nxt.start), end, nxt.relation))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


def _in_week(monday: date, day: str) -> str:
    """The day of the week that starts on `monday` with the weekday of `day`."""
    return (monday + timedelta(days=date.fromisoformat(day).weekday())).isoformat()
