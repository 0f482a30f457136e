"""Numeric expressions in news text, in every form reporters write them, minus the ones
that are not counts.

Found: 235,000 · 235 000 · 1.2 million · 1.2m · 948K · three million · twenty-five ·
half a million · a quarter of a million · one and a half million · ranges ("200,000-250,000",
"between 10 and 15", "10 to 15") · percentages · distances.
Rejected (they are numbers, but not figures): dates ("12 December", "between 12 -25 December"),
years, times of day, durations ("a 12-hour period", "two weeks"), ages ("aged 12", "children
under five"), ordinals ("21st"), identifiers ("Situation Report No. 3", "resolution 2254"),
phone numbers, money. Vague amounts ("tens of thousands", "hundreds", "millions", "dozens")
never match: a plural scale word carries no value.

Number libraries were not used: each one tried reports day numbers as figures and fails
"half a million"; a small grammar over one precompiled regex is both right and fast.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.dates.vocabulary import MONTH_ABBREVIATIONS, MONTH_NAMES
from idlibmon.extract.text import ascii_lower, is_word_char

Span = tuple[int, int]


@dataclass(slots=True)
class Number:
    """A numeric expression: `value` (and `high` for a range) as the text means them.

    Read-only by convention: not frozen, as a frozen dataclass is four times slower to build."""

    span: Span
    text: str
    value: float
    high: float | None = None
    unit: str | None = None
    """"percent", "km", or None for a plain count."""
    spelled: bool = False
    """Written in words ("three million"): a small spelled number needs a noun to count."""


# ---- vocabulary ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}

_NW = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(k for k in _UNITS if len(k) <= 5 and k not in ("zero", "ten"))
    + r"))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
_SC = r"(?:hundred|thousand|million|billion)"

# A month's name in the forms a date writes it: capitalised or in capitals, full or short
# ("January", "JAN", "Sept."), in the date grammar's order (full names first).
_MONTHS = "(?:" + "|".join(
    [w.title() for w in MONTH_NAMES] + [w.upper() for w in MONTH_NAMES]
    + [w.title() for w in MONTH_ABBREVIATIONS] + [w.upper() for w in MONTH_ABBREVIATIONS]) + r")\b\.?"

# A number in full where a candidate starts: in words (and fractions of scales) or in digits.
_WORD_ATOM = re.compile(
    rf"""
    (?P<frac>\b(?i:
        (?P<fw>{_NW})\s+and\s+a\s+half\s+(?P<fs1>million|billion|thousand)
      | (?:half\s+(?:a|one)|(?:a|one)\s+half(?:\s+(?:a|one))?)\s+(?P<fs2>million|billion|thousand)
      | (?P<fn>a|one|two|three)\s+(?P<ff>quarters?|thirds?)\s+of\s+(?:a|one)\s+(?P<fs3>million|billion)
    )\b)
  | (?P<words>\b(?i:
        (?:{_NW}|a(?=\s+(?:{_SC}|dozen)\b))
        (?:[\s-]+(?:{_SC}|dozen)\b(?:(?:\s+and)?[\s-]+{_NW}\b)?)*
        |a\s+dozen|dozen
    )\b)
    """,
    re.X,
)
_DIGIT_ATOM = re.compile(
    optional_as_branch(r"""(?P<dig>(?<![\w.,$€£/:+#])
        (?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?(?!,\d))
    )(?P<suf>mln|mn|bn|km|k|K|m|M|%|st|nd|rd|th)?(?![\w/:])"""),
    re.X,
)
# Where a number may start, on ASCII-lowercased text (same offsets): a fast scan whose few
# hits are then parsed in full by `_ATOM`.
_CANDIDATE_WORDS = [
    *sorted([*_UNITS, *_TENS], key=len, reverse=True),
    "half", r"a\s+(?:hundred|thousand|million|billion|dozen|quarter|third)", r"three\s+quarters", r"two\s+thirds",
]


def _by_first_letter(alternatives: list[str]) -> str:
    """The same alternation, grouped by first letter (order kept within each group): branches
    with different first letters never compete, so `re` now tries one group, not all 30."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_CANDIDATE = re.compile(r"\d[\d,.]*|\b(?=[aefhnostz])(?:" + _by_first_letter(_CANDIDATE_WORDS) + r")\b")


# The same words as plain strings for `str.find`: every number word on its own, and the scale
# words that "a" may open ("a hundred"). "three quarters" and "two thirds" are left out: in the
# pattern "three" and "two" come first and match wherever they would (a word ends there), so
# the longer alternatives never match.
_NUMBER_WORDS = tuple(w for w in _CANDIDATE_WORDS if w.isalpha())
_A_SCALES = ("hundred", "thousand", "million", "billion", "dozen", "quarter", "third")


def _by_shared_start(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words grouped by their first three letters, each group with the start all its words
    share ("six": six, sixteen, sixty; "twe": twelve, twenty): one `str.find` of that start finds
    every place where a word of the group can begin, where a find a word scans the text once more."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:3], []).append(w)
    out = []
    for members in groups.values():
        shared = members[0]
        for w in members[1:]:
            while not w.startswith(shared):
                shared = shared[:-1]
        out.append((shared, tuple(members)))
    return tuple(out)


_NUMBER_WORD_GROUPS = _by_shared_start(_NUMBER_WORDS)


_DIGIT_RUN = re.compile(r"\d[\d,.]*")


# The text encoded one byte per character ("?" for each non-ASCII one) and translated: each
# ASCII digit to "0", "," and "." to ",", all else to a space, so that a digit run is "0[0,]*",
# a pattern that opens with a literal, which `re` finds at C speed, where `\d` has it test every
# character as a class (some hundred machine instructions each). A text whose non-ASCII
# characters include a digit ("٣") is left to `_DIGIT_RUN` itself.
_RUN_MARKS = bytes(48 if 48 <= b <= 57 else 44 if b in (44, 46) else 32 for b in range(256))
_MARKED_RUN = re.compile(rb"0[0,]*")


def _digit_runs(low: str) -> list[tuple[int, int]]:
    """The spans `_DIGIT_RUN.finditer(low)` finds (see `_RUN_MARKS`)."""
    if low.isascii():
        marks = low.encode("ascii")
    else:
        marks = low.encode("ascii", "replace")
        p = marks.find(b"?")
        while p >= 0:
            if low[p].isdecimal():  # what `\d` matches beyond ASCII
                return [m.span() for m in _DIGIT_RUN.finditer(low)]
            p = marks.find(b"?", p + 1)
    return [m.span() for m in _MARKED_RUN.finditer(marks.translate(_RUN_MARKS))]


def _candidates(low: str) -> list[tuple[int, int]]:
    """The spans `_CANDIDATE.finditer(low)` finds, in order, found faster: digit runs and
    number words never overlap, so separate scans merged by position find the same spans.

    A number word matches only as a whole word (a boundary on both sides), so at most one word
    can match at a place, and each word is found on its own by `str.find` (which skips through
    the text several characters a step, where a pattern tests every position holding its first
    letters). "a hundred" is found from its scale word back over the white space to the "a"."""
    hits = _digit_runs(low)
    find = low.find
    n = len(low)
    for start, words in _NUMBER_WORD_GROUPS:
        size = len(start)
        p = find(start)
        while p >= 0:
            if p == 0 or not is_word_char(low[p - 1]):
                for word in words:  # (whole words: at most one of a group ends at a boundary here)
                    e = p + len(word)
                    if low.startswith(word, p) and (e == n or not is_word_char(low[e])):
                        hits.append((p, e))
                        break
            # a word starting inside this one's start would have a letter before it: no whole word
            p = find(start, p + size)
    for word in _A_SCALES:
        p = find(word)
        while p >= 0:
            e = p + len(word)
            if e == n or not is_word_char(low[e]):
                j = p
                while j > 0 and low[j - 1].isspace():
                    j -= 1
                if j < p and j > 0 and low[j - 1] == "a" and (j == 1 or not is_word_char(low[j - 2])):
                    hits.append((j - 1, e))
            p = find(word, e)
    hits.sort()
    return hits


_SCALE_AFTER = re.compile(r"[ \u00a0]*(?:(?P<w>million|billion|thousand|mln|bn)\b|(?P<s>m|mn|bn|k)\b(?![\w.]))")  # lowered
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|or)\s*$|\s*and\s*$", re.I)
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|pct\b|percentage\s+points?\b)", re.I)
_DISTANCE = re.compile(
    r"\s*-?\s*(?:(?P<km>km|kms|kilomet(?:re|er)s?)|(?P<mi>miles?)|(?P<m>met(?:re|er)s?))\b", re.I
)
_DURATION = re.compile(
    r"[\s-]*(?:(?:more|less|fewer|other|additional|further|long|consecutive|straight|full)\s+)?"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies))\b"
    r"|-year-olds?\b",
    re.I,
)
_DAY_MONTH = re.compile(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}")
_TIME_AFTER = re.compile(r"\s*(?:[ap]\.\s?m\.|[ap]m\b|GMT\b|UTC\b|hrs\b|h\b|o'clock\b|local\s+time\b|hours\s+local)", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|USD|EUR|GBP|lira|liras|Syrian\s+pounds)\b", re.I)
_PEOPLEISH = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:people|persons|civilians|children|families|households|individuals|refugees|IDPs|"
    r"residents|fighters|soldiers|troops|deaths|dead)\b",
    re.I,
)
_CLOSE_PAREN = re.compile(r"\s*\)")
# What follows a number, in one match: its unit, or the sign that it is no count at all.
_AFTER = re.compile(
    optional_as_branch(rf"(?P<percent>(?i:{_PERCENT.pattern}))|(?P<distance>(?i:{_DISTANCE.pattern}))"
    rf"|(?P<duration>(?i:{_DURATION.pattern}))|(?P<time>(?i:{_TIME_AFTER.pattern}))"
    rf"|(?P<money>(?i:{_MONEY_AFTER.pattern}))|(?P<daymonth>{_DAY_MONTH.pattern})")
)
# Every word `_AFTER` can begin with (lowercase): most numbers are followed by none of them,
# and one set lookup is far cheaper than trying its hundred case-blind alternatives.
_AFTER_FIRST_TEXT = (
    "% per percent pct percentage km kms kilometre kilometres kilometer kilometers mile miles metre metres meter "
    "meters more less fewer other additional further long consecutive straight full second seconds minute minutes "
    "min mins hour hours hr hrs day days night nights week weeks month months year years yr yrs decade decades "
    "century centuries a p am pm gmt utc h o local dollars euros pounds usd eur gbp lira liras syrian st nd rd th "
    "of january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec"
)
_AFTER_FIRST = frozenset(_AFTER_FIRST_TEXT.split())
_NEXT_WORD = re.compile(r"[\s-]*([^\W\d_]+|%)")


