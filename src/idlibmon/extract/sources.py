"""Who a sentence attributes its facts to: "OCHA said", "according to the Syrian Observatory".

Readers weigh a number by its source, and where sources disagree the board shows each one,
so names are folded to one short canonical form ("the UN's humanitarian agency" -> "OCHA").
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from idlibmon.extract.alternation import (
    after_gap_scanner,
    charset_led_scanner,
    first_letter_scanner,
    optional_as_branch,
    word_spans,
)
from idlibmon.extract.text import ascii_lower, holds_any, is_word_char

Span = tuple[int, int]

# canonical name -> ways the press writes it (regex alternatives, tried in order).
_KNOWN: dict[str, str] = {
    "OCHA": r"OCHA|(?:(?:the\s+)?UN\s+|(?:the\s+)?United\s+Nations\s+)?Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs"
            r"|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+humanitarian\s+(?:agency|office|affairs\s+office|coordination\s+office|"
            r"coordinator|arm|body|chief)|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+(?:relief|aid)\s+chief|UN\s+aid\s+(?:agency|office)",
    "UNHCR": r"UNHCR|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+refugee\s+agency|(?:the\s+)?(?:UN|United\s+Nations)\s+High\s+Commissioner\s+for\s+Refugees",
    "OHCHR": r"OHCHR|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+(?:human\s+)?rights\s+(?:office|chief|agency|body)"
             r"|(?:(?:the\s+)?(?:UN|United\s+Nations)\s+)?High\s+Commissioner\s+for\s+Human\s+Rights|Human\s+Rights\s+Council",
    "UNICEF": r"UNICEF|Unicef|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+children(?:'s|’s)?\s+(?:agency|fund)",
    "WHO": r"WHO|World\s+Health\s+Organi[sz]ation",
    "WFP": r"WFP|World\s+Food\s+Programme|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+food\s+agency",
    "IOM": r"IOM|International\s+Organi[sz]ation\s+for\s+Migration|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+migration\s+agency",
    "SOHR": r"SOHR|(?:the\s+)?Syrian\s+Observatory(?:\s+for\s+Human\s+Rights)?|(?:the\s+)?Observatory"
            r"|(?:the\s+)?(?:Britain|UK|London|Coventry)[\s-]based\s+(?:war\s+)?monitor(?:ing\s+group)?",
    "SNHR": r"SNHR|Syrian\s+Network\s+for\s+Human\s+Rights",
    "White Helmets": r"White\s+Helmets|Syria(?:n)?\s+Civil\s+Defen[cs]e",
    "Response Coordination Group": r"Response\s+Coordination\s+Group|Syria\s+Response\s+Coordinators"
                                   r"|Response\s+Coordinators(?:\s+Group)?|Munsiqu\s+Syria",
    "SAMS": r"SAMS|Syrian\s+American\s+Medical\s+Society",
    "MSF": r"MSF|M[ée]decins\s+Sans\s+Fronti[èe]res|Doctors\s+Without\s+Borders",
    "Save the Children": r"Save\s+the\s+Children",
    "IRC": r"IRC|International\s+Rescue\s+Committee",
    "NRC": r"NRC|Norwegian\s+Refugee\s+Council",
    "HRW": r"HRW|Human\s+Rights\s+Watch",
    "Amnesty International": r"Amnesty(?:\s+International)?",
    "ICRC": r"ICRC|International\s+Committee\s+of\s+the\s+Red\s+Cross|(?:the\s+)?Red\s+Cross",
    "CCCM Cluster": r"CCCM(?:\s+Cluster)?|Camp\s+Coordination\s+and\s+Camp\s+Management",
    "Health Cluster": r"(?:Turkey\s+)?Health\s+Cluster",
    "Idlib Health Directorate": r"Idl[ie]b\s+Health\s+Directorate|health\s+directorate\s+in\s+Idl[ie]b",
    "Turkish Defence Ministry": r"Turk(?:ish|ey(?:'s|’s))\s+[Dd]efen[cs]e\s+[Mm]inistry|Turkish\s+military",
    "Russian Defence Ministry": r"Russia(?:n|(?:'s|’s))\s+[Dd]efen[cs]e\s+[Mm]inistry|Russian\s+military",
    "Russian Reconciliation Centre": r"Russian\s+[Rr]econciliation\s+[Cc]ent(?:re|er)",
    "AFAD": r"AFAD|Turkey(?:'s|’s)\s+disaster\s+(?:agency|management\s+agency)",
    "Turkish Red Crescent": r"Turkish\s+Red\s+Crescent",
    "SARC": r"SARC|Syrian\s+Arab\s+Red\s+Crescent",
    "SANA": r"SANA|Syrian\s+state\s+(?:news\s+agency|media|television|TV)|state\s+news\s+agency\s+SANA",
    "Syrian Health Ministry": r"Syria(?:n|(?:'s|’s))\s+[Hh]ealth\s+[Mm]inistry",
    "UN Secretary-General": r"(?:UN\s+)?Secretary[\s-]General(?:\s+Ant[oó]nio\s+Guterres)?|Guterres",
    "UNRWA": r"UNRWA|(?:the\s+)?(?:UN|U\.N\.)(?:'s|’s)?\s+(?:agency\s+for\s+Palestin(?:e|ian)\s+refugees|Palestin(?:e|ian)\s+refugee\s+agency)"
             r"|(?:(?:the\s+)?UN\s+|(?:the\s+)?United\s+Nations\s+)?Relief\s+and\s+Works\s+Agency(?:\s+for\s+Palestine\s+Refugees)?",
    "ACLED": r"ACLED|Armed\s+Conflict\s+Location\s+(?:and|&)\s+Event\s+Data(?:\s+[Pp]roject)?",
    "IPC": r"IPC(?!\s+[Pp]hase)|Integrated\s+Food\s+Security\s+Phase\s+Classification",
    # ("U.N" without its last dot: a name is followed by a word boundary, which no "." followed by a space is)
    "UN": r"(?:the\s+)?(?:UN|U\.N(?=\.)|United\s+Nations)(?!\.?\s*(?:'s|’s)?\s*(?:Security\s+Council|General\s+Assembly))",
}
# Every name starts with a capital or "the": checking that first spares the long alternation.
_SOURCE = re.compile(optional_as_branch(r"\b(?=[A-Zt])(?:" + "|".join(f"(?P<g{i}>(?:{p})\\b)" for i, p in enumerate(_KNOWN.values())) + ")"))
_NAMES = list(_KNOWN)
# Where `_SOURCE` matches, found several times faster (no groups, branches by first letter),
# in two scanners: the names that open with a capital, and those that open with "the " (each
# of which is "the " before one of the former, see `_sources_in`); `_SOURCE` matched there once
# says which name it is.
_SOURCE_AT_CAPITAL = re.compile(charset_led_scanner([f"(?:{p})\\b" for p in _KNOWN.values()], string.ascii_uppercase))
_SOURCE_AT_THE = re.compile(charset_led_scanner([f"(?:{p})\\b" for p in _KNOWN.values()], "t"))


def _sources_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_SOURCE.finditer(text, lo, hi)`, found by the scanner (same matches).

    One scanner opening at capitals and "t" would stop at every "t" of the text (some 6% of its
    characters) for the few names read with "the" ("the UN refugee agency"). Every such name is
    "the", white space and a name that opens with a capital, so the capital scanner finds the
    place, and "the" is looked for just before it: a match there is the one that scanner would
    find first (nothing but "the" and white space stands between the two places)."""
    out = []
    pos = lo
    while True:
        f = _SOURCE_AT_CAPITAL.search(text, pos, hi)
        if f is None:
            return out
        start, end = f.span()
        j = start
        while j > pos and text[j - 1].isspace():
            j -= 1
        q = j - 3
        if j < start and q >= pos and text.startswith("the", q) and (q == 0 or not is_word_char(text[q - 1])):
            t = _SOURCE_AT_THE.match(text, q, hi)
            if t is not None:
                start, end = q, t.end()
        m = _SOURCE.match(text, start, hi)
        if m is not None:
            out.append(m)
        pos = end


