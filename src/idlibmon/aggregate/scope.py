"""Where and over what span a figure applies, measured against the watched area.

The board may only headline a figure about the watched area itself (the province, not
one town in it, not the whole country) over the watched span (not "since the war
began"). The engine names a place when the text gives one; when it does not, the
sentence around the number decides, because "An estimated half a million people have
been killed" is Syria-wide only by the sentence before it ("The war in Syria …"). The
sentence also tells one day's count ("killed 18 people on Wednesday") from a running total
("1,089 killed since 29 April"), which the engine's periods alone do not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

from idlibmon.config import Config
from idlibmon.models import Period

_APOSTROPHES = "’‘ʿʾʼʹ`´′'＇"
_FOLD_DROP = str.maketrans({c: None for c in _APOSTROPHES})
_WORD_GAP = re.compile(r"[\s\-‐‑‒–—―−_/,.;:]+")

# Words that make a figure country-wide whatever the country; the config's [watch] country
# names are added to them per watch.
_COUNTRY_WORDS = r"the country|country ?wide|nationwide|whole country"
# Phrases that make a figure's span the whole war, or its area the whole country; {c} is the
# watched country's names (folded, so "Syria's" reads "syrias").
_WIDER_CUES = (
    r"\b(since the (start|beginning|outbreak|onset) of the (war|conflict|uprising|crisis|revolution)"
    r"|since the (war|conflict|uprising|crisis|revolution) (began|started|erupted|broke out)"
    r"|since (march )?2011|across (the country{c})|throughout (the country{c})|nationwide|country ?wide"
    r"|over the course of the (war|conflict)|(in|during) the (civil )?war{country_war})\b"
)
_COUNTRY_WAR = r"|the (\w+ )?(civil )?(war|conflict) in ({names})|({names})s (civil )?(war|conflict)"
# Words that make a dated count a running total rather than one day's count.
_MONTH_OR_DAY = (r"(january|february|march|april|may|june|july|august|september|october|november|december"
                 r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2})")
_RUNNING_TOTAL = re.compile(
    r"\b(since|so far|to date|in total|total|altogether|overall|cumulative|as of|until|till|toll"
    r"|(have|has|had) (now |already |so far )?been"
    rf"|by (the end of |mid |early |late )?{_MONTH_OR_DAY})\b"
)
# "Since" that compares ("the worst at any time since the war began") rather than opens a span.
_COMPARISON_SINCE = re.compile(
    r"\b(at any (time|point)|ever|for the first time|in (years|decades)"
    r"|(deadliest|worst|biggest|largest|heaviest|highest|bloodiest)\b[^,;]*?) since [^,;]*"
    r"|since the (war|conflict|uprising|crisis|revolution)( in \w+)? (began|started|erupted|broke out)"
    r"|since the (start|beginning|outbreak|onset) of the (war|conflict|uprising|crisis|revolution)"
)
# Words that make an undated count a running total beyond doubt ("toll" and "have been" are
# said of one strike's dead as well).
_STRONG_TOTAL = re.compile(
    r"\b(since|so far|to date|in total|altogether|overall|cumulative|as of|until|till"
    rf"|by (the end of |mid |early |late )?{_MONTH_OR_DAY})\b"
)
# One event told in the sentence: "in an air strike", "the attack that killed", "on Thursday".
_INCIDENT = re.compile(
    r"\b((in|by|during) (an?|one|a single) (\w+ ){0,3}(air ?strike|strike|attack|bombing|raid|explosion|blast"
    r"|ambush|bombardment)"
    r"|(a|an|the|one|last nights|yesterdays) (\w+ ){0,2}(air ?strike|strike|attack|bombing|raid|explosion|blast"
    r"|ambush) (on|that|which|hit)"
    r"|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|on (the )?\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|single (attack|strike|incident))\b"
)
# Words that refer back to the watched area in a relevant article.
_AREA_ANAPHORA = re.compile(
    r"\b(the (province|governorate|region|enclave|pocket|area|de escalation zone)|(rebel|opposition) held)\b"
)


@lru_cache(maxsize=8)
def _country_patterns(countries: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The country-name and whole-war patterns for one watch's country names (folded)."""
    names = "|".join(re.escape(c) for c in countries)
    c = f"|{names}" if names else ""
    country_war = _COUNTRY_WAR.format(names=names) if names else ""
    country = re.compile(rf"\b({names + '|' if names else ''}{_COUNTRY_WORDS})\b")
    return country, re.compile(_WIDER_CUES.format(c=c, country_war=country_war))


def fold(text: str) -> str:
    """Compare place names without case, diacritics, apostrophes or hyphens."""
    text = text.translate(_FOLD_DROP)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _WORD_GAP.sub(" ", text.casefold()).strip()


