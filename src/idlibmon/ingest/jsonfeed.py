"""JSON Feed 1.0 and 1.1 (jsonfeed.org), which feedparser does not read at all.

Lenient on purpose, like feedparser is with XML: a numeric id, a missing title, an item
that is not an object, or an unparseable date do not cost the other items.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from idlibmon.ingest.text import html_to_text, plain
from idlibmon.models import Entry


class NotJsonFeed(ValueError):
    """The body is not a JSON Feed (not JSON, or JSON of another shape)."""


def looks_like_json(body: bytes, content_type: str = "") -> bool:
    """Cheap sniff: a JSON content type, or a body that starts with '{'."""
    if "json" in content_type.lower():
        return True
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def parse_json_feed(body: bytes) -> tuple[str, list[Entry]]:
    """The feed's title and its entries, text sanitised."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotJsonFeed(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise NotJsonFeed("JSON, but not an object")
    items = data.get("items")
    version = str(data.get("version", ""))
    if not isinstance(items, list):
        if "jsonfeed.org" in version:
            items = []
        else:
            raise NotJsonFeed("JSON, but no 'items' list")
    feed_author = _author(data)
    entries = [e for e in (_entry(item, feed_author) for item in items) if e is not None]
    return plain(_str(data.get("title"))), entries


def _str(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)


def _author(obj: dict[str, Any]) -> str:
    authors = obj.get("authors")
    if isinstance(authors, list):
        names = [_str(a.get("name")) for a in authors if isinstance(a, dict)]
        names = [n for n in names if n]
        if names:
            return ", ".join(names)
    author = obj.get("author")
    if isinstance(author, dict):
        return _str(author.get("name"))
    return _str(author) if isinstance(author, str) else ""


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            dt = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def _entry(item: Any, feed_author: str) -> Entry | None:
    if not isinstance(item, dict):
        return None
    link = _str(item.get("url")) or _str(item.get("external_url"))
    html = _str(item.get("content_html"))
    text = _str(item.get("content_text"))
    content = html_to_text(html) if html else html_to_text(text)
    summary = html_to_text(_str(item.get("summary")))
    title = plain(_str(item.get("title")))
    guid = _str(item.get("id")).strip() or link
    if not guid:
        digest = hashlib.sha1(f"{title}\n{summary}\n{content}".encode()).hexdigest()
        guid = f"sha1:{digest}"
    return Entry(
        guid=plain(guid)[:2000],
        title=title,
        link=plain(link),
        summary=summary,
        content=content,
        published=_date(item.get("date_published")) or _date(item.get("date_modified")),
        author=plain(_author(item) or feed_author),
    )
