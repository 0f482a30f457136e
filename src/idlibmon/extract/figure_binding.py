"""What a number belongs to when the words right around it say so more plainly than the
nearest category trigger.

- Growth of a place: "Djibo has swelled to more than 300,000 inhabitants with the arrival of
  displaced families" counts the town's people (population), though "displaced" is nearer
  than any population word; so does "the figure had swollen to more than 300,000" after "a
  population of about 165,000".
- A predicate after a place: "7.1 million people in the three worst-affected states of Borno,
  Adamawa and Yobe require humanitarian assistance" need aid, whatever the clause before
  them counted.
- A place's size: "Tigray, a region of about 6 million, needs food aid" counts the region's
  people, not those in need.
- Leaving a named place: "more than 150,000 civilians had left Afrin since Wednesday" fled it
  (a country left makes refugees).
- Not a count at all: the whole of a part in words ("one of the two remaining field
  hospitals"), an average ("classrooms have on average 150 pupils"), a household ("lives with 14
  relatives").
- A qualifier said by the verb: "the death toll has passed 36,000" is more than that, "is
  estimated at 1.4 million" and "6.5 million are estimated to be displaced" about that, "put
  the toll at least at 600" at least that.
- A tally of places: "the number of displacement sites in the capital has risen to 80" counts
  sites, not displaced people.
"""

from __future__ import annotations

import re

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.countries import COUNTRY_FAST, PEOPLES
from idlibmon.extract.text import ascii_lower

_GROWN_TO = re.compile(r"\b(?:swell(?:ed|s)?|swollen|grow(?:n|s)?|grew|ballooned)\s+to\s+$")
_INHABITANTS = re.compile(r"\b(?:inhabitants|residents|people)$")
_SITES_COUNTED = re.compile(
    r"\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:sites?|camps?|shelters|settlements|collective\s+cent(?:re|er)s|locations|"
    r"gathering\s+points)\b"
)


def grown_population(low: str, lo: int, start: int, head: str, prev_category: str | None) -> int | None:
    """Where "swelled to" begins when the count at `start` is what a place has grown to, else
    None. `head` is the lowered text from the number to the end of its noun ("300,000
    inhabitants"), empty for a bare number, which needs a population counted just before it
    ("the figure had swollen to …")."""
    if not low.endswith("to ", (start - 3 if start - 3 > lo else lo), start):
        return None
    grown = _GROWN_TO.search(low, (start - 16 if start - 16 > lo else lo), start)
    if grown is None:
        return None
    if (_INHABITANTS.search(head) is not None) if head else prev_category == "population":
        return grown.start()
    return None


def sites_tallied(low: str, head_end: int) -> bool:
    """Does the tally head ending at `head_end` ("the number") count places ("of displacement
    sites"), not people?"""
    return _SITES_COUNTED.match(low, head_end) is not None


# "in the three worst-affected states of Borno, Adamawa and Yobe", then the count's own verb of need
_PLACE_THEN_NEED = re.compile(
    optional_as_branch(r"\s+(?:in|across|throughout|inside)\s+[^,;.()\n]{1,70}?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?){0,4}"
    r"(?:,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:still\s+|now\s+|urgently\s+)?"
    r"(?:require|requires|required|need|needs|needed|depend|depends)\b")
)


def need_after_place(text: str, head_end: int, hi: int) -> tuple[int, int] | None:
    """The span of a verb of need that the count's place phrase leads to, or None. On `text`
    (capitals mark the place names of the list)."""
    if not text.startswith((" in ", " across ", " throughout ", " inside "), head_end):
        return None
    m = _PLACE_THEN_NEED.match(text, head_end, hi)
    if m is None:
        return None
    verb = m.group().rsplit(None, 1)[-1]
    return m.end() - len(verb), m.end()