def _after(text: str, low: str, end: int) -> re.Match[str] | None:
    """`_AFTER` at `end`, tried only when the next word is one it can begin with."""
    w = _NEXT_WORD.match(low, end)
    if w is None:
        return None
    word = w.group(1)
    if word.isascii() and word not in _AFTER_FIRST:
        return None
    return _AFTER.match(text, end)


# Patterns on the text just before a number (searched in a short window ending at it).
_BEFORE_MONTH = re.compile(rf"{_MONTHS}\s*$")
_MONTH_WORDS = tuple(_MONTHS[3:_MONTHS.index(")")].split("|"))
# A full month name then a full stop ends a sentence: the number after it opens the next one.
_FULL_MONTHS = tuple(w.lower() for w in _MONTH_WORDS[:12])
# A day in a list or range of days around one month: "between April 24 and 27", "on 15 and 23 March".
_DAY_SEP = r"\s*(?:,|-|–|—|&|and|or|to|until|till|through)\s*"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?(?:{_DAY_SEP}{_DAY})+\s*(?:of\s+)?{_MONTHS}")
_DAY_SEP_WORDS = ("-", "–", "—", "&", "and", "or", "to", "until", "till", "through")
_MONTH_DAYS_BEFORE = re.compile(rf"{_MONTHS}\s*{_DAY}(?:{_DAY_SEP}{_DAY})*\s*(?:-|–|—|&|and|or|to|until|till|through)\s*$")
_BEFORE_OPEN_PAREN = re.compile(r"\(\s*(?:about|around|some|roughly|approximately|nearly|almost)?\s*$", re.I)
_BEFORE_NAME_COMMA = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
_AGE_WORD = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen)")
# the later ages of a list: "two children aged 6 and 9", "aged 4, 7 and 12" (the first is "aged 6")
_AGE_LIST_BEFORE = re.compile(rf"\baged\s+{_AGE_WORD}(?:\s*,\s*{_AGE_WORD})*\s*(?:,\s*)?(?:and|or|,)\s*$", re.I)
_BEFORE_DASH_WORD = re.compile(r"[A-Za-z]-\s*$")
_BEFORE_FROM_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increasing|increases|climbed|climbing|jumped|grew|grown|up|down|fell|"
    r"fallen|dropped|decreased|declined|went|gone|soared|surged)\s+(?:\w+\s+){0,2}?from\s*$",
    re.I,
)

