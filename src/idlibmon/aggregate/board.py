"""The key-figures board: per category, the current headline figure for the watched area.

A figure's scope is its category, place and period. Only figures about the watched area
over the watched span may be the headline; the rest (Syria-wide, "since the war began",
one town, another country) are context, listed but never headlined. Between candidates the
rule is fixed and stated on the board: the most recent report first; among same-day
reports a named agency over an unnamed one, then the cumulative figure over the shorter
window. Reports that disagree about the same scope all stay visible; figures over
different windows (235,000 for 12-25 December, 284,000 for 1-29 December) form a series.
One day's count ("18 killed on Wednesday") is an incident, not the state of the crisis:
while a running total of its category exists, it is listed as context too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache

from idlibmon.aggregate.scope import (
    Placement,
    Watch,
    earlier,
    first_day,
    fold,
    is_running_total,
    needs_sentence,
    place_figure,
    same_window,
    sentences_around,
    window_days,
)
from idlibmon.config import Config
from idlibmon.models import FIGURE_CATEGORIES, Figure
from idlibmon.store import Store
from idlibmon.texts import article_text

BOARD_CATEGORIES = tuple(c for c in FIGURE_CATEGORIES if c != "other")
""""other" (percent of territory, distance to a front line) mixes units: never a board row."""

RULE = ("most recent report first; among same-day reports, a named agency over an unnamed one, "
        "then the cumulative figure over the shorter window")


@dataclass(slots=True)
class FigureRecord:
    """A figure with the article and outlet it came from."""

    figure: Figure
    article_id: int
    outlet: str
    url: str
    published: datetime | None
    title: str
    note: str | None = None
    """Why the figure is context and not a headline candidate ("Syria-wide"); None for a candidate."""
    reported: date | None = None
    """The report date: the article's publication day (its fetch day when it has none)."""
    story_id: int | None = None
    one_day: bool = False
    """One day's count ("killed on Thursday"), not a running total."""

    @property
    def candidate(self) -> bool:
        return self.note is None


@dataclass(slots=True)
class BoardRow:
    category: str
    headline: FigureRecord | None
    """The current headline figure for the watched area, or None when only context exists."""
    rule: str
    """The rule used to pick the headline, in words, with what decided it this time."""
    disagreeing: list[FigureRecord]
    """Other sources' different numbers for the same scope: the conflict, shown."""
    series: list[tuple[date, float]]
    """The day's headline value for each report date, oldest first (a sparkline)."""
    change: str | None
    """e.g. "up from 235,000 on 27 Dec", against the last different value; None without one."""
    context: list[FigureRecord]
    """Wider area / longer span / one-town figures: listed, never the headline."""
    all: list[FigureRecord]
    agreeing: list[FigureRecord] = field(default_factory=list)
    """Other sources giving the headline's number for the same scope."""

    @property
    def conflict(self) -> bool:
        return bool(self.disagreeing)


_PLACED: dict[tuple[str, int, str], tuple[Figure, Placement]] = {}
"""Each stored figure, parsed and placed, kept between refreshes (the screen rebuilds the
board on every store change): (watch key, article id, figure JSON) -> (figure, placement)."""
_PLACED_MAX = 500_000


