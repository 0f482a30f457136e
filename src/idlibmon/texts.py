"""The one text of an article that extraction reads and that figure spans point into.

The pipeline builds it to run the engine; the board rebuilds it to read the sentence
around a figure. Both must agree to the character, so it is built in one place.
"""

from __future__ import annotations

from idlibmon.models import Article

PART_SEPARATOR = "\n\n"


def article_text(article: Article) -> str:
    """Title, summary, content and body, each once.

    A part already contained in another (the summary repeated as the first paragraph of the
    content, the feed's content inside the fetched body) is left out, so the same figure is
    not read twice.
    """
    parts = [p.strip() for p in (article.title, article.summary, article.content, article.body) if p and p.strip()]
    squashed = [" ".join(p.split()) for p in parts]
    kept: list[str] = []
    for i, part in enumerate(parts):
        inside_other = any(
            j != i and squashed[i] in squashed[j] and (len(squashed[j]) > len(squashed[i]) or j < i)
            for j in range(len(parts))
        )
        if not inside_other:
            kept.append(part)
    return PART_SEPARATOR.join(kept)
