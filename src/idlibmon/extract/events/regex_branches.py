"""Taking a trigger pattern apart into branches and their first letters, so each word is
matched only against the triggers that can start with it."""

from __future__ import annotations


def first_letters(pattern: str) -> str | None:
    """The letters a pattern can start with, so a cheap look-ahead can skip it at most words
    (the big alternation is otherwise tried in full at every word). None when unsure."""
    letters: set[str] = set()
    for branch in top_level(pattern, "|"):
        got = branch_first(branch)
        if got is None:
            return None
        letters |= got
    return "".join(sorted(letters))


def group_end(branch: str) -> int:
    """Index of the ")" closing the group that opens `branch` (escapes skipped)."""
    level, i = 0, 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            i += 2
            continue
        level += c == "("
        level -= c == ")"
        if level == 0:
            break
        i += 1
    return i


def expand(branch: str, depth: int = 0) -> list[str]:
    """Spell out a leading group so every branch starts with plain letters where it can:
    "(?:re)?captur" -> "recaptur", "captur" (the dispatch key is a branch's first two letters)."""
    if depth > 3 or not branch.startswith("(?:"):
        return [branch]
    i = group_end(branch)
    inner, rest = branch[3:i], branch[i + 1:]
    if rest[:1] in ("*", "+", "{") or "(?P" in inner:
        return [branch]
    optional = rest.startswith("?")
    rest = rest[1:] if optional else rest
    out = [x for alt in top_level(inner, "|") for x in expand(alt + rest, depth + 1)]
    return out + (expand(rest, depth + 1) if optional else [])


def branch_first(branch: str) -> set[str] | None:
    if not branch:
        return None
    ch = branch[0]
    if ch.isalpha():
        return {ch.lower()}
    if branch.startswith("(?:"):
        i = group_end(branch)
        inner = first_letters(branch[3:i])
        if inner is None:
            return None
        if branch[i + 1:i + 2] in ("?", "*"):
            rest = branch_first(branch[i + 2:])
            return None if rest is None else set(inner) | rest
        return set(inner)
    return None


def top_level(pattern: str, sep: str) -> list[str]:
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == sep and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out

