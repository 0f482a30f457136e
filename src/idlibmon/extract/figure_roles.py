"""Second thoughts on a sentence's categorised counts: what the people counted are doing there.

`figures._categorise` reads each count's category from the words around it. A few kinds of count
take a trigger word's category without being that key figure, and they are told apart here by the
noun counted and the verb it belongs to:

- patients a clinic treated or served ("treated about 400 patients") are an activity, `other`;
  kits or supplies "for 2,000 patients" count no one;
- children out of school are `other`: no aid is owed to them as such (the dev sets never annotate
  them in_need, only `other` or borderline; "affecting 400,000 children" stays in_need, as the issue says);
- a sample screened or surveyed ("screening of 36,000 children found …") is no count of anyone;
- "12 of Amhara's zones", "13 of the country's 18 states" count areas, not people;
- people "including N who left camps" under a count of returns are returnees too, and so are people
  "who fled across the border" or "displaced inside the country" whose main verb is "have returned";
- "the dead include at least 28 civilians" counts the dead, whatever the sentence before counted;
- a rate of death or injury ("children are killed every day", "one child is dying every two hours") is no toll;
- captives who "have been rescued or escaped" fled no home;
- "bring to 54 the number of soldiers killed" counts the dead;
- a bare "one" ("including one reached in Sochi", "from one shelter to another") is a pronoun;
- a return that is only hoped for or planned ("a further 1.5 million refugees could return", "2 million
  displaced people intend to return") counts returns, as writers file it, not the refugees' own number;
  one that cannot happen ("60,000 residents have been unable to return to their homes") counts the displaced;
- people named as displaced whose main verb sends them home ("IDPs have left camps", "people who had
  been displaced have gone back") are returnees;
- a share of a population set off by commas whose own verb uproots it ("half of the region's population of
  150,000, or up to 75,000 people, had fled"; "including about 125,000 who were previously displaced") is
  displaced;
- "the figure could reach 1.5 million" projects the count told before it in the sentence, with its category;
- a part "of them" whose own verb uproots it ("2.9 million of them were already internally displaced");
- people treated "with injuries" or "with gunshot wounds" are the injured, not aid reach;
- a few hundred people "where" they "had taken refuge" in a building just named are people inside it, `other`;
- people who "still live in camps" or live, stay or remain in displacement or IDP sites or in a collective shelter
  are displaced, not residents: the camps hold those who have not gone home (a single camp's residents, "living in
  the camp", stay population);
- a part of the uprooted whose own verb is a need ("80,000 of the newly displaced are in urgent need of
  shelter", "20,000 of them require food") counts people in need, as "4.1 million of whom need aid" does;
- a count listed before another whose own noun is the casualty word ("3,000 fighters and 108 wounded",
  "1,000 people, 108 of them wounded") is not wounded itself: the word names the second count only;
- water stations and points hit are no facilities in the issue's sense (hospitals, schools, health
  facilities): writers file them as `other` or borderline, never as facilities;
- the people a water station, hospital or power plant "serves" are its catchment, no count of need: writers
  leave them out or borderline ("a water station serving around 150,000 people was hit"); those a repaired
  one serves again are reached by aid and stay in_need ("repaired water stations serving 200,000 residents").
- people in camps that the sentence puts in another country ("44,000 Syrians sheltering in nine camps in Turkey",
  "Turkey alone houses over 50,000 in camps", "In Jordan, the Zaatari camp now holds 15,000") are refugees:
  the camps of a host country hold people who crossed a border, whatever verb keeps them there.

Every test starts with a substring look-up, so texts without these words pay next to nothing.
"""

from __future__ import annotations

import re
from typing import Any

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.countries import COUNTRY_OR_ITS_AT, PEOPLE, country_named, people_of

_PATIENTS = re.compile(r"\bpatients\b")
_HURT_PATIENTS = re.compile(r"\b(?:wounded|injured|trauma|burn|burns|war-wounded|casualty|sick\s+and\s+wounded)\b")
_FOR_PATIENTS = re.compile(
    r"\b(?:kits?|supplies|medicines?|drugs|stocks?|treatment|enough|capacity|beds?)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:for|to\s+treat)\s+(?:[a-z]+\s+){0,3}?$")
