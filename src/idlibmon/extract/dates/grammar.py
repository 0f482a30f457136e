"""The date grammar: one compiled alternation, a named group per kind of expression.

The resolver reads which groups matched; relation words ("since", "between") and
modifiers ("mid-", "the end of") may open any of them."""

from __future__ import annotations

import re

from idlibmon.extract.alternation import optional_as_branch
from idlibmon.extract.dates.vocabulary import DASH, MONTH_ANY, MONTH_FULL, NUM, ORD, WEEKDAY, YEAR

# (each relation word's first letter is a case-sensitive class outside its case-blind rest: `re`
# then passes over a word that begins with another letter without entering it, where a case-blind
# alternation enters every word in turn; the look-ahead admits only ASCII letters, so "[sS]" is
# what a case-blind "s" would take there, and words with different first letters never match at
# the same place, so grouping them by that letter keeps the order in which they are tried)
_REL = (
    r"(?=[sfbodtuiwalegSFBODTUIWALEG])(?P<rel>"
    r"[sS](?i:ince|tarting(?:\s+on|\s+from|\s+in)?)"
    r"|[fF](?i:rom|ollowing|or)"
    r"|[bB](?i:etween|y|efore|eginning(?:\s+on|\s+in)?)"
    r"|[oO](?i:n|ver|f)"
    r"|[iI](?i:n)"
    r"|[dD](?i:uring)"
    r"|[tT](?i:hroughout|hrough|ill|o)"
    r"|[uU](?i:ntil|p\s+to)"
    r"|[aA](?i:fter|s\s+of|s\s+early\s+as|nd|t)"
    r"|[lL](?i:ate\s+on)"
    r"|[eE](?i:arly\s+on)"
    r"|[wW](?i:ithin))\s+"
)
_MOD = (
    r"(?=[emltbsfEMLTBSF])(?i:(?P<mod>early|mid|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half"
    r"|(?:first|second|third|fourth|last)\s+(?:week|days|few\s+days)"
    r"|first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|[1-9]\d?)\s+(?:days|weeks|months))\s+of"
    r"|earlier\s+in|later\s+in))(?:\s*-\s*|\s+)"
)


