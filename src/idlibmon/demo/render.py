"""Render corpus items as RSS 2.0, Atom, JSON Feed 1.1 and HTML article pages.

XML is built with ElementTree and JSON with `json`, so every title and body is escaped by
the serialiser, never by string pasting. The one deliberate exception is `malform`, which
breaks a well-formed feed on purpose so feed health has a broken-but-readable feed to show.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime

from idlibmon.demo.corpus import Item, Outlet

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
ATOM_NS = "http://www.w3.org/2005/Atom"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"

ET.register_namespace("content", CONTENT_NS)
ET.register_namespace("dc", DC_NS)
ET.register_namespace("atom", ATOM_NS)


def body_html(item: Item) -> str:
    """The item's body as HTML: paragraphs, and '- ' lines as a bulleted list."""
    out = []
    for para in item.paragraphs():
        lines = [line.strip() for line in para.splitlines()]
        if all(line.startswith("- ") for line in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines) + "</ul>")
        else:
            out.append(f"<p>{html.escape(' '.join(lines))}</p>")
    return "\n".join(out)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrib)
    if text is not None:
        el.text = text
    return el


def _rfc3339(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds").replace("+00:00", "Z")


def render_rss(outlet: Outlet, items: Sequence[Item], base: str, built: datetime) -> bytes:
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    _sub(channel, "title", outlet.name)
    _sub(channel, "link", f"{base}/{outlet.key}/")
    _sub(channel, "description", outlet.description)
    _sub(channel, "language", "en")
    _sub(channel, "lastBuildDate", format_datetime(built, usegmt=True))
    _sub(channel, f"{{{ATOM_NS}}}link", href=f"{base}{outlet.path}", rel="self", type="application/rss+xml")
    if outlet.copyright:
        _sub(channel, "copyright", outlet.copyright)
    for item in items:
        el = _sub(channel, "item")
        _sub(el, "title", item.title)
        _sub(el, "link", base + item.page_path)
        _sub(el, "guid", f"{outlet.key}-{item.slug}", isPermaLink="false")
        _sub(el, "pubDate", format_datetime(item.published, usegmt=True))
        if item.author:
            _sub(el, f"{{{DC_NS}}}creator", item.author)
        for cat in item.categories:
            _sub(el, "category", cat)
        _sub(el, "description", item.standfirst())
        if outlet.full_text:
            _sub(el, f"{{{CONTENT_NS}}}encoded", body_html(item))
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def render_atom(outlet: Outlet, items: Sequence[Item], base: str, built: datetime) -> bytes:
    # Plain tag names plus an xmlns attribute: ElementTree's default_namespace refuses
    # the unqualified attributes (href, rel, term) that Atom uses.
    sub = _sub
    feed = ET.Element("feed", {"xmlns": ATOM_NS})
    sub(feed, "title", outlet.name)
    sub(feed, "subtitle", outlet.description)
    sub(feed, "id", f"{base}/{outlet.key}/")
    sub(feed, "updated", _rfc3339(built))
    sub(feed, "link", href=f"{base}/{outlet.key}/")
    sub(feed, "link", href=f"{base}{outlet.path}", rel="self")
    if outlet.copyright:
        sub(feed, "rights", outlet.copyright)
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "title", item.title)
        sub(entry, "id", f"tag:{outlet.key}.demo,{item.published:%Y-%m-%d}:{item.slug}")
        sub(entry, "link", href=base + item.page_path, rel="alternate", type="text/html")
        sub(entry, "published", _rfc3339(item.published))
        sub(entry, "updated", _rfc3339(item.published))
        if item.author:
            sub(sub(entry, "author"), "name", item.author)
        for cat in item.categories:
            sub(entry, "category", term=cat)
        sub(entry, "summary", item.standfirst(), type="text")
        if outlet.full_text:
            sub(entry, "content", body_html(item), type="html")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def render_jsonfeed(outlet: Outlet, items: Sequence[Item], base: str, built: datetime) -> bytes:
    del built  # JSON Feed has no feed-level date
    doc: dict[str, object] = {
        "version": JSONFEED_VERSION,
        "title": outlet.name,
        "home_page_url": f"{base}/{outlet.key}/",
        "feed_url": f"{base}{outlet.path}",
        "description": outlet.description,
        "language": "en",
        "authors": [{"name": outlet.name}],
        "items": [],
    }
    for item in items:
        entry: dict[str, object] = {
            "id": f"{outlet.key}-{item.slug}",
            "url": base + item.page_path,
            "title": item.title,
            "summary": item.standfirst(),
            "date_published": _rfc3339(item.published),
        }
        if outlet.full_text:
            entry["content_html"] = body_html(item)
        else:
            entry["content_text"] = item.standfirst()
        if item.author:
            entry["authors"] = [{"name": item.author}]
        if item.categories:
            entry["tags"] = list(item.categories)
        doc["items"].append(entry)  # type: ignore[union-attr]
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


