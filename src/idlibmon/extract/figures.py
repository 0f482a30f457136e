"""Key figures: which numbers count people displaced, killed, in need … and how sure the text is.

A number becomes a figure by what it counts in its sentence. First the noun it quantifies
("235,000 *people*", "53 *health facilities*", "12 *villages*", "900,000 *IDPs*"); an
unknown noun ("30 air strikes", "400 trucks") means it is not a key figure. Then the category
trigger nearest to it in its clause ("have *fled*", "*killing* 23", "the *death toll* rose to",
"*home to*", "*in need of* assistance"). A number in an "including …" aside counts what its
head counts ("12 people, including five children, were killed") unless it has its own
predicate ("including 528,000 who fled abroad"); an aside never decides what the head counts
("3 million people, including 1.5 million IDPs, live …"; "…, a third of the population, need …").
Aid reaching people makes them in_need whatever else they are ("reached 780 displaced families");
crossing a border makes refugees ("fled Ukraine", see `countries`); "displacements" are counted
moves, kept as displaced with unit `other`. A bare number with no word of its own goes on
counting what the count before it counts when the text leaves the verb out ("Hungary has
received 190,000, Slovakia 140,000"), restates it ("a million people - 960,000 - fled") or
compares with it ("need aid, up from 15.8 million"); an organisation's name ("Norwegian
Refugee Council") is no trigger.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from idlibmon.extract.alternation import compact, first_letter_scanner, regroup, split_top
from idlibmon.extract.countries import COUNTRY, PEOPLE, people_of
from idlibmon.extract.numbers import Number, find_numbers
from idlibmon.extract.sources import Sources
from idlibmon.extract.text import Span, ascii_lower, inside
from idlibmon.models import Figure, Period

# ---- what the number counts ---------------------------------------------------------------

_PERSON = (
    r"people|persons?|civilians?|individuals|children|child|kids|minors|women|men|boys|girls|babies|infants|"
    r"residents|inhabitants|Syrians|villagers|patients|students|pupils|staff|workers|medics|doctors|nurses|"
    r"journalists|volunteers|rescuers|fighters|militants|rebels|insurgents|jihadists|soldiers|troops|servicemen|"
    r"personnel|members|combatants|officers|policemen|police|gunmen|detainees|prisoners|victims|others|lives|"
    r"Palestinians|Kurds|Turks|Russians|Iraqis|foreigners|nationals|mothers|elderly|newborns|teachers|inmates|"
    r"migrants|toddlers|adults|youths|teenagers|adolescents|orphans|farmers|shepherds|passengers|worshippers|"
    r"shoppers|protesters|demonstrators|pedestrians|aid\s+workers|humanitarians|" + PEOPLE
)
# Soldiers, fighters and detainees are counted as casualties, but a force somewhere is no
# population, and prisoners who escaped are not displaced.
_ARMED = re.compile(
    r"(?:fighters|militants|rebels|insurgents|jihadists|soldiers|troops|servicemen|personnel|combatants|officers|"
    r"policemen|police|gunmen|detainees|prisoners|inmates)$"
)
_FAMILY = r"families|family|households|household"
_FACILITY = (
    r"(?:health(?:\s+care|care)?|medical|healthcare|education(?:al)?|water|primary\s+health\s+care)\s+"
    r"(?:facilities|facility|centres|centers|points|stations|units)|hospitals?|clinics?|schools?|bakeries|"
    r"facilities|health\s+centres|health\s+centers|medical\s+points"
)
_AREA = (
    r"villages?|towns?|communities|localities|neighbou?rhoods|cities|hamlets|settlements|areas|districts|"
    r"sub-?districts|regions|provinces|governorates|states|territories|municipalities|countries"
)
# Places people stay, not people: "400 displacement sites", "60 IDP camps" count no one.
_SITE = r"sites?|camps?|shelters|collective\s+centres|collective\s+centers|tents|locations|gatherings"
# Nouns and participles that carry their category themselves. "Displacements" counts
# movements, not people: OCHA's tracking records each move, so one family displaced three
# times is three displacements. It stays `displaced` (what it is about) with unit `other`.
_SELF = (
    r"(?P<s_displaced>IDPs|IDP(?!\s+[a-z])|internally\s+displaced(?:\s+(?:people|persons))?|(?:newly\s+)?displaced"
    r"(?:\s+(?:people|persons|civilians|Syrians|individuals|children|families|households))?"
    r"|(?P<moves>(?:new\s+)?displacements|(?:population\s+)?movements))"
    r"|(?P<s_refugees>(?:Syrian\s+)?refugees|asylum[\s-]seekers)"
    r"|(?P<s_returned>returnees|returned|spontaneous\s+returns?)"
    r"|(?P<s_killed>deaths|dead|fatalities|killed|bodies)"
    r"|(?P<s_injured>injured|wounded|injuries)"
)


def _fast(alternation: str) -> str:
    """A noun list, lowered (`_HEAD` runs on lowered text) and regrouped by first letter."""
    return regroup(compact(alternation.lower()))


_HEAD = re.compile(
    rf"""[ \t]*(?:\+|\))?,?(?:[ \t]*\(?[^()\n]{{0,20}}\))?
    (?:\s+(?!(?:{'|'.join(('have', 'has', 'had', 'were', 'was', 'are', 'is', 'be', 'been', 'will', 'would',
                           'could', 'may', 'of', 'in', 'on', 'at', 'from', 'to', 'and', 'or', 'by', 'with',
                           'for', 'since', 'who', 'which', 'that', 'as', 'than', 'into', 'across', 'during',
                           'over', 'after', 'before', 'while', 'when', 'but', 'remain', 'remained', 'fled',
                           'live', 'living', 'need', 'are', 'reportedly', 'so', 'this', 'last', 'per'))})\b)
        [A-Za-z][\w'’-]*){{0,3}}?
    (?:\s+of\s+(?:the|these|those|its|their|his|her|our)(?:\s+[a-z][\w'’-]*)?|\s+the\s+(?:total\s+)?number\s+of)?
    \s+(?:(?P<self>{_SELF})|(?P<person>{_fast(_PERSON)})|(?P<family>{_FAMILY})|(?P<facility>{_fast(_FACILITY)})
       |(?P<site>{_fast(_SITE)})|(?P<area>{_fast(_AREA)}))\b
    """,
    re.X | re.I,  # anchored at the number, so case-blindness costs little; labels come in capitals
)
# Right after the number: words that mean "no noun here, a verb or preposition follows".
_BARE = re.compile(
    r"""[ \t]*(?:\+|\))?[ \t]*(?:[,;:.!?)\]"'”’–—|(-]|\n|$|\s+(?:more|others?|additional|so\s+far|in\s+total|total|
    altogether|overall|alone|each|now|already|reportedly|have|has|had|were|was|are|is|be|been|will|would|could|may|
    might|of|in|on|at|from|to|and|or|by|with|for|since|who|which|that|as|than|into|across|during|over|after|
    before|while|when|but|remain|remained|flee|fled|fleeing|live|living|need|needing|require|requiring|died|
    returned|out|last|this|across|between|inside|near|within|forced|put|left|hit|cut|shut|lost|went|got|came|
    remain|remains|stay|stays|live|lives|today|yesterday|tonight|daily|annually|weekly|monthly|a\s+day|a\s+week|
    a\s+month|a\s+year|per\s+day|every\s+day|each\s+day|this\s+year|last\s+year|[a-z]+ed|[a-z]+ing)\b)""",
    re.X | re.I,
)

# ---- category triggers in the clause ------------------------------------------------------

# Run on ASCII-lowercased text (`_lower`): without re.I the scan is twice as fast.
_TRIGGERS = re.compile(
    r"""\b(?=[a-zA-Z])(?:
      (?P<displaced>(?:displaced|displacing|displacement|displacements|idps|idp(?!\s+[a-z])|fled(?:\s+(?:their|the)\s+homes?)?|
         flee(?:ing|s)?|uprooted|(?:forced|driven|chased)\s+(?:from|out\s+of)\s+(?:their\s+)?homes?|
         left\s+their\s+homes?|(?:gathered|massed|amassed|stranded|waiting|camped|converged|crowded|huddled|stuck)\s+(?:\w+\s+){0,2}?(?:at|along|on|near|by|against)\s+
           (?:the\s+)?(?:[\w'’()-]+\s+){0,4}?(?:border|frontier)s?\b|(?:were|are|remain(?:ed|s)?|stay(?:ed|ing)?)\s+(?:still\s+|now\s+)?in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?
           (?:shelters|camps|collective\s+(?:centres|centers|shelters)|reception\s+cent(?:re|er)s|displacement\s+sites|tents|evacuation\s+cent(?:re|er)s)\b|left\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|cities|towns?|areas?|villages?|enclave|district|neighbou?rhoods?|capital|camps?|country)\b|forced\s+to\s+(?:leave|flee|abandon)|compelled\s+to\s+(?:leave|flee|abandon)|leav(?:e|ing)\s+their\s+(?:homes?|houses?|villages?|towns?)|
         abandon(?:ed|ing)?\s+their\s+(?:homes?|houses?|villages?|towns?)|los(?:t|ing)\s+their\s+(?:homes?|houses?|villages?|towns?)|(?:from|out\s+of)\s+their\s+homes?|evacuated|relocated|on\s+the\s+move|shelter(?:ing|ed)\s+in|t(?:aken|aking|ook)\s+(?:shelter|refuge)|
         mov(?:ed|ing)(?:\s+on)?(?=\s+(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:areas?|regions?|towns?|cit(?:y|ies)|villages?|
           districts?|sub-?districts?|provinces?|governorates?|countries)\b)|
         mov(?:ed|ing)\s+(?:in)?to\s+(?:\w+\s+){0,3}?(?:reception\s+centres|reception\s+centers|collective\s+(?:centres|centers|shelters)|shelters|camps|tents|displacement\s+sites|informal\s+settlements)|escaped|made\s+homeless|homeless|arrived|arrivals|arriving|arrives?|moving\s+(?:towards?|north)|heading\s+(?:north|towards?))\b)
    | (?P<killed>(?:killed|killing|kill|kills|dead|died|die|dying|deaths?(?:\s+toll)?|toll|fatalities|
         lost\s+their\s+lives|claim(?:ed|ing|s)?(?:\s+the\s+lives\s+of|(?=\s+(?:[\w,]+\s+){0,4}?lives\b))|
         cost(?:ing)?(?:\s+the\s+lives\s+of|(?=\s+(?:[\w,]+\s+){0,4}?lives\b))|lives\s+(?:lost|claimed)|lost(?!\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies|access))|slain|perished|massacred|executed|shot\s+dead|murdered|bodies|drowned|
         froze(?:n)?\s+to\s+death|burn(?:ed|t)\s+to\s+death|starved\s+to\s+death|beaten\s+to\s+death|crushed\s+to\s+death|suffocated)\b)
    | (?P<injured>(?:injured|injuring|injuries|injury|wounded|wounding|hurt|maimed|hospitali[sz]ed|taken\s+to\s+hospital|rushed\s+to\s+hospital|being\s+treated\s+(?:in|at|for)\s+(?:\w+\s+)?(?:hospitals?|injuries|wounds|clinics?)|
         treated\s+(?:in|at|for)\s+(?:\w+\s+)?(?:hospitals?|injuries|wounds|clinics?))\b)
    | (?P<population>(?:home\s+to|population(?:\s+of)?|before\s+the\s+(?:war|conflict|escalation|offensive)|pre-?war|liv(?:e|es|ing)\s+in|
         reside(?:s|nt)?\s+in|live(?=\s*[.,;)]|\s+(?:there|here|today|now)\b)|trapped\s+(?:in|inside)|hosts|host|hosting|hosted|(?:province|city|town|region|area|governorate|enclave|district|pocket)\s+of)\b)
    | (?P<refugees>(?:refugees?|under\s+temporary\s+protection|temporary\s+protection|(?:sought|seeking|seek)\s+(?:refuge|asylum)|asylum|
         cross(?:ed|ing|es)?\s+(?:the\s+border\s+)?(?:from\s+[a-z][\w'’-]*\s+)?into|cross(?:ed|ing|es)?\s+(?:the\s+|an\s+)?(?:international\s+)?border)\b)
    | (?P<in_need>(?:in\s+(?:(?:urgent|acute|dire)\s+)?need|need(?:ing|s|ed)?\s+(?:\w+\s+){0,4}?(?:assistance|aid|help|support|shelter|
         protection|food|water|care|treatment|supplies)|
         affected|affecting|affects|receiv(?:ed|ing|e)\s+(?:\w+\s+){0,3}?
         (?:assistance|aid|food|support|help|rations|supplies)|reach(?:ed|ing|es)?|(?:assist|help|support|target|serve)(?=\s+(?:an?\s+)?(?:another\s+|further\s+|additional\s+)?(?:estimated\s+|some\s+|about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+|nearly\s+)?\d)|(?:damag|destroy|flood)(?:ed|ing)\s+the\s+(?:tents|homes|shelters|houses)\s+of|assisted|beneficiaries|benefited|fed|feeding|cut\s+off|
         with\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|from\s+(?:\w+\s+){0,2}?(?:aid|assistance|deliveries|supplies)|
         (?:assistance|aid|relief|support|kits|supplies|items|rations|baskets|vouchers|cash|food|water|shelter|
         medicines|help|services|blankets|tents|meals|stoves|fuel|mattresses|clothing|clothes|parcels|bread|medicine)
         ,?\s+(?:to|for)|(?:deliver|distribut|provid)(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,5}?to|requir(?:e|es|ing)|
         food[\s-]insecure|targeted\s+with|served|needs\s+(?:of|for)|at\s+(?:imminent\s+|grave\s+|serious\s+|high\s+)?risk|
         acute\s+food\s+insecurity|food\s+insecurity|hunger|famine|starvation|malnutrition|malnourished|out\s+of\s+school|missing\s+out\s+on|
         depend(?:s|ed|ent|ing)?\s+(?:up)?on\s+(?:\w+\s+){0,2}?(?:aid|assistance|relief|rations|handouts)|rel(?:y|ied|ies|ying|iant)\s+(?:up)?on\s+(?:\w+\s+){0,2}?(?:aid|assistance|relief|rations|handouts)|
         los(?:e|es|ing|t)\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|deprived\s+of\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|cut\s+off\s+from\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies))\b)
    | (?P<returned>(?:returned|returning|returnees|(?:gone|went|go|going|come|came)\s+home|c(?:o|a)me\s+back|coming\s+back|return(?:s|ed)?\s+(?:home|to\s+their)|went\s+back|gone\s+back)\b)
    )""",
    re.X,
)


def _scanner_of(triggers: re.Pattern[str]) -> re.Pattern[str]:
    """`_TRIGGERS` regrouped by first letter, without its category groups (see `alternation`)."""
    head = r"\b(?=[a-zA-Z])(?:"
    body = compact(triggers.pattern)
    assert body.startswith(head) and body.endswith(")")
    alternatives = []
    for part in split_top(body[len(head):-1]):  # "(?P<category>(?:…)\b)"
        assert part.startswith("(?P<") and part.endswith(")")
        alternatives.append(part[part.index(">") + 1:-1])
    return re.compile(first_letter_scanner(alternatives))


# Finds where `_TRIGGERS` matches, several times faster; `_TRIGGERS` matched there says the category.
_TRIGGER_AT = _scanner_of(_TRIGGERS)


def _triggers_in(low: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_TRIGGERS.finditer(low, lo, hi)`, found by the scanner (same matches)."""
    out = []
    for f in _TRIGGER_AT.finditer(low, lo, hi):
        m = _TRIGGERS.match(low, f.start(), hi)
        if m is not None:
            out.append(m)
    return out


def _trigger_at(low: str, pos: int, hi: int | None = None) -> re.Match[str] | None:
    """`_TRIGGERS.match` at pos, tried only where the scanner matches (most places it cannot)."""
    end = len(low) if hi is None else hi
    return _TRIGGERS.match(low, pos, end) if _TRIGGER_AT.match(low, pos, end) else None


# After "fled", "fleeing", "arrived": the destination that makes them refugees.
_ABROAD = re.compile(
    rf"""\s+(?:
        (?:from\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:(?:in)?to|across\s+the\s+border\s+(?:in)?to)\s+(?:neighbou?ring\s+)?{COUNTRY}
      | (?:to|into)\s+(?:neighbou?ring|other|third)\s+(?:[a-z]+\s+)?(?:countries|states)
      | abroad|overseas|the\s+country\b|(?:from\s+)?{COUNTRY}
      | across\s+(?:the\s+)?(?:border|frontier)s?(?!\s+(?:area|region|zone|town|village|areas))
    )""",
    re.X,
)
# People at a border are refugees when they are already abroad, migrants on their way on;
# people massed at their own country's border ("hoping to cross into Turkey") are displaced.
_TO_CROSS = re.compile(r"\b(?:migrants?|asylum[\s-]seekers?|(?:to|of)\s+(?:reach|reaching|enter|entering)\s+(?:europe|the\s+eu)\b)")
_ARRIVED_IN = re.compile(rf"\s+in\s+(?:neighbou?ring\s+)?{COUNTRY}")
_HOST_PEOPLE = re.compile(rf"{PEOPLE}$")
_COUNTRY_RE = re.compile(rf"\b{COUNTRY}")
_FACILITY_HIT = re.compile(
    r"\b(?:hit|struck|attacked|attacks?|targeted|bombed|shelled|damaged|destroyed|out\s+of\s+(?:service|action)|"
    r"suspended|closed|shut|non-?functional|forced\s+to\s+(?:close|suspend|shut)|stopped|ceased|affected|"
    r"impacted|evacuated|not\s+functioning|knocked\s+out|looted|ransacked|burn(?:ed|t)|set\s+(?:on\s+fire|ablaze)|"
    r"raided|vandali[sz]ed|occupied|razed|flattened|demolished|damage|damages|suspend|close|stop|cease|"
    r"(?:had|forced|obliged)\s+to\s+(?:suspend|close|stop|shut|cease))\b",
    re.I,
)
_AREA_TAKEN = re.compile(
    r"\b(?:seized|captured|took|taken|retook|retaken|recaptured|overran|overrun|fell|control|gained|advanced|"
    r"entered|swept|lost|emptied|deserted|depopulated|changed\s+hands|fallen|retaken|liberated|stormed)\b",
    re.I,
)
_INCLUDING = re.compile(
    r"(?:\binclud(?:ing|es|ed|e)|\bamong\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed)|\bof\s+whom|\bof\s+them"
    r"|\bof\s+th(?:o|e)se|\bamong\s+th(?:o|e)se)"
    r"[\s,:]*(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost)\s+)?$",
    re.I,
)
_COORD = re.compile(
    r"^[\s,;|]*(?:(?:[\w'’-]+\s+){0,3}?(?:and|or|plus|as\s+well\s+as|including|among\s+(?:them|whom)|along\s+with)\b[\s,]*)?"
    r"(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost|another|a\s+further|further)\s+)?$",
    re.I,
)

# ---- qualifier ----------------------------------------------------------------------------

_ADJACENT_TRIGGER = re.compile(
    r"(?:\s+of\s+(?:whom|them|those))?(?:,?\s+(?:who|that))?\s+(?:(?:have|had|has)\s+)?(?:(?:already|now|since|also)\s+)?"
    r"(?:been\s+|were\s+|was\s+|are\s+|is\s+|remain\s+)?(?:(?:already|now|still|also|reportedly|newly|internally)\s+)?"
)
# "4 million residents …, more than half are displaced": the predicate belongs to the part.
_PART = re.compile(
    r"\b(?:half|a\s+third|two\s+thirds|a\s+quarter|most|the\s+majority|many|none)(?:\s+of\s+them)?\s+"
    r"(?:are|were|is|was|have|had|has|remain)\b"
)
_AUX_AFTER = re.compile(r"\s+(?:(?:more|others?|of\s+them|of\s+which)\s+)?(?:were|was|have|has|had|are|remain)\s+")
_FAMILY_DETAIL = re.compile(r"\b(?:his|her|their|my|our|your)\s+(?:[a-z]+\s+(?:and|&)\s+)?$")
_TO_END = re.compile(r"[^.;]*\bto\s+(?:(?:more\s+than|over|about|some|around|nearly|almost|at\s+least)\s+)?$")
_LIST_MARK = re.compile(r"[,;|]|\b(?:and|or|plus)\b")
_NOT_COORD = re.compile(
    r"\b(?:of\s+(?:whom|them|which|those)|who|whom|which|that|were|was|are|is|have|has|had|been|will|would|"
    r"from|to|than|since|after|before)\b|[a-z]+ed\b",
    re.I,
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)
_TALLY_TO = re.compile(
    r"\b(?:to|at|reach(?:ed|es|ing)?|hit|hits|(?:sur)?pass(?:ed|es|ing)?|top(?:ped|s)|exceed(?:ed|s|ing)?|stood\s+at|stands\s+at|is\s+now|now|of)\s+(?:(?:at\s+least|more\s+than|over|about|some|around|"
    r"nearly|almost)\s+)?$",
    re.I,
)
_TALLY_HEAD = re.compile(
    r"\b(?:(?P<toll>(?:death\s+)?toll)|(?P<population>population)|number|total|tally|count|figure)\b", re.I
)
_LOCATIVE = re.compile(
    r"\s+(?:in|inside|across|of|throughout)\s+(?:the\s+)?(?:[A-Z]|(?:whole\s+|entire\s+)?(?:area|region|province|"
    r"governorate|enclave|pocket|north-?west|de-escalation|city|town|district|country)\b)"
)
_LOC_WORD = r"(?!(?:had|has|have|were|was|are|is|been|be|will|would|who|which|that|and|or|need|needed)\b)[a-z'’-]+"
_ASIDE_OPEN = re.compile(
    rf"(?:\s+(?:in|inside|across|from)\s+(?:the\s+)?{_LOC_WORD}(?:\s+{_LOC_WORD}){{0,2}})?"
    r"\s*[,(–—-]\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\b"
)
# "Nearly a million people - 960,000, according to the UN - have been uprooted": the same count restated.
_RESTATE_OPEN = re.compile(r"\s*(?:[(–—]|\s-)\s*$")
_RESTATE_CLOSE = re.compile(r"(?:,?\s+(?:according\s+to|says|say|said)\s+[^,;()–—]{1,40}?)?\s*(?:[)–—]|-\s)")
# "… need assistance, up from 15.8 million before the war": the earlier value of the same count.
_COMPARED = re.compile(
    r"\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+$|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$"
)
# "Hungary has received more than 190,000, Slovakia about 140,000": a list of places, each
# with its own count of what the sentence before counted.
_ELLIPTIC = re.compile(
    r"[\s,;]*(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){1,4}(?:(?:alone|itself)\s+)?"
    r"(?:(?:has|have|had|is|was)\s+)?(?:(?:already|now|so\s+far)\s+)?(?:(?:received|hosts|hosted|hosting|taken\s+in|took\s+in|"
    r"registered|recorded|counted|admitted|welcomed|accepted|reported)\s+)?"
)
_APPOSITIVE = re.compile(
    r"\s*(?:[,(–—]|\s-)\s*(?:or\s+)?(?:(?:nearly|almost|about|around|some|roughly|more\s+than|over|just\s+(?:over|under)|less\s+than)\s+)?"
    r"(?:half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|one\s+quarter|three\s+quarters|a\s+fifth|a\s+tenth|"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|[a-z]+(?:[\s-][a-z]+)?\s+(?:per\s*cent|percent))\s+of\s+[^,;()–—.]{1,50}?(?:[,)–—]|\s-\s)"
)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|this|that)?\s*(?:[a-z-]+['’]s\s+)?(?:(?:estimated|total|some)\s+)?")
_ASIDE_CLOSE = re.compile(r"[,)–—;]| - ")
_PART_OF = re.compile(
    r"\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|most|the\s+majority)\s+of\s+"
    r"(?:the|these|those|its|their)\s+$"
)
# "Of the 3 million people …" opening the sentence: the number is a whole whose part comes next.
_WHOLE_OPENING = re.compile(
    r"[ \t\n\"'“‘\-•*]*(?:of the|of these|of those|of an estimated|of some|of about)[ \t\n\"'“‘\-•*]*"
)
# A key-figure box line: nothing but spacing and bullets around the number.
_BOX_TAIL = re.compile(r"[ +.:]*")
_BOX_HEAD = re.compile(r"[ •*\-|]*")
# The words each end-anchored pattern can end with (before trailing white space): see `_ends`.
_SPACES = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())  # what `\s` matches
_QUAL_WORDS = ("least", "than", "over", "about", "some", "around", "nearly", "almost")
_PART_OF_ENDS = ("the", "these", "those", "its", "their")
_TALLY_TO_ENDS = ("to", "at", "reach", "reached", "reaches", "reaching", "hit", "hits", "pass", "passed", "passes",
                  "passing", "topped", "tops", "exceed", "exceeded", "exceeds", "exceeding", "now", "of", *_QUAL_WORDS)
_INCLUDING_ENDS = ("including", "includes", "included", "include", "them", "whom", "those", "dead", "victims", "killed",
                   "these", *_QUAL_WORDS)
_COMPARED_ENDS = ("from", "with", "to", "against", "versus", "vs", "vs.")
_AUX = re.compile(r"\b(?:have|has|had|are|were|is|was|remain|remained|remains)\b")
_REACH_GAP = re.compile(r"[^,;:.\d]{1,40}")
_CLAUSE_BREAK = re.compile(r",\s*(?:yet|but|while|whereas|although|though)\b|;")
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|mum|dad)s?\s+of\s+$")
_RESIDENTS_END = re.compile(r"\b(?:residents|inhabitants)$")
_WORD = re.compile(r"[a-z]+")
_RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|hour|night)\b|\s+daily\b")
_CAPACITY_ENDS = ("for", "of", "to", "about", "some")  # the words `_CAPACITY` can end with
_CAPACITY = re.compile(r"\b(?:designed|built|meant|intended|planned|equipped)\s+for\s+(?:up\s+to\s+|about\s+|some\s+)?$"
                       r"|\bcapacity\s+(?:of|for)\s+(?:up\s+to\s+|about\s+|some\s+)?$")