_CUES = (
    r"said|says|say|saying|reported|reports|reporting|according\s+to|estimated|estimates|estimate|documented|"
    r"recorded|counted|tallied|told|stated|warned|announced|confirmed|noted|added|figures|data|tally|count|"
    r"verified|registered|tracked|monitored|put\s+the|puts\s+the|statement|report|update|citing|cited|"
    r"quoted|via|based\s+on"
)
# The same as r"\b(?:said|says|…)\b", with its branches grouped by first letter: `re` skips
# every group but one after a single comparison.
_CUE = re.compile(first_letter_scanner([f"(?:{_CUES})\\b"]))
_CUE_AFTER_GAP = re.compile(after_gap_scanner([f"(?:{_CUES})\\b"]))
_PRONOUN = re.compile(  # on lowered text
    r"\b(?=[it])(?:it|the\s+(?:agency|office|monitor|organi[sz]ation|group|observatory|body|ministry|charity|un\s+body|"
    r"un\s+agency|watchdog|report|update))\s+(?:said|says|added|reported|estimated|noted|warned|stated)\b"
)
_PRONOUN_VERBS = ("said", "says", "added", "reported", "estimated", "noted", "warned", "stated")  # one must be there
_TAIL_CUE = re.compile(r"\s*(?:,\s*)?(?:has\s+|had\s+)?(?:said|says|reported|reports|added|estimated|estimates|noted|warned|stated)\b")
# What every `_TAIL_CUE` match holds (lowercase; `_TAIL_CUE` is case-sensitive, so the lowered text holds it too)
_TAIL_WORDS = ("said", "says", "report", "added", "estimate", "noted", "warned", "stated")
_COUNT_HINT = re.compile(r"\d[\d,.]*\s*(?:million|thousand|people|civilians|families|%|percent|per\s+cent)")  # lowered