def figure_records(store: Store, config: Config) -> list[FigureRecord]:
    """Every figure of a relevant article, each placed against the watched area."""
    watch = Watch(config)
    rows = store.extraction_index("figures", relevant_only=True)
    if len(_PLACED) > _PLACED_MAX:
        _PLACED.clear()
    keys = [(watch.key, row[1], row[0]) for row in rows]
    new = [i for i, key in enumerate(keys) if key not in _PLACED]
    if new:
        figures = [Figure.from_dict(d) for d in json.loads("[" + ",".join(rows[i][0] for i in new) + "]")]
        wanted = {keys[i][1] for i, fig in zip(new, figures, strict=True) if _reads_sentence(fig)}
        texts = {article_id: article_text(a) for article_id, a in store.article_parts(sorted(wanted)).items()}
        for i, fig in zip(new, figures, strict=True):
            _PLACED[keys[i]] = _place(fig, keys[i][1], watch, texts)
        changed = {keys[i][1] for i in new}
        _mark_parts([key for key in keys if key[1] in changed])
    stamps: dict[tuple[str | None, str | None], tuple[datetime | None, date | None]] = {}
    records = []
    # rows unpacked by position: looking columns up by name costs more than the rest of the loop
    for (_, article_id, outlet, link, title, published_at, fetched_at, story_id), key in zip(rows, keys, strict=True):
        fig, placed = _PLACED[key]
        when = (published_at, fetched_at)
        stamp = stamps.get(when)
        if stamp is None:
            published = _dt(published_at)
            moment = published or _dt(fetched_at)
            stamp = stamps[when] = (published, moment.date() if moment else None)
        records.append(FigureRecord(
            figure=fig, article_id=article_id, outlet=outlet, url=link, published=stamp[0],
            title=title, note=placed.note, reported=stamp[1],
            story_id=story_id or article_id, one_day=placed.one_day,
        ))
    _rival_counts_of_one_incident(records)
    return records


