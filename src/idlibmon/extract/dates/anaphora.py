"""Dates counted from another date: "the next day", "three days later", "since then"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from idlibmon.extract.dates.mention import DateMention


def resolve_anaphora(found: list[DateMention], text: str, published: date) -> list[DateMention]:
    """"The next day", "three days later", "since then": counted from the date mentioned last
    in the same sentence, else from the first date of the sentence before (its main time)."""
    out: list[DateMention] = []
    for d in found:
        if not d.start.startswith("@"):
            out.append(d)
            continue
        anchor = _anchor(out, d, text)
        if d.start.startswith("@s"):
            # "a week after a similar attack": from the sentence's own date, else the publication day.
            # When the thing counted from carries its own date ("eight months after the two agreed
            # on 17 September 2018"), that date is the one to keep: the count is no date of its own.
            later = next((f for f in found if f.span[0] > d.span[1] and not f.start.startswith("@")), None)
            if later is not None and not _SENTENCE_END.search(text, d.span[1], later.span[0] + 1) and (
                "," not in text[d.span[1]:later.span[0]] or _closes_clause(text, d, later)
            ):
                continue
            same = anchor if anchor and not _SENTENCE_END.search(text, anchor.span[1], d.span[0] + 1) else None
            if same is None and later is not None and _set_off_after(text, d, later):
                # "Nine days before the truce, on 25 February, ten schools were shelled": the day set
                # off after the count is the sentence's own, the one counted from
                same = later
            if same is None and d.end == "h" and anchor is not None:
                same = anchor  # "exploded two hours later", in a sentence with no date: the day told before
            base = date.fromisoformat(same.start) if same and len(same.start) == 10 else published
            if d.end in ("m", "y"):
                # "ten months after": calendar months, not 300 days; "two years after the military
                # removed him": a year. Counted from the sentence's own month or year where it told
                # one ("in an October 2021 coup, two years after ..."), else from the base day's month.
                told = same.start if same is not None and len(same.start) < 10 and same.start[:4].isdigit() \
                    else f"{base.year:04d}-{base.month:02d}"
                shifted = _months_on(told, _whole_months(d.end, int(d.start[2:])))
                if shifted is not None:
                    out.append(DateMention(d.span, d.text, shifted[:4] if d.end == "y" else shifted, None, d.relation))
                continue
            day = (base + timedelta(days=int(d.start[2:]))).isoformat()
            out.append(DateMention(d.span, d.text, day, None, d.relation))
            continue
        if d.start.startswith("@w"):
            base = date.fromisoformat(anchor.start) if anchor and len(anchor.start) == 10 and not _SENTENCE_END.search(
                text, anchor.span[1], d.span[0] + 1) else published
            ahead = (int(d.start[2:]) - base.weekday()) % 7 or 7
            out.append(DateMention(d.span, d.text, (base + timedelta(days=ahead)).isoformat(), None, d.relation))
            continue
        offset = int(d.start[1:])
        if anchor is None or _DATE_SET_OFF.fullmatch(text, d.span[1], _next_start(found, d)):
            continue  # ("The following year, on 21 August 2013, rockets struck": the date told keeps it)
        if d.end == "L7":
            told = _last_told(out, d)
            if told is not None:
                out.append(DateMention(d.span, d.text, told.start[:7], None, d.relation))
            continue
        if d.end in ("P7", "P4"):
            # "later that month", "in the days that followed": the date before, at that precision
            keep = int(d.end[1:])
            if anchor.start[:4].isdigit() and len(anchor.start) >= keep:
                out.append(DateMention(d.span, d.text, anchor.start[:keep], None, d.relation))
            continue
        if d.end == "w":
            # "the following week": a week on from a day; within a month told only as a month
            if len(anchor.start) == 10:
                out.append(DateMention(d.span, d.text, (date.fromisoformat(anchor.start) + timedelta(days=offset)).isoformat(),
                                       None, d.relation))
            elif len(anchor.start) == 7 and anchor.start[:4].isdigit():
                out.append(DateMention(d.span, d.text, anchor.start, None, d.relation))
            continue
        if d.end == "Y":
            # "the following year": the year after the one told before, as a year
            shifted = anchor.start[:4].isdigit() and f"{int(anchor.start[:4]) + 1:04d}"
            if shifted:
                out.append(DateMention(d.span, d.text, shifted, None, d.relation))
            continue
        if d.end in ("m", "y"):
            # "six months later", "a year later": calendar months or years from the date before,
            # at the precision it was told ("cut to two in January 2020 and to one six months later")
            shifted = _months_on(anchor.start, _whole_months(d.end, offset))
            if shifted is not None:
                out.append(DateMention(d.span, d.text, shifted, None, d.relation))
            continue
        if offset == 0 and d.relation in ("since", "until"):
            start = anchor.end if anchor.relation == "between" and anchor.end and d.relation == "until" else anchor.start
        elif len(anchor.start) == 10 and not (anchor.end and anchor.relation == "during"):
            # (a stretch counted back, "in the past month alone", has no one day to count from)
            start = (date.fromisoformat(anchor.start) + timedelta(days=offset)).isoformat()
        elif (day := _day_in_anchor_sentence(out, anchor, d, text)) is not None:
            # "The offensive began in early January, when the M23 captured Minova on 21 January. Sake
            # fell two days later": days count from the sentence's day, when its main time is a month
            start = (date.fromisoformat(day.start) + timedelta(days=offset)).isoformat()
        elif len(anchor.start) == 7 and anchor.start[:4].isdigit() and not anchor.end and 0 < offset <= 7 and not _MONTH_END.search(anchor.text):
            # "the sarin attack of April 2017 led the US to fire missiles at an air base three days
            # later": a few days on from a happening told only by its month fall in that month, as
            # the sets annotate them (the day is not told; from "late April" they may not)
            start = anchor.start
        else:
            continue
        out.append(DateMention(d.span, d.text, start, None, d.relation))
    return out


# a month told by its end, from which a few days on may be the next month
_MONTH_END = re.compile(r"(?i:\b(?:late|end)\b)")


# what parts a date counted from another and the date that says it outright: "The following year, "
_DATE_SET_OFF = re.compile(r",[ \t]*")


def _next_start(found: list[DateMention], d: DateMention) -> int:
    """Where the first date after `d` starts (0 if none: no comma ends there)."""
    return next((f.span[0] for f in found if f.span[0] >= d.span[1] and not f.start.startswith("@")), 0)


def _closes_clause(text: str, d: DateMention, later: DateMention) -> bool:
    """ "Three weeks after gangs launched attacks on police stations, prisons and the airport on
    29 February, the capital remains cut off": the later date ends the clause the count opens
    (commas of a list inside it), and is not one set off after it ("a week after the attack, on Monday")."""
    return (later.span[0] - d.span[1] <= 160 and text.startswith(",", later.span[1])
            and not text[:later.span[0]].rstrip().endswith(","))


def _set_off_after(text: str, d: DateMention, later: DateMention) -> bool:
    """Whether `later` is a day set off by commas right after the short phrase `d` opens ("Nine days
    before the truce, on 25 February, ..."), in the same sentence."""
    return (len(later.start) == 10 and later.start[:4].isdigit() and later.span[0] - d.span[1] <= 60
            and text[:later.span[0]].rstrip().endswith(",") and text.startswith(",", later.span[1])
            and not _SENTENCE_END.search(text, d.span[1], later.span[0] + 1))


def _whole_months(unit: str, days: int) -> int:
    """The calendar months of a count made in days ("m": 30 a month, "y": 360 a year)."""
    return days // 30 if unit == "m" else 12 * (days // 360)


def _months_on(start: str, months: int) -> str | None:
    """`start` moved on by whole months, at its own precision (no finer than a month); a year
    moves only by whole years."""
    if len(start) == 4:
        return f"{int(start) + months // 12:04d}" if months % 12 == 0 else None
    if len(start) < 7 or not start[:4].isdigit():
        return None
    n = int(start[:4]) * 12 + int(start[5:7]) - 1 + months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def _day_in_anchor_sentence(previous: list[DateMention], anchor: DateMention, d: DateMention,
                            text: str) -> DateMention | None:
    """The last single day told in the anchor's sentence, before `d`, when the anchor has no day."""
    if not anchor.start[:4].isdigit() or len(anchor.start) == 10:
        return None
    for a in reversed(previous):
        if a.span[0] < anchor.span[0] or a.span[1] > d.span[0]:
            continue
        if _SENTENCE_END.search(text, anchor.span[1], a.span[0] + 1):
            continue  # (another sentence's)
        if len(a.start) == 10 and a.start[:4].isdigit() and not a.end and a.relation == "on":
            return a
    return None


def _last_told(previous: list[DateMention], d: DateMention) -> DateMention | None:
    """The month-or-finer date told last before `d`, close enough to be the one it points back at."""
    for a in reversed(previous):
        if d.span[0] - a.span[1] >= 600:
            return None
        if len(a.start) >= 7 and a.start[:4].isdigit():
            return a
    return None


def _anchor(previous: list[DateMention], d: DateMention, text: str) -> DateMention | None:
    """The date `d` counts from. A day told as "within 24 hours" of another is no anchor: "Within
    24 hours, the forces had agreed to a ceasefire. Nine days later, ..." counts the nine days from
    the day the 24 hours ran from, as writers do (the stretch tells how soon, not a day to count from)."""
    near = [a for a in previous if d.span[0] - a.span[1] < 600 and a.text[:6].lower() != "within"]
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


