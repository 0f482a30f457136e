"""The main text of an article page: what the reporter wrote, without the site around it.

A thin wrapper over trafilatura (see "Design notes: main-text extraction" in README.md for
why that library): it drops menus, related-links boxes, newsletter blocks, comments and
photo captions, and finds the publication date in the page's markup. We add only what
our screens need: sanitised text, the headline line removed (the article already has
its title), a few site-chrome lines trafilatura lets through on table-less "div soup"
pages, and a paywall verdict. trafilatura is imported on first use: it costs ~0.4 s,
and most commands never read a page.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from idlibmon.sanitize import clean_text

# A paywall says so in its markup (schema.org) or in its prompt next to a short teaser.
_NOT_FREE = re.compile(r"""["']?isAccessibleForFree["']?\s*[:=]\s*["']?(?:false|no)\b""", re.I)
_PAYWALL_PHRASES = re.compile(
    r"subscribe to (?:continue|keep) reading|for subscribers only|subscribers only|to continue reading"
    r"|already a subscriber|subscribe now to read|this content is for subscribers|register to read",
    re.I,
)
_TEASER_CHARS = 700
"""A page with less text than this next to a paywall prompt is a teaser, not the article."""

# Site chrome that survives extraction on pages without semantic markup: a short line that
# is a share bar, a keyword list, or a copyright notice is never part of the story.
_CHROME_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story)?|tags|keywords|topics|follow us)\s*:"
    r"|all rights reserved|^©|^copyright\b",
    re.I,
)
_CHROME_MAX = 160
MIN_TEXT_CHARS = 80
"""Less than about one sentence is a menu or a notice that survived, not an article."""


@dataclass(frozen=True, slots=True)
class PageText:
    """What one article page gave us; every string is already through `clean_text`."""

    text: str
    title: str = ""
    published: datetime | None = None
    """From the page's markup (meta tags, JSON-LD, <time>, a dated byline); None if absent."""
    paywalled: bool = False


def extract_main_text(html: str | bytes, *, url: str | None = None, today: datetime | None = None) -> PageText:
    """The article text and date of `html`. Pure CPU work: run it off the event loop.

    `today` bounds the date search (a page cannot be published after it), so tests and the
    demo with an injected clock get the same answer as a live run.
    """
    import trafilatura

    # Its own log lines say "lxml parsing failed" at ERROR for any junk page; the outcome is
    # recorded per article in body_status, so keep the fetch log for our own messages.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    date_params: dict[str, object] = {
        "original_date": True,
        # Markup only: the page-text search guesses 1 January of a copyright year.
        "extensive_search": False,
        "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    }
    if today is not None:
        date_params["max_date"] = today.strftime("%Y-%m-%d")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params=date_params,
    )
    raw = html if isinstance(html, str) else html[:2_000_000].decode("utf-8", "replace")
    if doc is None:
        return PageText(text="", paywalled=_looks_paywalled(raw, ""))
    title = clean_text(doc.title or "")
    text = _tidy(clean_text(doc.text or "", keep_newlines=True), title)
    if len(text) < MIN_TEXT_CHARS:
        text = ""
    return PageText(
        text=text,
        title=title,
        published=_parse_date(doc.date),
        paywalled=_looks_paywalled(raw, text),
    )


def _tidy(text: str, title: str) -> str:
    lines = [line for line in text.split("\n")]
    # The headline opens most extractions; the article already carries its title.
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and title and _same(lines[0], title):
        lines.pop(0)
    kept = [ln for ln in lines if not (len(ln) <= _CHROME_MAX and _CHROME_LINE.search(ln.strip()))]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    a, b = norm(a), norm(b)
    # <title> often carries " | Site name" after the headline.
    return bool(a) and (a == b or b.startswith(a + " "))


def _looks_paywalled(raw_html: str, text: str) -> bool:
    if _NOT_FREE.search(raw_html):
        return True
    return len(text) < _TEASER_CHARS and bool(_PAYWALL_PHRASES.search(raw_html))


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return None