_PART_OF = re.compile(r"\b(of them|of whom|among them)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _total_words(text: str) -> bool:
    """Cached: the board is rebuilt on every store change, the quotes rarely change."""
    return is_running_total(fold(text))


@lru_cache(maxsize=65536)
def _says_part_of(text: str) -> bool:
    return bool(_PART_OF.search(text))


def _mark_parts(keys: list[tuple[str, int, str]]) -> None:
    """A count of part of another figure ("103 of them", "including 304 children" inside
    "1,089 civilians, including 304 children") is no total of its own: listed, not headlined.
    Decided once per article when its figures are placed (`keys`: all of those articles' figures)."""
    by_article: dict[tuple[int, str], list[tuple[str, int, str]]] = {}
    for key in keys:
        by_article.setdefault((key[1], _PLACED[key][0].category), []).append(key)
    for group in by_article.values():
        figures = [_PLACED[key][0] for key in group]
        for key, fig in zip(group, figures, strict=True):
            placed = _PLACED[key][1]
            if placed.note is not None:
                continue
            if _says_part_of(fig.text) or (any(c.isalpha() for c in fig.text) and any(
                o is not fig and o.value > fig.value and fig.text in o.text for o in figures
            )):
                _PLACED[key] = (fig, replace(placed, note=_PART_NOTE))


_PART_NOTE = "part of a larger figure"


def _rival_counts_of_one_incident(records: list[FigureRecord]) -> None:
    """An undated count that matches one day's count of the same thing is another telling of
    that incident, not a running total: "33 killed on Thursday … the Observatory said 34
    soldiers had died" in one article (a close number), or "at least 12 people were killed" in
    a statement a day after another outlet's "a dozen killed on Wednesday" (the same number)."""
    in_article: dict[tuple[int, str, str], list[float]] = {}
    nearby: dict[tuple[str, str, float, float | None], list[date]] = {}
    for r in records:
        if r.one_day and r.candidate:
            fig = r.figure
            in_article.setdefault((r.article_id, fig.category, fig.unit), []).append(float(fig.value))
            if r.reported is not None:
                nearby.setdefault((fig.category, fig.unit, fig.value, fig.high), []).append(r.reported)
    if not in_article:
        return
    for r in records:
        fig = r.figure
        if r.one_day or not r.candidate or fig.when is not None or _total_words(fig.text):
            continue
        values = in_article.get((r.article_id, fig.category, fig.unit), ())
        days = nearby.get((fig.category, fig.unit, fig.value, fig.high), ())
        if any(v > 0 and 2 / 3 <= fig.value / v <= 3 / 2 for v in values) or (
            r.reported is not None and any(abs((r.reported - d).days) <= _SAME_INCIDENT_DAYS for d in days)
        ):
            r.one_day = True


_SAME_INCIDENT_DAYS = 2
"""How far apart two outlets' reports of one incident's toll may be."""


def _reads_sentence(fig: Figure) -> bool:
    """Whether placing the figure needs its sentence from the article's text."""
    return not (fig.place and not needs_sentence(fig.when))


def _place(fig: Figure, article_id: int, watch: Watch, texts: dict[int, str]) -> tuple[Figure, Placement]:
    if not _reads_sentence(fig):  # its place and period say it all
        sentence, previous = fig.text, ""
    else:
        sentence, previous = _sentences(fig, texts.get(article_id, ""))
    return fig, place_figure(fig.place, fig.when, sentence, previous, watch)


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _sentences(fig: Figure, text: str) -> tuple[str, str]:
    """The figure's sentence and the one before, found by its span (or its quote if the text moved)."""
    start, end = fig.span
    if not (0 <= start < end <= len(text)) or (fig.text and text[start:end].strip() != fig.text.strip()):
        found = text.find(fig.text) if fig.text else -1
        if found < 0:
            return fig.text, ""
        start, end = found, found + len(fig.text)
    return sentences_around(text, start, end)


def build_board(store: Store, config: Config) -> list[BoardRow]:
    return build_board_from(figure_records(store, config), config)


def build_board_from(records: Sequence[FigureRecord], config: Config) -> list[BoardRow]:
    """One row per category that has any figure, in the vocabulary's order."""
    by_category: dict[str, list[FigureRecord]] = {}
    for r in records:
        by_category.setdefault(r.figure.category, []).append(r)
    return [_row(c, by_category[c], config.watch.subject) for c in BOARD_CATEGORIES if c in by_category]


def _rank(r: FigureRecord) -> tuple[object, ...]:
    """Sort key of the rule: later report, named agency, longer cumulative window, later article."""
    source = r.figure.source
    return (
        r.reported or date.min,
        source is not None and source.strip() != "",
        window_days(r.figure.when, r.reported),
        _timestamp(r.published) if r.published else float("-inf"),
        r.article_id,
    )


@lru_cache(maxsize=65536)
def _timestamp(moment: datetime) -> float:
    return moment.timestamp()


def _row(category: str, mine: list[FigureRecord], subject: str) -> BoardRow:
    newest_first = sorted(mine, key=_rank, reverse=True)
    candidates = [r for r in newest_first if r.candidate]
    unit = _main_unit(candidates)
    for r in candidates:
        if r.figure.unit != unit:
            r.note = f"counted in {r.figure.unit}"
    candidates = [r for r in candidates if r.candidate]
    if any(not r.one_day for r in candidates):
        # Running totals exist: one day's count is an incident, listed, not the state of things.
        for r in candidates:
            if r.one_day:
                r.note = f"one day ({_day(r)})" if r.figure.when else "one incident"
        candidates = [r for r in candidates if r.candidate]
    context = [r for r in newest_first if not r.candidate]
    if not candidates:
        return BoardRow(
            category=category, headline=None, rule=f"no figure for {subject} itself yet; {RULE}",
            disagreeing=[], series=[], change=None, context=context, all=newest_first,
        )
    head = candidates[0]
    agreeing, disagreeing = _same_scope(head, candidates[1:])
    picks = _daily_picks(candidates)
    series = [(day, float(r.figure.value)) for day, r in picks]
    return BoardRow(
        category=category, headline=head, rule=_rule_used(head, candidates, context), disagreeing=disagreeing,
        series=series, change=_change(picks), context=context, all=newest_first, agreeing=agreeing,
    )


def _day(r: FigureRecord) -> str:
    when = r.figure.when
    day = first_day(when.start) if when else None
    return short_date(day, r.reported) if day else "one day"


def _main_unit(candidates: list[FigureRecord]) -> str:
    units = [r.figure.unit for r in candidates]
    if not units or "people" in units:
        return "people"
    return max(set(units), key=units.count)


def _same_scope(head: FigureRecord, others: list[FigureRecord]) -> tuple[list[FigureRecord], list[FigureRecord]]:
    """Other reports about the headline's scope, split into those agreeing and those not.

    Same scope: the same known window (whatever the day), or the same report day with no
    window that contradicts. One entry per outlet and number; the article itself excluded.
    """
    agreeing: list[FigureRecord] = []
    disagreeing: list[FigureRecord] = []
    seen: set[tuple[str, float, float | None]] = {(head.outlet, head.figure.value, head.figure.high)}
    hw = head.figure.when
    for r in others:
        if r.article_id == head.article_id:
            continue
        rw = r.figure.when
        same = same_window(hw, rw, head.reported, r.reported) or (
            r.reported == head.reported and (hw is None or rw is None)
        )
        if not same:
            continue
        key = (r.outlet, r.figure.value, r.figure.high)
        if key in seen:
            continue
        seen.add(key)
        if (r.figure.value, r.figure.high) == (head.figure.value, head.figure.high):
            agreeing.append(r)
        else:
            disagreeing.append(r)
    return agreeing, disagreeing


def _daily_picks(candidates: list[FigureRecord]) -> list[tuple[date, FigureRecord]]:
    """Each report day's pick (candidates arrive best first), oldest day first."""
    by_day: dict[date, FigureRecord] = {}
    for r in candidates:
        if r.reported is not None and r.reported not in by_day:
            by_day[r.reported] = r
    return sorted(by_day.items(), key=lambda item: item[0])


def _change(picks: list[tuple[date, FigureRecord]]) -> str | None:
    """Against the last report day with a different value (repeats of the same number skipped).

    A fall is only a fall over a comparable window: an older figure counted from an earlier
    start ("500,000 since April" before "400,000 between May and August") covers more, so
    it is passed over for the one before it.
    """
    if not picks:
        return None
    now, newest = picks[-1]
    latest = float(newest.figure.value)
    for then, older in reversed(picks[:-1]):
        before = float(older.figure.value)
        if before == latest:
            continue
        if before > latest and _longer_window(older, newest):
            continue
        word = "up" if latest > before else "down"
        return f"{word} from {format_number(before)} on {short_date(then, now)}"
    return None


def _longer_window(older: FigureRecord, newer: FigureRecord) -> bool:
    """Both windows known and the older one starts earlier (compared at the coarser precision).
    Two days' counts are one day each, whatever their dates."""
    a, b = older.figure.when, newer.figure.when
    if a is None or b is None or (older.one_day and newer.one_day):
        return False
    return earlier(a.start, b.start)


def _rule_used(head: FigureRecord, candidates: list[FigureRecord], context: list[FigureRecord]) -> str:
    same_day = [r for r in candidates if r.reported == head.reported]
    if len(same_day) == 1:
        decided = "the most recent report"
    elif head.figure.source and any(not r.figure.source for r in same_day[1:]):
        decided = f"a named agency ({head.figure.source}) among {len(same_day)} same-day reports"
    elif any(window_days(r.figure.when, r.reported) < window_days(head.figure.when, head.reported)
             for r in same_day[1:]):
        decided = f"the longer cumulative window among {len(same_day)} same-day reports"
    else:
        decided = f"the latest of {len(same_day)} same-day reports"
    if any(r.one_day and r.note and r.note.startswith(("one day", "one incident")) for r in context):
        decided += "; one day's counts set aside for a running total"
    if head.one_day:
        what = f"one day's count ({_day(head)})" if head.figure.when else "one incident's count"
        decided += f"; {what}: no running total reported"
    return f"{RULE} — picked: {decided}"


def format_number(value: float) -> str:
    """235000 -> "235,000"; 1.5 -> "1.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


def short_date(day: date, relative_to: date | None = None) -> str:
    """ "27 Dec", with the year when it differs from `relative_to`'s."""
    text = f"{day.day} {day:%b}"
    if relative_to is not None and relative_to.year != day.year:
        text += f" {day.year}"
    return text
