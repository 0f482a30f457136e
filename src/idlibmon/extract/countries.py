"""Countries and their peoples, for telling refugees from the internally displaced.

Whether a count of people who fled is `refugees` or `displaced` turns on one thing: did
they cross an international border? Reports say so with a country name ("fled Ukraine",
"crossed into Turkey") or a people hosted abroad ("Lebanon hosts 1.5 million Syrians").
A province or town ("fled Idlib", "fled to the border area") is no border crossing, so
only sovereign states (and Europe, a destination in its own right) are listed: the states
of today's wars and those that host their refugees.
"""

from __future__ import annotations

import re

from idlibmon.extract.alternation import regroup

# country -> its people, as reports name them in the plural
PEOPLES: dict[str, str] = {
    "afghanistan": "afghans", "armenia": "armenians", "azerbaijan": "azerbaijanis", "bangladesh": "bangladeshis",
    "burkina faso": "burkinabe", "burundi": "burundians", "cameroon": "cameroonians",
    "central african republic": "central africans", "chad": "chadians", "colombia": "colombians",
    "democratic republic of the congo": "congolese", "democratic republic of congo": "congolese", "drc": "congolese", "congo": "congolese",
    "egypt": "egyptians", "eritrea": "eritreans", "ethiopia": "ethiopians", "georgia": "georgians", "haiti": "haitians",
    "iran": "iranians", "india": "indians", "thailand": "thais", "china": "chinese", "malaysia": "malaysians", "iraq": "iraqis", "israel": "israelis", "jordan": "jordanians", "kenya": "kenyans",
    "lebanon": "lebanese", "libya": "libyans", "mali": "malians", "mozambique": "mozambicans",
    "myanmar": "rohingya", "niger": "nigeriens", "nigeria": "nigerians", "pakistan": "pakistanis",
    "palestine": "palestinians", "russia": "russians", "rwanda": "rwandans", "somalia": "somalis",
    "south sudan": "south sudanese", "sudan": "sudanese", "syria": "syrians", "tunisia": "tunisians",
    "turkey": "turks", "turkiye": "turks", "türkiye": "turks", "uganda": "ugandans", "ukraine": "ukrainians",
    "venezuela": "venezuelans", "yemen": "yemenis", "tanzania": "tanzanians", "djibouti": "djiboutians", "saudi arabia": "saudis", "oman": "omanis",
}
# host countries and regions that have no people of their own in the table
_DESTINATIONS = ("europe", "the eu", "the european union", "the united states", "the us", "canada",
                 "the united kingdom", "the uk", "britain", "germany", "greece", "cyprus", "sweden",
                 "bulgaria", "poland", "romania", "moldova", "hungary", "slovakia", "france", "italy", "spain", "austria",
                 "the netherlands", "belgium", "switzerland", "norway", "denmark")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


COUNTRY = rf"(?:{_alternation([*PEOPLES, *_DESTINATIONS])})(?![\w'’-])"
"""A country's name, lowercase (match on ASCII-lowercased text)."""
COUNTRY_FAST = rf"{regroup(_alternation([*PEOPLES, *_DESTINATIONS]))}(?![\w'’-])"
"""`COUNTRY` regrouped by first letter (see `alternation`): the same matches, each branch passed
over after one comparison; for a pattern tried at many positions."""
COUNTRY_OR_ITS = rf"(?:{_alternation([*PEOPLES, *_DESTINATIONS])})(?:['’]s)?(?![\w'’-])"
"""A country's name, or its possessive ("India's Mizoram state"), lowercase."""
PEOPLE = rf"(?:{_alternation(sorted(set(PEOPLES.values())))})(?![\w'’-])"
"""A people in the plural, lowercase."""
COUNTRY_OR_ITS_AT = re.compile(rf"\b{COUNTRY_OR_ITS}")
"""`COUNTRY_OR_ITS` compiled, from a word's start: one large alternation that the figure rules share."""


def country_named(told: str) -> str:
    """A matched country as `people_of` takes it: without its possessive, one space between words
    ("turkey’s" -> "turkey", "south\nsudan" -> "south sudan")."""
    return " ".join(told.removesuffix("'s").removesuffix("’s").split())


def people_of(country: str) -> str | None:
    """The people of a country ("syria" -> "syrians"), lowercase; None for a region."""
    return PEOPLES.get(" ".join(country.lower().split()))
