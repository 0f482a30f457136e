"""`idlibmon feeds`: list feeds with their health; import/export OPML; re-enable a feed.

Import appends to the user's own config file (created from the packaged default when
missing), so newsboat and other readers' subscriptions move over in one step. The file is
rewritten atomically and checked before it replaces the old one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import tomllib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idlibmon.config import Config, FeedConfig
    from idlibmon.store import FeedState


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.add_parser("list", help="list feeds with their health (the default)")
    imp = sub.add_parser("import", help="append the feeds of an OPML file to your config")
    imp.add_argument("file", metavar="FILE.opml")
    sub.add_parser("export", help="print your feeds as OPML")
    en = sub.add_parser("enable", help="re-enable a feed disabled by 410 Gone (and reset its back-off)")
    en.add_argument("url", metavar="URL")
    for p in sub.choices.values():
        p.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                       help="config file (default: $IDLIBMON_CONFIG, then the user's)")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None) or "list"
    if action == "import":
        return _import(args)
    from idlibmon.config import load_config

    config = load_config(args.config)
    if action == "export":
        sys.stdout.write(to_opml(config.feeds))
        return 0
    from idlibmon.commands._store import open_store

    with open_store(config.store.path) as store:
        if action == "enable":
            if store.enable_feed(args.url):
                print(f"enabled {args.url}; it is fetched on the next cycle")
                return 0
            print(f"idlibmon: no feed {args.url} in {config.store.path}", file=sys.stderr)
            return 1
        _list(config, store.feed_states([f.url for f in config.feeds]), store.feed_article_counts())
    return 0


# ---- list ---------------------------------------------------------------------------------
def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    secs = int((now - when).total_seconds())
    future = secs < 0
    secs = abs(secs)
    text = (f"{secs}s" if secs < 120 else f"{secs // 60}m" if secs < 7200
            else f"{secs // 3600}h" if secs < 172800 else f"{secs // 86400}d")
    return f"in {text}" if future else f"{text} ago"


def health(state: FeedState, now: datetime) -> str:
    """One line saying how a feed is doing (shared by `feeds` and anyone who wants it)."""
    if state.disabled_reason:
        return f"DISABLED — {state.disabled_reason}"
    parts = []
    if state.last_error:
        parts.append(f"failing ({state.error_count}x): {state.last_error}")
    elif state.last_success:
        parts.append(f"ok, {state.status or ''} {_ago(state.last_success, now)}".replace("  ", " "))
    else:
        parts.append("not fetched yet")
    if state.moved:
        parts.append(state.moved)
    if state.retry_not_before and state.retry_not_before > now:
        parts.append(f"server asked to wait until {state.retry_not_before:%H:%M} UTC")
    elif state.next_due:
        parts.append(f"next {_ago(state.next_due, now)}")
    return "; ".join(parts)


def _list(config: Config, states: list[FeedState], counts: dict[str, int]) -> None:
    from idlibmon.sanitize import clean_text
    from idlibmon.store import utcnow

    now = utcnow()
    if not config.feeds:
        print("no feeds configured")
        return
    for feed, state in zip(config.feeds, states, strict=True):
        print(f"{clean_text(feed.name)}  <{feed.url}>")
        print(f"    {clean_text(health(state, now))}")
        print(f"    {counts.get(feed.url, 0)} articles stored, {state.entries_seen} in the last response, "
              f"{state.bytes:,} bytes, {state.duration:.2f}s")


# ---- OPML ---------------------------------------------------------------------------------
def to_opml(feeds: list[FeedConfig]) -> str:
    from xml.etree import ElementTree as ET

    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "idlibmon feeds"
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def read_opml(path: Path) -> list[tuple[str, str, list[str]]]:
    """(name, url, tags) for every outline with an xmlUrl; a parent outline's text is a tag."""
    from xml.etree import ElementTree as ET

    from idlibmon.config import ConfigError
    from idlibmon.sanitize import clean_text

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ConfigError(f"{path}: not a readable OPML file: {exc}") from None
    out: list[tuple[str, str, list[str]]] = []

    def walk(node: ET.Element, tags: list[str]) -> None:
        for child in node:
            if child.tag.rsplit("}", 1)[-1].lower() != "outline":
                continue
            attrs = {k.lower(): v for k, v in child.attrib.items()}
            url = (attrs.get("xmlurl") or "").strip()
            name = clean_text(attrs.get("title") or attrs.get("text") or "")
            if url:
                out.append((name, url, list(tags)))
            walk(child, [*tags, name] if not url and name else tags)

    body = next((c for c in root if c.tag.rsplit("}", 1)[-1].lower() == "body"), root)
    walk(body, [])
    return out


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _feed_block(name: str, url: str, tags: list[str], interval: int | None = None, full_text: bool = False) -> str:
    lines = ["[[feeds]]", f"name = {_toml_str(name)}", f"url = {_toml_str(url)}"]
    if interval is not None:
        lines.append(f"interval = {interval}")
    if full_text:
        lines.append("full_text = true")
    if tags:
        lines.append("tags = [" + ", ".join(_toml_str(t) for t in tags) + "]")
    return "\n".join(lines) + "\n"


def _import(args: argparse.Namespace) -> int:
    from idlibmon.config import ENV_VAR, check_url, default_config_text, load_config, user_config_path
    from idlibmon.ingest.dedup import link_key

    explicit = args.config or os.environ.get(ENV_VAR)
    target = Path(explicit).expanduser() if explicit else user_config_path()
    if target.exists():
        original = target.read_text(encoding="utf-8")
        config = load_config(target)
    else:
        original = None
        config = load_config(None) if not explicit else None
    text = original if original is not None else default_config_text()
    if config is None:  # a named file that does not exist yet: start from the defaults
        from idlibmon.config import load_config_text

        config = load_config_text(text)
    own = tomllib.loads(text)
    added: list[tuple[str, str]] = []
    skipped: list[tuple[str, str]] = []
    known = {link_key(f.url) for f in config.feeds}
    blocks: list[str] = []
    if "feeds" not in own and config.feeds:
        blocks.append("# The feeds you had from the packaged default, kept so the imported ones add to them.\n")
        blocks.extend(_feed_block(f.name, f.url, f.tags, f.interval, f.full_text) + "\n" for f in config.feeds)
    for name, url, tags in read_opml(Path(args.file)):
        if not check_url(url):
            skipped.append((url, "not an http(s) URL"))
            continue
        key = link_key(url)
        if key in known:
            skipped.append((url, "already in your config"))
            continue
        known.add(key)
        blocks.append(_feed_block(name or url, url, tags) + "\n")
        added.append((name or url, url))
    if added:
        new_text = text.rstrip("\n") + "\n\n# Imported from " + Path(args.file).name + "\n" + "".join(blocks)
        _write_checked(target, new_text)
    from idlibmon.sanitize import clean_text

    print(f"added {len(added)} feed(s) to {target}" + (":" if added else ""))
    for name, url in added:
        print(f"  + {clean_text(name)}  <{clean_text(url)}>")
    if skipped:
        print(f"skipped {len(skipped)}:")
        for url, why in skipped:
            print(f"  - {clean_text(url)}: {why}")
    return 0


def _write_checked(target: Path, text: str) -> None:
    """Write `text` to `target` atomically, after checking it is a valid config."""
    from idlibmon.config import load_config_text

    load_config_text(text, str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