_PLACE_OF = re.compile(
    r"\b(?:an?|the)\s+(?P<place>(?:[\w'’-]+\s+)?(?:region|province|city|town|country|nation|governorate|district|enclave|state|"
    r"territory|pocket|area))\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|an\s+estimated|"
    r"at\s+least|just\s+over|close\s+to)\s+)?$"
)


def size_of_place(low: str, lo: int, start: int) -> int | None:
    """Where "a region of (about)" begins when it stands right before the number, giving a
    place's size; else None."""
    if not low.endswith(("of ", "some ", "about ", "around ", "nearly ", "almost ", "roughly ", "than ", "over ",
                         "estimated ", "least ", "to "), (start - 10 if start - 10 > lo else lo), start):
        return None
    m = _PLACE_OF.search(low, (start - 60 if start - 60 > lo else lo), start)
    return None if m is None else m.start("place")


_LEFT_PLACE = re.compile(
    r"(?:,|\s+[-–—])?\s+(?:(?:had|have|has)\s+)?(?:(?:already|now|reportedly|also)\s+)?left\s+"
    r"(?:(?P<quarters>(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:districts|neighbou?rhoods|quarters|suburbs|outskirts)\b)"
    r"|(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?))"
)
_VISITORS = ("nationals", "foreigners", "staff", "workers", "tourists", "diplomats", "personnel", "employees")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def left_place(text: str, low: str, head_end: int, hi: int, country: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    """ "150,000 civilians had left Afrin": (category, span of the verb phrase) when the count
    left a named place or a city's quarters; `country` matches a country on lowered text."""
    if "left" not in low[head_end:head_end + 40] or low.endswith(_VISITORS, (head_end - 12 if head_end > 12 else 0), head_end):
        return None  # foreigners or staff who left a place were visitors there, not displaced
    m = _LEFT_PLACE.match(text, head_end, hi)
    if m is None:
        return None
    name = m.group("name")
    if name is not None and name.startswith(_WEEKDAYS):
        return None  # "left on Monday" is no place
    span = (m.start() + len(m.group()) - len(m.group().lstrip(", \t\n")), m.end())
    if name is not None and country.match(low, m.start("name")):
        return "refugees", span
    if (to := _FOR_ABROAD.match(low, m.end())) is not None and country.match(low, to.end()):
        return "refugees", (span[0], to.end())  # "left Nagorno-Karabakh for Armenia": a border crossed after all
    return "displaced", span


_FOR_ABROAD = re.compile(r"\s+(?:for|into)\s+(?:neighbou?ring\s+)?")


_PART_IN_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|none|all|both|most|some|several|many|"
                            r"half|each)\s+of\s+(?:the|its|their|these|those)\s+$")
_ON_AVERAGE = re.compile(r"\bon\s+average,?\s+$")
_HOUSEHOLD = re.compile(r"\s+(?:relatives|family\s+members|members\s+of\s+(?:his|her|their)\s+family)\b")


def whole_of_part(low: str, lo: int, start: int) -> bool:
    """Is the count the whole that a part in words is taken from ("one of the two hospitals")?"""
    if not low.endswith(("the ", "its ", "their ", "these ", "those "), (start - 6 if start - 6 > lo else lo), start):
        return False
    return _PART_IN_WORDS.search(low, (start - 24 if start - 24 > lo else lo), start) is not None


def not_a_count(low: str, lo: int, start: int, number_end: int, head_end: int) -> bool:
    """An average per thing ("on average 150 pupils") or the people someone lives with ("lives
    with 14 relatives"): numbers that count no one a key figure means."""
    if low.endswith(("average ", "average, "), (start - 10 if start - 10 > lo else lo), start) and _ON_AVERAGE.search(
            low, (start - 14 if start - 14 > lo else lo), start):
        return True
    return low.endswith("with ", (start - 5 if start - 5 > lo else lo), start) and _HOUSEHOLD.match(low, number_end) is not None