_SAMPLE_BEFORE = re.compile(r"\b(?:screening\s+of|screened|surveyed|survey\s+of|sample\s+of|tested|assessment\s+of)\s+"
                            r"(?:[a-z]+\s+){0,2}?$")
_AREAS_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+['’]s\s+)?(?:\d{1,3}\s+)?(?:[a-z-]+\s+)?"
    r"(?:zones|districts|woredas|regions|provinces|states|counties|governorates|localities|townships|municipalities|"
    r"sub-?districts|oblasts|departments)\b")
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+(?:[a-z]+\s+){0,3}?$")
_RETURN_VERB = re.compile(
    r"\b(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:returned|gone\s+back|come\s+back|"
    r"been\s+(?:sent|brought|pushed|forced)\s+back|been\s+(?:repatriated|returned|deported))\b")
_DESCRIBED = re.compile(r"\s+(?:who\s+(?:had\s+|have\s+)?(?:been\s+(?:internally\s+)?(?=displaced))?|(?:internally\s+)?)"
                        r"(?:fled|left|crossed|escaped|were\s+displaced|"
                        r"displaced|uprooted)\b")
_WILL_RETURN = re.compile(
    r"\s+(?:could|would|may|might|will|(?:intend|plan|hope|want|wish|expect)(?:s|ed)?\s+to|to|"
    r"(?:are|were|is)\s+(?:expected|likely|set|due|planning|hoping)\s+to)\s+(?:soon\s+|eventually\s+)?"
    r"(?:return|go\s+(?:back|home))\b")
_NO_RETURN_BEFORE = re.compile(
    r"(?:unable\s+to|cannot|can['’]t|could\s+not|couldn['’]t|not\s+(?:yet\s+)?(?:been\s+able\s+to|able\s+to)?)\s+$")
_DISPLACED_HEAD = re.compile(r"\b(?:displaced|idps?)\b")
_HOME_MAIN_VERB = re.compile(
    r"\s+(?:\((?:idps?)\)\s+)?(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:returned|gone\s+back|come\s+back|"
    r"left\s+(?:the\s+)?(?:camps|(?:idp\s+|displacement\s+)?sites|shelters|collective\s+cent(?:re|er)s))\b")
_UPROOTED_VERB = re.compile(
    r",?\s+(?:who\s+)?(?:(?:had|have|has|were|are|was|is)\s+)?(?:(?:been|now|already|since|previously|reportedly|all)\s+){0,2}"
    r"(?:fled|internally\s+displaced|displaced|uprooted|forced\s+(?:from|out\s+of)\s+their\s+homes|forced\s+to\s+flee|"
    r"left\s+their\s+homes)\b")
_FIGURE_WORDS = ("figure", "number", "toll", "total", "count")  # one opens every `_FIGURE_COULD` match's noun
_FIGURE_COULD = re.compile(
    r"\b(?:the|this|that)\s+(?:figure|number|toll|total|count)\s+(?:could|may|might|would|will|is\s+(?:expected|likely)\s+to|"
    r"was\s+(?:expected|likely)\s+to)\s+(?:soon\s+|eventually\s+|still\s+)?(?:reach|rise\s+to|climb\s+to|grow\s+to|increase\s+to|"
    r"exceed|top|surpass|double\s+to)\s+(?:(?:as\s+many\s+as|more\s+than|over|about|around|some|nearly|almost|up\s+to)\s+)?$")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b")
# A rate after a death or injury word ("children are killed every day", "one child is dying every two hours",
# "26 deaths a day on average"): how fast people die, no toll. "Killed a day after the truce" is a date.
_HARM_RATE = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+every\s+(?:single\s+)?(?:(?:few|two|three|four|five|six|ten|twelve|\d+)\s+)?"
    r"(?:hours?|days?|minutes?|weeks?|nights?)\b"
    r"|(?:\s+(?:or\s+(?:injured|wounded|killed)|roughly|on\s+average))?\s+(?:a|per|each)\s+(?:day|week|hour|night)\b"
    r"(?!\s+(?:after|before|later|earlier|ago|of|when|since|into|and)\b)")