_SHELTER_SUBJECT = re.compile(
    r"\b(?:camps?|(?:transit|reception|collective)\s+(?:centres?|centers?|sites?)|shelters?|schools?|mosques?|"
    r"displacement\s+sites?|sites?)\b"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:the|these|those|its|of|for|to|among|on|with|from|affecting|affects|threatening|threatens|endangering|"
    r"endangers|protect|protecting)\s+$"
)
_ORG_AFTER = re.compile(
    r"\s+(?:Council|Agency|Commission|Commissioner|International|Committee|Board|Office|Services?|Fund|Foundation|"
    r"Centre|Center|Organi[sz]ation|Network|Project|Programme|Program|Alliance|Coalition|Institute|Monitoring|"
    r"Tracking|Matrix|Response|Cluster|Working)\b"
)
_ORG_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
_FAMILY_END = re.compile(r"(?:families|households)$")
_FACILITY_NOUN = re.compile(rf"\b(?:{_FACILITY})\b", re.I)
_FACILITY_LABEL = re.compile(rf"[\s•*-]*(?:[\w'’-]+\s+){{0,3}}?(?:{_FACILITY})\b[^:\n\d]{{0,40}}:\s*", re.I)


def _for_lowered(p: re.Pattern[str]) -> re.Pattern[str]:
    """`p` for ASCII-lowercased text (`low`, same offsets): literals lowered, no re.I, which
    makes every match attempt about twice as fast."""
    return re.compile(p.pattern.lower().replace("(?p<", "(?P<"), p.flags & ~re.I)


