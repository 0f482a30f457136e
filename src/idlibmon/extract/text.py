"""Text preparation: HTML to visible text, sentences with offsets, page boilerplate.

Every later step reports character offsets, so nothing here rewrites the text it is given:
`sentences` and `boilerplate` return (start, end) spans into the very string passed in.
HTML is the one exception — its visible text becomes the text the engine (and the screen)
works on, so spans of an HTML input point into `html_to_text(html)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

Span = tuple[int, int]

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# The last long text lowered and its lowered form, as one tuple (replaced whole, so a thread
# never reads the text of one call with the lowered form of another).
_LAST_LOWERED: tuple[str, str] = ("", "")
_REMEMBERED_FROM = 1000  # shorter strings (windows, sentences) cost little and would evict the text


def ascii_lower(text: str) -> str:
    """`text` lowered with every offset kept (str.lower can lengthen a few non-ASCII
    letters; then only A-Z are lowered). Case-blind patterns run on this without re.I,
    which is much faster.

    Every step of the engine lowers the whole article (figures, numbers, sources, dates,
    events): the last long text's answer is kept, so the text is lowered once per article."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()  # fast; it changes the length only for a few letters such as "İ"
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    if len(text) >= _REMEMBERED_FROM:
        _LAST_LOWERED = (text, low)
    return low


def holds_any(window: str, words: tuple[str, ...]) -> bool:
    """Whether `window` holds one of `words`: `any(w in window for w in words)` without the
    generator it costs (these tests run for every date and trigger)."""
    for word in words:  # noqa: SIM110 - a loop, not any() over a generator: the point of it
        if word in window:
            return True
    return False


def is_word_char(c: str) -> bool:
    """What `\\w` matches in a str pattern (one character)."""
    return c.isalnum() or c == "_"


def opens_sentence(text: str, pos: int, reach: int = 4, skip: str = " \t\"“‘'") -> bool:
    """Whether `pos` starts a sentence or a paragraph: within `reach` characters before it, past
    the characters in `skip` (white space, and by default a quotation mark opening the sentence),
    comes nothing, an end mark or a newline."""
    before = text[(pos - reach if pos - reach > 0 else 0):pos].rstrip(skip)
    return not before or before[-1] in ".!?\n"


# The letters case-blind `re` reads as ASCII ones ("İ" as "i", "ı" as "i", "ſ" as "s", the Kelvin
# sign as "k") that `ascii_lower` leaves as they are: a window holding one may match a pattern its
# lowered letters alone would rule out.
CASE_FOLDED = ("\u0130", "\u0131", "\u017f", "\u212a")


# What case-blind `re` takes for an ASCII letter that `str.lower` leaves outside ASCII: "ı"
# (dotless i) and "ſ" (long s); "İ" lowers to "i" and a combining dot (U+0307), which would
# part the "i" from the letter after it. (The Kelvin sign lowers to "k".)
_FOLDED_LETTERS = ("\u0131", "\u017f", "\u0307")