_SMALL = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
_RATIO_AFTER = re.compile(
    r"[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b(?!\s+of\s+(?:a|one)\s+(?:million|billion))|"  # "two thirds of the residents"
    rf"\s+(?:in|out\s+of)\s+{_SMALL}\b(?![,.]?\d)(?![\s-]*(?:hours?|days?|weeks?|months?|years?|minutes?|attacks?|strikes?|"
    r"raids?|villages?|towns?|incidents?|places?|locations?|camps?|provinces?|districts?|separate)\b)",
    re.I,
)
_RATIO_BEFORE = re.compile(r"\b(?:one|1|two|2|three|3|four|4|five|5)\s+(?:in|out\s+of)\s*$", re.I)

# Words after which a number is an identifier: "No. 3", "resolution 2254", "Phase 2".
_ID_TEXT = (
    "no nos number num resolution resolutions article chapter page p pp para paragraph annex vol volume flight "
    "decree law version item fig figure table sitrep"
)
_ID_WORDS = frozenset(_ID_TEXT.split())
_ID_TITLE_TEXT = (  # only when capitalised: "the report 3,000 people …" is a count
    "Report Update Issue Round Phase Post Point Route Highway Road Brigade Division Regiment Corps Battalion "
    "Section Group Team Unit Level Zone Sector Camp Block Building Street Gate Station Line Grade Category "
    "Bulletin Series Part Stage Step Hall Room Box Sochi Astana"
)
_ID_TITLES = frozenset(_ID_TITLE_TEXT.split())
_AGE_PHRASES = frozenset({
    "aged", "age", "ages", "age of", "ages of", "between the ages of", "under the age of", "over the age of",
    "aged between", "aged from", "ages between", "ages from",  # "three brothers aged between 9 and 14"
    "below the age of", "above the age of",
    *(f"{who} {rel}" for who in ("children", "boys", "girls", "kids", "infants", "babies", "child", "minors",
                                 "those", "people", "adults", "women", "men")
      for rel in ("under", "below", "over", "above", "younger than", "older than")),
})
_MONEY_WORDS = frozenset({"usd", "eur", "gbp", "syp", "try", "us$", "us dollars"})
_PHRASE_ENDS = frozenset(phrase.split()[-1] for phrase in (*_AGE_PHRASES, *_MONEY_WORDS))