# These run on `low` only.
_HEAD, _BARE, _FACILITY_HIT, _AREA_TAKEN, _INCLUDING, _OF_THEM, _TALLY_TO, _TALLY_HEAD, _FACILITY_NOUN, \
    _FACILITY_LABEL = map(_for_lowered, (_HEAD, _BARE, _FACILITY_HIT, _AREA_TAKEN, _INCLUDING, _OF_THEM, _TALLY_TO,
                                         _TALLY_HEAD, _FACILITY_NOUN, _FACILITY_LABEL))

_QUALIFIERS = {
    phrase: name
    for name, phrases in {
        "more_than": ("more than", "over", "upwards of", "in excess of", "above", "exceeding", "greater than",
                      "well over", "just over", "some more than", "well above"),
        "at_least": ("at least", "a minimum of", "no fewer than", "no less than", "not less than"),
        "almost": ("almost", "nearly", "close to", "just under", "just shy of", "approaching", "nigh on",
                   "just below", "very nearly"),
        "up_to": ("up to", "as many as", "as much as"),
        "less_than": ("less than", "fewer than", "under", "below"),
        "about": ("about", "around", "some", "approximately", "approx.", "roughly", "an estimated", "estimated",
                  "an approximate", "circa", "c.", "an average of", "about some", "around some"),
    }.items()
    for phrase in phrases
}
_QUAL_LAST = frozenset(phrase.split()[-1] for phrase in _QUALIFIERS)
_QUAL_AFTER = re.compile(r"\s*(?:(?P<at_least>or\s+more)|(?P<more_than>\+|plus\b))")  # on lowered text