_APPOSITION_OPEN = re.compile(r"(?:,|\bincluding)\s+(?:or\s+)?$")
_WITH_WOUNDS = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns|trauma|fractures)\b")
# what the treated were treated for or with ("for conflict-related injuries", "with gunshot and knife wounds")
_TREATED_FOR = re.compile(r"\b(?:with|for)\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|burns|trauma|fractures)\b")
_CAMP_WORDS = ("camps", "tents", "site", "settlements", "shelter", "centre", "center")
_STILL_IN_CAMPS = re.compile(
    r"\bstill\s+(?:liv(?:e|es|ing)\s+in|remain(?:s|ing)?\s+in|host(?:s|ing)?\s+(?:[\w.,'’-]+\s+){1,5}?in)\s+"
    r"(?:[\w.,'’-]+\s+){0,4}?(?:camps|tents|informal\s+(?:sites|settlements)|(?:displacement|idp)\s+(?:sites|camps))\b")
_IN_IDP_SITES = re.compile(
    r"\b(?:liv(?:e|es|ed|ing)|host(?:s|ed|ing)?|housed|shelter(?:s|ed|ing)?|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+"
    r"(?:[\w.,'’-]+\s+){0,5}?in\s+(?:[\w.,'’-]+\s+){0,3}?(?:(?:displacement|idp)\s+(?:sites|camps|settlements)|"
    r"(?:collective|reception|evacuation)\s+(?:cent(?:re|er)s?|shelters?|sites?))\b")
# What ties camps to a country: "camps in Turkey", "Turkey's camps", "its camps" / "camps there" after a
# country named earlier in the sentence, a country hosting them ("Turkey alone houses"), a fronted "In Jordan,"
# or a country the people were driven into ("into Bangladesh, where"). One country pattern serves them all
# (matched where the words around it say so: `COUNTRY_OR_ITS_AT`), so only the people pattern is compiled here.
_PEOPLE_AT = re.compile(PEOPLE)
_CAMPS_IN = re.compile(r"\bcamps?\s+(?:[\w'’-]+\s+){0,4}?(?:in|inside)\s+(?:neighbou?ring\s+)?")
_THEN_CAMPS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?camps?\b")
_ITS_CAMPS = re.compile(r"\bits\s+(?:[\w'’-]+\s+){0,2}?camps?\b|\bcamps?\s+there\b")
_HOSTS_IT = re.compile(r"(?:\s+(?:alone|itself|now|already|currently|still))?\s+(?:houses|hosts|shelters|holds)\s+(?:[\w.,'’-]+\s+){0,3}?")
_FRONTED_IN = re.compile(r"\s*in\s+")
_COMMA_WHERE = re.compile(r",\s+where\s+")
_TALLY_OF = re.compile(r"\b(?:number|total)\s+of\s+")
_ONE_WORD = re.compile(r"[\w'’-]+\s+")
_PART_OF = re.compile(r"\s+of\s+(?:them|whom|those|these|the)\b")
_NEED_VERB = re.compile(
    r",?\s+(?:(?:are|were|is|was|remain|remained)\s+)?(?:(?:now|still|also|already|urgently|all|reportedly)\s+)?"
    r"(?:in\s+(?:(?:urgent|immediate|dire|acute|critical|desperate|pressing)\s+)?need\b|need\b|needed\b|requir(?:e|ed)\b|"
    r"depend(?:s|ed)?\s+on\b|rel(?:y|ied)\s+on\b)")
# what a catchment belongs to: a place of service named in the clause before "serves"
_SERVICE_PLACE = re.compile(
    r"\b(?:stations?|plants?|hospitals?|clinics?|facilit(?:y|ies)|cent(?:re|er)s?|networks?|pipelines?|"
    r"baker(?:y|ies)|wells?|dams?|schools?|generators?|grids?|substations?|reservoirs?|systems?)\b[^.;:]*$")