def _words(names: Iterable[str]) -> re.Pattern[str] | None:
    keys = sorted({n for n in names if n}, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


class Area(Enum):
    """How a place relates to the watched area."""

    WATCHED = "watched"
    """The watched area itself, or part of its name ("southern Idlib", "Idlib governorate")."""
    WITHIN = "within"
    """A town or district the config lists: narrower than the area."""
    WIDER = "wider"
    """The whole country, or the whole war."""
    ELSEWHERE = "elsewhere"
    """A place the config does not know (another province, a neighbouring country)."""


class Watch:
    """The watched area as the config describes it: its names, its towns, its span."""

    def __init__(self, config: Config) -> None:
        self.subject = config.watch.subject
        subject_key = fold(self.subject)
        self.canonical: dict[str, str] = {}
        area: set[str] = {subject_key}
        within: set[str] = set()
        for name, variants in config.places.items():
            spellings = {fold(s) for s in (name, *variants) if s.strip()}
            for s in spellings:
                self.canonical.setdefault(s, name)
            if subject_key in spellings:
                area |= spellings
            else:
                within |= spellings
        area |= {fold(r) for r in config.watch.regions if r.strip()}
        countries = sorted({fold(c) for c in config.watch.country if c.strip()}, key=len, reverse=True)
        self._country, self._wider = _country_patterns(tuple(countries))
        self.country_note = (
            f"{config.watch.country[0]}-wide"
            if countries and fold(config.watch.country[0]) != subject_key
            else "country-wide"
        )
        self._area = _words(area)
        self._within = _words(within - area)
        dates = sorted(t.date for t in config.timeline)
        self.start: str | None = dates[0] if dates else None
        """The watched span begins with the first curated timeline date."""
        self.key = repr((subject_key, sorted(area), sorted(within), countries, self.start))
        """Changes when anything that decides a placement changes."""
        self._areas: dict[str, Area] = {}
        self._names: dict[str, str] = {}
        self._compatible: dict[tuple[str, str], bool] = {}

    def place_name(self, place: str | None) -> str | None:
        """The config's canonical name for a spelling, else the text's own words."""
        if not place:
            return None
        name = self._names.get(place)
        if name is None:
            name = self._names[place] = self.canonical.get(fold(place), place)
        return name

    def area_of(self, place: str) -> Area:
        area = self._areas.get(place)
        if area is None:
            area = self._areas[place] = self._area_of(place)
        return area

    def _area_of(self, place: str) -> Area:
        key = fold(place)
        if self._area and self._area.search(key):
            return Area.WATCHED
        if self._within and self._within.search(key):
            return Area.WITHIN
        if self._country.search(key):
            return Area.WIDER
        return Area.ELSEWHERE

    def compatible(self, a: str | None, b: str | None) -> bool:
        """Two places may name one event's place: unknown matches anything, "southern Idlib"
        matches "Idlib" and the towns in it, two different towns do not match."""
        if not a or not b or a == b:
            return True
        key = (a, b)
        found = self._compatible.get(key)
        if found is None:
            found = self._compatible[key] = self._compatible[(b, a)] = self._check_compatible(a, b)
        return found

    def _check_compatible(self, a: str, b: str) -> bool:
        fa, fb = fold(a), fold(b)
        if fa == fb or f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} ":
            return True
        areas = {self.area_of(a), self.area_of(b)}
        return Area.WATCHED in areas and areas <= {Area.WATCHED, Area.WITHIN}

    def country(self, folded_text: str) -> bool:
        """The text names the whole country ("Syria", "nationwide")."""
        return bool(self._country.search(folded_text))

    def wider(self, folded_text: str) -> bool:
        """The text makes a figure's span the whole war or its area the whole country."""
        return bool(self._wider.search(folded_text))

    def mentions_area(self, folded_text: str) -> bool:
        return bool(
            (self._area and self._area.search(folded_text))
            or (self._within and self._within.search(folded_text))
            or _AREA_ANAPHORA.search(folded_text)
        )


@dataclass(frozen=True, slots=True)
class Placement:
    """Whether a figure may be the headline, and if not, why (in words)."""

    area: Area
    note: str | None = None
    """None for a headline candidate; else the reason it is context ("Syria-wide")."""
    one_day: bool = False
    """A count for one day ("killed on Thursday"), not a running total: a candidate only
    when no running total of its category exists."""

    @property
    def candidate(self) -> bool:
        return self.note is None


