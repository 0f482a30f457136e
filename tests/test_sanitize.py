"""Network text must reach the screen inert: no escape sequence, control or bidi override survives."""

from __future__ import annotations

import pytest

from idlibmon.sanitize import clean_text


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        ("Title\x1b]2;pwned\x07 here", "Title here"),  # OSC 2 renames the terminal window
        ("Title\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\", "Titlelink"),  # OSC 8 hyperlink
        ("Clear\x1b[2J\x1b[H screen", "Clear screen"),  # CSI erase + home
        ("Red \x1b[31mtext\x1b[0m", "Red text"),
        ("C1 \x9b31m csi and \x9d0;t\x07 osc", "C1 csi and osc"),
        ("bell\x07 and nul\x00 and del\x7f", "bell and nul and del"),
        ("bidi \u202eevil\u202c and \u2066iso\u2069", "bidi evil and iso"),
        ("DCS \x1bPq#0;2;0;0;0\x1b\\ gone", "DCS gone"),
    ],
)
def test_escape_sequences_and_controls_are_removed(hostile: str, expected: str) -> None:
    cleaned = clean_text(hostile)
    assert cleaned == expected
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in cleaned)


def test_rich_markup_is_kept_as_plain_characters() -> None:
    """Markup is neutralised by rendering as Text, so the words must survive unchanged."""
    assert clean_text("[bold red]alarm[/] [@click=app.quit]x[/]") == "[bold red]alarm[/] [@click=app.quit]x[/]"


def test_arabic_letters_survive_and_spaces_fold() -> None:
    assert clean_text("  إدلب\u00a0\u00a0 تحت  القصف \t") == "إدلب تحت القصف"


def test_newlines_fold_unless_kept() -> None:
    text = "first line\r\nsecond  line\n\n\n\nthird"
    assert clean_text(text) == "first line second line third"
    assert clean_text(text, keep_newlines=True) == "first line\nsecond line\n\nthird"


def test_empty_and_none() -> None:
    assert clean_text(None) == ""
    assert clean_text("") == ""