# aid work that brings the service back: those it serves again are reached by aid ("repaired water stations serving …")
_REPAIRED = re.compile(r"\b(?:repaired|rehabilitated|restored|reopened|rebuilt|fixed)\s+(?:[\w'’-]+\s+){0,3}?$")
# after "where N people": people who had taken cover in the building just named, not a count of the uprooted
_SHELTERED_THERE = re.compile(r"\s+(?:had|have|were)\s+(?:been\s+)?(?:taken|sought|sheltering|hiding)\b")
_CAPTIVES = re.compile(r"\b(?:rescued|freed|released|captivity|captors|captive|abducted|kidnapped|enslaved)\b")
_BRING_BEFORE = re.compile(r"\bbr(?:ing|ings|inging|ought)\s+(?:the\s+total\s+)?to\s+$")
_BROUGHT_TO = re.compile(
    r"\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w'’-]+\s+){0,5}?(?:(?:who\s+)?(?:have|had|has)\s+(?:been\s+)?)?"
    r"(?P<what>killed|dead|died|wounded|injured|displaced|fled)\b")
_BROUGHT_CATEGORY = {"kill": "killed", "dead": "killed", "died": "killed", "woun": "injured", "inju": "injured",
                     "disp": "displaced", "fled": "displaced"}
_DEAD_INCLUDE = re.compile(
    optional_as_branch(r"\b(?:the\s+)?(?P<what>dead|killed|fatalities|victims|wounded|injured)\s+(?:also\s+)?"
    r"(?:include[sd]?|including|were|are)\s+(?:[a-z]+\s+){0,2}?$"))