RENDERERS = {"rss": render_rss, "atom": render_atom, "jsonfeed": render_jsonfeed}
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "jsonfeed": "application/feed+json; charset=utf-8",
}


def malform(xml: bytes) -> bytes:
    """Break the XML as careless CMSs do: an HTML entity XML does not know, and a cut-off end.

    A strict parser rejects it; a forgiving one (feedparser) still finds every entry.
    """
    text = xml.decode("utf-8")
    first = text.find("<item>")
    at = text.find("<description>", first) if first != -1 else text.find("<description>")
    if at != -1:
        at += len("<description>")
        text = text[:at] + "&nbsp;" + text[at:]
    end = text.rfind("</item>")
    if end != -1:
        text = text[: end + len("</item>")] + "\n  <!-- generated in 0.0"
    return text.encode("utf-8")


_NAV = ("Home", "Syria", "Turkey", "Iraq", "Lebanon", "Opinion", "Video", "Podcasts", "Newsletters", "Donate")


def render_page(outlet: Outlet, item: Item, related: Sequence[Item], base: str) -> bytes:
    """An article page with the clutter of a real news site around the text.

    The article-bodies helper must find the paragraphs and leave out the menu, the
    newsletter box, the photo caption, the related links and the footer.
    """
    e = html.escape
    iso = item.published.isoformat(timespec="seconds")
    nav = "".join(f'<li><a href="{base}/{outlet.key}/{n.lower()}/">{e(n)}</a></li>' for n in _NAV)
    paras = body_html(item).split("\n")
    newsletter = (
        '<aside class="newsletter-signup"><h3>Stay informed</h3>'
        f"<p>Sign up to our newsletter for the latest from {e(outlet.name)}, straight to your inbox.</p>"
        '<form action="/subscribe" method="post"><input type="email" name="email" placeholder="Your email">'
        "<button>Sign up</button></form></aside>"
    )
    if len(paras) > 3:
        paras.insert(3, newsletter)
    else:
        paras.append(newsletter)
    figure = ""
    if item.caption:
        figure = (
            f'<figure class="lead-photo"><img src="{base}/static/{e(item.slug)}.jpg" alt="">'
            f"<figcaption>{e(item.caption)}</figcaption></figure>"
        )
    rel = "".join(f'<li><a href="{base}{r.page_path}">{e(r.title)}</a></li>' for r in related)
    related_box = f'<aside class="related"><h3>Read more</h3><ul>{rel}</ul></aside>' if rel else ""
    byline = f'<span class="byline">By {e(item.author)}</span> ' if item.author else ""
    doc = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(item.title)} | {e(outlet.name)}</title>
<meta name="description" content="{e(item.standfirst())}">
<meta property="og:title" content="{e(item.title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{base}{item.page_path}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="logo" href="{base}/{outlet.key}/">{e(outlet.name)}</a>
<nav class="main-menu"><ul>{nav}</ul></nav>
<div class="breaking">Live: follow our coverage of the war in Syria</div></header>
<main id="main">
<article>
<h1>{e(item.title)}</h1>
<p class="standfirst">{e(item.standfirst())}</p>
<div class="meta">{byline}<time datetime="{iso}">{item.published:%d %B %Y %H:%M} GMT</time>
<a class="share" href="#">Share on Twitter</a> <a class="share" href="#">Share on Facebook</a></div>
{figure}
<div class="article-body">
{chr(10).join(paras)}
</div>
<p class="tags">Topics: {e(", ".join(item.categories) or "Syria")}</p>
</article>
{related_box}
<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section>
</main>
<footer class="site-footer"><ul><li><a href="#">About us</a></li><li><a href="#">Contact</a></li>
<li><a href="#">Privacy policy</a></li><li><a href="#">Terms of use</a></li></ul>
<p>{e(outlet.copyright or f"© {item.published:%Y} {outlet.name}. All rights reserved.")}</p></footer>
</body>
</html>
"""
    return doc.encode("utf-8")
