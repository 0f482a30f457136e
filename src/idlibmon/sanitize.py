"""Neutralise untrusted network text once, where it enters the domain.

Rendering through `rich.text.Text` does not stop a terminal from obeying an ESC, OSC or
BEL byte inside a string, so every string from a feed or a page passes through `clean_text`
before it is stored. Rich markup needs no escaping here: the screen renders stored text as
`Text`, never as markup.
"""

from __future__ import annotations

import re
import unicodedata

# Whole escape sequences first, so their parameters do not survive as visible junk.
_ESCAPE_SEQ = re.compile(
    r"""
    \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?      # OSC ... BEL/ST
    | \x1b[P_^X][^\x1b\x9c]*(?:\x1b\\|\x9c)?          # DCS/APC/PM/SOS ... ST
    | \x1b\[[0-?]*[ -/]*[@-~]?                        # CSI
    | \x9b[0-?]*[ -/]*[@-~]?                          # 8-bit CSI
    | \x9d[^\x07\x9c]*(?:\x07|\x9c)?                  # 8-bit OSC
    | \x1b[ -/]*[0-~]?                                # other two-byte escapes
    """,
    re.VERBOSE,
)
# C0 controls but tab/newline, DEL, C1 controls; bidi embeddings, overrides and isolates;
# other format characters that can reorder or hide text.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff\ufff9-\ufffb]"
)
# Runs of two or more spaces, or any single odd space: a lone plain space (the common case) is left
# alone, which keeps this pass cheap on every summary of every feed.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]{2,}|[\t\u00a0\u2000-\u200b\u3000]")


# Every character the full pass below could remove or change, other than a plain space or a
# newline: escape introducers, controls, bidi and format characters, odd spaces, CR, and whatever
# else `str.strip` takes for whitespace. Text without any (most feed text) takes a short path;
# tests/test_sanitize_fast.py checks this class against the full pass over every code point.
_SUSPECT = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\xa0\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069"
    "\u3000\ufeff\ufff9-\ufffb]"
)
_SPACE_RUN = re.compile(" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str | None, *, keep_newlines: bool = False) -> str:
    """Return `text` with terminal escapes and control/bidi characters removed.

    Newlines are folded to spaces unless `keep_newlines`; runs of spaces collapse.
    Arabic and other right-to-left letters are kept: only the invisible controls go.
    """
    if not text:
        return ""
    if not text.isascii():  # NFC leaves ASCII as it is
        text = unicodedata.normalize("NFC", text)
    if _SUSPECT.search(text) is None:
        return _clean_plain(text, keep_newlines)
    return _clean_full(text, keep_newlines)


def _clean_plain(text: str, keep_newlines: bool) -> str:
    """The full pass's result for NFC text whose only whitespace is spaces and newlines.

    With nothing to remove, what is left is spacing: runs of spaces collapse, lines lose the
    spaces at their ends, three or more newlines become two.
    """
    if not keep_newlines:
        text = text.replace("\n", " ")
        if "  " in text:
            text = _SPACE_RUN.sub(" ", text)
        return text.strip()
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _clean_full(text: str, keep_newlines: bool) -> str:
    """Every step, for NFC text that may hold escapes, controls or odd spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQ.sub("", text)
    if not keep_newlines:
        text = text.replace("\n", " ")
    text = _CONTROLS.sub("", text)
    if keep_newlines:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    return _SPACES.sub(" ", text).strip()
