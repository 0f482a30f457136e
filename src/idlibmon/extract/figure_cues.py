"""More of the wording that tells what a count counts, kept apart from `figures` so each rule
is small and named after the reporting habit it reads (`figures` calls these at a few hooks).

- Aid reach and need in everyday verbs: "have received hot meals", "supporting 800,000 …",
  "cutting supply to 500,000", "vaccinated 300,000", "remain without any shelter", "lack
  access to clean water" count people who need or get aid (in_need).
- Displacement told by a verb phrase the main grammar lacks: "forced out another 20,000",
  "a further 25,000 have sought shelter".
- Missing, detained and abducted people are neither killed nor injured: "with 120 missing",
  "believed buried under rubble", "25,000 people have been arrested" (other).
- Anaphora: "put the figure at nearly 300", "the UN's own figure is lower, at 1,100" go on
  counting what was counted just before; "while around 400,000 have gone to northern Aleppo"
  is one more part of the displaced whole the clause before split up.
- Noun phrases the main grammar does not read: "183 HTS and allied fighters", "40,000 new
  arrivals"; a bare count before a verb of need ("18 million face acute hunger").
- A country that "has received", "hosts" or "has registered" a count takes in people from
  abroad: "Egypt has received some 280,000 people", "… has registered 500,000 arrivals".
- A headline's "flee" over the body's refugees ("65,000 flee" over "65,000 refugees have
  poured into Armenia") is the same figure.
"""


from __future__ import annotations

import re
from collections.abc import Sequence

from idlibmon.extract.alternation import after_gap_scanner, first_letter_scanner, optional_as_branch, word_spans
from idlibmon.extract.countries import COUNTRY, COUNTRY_OR_ITS

Trigger = tuple[int, int, str]

_COUNT_NEXT = (r"(?=\s+(?:an?\s+)?(?:estimated\s+|some\s+|about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+"
               r"|close\s+to\s+|roughly\s+|approximately\s+|at\s+least\s+|a\s+total\s+of\s+)?\d)")
# Each category's phrases, as compact alternatives (no white space: see `alternation`).
_CUES: dict[str, list[str]] = {
    "in_need": [
        # "2.1 million people are in Emergency (IPC Phase 4)": the food-security scale of need
        r"in\s+(?:crisis|emergency|catastrophe|famine)(?=\s+\(?ipc\b)",
        r"ipc\s+phase\s*\d",
        r"receiv(?:ed|ing|es?)\s+(?:[a-z'-]+\s+){0,4}?(?:meals|rations|kits|food\s+baskets|baskets|parcels|vouchers|"
        r"cash|blankets|tents|items|supplies|assistance|aid|shelter|water|medicines?|vaccines?|vaccinations)",
        r"(?:supports?|supported|supporting|assists|assisting|serves|serving|targets|feeds?)" + _COUNT_NEXT,
        r"suppl(?:y|ies)\s+(?:to|for)",
        r"(?:vaccinat|immuni[sz])(?:ed|ing|es|e)" + _COUNT_NEXT,
        r"(?:lack(?:s|ed|ing)?\s+(?:of\s+)?|(?:do|does|did)\s+not\s+have\s+|(?:have|has|had|with)\s+no\s+)(?:access\s+to\s+)?"
        r"(?:(?:safe|clean|adequate|sufficient|basic|enough|proper)\s+)*(?:(?:drinking|winter|winterisation|"
        r"hygiene|medical|food|relief|essential)\s+)?"
        r"(?:water|food|shelter|health\s*care|medical\s+care|assistance|aid|supplies|items|clothing|heating|fuel|"
        r"medicines?|kits|blankets|sanitation)",
        r"(?:trucking|distributions?|deliveries|rations)\s+(?:[a-z-]+\s+){0,2}?(?:for|to)",
        r"hand(?:ed|ing|s)?\s+out\s+(?:[a-z'-]+\s+){0,3}?to",
        r"given\s+out\s+to",
        r"(?:not\s+know|unsure|uncertain)\s+where\s+(?:their|the)\s+next\s+meal",
        r"without\s+(?:(?:any|adequate|proper|basic|safe|clean|regular|reliable|sufficient|enough|drinking)\s+){0,3}"
        r"(?:shelter|food|assistance|aid|water|access\s+to\s+(?:(?:safe|clean|basic|adequate)\s+)?"
        r"(?:aid|assistance|health\s*care|medical\s+care|food|water|drinking\s+water|shelter))",
    ],
    "displaced": [
        r"(?:forced|driven|pushed|chased)\s+out(?!\s+of\b)",
        r"(?:sought|seeking|seek|found|finding)\s+shelter",
        r"bus(?:s)?ed\s+(?:out|to|from|away|north|south)",  # evacuation deals: "35,000 … were bused to Idlib"
        r"carrying" + _COUNT_NEXT,  # a convoy of buses "carrying about 5,000 people"
        # people without a roof after fleeing: most sets count them as displaced (blind7, 18, 19, 20; blind8 and
        # blind14 said in_need)
        r"(?:sleeping|sleep|sleeps|slept)\s+(?:rough|outdoors|outside|in\s+the\s+open)",
    ],
    "refugees": [
        rf"enter(?:ed|ing|s)?(?=\s+(?:neighbou?ring\s+)?{COUNTRY})",  # "more than 230,000 have entered Moldova"
    ],
}
# Run on ASCII-lowercased text, like `figures._TRIGGERS`: the full pattern says the category,
# a scanner regrouped by first letter finds where to try it (most word starts cannot match).
_EXTRA_TRIGGERS = re.compile(
    r"\b(?:" + "|".join(f"(?P<{cat}>(?:{'|'.join(alts)})\\b)" for cat, alts in _CUES.items()) + ")"
)
_EXTRA_AT = re.compile(first_letter_scanner([f"(?:{alt})\\b" for alts in _CUES.values() for alt in alts]))
_EXTRA_AFTER_GAP = re.compile(after_gap_scanner([f"(?:{alt})\\b" for alts in _CUES.values() for alt in alts]))


