"""A paged window over the stored headlines, so the list never holds the whole history.

The list asks for row *i*; pages of `PAGE` rows are loaded from the store on demand and
only light rows (no bodies) are kept. When new rows arrive, `locate` finds where a known
headline moved to, so the screen can keep the user's selection and scroll position.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from idlibmon.models import Article
from idlibmon.store import Store

PAGE = 100
"""Rows per store query: a screenful or two, so the first frame reads no more than it shows."""
QUERY_CAP = 5000
"""A text filter shows at most this many matches (newest first)."""
SNIPPET_CAP = 300
"""Snippets are looked up for the best-ranked matches only: one FTS query, no per-row cost."""


@dataclass(frozen=True, slots=True)
class HeadlineRow:
    id: int
    title: str
    outlet: str
    published: datetime | None
    link: str
    sources: int
    read: bool


def _row(article: Article) -> HeadlineRow:
    return HeadlineRow(
        id=article.id, title=article.title, outlet=article.outlet,
        published=article.published or article.fetched, link=article.link,
        sources=article.story_sources, read=article.read,
    )


class HeadlineSource:
    """Rows by index, newest first, under the current filter (text query, unread only)."""

    def __init__(self, store: Store, *, relevant_only: bool = True) -> None:
        self.store = store
        self.relevant_only = relevant_only
        self.query = ""
        self.unread_only = False
        self.total = 0
        self._pages: dict[int, list[HeadlineRow]] = {}
        self._query_rows: list[HeadlineRow] | None = None
        self._snippets: dict[int, str] = {}
        self.reload()

    def set_filter(self, *, query: str | None = None, unread_only: bool | None = None) -> None:
        if query is not None:
            self.query = query.strip()
        if unread_only is not None:
            self.unread_only = unread_only
        self.reload()

    def reload(self) -> None:
        """Forget cached rows and recount (after new data or a new filter)."""
        self._pages.clear()
        self._query_rows = None
        self._snippets = {}
        if self.query:
            self._query_rows = self._fetch(0, QUERY_CAP)
            self.total = len(self._query_rows)
            self._snippets = self._find_snippets()
        else:
            self.total = self.store.count_articles(relevant_only=self.relevant_only, unread_only=self.unread_only)

    def _fetch(self, offset: int, limit: int) -> list[HeadlineRow]:
        articles = self.store.articles(
            limit=limit, offset=offset, relevant_only=self.relevant_only,
            unread_only=self.unread_only, query=self.query or None,
        )
        return [_row(a) for a in articles]

    def _find_snippets(self) -> dict[int, str]:
        """Article id (and its story's id, the row the list shows) -> the text around the match."""
        found: dict[int, str] = {}
        for article, snippet in self.store.search(self.query, limit=SNIPPET_CAP):
            found.setdefault(article.id, snippet)
            if article.story_id:
                found.setdefault(article.story_id, snippet)
        return found

    def snippet(self, article_id: int) -> str:
        """Where the filter matched this headline, matches wrapped in « »; empty if unknown."""
        return self._snippets.get(article_id, "")

    def row(self, index: int) -> HeadlineRow | None:
        if index < 0 or index >= self.total:
            return None
        if self._query_rows is not None:
            return self._query_rows[index]
        page_no, pos = divmod(index, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._pages[page_no] = self._fetch(page_no * PAGE, PAGE)
        return page[pos] if pos < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values()) + len(self._query_rows or ())

    def mark_read(self, index: int) -> None:
        """Reflect a read mark in the cached row without reloading the page."""
        row = self.row(index)
        if row is None or row.read:
            return
        new = replace(row, read=True)
        if self._query_rows is not None:
            self._query_rows[index] = new
        else:
            page_no, pos = divmod(index, PAGE)
            self._pages[page_no][pos] = new

    def locate(self, article_id: int, guess: int, slack: int) -> int | None:
        """Where `article_id` sits now, searching `slack` rows either side of `guess`."""
        start = max(0, guess - slack)
        if self._query_rows is not None:
            window = self._query_rows[start:guess + slack + 1]
        else:
            window = self._fetch(start, guess + slack + 1 - start)
        for i, row in enumerate(window):
            if row.id == article_id:
                return start + i
        return None
