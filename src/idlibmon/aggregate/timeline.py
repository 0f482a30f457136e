"""The merged timeline: extracted events from every outlet on top of a curated baseline.

Two reports are the same event when they have the same kind, the same date at the
coarser of their precisions ("on Thursday" resolved to 26 December matches "in
December"), and the same or a compatible place. An entry counts *independent* sources:
reprinted wire copy (the same story, or the same sentence, in several outlets) counts
once. The curated baseline from `[[timeline]]` anchors the campaign's key dates; an
extracted event that matches one attaches to it instead of making a new entry.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from idlibmon.aggregate.scope import Area, Watch, first_day, fold, same_date
from idlibmon.config import Config
from idlibmon.models import Article, Event
from idlibmon.store import Store

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(slots=True)
class SourceRef:
    """One article's telling of an event."""

    outlet: str
    url: str
    text: str
    article_id: int | None
    story_id: int | None = None
    """The de-duplicated story the article belongs to: reprints share it."""
    published: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    start: str
    end: str | None
    kind: str
    label: str
    curated: bool
    place: str | None
    sources: list[SourceRef] = field(default_factory=list)
    url: str = ""

    @property
    def count(self) -> int:
        """Independent sources: one per group of reprints (same outlet, story or sentence)."""
        return independent_sources(self.sources)

    @property
    def date_text(self) -> str:
        """The date at its own precision: "Dec 2019", "19 Dec 2019", "19–25 Dec 2019"."""
        return format_span(self.start, self.end)


def format_date(iso: str) -> str:
    """ "2019" -> "2019"; "2019-12" -> "Dec 2019"; "2019-12-19" -> "19 Dec 2019"."""
    parts = iso.split("-")
    try:
        if len(parts) == 1:
            return str(int(parts[0]))
        month = _MONTHS[int(parts[1]) - 1]
        if len(parts) == 2:
            return f"{month} {int(parts[0])}"
        return f"{int(parts[2])} {month} {int(parts[0])}"
    except (ValueError, IndexError):
        return iso


