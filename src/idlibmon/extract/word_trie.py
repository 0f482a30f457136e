"""A regex alternation of many words written as a trie ("we(?:ek(?:end|s)?|dnesday)").

Python's `re` tries the branches of a flat alternation one after another at every position;
shared prefixes written once let it fail after a character or two instead, which is what makes
a word prefilter cheap enough to run over a whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """Regex source matching exactly the given words (a space stands for any run of white space).

    The longest word wins where one word is a prefix of another, as in a sorted alternation."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root) if root else "(?!)"


def _emit(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"{body}?" if len(branches) > 1 or len(body) == 1 else f"(?:{body})?"
    return body


def shortest_prefixes(prefixes: Iterable[str]) -> list[str]:
    """Only the prefixes no shorter one already covers: "shell" makes "shelling" redundant."""
    out: list[str] = []
    for p in sorted(set(prefixes)):
        if not (out and p.startswith(out[-1])):
            out.append(p)
    return out
