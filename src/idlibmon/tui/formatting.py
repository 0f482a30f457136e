"""Words and glyphs for figures, periods and timeline entries (shared by panes and screens)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

QUALIFIER_WORDS = {
    "exact": "", "more_than": "more than", "at_least": "at least", "about": "about",
    "almost": "almost", "up_to": "up to", "less_than": "fewer than",
}
CATEGORY_LABELS = {
    "displaced": "Displaced", "killed": "Killed", "injured": "Injured", "population": "Population",
    "refugees": "Refugees", "in_need": "In need", "returned": "Returned", "facilities": "Facilities hit",
    "other": "Other",
}
KIND_TAGS = {
    "offensive": "OFF", "ceasefire": "CEA", "escalation": "ESC", "attack": "ATK", "capture": "CAP",
    "displacement": "DSP", "talks": "TLK", "humanitarian": "HUM", "other": "EVT",
}
_SPARK = "▁▂▃▄▅▆▇█"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def number(value: float | None) -> str:
    """235000 -> "235,000"; 3000000 -> "3 million"; 1.5e6 -> "1.5 million"."""
    if value is None:
        return "?"
    if value >= 1_000_000 and (value / 1_000_000) * 10 == int((value / 1_000_000) * 10):
        millions = value / 1_000_000
        return f"{millions:g} million"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def figure_phrase(figure: Any) -> str:
    """"more than 235,000", "about 70%", "12,000–15,000 families"."""
    qualifier = QUALIFIER_WORDS.get(getattr(figure, "qualifier", "exact"), "")
    value = number(figure.value)
    high = getattr(figure, "high", None)
    if high is not None:
        value = f"{value}–{number(high)}"
    unit = getattr(figure, "unit", "people")
    if unit == "percent":
        value += "%"
    elif unit not in ("people", "other"):
        value += f" {unit}"
    return f"{qualifier} {value}".strip()


def iso_date(iso: str | None) -> str:
    """An ISO date at its own precision: "2019", "Dec 2019", "27 Dec 2019"."""
    if not iso:
        return "?"
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = _MONTHS[int(parts[1]) - 1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"
    except (ValueError, IndexError):
        return iso


def date_range(start: str, end: str) -> str:
    """"12–27 Dec 2019" when both days share a month, else "12 Dec 2019 – 3 Jan 2020"."""
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) == 3 and a[:2] == b[:2]:
        return f"{int(a[2])}–{iso_date(end)}"
    if len(a) == len(b) == 3 and a[0] == b[0]:
        return f"{iso_date(start).rsplit(' ', 1)[0]} – {iso_date(end)}"
    return f"{iso_date(start)} – {iso_date(end)}"


def period(when: Any, *, one_day: bool = False) -> str:
    """A figure's period: "12 Dec 2019 – 25 Dec 2019", "since Apr 2019", "on 13 Jun 2019", or "".

    An open period reads "since …" unless the board knows the figure counts a single day.
    """
    if when is None:
        return ""
    start, end = getattr(when, "start", None), getattr(when, "end", None)
    if start and end:
        return date_range(start, end)
    if not start:
        return ""
    return f"on {iso_date(start)}" if one_day else f"since {iso_date(start)}"


def sparkline(series: Sequence[tuple[Any, float]], width: int = 10) -> str:
    """The last `width` values as block characters scaled between their min and max."""
    values = [float(v) for _, v in series][-width:]
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return _SPARK[3] * len(values)
    return "".join(_SPARK[round((v - low) / (high - low) * (len(_SPARK) - 1))] for v in values)


def when_text(value: date | datetime | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return iso_date(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