def format_span(start: str, end: str | None) -> str:
    if not end or end == start:
        return format_date(start)
    if len(start) == len(end) == 10 and start[:7] == end[:7]:
        return f"{int(start[8:])}–{format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def independent_sources(sources: Sequence[SourceRef]) -> int:
    """Sources joined when they share an outlet, a story or their (folded) sentence."""
    parent = list(range(len(sources)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owners: dict[tuple[str, object], int] = {}
    for i, s in enumerate(sources):
        keys: list[tuple[str, object]] = [("outlet", fold(s.outlet) or f"#{i}"), ("text", fold(s.text) or f"#{i}")]
        if s.story_id is not None:
            keys.append(("story", s.story_id))
        for key in keys:
            if key in owners:
                parent[find(i)] = find(owners[key])
            else:
                owners[key] = i
    return len({find(i) for i in range(len(sources))})


_EVENTS: dict[str, Event] = {}
"""Each stored event's JSON, parsed once and kept between refreshes (the screen rebuilds
the timeline on every store change). Merging never changes an Event."""
_EVENTS_MAX = 500_000


def build_timeline(store: Store, config: Config) -> list[TimelineEntry]:
    rows = store.extraction_index("events", relevant_only=True)
    if len(_EVENTS) > _EVENTS_MAX:
        _EVENTS.clear()
    new = [r[0] for r in rows if r[0] not in _EVENTS]
    if new:
        for text, data in zip(new, json.loads("[" + ",".join(new) + "]"), strict=True):
            _EVENTS[text] = Event.from_dict(data)
    stamps: dict[str, str] = {}
    found = []
    # rows unpacked by position: looking columns up by name costs more than the rest of the loop
    for data, article_id, outlet, link, _, published_at, fetched_at, story_id in rows:
        published = published_at or fetched_at or ""
        stamp = stamps.get(published)
        if stamp is None:
            stamp = stamps[published] = _utc(published)
        found.append(Told(_EVENTS[data], article_id, outlet, link, story_id or article_id, stamp))
    return merge(found, config)


@dataclass(slots=True)
class Told:
    """One article's event, with what the merge needs to know about the article."""

    event: Event
    article_id: int
    outlet: str
    url: str
    story_id: int
    published: str
    """ISO timestamp (UTC) of the report; sorts as text."""


def merge_events(found: Iterable[tuple[Event, Article]], config: Config) -> list[TimelineEntry]:
    """The same merge over (event, article) pairs, as `Store.all_events` gives them."""
    return merge([
        Told(e, a.id, a.outlet, a.link, a.story_id or a.id, _utc((a.published or a.fetched).isoformat())
             if (a.published or a.fetched) else "")
        for e, a in found
    ], config)


_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class _Index:
    """Entries by (kind, start) and by (kind, every prefix of start): a match is one lookup away.

    The finer entries under a prefix are also kept by start, in date order, so a coarse
    event ("in December") looks at the nearest days first and stops once nothing nearer
    than its best match is left, instead of weighing every day of the month.
    """

    def __init__(self) -> None:
        self.exact: dict[tuple[str, str], list[TimelineEntry]] = {}
        self.finer: dict[tuple[str, str], list[TimelineEntry]] = {}
        self.finer_by_start: dict[tuple[str, str], dict[str, list[TimelineEntry]]] = {}
        self.finer_starts: dict[tuple[str, str], list[str]] = {}
        self.finer_curated: dict[tuple[str, str], list[TimelineEntry]] = {}
        self.seq: dict[int, int] = {}
        self.regular = True
        """False once a start is not plain ISO: then date order is not string order."""

    def add(self, entry: TimelineEntry) -> None:
        self.seq[id(entry)] = len(self.seq)
        if not _ISO.fullmatch(entry.start) or first_day(entry.start) is None:
            self.regular = False
        self.exact.setdefault((entry.kind, entry.start), []).append(entry)
        for n in (4, 7):
            if len(entry.start) > n:
                key = (entry.kind, entry.start[:n])
                self.finer.setdefault(key, []).append(entry)
                groups = self.finer_by_start.setdefault(key, {})
                if entry.start not in groups:
                    groups[entry.start] = []
                    bisect.insort(self.finer_starts.setdefault(key, []), entry.start)
                groups[entry.start].append(entry)
                if entry.curated:
                    self.finer_curated.setdefault(key, []).append(entry)

    def same_date(self, kind: str, start: str) -> list[TimelineEntry]:
        """Entries of `kind` whose start equals `start` at the coarser precision."""
        out: list[TimelineEntry] = []
        for n in (4, 7, 10):
            if n <= len(start):
                out += self.exact.get((kind, start[:n]), [])
        out += self.finer.get((kind, start), [])
        return out

    def best_match(self, event: Event, place: str | None, watch: Watch) -> TimelineEntry | None:
        """What `_best_match` over `same_date` picks, without weighing every finer entry."""
        kind, start = event.kind, event.start
        target = first_day(start)
        if target is None or not self.regular or not _ISO.fullmatch(start):
            return _best_match(self.same_date(kind, start), event, place, watch)
        coarse: list[TimelineEntry] = []
        for n in (4, 7, 10):
            if n <= len(start):
                coarse += self.exact.get((kind, start[:n]), [])
        # 1. a compatible curated entry wins over any extracted one
        curated = [e for e in coarse if e.curated] + self.finer_curated.get((kind, start), [])
        found = _best_match(curated, event, place, watch)
        if found is not None:
            return found
        # 2. among the coarser-or-equal entries, one dated exactly like the event wins outright
        found = _best_match(coarse, event, place, watch)
        if found is not None and found.start == start:
            return found
        # 3. finer entries, nearest date first; ties go to more sources, then to the earlier-added
        best_key: tuple[int, int, int] | None = None
        if found is not None:
            best_key = (abs(((first_day(found.start) or target) - target).days), -len(found.sources), -1)
        groups = self.finer_by_start.get((kind, start), {})
        compatible: dict[str | None, bool] = {}
        for day in self.finer_starts.get((kind, start), []):
            days = ((first_day(day) or target) - target).days
            if best_key is not None and days > best_key[0]:
                break
            for e in groups[day]:
                ok = compatible.get(e.place)
                if ok is None:
                    ok = compatible[e.place] = places_compatible(e.place, place, watch)
                if not ok:
                    continue
                key = (days, -len(e.sources), self.seq[id(e)])
                if best_key is None or key < best_key:
                    found, best_key = e, key
        return found


def merge(found: Iterable[Told], config: Config) -> list[TimelineEntry]:
    """The curated baseline plus every extracted event, merged, sorted by date."""
    watch = Watch(config)
    index = _Index()
    entries = [
        TimelineEntry(start=c.date, end=None, kind=c.kind, label=c.label, curated=True, place=None, url=c.url)
        for c in config.timeline
    ]
    for entry in entries:
        index.add(entry)
    told_in: dict[int, set[int | tuple[str, str] | None]] = {}
    """Per entry (by id()), the articles (and outlet, URL pairs) already among its sources."""
    # Finer dates first, so "on 26 December" makes the entry that "in December" then joins.
    for told in sorted(found, key=lambda t: (-len(t.event.start), t.published, t.article_id)):
        event = told.event
        place = watch.place_name(event.place)
        ref = SourceRef(outlet=told.outlet, url=told.url, text=event.text, article_id=told.article_id,
                        story_id=told.story_id, published=told.published or None)
        entry = index.best_match(event, place, watch)
        if entry is None or not entry.curated:
            entry = _curated_agreement(index, event, place, watch) or entry
        if entry is None:
            entry = TimelineEntry(
                start=event.start, end=event.end, kind=event.kind, label=event.text or event.kind,
                curated=False, place=place, sources=[ref], url=told.url,
            )
            entries.append(entry)
            index.add(entry)
            told_in[id(entry)] = {told.article_id, (told.outlet, told.url)}
            continue
        seen = told_in.get(id(entry))
        if seen is None:
            seen = told_in[id(entry)] = {s.article_id for s in entry.sources} | {(s.outlet, s.url)
                                                                                for s in entry.sources}
        # one article, or one page stored twice (same outlet and URL), is one source
        if told.article_id not in seen and (not told.url or (told.outlet, told.url) not in seen):
            seen.add(told.article_id)
            seen.add((told.outlet, told.url))
            entry.sources.append(ref)
        if not entry.curated:
            entry.place = _narrower(entry.place, place, watch)
            entry.end = entry.end or (event.end if same_date(event.start, entry.start) else None)
        if not entry.url:
            entry.url = told.url
    for entry in entries:
        entry.sources.sort(key=lambda s: (s.published or "", s.article_id or 0))
    entries.sort(key=lambda e: (e.start, not e.curated, e.kind, e.label))
    return entries


_AGREEMENT_KINDS = ("ceasefire", "talks")
"""Kinds one agreement is told as: "the September 2018 deal" (a ceasefire) is the Sochi talks' outcome."""
_AGREEMENT_WORDS = re.compile(r"\b(deal|agreement|accord|memorandum|truce|ceasefire|cease fire|agreed|signed)\b")


def _curated_agreement(index: _Index, event: Event, place: str | None, watch: Watch) -> TimelineEntry | None:
    """A curated agreement of the other agreement kind on the event's date, for an event that
    names an agreement and is no finer than the curated date ("September 2018" for 17 Sep 2018).

    Year-only events never attach this way: a year holds too many agreements to tell which.
    """
    if event.kind not in _AGREEMENT_KINDS or len(event.start) < 7 or not _AGREEMENT_WORDS.search(fold(event.text)):
        return None
    curated = [e for kind in _AGREEMENT_KINDS if kind != event.kind
               for e in index.same_date(kind, event.start) if e.curated and len(e.start) >= len(event.start)]
    return _best_match(curated, event, place, watch)


def _utc(stamp: str) -> str:
    """Stored timestamps are UTC ISO already; normalise anything else so they sort as text."""
    if not stamp:
        return ""
    try:
        parsed = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat(timespec="seconds")


def _best_match(matches: list[TimelineEntry], event: Event, place: str | None, watch: Watch) -> TimelineEntry | None:
    """A curated entry first, then the one dated most like the event, then the best-sourced;
    among equals the first in `matches`. One pass, each place and date weighed once."""
    target = first_day(event.start) or date.min
    compatible: dict[str | None, bool] = {}
    distance: dict[str, int] = {}
    best: TimelineEntry | None = None
    best_key: tuple[bool, bool, int, int] | None = None
    for e in matches:
        ok = compatible.get(e.place)
        if ok is None:
            ok = compatible[e.place] = places_compatible(e.place, place, watch)
        if not ok:
            continue
        days = distance.get(e.start)
        if days is None:
            days = distance[e.start] = abs(((first_day(e.start) or target) - target).days)
        key = (not e.curated, e.start != event.start, days, -len(e.sources))
        if best_key is None or key < best_key:
            best, best_key = e, key
    return best


def places_compatible(a: str | None, b: str | None, watch: Watch) -> bool:
    """Unknown places match anything; "southern Idlib" matches "Idlib" and the towns in it."""
    return watch.compatible(a, b)


def _narrower(current: str | None, new: str | None, watch: Watch) -> str | None:
    """Keep the most specific place the sources give (a town over the province)."""
    if not current:
        return new
    if new and watch.area_of(current) is Area.WATCHED and watch.area_of(new) is Area.WITHIN:
        return new
    return current
