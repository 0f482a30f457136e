"""Group the same story told by several outlets.

Two articles from different feeds are one story when their titles share most of their
significant words (Jaccard >= 0.6), or when their summaries open with the same words
(a wire story carried by several outlets). The story's id is its first article's id,
so the screen shows one row with a source count.

This runs for every new article, so it must stay cheap with thousands in the window: an
inverted index over title words proposes candidates, a word found in many titles
("Idlib" in a feed about Idlib) proposes none, and summaries are compared by a key of
their opening words instead of pairwise.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from idlibmon.ingest.relevance import fold

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with", "after", "over", "says", "said", "say", "new", "news", "live", "update", "updates", "more", "than", "into", "amid", "about", "up", "what", "we", "know", "how", "why", "who"]
)
TITLE_THRESHOLD = 0.6
MIN_WORDS = 3
"""Titles with fewer significant words are too short to judge."""
COMMON = 50
"""A word in more titles than this proposes no candidates (it tells stories apart poorly)."""
SUMMARY_KEY_WORDS = 12
"""Summaries whose first this-many significant words agree are the same story."""
SUMMARY_CHARS = 600
"""Only the summary's opening is compared."""


def tokens(text: str, *, folded: str | None = None, limit: int | None = None) -> list[str]:
    """Significant folded words in order (stop words and one-letter words dropped).

    `folded` is `fold(text)` when the caller has it already; `limit` stops after that many.
    """
    folded = fold(text) if folded is None else folded
    if limit is None:
        return [w for w in _WORD.findall(folded) if len(w) > 1 and w not in _STOP]
    found: list[str] = []
    for m in _WORD.finditer(folded):
        w = m.group()
        if len(w) > 1 and w not in _STOP:
            found.append(w)
            if len(found) == limit:
                break
    return found


def words(text: str, *, folded: str | None = None) -> frozenset[str]:
    return frozenset(tokens(text, folded=folded))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def summary_key(text: str, *, folded: str | None = None) -> tuple[str, ...] | None:
    """The opening words of a summary (its first SUMMARY_CHARS characters), or None if too short.

    `folded` is `fold(text)` when the caller has it; folding keeps the length of ASCII text,
    so then its head is the folded head (other text is folded again, head only).
    """
    head = text[:SUMMARY_CHARS]
    head_folded = folded[:SUMMARY_CHARS] if folded is not None and text.isascii() else fold(head)
    found = tokens(head, folded=head_folded, limit=SUMMARY_KEY_WORDS)
    return tuple(found) if len(found) == SUMMARY_KEY_WORDS else None


@dataclass(slots=True)
class _Known:
    feed: str
    story: int
    title: frozenset[str]


class StoryIndex:
    """Recent articles, indexed by title word and summary key, to find a new article's story."""

    def __init__(self) -> None:
        self._known: dict[int, _Known] = {}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_summary: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._known)

    def add(self, article_id: int, feed: str, title: str, summary: str, story_id: int | None = None) -> int:
        """Index an article; return its story id (an existing story's, or its own id)."""
        return self.add_words(article_id, feed, words(title), summary_key(summary), story_id)

    def add_words(
        self, article_id: int, feed: str, t: frozenset[str], key: tuple[str, ...] | None, story_id: int | None = None
    ) -> int:
        """`add` with the title's words and the summary key already computed (see `words`, `summary_key`)."""
        story = story_id if story_id is not None else self._match(feed, t, key)
        if story is None:
            story = article_id
        self._known[article_id] = _Known(feed, story, t)
        for w in t:
            ids = self._by_word[w]
            if len(ids) <= COMMON:
                ids.append(article_id)
        if key is not None:
            self._by_summary[key].append(article_id)
        return story

    def _match(self, feed: str, t: frozenset[str], key: tuple[str, ...] | None) -> int | None:
        if key is not None:
            for other_id in self._by_summary.get(key, ()):
                other = self._known[other_id]
                if other.feed != feed:
                    return other.story
        if len(t) < MIN_WORDS:
            return None
        best, best_score = None, 0.0
        for other_id in self._title_candidates(t):
            other = self._known[other_id]
            if other.feed == feed:
                continue
            score = jaccard(t, other.title)
            if score >= TITLE_THRESHOLD and (score > best_score or (score == best_score and other.story < (best or 0))):
                best, best_score = other.story, score
        return best

    def _title_candidates(self, t: frozenset[str]) -> set[int]:
        """Articles that may reach the threshold, found through the rarer words of `t`.

        A Jaccard of T needs ceil(T * |t|) shared words; the common words we do not look up
        supply at most their own number, so the rest must be rare words. Near-duplicates
        also share at least half of their distinctive words, which keeps this small when
        most words are common.
        """
        rare = [w for w in t if len(self._by_word.get(w, ())) <= COMMON]
        if not rare:
            return set()
        need = max(1, math.ceil(TITLE_THRESHOLD * len(t)) - (len(t) - len(rare)), math.ceil(len(rare) / 2))
        counts: dict[int, int] = defaultdict(int)
        for w in rare:
            for other in self._by_word.get(w, ()):
                counts[other] += 1
        return {other for other, shared in counts.items() if shared >= need}