def extra_triggers(low: str, lo: int, hi: int, triggers: list[Trigger]) -> list[Trigger]:
    """`triggers` (sorted by start) with the cues above added where they overlap none."""
    extra = []
    for start, _end in word_spans(_EXTRA_AT, _EXTRA_AFTER_GAP, low, lo, hi):
        m = _EXTRA_TRIGGERS.match(low, start, hi)
        if m is not None:
            extra.append((m.start(), m.end(), m.lastgroup or ""))
    if not extra:
        return triggers
    kept = [t for t in extra if not any(s < t[1] and t[0] < e for s, e, _ in triggers)]
    return sorted([*triggers, *kept]) if kept else triggers


# "with 120 missing", "105 are still missing", "2,000 people remain unaccounted for", "10,000 others
# believed buried under rubble": not (yet) counted among the dead
_MISSING_AFTER = re.compile(
    r"(?:\s+(?:people|persons|civilians|others|children|women|men|residents|migrants))?"
    r"(?:\s+(?:are|were|is|was|remain|remained|have\s+been|had\s+been|being))?"
    r"(?:\s+(?:still|now|also|reportedly|officially|listed\s+as|reported))?\s+(?:missing(?!\s+out\b|\s*:)|unaccounted\s+for"
    r"|(?:(?:believed|presumed|thought|feared)\s+(?:to\s+be\s+)?)?(?:buried|trapped)\s+(?:under|beneath|in\s+(?:the\s+)?(?:rubble|debris|ruins|collapsed)))\b"
)


_MISSING_LABEL = re.compile(r"\b(?:missing|unaccounted\s+for)(?:\s+(?:people|persons))?\s*[:|]\s*$")


def missing(low: str, number_end: int, start: int = 0) -> bool:
    """Does the count right after the number say the people are missing, or a label before
    it ("Missing: 300", the number starting at `start`)?"""
    tail = low[number_end:number_end + 80]  # cheap tests first: most numbers have none of these words
    if ("missing" in tail or "unaccounted" in tail or "buried" in tail or "trapped" in tail) \
            and _MISSING_AFTER.match(low, number_end) is not None:
        return True
    return start > 0 and low[(start - 3 if start > 3 else 0):start].rstrip().endswith((":", "|")) \
        and _MISSING_LABEL.search(low, (start - 30 if start > 30 else 0), start) is not None


