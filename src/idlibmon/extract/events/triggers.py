"""Finding event trigger words in a sentence: patterns keyed by a word's first two letters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from idlibmon.extract.events.lexicon import LEXICON
from idlibmon.extract.events.regex_branches import branch_first, expand, top_level

GROUPS: dict[str, tuple[str, int]] = {}


def _compile() -> dict[str, re.Pattern[str]]:
    """One small pattern per two-letter word start: at each word only the triggers that can
    begin with its first letters are tried (one alternation of everything costs ~10x more)."""
    # key -> group name -> branches; a key is two letters, or one letter for branches whose
    # second character is not a plain letter ("(?:re)?captur", "d(?:ead|ied)")
    keyed: dict[str, dict[str, list[str]]] = {}
    for kind, entries in LEXICON.items():
        for i, (bonus, pattern) in enumerate(entries):
            name = f"{kind}_{i}"
            GROUPS[name] = (kind, bonus)
            for branch in (b for top in top_level(pattern, "|") for b in expand(top)):
                if branch[:2].isalpha():
                    keys: Iterable[str] = [branch[:2].lower()]
                else:
                    keys = branch_first(branch) or "abcdefghijklmnopqrstuvwxyz"
                for key in keys:
                    keyed.setdefault(key, {}).setdefault(name, []).append(branch)
    firsts = {k for k in keyed if len(k) == 1}
    pairs = {k for k in keyed if len(k) == 2}
    out: dict[str, re.Pattern[str]] = {}
    for key in pairs | firsts:
        parts = (key, key[0]) if len(key) == 2 else (key,)
        groups = {  # in lexicon order: the first alternative that matches wins
            name: [b for part in parts for b in keyed.get(part, {}).get(name, [])] for name in GROUPS
        }
        groups = {name: branches for name, branches in groups.items() if branches}
        alternation = "|".join(f"(?P<{name}>{'|'.join(branches)})" for name, branches in groups.items())
        out[key] = re.compile(rf"(?:{alternation})(?![\w-])", re.IGNORECASE)
    return out


TRIGGERS = _compile()


def _key_starts() -> re.Pattern[str]:
    """Word starts whose first two letters can begin a trigger: most words are skipped in C."""
    by_first: dict[str, set[str]] = {}
    for key in TRIGGERS:
        by_first.setdefault(key[0], set()).add(key[1:])
    parts = []
    for first, seconds in sorted(by_first.items()):
        if "" in seconds:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}[{''.join(sorted(seconds))}]")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})[\w'’]*", re.IGNORECASE)


_WORD_START = _key_starts()
# Frequent words that begin no trigger although their first letters might: skipped unmatched.
NOT_TRIGGERS = frozenset((
    "about", "according", "across", "after", "all", "also", "among", "and", "ankara", "april", "are", "area", "areas",
    "around", "as", "assistance", "at", "bab", "back", "be", "been", "before", "began", "between", "border", "but", "came",
    "camp", "camps", "cent", "children", "city", "civilian", "contact", "continued", "control", "could", "council", "countryside", "crossed", "crossing",
    "death", "december", "defence", "dozens", "during", "earlier", "early", "end", "estimated", "facilities", "february", "fighters", "first", "five",
    "for", "four", "friday", "from", "government", "group", "had", "half", "hama", "has", "have", "he",
    "health", "held", "her", "highlights", "highway", "his", "home", "homes", "hospital", "hospitals", "hostilities", "hours", "human",
    "in", "including", "into", "is", "it", "its", "largely", "last", "late", "least", "live", "local", "maarat",
    "many", "march", "market", "may", "media", "mid", "million", "ministry", "monday", "monitor", "month", "months", "more", "morning",
    "most", "nations", "near", "nearly", "need", "next", "north", "northwest", "not", "of", "office", "officials", "one",
    "only", "open", "or", "other", "our", "out", "over", "overview", "per", "period", "president", "province", "putin", "rebel",
    "rebels", "recent", "refugees", "regime", "region", "remain", "reported", "response", "returned", "rights", "russia", "said", "say",
    "says", "security", "september", "several", "she", "sheikhoun", "since", "sites", "situation", "six", "soldiers", "some", "south", "southern",
    "start", "state", "such", "sunday", "suspended", "syria", "syrian", "tayyip", "than", "that", "the", "their", "them", "there",
    "these", "they", "this", "those", "thousands", "three", "through", "thursday", "to", "toll", "towards", "town", "towns", "turkey",
    "two", "under", "unhcr", "united", "up", "update", "village", "villages", "violence", "war", "was", "we", "were",
    "when", "where", "which", "while", "who", "will", "with", "women", "workers", "world", "would",
))


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, bonus) of every event word in text[start:end]."""
    out: list[tuple[int, int, str, int]] = []
    last = start
    skip, get = NOT_TRIGGERS, TRIGGERS.get  # locals: this loop runs for every word of a dated sentence
    for w in _WORD_START.finditer(text, start, end):
        pos = w.start()
        if pos < last or w.group().lower() in skip:
            continue
        rx = get(text[pos:pos + 2].lower()) or get(text[pos].lower())
        if rx is None:
            continue
        m = rx.match(text, pos, end)
        if m:
            last = m.end()
            out.append((pos, last, *GROUPS[m.lastgroup or ""]))
    return out

