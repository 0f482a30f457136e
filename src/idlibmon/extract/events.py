"""Dated happenings for the timeline: each date in a sentence claims the event word nearest to it.

Conflict reporting puts a date next to the verb or noun of what happened ("captured the town
on Tuesday", "Since 1 December, 390,000 people have fled", "a ceasefire announced in August").
So the engine finds every date and every event trigger of a sentence and pairs them cheapest
first, each date and each trigger used once: the cost is the distance in characters, plus a
toll for each comma or clause boundary crossed, less the trigger's strength ("offensive" names
a happening, "killed" only accompanies one). Dates on which the article's own source speaks
("OCHA said on Friday") claim nothing: they date the report, not the war; a leader's words
("Erdogan said on Sunday ... and warned") are a statement, kind talks. The same happening
told twice (headline and body) is kept once, in its best-dated telling.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

from idlibmon.extract.dates import DateMention, find_dates
from idlibmon.extract.places import find_places
from idlibmon.models import Event

try:
    from idlibmon.extract.text import sentences
except ImportError:  # pragma: no cover - the text module arrives with the engine
    _SENT = re.compile(r"[^\n.!?]+(?:[.!?]+[\"'”’)]*|$)")

    def sentences(text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _SENT.finditer(text) if m.group().strip()]

__all__ = ["find_events"]

Span = tuple[int, int]

# kind -> (bonus in characters of distance, trigger patterns). A strong trigger names the
# happening itself; a weak one often only accompanies it ("killed" beside "offensive").
_LEXICON: dict[str, list[tuple[int, str]]] = {
    # words that look like a trigger but are not one: matched first, then dropped
    "_": [
        (0, r"(?:military|army|armou?red|troop|Turkish|Russian|US|American|rebel|regime)\s+(?:\w+\s+)?convoys?"),
        (0, r"(?:death\s+)?toll\s+(?:rose|climbed|increased|has\s+risen|had\s+risen|reached|stood)"),
    ],
    "other": [
        (60, r"(?:published|released|issued|put\s+out)\s+(?:a|an|its|their|the)\s+(?:\w+\s+){0,3}?(?:report|investigation|study|analysis|documentary|findings|video|dossier)"),
        (30, r"(?:report|investigation|study)\s+(?:was\s+)?(?:published|released)"),
        (20, r"protest(?:s|ed|ers)?|demonstrat(?:ions?|ed|ors)|rall(?:y|ies|ied)|sit-ins?|vigils?"),
        (35, r"flood(?:s|ed|ing)?|(?:winter\s+)?storms?|heavy\s+rains?|torrential\s+rains?|snow(?:fall|storms?)?"),
        (40, r"(?:first\s+)?(?:cases?|infections?)\b(?:\s+[\w-]+){0,4}?\s+(?:was|were|had\s+been|has\s+been)\s+confirmed|outbreaks?"),
        (15, r"elections?|earthquakes?"),
        (40, r"(?:died|dying|die)\s+(?:from|of)\s+(?:the\s+)?(?:cold|hypothermia|exposure)|(?:froze|freezing|frozen)\s+to\s+death"),
    ],
    "ceasefire": [
        (35, r"cease-?\s?fires?|truces?|cessation\s+of\s+hostilities|armistice|halt\s+to\s+(?:the\s+)?(?:fighting|hostilities)"
             r"|halt(?:ed|s)?\s+(?:fire|firing|hostilities|fighting)"),
        (25, r"de-?escalation\s+(?:agreement|deal|memorandum|zone\s+agreement)"),
        (30, r"demilitari[sz]ed\s+(?:zone|buffer|area)|buffer\s+zone|de-?escalation\s+zone"),
        (30, r"(?:Sochi|Astana|Moscow|Idlib)\s+(?:agreement|deal|memorandum|accord|protocol)"),
        # between the warring sides' backers, a deal struck is a truce more often than not
        (25, r"(?:deal|agreement|accord)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:reached|struck|brokered)"
             r"|(?:reached|struck|brokered)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord)"),
    ],
    "capture": [
        (30, r"(?:re)?captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|(?:took|take|taken|taking|gained|gain|regained|seized|wrested)\s+(?:full\s+)?control"),
        (30, r"retook|retaken|retake|overran|overrun|fell\s+to|fall\s+of|took\s+over|taken\s+over|(?:drove|pushed)\s+(?:\w+\s+){0,2}out"
             r"|(?:took|taken|take|won|winning|win)\s+back|(?:took|taken|take|taking)\s+(?:the\s+)?(?:\w+\s+)?(?:towns?|villages?|city|cities|hills?|areas?|neighbourhoods?|districts?|bases?|airbase|positions?)\b"
             r"|raised\s+(?:the|their)\s+flag|changed\s+hands|swept\s+(?:into|through|across)"
             r"|consolidated\s+(?:its\s+|their\s+)?control|secured|takeover|restored\s+(?:security|control)"
             r"|(?-i:(?:took|seized)\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]+)"
             r"|(?:expell?ed|ousted|evicted)\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?(?:town|village|city|area|district|neighbou?rhood)"),
        (15, r"entered|recover(?:ed|ing)|liberat(?:ed|ion)"),
    ],
    "offensive": [
        (30, r"offensives?|incursions?|counter-?(?:attacks?|offensives?)|(?:military|ground|air|aerial|bombing)\s+(?:campaign|operation)s?"
             r"|(?:new|fresh|renewed|major|army's|military's|government's|regime's)\s+campaign|campaigns?\s+(?:\w+\s+)?(?:began|started|resumed|was\s+launched)"
             r"|invad(?:ed|es|ing)|invasion"),
        (40, r"launch(?:ed|es|ing)\s+(?:\w+\s+){0,2}?(?:attacks|assaults?|offensives?|operations?|campaigns?)"
             r"|(?:trying|tried|attempting|attempts?|bid|seeking|sought|pushing)\s+to\s+(?:re)?(?:take|capture|seize|recapture)"),
        (25, r"encircl(?:ed|ing|ement)|besieg(?:ed|ing)|(?:laid|lay)\s+siege"
             r"|(?:new|second|third|fresh|renewed|major|ground)\s+push|push(?:es)?\s+(?:began|started)"
             r"|reached\s+the\s+(?:outskirts|edges?|gates)|closed\s+in\s+on"),
        (20, r"assaults?|(?:military\s+)?operations?|push(?:ed)?\s+(?:into|towards|toward|north|south|east|west)|advanc(?:es|ed|ing)"
             r"|(?:troops|forces)\s+(?:moved|pushed)"),
        (30, r"(?:fighting|front(?:\s*-?\s*lines?)?|troops|forces|army)\s+(?:has\s+|have\s+)?moved\s+(?:north|south|east|west)\w*"),
    ],
    "escalation": [
        (35, r"escalat(?:ion|ed|es|ing)|intensif(?:ied|ies|y|ying|ication)|stepped\s+up|ramped\s+up|picked\s+up|upsurge|flare-?ups?|flared"),
        # "the bombing that began in mid-December", "fighting resumed on 20 October"
        (40, r"(?:fighting|clashes|hostilities|violence|bombing|bombardment|shelling)(?:\s+[\w'’-]+){0,6}?\s+"
             r"(?:began|started|resumed|erupted|picked\s+up|flared(?:\s+up)?)"),
        (25, r"(?:surge|spike|increase|rise|uptick)\s+in\s+(?:\w+\s+)?(?:violence|fighting|hostilities|attacks|strikes|bombardment|shelling|air\s*strikes)"),
        (15, r"renewed\s+(?:fighting|violence|hostilities|clashes|bombardment|bombing)|worsen(?:ed|ing)|deteriorat(?:ed|ion|ing)"
             r"|surged?"),
        # a bare "resumed" takes the kind of what resumed ("talks", "the offensive"), so only this:
        (25, r"resumption\s+of\s+(?:the\s+)?(?:fighting|hostilities|bombing|bombardment|attacks|air\s*strikes|shelling)"),
    ],
    "attack": [
        (25, r"air\s?-?strikes?|air\s?-?raids?|(?:barrel|car|truck|lorry|suicide|roadside|motorcycle)\s+bombs?|IEDs?"
             r"|shell(?:ing|ed|s)|bomb(?:s|ed|ing|ings|ardment|arded)?|massacres?"
             r"|shot\s+down|downed|ambush(?:ed)?"),
        (25, r"attack(?:s|ed|ing)?|rockets?|missiles?|drones?|artillery|explosions?|exploded|blasts?|struck|strikes?|targeted|clashes|clashed"),
        # casualty words: the only attack words that a period's toll ("killed since April") uses
        (10, r"kill(?:ed|ing|s)|dead|died|deaths|wounded(?!\s+patients)|injured|casualties|fighting"),
        (5, r"hit"),
        (25, r"(?:put|knocked|forced)\s+(?:[\w-]+\s+){0,5}?out\s+of\s+(?:service|action|operation)"),
        (12, r"fired|pound(?:ed|ing)|dropped\s+(?:\w+\s+){0,2}(?:bombs?|barrel|missiles?|munitions|leaflets)"),
    ],
    "displacement": [
        # "displaced families", "displacement camps" name people and places, not a movement
        (30, r"fled|flee(?:ing|s)?|uprooted|exodus|forced\s+(?:\w+\s+){0,2}(?:from|to\s+leave|out\s+of)\s+(?:\w+\s+)?homes"
             r"|displaced(?!\s+(?:people|persons|families|households|children|women|men|Syrians|civilians|communities|population|populations|IDPs|residents))"
             r"|displacement(?!\s+(?:camps?|sites?|settlements?|shelters?|centres?|centers?|areas?))"),
        (20, r"left\s+their\s+homes|on\s+the\s+move|evacuat(?:ed|ion|ions)|new\s+arrivals"
             r"|(?:people|families|residents|civilians|inhabitants|households)\s+(?:have\s+|has\s+|had\s+)?left\b"
             r"|number\s+of\s+(?:newly\s+)?displaced"
             r"|(?:walked|marched|headed|streamed|moved|massed|gathered)\s+(?:\w+\s+){0,2}(?:towards?|to|at|on)\s+(?:the\s+)?(?:\w+\s+)?(?:border|frontier|camps?)"),
    ],
    "talks": [
        (35, r"talks|negotiations?|negotiated|summit|meeting|met|meets|meet|phone\s+call|(?:spoke|speak|talk)\s+by\s+(?:tele)?phone"
             r"|by\s+(?:tele)?phone|conference|discuss(?:es|ed|ing)?"
             r"|brief(?:s|ed|ing)?\s+(?:the\s+)?(?:UN\s+)?(?:Security\s+Council|council|reporters|journalists|the\s+press)"
             r"|(?:was|were)\s+briefed"),
        (30, r"accus(?:ed|es|ing)|blam(?:ed|es|ing)|warn(?:ed|s|ing)|urg(?:ed|es|ing)|called\s+(?:for|on)|calls\s+(?:for|on)|condemn(?:ed|s|ing)|demand(?:ed|s)|appealed|press(?:ed)?\s+for|pledged|vowed|threaten(?:ed|s)|tweeted"),
        (20, r"announc(?:ed|es|ing)|statement|briefed|visit(?:ed|s)?|agreed|agreement|accord|deal|proposed|rejected|signed|vetoe?(?:d|s)?"),
    ],
    "humanitarian": [
        (40, r"(?:aid|relief|humanitarian|UN|food|cross-?border|inter-?agency)\s+convoys?"
             r"|convoys?\s+(?:of|carrying)\s+(?:\d[\d,]*\s+)?(?:aid|trucks|lorries|food|relief|humanitarian|supplies)"
             r"|cross-?border\s+(?:aid|operations?|mechanism|deliveries|delivery)|humanitarian\s+(?:pause|corridor|access|aid|assistance|operations?|response|truce)"),
        (30, r"aid\s+deliver(?:y|ies|ed)|deliver(?:ed|ing|ies)\s+(?:[\w,]+\s+){0,6}?(?:aid|assistance|food|supplies|medicines?|tents|items|kits|vaccines)"
             r"|resolution|airdrop|flash\s+appeal|distribut(?:ed|ion|ions)\s+(?:of\s+)?(?:[\w,]+\s+)?(?:aid|food|tents|assistance|kits|blankets|items|supplies|parcels|baskets)"),
        (30, r"(?:plan|appeal)s?\s+(?:was\s+|were\s+)?(?:released|launched|issued)|launched\s+(?:a|an|the)\s+(?:[\w$-]+\s+){0,4}?(?:plan|appeal)"
             r"|(?:response|readiness|humanitarian|flash|winter(?:i[sz]ation)?)\s+(?:plan|appeal)"),
        (25, r"shipments?\s+of|(?:aid|relief|medical|humanitarian)\s+(?:supplies|shipments?|deliveries)"),
        (15, r"convoys?"),
        (20, r"vaccinat(?:ion|ed)|relief\s+(?:supplies|items|operation)|(?:aid|relief|humanitarian)\s+trucks?"
             r"|trucks?\s+(?:of|carrying|loaded|with)\b"),
    ],
}

_GROUPS: dict[str, tuple[str, int]] = {}


def _compile() -> dict[str, re.Pattern[str]]:
    """One small pattern per two-letter word start: at each word only the triggers that can
    begin with its first letters are tried (one alternation of everything costs ~10x more)."""
    # key -> group name -> branches; a key is two letters, or one letter for branches whose
    # second character is not a plain letter ("(?:re)?captur", "d(?:ead|ied)")
    keyed: dict[str, dict[str, list[str]]] = {}
    for kind, entries in _LEXICON.items():
        for i, (bonus, pattern) in enumerate(entries):
            name = f"{kind}_{i}"
            _GROUPS[name] = (kind, bonus)
            for branch in (b for top in _top_level(pattern, "|") for b in _expand(top)):
                if branch[:2].isalpha():
                    keys: Iterable[str] = [branch[:2].lower()]
                else:
                    keys = _branch_first(branch) or "abcdefghijklmnopqrstuvwxyz"
                for key in keys:
                    keyed.setdefault(key, {}).setdefault(name, []).append(branch)
    firsts = {k for k in keyed if len(k) == 1}
    pairs = {k for k in keyed if len(k) == 2}
    out: dict[str, re.Pattern[str]] = {}
    for key in pairs | firsts:
        parts = (key, key[0]) if len(key) == 2 else (key,)
        groups = {  # in lexicon order: the first alternative that matches wins
            name: [b for part in parts for b in keyed.get(part, {}).get(name, [])] for name in _GROUPS
        }
        groups = {name: branches for name, branches in groups.items() if branches}
        alternation = "|".join(f"(?P<{name}>{'|'.join(branches)})" for name, branches in groups.items())
        out[key] = re.compile(rf"(?:{alternation})(?![\w-])", re.IGNORECASE)
    return out


def _first_letters(pattern: str) -> str | None:
    """The letters a pattern can start with, so a cheap look-ahead can skip it at most words
    (the big alternation is otherwise tried in full at every word). None when unsure."""
    letters: set[str] = set()
    for branch in _top_level(pattern, "|"):
        got = _branch_first(branch)
        if got is None:
            return None
        letters |= got
    return "".join(sorted(letters))


def _group_end(branch: str) -> int:
    """Index of the ")" closing the group that opens `branch` (escapes skipped)."""
    level, i = 0, 0
    while i < len(branch):
        c = branch[i]
        if c == "\\":
            i += 2
            continue
        level += c == "("
        level -= c == ")"
        if level == 0:
            break
        i += 1
    return i


def _expand(branch: str, depth: int = 0) -> list[str]:
    """Spell out a leading group so every branch starts with plain letters where it can:
    "(?:re)?captur" -> "recaptur", "captur" (the dispatch key is a branch's first two letters)."""
    if depth > 3 or not branch.startswith("(?:"):
        return [branch]
    i = _group_end(branch)
    inner, rest = branch[3:i], branch[i + 1:]
    if rest[:1] in ("*", "+", "{") or "(?P" in inner:
        return [branch]
    optional = rest.startswith("?")
    rest = rest[1:] if optional else rest
    out = [x for alt in _top_level(inner, "|") for x in _expand(alt + rest, depth + 1)]
    return out + (_expand(rest, depth + 1) if optional else [])


def _branch_first(branch: str) -> set[str] | None:
    if not branch:
        return None
    ch = branch[0]
    if ch.isalpha():
        return {ch.lower()}
    if branch.startswith("(?:"):
        i = _group_end(branch)
        inner = _first_letters(branch[3:i])
        if inner is None:
            return None
        if branch[i + 1:i + 2] in ("?", "*"):
            rest = _branch_first(branch[i + 2:])
            return None if rest is None else set(inner) | rest
        return set(inner)
    return None


def _top_level(pattern: str, sep: str) -> list[str]:
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == sep and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_TRIGGERS = _compile()


def _key_starts() -> re.Pattern[str]:
    """Word starts whose first two letters can begin a trigger: most words are skipped in C."""
    by_first: dict[str, set[str]] = {}
    for key in _TRIGGERS:
        by_first.setdefault(key[0], set()).add(key[1:])
    parts = []
    for first, seconds in sorted(by_first.items()):
        if "" in seconds:
            parts.append(re.escape(first))
        else:
            parts.append(f"{re.escape(first)}[{''.join(sorted(seconds))}]")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})[\w'’]*", re.IGNORECASE)


_WORD_START = _key_starts()
# Frequent words that begin no trigger although their first letters might: skipped unmatched.
_NOT_TRIGGERS = frozenset((
    "about", "according", "across", "after", "all", "also", "among", "and", "ankara", "april", "are", "area", "areas",
    "around", "as", "assistance", "at", "bab", "back", "be", "been", "before", "began", "between", "border", "but", "came",
    "camp", "camps", "cent", "children", "city", "civilian", "contact", "continued", "control", "could", "council", "countryside", "crossed", "crossing",
    "death", "december", "defence", "dozens", "during", "earlier", "early", "end", "estimated", "facilities", "february", "fighters", "first", "five",
    "for", "four", "friday", "from", "government", "group", "had", "half", "hama", "has", "have", "he",
    "health", "held", "her", "highlights", "highway", "his", "home", "homes", "hospital", "hospitals", "hostilities", "hours", "human",
    "in", "including", "into", "is", "it", "its", "largely", "last", "late", "least", "live", "local", "maarat",
    "many", "march", "market", "may", "media", "mid", "million", "ministry", "monday", "monitor", "month", "months", "more", "morning",
    "most", "nations", "near", "nearly", "need", "next", "north", "northwest", "not", "of", "office", "officials", "one",
    "only", "open", "or", "other", "our", "out", "over", "overview", "per", "period", "president", "province", "putin", "rebel",
    "rebels", "recent", "refugees", "regime", "region", "remain", "reported", "response", "returned", "rights", "russia", "said", "say",
    "says", "security", "september", "several", "she", "sheikhoun", "since", "sites", "situation", "six", "soldiers", "some", "south", "southern",
    "start", "state", "such", "sunday", "suspended", "syria", "syrian", "tayyip", "than", "that", "the", "their", "them", "there",
    "these", "they", "this", "those", "thousands", "three", "through", "thursday", "to", "toll", "towards", "town", "towns", "turkey",
    "two", "under", "unhcr", "united", "up", "update", "village", "villages", "violence", "war", "was", "we", "were",
    "when", "where", "which", "while", "who", "will", "with", "women", "workers", "world", "would",
))


def _triggers(text: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, bonus) of every event word in text[start:end]."""
    out: list[tuple[int, int, str, int]] = []
    last = start
    skip, get = _NOT_TRIGGERS, _TRIGGERS.get  # locals: this loop runs for every word of a dated sentence
    for w in _WORD_START.finditer(text, start, end):
        pos = w.start()
        if pos < last or w.group().lower() in skip:
            continue
        rx = get(text[pos:pos + 2].lower()) or get(text[pos].lower())
        if rx is None:
            continue
        m = rx.match(text, pos, end)
        if m:
            last = m.end()
            out.append((pos, last, *_GROUPS[m.lastgroup or ""]))
    return out

# The source speaking: "OCHA said on Friday", "told Middle East Eye earlier this month",
# "said in a statement on Monday", "The UN on Friday said".
_SPEECH_BEFORE = re.compile(
    r"\b(?=(?i:[aenrstw]))(?i:said|says|say|told|tells|reported|reports|stated|added|noted|explained|wrote|according\s+to)"
    r"(?:\s+(?i:in|to|during|at)\s+(?i:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:statement|report|update|briefing|interview|tweet|post|conference|meeting|speech|address))?"
    r"(?:\s+(?:(?i:reporters|journalists|the\s+press|the\s+media)|(?:[A-Z][\w'’-]*|of|the|for)(?:\s+(?:[A-Z][\w'’-]*|of|the|for)){0,4}))?"
    r"\s*(?i:late\s+|early\s+)?$"
)
_SPEECH_AFTER = re.compile(r"(?i:\s*(?:said|says|told|reported|stated|added|noted|wrote)\b)")
# "On Monday, the UN's humanitarian office said ..." dates the saying, not what was said.
_SPEECH_AFTER_FRONTED = re.compile(
    r"\s*,\s*(?:[\w'’.-]+\s+){1,7}?(?i:said|says|told|reported|stated|announced\s+that)\b"
)
# Words that make the source's speaking itself the news: "Erdogan said on Sunday ... and warned".
_STATEMENT_KINDS = re.compile(
    r"(?i:\b(?=[cdptuvw])(?:warn(?:ed|s|ing)|threaten(?:ed|s)|vow(?:ed|s)|urg(?:ed|es)|call(?:ed|s)\s+(?:for|on)|demand(?:ed|s)"
    r"|condemn(?:ed|s)|pledg(?:ed|es)|ultimatum|deadline)\b)"
)
_SPOKEN_CEASEFIRE = re.compile(
    r"(?i:\b(?:cease-?\s?fire|truce|cessation\s+of\s+hostilities)\b[^.;]{0,40}?\b(?:agreed|declared|announced|reached|"
    r"took\s+effect|came\s+into\s+(?:force|effect)|would\s+(?:start|begin|take\s+effect))\b"
    r"|\b(?:agreed|declared|announced|reached)\s+(?:to\s+|on\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?(?:cease-?\s?fire|truce)\b)"
)
# Whoever speaks for a government (or the UN's leadership) makes a statement; agencies,
# monitors and the press are sources.
_LEADER = re.compile(
    r"\b(?:President|Prime\s+Minister|[Mm]inist(?:er|ry)|Secretary-General|Under-Secretary-General|Secretary\s+of\s+State"
    r"|Chancellor|King|Emir|[Cc]hief|Envoy|High\s+Commissioner|Kremlin|Pentagon|State\s+Department|[Gg]overnment"
    r"|Turkey|Russia|Iran|Syria|Israel|Damascus|Ankara|Moscow|Tehran|Washington|Beijing)\b(?!\s+(?:Observatory|Civil\s+Defence))"
)
# A dateline ("Gaziantep, 28 February 2020 -") dates the text, not a happening.
_DATELINE_AFTER = re.compile(r"(?:\s*\((?:[A-Z][\w.&' -]{0,30})\))?\s*(?:[-–—:|]|\n|$)")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w .'’-]{0,40},\s*)?$")
_REQUEST = re.compile(
    r"(?i:\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|press(?:ed|es|ing)?\s+for|push(?:ed|es|ing)?\s+for|demand(?:ed|s|ing)?"
    r"|appeal(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|negotiat\w*|talks\s+(?:on|about)|propos(?:ed|es|ing)|discuss(?:ed|es|ing)?)\b"
    r"(?:\s+\w+){0,4}\s*$)"
)
_UNTIL_DONE = re.compile(r"(?i:\bhad\b)")
_DEADLINE = re.compile(r"(?i:\b(?:would|will|must|should|has\s+to|have\s+to|to\s+be|deadline|ultimatum|expected)\b)")
_DESPITE = re.compile(r"(?i:\b(?=[bdisuv])(?:despite|violat\w*|breach(?:ed|es|ing)?(?:\s+of)?|in\s+violation\s+of|under|since)\s+(?:\w+\s+){0,2}$)")
# Clause breaks: punctuation, and conjunctions that open a new clause.
_COMMA = re.compile(r",")
_COMMA_SPACE = re.compile(r",\s")
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b")
_SOFT_BREAK = re.compile(r"(?i:\b(?=[abfstw])(?:as|and|when|since|before|following|then)\b)")  # look-ahead: first letters
_HARD_BREAK = re.compile(
    r"[;:—–]|\s-\s|(?i:\b(?=[abdptw])(?:while|whereas|which|who|where|after|amid|despite|prompting|but|because|although|though)\b)"
)
_CLAUSE_END = re.compile(
    r",\s|[;:()\[\]—–]|\s-\s|\s(?:as|while|whereas|which|who|where|after|amid|despite|from\s+amid|but|because"
    r"|although|though|in\s+which)\s"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|on|at|near|from|to|into|of|around|outside|towards?|against|across|through|inside|over|and)\s+(?:the\s+)?)$"
)
_COMMA_COST, _SOFT_COST, _HARD_COST = 30, 20, 60
_MAX_COST = 160  # farther than this, a trigger is not what the date dates
_NOT_EVENT_RELATIONS = {"as of"}
_PERIOD_RELATIONS = {"since", "between", "during", "in"}
_MAX_TEXT = 220


def find_events(text: str, published: date, places: Mapping[str, Sequence[str]] | None = None,
                dates: list[DateMention] | None = None, skip: Sequence[Span] = (),
                sents: Sequence[Span] | None = None) -> list[Event]:
    """Every dated happening in `text`, once each, in text order.

    `dates`, `sents` (from `text.sentences`) and `skip` (boilerplate spans) save work when the
    caller has them already; found here otherwise (except `skip`)."""
    if dates is None:
        dates = find_dates(text, published)
    if not dates:
        return []
    dates = sorted(dates, key=lambda d: d.span)
    place_hits: list[tuple[Span, str]] | None = None
    watched = set(places or ())
    events: list[tuple[Event, int]] = []
    di = 0
    for s, e in sentences(text) if sents is None else sents:
        while di < len(dates) and dates[di].span[0] < s:
            di += 1
        dj = di
        while dj < len(dates) and dates[dj].span[1] <= e:
            dj += 1
        if dj == di or any(a < e and s < b for a, b in skip):
            continue
        # Triggers are looked for only in sentences that carry a date: most text has none.
        triggers = [t for t in _triggers(text, s, e) if t[2] != "_"]
        if not triggers:
            continue
        if place_hits is None:
            place_hits = find_places(text, places)
        events.extend(_sentence_events(text, (s, e), dates[di:dj], triggers, place_hits, watched))
    return _deduplicated(events)


def _sentence_events(text: str, sent: Span, dates: list[DateMention], triggers: list[tuple[int, int, str, int]],
                     place_hits: list[tuple[Span, str]], watched: Collection[str]) -> list[tuple[Event, int]]:
    triggers = [t for t in triggers if not any(d.span[0] <= t[0] < d.span[1] for d in dates)]
    usable: list[DateMention] = []
    spoken: list[DateMention] = []
    for d in dates:
        if d.relation in _NOT_EVENT_RELATIONS or _dateline(text, d):
            continue
        if d.relation == "until" and not _UNTIL_DONE.search(text, sent[0], sent[1]) and (
            len(d.start) < 10 or _DEADLINE.search(text, sent[0], d.span[0])
        ):
            continue  # "by the end of February" is a deadline unless something "had" happened by then
        (spoken if _source_speaks(text, d, sent) else usable).append(d)
    # The day a newsmaker spoke is an event when what they said was a warning, a demand, a
    # call, or the news of a ceasefire agreed.
    out: list[tuple[Event, int]] = []
    for d in spoken:
        m = _SPOKEN_CEASEFIRE.search(text, d.span[1], sent[1])
        kind = "ceasefire"
        if m is None:
            m, kind = _STATEMENT_KINDS.search(text, sent[0], sent[1]), "talks"
        if m is None:
            # a head of state or minister speaking makes an official statement, not a report
            fronted = text[sent[0]:d.span[0]].strip() == ""
            lo = max(sent[0], d.span[0] - 90, text.rfind(",", sent[0], d.span[0]) + 1)  # the speaker only
            m = (_LEADER.search(text, d.span[1], min(sent[1], d.span[1] + 90)) if fronted
                 else _LEADER.search(text, lo, d.span[0]))
        if m:
            trig = (m.start(), m.end(), kind, 40)
            span = _event_span(text, sent, d, trig)
            place = _place(text, place_hits, span, watched) or _place(text, place_hits, sent, watched)
            out.append((Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                              resolved_from=d.text, place=place), _relative(d)))
    if not usable and spoken and not out and len(spoken[-1].start) == 10 and spoken[-1].end is None:
        # "Forces have taken control of Maaret al-Numan, state media reported on Tuesday":
        # the report's day is the only date the happening gets
        usable = spoken[-1:]
        triggers = [t for t in triggers if t[3] >= 25 and t[1] <= usable[0].span[0]
                    and t[2] in ("capture", "attack", "ceasefire", "offensive")]
    if not usable:
        return out
    usable.sort(key=lambda d: d.span)
    # Cheapest date-trigger pairs first; each date and each trigger is used once.
    breaks = _Breaks(text, sent)
    # "despite the ceasefire" is the background, not the happening
    triggers = [
        (ts, te, kind, bonus - 25 if _DESPITE.search(text, max(sent[0], ts - 40), ts) else bonus)
        for ts, te, kind, bonus in triggers
    ]
    opening = [text[sent[0]:d.span[0]].strip() == "" for d in usable]
    pairs = sorted(
        (_cost(text, sent, d, t, breaks, opening[i]), i, j)
        for i, d in enumerate(usable) for j, t in enumerate(triggers)
        # "1,000 killed since April" is a toll over a period, not a happening
        if not (t[2] == "attack" and t[3] == 10 and d.relation in _PERIOD_RELATIONS)
    )
    best: dict[int, tuple[int, int, str, int]] = {}
    taken: set[int] = set()
    for cost, i, j in pairs:
        if cost > _MAX_COST:
            break
        if i in best or j in taken:
            continue
        best[i] = triggers[j]
        taken.add(j)
    for i, trig in sorted(best.items()):
        d = usable[i]
        kind = _refine(text, d, trig)
        kind = _outcome(text, sent, trig, kind, [t for j, t in enumerate(triggers) if j not in taken])
        span = _event_span(text, sent, d, trig)
        place = _place(text, place_hits, span, watched) or (
            _place(text, place_hits, sent, watched) if len(best) == 1 else None  # else another's place
        )
        event = Event(start=d.start, end=d.end, kind=kind, text=text[span[0]:span[1]], span=span,
                      resolved_from=d.text, place=place)
        out.append((event, _relative(d)))
    return out


def _dateline(text: str, d: DateMention) -> bool:
    return bool(_DATELINE_AFTER.match(text, d.span[1]) and _DATELINE_BEFORE.search(text, max(0, d.span[0] - 60), d.span[0]))


def _source_speaks(text: str, d: DateMention, sent: Span) -> bool:
    """Is this the day the article's source spoke ("OCHA said on Friday")?"""
    before = text[max(sent[0], d.span[0] - 80):d.span[0]]
    if _SPEECH_BEFORE.search(before):
        return True
    if _SPEECH_AFTER.match(text, d.span[1], min(sent[1], d.span[1] + 20)):
        return True
    opens = text[sent[0]:d.span[0]].strip() == ""
    return opens and bool(_SPEECH_AFTER_FRONTED.match(text, d.span[1], min(sent[1], d.span[1] + 90)))


class _Breaks:
    """Counts the clause boundaries in a gap of one sentence; most sentences have one or two
    date-trigger pairs, so short gaps are scanned rather than the whole sentence."""

    __slots__ = ("text",)

    def __init__(self, text: str, sent: Span) -> None:
        self.text = text

    def toll(self, a: int, b: int, skip_commas: int = 0) -> int:
        if b <= a:
            return 0
        t = self.text
        commas = t.count(",", a, b) - skip_commas
        return (_COMMA_COST * commas + _SOFT_COST * len(_SOFT_BREAK.findall(t, a, b))
                + _HARD_COST * len(_HARD_BREAK.findall(t, a, b)))


def _cost(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int], breaks: _Breaks,
          opens: bool) -> float:
    """Characters between a date and a trigger, plus a toll for each clause boundary crossed.
    `opens`: the date opens the sentence ("Since 19 December, forces ..."), and so owns the
    clause after its comma."""
    ts, te, _kind, bonus = trig
    if te <= d.span[0]:
        gap_start, gap_end = te, d.span[0]
    elif ts >= d.span[1]:
        gap_start, gap_end = d.span[1], ts
    else:
        return -bonus
    skip = 0
    if gap_start == d.span[1]:
        when = _WHEN_CLAUSE.match(text, gap_start, gap_end)
        if when:  # "since Monday, when forces intensified ...": the when-clause says what the date was
            gap_start = when.end()
        elif opens and text.startswith(",", gap_start):
            skip = 1
    near = gap_end - gap_start - bonus
    if near > _MAX_COST:
        return near  # too far already: the tolls (never negative) cannot bring it back in reach
    return near + breaks.toll(gap_start, gap_end, skip)


