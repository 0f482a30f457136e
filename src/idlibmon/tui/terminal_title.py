"""The terminal window title (OSC 2), which Textual has no API for.

Only our own text goes in: the subject comes from the user's config but is sanitised and
stripped of anything that could end the sequence early, and the title is short.
"""

from __future__ import annotations

from idlibmon.sanitize import clean_text


def title_text(subject: str, unread: int) -> str:
    subject = clean_text(subject)[:40]
    base = f"idlibmon · {subject}" if subject else "idlibmon"
    return f"({unread}) {base}" if unread else base


def osc2(title: str) -> str:
    """The escape sequence, with every control character removed from the payload."""
    payload = "".join(c for c in clean_text(title) if c.isprintable())
    return f"\x1b]2;{payload}\x07"