_BEFORE_NUMBER_VERB = frozenset(("now", "still", "already", "currently", "together", "combined", "collectively", "today"))


def _number_is_verb(words: list[str]) -> bool:
    """ "Refugees in Chad now number 570,000": "number" says how many, it names nothing."""
    if len(words) < 2:
        return False
    prev = words[-2].rstrip(",")
    return prev.lower() in _BEFORE_NUMBER_VERB or (
        prev.islower() and prev.endswith("s") and len(prev) > 4 and not prev.endswith("ss"))


def _before_rejects(before: str) -> bool:
    """Does the text just before a number make it money, an identifier, an age or part of a
    name? Decided on the last few words: far cheaper than end-anchored patterns."""
    tail = before.rstrip()
    if not tail:
        return False
    last_char = tail[-1]
    if last_char in "$€£":
        return True  # "$30", "US$ 5"
    if last_char == "-" and len(tail) >= 2 and tail[-2].isalpha():
        return True  # "F-16", "COVID-19"
    last_word = tail.rsplit(None, 1)[-1]
    last = last_word.rstrip(".:")
    low_last = last.lower()
    if low_last in _ID_WORDS or last in _ID_TITLES or low_last in _MONEY_WORDS or last.endswith("#"):
        return not (low_last == "number" and _number_is_verb(tail.split()[-2:]))
    if last_word.lower().rstrip(",") not in _PHRASE_ENDS:
        return False  # no age phrase or currency name ends with this word
    lowered = [w.lower().rstrip(",") for w in tail.split()[-4:]]
    for k in (1, 2, 3, 4):
        if len(lowered) >= k and " ".join(lowered[-k:]) in _AGE_PHRASES:
            return True
    return len(lowered) >= 2 and " ".join(lowered[-2:]) in _MONEY_WORDS


