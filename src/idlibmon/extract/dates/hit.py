"""One grammar match as the resolver's branches read it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

Resolved = tuple[str, str | None, str, bool, int]
"""(start, end, relation, year given in the text?, span start) of one resolved expression."""


@dataclass(slots=True)
class Hit:
    """A match of the date grammar with what every branch needs worked out once: the relation
    word and modifier that open it, where its span starts, and whether its clause looks ahead."""

    g: re.Match[str]  # the groups by name: g["dm_d"] (a match indexes like a dict, without building one)
    m: re.Match[str]
    text: str
    pub: date
    rel_word: str | None
    mod: str | None
    relation: str
    span_start: int
    future: bool
    requested: bool

    def default(self, rel: str) -> str:
        """The relation the text words, else the branch's own ("on" for a day, "in" for a month)."""
        return self.relation or rel