def place_figure(place: str | None, when: Period | None, sentence: str, previous: str, watch: Watch) -> Placement:
    """Decide a figure's area and span from its place, period and the sentences around it."""
    own = fold(sentence)
    # With a period of its own, "since the war began" in the sentence is a comparison
    # ("the largest displacement since the war began"), not the figure's span.
    if when is None and watch.wider(own):
        return Placement(Area.WIDER, "whole war or whole country")
    if place:
        area = watch.area_of(place)
    elif watch.mentions_area(own):
        area = Area.WATCHED
    elif watch.country(own):
        area = Area.WIDER
    else:
        before = fold(previous)
        wider_before = watch.wider(before) or watch.country(before)
        area = Area.WIDER if wider_before and not watch.mentions_area(before) else Area.WATCHED
    if area is Area.WIDER:
        return Placement(area, watch.country_note)
    if area is Area.WITHIN:
        return Placement(area, f"{watch.place_name(place)} only")
    if area is Area.ELSEWHERE:
        return Placement(area, f"about {place}")
    if when is not None and watch.start and earlier(when.start, watch.start):
        return Placement(Area.WIDER, f"longer span (since {when.start})")
    if when is None:
        return Placement(Area.WATCHED, one_day=is_one_incident(own, fold(previous)))
    return Placement(Area.WATCHED, one_day=is_one_day(when, own))


def needs_sentence(when: Period | None) -> bool:
    """Whether `is_one_day` must read the sentence (a day-precision date with no end)."""
    return when is not None and len(when.start) == 10 and when.end in (None, when.start)


def is_one_day(when: Period | None, folded_sentence: str) -> bool:
    """A day-precision date and no word of a running total ("since", "so far", "in total")."""
    if not needs_sentence(when):
        return False
    assert when is not None
    return when.end == when.start or not _RUNNING_TOTAL.search(_COMPARISON_SINCE.sub(" ", folded_sentence))


def is_running_total(folded_text: str) -> bool:
    """Words that make a count a running total beyond doubt ("since", "so far", "in total")."""
    return bool(_STRONG_TOTAL.search(_COMPARISON_SINCE.sub(" ", folded_text)))


def is_one_incident(folded_sentence: str, folded_previous: str) -> bool:
    """An undated count of one event: its sentence, or the one before that it reports on
    ("put the toll at 34" after "33 soldiers were killed in an air strike on Thursday"),
    tells a single event, and nothing in its own sentence makes it a running total."""
    own = _COMPARISON_SINCE.sub(" ", folded_sentence)
    if _STRONG_TOTAL.search(own):
        return False
    return bool(_INCIDENT.search(own) or _INCIDENT.search(_COMPARISON_SINCE.sub(" ", folded_previous)))


def earlier(a: str, b: str) -> bool:
    """True when ISO date `a` lies wholly before `b`, compared at the coarser precision."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


@lru_cache(maxsize=65536)
def first_day(iso: str) -> date | None:
    try:
        parts = [int(p) for p in iso.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def last_day(iso: str) -> date | None:
    start = first_day(iso)
    if start is None:
        return None
    if len(iso) == 4:
        return date(start.year, 12, 31)
    if len(iso) == 7:
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return start


def same_date(a: str | None, b: str | None) -> bool:
    """Equal at the coarser of the two precisions ("2019-12" matches "2019-12-26")."""
    if a is None or b is None:
        return a is b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_window(a: Period | None, b: Period | None, a_reported: date | None, b_reported: date | None) -> bool:
    """Both periods known and the same at the coarser precision: a true conflict when values differ.

    An open period ("since 1 December") runs to its report date, so the same words on two
    different days are two windows, a series; a closed one ("12-25 December") is the same
    window whoever reports it, whenever.
    """
    if a is None or b is None or not same_date(a.start, b.start):
        return False
    a_end = a.end or (a_reported.isoformat() if a_reported else None)
    b_end = b.end or (b_reported.isoformat() if b_reported else None)
    return a_end is not None and b_end is not None and same_date(a_end, b_end)


def window_days(when: Period | None, reported: date | None) -> int:
    """Length of the span a figure covers; open spans run to the report date. Unknown: -1."""
    if when is None:
        return -1
    start = first_day(when.start)
    end = last_day(when.end) if when.end else reported
    if start is None or end is None:
        return -1
    return max(0, (end - start).days + 1)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")


def sentences_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence holding text[start:end], and the one before it in the same paragraph."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    bounds = [para_start]
    for m in _SENTENCE_END.finditer(text, para_start, para_end):
        bounds.append(m.end())
    bounds.append(para_end)
    for i in range(len(bounds) - 1):
        if bounds[i] <= start < bounds[i + 1] or (i == len(bounds) - 2):
            own = text[bounds[i]:max(bounds[i + 1], end)]
            prev = text[bounds[i - 1]:bounds[i]] if i > 0 else ""
            return own.strip(), prev.strip()
    return text[start:end], ""