# "put the figure at nearly 300", "the number has since risen to 1,200", "the tally stood at 85"
_ANAPHORIC_HEAD = re.compile(
    r"\b(?!a\s+total\b)(?:the|a|an|its|their|his|her)\s+(?:[a-z.]+['’]s\s+)?"  # "a total of 300" opens a count
    r"(?:(?:own|overall|total|new|latest|official|updated|same|comparable|real|actual|true|higher|lower|separate|"
    r"different|revised|final|much|far|slightly)\s+){0,3}(?:figure|number|tally|count|total|estimate|losses)"
    r"(?:,?\s+(?:has|had|have|was|is|stood|stands|now|since|already|also|just|been|even|much|far|slightly|lower|"
    r"higher|smaller|larger|put|closer|close|nearer|revised|later|down|up|downwards?|upwards?))*"
    r",?\s+(?:at|to|of|was|is|stood|stands|reached|hit|topped|(?:risen|climbed|grown|jumped|rose|grew|fell|fallen|dropped)\s+to)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost|roughly|close\s+to|closer\s+to|"
    r"nearer\s+to|an\s+estimated)\s+)?$"
)


def anaphoric_figure(low: str, lo: int, start: int) -> bool:
    """Is the number the value of "the figure" / "the number" with no noun of its own, so it
    goes on counting what was counted just before?"""
    return _ANAPHORIC_HEAD.search(low, (start - 90 if start - 90 > lo else lo), start) is not None


# "around 400,000 have gone to northern Aleppo", "while 120,000 moved on to Afrin", "while another
# 60,000 or so are in the area of Quneitra": a part of the same people, somewhere else
_MOVED_ON = re.compile(
    r"(?:\s+or\s+so)?\s+(?:(?:(?:have|has|had)\s+(?:since\s+|also\s+)?)?(?:gone|went|moved|headed|relocated|travelled|traveled|"
    r"made\s+their\s+way)(?:\s+on)?\s+(?:in)?to\b"
    r"|(?:are|were|remain|remained|have\s+gathered|are\s+gathered|gathered|are\s+staying|are\s+sheltering)\s+(?:now\s+|still\s+)?"
    r"(?:in|near|at|around|along|inside)\s+(?!need\b|hospital\b|detention\b|custody\b)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})"
)
# what stands right before the part: a clause break or a conjunction, then maybe a hedge
_PART_LINK = re.compile(
    r"(?:^|[,;.]|\b(?:and|while|whereas|but|with)\b)[\s,]*"
    r"(?:(?:another|a\s+further|further|some|about|around|nearly|almost|over|more\s+than|an\s+estimated)\s+)?$"
)


def moved_part(low: str, number_end: int, gap: str, prev_category: str | None) -> int | None:
    """A bare count that moved somewhere, listed right after a count of displaced people or
    refugees: one more part of the same people ("550,000 of them have moved into …, while
    around 400,000 have gone to …"). Returns where the move's words end, or None."""
    if prev_category not in ("displaced", "refugees") or len(gap) > 240 or _PART_LINK.search(gap[-40:]) is None:
        return None
    m = _MOVED_ON.match(low, number_end)
    return m.end() if m else None


# "183 HTS and allied fighters", "40 opposition and jihadist fighters": a modifier pair before the noun
# (the first modifier is no lowercase plural: "15 hospitals and health workers" lists two things)
_PAIRED_MODIFIER = re.compile(
    r"[ \t]+(?![a-z]+s\b)[A-Za-z][\w'’-]*\s+(?:and|&)\s+[A-Za-z][\w'’-]*"
    r"(?:[ \t]+[A-Za-z][\w'’-]*)?[ \t]+(?P<noun>fighters|militants|rebels|insurgents|soldiers|troops|militiamen|"
    r"combatants|civilians|gunmen|personnel|policemen)\b"
)


# "40,000 new arrivals", "12,000 Sudanese arrivals": people, counted by their coming
_ARRIVALS = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){0,2}?[ \t]+arrivals\b")


def paired_head_end(text: str, number_end: int, limit: int) -> int | None:
    """End of a people noun phrase the main grammar does not read: coordinated modifiers
    ("183 HTS and allied fighters") or arrivals with a modifier ("40,000 new arrivals")."""
    m = _PAIRED_MODIFIER.match(text, number_end, limit) or _ARRIVALS.match(text, number_end, limit)
    return m.end() if m else None


def restated_in_body(value: float, unit: str, category: str, body: Sequence[tuple[float, str, str]]) -> bool:
    """A headline's "flee" is the loose word for the border crossing the body reports: the
    same count there as refugees is the same figure ("65,000 flee …" over "65,000 refugees
    have poured into Armenia"). Any other pair of categories is two facts."""
    return category == "displaced" and any(v == value and u == unit and cat == "refugees" for v, u, cat in body)