# Spans whose digits are never figures.
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.-]+"
_MASK = re.compile(
    r"""
      https?://\S+ | www\.\S+ | [\w.+-]+@[\w-]+\.[\w.-]+
    | (?:\+|\b00)\d{1,3}[\s.-]*(?:\(\d+\)[\s.-]*)?\d{2,4}(?:[\s.-]+\d{2,4}){1,4}
    | \b(?i:tel|telephone|phone|mobile|mob|fax|hotline|whatsapp|call)\b[.:]?\s*\+?[\d(][\d\s().-]{6,}\d
    | \b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b | \b\d{4}/\d{2}\b
    | \b\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\b\.?|GMT|UTC|hrs|h\b|local)
    | \b\d{1,2}:\d{2}\b
    """,
    re.X,
)
# The same without its e-mail branch, for windows without "@" (where that branch cannot
# match, and it is the costly one: it runs over every word before failing).
_MASK_NO_AT = re.compile(_MASK.pattern.replace(f" | {_EMAIL}", ""), re.X)

_ONE_NOT_NUMBER_AFTER = re.compile(
    r"[\s-]+(?:of|another|side|day|time|way|thing|hand|other|another|more|less|point|such|who|which|that|by)\b"
    r"|\s*['’]s\b|\s+in\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
_ONE_NOT_NUMBER_BEFORE = re.compile(r"\b(?:no|the|any|every|some|which|each|this|that|anyone|only|of|at)\s+$", re.I)


_DIGIT_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f")


_WORD_SPLIT = re.compile(r"[\s-]+")


def _words_value(words: str) -> float:
    """Value of a run of number words: "three hundred and fifty thousand" -> 350000."""
    total = 0.0
    current = 0.0
    for tok in _WORD_SPLIT.split(words.lower()):
        if tok in ("and", ""):
            continue
        if tok == "a":
            current += 1
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[tok]
            current = 0
    return total + current


def _window(text: str, start: int, size: int = 48) -> str:
    return text[(start - size if start > size else 0):start]


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    spelled: bool
    scaled: bool
    has_comma: bool
    suffix: str | None = None


def _masked(text: str, s: int, e: int, signs: list[tuple[int, int]]) -> bool:
    """Is text[s:e] part of a URL, e-mail, phone number, numeric date or clock time?

    Checked in a window around each candidate rather than over the whole text, and only
    when a cheap look finds a sign of one: a colon beside it, a dot or dash and a digit after
    it ("12.05.2020"), or a sign in the window (`signs`, from `_signs`): the full patterns
    are costly."""
    after = text[e:e + 1]
    if not (after == ":" or text[s - 1:s] == ":" or (after in (".", "-") and text[e + 1:e + 2].isdigit())
            or (signs and _sign_within(signs, (s - 40 if s > 40 else 0), (e + 40 if e + 40 < len(text) else len(text))))):
        return False
    lo = (s - 40 if s > 40 else 0)
    hi = min(len(text), e + 40)
    ws = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo))  # a URL has no spaces: start at its start
    lo = ws + 1 if ws >= 0 else 0
    mask = _MASK if text.find("@", lo, hi) >= 0 else _MASK_NO_AT
    return any(m.start() < e and s < m.end() for m in mask.finditer(text, lo, hi))