def may_hold(text: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern that cannot match without one of `words` (lowercase ASCII
    letters) could match in text[a:b]. A pattern that opens with no literal is tried at every
    position of its window (some hundred machine instructions each); this substring test on the
    lowered window rules most windows out first. Exact: where it says no, the pattern finds nothing."""
    w = text[a:b].lower()
    return holds_any(w, words) or (not w.isascii() and holds_any(w, _FOLDED_LETTERS))


# ---- HTML -> visible text ----------------------------------------------------------------

_HTML_HINT = re.compile(r"<(?:!doctype|html|body|p|div|br|span|article|h[1-6]|li|a\s)[\s>/]", re.I)
# Elements whose content a reader never sees as article text.
_HIDDEN = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "nav", "header", "footer",
    "aside", "form", "figcaption", "button", "select", "iframe", "title",
})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "blockquote", "figure", "dd", "dt", "hr", "pre", "main",
})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})


def looks_like_html(text: str) -> bool:
    """True when the text carries markup (a pasted page, a feed's HTML content)."""
    return text.find("<", 0, 5000) >= 0 and _HTML_HINT.search(text, 0, 5000) is not None


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            if tag not in _VOID:
                self.hidden += 1
            return
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):  # a table row stays one line: "Civilians killed | 97 | 402"
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = (self.hidden - 1 if self.hidden - 1 > 0 else 0)
            return
        if tag in _BLOCK and tag != "tr":  # rows: one line each, no blank line between
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page or fragment, one block element per line."""
    parser = _Visible()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but a broken page must never stop extraction
        return unescape(re.sub(r"<[^>]*>", " ", html))
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip()


# ---- sentences -----------------------------------------------------------------------------

# A possible sentence end: terminal punctuation, closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*[ \t]+(?=[\"'“‘(\[]?[A-Z0-9•])")
_LINE = re.compile(r"[^\n]+")
_TEXT_LINE = re.compile(r"[^\n]*[^\s][^\n]*")  # a line with something on it
_ABBREV_WORDS = """
mr mrs ms dr st gen lt col maj sgt capt cpt prof rev sen rep gov pres no nos vol art para fig
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e vs approx est ltd inc co jr sr
mt ft op dept govt int'l
"""
_ABBREV = frozenset(_ABBREV_WORDS.split())
_ABBREV_LONGEST = max(map(len, _ABBREV))
_BULLET = re.compile(r"[\s•●▪◦‣*·–—-]+")


def _is_abbrev(text: str, dot: int) -> bool:
    """Is the '.' at `dot` the end of an abbreviation or an initial rather than a sentence?"""
    if dot >= len(text) or text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in ".'"):
        start -= 1
        if dot - start > _ABBREV_LONGEST:
            return False  # longer than any abbreviation (lowering never shortens a word), and no initial
    word = text[start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[start].isupper():
        return True  # an initial: "Bashar H. al-Assad"
    return word in _ABBREV


def _continues(prev: str, nxt: str) -> bool:
    """A hard-wrapped line: the next line goes on in lower case after unfinished text."""
    return bool(nxt) and nxt[0].islower() and not prev.rstrip().endswith((".", "!", "?", ":"))


def _hard_wrapped(lengths: list[int]) -> bool:
    """Text wrapped at a fixed width (e-mail, plain-text sitreps): most lines just under it."""
    if len(lengths) < 5 or max(lengths) > 100:
        return False
    return sum(1 for n in lengths if 45 <= n <= 80) >= 0.6 * len(lengths)


_BULLET_START = re.compile(r"\s*(?:[•●▪◦‣*·–—-]|\d{1,2}[.)]\s)")


# The last text's lines, as one tuple (replaced whole, as `_LAST_LOWERED`): the engine asks
# for them twice, for the boilerplate and for the sentences.
_LAST_LINES: tuple[str, tuple[Span, ...]] = ("", ())


def _text_lines(text: str) -> tuple[Span, ...]:
    """The spans `_TEXT_LINE.finditer(text)` finds: each line (between newlines) holding a
    character that is not white space (`str.isspace` is the pattern's `\\s`). Splitting at
    newlines in C costs a few machine instructions a character, the pattern some dozens."""
    global _LAST_LINES
    last = _LAST_LINES
    if last[0] is text:
        return last[1]
    out: list[Span] = []
    p = 0
    for line in text.split("\n"):
        q = p + len(line)
        if line and not line.isspace():
            out.append((p, q))
        p = q + 1
    lines = tuple(out)
    _LAST_LINES = (text, lines)
    return lines


def _lines(text: str) -> list[Span]:
    """Non-empty lines, with hard-wrapped continuation lines joined to their start."""
    spans = _text_lines(text)
    wrapped = _hard_wrapped([e - s for s, e in spans])
    out: list[Span] = []
    for s, e in spans:
        seg = text[s:e]
        if out and text[out[-1][1]:s].count("\n") == 1 and (
            _continues(text[out[-1][0]:out[-1][1]], seg.lstrip())
            or (wrapped and not _BULLET_START.match(seg) and not text[out[-1][0]:out[-1][1]].rstrip().endswith(":"))
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_BULLET_CHARS = frozenset("•●▪◦‣*·–—-")


def _trim(text: str, s: int, e: int) -> Span | None:
    if s < e and (text[s] in _BULLET_CHARS or text[s].isspace()):  # what `_BULLET` can open with
        m = _BULLET.match(text, s, e)
        if m:
            s = m.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


_END_CHARS = ".!?…"  # what `_END` opens with


def _ends(text: str, ls: int, le: int) -> Iterator[re.Match[str]]:
    """What `_END.finditer(text, ls, le)` finds, tried only at the characters it can open with,
    which `str.find` finds (a character class makes `re` test every character, at some hundred
    machine instructions each)."""
    nxt = {c: text.find(c, ls, le) for c in _END_CHARS}
    pos = ls
    while True:
        p = -1
        for c, q in nxt.items():
            if 0 <= q < pos:
                q = nxt[c] = text.find(c, pos, le)
            if q >= 0 and (p < 0 or q < p):
                p = q
        if p < 0:
            return
        m = _END.match(text, p, le)
        if m:
            yield m
            pos = m.end()
        else:
            pos = p + 1


def _dot_ends(text: str, ls: int, le: int) -> list[re.Match[str]]:
    """`_ends` for a text whose only end marks are full stops (most texts): one `str.find` a
    full stop, where `_ends` keeps the next place of each of its four marks."""
    out = []
    find = text.find
    p = find(".", ls, le)
    while p >= 0:
        m = _END.match(text, p, le)
        if m:
            out.append(m)
            p = find(".", m.end(), le)
        else:
            p = find(".", p + 1, le)
    return out


def sentences(text: str) -> list[Span]:
    """Sentence spans (start, end) into `text`: lines and paragraphs always end a sentence.

    Bullets and surrounding spaces are left outside the spans; abbreviations ("No.", "Dr.",
    "Dec.") and initials do not end a sentence. Several steps segment the same text, so the
    last few results are kept.
    """
    return list(_sentences(text))


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    ends = _ends if "!" in text or "?" in text or "…" in text else _dot_ends
    for ls, le in _lines(text):
        start = ls
        for m in ends(text, ls, le):
            if _is_abbrev(text, m.start()):
                continue
            stop = m.end()
            span = _trim(text, start, stop)
            if span:
                out.append(span)
            start = stop
        span = _trim(text, start, le)
        if span:
            out.append(span)
    return tuple(out)


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: runs of text separated by blank lines (or single lines when the
    text has no blank lines at all)."""
    if "\n\n" not in text.strip():
        return [sp for s, e in _lines(text) if (sp := _trim(text, s, e))]
    out: list[Span] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        sp = _trim(text, *m.span())
        if sp:
            out.append(sp)
    return out


# ---- boilerplate ---------------------------------------------------------------------------

# Whole lines that are page furniture (matched from the line start).
_BOILER_LINE = re.compile(
    r"""(?:
        skip\ to\ (?:main\ )?content | jump\ to\ navigation | main\ menu | menu | search | home
      | toggle\ navigation | close | share(?:\ this)?(?:\ (?:article|story|page))? | print | email
      | read\ more\b.* | more\ (?:from|on)\b.{0,60} | related(?:\ (?:articles?|stories|news|content|coverage))?:?.*
      | also\ read\b.* | read\ also\b.* | recommended\b.{0,40} | advertisement | sponsored\b.*
      | (?:sign\ up|subscribe)\b.* | stay\ (?:informed|updated|up\ to\ date)\b.*
      | follow\ us\b.* | (?:copyright|©|\(c\)\ ).* | accept | log\ ?in | sign\ in | register
      | (?:photo|photograph|picture|image|file\ photo|credit)s?(?:\ caption)?\s*:.* | caption\s*:.* | watch:.* | listen:.*
      | topics?:.* | tags?:.* | filed\ under:.* | click\ here\b.* | download\ (?:the\ )?(?:app|pdf|report)\b.{0,40}
    )\s*$""",
    re.I | re.X,
)
# Words that make a short line furniture wherever they stand in it.
_BOILER_WORDS = re.compile(r"\b(?=[acnr])(?:newsletters?|all\ rights\ reserved|republish(?:ing)?|cookies?)\b", re.I | re.X)
# A caption: a line ending in a picture credit such as "(MEE/Mustafa Dahnon)" or "(AFP)".
_CREDIT = re.compile(
    r"""[(\[]\s*(?:
        [A-Z][\w.&' -]{0,30}/\s*[^()\[\]/]{1,60}(?:/[^()\[\]]{1,40})?
      | (?:AFP|Reuters|AP|EPA|Getty(?:\ Images)?|Anadolu(?:\ Agency)?|SANA|Xinhua|UNICEF|UNHCR|OCHA|WFP|
         White\ Helmets|Syria\ Civil\ Defence|File(?:\ photo)?|Screengrab|Social\ media|Handout)[^()\[\]]{0,40}
    )\s*[)\]]\s*$""",
    re.X,
)
def _may_hold_boiler_words(line: str, low: str | None = None) -> bool:
    """Whether `_BOILER_WORDS` could match: substring tests on the lowered line (much faster
    than the case-blind pattern) rule most lines out. Case-blind matching also takes "ı", "İ",
    "ſ" and the Kelvin sign for ASCII letters (no other letter lowers into one): they keep a line in.

    `low` is the line as `ascii_lower` lowers it, when the caller has it: for these ASCII words it
    reads as `line.lower()` does, as only "İ" and the Kelvin sign lower into ASCII letters
    outside A-Z, and a line holding either is kept in anyway."""
    if low is None:
        low = line.lower()
    return ("newsletter" in low or "cookie" in low or "republish" in low or "all rights reserved" in low
            or (not line.isascii() and holds_any(line, CASE_FOLDED)))


_MENU_SEP = re.compile(r"\s[|•·/]\s")
_WORDS = re.compile(r"[^\W\d_]+")


def _is_menu(line: str) -> bool:
    """A row of short links: "Home | News | Opinion | Video"."""
    parts = [p for p in re.split(r"\s[|•·]\s", line) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and not any(c.isdigit() for c in line)


# The first letters of `_BOILER_LINE`'s phrases (and letters that case-blind matching takes for one).
_BOILER_LINE_FIRST = frozenset("sjmhtcperafl©(wdi" + "SJMHTCPERAFLWDI" + "ıİſ")


def is_boilerplate(line: str) -> bool:
    """Is this line page furniture (menu, sign-up, copyright, caption) rather than article text?"""
    line = line.strip()
    if not line:
        return False
    return _furniture(line, None)


def _furniture(line: str, low: str | None) -> bool:
    """`is_boilerplate` of a stripped, non-empty line; `low` is it lowered (see `_may_hold_boiler_words`)."""
    n = len(line)
    if n <= 200 and line[0] in _BOILER_LINE_FIRST and _BOILER_LINE.match(line):
        return True
    if n <= 600 and _may_hold_boiler_words(line, low) and _BOILER_WORDS.search(line):
        return n <= 200 or "republish" in line.lower() or "rights reserved" in line.lower()
    if line[-1] in ")]" and _CREDIT.search(line, (n - 120 if n - 120 > 0 else 0)):
        return True
    return ("|" in line or "•" in line or "·" in line) and _is_menu(line)


_READ_MORE_LINK = re.compile(r"\s*read\s+more\s*[»›>→]*\s*$", re.I)


def _teaser(line: str) -> bool:
    """A linked headline: short, no closing full stop."""
    line = line.strip()
    return len(line) <= 160 and not line.endswith(".")


def boilerplate(text: str) -> list[Span]:
    """Spans of boilerplate lines in `text`. A teaser line right before "Read More »" (a link
    to another story) counts too."""
    out: list[Span] = []
    prev: Span | None = None
    low = ascii_lower(text)  # lowered once (and kept for the later steps), not line by line
    for span in _text_lines(text):  # the lines `_LINE` finds, but those of white space only
        line = text[span[0]:span[1]]
        stripped = line.strip()  # (a line holds a character that is not white space)
        if stripped and _furniture(stripped, _stripped_slice(low, span[0], line, stripped)):
            if prev and _READ_MORE_LINK.match(line) and _teaser(text[prev[0]:prev[1]]) and (not out or out[-1] != prev):
                out.append(prev)
            out.append(span)
        prev = span
    return out


def _stripped_slice(low: str, start: int, line: str, stripped: str) -> str:
    """The part of `low` (the whole text lowered, same offsets) that `line.strip()` keeps of a
    line starting at `start`."""
    a = start if not line[0].isspace() else start + len(line) - len(line.lstrip())
    return low[a:a + len(stripped)]


def inside(span: Span, spans: list[Span]) -> bool:
    """Does `span` overlap any of `spans`? (Few spans per text: a plain scan is fastest.)"""
    s, e = span
    return any(a < e and s < b for a, b in spans)
