"""Calendar arithmetic anchored on the publication day: the year of a bare day or month,
this/last/next periods, counting back."""

from __future__ import annotations

from datetime import date, timedelta

from idlibmon.extract.dates.vocabulary import SEASONS

_SKEW = timedelta(days=2)
_AHEAD = timedelta(days=75)
_SOON = timedelta(days=45)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_in_year(y: int, m: int, d: int) -> date | None:
    return safe_date(y, m, d)


def past_day(pub: date, month: int, day: int, future: bool) -> date | None:
    """The latest such day on or before `pub` (the next one in a future-tense clause).

    A day or two past `pub` still counts as this one: a feed's date often lags the story
    by a time zone, and "on 1 February" in a text dated 31 January is not last year's."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := safe_date(y, month, day))]
    if future:
        return next((c for c in cands if c >= pub), None)
    return next((c for c in reversed(cands) if c <= pub + _SKEW), None)



def nearest_day(pub: date, month: int, day: int, future: bool, weekday: int | None,
                 scheduled: bool, past: bool = True) -> date | None:
    """The year for a day and month given without one.

    A weekday written with it ("Sunday, 12 January") names the year where the two agree; a
    scheduled day ("from 15 March") may lie up to ~2.5 months after publication, since news
    announces truces and patrols ahead, and a day told in no past tense (`past` false) up to ~6
    weeks; otherwise the past is the safer reading."""
    if weekday is not None and not future:
        cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := safe_date(y, month, day))]
        fitting = [c for c in cands if c.weekday() == weekday and -timedelta(days=366) < c - pub <= _AHEAD]
        if len(fitting) == 1:
            return fitting[0]
    limit = _AHEAD if scheduled else _SOON
    if not future and (scheduled or not past):
        # a day and month a few weeks ahead, told in no past tense, is the coming one ("donors are
        # invited to a conference on 24 October"): a day eleven months back would have its year
        for year in (pub.year, pub.year + 1):
            ahead = safe_date(year, month, day)
            if ahead is not None and pub + _SKEW < ahead <= pub + limit:
                return ahead
    return past_day(pub, month, day, future)


def month_year(pub: date, month: int, direction: str, future: bool) -> int:
    if direction == "last":
        return pub.year if month < pub.month else pub.year - 1
    if direction == "next" or (future and direction != "this"):
        return pub.year if month > pub.month else pub.year + 1 if month < pub.month else pub.year
    return pub.year if month <= pub.month else pub.year - 1


def month_answer(year: int, month: int, relation: str, explicit: bool,
                  span_start: int) -> tuple[str, str | None, str, bool, int]:
    """A month, whatever its modifier: "mid-/late December" is December (no day is given)."""
    return f"{year:04d}-{month:02d}", None, relation, explicit, span_start


def season_now(pub: date) -> tuple[int, int]:
    """(year, first month) of the season `pub` falls in."""
    for first, last in SEASONS.values():
        if first <= last and first <= pub.month <= last:
            return pub.year, first
    return (pub.year if pub.month == 12 else pub.year - 1), 12


def latest_weekday(day: date, wd: int) -> date:
    """The latest weekday `wd` (0 = Monday) on or before `day`, the day itself included: the
    Thursday of "on Thursday" in a report, the Saturday a weekend gone began."""
    return day - timedelta(days=(day.weekday() - wd) % 7)


def month_shifted(day: date, n: int) -> tuple[int, int]:
    """The (year, month) `n` months after `day`'s month (before it for a negative `n`)."""
    y, mo = divmod(day.year * 12 + day.month - 1 + n, 12)
    return y, mo + 1


def minus(pub: date, n: int, unit: str) -> date:
    if unit == "hour":
        return pub - timedelta(days=1 if n <= 24 else n // 24)
    if unit == "day":
        return pub - timedelta(days=n)
    if unit in ("week", "weekend"):
        return pub - timedelta(days=7 * n)
    if unit == "month":
        y, mo = month_shifted(pub, -n)
        return date(y, mo, (28 if pub.day > 28 else pub.day))
    return date(pub.year - n, pub.month, (28 if pub.day > 28 else pub.day))


def period(pub: date, unit: str, shift: int, relation: str, span_start: int,
           ahead: bool = False) -> tuple[str, str | None, str, bool, int]:
    """this/last/next week, weekend, month or year; the current one ends on the publication day.
    `ahead`: the clause looks ahead, so "this weekend" read on a weekday is the coming one ("a UN
    mission is expected to visit this weekend")."""
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        end = pub if shift == 0 else monday + timedelta(days=6)
        return monday.isoformat(), end.isoformat(), relation, False, span_start
    if unit == "weekend":
        sat = pub - timedelta(days=pub.weekday()) + timedelta(days=5, weeks=shift)
        if shift == 0 and sat > pub and not ahead:
            sat -= timedelta(weeks=1)  # "this weekend" read in the week after it
        return sat.isoformat(), (sat + timedelta(days=1)).isoformat(), relation, False, span_start
    if unit == "month":
        y, mo = month_shifted(pub, shift)
        return f"{y:04d}-{mo:02d}", None, relation, False, span_start
    return f"{pub.year + shift:04d}", None, relation, False, span_start