# Signs of a URL, e-mail or phone number. Each pattern opens with a literal, so `re` scans
# for it at C speed; one alternation of them all would be tried at every character.
_SIGNS = [re.compile(p) for p in (
    "[/@+]", "w(?=ww)", "tel", "phone", "fax", "mob", "call", "hotline", "whatsapp", r"00(?<![\d,.]00)\d",
)]
_SIGN_WORDS = ("tel", "phone", "fax", "mob", "call", "hotline", "whatsapp")  # the literal ones, for `_signs`
_ZERO_SIGN = _SIGNS[-1]


def _signs(low: str) -> list[tuple[int, int]]:
    """(start, end) of every sign in the text, sorted; "www" is found at each of its starts.

    What `_SIGNS` find, each found by `str.find` (a C loop of about one machine instruction a
    character; a pattern costs several, and a class such as "[/@+]" some hundred): a match
    that begins with "w" ("www", "whatsapp") counts as its first three letters."""
    out: list[tuple[int, int]] = []
    find = low.find
    for c in "/@+":
        p = find(c)
        while p >= 0:
            out.append((p, p + 1))
            p = find(c, p + 1)
    p = find("www")
    while p >= 0:
        out.append((p, p + 3))
        p = find("www", p + 1)
    for word in _SIGN_WORDS:
        p = find(word)
        while p >= 0:
            out.append((p, p + (3 if word[0] == "w" else len(word))))
            p = find(word, p + len(word))
    p = find("00")
    while p >= 0:
        before = low[p - 1] if p else ""
        if before and (before in ",." or before.isdecimal()):
            p = find("00", p + 1)  # inside a number ("235,000"): `_ZERO_SIGN`'s look-behind fails
            continue
        m = _ZERO_SIGN.match(low, p)
        if m is None:
            p = find("00", p + 1)
        else:
            out.append(m.span())
            p = find("00", m.end())
    out.sort()
    return out


def _signs_by_pattern(low: str) -> list[tuple[int, int]]:
    """What `_signs` finds, by the patterns that define it (a test holds the two equal)."""
    out = [(m.start(), m.start() + 3 if low[m.start()] == "w" else m.end()) for p in _SIGNS for m in p.finditer(low)]
    out.sort()
    return out


