"""Turn feed HTML into the plain text the screen shows and the extractor reads.

Feeds carry HTML in summaries and content. We do not render it, so a fast tag strip that
keeps paragraph breaks is enough; the result then passes `clean_text`, the one gate for
untrusted text.
"""

from __future__ import annotations

import html
import re

from idlibmon.sanitize import clean_text

_DROP = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->|<!\[CDATA\[|\]\]>", re.S)
_BREAK = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?blockquote|/?ul|/?ol|/?table|/?section|/?article)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<![^>]*>|<\?[^>]*>")
_LOOKS_HTML = re.compile(r"<[A-Za-z/!]|&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def html_to_text(value: str | None, *, keep_newlines: bool = True) -> str:
    """Plain, sanitised text from an HTML (or already plain) fragment."""
    if not value:
        return ""
    # Titles, links and ids mostly hold neither '<' nor '&': a substring test skips the pattern.
    # The steps run in their order; one is skipped when the text lacks what its pattern must start with.
    if ("<" in value or "&" in value) and _LOOKS_HTML.search(value):
        tags = "<" in value
        if tags:
            value = _DROP.sub(" ", value)
        if "<!" in value:
            value = _COMMENT.sub(" ", value)
        elif "]]>" in value:  # all _COMMENT can match without a '<!'
            value = value.replace("]]>", " ")
        if tags:
            value = _BREAK.sub("\n", value)
            value = _TAG.sub("", value)
        value = html.unescape(value)
    return clean_text(value, keep_newlines=keep_newlines)


def plain(value: str | None) -> str:
    """One-line sanitised text (titles, names)."""
    return html_to_text(value, keep_newlines=False)
