"""Headless export of headlines, figures and the timeline as JSON, CSV or Markdown.

Every string in an export came from the network at some point, and an export lands in
places that obey their own syntax: a spreadsheet runs a cell that starts with `=` as a
formula, a Markdown renderer turns `[x](javascript:…)` into a link, a terminal obeys an
ESC byte. So each format neutralises text on the way out: control characters go
everywhere; CSV cells that could start a formula get a leading apostrophe; Markdown
special characters are backslash-escaped and only http(s) links are written as links.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TextIO
from urllib.parse import quote, urlsplit

from idlibmon.aggregate.board import build_board_from, figure_records, format_number
from idlibmon.aggregate.scope import last_day
from idlibmon.aggregate.timeline import SourceRef, build_timeline, format_span
from idlibmon.config import Config
from idlibmon.models import FIGURE_CATEGORIES
from idlibmon.sanitize import clean_text
from idlibmon.store import Store

WHATS = ("headlines", "figures", "timeline")
FORMATS = ("json", "csv", "md")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~&!#{}])")


# ---- neutralising ----------------------------------------------------------------------------

def plain(value: Any) -> Any:
    """Strings lose control characters (and newlines); lists and dicts are cleaned inside."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs: formula starts get a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    text = clean_text(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def md_text(value: Any) -> str:
    """Text for a Markdown table cell: no syntax survives, a `|` cannot split the row."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (int, float)):
        return format_number(value)  # a reader's number: 235,000
    return _MD_SPECIAL.sub(r"\\\1", clean_text(str(value)))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with everything Markdown or a shell could misread percent-encoded; else None."""
    if not url:
        return None
    url = clean_text(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%-._~").replace("(", "%28").replace(")", "%29").replace("'", "%27")


def md_link(label: str, url: str | None) -> str:
    target = safe_url(url)
    text = md_text(label) or "link"
    return f"[{text}]({target})" if target else text


# ---- writers ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Column:
    header: str
    get: Callable[[dict[str, Any]], Any]
    link: Callable[[dict[str, Any]], str | None] | None = None
    """Markdown only: make the cell a link to this URL."""


def write_json(what: str, items: list[dict[str, Any]], out: TextIO) -> None:
    json.dump({what: plain(items)}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(columns: list[Column], items: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.header for c in columns])
    for item in items:
        writer.writerow([csv_cell(c.get(item)) for c in columns])


def write_markdown(columns: list[Column], items: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.write("| " + " | ".join(md_text(c.header) for c in columns) + " |\n")
    out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
    for item in items:
        cells = [md_link(str(c.get(item) or ""), c.link(item)) if c.link else md_text(c.get(item)) for c in columns]
        out.write("| " + " | ".join(cells) + " |\n")


# ---- what is exported --------------------------------------------------------------------------

def figure_items(store: Store, config: Config, since: datetime | None = None) -> list[dict[str, Any]]:
    """Each figure as `idlibmon extract --json` prints it, plus where it was published."""
    records = figure_records(store, config)
    headlines = {id(row.headline) for row in build_board_from(records, config) if row.headline}
    order = {c: i for i, c in enumerate(FIGURE_CATEGORIES)}
    records.sort(key=lambda r: (-_stamp(r.published, r.reported).timestamp(), order.get(r.figure.category, 99),
                                -r.article_id, r.figure.span))
    items = []
    for r in records:
        if since is not None and _stamp(r.published, r.reported) < since:
            continue
        items.append({
            **r.figure.to_dict(),
            "outlet": r.outlet,
            "article_url": r.url,
            "published": _iso(r.published),
            "headline": id(r) in headlines,
        })
    return items


def _stamp(published: datetime | None, reported: date | None) -> datetime:
    """When a figure was reported, timezone-aware, for sorting and --since."""
    if published is not None:
        return published if published.tzinfo else published.replace(tzinfo=UTC)
    if reported is not None:
        return datetime(reported.year, reported.month, reported.day, tzinfo=UTC)
    return datetime.min.replace(tzinfo=UTC)


def timeline_items(store: Store, config: Config, since: datetime | None = None) -> list[dict[str, Any]]:
    items = []
    for e in build_timeline(store, config):
        if since is not None:
            last = last_day(e.end or e.start)
            if last is not None and last < since.date():
                continue
        items.append({
            "start": e.start, "end": e.end, "kind": e.kind, "label": e.label, "curated": e.curated,
            "count": e.count,
            "sources": _distinct_sources(e.sources),
        })
    return items


def _distinct_sources(sources: Sequence[SourceRef]) -> list[dict[str, str]]:
    """Each (outlet, URL) once: one page stored under two ids is one telling."""
    seen: set[tuple[str, str]] = set()
    out = []
    for s in sources:
        key = (s.outlet, s.url)
        if s.url and key in seen:
            continue
        seen.add(key)
        out.append({"outlet": s.outlet, "url": s.url, "text": s.text})
    return out


def _outlets(item: dict[str, Any]) -> str:
    """The outlets that told an entry, each named once ("Levant Wire", not "Levant Wire; Levant Wire")."""
    return "; ".join(dict.fromkeys(s["outlet"] for s in item["sources"]))


def headline_items(store: Store, since: datetime | None = None, page: int = 2000) -> list[dict[str, Any]]:
    """Relevant stories, newest first, one row per story (as the Headlines pane lists them)."""
    items = []
    offset = 0
    while True:
        batch = store.articles(limit=page, offset=offset, relevant_only=True, since=since)
        for a in batch:
            items.append({
                "published": _iso(a.published or a.fetched), "outlet": a.outlet, "title": a.title, "url": a.link,
                "relevant": list(a.relevant), "story": a.story_id or a.id, "story_sources": a.story_sources,
            })
        if len(batch) < page:
            return items
        offset += page


def _iso(stamp: datetime | None) -> str | None:
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).isoformat(timespec="seconds")


def _when(item: dict[str, Any], key: str) -> Any:
    when = item.get("when")
    return when.get(key) if when else None


def _url(key: str) -> Callable[[dict[str, Any]], str | None]:
    return lambda item: item.get(key)


COLUMNS: dict[str, list[Column]] = {
    "figures": [
        Column("published", lambda i: i["published"]),
        Column("category", lambda i: i["category"]),
        Column("value", lambda i: i["value"]),
        Column("high", lambda i: i["high"]),
        Column("unit", lambda i: i["unit"]),
        Column("qualifier", lambda i: i["qualifier"]),
        Column("period_start", lambda i: _when(i, "start")),
        Column("period_end", lambda i: _when(i, "end")),
        Column("place", lambda i: i["place"]),
        Column("source", lambda i: i["source"]),
        Column("outlet", lambda i: i["outlet"], link=_url("article_url")),
        Column("headline", lambda i: i["headline"]),
        Column("text", lambda i: i["text"]),
        Column("article_url", lambda i: i["article_url"]),
    ],
    "timeline": [
        Column("start", lambda i: i["start"]),
        Column("end", lambda i: i["end"]),
        Column("kind", lambda i: i["kind"]),
        Column("label", lambda i: i["label"]),
        Column("curated", lambda i: i["curated"]),
        Column("count", lambda i: i["count"]),
        Column("sources", _outlets),
        Column("urls", lambda i: " ".join(s["url"] for s in i["sources"] if s["url"])),
    ],
    "headlines": [
        Column("published", lambda i: i["published"]),
        Column("outlet", lambda i: i["outlet"]),
        Column("title", lambda i: i["title"], link=_url("url")),
        Column("relevant", lambda i: "; ".join(i["relevant"])),
        Column("story", lambda i: i["story"]),
        Column("story_sources", lambda i: i["story_sources"]),
        Column("url", lambda i: i["url"]),
    ],
}


def _md_columns(what: str) -> list[Column]:
    """The Markdown table a reporter pastes: links folded into their cell, no raw URLs or ids."""
    return [c for c in COLUMNS[what] if c.header not in ("article_url", "url", "urls", "story")]


def export(store: Store, config: Config, what: str, fmt: str, out: TextIO, since: datetime | None = None) -> int:
    """Write one export; returns the number of items."""
    if what == "figures":
        items = figure_items(store, config, since)
    elif what == "timeline":
        items = timeline_items(store, config, since)
    elif what == "headlines":
        items = headline_items(store, since)
    else:
        raise ValueError(f"cannot export {what!r}: choose from {', '.join(WHATS)}")
    if fmt == "json":
        write_json(what, items, out)
    elif fmt == "csv":
        write_csv(COLUMNS[what], items, out)
    elif fmt == "md":
        if what == "timeline":
            _write_timeline_md(items, out)
        else:
            write_markdown(_md_columns(what), items, out)
    else:
        raise ValueError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
    return len(items)


def _write_timeline_md(items: list[dict[str, Any]], out: TextIO) -> None:
    """Timeline rows with each source as its own link."""
    cols = [Column("date", lambda i: format_span(i["start"], i["end"])),
            *(c for c in COLUMNS["timeline"] if c.header not in ("start", "end", "sources", "urls"))]
    out.write("| " + " | ".join(c.header for c in cols) + " | sources |\n")
    out.write("|" + "|".join(" --- " for _ in range(len(cols) + 1)) + "|\n")
    for item in items:
        cells = [md_text(c.get(item)) for c in cols]
        links = ", ".join(_outlet_links(item["sources"]))
        out.write("| " + " | ".join([*cells, links]) + " |\n")


def _outlet_links(sources: list[dict[str, str]]) -> list[str]:
    """One cell per outlet: its name links its first article, further articles follow as [2], [3]."""
    by_outlet: dict[str, list[str]] = {}
    for s in sources:
        by_outlet.setdefault(s["outlet"], []).append(s["url"])
    cells = []
    for outlet, urls in by_outlet.items():
        more = [md_link(str(n), url) for n, url in enumerate(urls[1:], start=2) if url]
        cells.append(" ".join([md_link(outlet, urls[0]), *more]))
    return cells