def _refine(text: str, d: DateMention, trig: tuple[int, int, str, int]) -> str:
    """A ceasefire or offensive that someone calls for, dated by the call, is a statement:
    "Turkey this week pressed for a fresh ceasefire" (but "called for a truce to start on Sunday")."""
    ts, _te, kind, _bonus = trig
    if kind in ("ceasefire", "offensive", "humanitarian") and d.span[1] <= ts:
        m = _REQUEST.search(text, max(d.span[1], ts - 50), ts)
        if m:
            return "talks"
    return kind


_WEAK = {"talks": 20, "offensive": 20}
_MODAL_BEFORE = re.compile(r"(?i:\b(?:could|would|might|may|will|threaten(?:ed|s)?\s+to)\s+(?:\w+\s+)?)$")


def _outcome(text: str, sent: Span, trig: tuple[int, int, str, int], kind: str,
             triggers: list[tuple[int, int, str, int]]) -> str:
    """A generic verb yields to the specific thing in its clause: an agreement "signed" or
    "announced" is a ceasefire; forces that "advanced ... and took" villages made a capture."""
    if trig[3] > _WEAK.get(kind, -1) or _MODAL_BEFORE.search(text, max(sent[0], trig[0] - 25), trig[0]):
        return kind  # "could veto" is a threat, said; "vetoed" is the resolution's fate
    wants = ("ceasefire", "humanitarian") if kind == "talks" else ("capture",)
    for ts, te, k, _bonus in triggers:
        if k not in wants or abs(ts - trig[0]) > 70:
            continue
        want = k
        lo, hi = (trig[1], ts) if ts >= trig[1] else (te, trig[0])
        if not _HARD_BREAK.search(text, lo, hi) and not (want == "ceasefire" and _REQUEST.search(text, max(sent[0], ts - 50), ts)):
            return want
    return kind


