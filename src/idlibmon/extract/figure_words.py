"""The words of conflict reporting that the figure rules read: the nouns that say what a
number counts, the category triggers of a clause, hedges, and the small patterns the rules
of `figures` test around a number.

Most patterns run on the ASCII-lowercased text (`low`, same offsets as the text): without
re.I a match attempt is about twice as fast. Long word lists are regrouped by first letter
(see `alternation`) so that `re` skips most branches after one comparison.
"""

from __future__ import annotations

import re

from idlibmon.extract.alternation import (
    after_gap_scanner,
    compact,
    first_letter_scanner,
    optional_as_branch,
    regroup,
    split_top,
    word_spans,
)
from idlibmon.extract.countries import COUNTRY, COUNTRY_OR_ITS, PEOPLE

# ---- what the number counts ---------------------------------------------------------------

_PERSON = (
    r"people|persons?|civilians?|individuals|children|child|kids|minors|women|men|boys|girls|babies|infants|"
    r"residents|inhabitants|Syrians|villagers|patients|students|pupils|staff|workers|medics|doctors|nurses|"
    r"journalists|volunteers|rescuers|fighters|militants|rebels|insurgents|jihadists|soldiers|troops|servicemen|"
    r"personnel|members|combatants|officers|policemen|police|gunmen|detainees|prisoners|victims|others|lives|"
    r"Palestinians|Kurds|Turks|Russians|Iraqis|foreigners|nationals|mothers|elderly|newborns|teachers|inmates|"
    r"migrants|toddlers|adults|youths|teenagers|adolescents|orphans|farmers|shepherds|passengers|worshippers|"
    r"shoppers|protesters|demonstrators|pedestrians|aid\s+workers|humanitarians|hostages|captives|abductees|Gazans|arrivals|"
    r"militiamen|paramilitaries|mercenaries|conscripts|recruits|guards|gendarmes|Islamists|loyalists|peacekeepers|"
    r"attackers|assailants|"  # a raid's dead told by what they did: "killing 30 attackers"
    r"colleagues|employees|relatives|crew\s+members|crewmen|crews?|pilots|sailors|"
    # peoples and faith communities with no country of their own in the table: "60,000 Tigrayans
    # fled into Sudan", "20,000 Christians have left the city"
    r"Yazidis|Tigrayans|Amharas|Oromos|Darfuris|Uyghurs|Hazaras|Alawites|Druze|Tutsis|Hutus|Bedouins|"
    r"Christians|Muslims|Sunnis|Shias|Shiites|Assyrians|Turkmen|Sahrawis|" + PEOPLE
)
# Soldiers, fighters and detainees are counted as casualties, but a force somewhere is no
# population, and prisoners who escaped are not displaced.
_ARMED = re.compile(
    r"(?:fighters|militants|rebels|insurgents|jihadists|soldiers|troops|servicemen|personnel|combatants|officers|"
    r"policemen|police|gunmen|detainees|prisoners|inmates|militiamen|paramilitaries|mercenaries|conscripts|recruits|"
    r"guards|gendarmes|islamists|loyalists|peacekeepers|attackers|assailants)$"
)
_FAMILY = r"families|family|households|household"
_FACILITY = (
    r"(?:health(?:\s+care|care)?|medical|healthcare|education(?:al)?|water|primary\s+health\s+care)\s+"
    r"(?:facilities|facility|centres|centers|points|stations|units)|hospitals?|clinics?|schools?|bakeries|"
    r"facilities|health\s+centres|health\s+centers|medical\s+points|installations"
)
_AREA = (
    r"villages?|towns?|communities|localities|neighbou?rhoods|cities|hamlets|settlements|areas|districts|"
    r"sub-?districts|regions|provinces|governorates|states|territories|municipalities|countries"
)
# Places people stay, not people: "400 displacement sites", "60 IDP camps" count no one.
# Cases of a disease count cases ("98 deaths among 20,000 suspected cases"), not people a category means.
_SITE = r"sites?|camps?|shelters|collective\s+centres|collective\s+centers|tents|locations|gatherings|cases|compounds|premises"
# Nouns and participles that carry their category themselves. "Displacements" counts
# movements, not people: OCHA's tracking records each move, so one family displaced three
# times is three displacements. It stays `displaced` (what it is about) with unit `other`.
_SELF = (
    r"(?P<s_displaced>IDPs|IDP(?!\s+[a-z])|internally\s+displaced(?:\s+(?:people|persons))?|(?:newly\s+)?displaced"
    r"(?:\s+(?:people|persons|civilians|Syrians|individuals|children|families|households))?|evacuees"
    r"|(?P<moves>(?:new\s+)?displacements|(?:population\s+)?movements))"
    r"|(?P<s_refugees>(?:Syrian\s+)?refugees|asylum[\s-]seekers)"
    r"|(?P<s_returned>returnees|returned|(?:spontaneous\s+|(?<=[ \t]))returns?)"  # not a next line's "Returns" label
    r"|(?P<s_killed>deaths|dead|fatalities|killed|killings|bodies)"
    r"|(?P<s_injured>injured|(?:war-)?wounded|injuries)"
)