@dataclass(slots=True)
class _Cand:
    number: Number
    sent: int
    start: int
    """Where the figure's text begins (qualifier included)."""
    head_end: int
    noun: str | None
    self_cat: str | None
    qualifier: str
    category: str | None = None
    unit: str = "people"
    trig_span: Span | None = None
    hi: int = 0
    """End of the context read for it (a key-figure box reads its label line too)."""
    rate: bool = False
    """Followed by "a day", "every month": a rate, a key figure only as aid reach."""


def _qualifier(text: str, low: str, n: Number) -> tuple[str, int]:
    """The hedge before (or after) a number and where the figure's text starts.

    The last few words before the number are looked up whole in a table: far cheaper than
    an end-anchored regex search at every number."""
    start = n.span[0]
    before = low[max(0, start - 32):start]
    if before and before[-1] in " ,\n\t~":
        words = before.replace(",", " ").split()
        if not words or words[-1] not in _QUAL_LAST:
            words = []  # no hedge ends with this word: skip the table look-ups
        for k in (4, 3, 2, 1):
            if len(words) >= k:
                phrase = " ".join(words[-k:])
                name = _QUALIFIERS.get(phrase)
                if name:
                    pos = before.rfind(words[-k])
                    return name, start - len(before) + pos
    elif before.endswith("~"):
        return "about", start - 1
    a = _QUAL_AFTER.match(low, n.span[1])
    if a:
        return ("at_least" if a.group("at_least") else "more_than"), start
    return "exact", start


def _head(text: str, low: str, n: Number, limit: int) -> tuple[str | None, str | None, int] | None:
    """(noun class, self category, end of the noun phrase); None for an unknown noun."""
    m = _HEAD.match(low, n.span[1], limit)
    if m:
        if m.group("self"):
            cat = next(k[2:] for k, v in m.groupdict().items() if k.startswith("s_") and v)
            return ("moves" if m.group("moves") else "self"), cat, m.end()
        if m.group("site"):
            return None
        for cls in ("person", "family", "facility", "area"):
            if m.group(cls):
                return cls, None, m.end()
    if _BARE.match(low, n.span[1], limit) or _TRIGGER_AT.match(low, n.span[1] + 1, limit):
        return None, None, n.span[1]
    return None