def _event_span(text: str, sent: Span, d: DateMention, trig: tuple[int, int, str, int]) -> Span:
    """The clause holding the date and its trigger, trimmed to a readable length."""
    lo, hi = min(d.span[0], trig[0]), max(d.span[1], trig[1])
    start = sent[0]
    for m in _HARD_BREAK.finditer(text, sent[0], lo):
        start = m.end()
    commas = [m.end() for m in _COMMA_SPACE.finditer(text[start:lo])]
    if commas and text[start:d.span[0]].strip() != "":
        start += commas[-1]  # a date opening the clause keeps its comma: "Since 19 December, forces ..."
    end = sent[1]
    m = _CLAUSE_END.search(text, hi, sent[1])
    if m:
        end = m.start()
    while start < end and text[start] in " \t\"'“‘,":
        start += 1
    while end > start and text[end - 1] in " \t.,;:":
        end -= 1
    if end - start > _MAX_TEXT:
        end = max(hi, start + _MAX_TEXT)
        cut = text.rfind(" ", hi, end)
        end = cut if cut > hi else end
    return (start, end)


def _place(text: str, place_hits: list[tuple[Span, str]], span: Span, watched: Collection[str]) -> str | None:
    """The first place the clause puts something in ("in Ariha", "southern Idlib"); a capital
    standing for its government ("Damascus launched") is an actor, not a place."""
    for (s, e), name in place_hits:
        if s >= span[0] and e <= span[1] and (
            name in watched or not name[:1].isupper() or _PREPOSITION_BEFORE.search(text, max(0, s - 12), s)
        ):
            return name
    return None