# "fled Las Anod", "injured in Goma", "across Congo": a capitalised name after a word of place
# (one regex over the short window is cheaper than a str.find for each word: measured 9 ms
# against 17 ms a pass over the bench corpus)
_NAME_WORDS = (r"[A-Z][a-z][\w'’-]*(?:(?:\s+|-)(?:[A-Z][a-z][\w'’-]*|al-[A-Z][\w'’-]*)){0,2}"
               r"(?:\s+and\s+[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})?")
# Every branch opens on a letter (no "\b", no "[Ii]"): `re` then finds the candidates' first letters
# in C; the word boundary before is checked on each match (`_word_start`)
_OWN_PLACE = re.compile(
    optional_as_branch(r"(?:In|in|fled|left|Across|across|into|Inside|inside|Within|within|near|around|Throughout|throughout)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
    rf"(?P<name>{_NAME_WORDS})")
)

# Names after a preposition of spot ("at Adré hospital", "strikes on Gaza"), of origin after a word of
# flight ("displaced from Mosul", "refugees from Ukraine") or after a verb of reaching ("entered Goma"):
# the sentence's place when it names none the other ways. ("To" names where people went, which writers
# do not give as the count's place: "fled to Armenia" counts Karabakh's displaced; and "from" after
# other words names a nationality or a supply line: "peacekeepers from Malawi", "aid from Turkey".)
_LATE_PLACE = re.compile(
    optional_as_branch(r"(?:at|on|from|reached|entered)\s+"
    rf"(?P<name>{_NAME_WORDS})")
)
_FLIGHT_BEFORE = ("displaced", "fled", "fleeing", "evacuated", "evacuees", "uprooted", "escaped", "refugees", "crossed",
                  "people", "residents", "families", "households", "individuals", "civilians", "freed")
# names of bodies, not places ("researchers at Ghent University", "attacks on Health Care")
_BODY_WORDS = frozenset(("University", "College", "Institute", "Office", "Programme", "Program", "Organization",
                         "Organisation", "Ministry", "Council", "Committee", "Care", "Crime", "Fund", "Agency", "Cluster",
                         "Network", "Observatory", "Force", "Forces", "Government", "Commission", "Matrix", "Union"))
_NOT_LATE = frozenset(("Reuters", "Twitter", "Facebook", "Telegram", "President", "Prime", "Minister", "Secretary",
                       "Mr", "Ms", "Mrs", "Dr", "Christmas", "Eid", "Ramadan", "Easter"))


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’-")
# adjectives of a people ("Israeli strikes", "Turkish troops"), not places
_ADJECTIVE_ENDS = ("ian", "ese", "ish", "eli", "ani", "ean", "ern")
_NOT_PLACES = frozenset((
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "Phase", "Islamic",
    "Assad", "IDP", "IDPs", "PoC", "PoCs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "It", "Its", "They", "There", "This", "That", "These", "Those", "He", "She", "We", "Partners",  # pronouns
    "Save", "Doctors", "Emergency", "Crisis", "Catastrophe", "Famine", "Stressed", "IPC", "Médecins", "Medecins", "Human", "Amnesty", "Red", "World", "United", "Security", "General",
))


def own_place(text: str, s: int, e: int, lo: int | None = None, hi: int | None = None) -> str | None:
    """A place named in a figure's own words [s, e) ("some 185,000 people have fled Las Anod"), for a
    figure whose sentence names no place the gazetteer or the place phrases know; with the sentence's
    bounds [lo, hi), else the one of its sentence nearest the figure, one after it reading first
    ("Across the DRC, 21.2 million people need aid"); None if none. A name may run past `e`: it is
    read whole ("into Armenia", not "into Arme")."""
    if lo is None and text[s:e].islower():
        return None  # no capital in the window (half the figures' words): no name, and no search at every position
    end = len(text) if hi is None else hi
    best: tuple[int, str] | None = None
    for m in _OWN_PLACE.finditer(text, s if lo is None else lo, end):
        if lo is None and m.start() >= e:
            break
        if not _word_start(text, m.start()):
            continue
        name = _whole_name(m.group("name"))
        first = name.split()[0].split("-")[0]
        if first in _NOT_PLACES or (" " not in name and name.endswith(_ADJECTIVE_ENDS)):
            continue
        if s <= m.start() < e:
            return name
        dist = m.start() - e if m.start() >= e else (s - m.end()) * 2
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else None


