"""Load the bundled corpus: outlets and their items, written as TOML data files.

The corpus is data, not markup: each outlet's items live in `corpus/<key>.toml` as plain
text, and the feeds and pages are rendered from it at serve time, so escaping is done by
one renderer instead of by hand in hundreds of strings.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources

FORMATS = ("rss", "atom", "jsonfeed")
BEHAVIOURS = ("ok", "malformed", "error", "gone")


@dataclass(frozen=True, slots=True)
class Outlet:
    key: str
    name: str
    format: str
    """rss (RSS 2.0), atom or jsonfeed."""
    behaviour: str = "ok"
    """ok; malformed (broken XML that still yields entries); error (HTTP 500); gone (HTTP 410)."""
    full_text: bool = True
    """False: the feed carries only a summary and a link; the body is on the article page."""
    description: str = ""
    interval: int = 15
    tags: tuple[str, ...] = ()
    copyright: str = ""

    @property
    def path(self) -> str:
        ext = {"rss": "xml", "atom": "atom", "jsonfeed": "json"}[self.format]
        return f"/feeds/{self.key}.{ext}"


@dataclass(frozen=True, slots=True)
class Item:
    outlet: str
    slug: str
    title: str
    published: datetime
    body: str
    """Paragraphs separated by blank lines; a paragraph of lines starting with '- ' is a list."""
    summary: str = ""
    author: str = ""
    caption: str = ""
    categories: tuple[str, ...] = ()

    @property
    def page_path(self) -> str:
        return f"/{self.outlet}/{self.published:%Y/%m/%d}/{self.slug}.html"

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.strip().split("\n\n") if p.strip()]

    def standfirst(self) -> str:
        """The summary, or the first paragraph when none was written."""
        if self.summary:
            return self.summary.strip()
        first = self.paragraphs()[0] if self.body.strip() else ""
        return " ".join(line.lstrip("- ") for line in first.splitlines())


@dataclass(frozen=True, slots=True)
class Corpus:
    outlets: tuple[Outlet, ...]
    items: tuple[Item, ...] = field(default=())
    """Every item of every outlet, in historical (publication) order."""

    def outlet(self, key: str) -> Outlet:
        for outlet in self.outlets:
            if outlet.key == key:
                return outlet
        raise KeyError(key)

    def items_of(self, key: str) -> list[Item]:
        return [i for i in self.items if i.outlet == key]


def _read(name: str) -> dict:
    text = resources.files("idlibmon.demo").joinpath("corpus", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _aware(value: object, where: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValueError(f"{where}: published must be a TOML date-time")
    if value.tzinfo is None:
        raise ValueError(f"{where}: published needs a UTC offset")
    return value.astimezone(UTC)


@cache
def load_corpus() -> Corpus:
    """Parse the packaged corpus once; items sorted by publication time (ties by file order)."""
    index = _read("outlets.toml")
    outlets = []
    items: list[Item] = []
    for raw in index["outlets"]:
        outlet = Outlet(
            key=raw["key"], name=raw["name"], format=raw["format"], behaviour=raw.get("behaviour", "ok"),
            full_text=raw.get("full_text", True), description=raw.get("description", ""),
            interval=raw.get("interval", 15), tags=tuple(raw.get("tags", ())), copyright=raw.get("copyright", ""),
        )
        if outlet.format not in FORMATS or outlet.behaviour not in BEHAVIOURS:
            raise ValueError(f"outlets.toml: {outlet.key}: bad format or behaviour")
        outlets.append(outlet)
        if outlet.behaviour in ("error", "gone"):
            continue  # nothing is ever served from these
        for n, raw_item in enumerate(_read(f"{outlet.key}.toml").get("items", []), 1):
            where = f"{outlet.key}.toml item {n}"
            items.append(Item(
                outlet=outlet.key, slug=raw_item["slug"], title=raw_item["title"],
                published=_aware(raw_item["published"], where), body=raw_item.get("body", ""),
                summary=raw_item.get("summary", ""), author=raw_item.get("author", ""),
                caption=raw_item.get("caption", ""), categories=tuple(raw_item.get("categories", ())),
            ))
    items.sort(key=lambda i: i.published)  # stable: same-minute items keep file order
    slugs = [(i.outlet, i.slug) for i in items]
    if len(set(slugs)) != len(slugs):
        raise ValueError("corpus: duplicate slug within an outlet")
    return Corpus(outlets=tuple(outlets), items=tuple(items))