def revise(low: str, cands: list[Any], lo: int) -> None:
    """Correct the categories `_categorise` gave one sentence's counts (`low` is the lowercased text)."""
    for i, c in enumerate(cands):
        cat = c.category
        if cat is None and c.noun == "person" and i + 1 < len(cands) and _listed_victims(low, c, cands[i + 1]):
            c.category = cands[i + 1].category  # "120 militants, 38 soldiers and 19 civilians have been killed"
            continue
        if cat is None and c.noun in (None, "person") and "bring" in low[(c.start - 16 if c.start - 16 > lo else lo):c.start]:
            brought = _BROUGHT_TO.match(low, c.number.span[1])
            if brought is not None and _BRING_BEFORE.search(low, (c.start - 16 if c.start - 16 > lo else lo), c.start):
                # "The deaths bring to 54 the number of Turkish soldiers killed in Idlib this month"
                c.category = _BROUGHT_CATEGORY[brought.group("what")[:4]]
                c.head_end = brought.end()
                continue
        if cat in (None, "in_need") and i > 0 and any(w in low[(c.start - 70 if c.start - 70 > lo else lo):c.start]
                                                      for w in _FIGURE_WORDS) \
                and (m := _FIGURE_COULD.search(low, (c.start - 70 if c.start - 70 > lo else lo), c.start)):
            told = next((p for p in reversed(cands[:i]) if p.category not in (None, "other")), None)
            if told is not None:  # "280,000 people had been displaced, and it warned the figure could reach 1.5 million"
                c.category, c.trig_span = told.category, m.span()
                continue
        if cat in ("population", "displaced", "other") and c.noun in (None, "person") \
                and "camp" in low[(c.start - 160 if c.start - 160 > lo else lo):c.head_end + 60] and _camps_abroad(low, lo, c):
            c.category, c.unit = "refugees", "people"  # "44,000 Syrians sheltering in nine camps in Turkey"
            continue
        if cat is None or cat == "other":
            continue
        n = c.number
        if n.value == 1 and n.spelled and c.noun is None and not low.startswith(" of ", n.span[1]):
            c.category = c.trig_span = None  # "including one reached in Sochi", "from one shelter to another": a pronoun
            continue
        head = low[n.span[1]:c.head_end]
        before = low[(c.start - 40 if c.start - 40 > lo else lo):c.start]
        if cat == "in_need" and "patients" in head and _PATIENTS.search(head) and not _HURT_PATIENTS.search(head) \
                and not _WITH_WOUNDS.match(low, c.head_end + 1):
            if _FOR_PATIENTS.search(before):
                c.category = c.trig_span = None  # "trauma kits for up to 5,000 patients"
            else:
                c.category = "other"  # "mobile clinics treated about 400 patients": an activity, not a need
            continue
        if cat in ("killed", "injured") and _harm_rate(low, c):
            c.category = c.trig_span = None  # "children are being killed every day": a rate, no toll
            continue
        if cat in ("killed", "injured") and c.noun == "person" and c.self_cat is None and c.trig_span is not None \
                and c.trig_span[0] > c.head_end and _named_by_next(low, cands, i):
            c.category = c.trig_span = None  # "some 3,000 fighters and 108 wounded": the wounded are the 108
            continue
        if cat == "facilities" and "water" in head:
            c.category = "other"  # "six water stations were damaged": infrastructure, not a health or school facility
            continue
        if cat == "displaced" and low.startswith(" of ", n.span[1]) and _PART_OF.match(low, n.span[1]) \
                and _NEED_VERB.match(low, c.head_end):
            c.category = "in_need"  # "some 20,000 of the newly displaced are in urgent need of shelter"
            continue
        if cat == "in_need" and c.trig_span is not None and low.startswith("serv", c.trig_span[0]) \
                and (m := _SERVICE_PLACE.search(low, (c.trig_span[0] - 60 if c.trig_span[0] - 60 > lo else lo), c.trig_span[0])) \
                and not _REPAIRED.search(low, (m.start() - 30 if m.start() - 30 > lo else lo), m.start()):
            c.category = c.trig_span = None  # "a water station serving around 150,000 people": a catchment
            continue
        if cat == "in_need" and c.trig_span is not None and low.startswith("out of school", c.trig_span[0]):
            c.category = "other"  # "1.7 million children are out of school": schooling missed, no aid owed
            continue
        if ("screen" in before or "survey" in before or "sample" in before or "test" in before
                or "assessment" in before) and _SAMPLE_BEFORE.search(before):
            c.category = c.trig_span = None  # "screening of 36,000 children under five found …": a sample
            continue
        if c.noun is None and " of " in low[n.span[1]:n.span[1] + 4] and (m := _AREAS_AFTER.match(low, n.span[1])):
            c.category, c.unit = "other", "areas"  # "clashes have affected at least 12 of Amhara's zones"
            c.head_end = max(c.head_end, m.end())
            continue
        if cat in ("displaced", "population", "refugees") and i > 0 and "including" in before \
                and _INCLUDING_BEFORE.search(before) and any(p.category == "returned" for p in cands[:i]):
            c.category = "returned"  # "1.2 million have returned …, including over 885,000 IDPs who left camps"
            continue
        if cat == "displaced" and c.trig_span is not None and low.startswith("escaped", c.trig_span[0]) \
                and _CAPTIVES.search(low, (c.trig_span[0] - 60 if c.trig_span[0] - 60 > lo else lo), c.trig_span[1] + 60):
            c.category = c.trig_span = None  # "about 3,580 have since been rescued or escaped": captives freed
            continue
        if cat in ("displaced", "refugees") and "ha" in low[c.head_end:c.hi] and _DESCRIBED.match(low, c.head_end):
            verb = _RETURN_VERB.search(low, c.head_end, (c.head_end + 140 if c.head_end + 140 < c.hi else c.hi))
            if verb is not None and not any(ch in low[c.head_end:verb.start()] for ch in ",;:"):
                # "15,000 people who fled into China have been sent back", "1.5 million people displaced inside
                # the country have returned": the clause after the noun describes them, the main verb counts them
                c.category = "returned"
                continue
        if cat in ("displaced", "refugees") and "return" in low[c.head_end:c.head_end + 120] \
                and _WILL_RETURN.match(low, _list_end(low, cands, i)):
            c.category = "returned"  # "a further 1.5 million refugees could return by the end of the year"
            continue
        if cat == "returned" and c.trig_span is not None and ("not" in (lead := low[c.trig_span[0] - 24:c.trig_span[0]])
                                                             or "unable" in lead or "n't" in lead or "n’t" in lead) \
                and _NO_RETURN_BEFORE.search(low, c.trig_span[0] - 24 if c.trig_span[0] - 24 > lo else lo, c.trig_span[0]):
            c.category = "displaced"  # "60,000 residents have been unable to return to their homes"
            continue
        if cat == "displaced" and ("ha" in low[c.head_end:c.head_end + 16]) and _DISPLACED_HEAD.search(head) \
                and _HOME_MAIN_VERB.match(low, c.head_end):
            c.category = "returned"  # "512,000 internally displaced persons (IDPs) have left camps and informal sites"
            continue
        if cat == "population" and c.noun in (None, "person") and ("who" in (after := low[c.head_end:c.head_end + 40])
                                                                      or "," in after[:2]) \
                and _APPOSITION_OPEN.search(low, (c.start - 12 if c.start - 12 > lo else lo), c.start) \
                and _UPROOTED_VERB.match(low, c.head_end):
            c.category = "displaced"  # "the region's population of 150,000, or up to 75,000 people, had fled"
            continue
        if cat in ("in_need", "population") and low.startswith(" of ", c.head_end) \
                and (part := _OF_THEM_AFTER.match(low, c.head_end)) and _UPROOTED_VERB.match(low, part.end()):
            c.category = "displaced"  # "4.1 million people lived there, and 2.9 million of them were already internally displaced"
            continue
        if cat == "in_need" and c.trig_span is not None and low.startswith("treat", c.trig_span[0]) \
                and ("with" in (tail := low[c.trig_span[1]:(c.head_end + 50 if c.head_end + 50 < c.hi else c.hi)])
                     or "for" in tail) \
                and _TREATED_FOR.search(tail):
            c.category = "injured"  # "teams treated 39 people with injuries consistent with shelling"
            for nxt in cands[i + 1:]:  # "…, including 260 children": the sub-counts of the treated
                if nxt.category != "in_need" or nxt.trig_span is not None or "including" not in low[c.head_end:nxt.start]:
                    break
                nxt.category = "injured"
            continue
        if cat in ("displaced", "refugees", "in_need", "population") and low.startswith(" with ", c.head_end) \
                and _WITH_WOUNDS.match(low, c.head_end + 1):
            c.category = "injured"  # "36 people with injuries were referred to the provincial hospital"
            continue
        if cat in ("displaced", "refugees") and n.value < 1000 and low.endswith("where ", lo, c.start) \
                and _SHELTERED_THERE.match(low, c.head_end):
            c.category = "other"  # "the hotel, where about 180 people had taken refuge, was surrounded": people inside a building
            continue
        if cat == "population" and _in_camps(low, c, cands[i - 1].head_end if i > 0 and cands[i - 1].head_end > lo else lo,
                                             cands[i + 1].start if i + 1 < len(cands) else c.hi):
            c.category = "displaced"  # "around 1.9 million people still live in some 1,500 camps"
            continue
        if cat in ("injured", "killed") and ("dead" in before or "killed" in before or "fatalit" in before
                                             or "victims" in before or "wounded" in before or "injured" in before):
            m = _DEAD_INCLUDE.search(before)
            if m is not None:
                c.category = "injured" if m.group("what") in ("wounded", "injured") else "killed"
                last = c
                for nxt in cands[i + 1:]:  # "Among the dead are 20 children and nine women": the whole list
                    if nxt.category != cat or _LIST_GAP.fullmatch(low, last.head_end, nxt.start) is None:
                        break
                    nxt.category, last = c.category, nxt


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _harm_rate(low: str, c: Any) -> bool:
    """Does a rate follow the count's death or injury word ("killed every day", "dying every two hours")?
    Writers never file such a rate as a toll. A substring test spares the pattern almost every count."""
    end = c.trig_span[1] if c.trig_span is not None and c.trig_span[1] > c.head_end else c.head_end
    seg = low[end:(end + 40 if end + 40 < c.hi else c.hi)]
    if "every" not in seg and " a " not in seg and "per " not in seg and "each " not in seg:
        return False
    return _HARM_RATE.match(low, end, c.hi) is not None