def _ends(low: str, a: int, b: int, words: tuple[str, ...], strip: str = "") -> bool:
    """Does low[a:b], without trailing white space (and `strip` characters), end with one of
    `words`? A cheap necessary condition checked before an end-anchored pattern's search,
    which tries every position of its window."""
    return low[a:b].rstrip(_SPACES + strip).endswith(words)


def _coordinated(text: str, a_end: int, b_start: int) -> bool:
    """Are two numbers parts of one list ("264 children and 186 women", "97 | 402")?"""
    if b_start < a_end or b_start - a_end > 60:
        return False
    gap = text[a_end:b_start]
    if "\n" in gap.strip(" |"):
        return False
    if _COORD.match(gap):
        return not _TRIGGER_AT.search(gap)
    # "hit 12 hospitals and medical facilities, 10 schools": a few words, a list mark, no verb
    return (len(gap.split()) <= 5 and bool(_LIST_MARK.search(gap)) and not _NOT_COORD.search(gap)
            and not _TRIGGER_AT.search(gap))


def _blocked_after(low: str, cands: list[_Cand], i: int, ts: int, restate: Span = (0, 0)) -> bool:
    """Does another number, not listed with candidate i nor restating it (`restate`, "a million
    - 960,000 -"), stand between it and a trigger at ts?"""
    c = cands[i]
    for o in cands[i + 1:]:
        if o.number.span[0] >= ts:
            return False
        if restate[0] <= o.number.span[0] < restate[1]:
            continue
        if o.number.span[0] > c.number.span[1] and not _coordinated(low, c.head_end, o.start):
            return True
    return False


def _blocked_before(low: str, cands: list[_Cand], i: int, te: int) -> bool:
    """Does another number, not listed with candidate i, stand between a trigger ending at te and it?"""
    c = cands[i]
    for o in reversed(cands[:i]):
        if o.number.span[0] <= te:
            return False
        if o.number.span[1] < c.start and not _coordinated(low, o.head_end, c.start):
            return True
    return False


def _partitive(low: str, part: _Cand, whole: _Cand) -> bool:
    """ "N of the region's M residents <predicate>": the part takes the predicate, the whole
    counts what its noun says (residents: population). Both are decided here."""
    if not _PARTITIVE.fullmatch(low, part.head_end, whole.start):
        return False
    own_m = _ADJACENT_TRIGGER.match(low, whole.head_end)
    own_t = _trigger_at(low, own_m.end()) if own_m else None
    if own_t is None:
        return False
    ts, te, cat = _crossing(low, own_t)
    part.category, part.trig_span = cat, (ts, te)
    if whole.noun == "family":
        part.unit = whole.unit = "families" if "famil" in low[whole.number.span[1]:whole.head_end] else "households"
    whole.category = whole.self_cat or ("population" if whole.noun == "person" else None)
    return True


def _aside_after(low: str, cands: list[_Cand], i: int) -> Span:
    """Where an "including …" aside right after candidate i lies, or an empty span."""
    c = cands[i]
    app = _APPOSITIVE.match(low, c.head_end)
    if app:
        return (c.head_end, app.end())  # "18.6 million people, a third of the population, need …"
    if i + 1 >= len(cands):
        return (0, 0)
    nxt = cands[i + 1]
    restated = _restated(low, c, nxt)
    if restated:
        return (c.head_end, restated)
    if nxt.start - c.head_end > 40:
        return (0, 0)
    gap = low[c.head_end:nxt.start]
    if not (_ASIDE_OPEN.match(gap) or ((
            _RESTATE_OPEN.fullmatch(gap) or gap.strip() == ",") and _OF_THEM.match(low, nxt.number.span[1]))):
        return (0, 0)  # "including 400 children", "- 30 of them children -"
    close = _ASIDE_CLOSE.search(low, nxt.head_end, nxt.head_end + 80)
    return (c.head_end, close.start() if close else nxt.head_end)


def _restated(low: str, c: _Cand, nxt: _Cand) -> int:
    """End of a dash or bracket aside that restates candidate c's count as nxt ("nearly a
    million people - 960,000, according to the UN - have fled"), or 0."""
    if nxt.noun is not None or c.noun is None or not _RESTATE_OPEN.fullmatch(low, c.head_end, nxt.start):
        return 0
    close = _RESTATE_CLOSE.match(low, nxt.head_end)
    return close.end() if close else 0


def _elliptic(text: str, lo: int, prev: _Cand, c: _Cand) -> bool:
    """ "1.2 million have crossed into Poland; Hungary has received 190,000": a clause of a
    place name, maybe a verb of receiving, and a bare number goes on counting the count before."""
    start = max(lo, prev.head_end if prev.sent == c.sent else lo,
                text.rfind(";", lo, c.start) + 1, text.rfind(",", lo, c.start) + 1)
    return _ELLIPTIC.fullmatch(text, start, c.start) is not None


def _participle(low: str, head_end: int, ts: int) -> bool:
    """Is the trigger at ts an -ing word right after the noun ("16 civilians *sheltering* in")?"""
    if ts < head_end or low[head_end:ts].strip():
        return False
    m = _WORD.match(low, ts)
    return m is not None and m.group().endswith("ing")


def _nearest(low: str, cands: list[_Cand], i: int, triggers: list[tuple[int, int, str]],
             starts: list[int], lo: int = 0) -> tuple[int, str, Span] | None:
    """The category trigger closest to candidate i that no other number stands in front of.

    Only triggers within reach are looked at (`starts` holds the triggers' sorted starts), so a
    hostile sentence of thousands of numbers stays linear."""
    c = cands[i]
    n = c.number
    bare = c.noun is None
    best: tuple[int, str, Span] | None = None
    first = bisect.bisect_left(starts, c.start - 200)
    last = bisect.bisect_right(starts, c.head_end + 100)
    aside = _aside_after(low, cands, i)
    # numbers inside an aside closed by punctuation do not stand between the head and its predicate
    restate = aside if aside[1] and (low[aside[1]:aside[1] + 2].strip()[:1] in (",", ")", "–", "—", "-") or (
        i + 1 < len(cands) and _restated(low, c, cands[i + 1]))) else (0, 0)
    # "half of the 3 million people … have been displaced": the predicate is the part's
    whole = (_ends(low, max(lo, c.start - 30), c.start, _PART_OF_ENDS)
             and _PART_OF.search(low, max(lo, c.start - 30), c.start) is not None) or \
        _WHOLE_OPENING.fullmatch(low, lo, c.start) is not None
    # "tents meant for one family, with three or four families inside": a detail, not the count
    with_few = n.value < 100 and low.startswith("with ", c.start - 5)
    for ts, te, cat in triggers[first:last]:
        if ts >= n.span[1] and ts < c.head_end:
            dist = 0  # "400,000 displaced": the noun is the trigger
        elif ts >= c.head_end:
            if aside[0] <= ts < aside[1]:
                continue  # "3 million people, including 1.5 million IDPs, live …": the aside's own word
            dist = ts - c.head_end - (aside[1] - aside[0])
            if dist > (30 if bare else 90) or _PART.search(low, c.head_end, ts) or _blocked_after(low, cands, i, ts, restate) \
                    or (whole and _AUX.search(low, c.head_end, ts)) or _CLAUSE_BREAK.search(low, c.head_end, ts):
                continue
        elif te <= c.start:
            dist = c.start - te
            if dist > (30 if bare else 70) or _blocked_before(low, cands, i, te) or with_few or ";" in low[te:c.start]:
                continue
            dist += 2  # on a tie the predicate after the number wins
        else:
            continue
        if (cat == "population" and low.startswith("living", ts)) or _participle(low, c.head_end, ts):
            dist += 10  # "families living in camps" describes them; another predicate says what they are
        if best is None or dist < best[0]:
            best = (dist, cat, (ts, te))
    return best


