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


def clean_text(text: str | None, *, keep_newlines: bool = False) -> str:
    """Return `text` with terminal escapes and control/bidi characters removed.

    Newlines are folded to spaces unless `keep_newlines`; runs of spaces collapse.
    Arabic and other right-to-left letters are kept: only the invisible controls go.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQ.sub("", text)
    if not keep_newlines:
        text = text.replace("\n", " ")
    text = _CONTROLS.sub("", text)
    if keep_newlines:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _SPACES.sub(" ", text).strip()