# A place the sentence is about, named as its subject: a country ("Turkey already hosts 3.6 million
# Syrian refugees", "Lebanon's health ministry says …"), or any name that hosts people ("Marib hosts
# around one million displaced people", "Tripoli and its surroundings are home to …")
# (what may stand between the name and its verb: "and its surroundings", "already")
_BEFORE_VERB = r"(?:and\s+its\s+(?:surroundings|environs|outskirts)\s+)?(?:already\s+|now\s+|also\s+|still\s+)?"
_SUBJECT = re.compile(
    optional_as_branch(r"[\s\-•*–—]*(?:The\s+)?(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})"
    rf"(?P<after>['’]s\s|\s*,|\s+{_BEFORE_VERB}"
    r"(?:is|are|was|were|has|had|have|hosts|hosted|hosting|received|registered|says|said|reported|recorded)\b"
    r"|\s+(?:city|town)\s)")
)
_HOSTS_AFTER = re.compile(
    rf"\s+{_BEFORE_VERB}"
    r"(?:(?:is|are|was|were)\s+(?:(?:now\s+)?home\s+to|hosting)|hosts|hosted|(?:has|had|have)\s+(?:already\s+)?(?:received|hosted|registered))\b"
)
# A place the sentence opens on and then sizes or describes as one: an apposition of a kind of
# place ("Goma, a lakeside city of two million", "Kurram, a district bordering …"), its people
# ("Tigray, home to 5.5 million", "Toretsk, which had …", "Rafah, whose pre-war population …") or
# its population as the verb's object ("Palma had a population of 75,000", "Douma was once home to")
_SIZED_AFTER = re.compile(
    r"(?:\s+(?:city|town))?(?:,\s+(?:an?\s+(?:[\w'’-]+\s+){0,3}(?:city|town|village|country|region|district|strip|camp|hub|"
    r"province|governorate|enclave|state)(?:,|\s+(?:of|with|near|that|which|where|in|on|bordering|home)\b)"
    r"|(?:once\s+)?home\s+to\b|(?:which|that)\s+(?:had|has|was|hosted|hosts)\b|whose\s+(?:pre-?war\s+)?population\b)"
    r"|\s+(?:had|has)\s+(?:a\s+)?(?:pre-?war\s+|pre-crisis\s+)?population\b"
    r"|\s+(?:is|was)\s+(?:once\s+)?home\s+to\b)"
)
_COUNTRY_NAME = re.compile(COUNTRY_FAST)
_LEADING_PREPOSITIONS = frozenset(("Of", "In", "Inside", "Across", "Within", "Throughout", "Near", "Around", "From", "At", "On"))


def _whole_name(found: str) -> str:
    """A name read up to its possessive ("Syria's war", "Ethiopia's Somali region"), unless the
    possessive is part of the name ("Cox's Bazar"): a capital after it, and no country before."""
    parts = re.split(r"['’]s\b", found, maxsplit=1)
    if len(parts) == 2 and parts[1][1:2].isupper() and " " not in parts[0] \
            and not _COUNTRY_NAME.fullmatch(ascii_lower(parts[0])):
        return found
    return parts[0]