def _subject_of_reach(low: str, trig: Span, triggers: list[tuple[int, int, str]],
                     starts: list[int]) -> tuple[int, int, str] | None:
    """ "Displacement has reached 900,000": a count that reached a number is what it counts,
    not aid that reached people."""
    ts, _ = trig
    if not low.startswith("reach", ts):
        return None
    k = bisect.bisect_left(starts, ts) - 1
    if k < 0:
        return None
    ps, pe, cat = triggers[k]
    if cat == "in_need" or not _REACH_GAP.fullmatch(low, pe, ts):
        return None
    return ps, pe, cat


def _aid_verb(low: str, c: _Cand, triggers: list[tuple[int, int, str]], starts: list[int]) -> Span | None:
    """An aid verb right before the number ("reached", "assisted", "delivered … to"): the
    people counted received aid, whatever else they are."""
    k = bisect.bisect_left(starts, c.start) - 1
    if k < 0:
        return None
    ts, te, cat = triggers[k]
    if cat != "in_need" or te > c.start or low[te:c.start].strip() or low.startswith(("need", "in need", "requir"), ts):
        return None
    if _subject_of_reach(low, (ts, te), triggers, starts):
        return None
    return ts, te


def _tally(low: str, lo: int, c: _Cand, triggers: list[tuple[int, int, str]],
           others: Sequence[_Cand] = ()) -> tuple[str, Span] | None:
    """ "the death toll … has risen to 19", "bringing the number of civilians killed … to 1,700"."""
    if not (_ends(low, max(lo, c.start - 25), c.start, _TALLY_TO_ENDS)
            and _TALLY_TO.search(low, max(lo, c.start - 25), c.start)):
        return None
    base = max(lo, c.start - 160)  # a tally's head is near its number; a bounded look stays linear
    window = low[base:c.start]
    heads = list(_TALLY_HEAD.finditer(window))
    if not heads:
        return None
    h = heads[-1]
    if any(base + h.end() <= o.number.span[0] < c.start for o in others):
        return None  # another count stands between: the tally is its (dates, magnitudes are no counts)
    if h.group("toll"):
        return "killed", (base + h.start(), base + h.end())
    if h.group("population"):
        return "population", (base + h.start(), base + h.end())
    for ts, te, cat in triggers:
        if base + h.end() <= ts < c.start:
            return cat, (ts, te)
    return None


def _facility_hit(text: str, low: str, cands: list[_Cand], i: int, lo: int, hi: int) -> bool:
    """A facility count is a key figure when the facilities were hit or put out of service."""
    c = cands[i]
    j = i + 1  # "10 schools and 6 health facilities … were hit": the list shares its predicate
    while j < len(cands) and ((cands[j].noun == "facility" and _coordinated(text, cands[j - 1].head_end, cands[j].start))
                              or (cands[j].noun is None and _OF_THEM.match(low, cands[j].number.span[1]))):
        j += 1  # "36 hospitals, 14 of them in Gaza City, were damaged": the part is an aside
    after_end = min(hi, cands[j - 1].head_end + 80, cands[j].number.span[0] if j < len(cands) else hi)
    before_start = max(lo, c.start - 60, cands[i - 1].number.span[1] if i > 0 else lo)
    return bool(_FACILITY_HIT.search(low, c.head_end, after_end) or _FACILITY_HIT.search(low, before_start, c.start))


def _facility_label(low: str, lo: int, hi: int, c: _Cand) -> Span | None:
    """A key-figure line labelled by facilities ("Schools: 217 attacked", "Hospitals out of
    service: 12"): a count of facilities when the label or the words after say they were hit.
    Returns the span of the label and the hit words."""
    if _FACILITY_LABEL.fullmatch(low, lo, c.start) is None:
        return None
    if _FACILITY_HIT.search(low, lo, c.start):
        return lo, c.start
    after = _FACILITY_HIT.match(low, c.number.span[1] + 1, hi)
    return (lo, after.end()) if after else None


def _facility_chain(gap: str) -> bool:
    """ "23 health facilities were damaged and 19 put out of service": the second count
    goes on counting facilities."""
    return len(gap.split()) <= 6 and bool(_LIST_MARK.search(gap)) and not _TRIGGER_AT.search(gap)


def _hosted_abroad(low: str, lo: int, c: _Cand) -> bool:
    """ "Lebanon hosts 1.5 million Syrians": a people counted in another country."""
    people = _HOST_PEOPLE.search(low, c.number.span[1], c.head_end)
    if people is None:
        return False
    own = " ".join(people.group().split())
    before = _COUNTRY_RE.finditer(low, max(lo, c.start - 120), c.start)
    after = _COUNTRY_RE.finditer(low, c.head_end, c.head_end + 40)  # "6 million Syrians live in Turkey"
    return any(people_of(m.group()) != own for m in (*before, *after))


def _in_name(text: str, low: str, m: re.Match[str]) -> bool:
    """Is the trigger a word of an organisation's name ("the Norwegian Refugee Council", "the
    UN refugee agency", "the High Commissioner for Refugees")? A name says nothing about the
    people counted near it."""
    s, e = m.span()
    if low.startswith(" agency", e):
        return True
    if not text[s].isupper():
        return False
    return bool(_ORG_AFTER.match(text, e) or _ORG_BEFORE.search(text, max(0, s - 40), s))


def _crossing(low: str, m: re.Match[str]) -> tuple[int, int, str]:
    """A trigger as (start, end, category); "fled" with a border crossed after it
    ("fled Ukraine", "fled across the border", "arrived in Chad") counts refugees."""
    cat = m.lastgroup or ""
    if cat == "displaced" and low.endswith(("border", "frontier", "borders", "frontiers"), m.start(), m.end()):
        # massed at a border: refugees when the story is of migrants already abroad moving on,
        # else displaced people on their own side of it
        if _TO_CROSS.search(low, max(0, m.start() - 400), min(len(low), m.end() + 150)):
            return m.start(), m.end(), "refugees"
    elif cat == "displaced" and low.startswith("left", m.start()) and low.endswith("country", m.start(), m.end()):
        return m.start(), m.end(), "refugees"  # "left the country"
    elif cat == "displaced" and low[m.start()] in "feam":
        a = _ABROAD.match(low, m.end())
        if a is None and low.startswith("arriv", m.start()):
            a = _ARRIVED_IN.match(low, m.end())
        if a is not None:
            return m.start(), a.end(), "refugees"
    return m.start(), m.end(), cat