def _sign_within(signs: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Is a whole sign inside [lo, hi)?"""
    k = bisect.bisect_left(signs, (lo, -1))
    while k < len(signs) and signs[k][0] < hi:
        if signs[k][1] <= hi:
            return True
        k += 1
    return False


_PHONE_GROUPS = re.compile(r"(?:[ \u00a0-]\d{2,4})+")  # the digit groups of a number dialled


def _atoms(text: str, low: str) -> list[_Atom]:
    out: list[_Atom] = []
    consumed = 0
    signs: list[tuple[int, int]] | None = None
    for start, end in _candidates(low):
        if start < consumed:
            continue
        c = low[start:end]
        if c[0].isalpha():  # number words; the digit pattern cannot start at a letter
            m = _WORD_ATOM.match(text, start)
            if not m:
                continue
            s, e = m.span()
            consumed = e
            atom = _word_atom(text, m, s, e)
            if atom is not None:
                out.append(atom)
            continue
        if len(c) == 4 and c[:2] in ("19", "20") and c.isdigit() and (not _PEOPLEISH.match(text, end) or _since_year(text, start)):
            continue  # a year, the commonest number in news: skip the full parse
        m = _DIGIT_ATOM.match(text, start)
        if not m:
            continue
        s, e = m.span()
        consumed = e
        if signs is None:
            signs = _signs(low)
        if _masked(text, s, e, signs):
            continue
        digits = m.group("dig")
        if len(digits) >= 7 and digits.isdigit():
            continue  # "hotline: 8004090": seven bare digits dial a phone; counts that large are written with commas
        if digits[0] == "0" and len(digits) > 2 and digits.isdigit():
            # "Call centre: 0800 445 200": a count has no leading zero; the spaced groups after it are dialled too
            if g := _PHONE_GROUPS.match(text, e):
                consumed = g.end()
            continue
        value = float(digits.translate(_DIGIT_SEPARATORS))
        suf = m.group("suf")
        scaled = False
        if suf and suf.lower() in _SUFFIX_SCALES:
            value *= _SUFFIX_SCALES[suf.lower()]
            scaled = True
            suf = None
        elif not suf:
            sc = _SCALE_AFTER.match(low, e)
            if sc:
                word = (sc.group("w") or sc.group("s")).lower()
                value *= _SCALES.get(word, _SUFFIX_SCALES.get(word, 1))
                scaled = True
                e = sc.end()
        out.append(_Atom(s, e, value, False, scaled, "," in digits or " " in digits, suf))
    return out


def _word_atom(text: str, m: re.Match[str], s: int, e: int) -> _Atom | None:
    """The atom of a number in words ("three million", "half a million"), or None."""
    if m.group("frac"):
        scale_word = (m.group("fs1") or m.group("fs2") or m.group("fs3")).lower()
        if m.group("fw"):
            base = _words_value(m.group("fw")) + 0.5
        elif m.group("fs2"):
            base = 0.5
        else:
            n = _words_value(m.group("fn")) if m.group("fn").lower() != "a" else 1
            base = n * _FRACTIONS[m.group("ff").lower()]
        return _Atom(s, e, base * _SCALES[scale_word], True, True, False)
    words = m.group("words")
    if words.lower() in ("one", "a dozen", "dozen") and (
        _ONE_NOT_NUMBER_AFTER.match(text, e) or _ONE_NOT_NUMBER_BEFORE.search(_window(text, s, 12))
    ):
        return None
    if words.lower() == "dozen":
        return None
    value = _words_value(words)
    low_words = words.lower()
    scaled = "hundred" in low_words or "thousand" in low_words or "million" in low_words or "billion" in low_words
    return _Atom(s, e, value, True, scaled, False)


def _is_year(a: _Atom, text: str) -> bool:
    return (
        1900 <= a.value <= 2100 and not a.spelled and not a.scaled and not a.has_comma and a.value.is_integer()
        and text[a.start:a.end].isdigit()
        and (not _PEOPLEISH.match(text, a.end) or _since_year(text, a.start))
    )


def _since_year(text: str, start: int) -> bool:
    """ "swollen since 2011 by people displaced …": after "since", "until" or "before", a year-like
    number is the year, whatever people come after it."""
    return text[(start - 8 if start - 8 > 0 else 0):start].lower().endswith(("since ", "until ", "before "))


def _rejected(text: str, a: _Atom, last: _Atom, kind: str | None) -> bool:
    """Is the expression from `a` to `last` not a figure at all (date, time, duration, id …)?"""
    end = last.end
    before = text[(a.start - 32 if a.start > 32 else 0):a.start]
    if a.suffix in ("st", "nd", "rd", "th") or last.suffix in ("st", "nd", "rd", "th"):
        return True
    if a is last and text[end:end + 1] in (".", ")") and text[end + 1:end + 2] in (" ", "\t") \
            and not before.strip(" \t•*-").split("\n")[-1]:
        return True  # a list marker: "1. Since December …", "2) Health"
    if (1900 <= a.value <= 2100 and _is_year(a, text)) or (
            last is not a and 1900 <= last.value <= 2100 and _is_year(last, text)):
        return True
    small_int = last.value.is_integer() and last.value <= 31 and not last.scaled
    if kind == "daymonth" and small_int:
        return True
    if kind in ("duration", "time", "money"):
        return True
    tail = before.rstrip()  # the end-anchored patterns below run only where their end can match
    if a.value <= 31 and a.value.is_integer() and not a.scaled and (
            (tail.rstrip(".").endswith(_MONTH_WORDS) and _BEFORE_MONTH.search(before)
             and not (tail.endswith(".") and tail[:-1].lower().endswith(_FULL_MONTHS)))  # "since 7 October. Four …"
            or (not a.spelled and tail.endswith(_DAY_SEP_WORDS) and _MONTH_DAYS_BEFORE.search(before))):
        return True
    if small_int and not a.spelled and _DAYS_BEFORE_MONTH.match(text, end):
        return True  # "on 15 and 23 March", "from 3 to 9 May": days of the month that follows
    if a is last and a.value <= 20 and a.value.is_integer() and (
            (tail[-2:].lower() in ("in", "of") and _RATIO_BEFORE.search(before)) or _RATIO_AFTER.match(text, end)):
        return True  # "1 in 4", "one in five", "two out of three": a ratio, not a count
    if _before_rejects(before):
        return True  # money, an identifier ("No. 3"), an age ("aged 7"), a name ("F-16")
    if a.value < 120 and "aged" in before and _AGE_LIST_BEFORE.search(before) and not _PEOPLEISH.match(text, end):
        return True  # "two children aged 6 and 9": the later ages of a list are ages too
    if a is last and a.value < 120 and text.startswith(",", end) and _BEFORE_NAME_COMMA.search(before):
        return True  # "Umm Ahmed, 40, who fled …": an age
    # a bare number in brackets: "(12)" after a name is an age, "[3]" a note
    return bool(a is last and "(" in before and _CLOSE_PAREN.match(text, end) and _BEFORE_OPEN_PAREN.search(before))


def find_numbers(text: str, low: str | None = None) -> list[Number]:
    """Every figure-like numeric expression in `text`, in order, with spans into it.

    `low` is `ascii_lower(text)` when the caller has it already."""
    if low is None:
        low = ascii_lower(text)
    atoms = _atoms(text, low)
    out: list[Number] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        last = a
        high: float | None = None
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end:b.start] if b.start - a.end <= 6 else ""  # no slice of a long stretch
            if gap and _RANGE_SEP.match(gap) and "\n" not in gap:
                joiner = gap.strip().lower()
                before = _window(text, a.start, 40)
                if joiner == "and" and not before.rstrip().lower().endswith("between"):
                    pass
                elif joiner == "to" and _BEFORE_FROM_CHANGE.search(before):
                    i += 1  # "rose from 200 to 300": the earlier number is history
                    continue
                else:
                    last = b
                    i += 1
        i += 1
        after = _after(text, low, last.end)
        kind = after.lastgroup if after else None
        if _rejected(text, a, last, kind):
            continue
        value = a.value
        if last is not a:
            high = last.value
            if last.scaled and not a.scaled and value < 1000 and value <= last.value:
                scale = last.value / _unscaled(text, last)
                value *= scale
        unit = None
        end = last.end
        if last.suffix == "%" or kind == "percent":
            unit = "percent"
            if last.suffix != "%" and after is not None:
                end = after.end()
        elif last.suffix == "km":
            unit = "km"
        else:
            d = after if kind == "distance" else None
            if d:
                if _BEFORE_OPEN_PAREN.search(_window(text, a.start, 12)):
                    continue  # "(two miles)": a conversion of the distance just given
                unit = "km"
                factor = 1.0 if d.group("km") else (1.609344 if d.group("mi") else 0.001)
                value = round(value * factor, 3)
                high = round(high * factor, 3) if high is not None else None
                end = d.end()
        if unit is None and a.spelled and last is a and value < 1:
            continue
        value = _round6(value)  # 4.1 * 1e6 is 4099999.9999999995 in binary
        high = _round6(high) if high is not None else None
        out.append(Number((a.start, end), text[a.start:end], value, high, unit, a.spelled))
    return out


def _round6(value: float) -> float:
    """`round(value, 6)`: a whole number as it is (most counts are; `round` with digits goes
    through a decimal string, some hundred times the cost of the test)."""
    return value if value.is_integer() else round(value, 6)


def _unscaled(text: str, a: _Atom) -> float:
    """The numeral of an atom before its scale word ("2" of "2 million")."""
    m = re.match(r"[\d.,]+", text[a.start:a.end])
    if not m:
        return a.value
    try:
        base = float(m.group().replace(",", ""))
    except ValueError:
        return a.value
    return base or a.value