# "Egypt has received some 280,000 people", "Chad hosts 600,000", "Ethiopia has registered 50,000 arrivals"
_COUNTRY_RECEIVES = re.compile(
    # the country itself, after an aside ("Armenia, a country of 2.8 million people, has …"), or its
    # government speaking of itself ("Armenia's government said it had registered …")
    rf"\b(?:{COUNTRY}(?:,\s+(?:a|an|the)\s+[^,;]{{1,50}},)?|{COUNTRY_OR_ITS}\s+(?:government|authorities|officials)"
    r"\s+(?:said|says|reported)(?:\s+that)?\s+it)"
    r"(?:\s+(?:alone|itself))?\s+(?:(?:has|have|had|is|was)\s+)?(?:(?:already|now|so\s+far|also)\s+)?"
    r"(?:received|registered|hosts|hosted|hosting|taken\s+in|took\s+in|takes\s+in|welcomed|admitted|accepted)\s+$"
    # "… into Rwanda, where the authorities reported some 1,200 new arrivals"
    rf"|\b{COUNTRY},\s+where\s+(?:the\s+)?(?:authorities|officials|government)\s+(?:have\s+|had\s+)?"
    r"(?:reported|registered|recorded|counted)\s+$"
)


_RECEIVES_ENDS = ("received", "registered", "hosts", "hosted", "hosting", " in", "welcomed", "admitted", "accepted",
                  "reported", "recorded", "counted")


def country_receives(low: str, lo: int, start: int) -> bool:
    """Is the count the object of a country taking people in? They crossed its border. A part of a
    country ("north-west Syria hosts 4.5 million people") takes in its own people: no border."""
    if not low[(start - 14 if start - 14 > lo else lo):start].rstrip().endswith(_RECEIVES_ENDS):
        return False  # every form ends with its verb right before the count: most counts are ruled out here
    m = _COUNTRY_RECEIVES.search(low, (start - 110 if start - 110 > lo else lo), start)
    return m is not None and _COMPASS_BEFORE.search(low, max(lo, m.start() - 14), m.start()) is None


_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+$")


# Verbs of need that the main grammar might take for a noun after a bare number
_NEED_VERB = re.compile(
    r"[ \t]+(?:still\s+)?(?:face|faces|facing|suffer|suffers|suffering|lack|lacks|lacking|depend|depends|rely|relies|"
    r"risk|risks|struggle|struggles|go\s+hungry|went\s+hungry|wake\s+up\s+hungry|go\s+to\s+bed\s+hungry)\b"
)


def verb_follows(low: str, number_end: int, limit: int) -> bool:
    """Is the bare number the subject of a verb of need ("18 million face acute hunger")?"""
    return _NEED_VERB.match(low, number_end, limit) is not None


# "1.2 million are in Poland, 300,000 in Hungary and 250,000 in Moldova": each count in its place
_PLACE = r"(?:in|to|into|inside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}"
_PLACE_ITEM_BEFORE = re.compile(
    r"\s*(?:(?:are|were|is|was|remain|live|stay|have\s+gone|went|have\s+arrived|arrived)\s+)?(?:now\s+)?"
    + _PLACE + r"\s*(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+(?:and|while)\s+)"
    r"(?:(?:another|a\s+further|some|about|around|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?"
)
_PLACE_ITEM_AFTER = re.compile(r"\s+" + _PLACE + r"\b")


def place_list_item(text: str, prev_head_end: int, start: int, number_end: int) -> bool:
    """Is the bare count one more item of a list of counts by place, after one that said what
    it counts ("1.2 million are in Poland, 300,000 in Hungary and 250,000 in Moldova")?"""
    return (start - prev_head_end <= 80 and _PLACE_ITEM_BEFORE.fullmatch(text, prev_head_end, start) is not None
            and _PLACE_ITEM_AFTER.match(text, number_end) is not None)


# "more than 25,000 people have been arrested", "240 are held captive": counted, but neither dead nor hurt
_HELD_AFTER = re.compile(
    optional_as_branch(r"(?:\s+(?:have|has|had))?(?:\s+(?:been|were|was|are|is|remain|remained))?(?:\s+(?:reportedly|also|still|now|since))?"
    r"\s+(?:arrested|detained|abducted|kidnapped|imprisoned|jailed|taken\s+(?:hostage|captive|prisoner)|"
    r"held\s+(?:captive|hostage|in\s+detention)|(?:forcibly\s+)?disappeared|in\s+detention)\b")
)