def _relative(d: DateMention) -> int:
    """How well a date names its day, to keep the best telling of a happening told twice:
    0 "in August", "on 19 December"; 1 a bare "August"; 2 relative words ("this week")."""
    absolute = any(ch.isdigit() for ch in d.text) or any(
        mon in d.text for mon in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    )
    if not absolute:
        return 2
    return 0 if " " in d.text.strip() else 1


def _deduplicated(events: list[tuple[Event, int]]) -> list[Event]:
    """One happening once: the same kind on the same or overlapping dates is the same event
    told twice (headline and body, or "over the last two weeks" and "between 12-25 December")."""
    kept: list[tuple[Event, int]] = []
    for event, rank in events:
        twin = next((k for k, (other, _) in enumerate(kept) if _same(other, event)), None)
        if twin is None:
            kept.append((event, rank))
        elif rank < kept[twin][1]:
            kept[twin] = (event, rank)  # an absolute date beats a relative one
    return sorted((e for e, _ in kept), key=lambda e: e.span)


def _same(a: Event, b: Event) -> bool:
    if a.kind != b.kind:
        return False
    if a.place and b.place and a.place != b.place and not (a.end or b.end):
        return False  # two strikes on one day in two towns
    if a.start == b.start:
        return True
    if a.end and b.end:
        return a.start <= b.end and b.start <= a.end
    return False