def _fast(alternation: str) -> str:
    """A noun list, lowered (`_HEAD` runs on lowered text) and regrouped by first letter."""
    return regroup(compact(alternation.lower()))


_HEAD = re.compile(optional_as_branch(
    rf"""[ \t]*(?:\+|\))?,?(?:[ \t]*\(?[^()\n]{{0,20}}\))?(?:[ \t]+or[ \t]+so(?=\s))?
    (?:\s+(?!(?:{'|'.join(('have', 'has', 'had', 'were', 'was', 'are', 'is', 'be', 'been', 'will', 'would',
                           'could', 'may', 'of', 'in', 'on', 'at', 'from', 'to', 'and', 'or', 'by', 'with',
                           'for', 'since', 'who', 'which', 'that', 'as', 'than', 'into', 'across', 'during',
                           'over', 'after', 'before', 'while', 'when', 'but', 'remain', 'remained', 'fled',
                           'live', 'living', 'need', 'are', 'reportedly', 'so', 'this', 'last', 'per',
                           'near', 'outside', 'inside', 'along', 'behind', 'between', 'under', 'towards',
                           'against', 'among', 'amid', 'without', 'within', 'including'))})\b)
        [A-Za-z][\w'’-]*){{0,3}}?
    (?:\s+of\s+(?:the|these|those|its|their|his|her|our)(?:\s+[a-z][\w'’-]*)?|\s+the\s+(?:total\s+)?number\s+of(?:\s+[A-Za-z][\w'’-]*)?)?
    \s+(?:(?P<self>{_SELF})|(?P<person>{_fast(_PERSON)})|(?P<family>{_FAMILY})|(?P<facility>{_fast(_FACILITY)})
       |(?P<site>{_fast(_SITE)})|(?P<area>{_fast(_AREA)}))\b
    """),
    re.X | re.I,  # anchored at the number, so case-blindness costs little; labels come in capitals
)
# Right after the number, a participle that describes a built thing ("550 collapsed buildings", "2,100 damaged
# homes"): the number counts the things, whose participle `_BARE` would take for the verb of a bare count.
_BUILT_AFTER = re.compile(
    r"\s+[a-z]+ed\s+(?:[a-z]+\s+)?(?:buildings|homes|houses|structures|apartments|flats|dwellings|shops|bridges|"
    r"vehicles|cars|trucks|farms|wells|housing\s+units)\b"
)
# Right after the number: words that mean "no noun here, a verb or preposition follows".
_BARE = re.compile(
    r"""[ \t]*(?:\+|\))?[ \t]*(?:[,;:.!?)\]"'”’–—|(-]|\n|$|\s+(?:more|others?|additional|so\s+far|in\s+total|total|
    altogether|overall|alone|each|now|already|reportedly|later|subsequently|eventually|have|has|had|were|was|are|is|be|been|will|would|could|may|
    might|of|in|on|at|from|to|and|or|by|with|for|since|who|which|that|as|than|into|across|during|over|after|
    before|while|when|but|remain|remained|flee|fled|fleeing|live|living|need|needing|require|requiring|died|
    returned|out|last|this|across|between|inside|near|within|forced|put|left|hit|cut|shut|lost|went|got|came|
    remain|remains|stay|stays|live|lives|there|here|today|yesterday|tonight|daily|annually|weekly|monthly|a\s+day|a\s+week|
    a\s+month|a\s+year|per\s+day|every\s+day|each\s+day|this\s+year|last\s+year|one\s+step|[a-z]+ed|[a-z]+ing)\b)""",
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
           (?:shelters|camps?|collective\s+(?:centres|centers|shelters)|reception\s+cent(?:re|er)s|displacement\s+sites|idp\s+(?:sites|camps)|informal\s+(?:sites|settlements)|tents|evacuation\s+cent(?:re|er)s)\b|(?:left|leaving)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|cities|towns?|areas?|villages?|enclave|district|neighbou?rhoods?|capital|camps?|country)\b|forced\s+to\s+(?:leave|flee|abandon|move|relocate)|manag(?:ed|ing)\s+to\s+(?:leave|escape|flee|get\s+out)|housed\s+in\s+(?:[\w'’-]+\s+){0,3}?(?:shelters|camps|collective\s+(?:centres|centers|shelters)|schools|tents|sites|mosques|reception\s+cent(?:re|er)s)|compelled\s+to\s+(?:leave|flee|abandon)|leav(?:e|ing)\s+their\s+(?:homes?|houses?|villages?|towns?)|
         abandon(?:ed|ing)?\s+their\s+(?:homes?|houses?|villages?|towns?)|los(?:t|ing)\s+their\s+(?:homes?|houses?|villages?|towns?)|(?:from|out\s+of)\s+their\s+homes?|evacuated|t(?:aken|ook)\s+out(?!\s+of\s+(?:service|action|use|operation|commission))|got\s+out\s+of|relocated|on\s+the\s+move|confined\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:camps|sites|shelters)|shelter(?:ing|ed)\s+in|sheltering|t(?:aken|aking|ook)\s+(?:shelter|refuge)|
         mov(?:ed|ing)(?:\s+on)?(?=\s+(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:areas?|regions?|towns?|cit(?:y|ies)|villages?|
           districts?|sub-?districts?|provinces?|governorates?|countries)\b)|
         mov(?:ed|ing)\s+(?:in)?to\s+(?:\w+\s+){0,3}?(?:reception\s+centres|reception\s+centers|collective\s+(?:centres|centers|shelters)|shelters|camps|tents|displacement\s+sites|informal\s+settlements)|mov(?:ed|ing|e)\s+to\s+(?:higher\s+ground|safety|safer\s+(?:areas?|places?|ground))|
         (?:move(?<=to\smove)|relocate(?<=to\srelocate))\s+(?:to|south|north|west|east|out)\b|evacuat(?:e|ing)|(?:sought|seeking|seek|found|finding)\s+shelter|enter(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:sites?|camps?|compounds?|shelters?)(?=\s*[.,;]|\s+(?:since|in|on|at|after|over|during|this|last|for)\b)|(?:forced|pushed|driven)\s+into|escaped|made\s+homeless|homeless|arrived|arrivals|arriving|arrives?|moving\s+(?:towards?|north)|heading\s+(?:north|towards?))\b)
    | (?P<killed>(?:killed|killing|kill|kills|dead|died|die|dying|deaths?(?:\s+toll)?|toll|fatalities|
         lost\s+their\s+lives|claim(?:ed|ing|s)?(?:\s+the\s+lives\s+of|(?=\s+(?:[\w,]+\s+){0,4}?lives\b))|
         cost(?:ing)?(?:\s+the\s+lives\s+of|(?=\s+(?:[\w,]+\s+){0,4}?lives\b))|lives\s+(?:lost|claimed)|lost(?!\s+(?:\w+\s+){0,3}?(?:assistance|aid|rations|supplies|access|legs?|limbs?|arms?|hands?|feet|foot|eyes?|sight|eyesight)\b)|slain|perished|massacred|executed|lynched|beheaded|shot\s+dead|murdered|bodies|drowned|
         froze(?:n)?\s+to\s+death|burn(?:ed|t)\s+to\s+death|starved\s+to\s+death|beaten\s+to\s+death|crushed\s+to\s+death|suffocated)\b)
    | (?P<injured>(?:injured|injuring|injures|injuries|injury|wounded|wounding|hurt|maimed|amputations?|amputees|
         los(?:t|ing)\s+(?:(?:one|both|a|an|their|his|her)\s+)?(?:or\s+(?:both|two)\s+)?(?:legs?|limbs?|arms?|hands?|feet|foot|eyes?|sight|eyesight)|
         (?:with|for)\s+(?:[a-z-]+\s+){0,3}?(?:wounds|burns|fractures)|hospitali[sz]ed|taken\s+to\s+hospital|rushed\s+to\s+hospital|being\s+treated\s+(?:in|at|for)\s+(?:\w+\s+)?(?:hospitals?|injuries|wounds|clinics?)|
         treated\s+(?:in|at|for)\s+(?:\w+\s+)?(?:hospitals?|injuries|wounds|clinics?)|treated\s+for\s+(?:\w+\s+)?(?:symptoms|exposure|breathing|suffocation))\b)
    | (?P<population>(?:home\s+to|population(?:\s+of)?|before\s+the\s+(?:war|conflict|escalation|offensive)|pre-?war|liv(?:e|es|ed|ing)\s+in(?!\s+(?:famine|hunger|starvation|extreme\s+poverty|catastroph))|
         reside(?:s|nt)?\s+in|(?:live|living)(?=\s*[.,;)]|\s+(?:there|here|today|now)\b)|trapped(?:\s+(?:in|inside)|(?=\s*[.,;]|\s+(?:there|without|by|behind|within|between|on|amid)\b))|
         (?:remain(?:s|ed)?|still(?:\s+living)?)(?=\s*[.,;]|\s+(?:behind|there|inside|in(?!\s+(?:need|hospital|critical|serious|
           detention|custody|camps?|shelters?|tents|displacement|collective|school|place|idp|informal|the\s+(?:camps?|shelters?)|
           (?:the\s+)?(?:[\w'’-]+\s+)?areas?\s+(?:\w+\s+)?affected))\b))|
         (?:crammed|packed|squeezed|cramped|huddled)\s+(?:in)?to|
         hous(?:es|ed|ing)(?=\s+(?:an?\s+)?(?:estimated\s+|some\s+|about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|close\s+to\s+|roughly\s+)?\d)|
         (?:hold(?:s|ing)?|held)(?=\s+(?:an?\s+)?(?:estimated\s+|some\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|close\s+to\s+|roughly\s+)?
           (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half\s+a|a)\s+(?:million|hundred\s+thousand)\b))|hosts|host|hosting|hosted|(?:province|city|town|region|area|governorate|enclave|district|pocket|country|nation|catchment)\s+of
           (?=\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|an\s+estimated|at\s+least|just\s+over)\s+)?
           (?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)))\b)
    | (?P<refugees>(?:refugees?|under\s+temporary\s+protection|temporary\s+protection|(?:sought|seeking|seek)\s+(?:refuge|asylum)|asylum|
         cross(?:ed|ing|es)?\s+(?:the\s+border\s+)?(?:from\s+(?:[a-z][\w'’-]*\s+){1,3}?)?into|cross(?:ed|ing|es)?\s+(?:the\s+|an\s+)?(?:international\s+)?border|
         crossed(?<!trucks\scrossed)(?<!lorries\scrossed)(?<!convoys\scrossed)(?<!vehicles\scrossed)(?=\s*[.,;]|\s+(?:in\s+the\s+(?:past|last|first)|during|since|so\s+far|last|this|yesterday|overnight)\b))\b)
    | (?P<in_need>(?:in\s+(?:(?:urgent|acute|dire)\s+)?need|need(?:ing|s|ed)?\s+(?:\w+\s+){0,4}?(?:assistance|aid|help|support|shelter|
         protection|food|water|care|treatment|supplies)|
         affected|affecting|affects|receiv(?:ed|ing|e)\s+(?:\w+\s+){0,3}?
         (?:assistance|aid|food|support|help|rations|supplies|kits|tents|shelter|blankets|mattresses|cash|vouchers|
         meals|medicines|hygiene|water)|(?:lack(?:s|ed|ing)?|los(?:t|e|es|ing))\s+(?:\w+\s+){0,2}?access|with\s+(?:reduced|limited|little|no|restricted)\s+access|without\s+access|reach(?:ed|ing|es)?|(?:assist|help|support|target(?:s|ed|ing)?|serve|cover|treat(?:ed|ing)?)(?=\s+(?:an?\s+)?(?:another\s+|further\s+|additional\s+)?(?:estimated\s+|some\s+|about\s+|around\s+|up\s+to\s+|over\s+|more\s+than\s+|nearly\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\s+(?:million|hundred|thousand|a\s+million)\b))|(?:damag|destroy|flood)(?:ed|ing)\s+the\s+(?:tents|homes|shelters|houses)\s+of|assisted|beneficiaries|benefited|fed|feeding|cut\s+off|
         with\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|from\s+(?:\w+\s+){0,2}?(?:aid|assistance|deliveries|supplies)|
         (?:assistance|aid|relief|support|kits|supplies|items|rations|baskets|vouchers|cash|food|water|shelter|
         medicines|help|services|blankets|tents|meals|stoves|fuel|mattresses|clothing|clothes|parcels|bread|medicine|sanitation|hygiene)
         ,?\s+(?:to|for)|(?:deliver|distribut|provid)(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,5}?to|requir(?:e|es|ing)|required(?=\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|help|support|protection|food|shelter|treatment|care)\b)|
         food[\s-]insecure|with\s+(?:specific|special)\s+needs|targeted\s+with|served|needs\s+(?:of|for)|at\s+(?:imminent\s+|grave\s+|serious\s+|high\s+)?risk(?=\s+of\s)(?!\s+of\s+(?:closure|closing|being\s+closed|shutting|collapse|dropping|missing|losing|damage|destruction)\b)|
         acute\s+food\s+insecurity|food\s+insecurity|food\s+shortages?|hunger|famine|starvation|malnutrition|malnourished|out\s+of\s+school|missing\s+out\s+on|
         depend(?:s|ed|ent|ing)?\s+(?:up)?on\s+(?:\w+\s+){0,2}?(?:aid|assistance|relief|rations|handouts)|rel(?:y|ied|ies|ying|iant)\s+(?:up)?on\s+(?:\w+\s+){0,2}?(?:aid|assistance|relief|rations|handouts)|
         los(?:e|es|ing|t)\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|deprived\s+of\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies)|cut\s+off\s+from\s+(?:\w+\s+){0,2}?(?:assistance|aid|rations|supplies))\b)
    | (?P<returned>(?:returned|returning|returnees|repatriated|(?:gone|went|go|going|come|came)\s+home|c(?:o|a)me\s+back|coming\s+back|return(?:s|ed)?\s+(?:home|to\s+their)|went\s+back|gone\s+back|(?:crossed|crossing|headed|heading|made\s+their\s+way|travell?ed)\s+back)\b)
    )""",
    re.X,
)


def _scanner_of(triggers: re.Pattern[str], after_gap: bool = False) -> re.Pattern[str]:
    """`_TRIGGERS` regrouped by first letter, without its category groups (see `alternation`);
    `after_gap`: opening with the non-word character before the phrase (`after_gap_scanner`)."""
    head = r"\b(?=[a-zA-Z])(?:"
    body = compact(triggers.pattern)
    assert body.startswith(head) and body.endswith(")")
    alternatives = []
    for part in split_top(body[len(head):-1]):  # "(?P<category>(?:…)\b)"
        assert part.startswith("(?P<") and part.endswith(")")
        alternatives.append(part[part.index(">") + 1:-1])
    return re.compile(after_gap_scanner(alternatives) if after_gap else optional_as_branch(first_letter_scanner(alternatives)))


# Finds where `_TRIGGERS` matches, several times faster; `_TRIGGERS` matched there says the category.
_TRIGGER_AT = _scanner_of(_TRIGGERS)
_TRIGGER_AFTER_GAP = _scanner_of(_TRIGGERS, after_gap=True)


def _triggers_in(low: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_TRIGGERS.finditer(low, lo, hi)`, found by the scanner (same matches)."""
    out = []
    for start, _end in word_spans(_TRIGGER_AT, _TRIGGER_AFTER_GAP, low, lo, hi):
        m = _TRIGGERS.match(low, start, hi)
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
        (?:from\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:(?:in)?to|across\s+the\s+border\s+(?:in)?to)\s+(?:the\s+)?(?:neighbou?ring\s+)?{COUNTRY_OR_ITS}
      | (?:to|into|in)\s+(?:neighbou?ring|other|third)\s+(?:[a-z]+\s+)?(?:countries|states)
      | (?:[\w'’-]+\s+){{1,3}}?(?:into|for)\s+(?:neighbou?ring\s+)?{COUNTRY}
      | abroad|overseas|as\s+refugees\b|the\s+country\b|their\s+(?:own\s+)?country\b|(?:from\s+)?{COUNTRY}
      | across\s+(?:the\s+)?(?:border|frontier)s?(?!\s+(?:area|region|zone|town|village|areas))
    )""",
    re.X,
)
# People at a border are refugees when they are already abroad, migrants on their way on;
# people massed at their own country's border ("hoping to cross into Turkey") are displaced.
_TO_CROSS = re.compile(r"\b(?:migrants?|asylum[\s-]seekers?|(?:to|of)\s+(?:reach|reaching|enter|entering)\s+(?:europe|the\s+eu)\b)")
# "arrived in Chad", "new arrivals away from the border in eastern Chad"
_ARRIVED_IN = re.compile(rf"(?:\s+(?!in\b)[\w'’-]+){{0,6}}?\s+in\s+(?:neighbou?ring\s+|(?:north|south|east|west)(?:ern|-?eastern|-?western)?\s+)?{COUNTRY_OR_ITS}")
_HOST_PEOPLE = re.compile(rf"{PEOPLE}$")
_COUNTRY_RE = re.compile(rf"\b{COUNTRY}")
_FACILITY_HIT = re.compile(
    r"\b(?:hit|struck|attacked|attacks?|targeted|bombed|shelled|damaged|destroyed|out\s+of\s+(?:service|action)|"
    r"suspended|closed|shut|non-?functional|forced\s+to\s+(?:close|suspend|shut)|stopped|ceased|affected|"
    r"impacted|evacuated|not\s+functioning|no\s+longer\s+(?:function(?:ing|al)|operational|working|operating)|"
    r"non-?functioning|not\s+operational|inoperable|out\s+of\s+use|knocked\s+out|looted|ransacked|burn(?:ed|t)|set\s+(?:on\s+fire|ablaze)|"
    r"raided|vandali[sz]ed|occupied|razed|flattened|demolished|damage|damages|suspend|close|stop|cease|"
    r"(?:had|forced|obliged)\s+to\s+(?:suspend|close|stop|shut|cease)|without\s+(?:electricity|power|fuel))\b",
    re.I,
)
_AREA_TAKEN = re.compile(
    r"\b(?:seized|captured|took|taken|retook|retaken|recaptured|overran|overrun|fell|control|gained|advanced|"
    r"entered|swept|lost|emptied|deserted|depopulated|changed\s+hands|fallen|retaken|liberated|stormed)\b",
    re.I,
)
_INCLUDING = re.compile(
    r"(?:\binclud(?:ing|es|ed|e)|\bamong\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed)(?:\s+(?:were|was|are|is))?"
    r"|\bof\s+whom|\bof\s+them|\bof\s+th(?:o|e)se|\bamong\s+th(?:o|e)se(?:\s+(?:were|was|are|is))?)"
    r"[\s,:]*(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost)\s+)?$",
    re.I,
)
_COORD = re.compile(
    r"^[\s,;|]*(?:(?:[\w'’-]+\s+){0,3}?(?:and|or|plus|as\s+well\s+as|including|among\s+(?:them|whom)|along\s+with)\b[\s,]*)?"
    r"(?:(?:at\s+least|more\s+than|over|about|some|around|nearly|almost|another|a\s+further|further)\s+)?$",
    re.I,
)

# ---- qualifier ----------------------------------------------------------------------------

_ADJACENT_TRIGGER = re.compile(optional_as_branch(
    r"(?:\s+(?:more|others|additional))?(?:\s+of\s+(?:whom|them|those))?(?:,?\s+(?:who|that))?\s+(?:(?:may|might|could|would|will|must)\s+)?"
    r"(?:(?:have|had|has)\s+)?(?:(?:already|now|since|also)\s+)?"
    r"(?:been\s+|were\s+|was\s+|are\s+|is\s+|be\s+|remain\s+)?(?:(?:already|now|still|also|reportedly|newly|internally|later|"
    r"subsequently|eventually|forcibly|recently|temporarily)\s+(?:(?:internally|forcibly|newly)\s+)?)?"  # "already internally displaced"
    r"(?:left\s+(?=homeless))?"  # "5.3 million may have been left homeless"
))
# "4 million residents …, more than half are displaced": the predicate belongs to the part.
_PART = re.compile(
    r"\b(?:half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|most|the\s+majority|many|none)(?:\s+of\s+(?:them|whom))?\s+"
    r"(?:are|were|is|was|have|had|has|remain)\b"
    # "4 million people …, many of them displaced": a part, told without a verb
    r"|\b(?:half|a\s+third|two[\s-]thirds|a\s+quarter|three[\s-]quarters|most|many|some|the\s+majority)\s+of\s+(?:them|whom)\s+"
    r"(?:(?:now|still|already|also|internally)\s+)?$"  # searched in a window that ends at the trigger
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
    optional_as_branch(r"\b(?:to|at|risen|rose|climbed|reach(?:ed|es|ing)?|hit|hits|(?:sur)?pass(?:ed|es|ing)?|top(?:ped|s)|exceed(?:ed|s|ing)?|stood\s+at|stands\s+at|is\s+now|now|of)\s+(?:(?:at\s+least|more\s+than|over|about|some|around|"
    r"nearly|almost|between)\s+)?$"),
    re.I,
)
_TALLY_HEAD = re.compile(
    optional_as_branch(r"\b(?:(?P<toll>(?:death\s+)?toll)|(?P<population>population)|number|total|tally|count|figure)\b"), re.I
)
_LOCATIVE = re.compile(
    r"\s+(?:in|inside|across|of|throughout)\s+(?:the\s+)?(?:(?:rebel|government|opposition|regime|army|militia|"
    r"insurgent|jihadist|hts|sdf|kurdish|turkish|russian)-(?:held|controlled|run)\s+)?(?:[A-Z]|(?:whole\s+|entire\s+)?(?:area|region|province|"
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
    optional_as_branch(r"\s*(?:[,(–—]|\s-)\s*(?:or\s+)?(?:(?:nearly|almost|about|around|some|roughly|more\s+than|over|just\s+(?:over|under)|less\s+than|"
    r"close\s+to|an\s+estimated|at\s+least|up\s+to)\s+)?"
    r"(?:half|a\s+third|one[\s-]third|two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters|a\s+fifth|a\s+tenth|most|"
    r"(?:the\s+)?(?:vast\s+|overwhelming\s+|great\s+)?majority|"  # "- the vast majority of the region's population -"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|[a-z]+(?:[\s-][a-z]+)?\s+(?:per\s*cent|percent))\s+"
    r"(?:of\s+|(?=(?:the|its|their)\s))(?:[^,;()–—.]|\.(?=\d)){1,50}?(?:[,)–—]|\s-\s)"  # "half the population" too
    # "2.3 million people, (almost) the entire population of Gaza, face …"
    r"|\s*(?:[,(–—]|\s-)\s*(?:(?:almost|nearly|virtually|practically)\s+)?(?:the\s+)?(?:entire|whole)\s+population"
    r"(?:\s+of\s+[^,;()–—.]{1,40}?)?(?:[,)–—]|\s-\s)")
)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|this|that)?\s*(?:[a-z-]+['’]s\s+)?(?:(?:estimated|total|some)\s+)?")
_ASIDE_CLOSE = re.compile(r"[,)–—;]| - ")
_PART_OF = re.compile(
    r"\b(?:half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|most|the\s+majority)\s+of\s+"
    r"(?:the|these|those|its|their)\s+(?:[a-z-]+['’]s\s+)?$"  # "the majority of the town's 50,000 residents"
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
_TALLY_TO_ENDS = ("to", "at", "risen", "rose", "climbed", "reach", "reached", "reaches", "reaching", "hit", "hits", "pass", "passed", "passes",
                  "passing", "topped", "tops", "exceed", "exceeded", "exceeds", "exceeding", "now", "of", "between", *_QUAL_WORDS)
_INCLUDING_ENDS = ("including", "includes", "included", "include", "them", "whom", "those", "dead", "victims", "killed",
                   "these", "were", "was", "are", "is", *_QUAL_WORDS)
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
                      "well over", "just over", "some more than", "well above", "upward of"),
        "at_least": ("at least", "a minimum of", "no fewer than", "no less than", "not less than"),
        "almost": ("almost", "nearly", "close to", "just under", "just shy of", "approaching", "nigh on",
                   "just below", "very nearly", "closer to", "nearer to", "close on"),
        "up_to": ("up to", "as many as", "as much as"),
        "less_than": ("less than", "fewer than", "under", "below"),
        "about": ("about", "around", "some", "approximately", "approx.", "roughly", "an estimated", "estimated",
                  "an approximate", "circa", "c.", "an average of", "about some", "around some"),
    }.items()
    for phrase in phrases
}
# A count said to have gone past a mark ("now exceeds 2 million", "toll passes 300"): more than the
# mark; the verb stays out of the figure's text, where it would move what the count is read as
PAST_MARK = frozenset(("exceeds", "exceeded", "passes", "passed", "surpasses", "surpassed", "tops", "topped"))
_QUAL_LAST = frozenset(phrase.split()[-1] for phrase in _QUALIFIERS)
_QUAL_AFTER = re.compile(r"\s*(?:(?P<at_least>or\s+more)|(?P<more_than>\+|plus\b))")  # on lowered text
