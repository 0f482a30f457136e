"""Small builders for ingest tests: RSS/Atom/JSON Feed bodies and configs pointing at 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from idlibmon.config import Config, load_config_text

Item = tuple[str, str, str, str]  # guid, title, link, description


def rss(items: Sequence[Item], title: str = "Test feed") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>t</description>",
    ]
    for guid, t, link, desc in items:
        parts.append(
            f"<item><guid isPermaLink=\"false\">{escape(guid)}</guid><title>{escape(t)}</title>"
            f"<link>{escape(link)}</link><description>{escape(desc)}</description>"
            "<pubDate>Sat, 28 Dec 2019 10:00:00 +0000</pubDate></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def json_feed(items: Sequence[Item], version: str = "https://jsonfeed.org/version/1.1") -> bytes:
    return json.dumps({
        "version": version, "title": "JSON test",
        "items": [
            {"id": g, "title": t, "url": link, "content_html": d, "date_published": "2019-12-28T10:00:00Z"}
            for g, t, link, d in items
        ],
    }).encode()


def items(n: int, prefix: str = "a", *, topic: str = "Idlib") -> list[Item]:
    return [
        (f"{prefix}-{i}", f"Story {prefix} {i} about {topic}", f"https://example.org/{prefix}/{i}",
         f"<p>Paragraph {i} on <b>{topic}</b>.</p>")
        for i in range(n)
    ]


def config(tmp_path: Path, feeds: Sequence[tuple[str, str]], **fetch: object) -> Config:
    """A config with the given (name, url) feeds, the store under tmp_path, and fetch overrides."""
    lines = ["[store]", f"path = '{tmp_path / 'store.db'}'", "[fetch]"]
    for key, value in fetch.items():
        lines.append(f"{key} = {json.dumps(value)}")
    if not feeds:
        lines.insert(0, "feeds = []")
    for name, url in feeds:
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
    return load_config_text("\n".join(lines) + "\n")


def config_text(tmp_path: Path, feeds: Sequence[tuple[str, str]], **fetch: object) -> str:
    lines = ["[store]", f"path = '{tmp_path / 'store.db'}'", "[fetch]"]
    for key, value in fetch.items():
        lines.append(f"{key} = {json.dumps(value)}")
    for name, url in feeds:
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
    return "\n".join(lines) + "\n"
