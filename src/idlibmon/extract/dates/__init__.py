"""Temporal expressions resolved against an article's publication date.

News dates are relative ("on Thursday", "last month", "since mid-December") and years are
usually left out, so every expression is anchored on the day the article appeared. Past
references never resolve into the future: "19 December" in a January article is last
December; only a future-tense clause ("will meet on Friday") looks forward.

Dates are ISO strings whose length is their precision: "2019", "2019-12", "2019-12-19".
The steps: `spans` finds the expressions (one grammar, tried only near anchor words),
`resolver` turns each into dates (`relative_days` for words counted from the publication day),
`narrative` puts months told without a year in the year the story is in, `ranges` joins "from May to August", `anaphora` counts "the next day" from the date before.
"""

from idlibmon.extract.dates.find import find_dates
from idlibmon.extract.dates.mention import DateMention

__all__ = ["DateMention", "find_dates"]