def _tail(text: str, lo: int, hi: int) -> str | None:
    """A source named as the speaker at the end of a clause: "…, OCHA said on Friday"."""
    for m in _sources_in(text, lo, hi):
        if _TAIL_CUE.match(text, m.end(), hi):
            return _NAMES[int(m.lastgroup[1:])]  # type: ignore[index]
    return None


def _gap(text: str, end: int, cue: int) -> int:
    """How far a cue stands after a name, an apposition between them not counted ("The Syrian
    Observatory for Human Rights, a Britain-based monitor with sources across the country, said")."""
    if cue - end > 60 and text.startswith(",", end) and text[end:cue].rstrip().endswith(",") \
            and text.count(",", end, cue) == 2 and cue - end < 160:
        return 0
    return cue - end


def _explicit(text: str, low: str, lo: int, hi: int) -> str | None:
    """The known source named next to a reporting cue ("said", "according to") in [lo, hi)."""
    names = _sources_in(text, lo, hi)  # names are rarer than cues: look for them first
    if not names:
        return None
    cues = word_spans(_CUE, _CUE_AFTER_GAP, low, lo, hi)
    if not cues:
        return None
    best: tuple[int, str] | None = None
    for m in names:
        name = _NAMES[int(m.lastgroup[1:])]  # type: ignore[index]
        dist = min(_gap(text, m.end(), cs) if cs >= m.end() else max(m.start() - ce, 0) for cs, ce in cues)
        if dist <= 60 and (best is None or dist < best[0]):
            best = (dist, name)
    return best[1] if best else None


# Sources the list above does not know, told by what they are: "local health officials said",
# "according to the health ministry in Gaza", "Turkish authorities reported", "activists said"
_SOURCE_HEAD = (r"(?:officials|authorities|sources|activists|witnesses|medics|doctors|rescuers|(?:rescue\s+|health\s+|aid\s+)?workers|partners|"
                r"(?:[Uu]nion|[Nn]etwork|[Cc]ommittees?)(?!\s+(?:of|for)\s)|[Mm]inister|[Aa]dministration|groups|agencies|"
                r"(?:camp|site)\s+managers|prosecutors|(?:local|state|Syrian)\s+media|"
                r"monitors|[Mm]inistry(?:\s+of\s+(?:Public\s+)?[A-Z][a-z]+)?|[Gg]overnment|governor|ombudsman|directorate|"
                r"police|army|military|spokes(?:man|woman|person)|Red\s+Crescent|[Cc]ivil\s+[Dd]efen[cs]e|council|councils)")