# The words `_HELD_AFTER` can open with (after white space): most counts are followed by none
# of them ("people", "killed"), and a look at the next word is far cheaper than the pattern,
# whose optional parts make it try eight ways before it fails.
_HELD_FIRST = ("have", "has", "had", "been", "were", "was", "are", "is", "remain", "reportedly", "also", "still", "now",
               "since", "arrested", "detained", "abducted", "kidnapped", "imprisoned", "jailed", "taken", "held",
               "forcibly", "disappeared", "in")


def held(low: str, head_end: int) -> bool:
    """Is the count's own predicate an arrest, an abduction or a detention?"""
    j = head_end
    n = len(low)
    while j < n and low[j].isspace():
        j += 1
    if j == head_end or not low.startswith(_HELD_FIRST, j):
        return False  # the pattern opens with white space, then one of these words
    return _HELD_AFTER.match(low, head_end) is not None


# ---- facilities counted as a part or a share ------------------------------------------------

# "remain functional", "are operating at normal capacity": the state of facilities still working
FACILITY_STATE = re.compile(
    r"\b(?:functional|functioning|operational|operating|working|open|running)\b"
)
_FACILITY_WORDS = (
    r"(?:(?:health(?:\s+care|care)?|medical|healthcare|education(?:al)?|primary\s+health\s+care)\s+"
    r"(?:facilities|centres|centers|units)|hospitals|clinics|schools|bakeries|facilities|health\s+centres|health\s+centers)"
)
# "40 per cent of (the country's) health facilities"
_SHARE_OF = re.compile(
    rf"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[a-z-]+['’]s\s+)?(?:[a-z-]+\s+){{0,2}}?{_FACILITY_WORDS}\b"
)
_SHARE_OF_OTHER = re.compile(r"\s+of\s")
_SUBJECT_VERB = re.compile(r"\s+(?:had|have|has|were|was|are|is|remain|remained)\b")
_FACILITY_BEFORE = re.compile(rf"\b{_FACILITY_WORDS}\b")


_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def facility_share(low: str, lo: int, number_end: int, start: int, hit: re.Pattern[str],
                   chained: bool = False) -> bool:
    """Is a percentage a share of facilities hit or out of service ("nearly 70 per cent of
    hospitals had been looted"; "Teams visited 106 clinics. Nearly 70 per cent had been
    looted")? A share still working ("only 20 percent of health facilities are fully
    functioning") counts none hit, and a share of anything else ("of homes", "of the
    population") is no facility count either.
    `chained`: a share just before in the sentence was one ("…, and 30 per cent damaged")."""
    window = low[number_end:number_end + 120]
    m = _SHARE_OF.match(low, number_end)
    if m is not None:
        tail = low[m.end():m.end() + 100]
        stop = _CLAUSE_END.search(tail)  # the share's own clause: "… are fully functional. Several have been looted"
        h = hit.search(tail[:stop.start()] if stop else tail)
        # the share's verb says it still works ("are fully functional, many of the rest looted"): none hit
        return h is not None and FACILITY_STATE.search(tail, 0, h.start()) is None
    if _SHARE_OF_OTHER.match(low, number_end) or not _SUBJECT_VERB.match(low, number_end):
        return False
    if not (chained or start - lo < 40) or _FACILITY_BEFORE.search(low, (start - 250 if start > 250 else 0), start) is None:
        return False
    return bool(hit.search(window[:60]))


# ---- label lines ------------------------------------------------------------------------------

# "People in need in the north-west (pre-escalation): 4.2 million", "Sagaing: 195,000": a label,
# a colon, and the number (its hedge included) right after
_LABEL_LINE = re.compile(r"[ \t•*·▪-]*[A-Za-z][^:\n\d|]{1,80}:[ \t]*")
_LABEL_UNIT = re.compile(r"\b(?:families|households)\b")
_COUNTRY_LABEL = re.compile(rf"[ \t•*·▪-]*{COUNTRY}[ \t]*:[ \t]*")


def label_start(text: str, start: int) -> int | None:
    """Where the label of a key-figure line begins, when the number (from `start`) comes right
    after "Label:" at the start of its line; else None."""
    ls = text.rfind("\n", 0, start) + 1
    return ls if start - ls <= 90 and _LABEL_LINE.fullmatch(text, ls, start) else None


def label_unit(low: str, ls: int, start: int) -> str | None:
    """ "Displaced families (preliminary): 11,000": the unit the label names."""
    m = _LABEL_UNIT.search(low, ls, start)
    return m.group() if m else None