def _categorise(text: str, low: str, cands: list[_Cand], lo: int, hi: int, carry: _Cand | None = None) -> None:
    """Pick each candidate's category from the triggers of its sentence [lo, hi).

    `low` is `text` lowercased (same offsets) for the case-blind patterns; `carry` is the
    last figure of the sentence before, which "Of those, 560,000 …" goes on counting."""
    triggers: list[tuple[int, int, str]] = []
    starts: list[int] = []
    scanned = False  # the sentence's triggers are found when a candidate first needs them
    wholes: set[int] = set()
    for i, c in enumerate(cands):
        n = c.number
        prev = cands[i - 1] if i > 0 else carry
        if i - 1 in wholes:
            prev = cands[i - 2]  # "2.9 million of the 4.6 million residents were displaced, 1.8 million of them …"
        if n.unit == "percent":
            c.category, c.unit = "other", "percent"
            continue
        if n.unit == "km":
            c.category, c.unit = "other", "km"
            continue
        if i in wholes:
            continue
        if c.noun is None and i + 1 < len(cands) and _partitive(low, c, cands[i + 1]):
            wholes.add(i + 1)  # "2.9 million of the region's 4.6 million residents were displaced"
            continue
        if c.noun == "area":
            if _AREA_TAKEN.search(low, max(lo, c.start - 150), min(hi, c.head_end + 150)):
                c.category, c.unit = "other", "areas"
            continue
        if c.noun == "facility":
            c.unit = "facilities"
            if _facility_hit(text, low, cands, i, lo, hi) or (
                    prev is not None and prev.category == "facilities" and _coordinated(low, prev.head_end, c.start)):
                c.category = "facilities"  # "hit 12 hospitals, 10 schools …"
            continue
        if c.noun == "family" and n.value == 1:
            continue  # "eight of the dead were from one family"
        if c.noun == "moves":
            c.unit = "other"  # "576,000 displacements": movements, which may count a person twice
        elif c.noun == "family" or (c.noun == "self" and _FAMILY_END.search(low, n.span[1], c.head_end)):
            c.unit = "families" if "famil" in low[n.span[1]:c.head_end] else "households"
        bare = c.noun is None
        if n.value < 20 and _PARENT_OF.search(low, max(lo, c.start - 30), c.start):
            continue  # "a mother of five": a family, not a count
        # "including five children", "34 of them": the aside counts what its head counts
        aside = prev is not None and prev.category is not None and (
            (_ends(low, max(lo, c.start - 40), c.start, _INCLUDING_ENDS, ",:")
             and _INCLUDING.search(low, max(lo, c.start - 40), c.start)) or _OF_THEM.match(low, n.span[1]))
        own_m = _ADJACENT_TRIGGER.match(low, c.head_end, hi)  # bounded: a label line's next line is not its own
        own_t = _trigger_at(low, own_m.end(), hi) if own_m and own_m.end() > c.head_end else None
        own = _crossing(low, own_t) if own_t else None
        if own and n.spelled and bare and n.value < 100 and ("who" in low[c.head_end:own[0]] or "that" in low[c.head_end:own[0]]):
            own = None  # "a mother of five who fled": a detail of one person
        if own and ((own[2] == "population" and low.startswith("living", own[0])) or _participle(low, c.head_end, own[0])):
            own = None  # "families living in camps", "civilians sheltering in": a description; the predicate is elsewhere
        if bare and prev is not None and prev.category == "facilities" and prev.noun == "facility" \
                and _facility_chain(low[prev.head_end:c.start]) and (own is None or _FACILITY_HIT.match(low, own[0])):
            # "seven hospitals were damaged, and two have been evacuated": hospitals, not people evacuated
            c.category, c.unit = "facilities", "facilities"
            c.trig_span = (own[0], own[1]) if own else None
            continue
        compared = _COMPARED.search(low, max(lo, c.start - 24), c.start) \
            if i > 0 and _ends(low, max(lo, c.start - 24), c.start, _COMPARED_ENDS) else None
        if prev is not None and prev.category and prev.category != "other" and not c.self_cat and (
                compared or _restated(low, prev, c)):
            c.category = prev.category  # "25 million need aid, up from 15.8 million"; "a million - 960,000 -"
            c.trig_span = compared.span() if compared else None
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if own and not c.self_cat:  # "11 of whom died", "235,000 have fled"
            if own[2] != "population" or not _OF_THEM.match(low, n.span[1]):
                c.category, c.trig_span = own[2], (own[0], own[1])
            if c.category not in (None, "killed", "injured") and _ARMED.search(low, n.span[1], c.head_end):
                c.category = c.trig_span = None  # "50 fighters crossed into Turkey"
            elif c.category == "population" and c.noun == "person" and _hosted_abroad(low, lo, c):
                c.category = "refugees"  # "6 million Syrians live in Turkey, Lebanon and Jordan"
            continue
        if aside and not c.self_cat and prev is not None:
            c.category = prev.category
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if n.spelled and bare and n.value < 100:
            continue  # "two of them", "three were …": too little to stand alone as a key figure
        if n.value < 20 and _FAMILY_DETAIL.search(low, max(lo, c.start - 30), c.start):
            continue  # "fled with his wife and four children": a family, not a count
        if not c.self_cat and prev is not None and prev.category and prev.category != "other" and (
                _coordinated(low, prev.head_end, c.start) or (
                    low[max(lo, prev.start - 8):prev.start].rstrip().endswith("from")
                    and _TO_END.match(low, prev.head_end, c.start))):
            c.category = prev.category  # "nine children and two teachers"; "from 8,000 residents … to 100,000"
            if c.unit == "people":
                c.unit = prev.unit
            continue
        if bare and prev is not None and prev.noun == "facility" and prev.category == "facilities" \
                and _facility_chain(low[prev.head_end:c.start]):
            c.category, c.unit = "facilities", "facilities"  # "23 facilities damaged and 19 out of service"
            continue
        label = _facility_label(low, lo, hi, c) if bare else None
        if label:
            c.category, c.unit, c.trig_span = "facilities", "facilities", label  # "Schools: 217 attacked"
            continue
        if bare and _FACILITY_HIT.match(low, n.span[1] + 1) is None and (_AUX_AFTER.match(
                low, n.span[1]) or text[max(lo, c.start - 4):c.start].rstrip().endswith((":", "|"))) and _FACILITY_NOUN.search(
                low, max(lo, c.start - 150), c.start) and _facility_hit(text, low, cands, i, lo, hi):
            c.category, c.unit = "facilities", "facilities"  # "of the 550 schools …, 180 were damaged"
            continue
        if not scanned:
            triggers = [_crossing(low, m) if m.lastgroup == "displaced" else (m.start(), m.end(), m.lastgroup or "")
                        for m in _triggers_in(low, lo, hi) if not _in_name(text, low, m)]
            starts = [t[0] for t in triggers]
            scanned = True
        tally = _tally(low, lo, c, triggers, cands[max(0, i - 3):i])
        best = _nearest(low, cands, i, triggers, starts, lo)
        if best and best[1] == "in_need" and low.startswith("reach", best[2][0]):
            subject = _subject_of_reach(low, best[2], triggers, starts)
            if subject:
                best = (best[0], subject[2], (subject[0], best[2][1]))
            elif bare:
                best = None  # "casualties reached 1,200": a tally of something else, not aid reaching people
        aid = _aid_verb(low, c, triggers, starts) if c.self_cat and not tally else None
        if aid:
            c.category, c.trig_span = "in_need", aid  # "reached 780 newly displaced families with kits"
        elif c.self_cat:
            nxt = cands[i + 1].number.span[0] if i + 1 < len(cands) else hi
            near = triggers[bisect.bisect_left(starts, c.head_end):bisect.bisect_left(starts, min(nxt, c.head_end + 40))]
            returned = any(cat == "returned" for _, _, cat in near)
            c.category = "returned" if returned else c.self_cat
        elif tally:
            c.category, c.trig_span = tally
        elif best:
            c.category, c.trig_span = best[1], best[2]
        elif prev is not None and prev.category and prev.category != "other" and (_coordinated(
                low, prev.head_end, c.start) or (bare and _elliptic(text, lo, prev, c))):
            c.category = prev.category  # "264 children and 186 women"; "Hungary has received 190,000"
            if c.unit == "people":
                c.unit = prev.unit
        elif c.noun == "person" and n.value >= 10_000 and _LOCATIVE.match(text, c.head_end) \
                and not _ARMED.search(low, n.span[1], c.head_end) and _OBJECT_BEFORE.search(low, max(lo, c.start - 16), c.start):
            # "the 3 million people in the area"; as a subject ("4 million people in X depended …") the
            # predicate, even one we do not know, says what they are
            c.category = "population"
        elif c.noun == "person" and _RESIDENTS_END.search(low, n.span[1], c.head_end):
            c.category = "population"
        if c.category == "population" and c.noun == "person" and _hosted_abroad(low, lo, c):
            c.category = "refugees"  # "Turkey, already home to 3.7 million Syrians"
        if c.category == "population" and not tally and (
                (bare and best and best[0] > 12 and not low[lo:c.start].rstrip().endswith(":"))
                or _OF_THEM.match(low, n.span[1])):
            c.category = None  # "population" needs the number right at it, and not a part "of them"
        if c.category == "population" and c.trig_span and low.startswith("host", c.trig_span[0]) \
                and _SHELTER_SUBJECT.search(low, max(lo, c.trig_span[0] - 80), c.trig_span[0]):
            c.category = c.trig_span = None  # "the transit centre is hosting 7,000": its displaced, not residents
        if c.rate and c.category != "in_need":
            c.category = c.trig_span = None  # "4,000 people a day have arrived": a rate, no count
        if c.category not in (None, "killed", "injured", "other") and _ARMED.search(low, n.span[1], c.head_end):
            c.category = c.trig_span = None  # forces are counted only as casualties
        if c.category and c.trig_span is None and best:
            c.trig_span = best[2]


