"""Group the same story told by several outlets.

Two articles from different feeds, published within a few days of each other, are one
story when their titles share most of their significant words, or their summaries'
openings do. The story's id is its first article's id, so the screen shows one row with
a source count. An inverted index over title words keeps this cheap for thousands of
articles: only articles sharing a word are compared, and words too common in the window
("Idlib" in a feed about Idlib) do not propose candidates at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from idlibmon.ingest.relevance import fold

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_STOP = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will", "with", "after", "over", "says", "said", "say", "new", "news", "live", "update", "updates", "more", "than", "into", "amid", "about", "up", "what", "we", "know", "how", "why", "who"]
)
TITLE_THRESHOLD = 0.6
SUMMARY_THRESHOLD = 0.6
MIN_WORDS = 3
COMMON = 200
"""A word in more titles than this proposes no candidates (it tells stories apart poorly)."""


def words(text: str, limit: int | None = None) -> frozenset[str]:
    """Significant folded words (stop words and one-letter words dropped)."""
    tokens = [w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in _STOP]
    return frozenset(tokens[:limit] if limit else tokens)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


@dataclass(slots=True)
class _Known:
    id: int
    feed: str
    story: int
    title: frozenset[str]
    summary: frozenset[str]


class StoryIndex:
    """Recent articles, indexed by title word, to find the story a new article belongs to."""

    def __init__(self) -> None:
        self._known: dict[int, _Known] = {}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_summary_word: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._known)

    def add(self, article_id: int, feed: str, title: str, summary: str, story_id: int | None = None) -> int:
        """Index an article; return its story id (an existing story's, or its own id)."""
        t = words(title)
        s = words(summary, 40)
        story = story_id if story_id is not None else self._match(feed, t, s)
        if story is None:
            story = article_id
        self._known[article_id] = _Known(article_id, feed, story, t, s)
        _index(self._by_word, t, article_id)
        if len(s) >= 8:
            _index(self._by_summary_word, s, article_id)
        return story

    def _match(self, feed: str, t: frozenset[str], s: frozenset[str]) -> int | None:
        if len(t) < MIN_WORDS and len(s) < 8:
            return None
        candidates = _candidates(self._by_word, t)
        if len(s) >= 8:
            candidates |= _candidates(self._by_summary_word, s)
        best, best_score = None, 0.0
        for other_id in candidates:
            other = self._known[other_id]
            if other.feed == feed:
                continue
            score = jaccard(t, other.title) if len(t) >= MIN_WORDS else 0.0
            if score < TITLE_THRESHOLD and len(s) >= 8 and len(other.summary) >= 8:
                by_summary = jaccard(s, other.summary)
                score = by_summary if by_summary >= SUMMARY_THRESHOLD else score
            if score >= min(TITLE_THRESHOLD, SUMMARY_THRESHOLD) and (
                score > best_score or (score == best_score and best is not None and other.story < best)
            ):
                best, best_score = other.story, score
        return best


def _index(postings: dict[str, list[int]], tokens: frozenset[str], article_id: int) -> None:
    for w in tokens:
        ids = postings[w]
        if len(ids) <= COMMON:
            ids.append(article_id)


def _candidates(postings: dict[str, list[int]], tokens: frozenset[str]) -> set[int]:
    """Articles sharing at least two of the rarer words (one when only one is rare)."""
    counts: dict[int, int] = defaultdict(int)
    rare = [w for w in tokens if len(postings.get(w, ())) <= COMMON]
    for w in rare:
        for other in postings.get(w, ()):
            counts[other] += 1
    need = min(2, len(rare))
    return {other for other, shared in counts.items() if shared >= need}
