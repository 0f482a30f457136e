"""Times as a reader wants them: relative to the injected clock, in the local timezone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_now() -> datetime:
    return datetime.now(UTC)


def local(dt: datetime) -> datetime:
    """`dt` in the machine's timezone (naive datetimes are taken as UTC)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone()


def relative(dt: datetime | None, now: datetime) -> str:
    """A short age: "now", "5m", "3h", "2d", or a local date for anything older than a week."""
    if dt is None:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    seconds = (now - dt).total_seconds()
    if seconds < 60:
        return "now"
    if seconds < 3600:
        return f"{int(seconds // 60)}m"
    if seconds < 86400:
        return f"{int(seconds // 3600)}h"
    if seconds < 7 * 86400:
        return f"{int(seconds // 86400)}d"
    when = local(dt)
    if when.year == local(now).year:
        return f"{when.day} {when:%b}"
    return when.strftime("%b %Y")


def column_age(dt: datetime | None, now: datetime) -> str:
    """`relative` in at most six cells, for the headline list's time column: "Dec'19", not "Dec 2019"."""
    age = relative(dt, now)
    if len(age) > 6 and dt is not None:
        return local(dt).strftime("%b'%y")
    return age


def ago(dt: datetime | None, now: datetime) -> str:
    """"12m ago", "3h ago", "2d ago"; empty for anything older than a week (the date says it)."""
    age = relative(dt, now)
    if not age or age[-1] not in "mhdw" or not age[:-1].isdigit():
        return "just now" if age == "now" else ""
    return f"{age} ago"


def absolute(dt: datetime | None) -> str:
    """A full local timestamp for detail views."""
    if dt is None:
        return "unknown time"
    return local(dt).strftime("%a %d %b %Y, %H:%M %Z")


def clock(now: datetime) -> str:
    return local(now).strftime("%H:%M")


def clock_with_date(now: datetime) -> str:
    """The header clock: the date matters too (the demo replays 2019; a wall screen runs for days)."""
    when = local(now)
    return f"{when:%a} {when.day} {when:%b} {when:%H:%M}"