def _date_dist(text: str, s: int, e: int, p: int) -> float:
    """How far a date mention [s, e) is from a number at p, one after it reading first."""
    if s >= p:
        return s - p
    return (p - e) * 1.5 + (30 if "," in text[e:p] else 0)  # a comma closes the date's clause


def _period(text: str, dates: Sequence[object], lo: int, hi: int, pos: int, others: Sequence[int] = ()) -> Period | None:
    """The date mention of the sentence nearest the number, one after it reading first;
    a date nearer another number of the sentence is that number's, unless no other is left
    ("59 soldiers in February, 34 of them in a single strike on 27 February")."""
    found = [(_date_dist(text, *d.span, pos), d) for d in dates if d.span[0] >= lo and d.span[1] <= hi]  # type: ignore[attr-defined]
    if not found:
        return None
    if len(found) == 1:
        return Period(found[0][1].start, found[0][1].end)  # type: ignore[attr-defined]
    own = [(k, d) for k, d in found if all(k <= _date_dist(text, *d.span, o) for o in others)]  # type: ignore[attr-defined]
    d = min(own or found, key=lambda kd: kd[0])[1]
    return Period(d.start, d.end)  # type: ignore[attr-defined]


def _place(places: Sequence[tuple[Span, str]], lo: int, hi: int, pos: int) -> str | None:
    best = None
    for (s, e), name in places:
        if s >= lo and e <= hi:
            dist = (s - pos) if s >= pos else (pos - e) * 2  # "fled … in Idlib" reads forward
            if best is None or dist < best[0]:
                best = (dist, name)
    return best[1] if best else None


def find_figures(
    text: str,
    sents: Sequence[Span],
    skip: Sequence[Span] = (),
    dates: Sequence[object] = (),
    places: Sequence[tuple[Span, str]] = (),
) -> list[Figure]:
    """Key figures of `text`, each once, in order of first mention."""
    low = ascii_lower(text)
    skipped = list(skip)
    numbers = [n for n in find_numbers(text, low) if not (skipped and inside(n.span, skipped))]
    if not numbers or not sents:
        return []
    starts = [s for s, _ in sents]
    by_sent: dict[int, list[_Cand]] = {}
    n_sents = len(sents)
    for n in numbers:
        si = bisect.bisect_right(starts, n.span[0]) - 1
        if si < 0:
            si = 0
        lo, hi = sents[si]
        if n.span[1] > hi:
            continue
        # A sitrep key-figure box: the number alone on its line, its label on the next.
        hedge = None  # (qualifier, where the figure's text starts), worked out only for candidates
        if si + 1 < n_sents and _BOX_TAIL.fullmatch(text, n.span[1], hi):
            hedge = _qualifier(text, low, n)
            if _BOX_HEAD.fullmatch(text, lo, max(lo, hedge[1])):
                hi = sents[si + 1][1]
        head = _head(text, low, n, hi)
        if head is not None:
            if head[2] > hi:
                hi = head[2]
        elif n.unit is None:
            continue
        else:
            head = (None, None, n.span[1])
        qual, qstart = hedge or _qualifier(text, low, n)
        noun, self_cat, head_end = head
        if n.unit is None and (not n.value.is_integer() or (
                low[max(0, qstart - 30):qstart].rstrip().endswith(_CAPACITY_ENDS)
                and _CAPACITY.search(low, max(0, qstart - 30), qstart))):
            continue  # "a 7.8 magnitude quake", "a centre designed for 300 people"
        by_sent.setdefault(si, []).append(_Cand(n, si, max(qstart, lo), head_end, noun, self_cat, qual, hi=hi,
                                                rate=_RATE.match(low, head_end) is not None))
    sources = Sources(text, sents, low)
    figures: list[tuple[Figure, int]] = []
    carry: _Cand | None = None
    for si, cands in by_sent.items():
        lo, hi = sents[si]
        hi = max([hi, *[c.hi for c in cands]])
        sent_dates: list[Any] | None = None
        sent_places: list[Any] | None = None
        _categorise(text, low, cands, lo, hi, carry if carry is not None and carry.sent == si - 1 else None)
        carry = next((c for c in reversed(cands) if c.category and c.category != "other"), None)
        for k, c in enumerate(cands):
            if not c.category:
                continue
            n = c.number
            s, e = c.start, max(c.head_end, n.span[1])
            if c.trig_span:
                s, e = min(s, c.trig_span[0]), max(e, c.trig_span[1])
            of_them = _OF_THEM.match(low, n.span[1])
            if of_them:
                e = max(e, of_them.end())  # "34 of them"
            s, e = max(s, lo), min(e, hi)
            if sent_dates is None:  # the sentence's dates and places, once for all its figures
                sent_dates = [d for d in dates if d.span[0] >= lo and d.span[1] <= hi]  # type: ignore[attr-defined]
                sent_places = [p for p in places if p[0][0] >= lo and p[0][1] <= hi]
            fig = Figure(
                value=n.value, high=n.high, category=c.category, unit=c.unit, qualifier=c.qualifier,
                text=text[s:e], span=(s, e),
                when=None if c.unit == "km" else _period(text, sent_dates, lo, hi, n.span[0], others=[
                    o.number.span[0] for o in cands[max(0, k - 1):k + 2] if o is not c and o.category]),
                place=_place(sent_places or (), lo, hi, n.span[0]), source=sources.of(si),
            )
            figures.append((fig, si))
    return _dedupe(text, sents, figures)


def _headline(text: str, sents: Sequence[Span], si: int) -> bool:
    """A title: one of the first lines, without closing punctuation."""
    if si >= 4:
        return False
    s, e = sents[si]
    return not text[s:e].rstrip("'\"”’ ").endswith((".", "!", "?", ":"))


def _rounder(a: float, b: float) -> bool:
    """Is `a` a rounded form of `b` (more trailing zeros)?"""
    def zeros(x: float) -> int:
        digits = str(int(x))
        return len(digits) - len(digits.rstrip("0"))
    return a != b and zeros(a) > zeros(b)


def _dedupe(text: str, sents: Sequence[Span], figures: list[tuple[Figure, int]]) -> list[Figure]:
    """The same figure said twice (headline, highlights, body) is one figure: keep the most
    informative mention and fill its gaps from the others."""
    groups: dict[tuple[float, float | None, str, str], list[tuple[Figure, int]]] = {}
    for fig, si in figures:
        groups.setdefault((fig.value, fig.high, fig.category, fig.unit), []).append((fig, si))
    # A headline often rounds the body's number ("tops 580,000" over "586,000"): one figure.
    body = [(f.value, f.category) for f, si in figures if not _headline(text, sents, si)]
    for key, group in list(groups.items()):
        if all(_headline(text, sents, si) for _, si in group) and any(
                cat == key[2] and key[0] >= 1000 and abs(v - key[0]) <= 0.05 * v and _rounder(key[0], v)
                for v, cat in body):
            del groups[key]
    out: list[Figure] = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0][0])
            continue

        def rank(item: tuple[Figure, int]) -> tuple[int, int]:
            f, si = item
            info = (f.source is not None) + (f.when is not None) + (f.place is not None)
            return (info - 2 * _headline(text, sents, si), -f.span[0])
        best = max(group, key=rank)[0]
        for f, _ in group:
            best.when = best.when or f.when
            best.source = best.source or f.source
            best.place = best.place or f.place
            if best.qualifier == "exact":
                best.qualifier = f.qualifier
        out.append(best)
    out.sort(key=lambda f: f.span[0])
    return out


def figures_of(text: str, places_conf: Mapping[str, Sequence[str]] | None = None) -> list[Figure]:
    """Convenience for tests and callers without the engine: figures of a plain text."""
    from idlibmon.extract.text import sentences

    return find_figures(text, sentences(text))