def _list_end(low: str, cands: list[Any], i: int) -> int:
    """Where the words after count i's noun start, past a listed second count of the uprooted
    ("1.5 million refugees and 2 million displaced people intend to return")."""
    if i + 1 < len(cands) and cands[i + 1].category in ("displaced", "refugees") \
            and _LIST_GAP.fullmatch(low, cands[i].head_end, cands[i + 1].start) is not None:
        return cands[i + 1].head_end
    return cands[i].head_end


_OF_THEM_GAP = (" ", " of them ")


def _named_by_next(low: str, cands: list[Any], i: int) -> bool:
    """Is count i's casualty word the bare noun of a later count of the same sentence, right after
    its number ("108 wounded", "108 of them wounded")?"""
    ts = cands[i].trig_span[0]
    for o in cands[i + 1:]:
        end = o.number.span[1]
        if end > ts:
            return False
        if o.category == cands[i].category and low[end:ts] in _OF_THEM_GAP:
            return True
    return False


def _in_camps(low: str, c: Any, lo: int, hi: int) -> bool:
    """Does a population count live on in camps ("still live in camps", "in displacement sites")?

    Only the words between its neighbour counts [lo, hi) are its own: "home to 1 million residents
    and hosts 700,000 people living in displacement sites" puts the second count in the sites.

    A camp's people have not gone home: writers count them displaced. Plain "live in camps" is left
    alone, since the dev sets' writers split on it; "still" or a site named for the displaced decide."""
    a = c.start - 40 if c.start - 40 > lo else lo
    b = c.head_end + 90 if c.head_end + 90 < hi else hi
    window = low[a:b]
    if not any(w in window for w in _CAMP_WORDS):
        return False
    return _STILL_IN_CAMPS.search(low, a, b) is not None or _IN_IDP_SITES.search(low, a, b) is not None