def _subject_place(text: str, lo: int, hi: int) -> tuple[tuple[int, int], str] | None:
    """The place a sentence [lo, hi) opens on as its subject (`_SUBJECT`), or None."""
    m = _SUBJECT.match(text, lo, hi)
    if m is None or m.group("name").split()[0] in _NOT_PLACES:
        return None
    name = m.group("name")
    if name.split()[0] in _LEADING_PREPOSITIONS:
        return None  # "In El Geneina, a city of …": the place phrases read it, without the "In"
    if _COUNTRY_NAME.fullmatch(ascii_lower(name)) or _HOSTS_AFTER.match(text, m.end("name")) \
            or _SIZED_AFTER.match(text, m.end("name")):
        return m.span("name"), name
    return None


# The people a place owns: "half of Yemen's population", "Syria's pre-war population of 22 million",
# "1.7 million of Gaza's 2.3 million people", "12 of Gaza's 35 hospitals"
_POSSESSED_PEOPLE = re.compile(
    r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,2})['’]s\s+(?:(?:pre-?war|pre-crisis|entire|whole|total|estimated)\s+)?"
    r"(?:population\b|[\d.,]+\s+(?:million\s+)?(?:people|residents|inhabitants|hospitals)\b)"
)


def _possessed_people(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
    """The places of a sentence [lo, hi) named as owning people or hospitals (`_POSSESSED_PEOPLE`)."""
    found = []
    for m in _POSSESSED_PEOPLE.finditer(text, lo, hi):
        a, name = m.start("name"), m.group("name")
        first = name.split()[0]
        if first in _LEADING_PREPOSITIONS and " " in name:  # "Of Gaza's 36 hospitals, 21 …"
            a, name = a + len(first) + 1, name[len(first) + 1:]
        if not _word_start(text, a) or text.endswith(("the ", "The "), lo, a) or name.split()[0] in _NOT_PLACES \
                or name.split()[0] in _LEADING_PREPOSITIONS or name.endswith(_ADJECTIVE_ENDS):
            continue  # ("the Strip's 36 hospitals": a common noun)
        found.append(((a, a + len(name)), name))
    return found


def named_places(text: str, low: str, lo: int, hi: int,
                 known: list[tuple[tuple[int, int], str]]) -> list[tuple[tuple[int, int], str]]:
    """The places of a sentence [lo, hi) (`low` its text lowercased): those already `known` (the
    gazetteer's and the place phrases'), the names a preposition of place or flight introduces
    ("displaced about 110,000 people in Lebanon", "Across Sudan, …") and the place the sentence opens on as its subject ("Turkey already
    hosts …"), which no list can hold all of; sorted by where they start."""
    found = list(known)
    subject = _subject_place(text, lo, hi) if text[lo:lo + 1].isupper() or text[lo:lo + 1] in "-•*–— \n" else None
    if subject is not None and not any(ks < subject[0][1] and subject[0][0] < ke for (ks, ke), _n in known):
        found.append(subject)
    if text.find("'s ", lo, hi) >= 0 or text.find("’s ", lo, hi) >= 0:  # (no slice of the sentence)
        found.extend(_possessed_people(text, lo, hi))
    for m in _OWN_PLACE.finditer(text, lo, hi):
        if not _word_start(text, m.start()):
            continue
        name = _whole_name(m.group("name"))  # "displaced about 110,000 people in Lebanon", "Across Sudan, …"
        first = name.split()[0].split("-")[0]
        if first in _NOT_PLACES or (" " not in name and name.endswith(_ADJECTIVE_ENDS)):
            continue
        a = m.start("name")
        b = a + len(name)
        if not any(ks < b and a < ke for (ks, ke), _n in found):  # (the gazetteer's name for it)
            found.append(((a, b), name))
    if not found:
        found.extend(_late_places(text, lo, hi))
    if len(found) > len(known):
        found.sort(key=lambda item: item[0][0])
    return found


def _late_places(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
    """The names of a sentence [lo, hi) after "from", "to", "at", "on" or a verb of reaching
    (`_LATE_PLACE`), for a sentence that names its place no other way."""
    found = []
    for m in _LATE_PLACE.finditer(text, lo, hi):
        if not _word_start(text, m.start()):
            continue
        name = _whole_name(m.group("name"))
        words = name.split()
        first = words[0].split("-")[0]
        if first in _NOT_PLACES or first in _NOT_LATE or (len(words) == 1 and name.endswith(_ADJECTIVE_ENDS)) \
                or any(w in _BODY_WORDS for w in words):
            continue
        if text.startswith("from", m.start()) and not text[(m.start() - 16 if m.start() - 16 > lo else lo):m.start()] \
                .rstrip().endswith(_FLIGHT_BEFORE):
            continue  # "peacekeepers from Malawi", "aid from Turkey": no place of the count
        a = m.start("name")
        found.append(((a, a + len(name)), name))
    return found


_PASSED = re.compile(r"\b(?:passed|surpassed|exceeded|topped|crossed)\s+(?:the\s+)?$")
_ESTIMATED_AT = re.compile(r"\bestimated\s+(?:at|to\s+be)\s+$")
_ESTIMATED_AFTER = re.compile(r"(?:,?\s+(?:are|were|is|was))?\s+(?:now\s+)?estimated\s+to\b")
_AT_LEAST_AT = re.compile(r"\bat\s+least\s+at\s+$")


def verb_qualifier(low: str, lo: int, start: int, head_end: int) -> str | None:
    """The qualifier the words around an unqualified count give it, or None."""
    before = low[(start - 16 if start - 16 > lo else lo):start]
    if before.endswith(("passed ", "exceeded ", "topped ", "crossed ", "the ")) and _PASSED.search(before):
        return "more_than"
    if before.endswith(("at ", "be ")):
        if _AT_LEAST_AT.search(before):
            return "at_least"
        if _ESTIMATED_AT.search(before):
            return "about"
    if "estimated" in low[head_end:head_end + 24] and _ESTIMATED_AFTER.match(low, head_end):
        return "about"
    return None


# A people counted by its name ("5.5 million Haitians", "300,000 Syrians have returned") names its
# country, for a count whose sentence names no place. Not the peoples whose writers give a
# territory rather than a state (Palestinians: Gaza; Rohingya: Rakhine or the camps; Armenians:
# Karabakh), nor those who are mostly counted as hosts' guests abroad by the sentence's place.
_PEOPLE_PLACES: dict[str, str] = {}
for _country, _people in PEOPLES.items():
    if _people not in _PEOPLE_PLACES and _people not in ("palestinians", "rohingya", "armenians", "israelis"):
        _PEOPLE_PLACES[_people] = " ".join(w if w in ("of", "the") else w.capitalize() for w in _country.split())
_PEOPLE_PLACES.update({"congolese": "DRC", "turks": "Turkey", "burkinabe": "Burkina Faso"})
_PEOPLE_AFTER = re.compile(
    r"\s+(?:more\s+|other\s+|of\s+them\s+)?(?P<people>"
    + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in _PEOPLE_PLACES), key=len, reverse=True))
    + r")(?![\w'’-])(?!\s+(?:refugees|peacekeepers|soldiers|troops|nationals|citizens|civilians|children|women|men|"
    r"people|workers|staff|migrants|asylum|returnees|families|fighters)\b)")
# a host before the count ("Turkey hosts 3.6 million Syrians", "home to 120,000 Sudanese"): the host is the place
_HOST_BEFORE = ("host", "home to", "shelter", "house", "receiv", "welcom", "tak")


def people_place(low: str, start: int, number_end: int) -> str | None:
    """The country of a people counted right after a number ("2.3 million South Sudanese"), or None
    (a people named as an adjective, "two Chinese peacekeepers", or hosted abroad, is no place)."""
    m = _PEOPLE_AFTER.match(low, number_end)
    if m is None or any(w in low[(start - 40 if start > 40 else 0):start] for w in _HOST_BEFORE):
        return None
    return _PEOPLE_PLACES[" ".join(m.group("people").split())]