# The grammar as written; `DATE_PATTERN` compiles it with `optional_as_branch`.
# (The optional relation word and modifier are written "(?:X|)" here already.)
_SOURCE = rf"""
    (?<![\w-])(?:{_REL}|)(?:{_MOD}|)
    (?:
      (?=\d)(?P<iso_y>{YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?!\d)
    | (?=\d)(?P<sl_d>[0-3]?\d)/(?P<sl_m>[01]?\d)/(?P<sl_y>{YEAR})(?!\d)
    | (?=[\dMTWFS])(?:{WEEKDAY},?\s+(?:the\s+)?)?(?P<dr_d1>[0-3]?\d){ORD}{DASH}(?P<dr_d2>[0-3]?\d){ORD}\s+(?:of\s+)?(?P<dr_m>{MONTH_ANY})(?:,?\s+(?P<dr_y>{YEAR}))?(?![\w])
    | (?=[JFMASOND])(?P<mdr_m>{MONTH_ANY})[^\S\n]+(?P<mdr_d1>[0-3]?\d){ORD}{DASH}(?P<mdr_d2>[0-3]?\d){ORD}(?:,?\s+(?P<mdr_y>{YEAR}))?(?![\d,.]?\d)
    | (?=[\dMTWFS])(?:{WEEKDAY},?\s+(?:the\s+)?)?(?P<dm_d>[0-3]?\d){ORD}\s+(?:of\s+)?(?P<dm_m>{MONTH_ANY})(?:,?\s+(?P<dm_y>{YEAR})|\s+(?:of\s+)?(?i:(?P<dm_ly>last|this|next|that)\s+year))?(?![\w])
    | (?=[JFMASONDTW])(?:{WEEKDAY},?\s+)?(?P<md_m>{MONTH_ANY})[^\S\n]+(?P<md_d>[0-3]?\d){ORD}(?:,?\s+(?P<md_y>{YEAR})|\s+(?:of\s+)?(?i:(?P<md_ly>last|this|next|that)\s+year))?(?![\d,.]?\d)
    | (?=[JFMASOND])(?P<my_m>{MONTH_ANY}),?\s+(?:of\s+)?(?P<my_y>{YEAR})(?!\d)
    | (?=[JFMASONDlLtTnNpP])(?:(?i:(?P<m_dir>last|this|next|past|that))\s+)?(?P<m_m>{MONTH_FULL})(?:'s|’s)?(?:\s+(?:of\s+)?(?i:(?P<m_year>last|this|next|that)\s+year))?(?![\w-])
    | (?=[lLtTnNpPsSwWaAfF])(?i:(?:(?P<s_dir>last|this|next|past|that)\s+)?(?:the\s+)?(?P<s_s>spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?P<s_y>{YEAR})(?:[-/–]\d\d(?:\d\d)?)?)?)(?![\w-])
    | (?=[lLnNtTpPMWFS])(?:(?i:(?P<w_dir>last|next|this|past))\s+)?(?P<w_d>{WEEKDAY})(?:'s|’s)?(?:\s+(?i:morning|afternoon|evening|night))?(?:,?\s+(?i:(?:of\s+)?(?P<w_wk>last|next|this)\s+week))?(?![\w-])
    | (?=[yYtTlLeE])(?i:(?P<rd>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|the\s+day\s+before\s+yesterday))(?![\w-])
    | (?=[tT])(?i:the\s+(?:last|past)\s+(?P<ln_n>{NUM})?\s*(?P<ln_u>hour|day|week|month|year)s?)(?![\w-])
    | (?=[eElLtTnNpPcC])(?i:(?P<rp_pre>earlier|later)\s+(?:in\s+)?)?(?i:(?:the\s+)?(?P<rp_dir>this|last|next|past|coming)\s+(?P<rp_u>weekend|week|month|year)|the\s+(?P<rp_the>month|year))(?![\w-])
    | (?=[eElL])(?i:(?P<rp2_pre>earlier|later)\s+in\s+the\s+(?P<rp2_u>week|month|year))(?![\w-])
    | (?=[tT])(?i:the\s+(?P<wk>weekend))(?![\w-])(?!\s+of\s)
    | (?=[\daAoOtTfFsSeEnNcCdDwWmMyY])(?i:(?P<ago_ex>exactly\s+)?(?P<ago_n>{NUM})?\s*(?P<ago_u>day|week|month|year|decade)s?\s+ago(?:\s+(?P<ago_today>today)|\s+on\s+(?P<ago_wd>{WEEKDAY})|\s+this\s+(?P<ago_this>week|month))?)(?![\w-])
    | (?=[\dtTaAoOfFsSeEnNcChHlLdD])(?i:(?P<then>then)|th(?:e|at)\s+(?P<ana_day>same|following|next|previous)\s+(?:day|morning|afternoon|evening|night)|the\s+following\s+(?P<ana_fu>week|month|year)|(?:later|earlier)\s+that\s+(?P<tl_u>day|morning|afternoon|evening|night|week|month|year)|(?:(?:late|early)\s+|(?<!said\s)(?<!says\s)(?<!warned\s)(?<!reported\s)(?<!noted\s)(?<!added\s)(?<!announced\s))that\s+(?P<tb_u>day|morning|afternoon|evening|night|week|month)|the\s+(?:(?P<fd_u>days|weeks)\s+that\s+followed|following\s+(?P<fd_u2>days|weeks))|the\s+day\s+(?P<ana_ba>before|after)(?!\s+(?:the|a|an|its|their|his|her|yesterday)\b)
        |(?:(?:a\s+few|several)\s+)?(?P<fd_u3>days)\s+later
        |(?P<ana_n>{NUM})\s+(?P<ana_u>day|week|month|year)s?\s+(?P<ana_dir>later|earlier|after|before)
        |(?:(?:a\s+few|several|two|three|four|five|six|\d{{1,2}})\s+)?(?P<hrs>hours)\s+(?:later|earlier|after|before))(?![\w-])
    | (?=[wW])(?i:(?P<in_day>within\s+(?:(?:24|twenty-four|a\s+few)\s+)?hours))(?![\w-])
    | (?=[12])(?P<y_y>{YEAR})(?![\w%]|[.,/-]\d|\s+(?i:people|persons|civilians|families|households|children|trucks|tents|homes|houses|displaced|IDPs|refugees))
    )
    """
DATE_PATTERN = re.compile(optional_as_branch(_SOURCE), re.VERBOSE)