_SOURCE_MODIFIER = (r"(?:[A-Z][\w'’.-]*|local|health|medical|military|security|government|hospital|camp|civil|state|provincial|"
                    r"regional|district|municipal|city|town|rebel|opposition|humanitarian|aid|rescue|emergency|interior|"
                    r"defen[cs]e|protection|mine\s+action|public|de\s+facto|senior|hospital)")
_GENERIC_NP = rf"(?:{_SOURCE_MODIFIER}\s+){{0,3}}{_SOURCE_HEAD}(?:\s+in\s+[A-Z][\w'’-]+)?"
_GENERIC = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<after>{_GENERIC_NP})\b"
    rf"|(?<![\w'’-])(?P<before>{_GENERIC_NP})\s+(?:(?:have|has|had)\s+)?(?:said|say|says|reported|report|reports|estimated|"
    rf"estimate|estimates|told|announced|confirmed|counted|recorded|documented|put\s+the)\b"
)
_GENERIC_VERB = re.compile(r"ccording|said|say|report|estimat|told|announced|confirmed|counted|recorded|documented|put\sthe")
# `_GENERIC_VERB`'s words, for substring tests (a few `in` tests cost far less than the alternation,
# tried at every letter that opens one of them)
_GENERIC_VERB_WORDS = ("ccording", "said", "say", "report", "estimat", "told", "announced", "confirmed", "counted",
                       "recorded", "documented")
_PUT_THE = re.compile(r"put\sthe")


def _has_generic_verb(text: str, lo: int, hi: int) -> bool:
    """Whether `_GENERIC_VERB` finds a reporting word in text[lo:hi] (the same answer)."""
    w = text[lo:hi]
    return holds_any(w, _GENERIC_VERB_WORDS) or ("put" in w and _PUT_THE.search(w) is not None)


_NOT_SOURCE_START = ("The ", "A ", "An ", "In ", "On ", "But ", "And ", "When ", "As ", "After ", "Since ", "Our ", "Its ",
                     "Their ", "Some ", "Several ", "Two ", "Three ", "Other ", "His ", "Her ")


# A word of `_SOURCE_HEAD` (lowered, shortened to what every spelling holds): a source the
# list does not name is one of these in both of `_GENERIC`'s branches.
_SOURCE_HEAD_WORDS = ("officials", "authorities", "sources", "activists", "witnesses", "medics", "doctors", "rescuers",
                      "workers", "partners", "monitors", "ministry", "govern", "ombudsman", "directorate", "police",
                      "army", "military", "spokes", "crescent", "defen", "council", "union", "network", "minister",
                      "administration", "groups", "agencies", "committee", "managers", "prosecutors", "media")


def _generic(text: str, lo: int, hi: int, low: str | None = None) -> str | None:
    """A source the list does not name, told by what it is ("local health officials",
    "the health ministry in Gaza"), in the words of the text. `low` is `ascii_lower(text)`."""
    if not _has_generic_verb(text, lo, hi):
        return None  # no reporting word: the long pattern need not be tried at every word
    if not holds_any((ascii_lower(text) if low is None else low)[lo:hi], _SOURCE_HEAD_WORDS):
        return None  # no head word (a substring test on the lowered sentence): no match
    m = _GENERIC.search(text, lo, hi)
    if m is None:
        return None
    np = m.group("after") or m.group("before")
    while np.startswith(_NOT_SOURCE_START):
        np = np.split(" ", 1)[1]
    return np


