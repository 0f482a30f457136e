"""Plain data shared by every layer: no I/O, no UI.

Dates inside figures and events are ISO strings whose length is their precision
("2019", "2019-12", "2019-12-19"), as `idlibmon extract --json` prints them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

FIGURE_CATEGORIES = (
    "displaced", "killed", "injured", "population", "refugees",
    "in_need", "returned", "facilities", "other",
)
UNITS = ("people", "families", "households", "percent", "km", "facilities", "areas", "other")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "almost", "up_to", "less_than")
EVENT_KINDS = (
    "offensive", "ceasefire", "escalation", "attack", "capture",
    "displacement", "talks", "humanitarian", "other",
)


@dataclass(frozen=True, slots=True)
class Period:
    """The span a figure covers; `end` is None for open ("since April") or single dates."""

    start: str
    end: str | None = None


@dataclass(slots=True)
class Figure:
    """One key figure found in a text."""

    value: float
    category: str
    unit: str = "people"
    qualifier: str = "exact"
    text: str = ""
    span: tuple[int, int] = (0, 0)
    high: float | None = None
    when: Period | None = None
    place: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `idlibmon extract --json` (integers stay integers)."""
        return {
            "value": _num(self.value),
            "high": _num(self.high),
            "category": self.category,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "text": self.text,
            "when": asdict(self.when) if self.when else None,
            "place": self.place,
            "source": self.source,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        when = d.get("when")
        return cls(
            value=d["value"], high=d.get("high"), category=d["category"],
            unit=d.get("unit", "people"), qualifier=d.get("qualifier", "exact"),
            text=d.get("text", ""), span=tuple(d.get("span") or (0, 0)),  # type: ignore[arg-type]
            when=Period(when["start"], when.get("end")) if when else None,
            place=d.get("place"), source=d.get("source"),
        )


@dataclass(slots=True)
class Event:
    """One dated happening found in a text."""

    start: str
    kind: str
    text: str = ""
    span: tuple[int, int] = (0, 0)
    end: str | None = None
    resolved_from: str = ""
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "resolved_from": self.resolved_from,
            "place": self.place,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            start=d["start"], end=d.get("end"), kind=d["kind"], text=d.get("text", ""),
            span=tuple(d.get("span") or (0, 0)),  # type: ignore[arg-type]
            resolved_from=d.get("resolved_from", ""), place=d.get("place"),
        )


@dataclass(slots=True)
class Extraction:
    """Everything the engine found in one text."""

    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "figures": [f.to_dict() for f in self.figures],
            "events": [e.to_dict() for e in self.events],
        }


@dataclass(slots=True)
class Entry:
    """One item as parsed from a feed, text already sanitised."""

    guid: str
    title: str
    link: str = ""
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    author: str = ""


@dataclass(slots=True)
class Article:
    """A stored entry with what we learnt about it."""

    id: int
    feed_url: str
    outlet: str
    guid: str
    title: str
    link: str = ""
    summary: str = ""
    content: str = ""
    body: str = ""
    published: datetime | None = None
    fetched: datetime | None = None
    relevant: tuple[str, ...] = ()
    story_id: int | None = None
    story_sources: int = 1
    read: bool = False


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