def _camps_abroad(low: str, lo: int, c: Any) -> bool:
    """Are count c's people in camps the sentence puts in a country not their own?

    The people are those named with the count ("44,000 Syrians", "the number of Syrians in camps");
    a count that names none is abroad when the camps' country is not the one the text talks of most
    (an article on Syria that says "In Jordan, the Zaatari camp holds 15,000")."""
    hi = c.hi if c.hi > c.head_end else c.head_end
    end = c.head_end + 60 if c.head_end + 60 < hi else hi
    host = _camps_country(low, lo, c, end)
    if host is None:
        return False
    host = country_named(host)
    m = _TALLY_OF.search(low, (c.start - 60 if c.start - 60 > lo else lo), c.start)
    people = _people_at(low, m.end()) if m is not None else None
    if people is None and low.startswith(" ", c.number.span[1]):
        people = _people_at(low, c.number.span[1] + 1)
    if people is not None:
        return people != people_of(host)
    told = [country_named(t.group()) for t in COUNTRY_OR_ITS_AT.finditer(low)]
    return max(set(told), key=told.count) != host


def _people_at(low: str, i: int) -> str | None:
    """The people named at i, or one word after it ("Syrians", "registered Syrians"), or None."""
    p = _PEOPLE_AT.match(low, i)
    if p is None and (w := _ONE_WORD.match(low, i)) is not None:
        p = _PEOPLE_AT.match(low, w.end())
    return " ".join(p.group().split()) if p is not None else None


def _camps_country(low: str, lo: int, c: Any, end: int) -> str | None:
    """The country the words around count c put its camps in, or None."""
    m = _CAMPS_IN.search(low, c.start, end)
    if m is not None and (k := COUNTRY_OR_ITS_AT.match(low, m.end())) is not None:
        return k.group()  # "sheltering in nine camps in Turkey"
    named = list(COUNTRY_OR_ITS_AT.finditer(low, lo, end))
    for k in named:
        if _THEN_CAMPS.match(low, k.end()) is not None:
            return k.group()  # "Turkey's camps"
    before = [k for k in named if k.end() <= c.start]
    if not before:
        return None
    if _ITS_CAMPS.search(low, lo, end) is not None:
        return before[-1].group()  # "Turkey's disaster agency said the number of Syrians in its camps …"
    k = before[-1]
    if k.start() > c.start - 60 and _HOSTS_IT.fullmatch(low, k.end(), c.start) is not None:
        return k.group()  # "Turkey alone houses over 50,000 in camps"
    if (f := _FRONTED_IN.match(low, lo)) is not None and f.end() == before[0].start() \
            and low.startswith(",", before[0].end()):
        return before[0].group()  # "In Jordan, the Zaatari camp now holds 15,000"
    if low.endswith("into ", k.start() - 5, k.start()) and _COMMA_WHERE.match(low, k.end()) is not None:
        return k.group()  # "drove 740,000 of them into Bangladesh, where nearly one million now live in camps"
    return None


def _listed_victims(low: str, c: Any, nxt: Any) -> bool:
    """Is c the first item of a list of people whose verb of death or injury comes after the next item?"""
    ts = nxt.trig_span
    return nxt.category in ("killed", "injured") and nxt.noun == "person" and ts is not None \
        and ts[0] > nxt.head_end and _LIST_GAP.fullmatch(low, c.head_end, nxt.start) is not None