def country_label(low: str, ls: int, start: int) -> bool:
    """ "Chad: approximately 100,000 arrivals": the line counts people in that country."""
    return _COUNTRY_LABEL.fullmatch(low, ls, start) is not None


_BLOCK_LINE = re.compile(r"[ \t•*·▪-]*[A-Za-z](?:[^:\n\d|()]|\([^()\n]{0,40}\)){1,80}:[ \t]*[^\n]*\d")


def heading_of(text: str, ls: int, limit: int = 8) -> tuple[int, int] | None:
    """The heading above a block of label lines ("Displacement figures (27 Oct - 16 Nov)" over
    "Northern Shan: 90,000", "Sagaing: 195,000"): the span of the first line above that is no
    "label: number" line, or None when the block runs longer than `limit` lines."""
    end = ls - 1  # the newline before the line
    for _ in range(limit):
        if end <= 0:
            return None
        s = text.rfind("\n", 0, end) + 1
        line = text[s:end]
        if not line.strip():
            end = s - 1
            continue
        if _BLOCK_LINE.match(line):
            end = s - 1  # one more line of the block
            continue
        return (s, end)
    return None


# ---- aid handed to a count --------------------------------------------------------------------

_TO_BEFORE = re.compile(r"\bto\s+$")
_HANDED_OUT = re.compile(
    r"\b(?:distribut(?:ed|ing|es|e)|deliver(?:ed|ing|s)?|provid(?:ed|ing|es|e)|dispatch(?:ed|ing)|hand(?:ed|ing|s)?\s+out|"
    r"gave|given|giving|suppl(?:ied|ying|ies|y))\b"
)


def aid_handed_to(low: str, lo: int, start: int) -> bool:
    """ "have distributed core relief items — blankets, mattresses and winter clothes — to 41,200
    people": aid handed to the count, however long the list of items between."""
    return _TO_BEFORE.search(low, (start - 4 if start - 4 > lo else lo), start) is not None \
        and _HANDED_OUT.search(low, (start - 200 if start - 200 > lo else lo), start) is not None


# ---- a count that leaves its verb out ------------------------------------------------------------

_ELLIPSIS_LINK = re.compile(
    r"[^\d;:]*?,?\s+(?:and|while|with|but)\s+(?:(?:another|a\s+further|some|about|around|nearly|almost|over|more\s+than|"
    r"roughly|up\s+to|at\s+least|an\s+estimated)\s+)?"
)
_ELLIPSIS_PLACE = re.compile(
    r"\s+(?:in|across|throughout|inside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}"
    r"(?:\s+(?:as\s+a\s+whole|alone|combined|overall|in\s+total))?\s*(?:[.;)]|,\s|$)"
)


# "… killed in eastern Aleppo since 15 November, along with 142 in the western districts"
_ALONG_WITH = re.compile(
    r"(?:,\s*|\s+)(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+(?:(?:another|a\s+further|some|about|around|"
    r"nearly|almost|over|more\s+than|roughly|up\s+to|at\s+least|an\s+estimated)\s+)?$"
)


def along_with(low: str, lo: int, start: int) -> bool:
    """Is a bare count added to the count before it ("along with 142 in …")? Then it counts the same."""
    return _ALONG_WITH.search(low, (start - 40 if start - 40 > lo else lo), start) is not None


def elliptic_place(text: str, prev_head_end: int, start: int, number_end: int) -> bool:
    """ "400,000 people have been displaced in North Kivu since January, and about 6.5 million
    across Congo as a whole": a bare count and a place, the verb left out, count what the count
    before it in the sentence counts."""
    return start - prev_head_end <= 160 and _ELLIPSIS_LINK.fullmatch(text, prev_head_end, start) is not None \
        and _ELLIPSIS_PLACE.match(text, number_end) is not None


_PLACE_LABEL = re.compile(r"[ \t•*·▪-]*((?:[A-Z][\w'’.-]*|and|of|the|southern|northern|eastern|western|central)"
                          r"(?:[ \t]+(?:[A-Z][\w'’.-]*|and|of|the|southern|northern|eastern|western|central))*)[ \t]*:[ \t]*")


def label_place(text: str, ls: int, start: int) -> str | None:
    """The place a key-figure line is labelled with ("Kayah and southern Shan: 40,000"), or None
    when the label is no name (its first word not capitalised)."""
    m = _PLACE_LABEL.fullmatch(text, ls, start)
    return m.group(1) if m and m.group(1)[0].isupper() else None