class Sources:
    """Who each sentence is attributed to, worked out only for the sentences asked about
    (the ones holding figures): the name patterns are many, the figures few."""

    def __init__(self, text: str, sents: Sequence[Span], low: str | None = None) -> None:
        self.text = text
        self.low = low if low is not None else ascii_lower(text)
        self.sents = sents
        self._explicit: dict[int, str | None] = {}
        self._of: dict[int, str | None] = {}

    def explicit(self, i: int) -> str | None:
        if i not in self._explicit:
            s, e = self.sents[i]
            self._explicit[i] = _explicit(self.text, self.low, s, e)
        return self._explicit[i]

    def _last_before(self, i: int, reach: int = 12) -> str | None:
        for j in range(i - 1, (i - 1 - reach if i - 1 - reach > -1 else -1), -1):
            src = self.explicit(j)
            if src:
                return src
        return None

    def _lead(self, i: int) -> str | None:
        """A lead-in line of the same block that ends with a colon: "OCHA reported:"."""
        text = self.text
        for j in range(i - 1, (i - 15 if i > 14 else -1), -1):
            s, e = self.sents[j]
            if "\n\n" in text[e:self.sents[j + 1][0]]:
                return None
            k = e
            while k > s and text[k - 1].isspace():
                k -= 1
            if k > s and text[k - 1] == ":":  # the sentence ends with a colon (no copy of it made)
                return self.explicit(j) or self._last_before(j)
        return None

    def of(self, i: int) -> str | None:
        """The source of sentence i: named in it, described in it ("local health officials
        said"), "it said" (the last one named), named at the end of the next sentence ("…, OCHA
        said"), or by a lead-in line. ("A war monitor said" describes a monitor named elsewhere.)"""
        if i not in self._of:
            self._of[i] = self._find(i)
        return self._of[i]

    def _find(self, i: int) -> str | None:
        text = self.text
        src = self.explicit(i)
        if src:
            return src
        s, e = self.sents[i]
        src = _generic(text, s, e, self.low)
        if src:
            return src
        src = _actor(text, s, e)
        if src:
            return src
        low = self.low
        if holds_any(low[s:e], _PRONOUN_VERBS) and _PRONOUN.search(low, s, e):
            src = self._last_before(i)
            if src:
                return src
        if i + 1 < len(self.sents):
            ns, ne = self.sents[i + 1]
            # `_tail` needs one of its verbs in the next sentence: a substring test spares the
            # name and cue scans of a sentence that holds none (most of them)
            if holds_any(low[ns:ne], _TAIL_WORDS) and self.explicit(i + 1) and not _COUNT_HINT.search(low, ns, ne):
                src = _tail(text, ns, ne)
                if src:
                    return src
        return self._lead(i)


# A known body doing the aid work its figure counts: "WFP reached 780,000 people", "UNICEF has vaccinated
# close to 24,000 children", "MSF teams treated 39 people". It tells its own work: it is the source.
_ACTOR_VERB = re.compile(
    r"(?:\s+(?:and\s+(?:its\s+)?partners|teams|staff|workers|clinics|and\s+[A-Z][\w'’-]+))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:also\s+|now\s+|already\s+|so\s+far\s+|alone\s+|currently\s+|continued\s+to\s+|continues\s+to\s+)?"
    r"(?:reache[sd]|reach|provide[sd]?|distribute[sd]?|deliver(?:ed|s)?|dispatched|trucked|vaccinated|treated|assisted|"
    r"supports|supported|serve[sd]|screened|relocated|helped|fed|registered|recorded|verified)\b")


def _actor(text: str, lo: int, hi: int) -> str | None:
    """The known body that opens a sentence as the subject of an aid verb, or None."""
    for m in _sources_in(text, lo, (lo + 60 if lo + 60 < hi else hi)):
        if _ACTOR_VERB.match(text, m.end(), hi):
            return _NAMES[int(m.lastgroup[1:])]  # type: ignore[index]
    return None


def find_sources(text: str, sents: Sequence[Span]) -> dict[int, str]:
    """Sentence index -> source, for every sentence (tests and tools; the engine asks
    `Sources.of` only for sentences with figures)."""
    srcs = Sources(text, sents)
    return {i: src for i in range(len(sents)) if (src := srcs.of(i))}
