"""Event trigger words by kind, each with the bonus (in characters of distance) it earns when
paired with a date."""

from __future__ import annotations

# kind -> (bonus in characters of distance, trigger patterns). A strong trigger names the
# happening itself; a weak one often only accompanies it ("killed" beside "offensive").
# Where two patterns begin at one word, the kind listed first wins: so a phrase whose subject
# is an attack word ("bombing drove out ...", "strikes have intensified") is listed before
# `attack`, and aid ("wounded ... were evacuated", "agreed to open crossings") before `attack` and `talks`.
# a place entered to do violence there, not to hold it: "gunmen entered the detention centre and
# opened fire", "fighters entered the village, killed ..." (an attack: see the attack entries)
_THEN_VIOLENCE = (r"(?!(?:\s+[\w'’.-]+){1,7}?,?\s+(?:and\s+)?(?:opened\s+fire|fired\s+(?:on|at|into)|shot\s+(?:dead|at)|killed|killing"
                  r"|attacked|looted|torched|set\s+fire|abducted|kidnapped)\b)")

# what gangs and militias attack that no front line runs through: "armed gangs launched coordinated
# attacks on police stations, prisons and the airport" is an attack, not a campaign for ground
_ON_INSTITUTIONS = (r"\s+(?:on|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:police|prisons?|jails?|airports?|hospitals?|schools?"
                    r"|civilians|markets?|homes|houses|churches|mosques|embass(?:y|ies)|banks?|ministries|state\s+institutions)\b")

# a council's or a chamber's vote held or to come, its day after it ("will vote on Monday", "voted on
# Thursday to", "is due to vote next week"): the bare "vote" only as a verb, after "to", "will" or "would"
_VOTE = (r"(?:vote(?:(?<=to\svote)|(?<=will\svote)|(?<=would\svote))|vot(?:es|ed|ing))"
         r"(?=\s+(?:(?:again|later|next|this|today|tomorrow|tonight|overnight)\b|on\s|to\s|in\s+favou?r|against|\d))"
         # (not people voting at the polls: "will vote on Sunday in a referendum")
         r"(?!(?:\s+[\w'’-]+){0,5}?\s+(?:elections?|referendum|polls|ballot|run-?off|primaries)\b)")

LEXICON: dict[str, list[tuple[int, str]]] = {
    # words that look like a trigger but are not one: matched first, then dropped
    "_": [
        (0, r"(?:military|army|armou?red|troop|Turkish|Russian|US|American)\s+(?:\w+\s+)?convoys?"),
        # the search for survivors after a disaster is no military operation
        (0, r"(?:search(?:\s+and\s+|-and-)rescue|rescue|search|recovery)\s+(?:and\s+recovery\s+)?(?:operations?|efforts?)"),
    ],
    "other": [
        # a war's own start: "since the conflict began in 2011", "since it started in 2011"
        # (dated right there: "since the war began" alone dates nothing)
        (30, r"(?:(?:war|conflict|uprising|revolution)\s+(?:[\w'’-]+\s+){0,2}?(?:began|started)"
             r"|started(?<=since\sit\sstarted)|began(?<=since\sit\sbegan)|broke\s+out(?<=since\sit\sbroke\sout))"
             r"(?=\s+(?:in|on|last|almost|nearly|more\s+than|some|about|over|\w+\s+years?\s+ago)\b)"),
        (60, r"(?:published|released|issued|put\s+out)\s+(?:a|an|its|their|the)\s+(?:\w+\s+){0,3}?(?:report|investigation|study|analysis|documentary|findings|video|dossier|legal\s+opinion)"
             # a publication announced: "would publish findings next month"
             r"|(?:publish|release)\s+(?:(?:a|an|its|their|the)\s+)?(?:\w+\s+){0,2}?(?:report|findings|study|investigation)"
             # ... and the other papers a body puts out, told in the past or in a chronology's present, with
             # or without an article: "published findings confirming famine", "published a 12-point position
             # paper", "publishes an opinion", "published a survey of returnees" (no "issued a statement": talks)
             r"|(?:published|publishes|released|releases)\s+(?:(?:a|an|its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
             r"(?:findings|survey|assessment|(?:position\s+)?paper|opinion)"),
        # an earlier report quoted: "UN experts said in a report last year that ...", "found in a study
        # last month": the publication, dated where it is told (not by a date in what it found; a day's
        # own report is the source speaking)
        (40, r"(?:report(?<=\sin\sa\sreport)|report(?<=\sin\sits\sreport)|study(?<=\sin\sa\sstudy)|survey(?<=\sin\sa\ssurvey))"
             r"(?=\s+(?:last\s+(?:month|year)|earlier\s+this\s+(?:month|year))\b)"),
        # (its author may be named in full, then in letters: "An analysis by the Integrated Food Security
        # Phase Classification (IPC), released on Thursday, found ...")
        (30, r"(?:report|investigation|study|analysis|assessment|overview|survey|alert)(?:\s+\([A-Z]+\))?(?:\s+[\"“][^\"“”]{1,60}[\"”])?\s+"
             r"(?:by\s+(?:[\w'’.-]+\s+){1,6}?(?:\([A-Z]+\),?\s+)?)?(?:was\s+)?(?:published|released|issued)"
             # ("warned in an alert issued earlier this month"; "the next report will be issued on 16 May" is
             # no publication told) ... or the paper named first, its date in a clause set off by commas: "The
             # needs assessment for the province, published last month, found ...", "The latest food security
             # analysis, released on Monday, found ...", "the Secretary-General's report, issued on 12 June"
             r"|(?:report|study|analysis|assessment|survey|findings|alert)(?:\s+(?:of|for|on|by|into)(?:\s+[\w'’.()-]+){1,9}?)?"
             r",\s+(?:published|released|issued)(?=\s)"),
        # a person detained, a plant shut down, a body dissolved: dated happenings of no war kind
        # (one person or group; "arrested dozens ... this year" counts a campaign)
        (25, r"(?:arrested|detained)(?!\s+(?:since|for|in\s+(?:prisons?|jails?|camps?|detention)|dozens|hundreds|thousands|scores|more|over|some|about|at\s+least|\d))"),
        (30, r"(?:power|electricity|desalination|water(?:\s+treatment)?)\s+(?:plant|station)s?\s+(?:[\w'’-]+\s+){0,2}?"
             r"(?:shut\s+down|stopped|closed|went\s+offline|ran\s+out)"),
        (25, r"dissolv(?:e|ed|es|ing)\s+(?:itself|themselves)|dissolution\s+of"),
        (20, r"protest(?:s|ed|ers)?|demonstrat(?:ions?|ed|ors)|rall(?:y|ies|ied)|sit-ins?|vigils?"),
        # a fire that is no weapon's: "a fire broke out at the holding facility", "a fire ... tore through the camp"
        (35, r"(?:fires?|blazes?)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,6}?(?:broke\s+out|tore\s+through|swept\s+through"
             r"|ripped\s+through|spread\s+through|gutted|engulfed)"),
        (35, r"flood(?:s|ed|ing)?|(?:winter\s+)?storms?|heavy\s+rains?|torrential\s+rains?|snow(?:fall|storms?)?"),
        (40, r"(?:cases?|infections?)\b(?:\s+[\w-]+){0,4}?\s+(?:was|were|had\s+been|has\s+been)\s+(?:confirmed|recorded|detected|registered|identified)|outbreaks?(?!\s+of\s+(?:violence|fighting|war|hostilities|clashes|unrest))"
             r"|(?:confirmed\s+)?(?:case|infection)s?\s+of\s+(?:the\s+)?(?:new\s+|novel\s+)?(?:coronavirus|virus|covid-19|covid|cholera|measles|polio)"
             # "The doctor ... tested positive on Thursday"
             r"|tested\s+positive"),
        # a state proclaimed: "proclaimed a 'caliphate' the following month"
        (40, r"(?:proclaim|declar)(?:ed|ing)\s+(?:a|an|the|its)\s+(?:self-styled\s+|so-called\s+)?[\"“']?(?:caliphate|emirate|republic)"),
        # a border thrown open or sealed: "Erdogan opened Turkey's borders to Europe on 28 February"
        (30, r"(?:opened|reopened|closed|sealed|shut)\s+(?:[\w'’-]+\s+){0,2}?borders?(?!\s+crossings?)"
             # roads or an airport opened again: "The main roads into Derna were partially reopened on 13 September"
             r"|(?:roads?|airports?)(?:,?\s+[\w'’-]+){0,8}?,?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
             r"(?:partially\s+|fully\s+)?reopened\b"),
        (15, r"elections?"),
        # work, services or travel stopped: "flights to Mekelle were suspended on 24 June", "the only
        # medical point stopped working on Thursday", "services have been cut since 29 June" (places
        # counted as they stopped are a tally: see tallies)
        (30, r"suspend(?:ed|s|ing)(?!\s+(?:for|until|pending|sentences?)\b)|stopped\s+(?:working|operating|functioning)"
             r"|ran\s+out\s+of\s+(?:fuel|power|electricity|supplies|medicines?|water|food)"
             r"|(?:cut(?<=been\scut)|cut(?<=were\scut)|cut(?<=was\scut))(?!\s+(?:to|by|from|for|back)\b)"
             r"|(?:flights|services|classes|lessons|exams|rail\s+services|trains|ferries)\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been)\s+cancell?ed"),
        # an inquiry opened: "An investigation into the collapse was opened by the Attorney-General on Saturday"
        (30, r"(?:opened|launched|ordered|announced)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe)"
             r"|(?:investigation|inquiry|probe)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|has\s+been|had\s+been)\s+(?:opened|launched|ordered)"),
        # a court deciding or sitting: "The Constitutional Court confirmed on Monday that ...", "the
        # International Court of Justice ordered Russia to ...", "In a ruling on Wednesday, ...", "will hold
        # its first hearings in the genocide case today"
        (35, r"court(?:\s+of\s+(?:[\w'’-]+\s+)?justice)?(?:\s+in\s+(?:the\s+)?hague)?\s+"
             r"(?:(?:has|had|also)\s+)?(?:ruled|ordered|confirmed|upheld|overturned|annulled|dismissed|rejected|convicted|sentenced|acquitted)\b"
             r"|ruling(?<=\ba\sruling)(?=\s+(?:on|last|this|earlier)\b)"
             r"|hold\s+(?:its\s+|the\s+|their\s+)?(?:first\s+|public\s+|opening\s+)?hearings?\b"),
        # a survey made: "an NRC survey conducted in February", "In a survey NRC conducted in May"
        (30, r"(?:survey|poll|census)s?\s+(?:[\w'’-]+\s+){0,2}?(?:conducted|carried\s+out)"
             # a survey told by what it found: "A survey by humanitarian agencies in May found that 58 percent ..."
             r"|(?:survey|poll)\s+(?:by|(?:backed|led|commissioned)\s+by)\s+(?:[\w'’-]+\s+){1,4}?(?:in\s+(?:[\w-]+\s+){1,2}?)?found\b"
             r"|(?:conducted|carried\s+out)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:survey|poll|census)"),
        # the dead buried together: "staff buried around 180 bodies in a mass grave"
        (30, r"buried\s+(?:[\w'’-]+\s+){0,3}?(?:bodies|dead|victims|corpses)"),
        # relief blocked: "the UN has been unable to move supplies into Lashio"
        (25, r"unable\s+to\s+(?:move|deliver|send|bring|get|truck)\s+(?:[\w'’-]+\s+){0,2}?(?:supplies|aid|food|assistance|fuel|convoys?|trucks)"),
        # a state born: "South Sudan gained independence from Sudan on July 9, 2011"
        (40, r"(?:gained|won|declared|proclaimed|achieved)\s+(?:its\s+|their\s+)?independence"),
        # the patrols a truce sets up are neither an attack nor an offensive
        (30, r"joint\s+(?:[\w'’-]+\s+){0,2}?patrols?"),
        (15, r"(?:earth)?quakes?(?:\s+(?:struck|hit|shook|jolted|rocked))?|(?:ground|earth)\s+shook"),
        # famine found: declared or confirmed ("Famine conditions were confirmed in the camp in August
        # 2024"), or the finding of the body that classifies hunger ("the Famine Review Committee
        # concluded that famine conditions were present", "The IPC in September projected famine",
        # "in December the IPC reported that famine had extended to ...": the spread is the finding)
        (40, r"famine(?:[\s-]+like)?\s+(?:conditions\s+)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|have\s+been\s+)?"
             r"(?:first\s+|formally\s+|officially\s+)?(?:declared|confirmed)"
             r"|(?:declared|confirmed)\s+(?:a\s+)?famine"
             r"|famine\s+(?:had\s+|has\s+)?(?:extended|spread)\s+to\b"
             r"|(?:concluded|found|determined|projected)\s+(?:that\s+)?(?:a\s+)?(?:risk\s+of\s+)?famine\b"),
        (30, r"(?:airports?|seaports?|ports?)\s+(?:[\w'’-]+\s+){0,4}?(?:closed|shut|reopened)"),
        (40, r"(?:died|dying|die)\s+(?:from|of)\s+(?:the\s+)?(?:cold|hypothermia|exposure)|(?:froze|freezing|frozen)\s+to\s+death"),
        # emergency rule: "declared a state of emergency", "martial law was declared", "declared a state of war"
        # (and its other names: "declared a 'state of internal commotion'"; told in the passive with
        # the place between: "A state of emergency covering the region was declared on 4 August")
        (45, r"(?:declared|imposed|proclaimed|decreed)\s+(?:a\s+|an\s+)?[\"“']?(?:[\w-]+\s+){0,3}?(?:state\s+of\s+[\"“']?(?:internal\s+)?(?:emergency|war|siege|alert|commotion|exception)|martial\s+law|curfews?)"
             r"|(?:emergency|war|siege|martial\s+law|curfews?)\s+(?:(?:covering|in|across|over|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|were|has\s+been|had\s+been)\s+(?:declared|imposed|proclaimed|lifted)"),
        # a force leaving ground it held, no side taking it: "Military forces withdrew from Rann on 26
        # January", "Ukrainian forces began withdrawing from Debaltseve on Wednesday"
        (35, r"(?:forces|troops|army|units|contingents?|peacekeepers|battalions?)\s+(?:[\w'’-]+\s+){0,2}?"
             r"(?:withdrew|had\s+withdrawn|have\s+withdrawn|(?:began|started)\s+(?:withdrawing|to\s+withdraw)|pulled\s+out)\s+from"),
        # a company or an agency taking its people out: "Total withdrew all remaining staff from the site
        # on Friday", "it had pulled most of its remaining staff off the site"
        (35, r"(?:withdr(?:ew|awn|awing)|pull(?:ed|ing)(?:\s+out)?)\s+(?:(?:all|most|some)\s+(?:of\s+)?)?(?:its\s+|their\s+|the\s+)?"
             r"(?:remaining\s+|international\s+|foreign\s+|expatriate\s+|non-essential\s+)?(?:staff|personnel|employees)\b"),
        # a side changed by an official or a commander: "the prime minister defected on Monday and fled
        # to Jordan" is a defection (other), not a flight; "his defection was announced on Monday"
        (50, r"defect(?:ed|ing|ions?)(?!\s+(?:soldiers|officers|troops|fighters)\b)|(?:switched|changed)\s+sides"),
        # a leader or a plane lost: "Prigozhin died in a plane crash"
        (35, r"(?:plane|helicopter|aircraft|air)\s+crash"),
        # power changing hands at the top: a coup, a takeover, a ruler removed
        (45, r"coups?(?:\s+d['’]\S+)?|(?:seized|seize|seizing|seizure\s+of|took|take|taken|taking|grabbed|assumed)\s+power"
             r"|(?:military|army)\s+takeover|change\s+of\s+(?:government|regime|power)|transfer\s+of\s+power"
             r"|(?:removed|ousted|toppled|overthrew|overthrown|deposed)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?"
             r"(?:ruler|president|leader|government|prime\s+minister|regime|dictator|strongman)"),
        # acts of state: decrees, nominations, designations revoked, sanctions and bans
        (40, r"(?:signed|issued)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?decree|decrees?"
             # "al-Sharaa signed a constitutional declaration", "approved an interim constitution"
             r"|(?:signed|adopted|approved|promulgated|ratified)\s+(?:a|an|the)\s+(?:new\s+|interim\s+|temporary\s+|transitional\s+|draft\s+)?"
             r"constitution(?:al\s+(?:declaration|charter|amendments?))?"
             r"|nominat(?:ed|es|ing)|appoint(?:ed|s|ing)|sworn\s+in|inaugurated"
             r"|(?:revok|rescind|lift)(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:designation|sanctions|listing)"
             r"|designat(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?as\s+(?:a\s+)?(?:foreign\s+)?terrorist"
             r"|(?:imposed|announced|introduced)\s+(?:new\s+|fresh\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|ban|embargo)"),
        # supplies a government cuts off: "cut off electricity, fuel and food supplies to Gaza"
        (40, r"cut\s+off\s+(?:the\s+|all\s+)?(?:electricity|power|fuel|water|food|internet|communications|telecommunications|gas|supplies)"
             r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:electricity|power|fuel|water|food|internet|communications|gas))*(?:\s+supplies)?"),
        # a road or corridor cut off by a side ("Azerbaijan had blockaded the Lachin corridor", "from mid-June
        # blocked all deliveries of food", "The blockade began in December 2022"); a place that "has been
        # under blockade since 2022" is a state, no happening
        (30, r"blockad(?:ed|ing)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:[\w'’-]+\s+)?(?:corridor|road|roads|highway|city|town|port|enclave|region)"
             r"|blockade\s+(?:began|started|was\s+imposed)|(?:imposed|began|started)\s+(?:a|the|its)\s+(?:[\w-]+\s+)?blockade"
             r"|blocked\s+(?:all\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:corridor|deliveries|supplies|road|highway)\b"
             # "Since December 2022, the Lachin corridor, the only road linking the region to Armenia, had been blocked"
             # (a place "under a blockade since December" is annotated as often as not: a state, left out)
             # (begun at "corridor" alone: "road" or "crossing", frequent words, would try it everywhere for nothing more)
             r"|corridor,?(?:\s+[\w'’,-]+){0,12}?\s+(?:had|has|have)\s+been\s+(?:blocked|blockaded|cut\s+off)"),
        # foreign troops arriving or deploying: "Colombian troops began arriving in the region on Saturday",
        # "a regional force from the Southern African Development Community (SADC) started deploying in mid-December"
        # (kept only when a force is the subject: see idle_triggers)
        (30, r"(?:began|started|begun)\s+(?:arriving|deploying|to\s+deploy|to\s+arrive)"),
        # military posts set up: "set up observation posts in the province in October"
        (35, r"(?:set\s+up|established|erected|built|reinforced|installed)\s+(?:[\w'’-]+\s+){0,4}?(?:observation\s+posts?|military\s+posts?|checkpoints?)"),
        # foreigners taken out of a war: "special forces airlifted embassy staff from the capital"
        (35, r"(?:airlifted|evacuated|flew\s+out)\s+(?:[\w'’-]+\s+){0,3}?(?:embassy|diplomats|diplomatic|nationals|citizens|foreigners|non-essential\s+(?:staff|personnel))"
             r"|evacuation\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:embassy|diplomats|diplomatic|nationals|citizens|foreigners)"),
    ],
    "ceasefire": [
        (35, r"cease-?\s?fires?|truces?|cessation\s+of\s+hostilities|armistice|halt\s+to\s+(?:the\s+)?(?:fighting|hostilities|military\s+operations|attacks|air\s?-?strikes)"
             r"|halt(?:ed|s)?\s+(?:fire|firing|hostilities|fighting)"
             # a pause in the war itself (a "humanitarian pause" for aid is humanitarian's)
             r"|pause\s+in\s+(?:the\s+)?(?:fighting|hostilities|military\s+operations?|operations?|offensive|attacks|bombing|bombardment|strikes)"),
        (25, r"de-?escalation[\"”’']?\s+(?:agreement|deal|memorandum|zone\s+agreement)"),
        # a pause named by what it pauses: "a 120-hour pause in the military operation"
        (35, r"pause\s+in\s+(?:the\s+)?(?:military\s+)?(?:operations?|offensive|fighting|hostilities|attacks|strikes|bombing|bombardment)"),
        # a pause named by its length alone, not called humanitarian: "an earlier week-long pause in late November"
        (30, r"pause(?<=-day\spause)|pause(?<=-hour\spause)|pause(?<=-week\spause)|pause(?<=-long\spause)"),
        # "The truce, agreed ... after six hours of talks, took effect at midnight": the truce's
        # own verb (kept only after a truce word; see sentence._idle)
        (30, r"took\s+effect|took\s+hold|came\s+into\s+(?:force|effect)|went\s+into\s+effect"),
        (30, r"demilitari[sz]ed\s+(?:zone|buffer|area)|buffer\s+zone|de-?escalation\s+(?:zones?|areas?)"),
        (30, r"(?:Sochi|Astana|Moscow|Idlib)\s+(?:agreement|deal|memorandum|accord|protocol)"
             r"|fr(?:oze|ozen|eeze|eezes)\s+(?:the\s+)?(?:front\s*-?\s*)?lines?"),
        # between the warring sides' backers, a deal struck is a truce more often than not
        (25, r"(?:deal|agreement|accord|protocol|memorandum),?\s+(?:was\s+|were\s+|had\s+been\s+)?(?:reached|struck|brokered|signed|announced)"
             r"|(?:reached|struck|brokered|agreed|signed|concluded)\s+(?:on\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|protocol|memorandum)"
             # a memorandum told before its signatories: "a memorandum the three countries signed in Astana on May 4"
             r"|memorand(?:um|a)\s+(?:(?:of\s+understanding|on\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,4}?(?:signed|agreed|concluded)"),
    ],
    "capture": [
        (30, r"(?:re)?captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|(?:took|take|taken|taking|gained|gain|regained|seized|wrested)\s+[\"“']?(?:full\s+|total\s+|complete\s+)?(?:administrative\s+|military\s+|effective\s+)?control"
             # a town taken by an armed side, told in the passive: "the first city to be taken by Russian forces"
             # ... or by its date alone: "Mariupol, besieged for almost three months, was taken in May"
             r"|taken(?:(?<=was\staken)|(?<=were\staken))(?=\s+(?:on|last|earlier|in\s+(?:early|late|mid|(?-i:[A-Z])|\d)))"
             r"|taken(?:(?<=be\staken)|(?<=was\staken)|(?<=were\staken)|(?<=been\staken))\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:forces|troops|rebels|fighters|army|militants|insurgents|militias?|jihadists|factions|paramilitaries|opposition)\b"),
        (30, r"retook|retaken|retake|overran|overrun|fell\s+to|fall\s+of|took\s+over|taken\s+over|(?:drove|pushed)\s+(?:\w+\s+){0,2}out"
             r"|(?:took|taken|take|won|winning|win)\s+back|(?:took|taken|take|taking|regained|retaking)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:towns?|villages?|city|cities|hills?|areas?|neighbourhoods?|districts?|bases?|airbase|positions?|headquarters"
             r"|airports?|garrisons?|barracks|citadel|capital)\b"
             # ground taken told by its share: "took large parts of its countryside", "regained parts of Palma"
             r"|(?:took|taken|taking|regained|retaking)\s+(?:(?:large\s+|most\s+)?parts|most|much|(?:large\s+|vast\s+)?swathes)\s+of"
             # rivals driven from their ground: "Nusra routed the Western-backed Syria Revolutionaries Front"
             r"|routed(?=\s+(?:its|their|the|two|three|(?-i:[A-Z]))\b)(?!\s+the\s+(?:aid|convoys?|deliveries|assistance)\b)"
             r"|raised\s+(?:the|their)\s+flag|changed\s+hands|(?:los(?:t|ing|e)|ceded)\s+(?:it|them)\s+(?:again|back)|(?:lost|losing|ceded)\s+control\s+of"
             r"|fell(?=\s+(?:on|in|last|earlier|late|early|this|overnight|yesterday|after|at\s+the\s+(?:end|start|beginning|turn))\b"
             # ... or counted from the fall before: "Sake fell two days later"
             r"|\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|several)\s+(?:days?|weeks?)\s+later\b)"
             r"|swept\s+(?:into|through|across)"
             r"|consolidated\s+(?:its\s+|their\s+)?control|secured|takeover|restored\s+(?:security|control)"
             r"|(?-i:(?:took|taken|taking|seized|regained|retaking)\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]+)"
             r"(?!\s+(?:refugees|people|troops|forces|soldiers|prisoners|hostages|civilians|families|nationals|officials)\b)"
             r"|(?:expell?ed|ousted|evicted|drove|chased)\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+|a\s+string\s+of\s+|a\s+number\s+of\s+|several\s+|dozens\s+of\s+|\d+\s+)?"
             r"(?:[\w-]+\s+)?(?:towns?|villages?|city|area|districts?|neighbou?rhoods?)\b"
             # a ruler toppled by a campaign of arms is the capital taken ("the lightning offensive that toppled
             # the president on 8 December", "an offensive swept the regime from power"; a coup is `other`)
             r"|(?:offensive|sweep|advance|assault|push|blitz)\s+(?:that|which)\s+(?:toppled|ousted|overthrew|brought\s+down)"
             r"|swept\s+(?:[\w'’.-]+\s+){1,4}?from\s+power"
             # the victor's own word that a city is taken: "declared victory over the group in Mosul",
             # "declared the liberation of the city on 10 July"
             r"|declared\s+(?:[\w-]+\s+)?victory(?=\s+(?:over|in|at)\b)|(?:declared|proclaimed|announced)\s+(?:the\s+)?(?:full\s+|complete\s+)?liberation\s+of"),
        # forces moving into a town take it: "drove into the city centre", "advanced into Aleppo city",
        # "entered Saraqeb" (a place named); the outskirts, a building or a border are another matter
        (30, r"(?:drove|advanced|swept|pushed|rolled|marched)\s+into(?=\s+(?:the\s+)?(?:(?:city|town|village|capital|centre|center|heart)\b|(?-i:[A-Z])))"
             # ... a town or an airport named with its adjective: "pushed into the strategic town of Saraqeb",
             # "pushed into the compound of the city's airport"
             r"|(?:drove|advanced|swept|pushed|rolled|marched)\s+into(?=\s+the\s+(?:[\w-]+\s+)?(?:town|city|village|airport|air\s?base)\b"
             r"|\s+the\s+compound\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:airport|air\s?base|base|barracks))"
             r"|entered(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?-i:[A-Z])|\s+the\s+(?:capital|city\s+cent(?:re|er))\b)" + _THEN_VIOLENCE + r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|schools?|prisons?|mosques?|churches?)\b)"
             r"|(?:c(?:a|o)me|fell)\s+(?:back\s+)?under\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?control"
             # a town occupied, not the state of a land ("near the occupied Golan Heights")
             # a town given up, a siege ended by the defenders' departure
             r"|surrender(?<!to\ssurrender)(?:ed|s)?(?!\s+(?:their|its|his|her)\s+(?:weapons|arms))|siege\s+(?:ended|was\s+broken|collapsed)"
             r"|(?-i:occupied(?<!the\soccupied)(?<!The\soccupied)(?<!-occupied)\s+[A-Z][\w'’-]+)"),
        (15, r"entered" + _THEN_VIOLENCE + r"(?!\s+(?:the\s+)?(?:outskirts|edges?|suburbs|war|conflict|fray|fighting)\b|\s+(?:through|via)\b)"
             # (a war's time is no place: "have entered their fourth week")
             r"(?!\s+(?:its|their|the|a)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|phase|stage|round)\b)(?!\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|schools?|prisons?|mosques?|churches?)\b)"
             r"|recover(?:ed|ing)"
             # "liberated", "the liberation of the city" (not a movement's name: "Tigray People's Liberation Front")
             r"|liberated|liberation(?!\s+(?-i:[A-Z]))"),
        (25, r"re-?entered"),
        # a place lost, told in the past perfect ("have fallen since the offensive resumed" counts towns): "By Saturday the city's airport and most of its districts had fallen";
        # a force fighting its way back into a town it lost: "rebels fought their way back into Saraqeb on Thursday"
        # (without "back" the dev sets call it a capture or an offensive: "fought their way into Aleppo in July")
        (30, r"fallen(?<=had\sfallen)(?!\s+(?:to\s+(?:\d|a\b|its|their|the\s+lowest)|sharply|by|below|silent|ill|victim|apart|short|behind))"
             r"|fought\s+(?:their|its|his|her)\s+way\s+back\s+into"),
        # a place lost by its holder, named: "In January, government troops lost Donetsk airport", "IS lost
        # Raqqa in October 2017", "Aleppo, which government forces abandoned almost without a fight on 30
        # November"; fighters reaching a city or walking into it: "By Friday evening fighters had reached
        # the city's western districts", "M23 fighters walked into the centre of Goma before dawn on Monday"
        (30, r"(?-i:(?:lost|ceded)\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|airport|air\s?base|base|garrison)\s+of\s+)?[A-Z][\w'’-]+)"
             r"(?!\s+(?:support|backing|aid|troops|soldiers|fighters|forces|men|lives|control|ground|territory|positions)\b)(?!-)"
             r"|reached(?:(?<=forces\sreached)|(?<=forces\shad\sreached)|(?<=troops\sreached)|(?<=troops\shad\sreached)|(?<=rebels\sreached)|(?<=rebels\shad\sreached)|(?<=fighters\sreached)|(?<=fighters\shad\sreached)|(?<=insurgents\sreached)|(?<=insurgents\shad\sreached)|(?<=militants\sreached)|(?<=militants\shad\sreached))"
             r"(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?-i:[A-Z])|(?:city|town|capital|centre|center|districts?)\b))"
             r"|abandoned(?:(?<=forces\sabandoned)|(?<=troops\sabandoned)|(?<=rebels\sabandoned)|(?<=fighters\sabandoned)|(?<=insurgents\sabandoned)|(?<=militants\sabandoned)|(?<=army\sabandoned))"
             r"(?!\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:plans?|ideas?|talks|deal|agreement|ceasefire|truce|attempts?|bids?"
             r"|efforts?|demands?|hopes?|weapons|vehicles|equipment|uniforms)\b)"
             r"|walked\s+into(?=\s+the\s+(?:city\s+)?(?:centre|center|capital)\b|\s+the\s+(?:city|town)\s+of\b)"),
        # a town held by a date: "by Saturday they controlled most of Aleppo", "which insurgents have held since August"
        (25, r"controlled\s+(?:most|all|much|(?:more\s+than\s+)?half|large\s+parts|parts|swathes|the\s+(?:whole|entire|rest))\s+of"
             # a side's own word that a place is its own: "claimed control of the city", "declared that it controlled the city";
             # held by a day: "by Saturday they controlled the citadel, the airport and ..."
             r"|(?:claimed|declared|announced|asserted|proclaimed)\s+(?:full\s+|total\s+|complete\s+)?control\s+of"
             r"|(?:declared|announced)\s+(?:that\s+)?(?:it|they)\s+(?:now\s+)?controlled"
             r"|controlled(?=\s+the\s+(?:city|town|citadel|airport|capital|centre|center)\b)"
             r"|(?:insurgents|militants|forces|troops|jihadists)\s+(?:have|has|had)\s+held(?=\s+(?:it\s+|them\s+)?since\b)"
             # "Sanaa, which the Houthis have controlled since September 2014" ("have" begins no trigger: see
             # triggers.NOT_TRIGGERS; a bare year after "since" dates no happening: see event_dates)
             r"|controlled(?:(?<=have\scontrolled)|(?<=has\scontrolled)|(?<=had\scontrolled))(?=\s+(?:it\s+|them\s+)?since\b)"
             # ... told as the state it has been in since: "had been in rebel hands since April 2015" (the dev
             # sets date the capture so; see event_dates for the bare year; "control" and "held" begin no
             # trigger, see triggers.NOT_TRIGGERS: their since-dates reach a when-clause or a capture word)
             r"|hands(?=,?\s+since\b(?!\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|uprising|revolution)))"),
        # a land taken by a state: "Crimea, which it annexed in 2014"
        (30, r"annex(?:ed|es|ing|ation\s+of)"),
        # only after a preposition of time ("days after entering the town"; see sentence._idle)
        (20, r"(?:re-?)?entering"),
    ],
    "offensive": [
        # a battle for a place begun, or a campaign named in an aside before its start: "The battle for it
        # began in July 2012", "rebels launched their battle for Aleppo", "The offensive, dubbed 'Deterrence
        # of Aggression', began on Nov. 27", "The offensive, which the rebels call ..., was launched on 27 November"
        (40, r"battle(?:\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?=,?\s+(?:which\s+|that\s+)?(?:had\s+)?(?:began|begun|started|erupted|was\s+launched)\b)"
             r"|launch(?:ed|es|ing)\s+(?:their|its|the|a|an)\s+(?:[\w-]+\s+)?battle\s+for"
             r"|(?:offensive|campaign|operation|assault|push)\s*,\s+(?:which\s+(?:[\w'’-]+\s+){1,3}?(?:call|calls|called|named|dubbed)"
             r"|dubbed|called|named|code-?named|known\s+as)\s+[^,.;]{2,60}?,\s+(?:was\s+launched|began|started|opened)"
             # ... or named by its aim: "since the campaign to retake the city began last October"; a push begun:
             # "the army began its push on the capital on 4 April"
             r"|(?:offensive|campaign|operation|push|drive)\s+to\s+(?:re)?(?:take|capture|seize|recapture|retake|drive\s+out|oust|expel)\s+"
             r"(?:[\w'’-]+\s+){1,3}?(?:began|started|was\s+launched|opened)"
             r"|(?:began|started|opened)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+)?push\s+(?:on|into|towards?|for|against)\b"
             # a state's army turned on a people: "In August 2017, a military crackdown drove more than 740,000 Rohingya ..."
             r"|(?:military|army)\s+crackdown"),
        # a war named as an episode by its length or its order: "In a 44-day war in the autumn of 2020,
        # Azerbaijan recaptured much of the territory"; a campaign told by its opening blow: "The lightning
        # advance, which began with an attack on government lines on Wednesday"
        (35, r"war(?:(?<=-day\swar)|(?<=-week\swar)|(?<=brief\swar)|(?<=second\swar)|(?<=third\swar))(?=\s+in\b)"
             r"|(?:advance|offensive|campaign|assault|operation|push)\s*,?\s+(?:which|that)\s+(?:began|started|opened)\s+with"),
        # a campaign as the subject of its own start or sweep: "the campaign that the army, backed by
        # Russia, relaunched in mid-December", "a campaign that has swept through the south since December"
        (40, r"(?:campaigns?|offensives?|operations?|push|assaults?|advance)\s+(?:that|which)\s+"
             r"(?:(?:has|had|have)\s+(?:\w+\s+)?(?:swept|pushed|rolled|advanced|pressed)\b"
             r"|(?:[\w'’,-]+\s+){0,10}?(?:re-?launched|launched|resumed|restarted))"),
        (30, r"offensives?|incursions?|counter-?(?:attacks?|offensives?)|(?:military|ground|air|aerial|bombing)\s+(?:campaign|operation)s?"
             r"|(?:new|fresh|renewed|major|army's|military's|government's|regime's)\s+campaign"
             r"|(?:campaigns?|offensives?|counter-?offensives?|invasion|incursion)\s+(?:\w+\s+)?(?:began|started|resumed|was\s+launched)"
             r"|invad(?:ed|es|ing)|invasion"),
        (40, r"launch(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?(?:attacks(?!" + _ON_INSTITUTIONS + r")|assaults?|offensives?|operations?|campaigns?|push(?:es)?|phase)"
             # "launched its drive on the city" (not a vaccination drive: the drive aims at a place or a foe)
             r"|launch(?:ed|es|ing)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+)?drive(?=\s+(?:on|against|into|towards?)\b)"
             # an offensive under its own name: "launched what it called 'anti-terrorist measures'"
             r"|launch(?:ed|es|ing)\s+what\s+(?:it|they|he|she|Moscow|Ankara|Baku|Israel)\s+(?:has\s+)?call(?:ed|s)"
             r"|(?:trying|tried|attempting|attempts?|bid|seeking|sought|pushing)\s+to\s+(?:re)?(?:take|capture|seize|recapture)"),
        (25, r"encircl(?:ed|ing|ement)|besieg(?:ed|ing)|(?:laid|lay)\s+siege|siege(?<=under\ssiege)"
             r"|(?:new|second|third|latest|final|fresh|renewed|major|ground)\s+push|push(?:es)?\s+(?:began|started)"
             r"|reached\s+the\s+(?:outskirts|edges?|gates)|closed\s+in\s+on"
             r"|(?:renewed|resumed|relaunched|restarted)\s+(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+)?(?:push|offensive|campaign|assault|advance)"),
        (20, r"assaults?|(?:military\s+)?operations?|push(?:ed)?\s+(?:into|towards|toward|north|south|east|west)|advanc(?:es|ed|ing)"
             # "opposition fighters pressed south towards the city on Tuesday" (not "was pressing north": a state)
             r"|pressed\s+(?:on\s+)?(?:north|south|east|west)\w*|pressed\s+on\s+(?:towards?|to)\b"
             r"|advance(?<!in\sadvance)(?!\s+(?:of|notice|warning|planning|payment|team|party|registration|copy))"
             r"|(?:troops|forces)\s+(?:moved|pushed)(?!\s+into\b)"),
        (30, r"(?:fighting|front(?:\s*-?\s*lines?)?|troops|forces|army)\s+(?:has\s+|have\s+)?moved\s+(?:north|south|east|west)\w*"),
        # an advance to a town's edge, a state's army sent in, a foreign power joining the war:
        # "entered the outskirts of the town", "sent troops into Tigray", "a coalition intervened"
        (30, r"(?:entered|stormed|reached)\s+the\s+(?:outskirts|edges?|suburbs)"
             r"|(?:sent|sending|deployed|deploying|ordered|poured)\s+(?!(?:in\s+)?(?:thousands|hundreds)\s+of\s+(?:additional\s+|more\s+|extra\s+)?(?:troops|soldiers)\s+into\b)(?:[\w'’-]+\s+){0,3}?(?:troops|forces|soldiers|tanks|fighters|reinforcements)\s+(?:into|across|to\s+the)"
             r"|ordered\s+(?:his|its|their|the)\s+(?:[\w'’-]+\s+)?(?:troops|forces|army|fighters)\s+to\s+(?:march|advance|move)\s+on"
             r"|push(?:ed|ing)?\s+to\s+within"
             r"|intervened|(?:military|armed|foreign|Russian|Turkish|Saudi-led|coalition)\s+intervention"
             # "The Saudi-led coalition entered the war in March 2015"
             r"|entered\s+the\s+(?:war|conflict|fray|fighting)\b"
             # an armed group going back to war: "took up arms again in late 2021"
             r"|t(?:ook|aken|ake|aking)\s+up\s+arms"),
        # forces crossing a border or front (people crossing flee, trucks bring aid: see movement.py)
        (25, r"crossed\s+(?:over\s+)?(?:into|from|the\s+(?:border|frontier|river|front\s+line|line))"),
    ],
    "escalation": [
        # attacks made more frequent or started again: "stepped up airstrikes this week", "resumed strikes"
        (40, r"(?:stepped\s+up|ramped\s+up|intensified|escalated|resumed|increased)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?"
             r"(?:air\s?-?strikes|airstrikes|strikes|attacks|raids|bombing|bombardment|shelling|drone\s+attacks)"),
        # (efforts stepped up are no war growing: "authorities have stepped up evacuations")
        (35, r"escalat(?:ion|ed|es|ing)|intensif(?:ied|ies|y|ying|ication)|upsurge|flare-?ups?|flared"
             r"|(?:stepped|ramped|picked)\s+up(?!\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:evacuations?|aid|deliveries|efforts|assistance"
             r"|support|preparations|patrols|security|response|calls|pressure|diplomacy|distributions?|vaccinations?|registration))"),
        # "the bombing that began in mid-December", "fighting resumed on 20 October"
        # (the subject may be long: "Fighting between the army (FARDC) and the M23 group resumed")
        # a campaign of strikes begun: "Air strikes, reported by Moscow to have started on 30 September",
        # "since the group began firing rockets at the north on 8 October"
        (40, r"(?:air\s?-?strikes|airstrikes|raids|drone\s+strikes|missile\s+strikes)"
             r"(?:,\s+(?:[\w'’()-]+\s+){1,6}?to\s+have|\s+(?:that|which)(?:\s+have|\s+had)?)?\s+(?:began|started|resumed)\b"
             r"|(?:began|started|resumed)\s+(?:firing|launching|lobbing)\s+(?:[\w-]+\s+)?(?:rockets|missiles|drones|shells|mortars)"
             # ... or firing at a side, or a war taken up again: "since Hezbollah began firing at Israel on October 8",
             # "The M23 resumed its rebellion in late 2021", "since it resumed hostilities in late 2021", "tensions
             # erupted into open fighting in late July"
             r"|(?:began|started|resumed)\s+(?:firing|shooting)\s+(?:at|on|into)\b"
             r"|resumed\s+(?:its\s+|their\s+|the\s+)?(?:armed\s+)?(?:rebellion|insurgency|hostilities|armed\s+struggle|war)\b"
             r"|(?:erupted|exploded|spiral(?:l)?ed|descended)\s+into\s+(?:open\s+|full-scale\s+|heavy\s+|street\s+)?"
             r"(?:fighting|war(?:fare)?|conflict|clashes|violence|battles|killings)"
             # "In October, Russia began a campaign of missile and drone strikes on the power grid"
             r"|(?:began|started|launched|opened)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?campaign\s+of\s+(?:[\w-]+\s+){0,3}?"
             r"(?:strikes|air\s?-?strikes|airstrikes|attacks|bombing|bombardment|shelling|raids)"),
        (40, r"(?:fighting|clashes|exchanges\s+of\s+fire|hostilities|violence|bombing|bombardment|shelling)(?:\s+[\w'’()-]+){0,16}?\s+"
             r"(?:began|started|resumed|erupted|picked\s+up|flared(?:\s+up)?|(?:has|have|had)\s+been\s+(?:under\s+way|underway|raging))"),
        # a war starting or spreading: "fighting broke out in the capital", "the conflict erupted",
        # "fighting reached the edge of the city", "clashes set off the war"
        (40, r"(?:fighting|clashes|hostilities|violence|war|conflict)(?:\s+[\w'’()-]+){0,12}?\s+"
             r"(?:broke\s+out|(?:has|have|had)\s+broken\s+out|erupted|(?:has|have|had)\s+erupted)"
             r"|(?:fighting|clashes|hostilities|battles?)\s+(?:has\s+|have\s+|had\s+)?(?:reached|spread\s+(?:to|into)|approached|edged\s+closer)"
             r"|(?:set\s+off|sparked|triggered|ignited)\s+(?:the\s+|a\s+|this\s+)?(?:[\w-]+\s+)?(?:war|conflict|fighting|hostilities)"),
        # attack words as the subject of an escalation verb: "air strikes and shelling have intensified"
        # ("Hostilities across the de-escalation area in the north-west have increased sharply since late April")
        (40, r"(?:hostilities|violence)(?:\s+[\w'’-]+){0,9}?\s+(?:have|has|had)\s+(?:increased|intensified|escalated|grown|worsened)"),
        (40, r"(?:air\s?-?strikes|airstrikes|strikes|attacks|raids|bombing|bombardment|shelling|clashes|fighting|hostilities|violence)"
             r"(?:\s+[\w'’-]+){0,6}?\s+(?:intensified|escalated|spread|surged|worsened|increased|multiplied|(?:has|have)\s+(?:grown|risen))"),
        # a build-up where a side already fights: "Turkey poured thousands of troops into Idlib last month"
        # (a state's army sent in to start a war is an offensive: "sent troops into Tigray")
        (35, r"(?:poured|deployed|sent|rushed|moved)\s+(?:in\s+)?(?:thousands|hundreds)\s+of\s+(?:additional\s+|more\s+|extra\s+)?(?:troops|soldiers)(?=\s+into\b)"),
        # "Tensions around El Fasher have mounted since mid-April"
        (30, r"tensions?(?:\s+[\w'’-]+){0,4}?\s+(?:(?:have|has|had)\s+)?(?:mounted|soared|rose|risen|grew|grown|heightened|spiked|boiled\s+over)"),
        # attacks told as daily since a date: "shelling has been reported almost daily since mid-December"
        (35, r"(?:shelling|air\s?-?strikes|airstrikes|strikes|attacks|bombardment|bombing|clashes)(?:\s+[\w'’-]+){0,8}?\s+"
             r"(?:almost\s+|nearly\s+)?(?:daily|every\s+day|near-daily|day\s+after\s+day)\b"),
        # "air strikes, which at their peak in February hit dozens of villages a day"
        # (a count's peak is no war's: "down from a peak of 129,000 in mid-February")
        (40, r"peak(?:ed)?(?!\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d)"),
        (40, r"(?:broke|broken|breaking|shattered|ended|abandoned)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:truce|cease-?\s?fire)"),
        (25, r"(?:surge|spike|increase|rise|uptick)\s+in\s+(?:\w+\s+)?(?:violence|fighting|hostilities|attacks|strikes|bombardment|shelling|air\s*strikes)"),
        # fighting named by its intensity is an escalation, not one attack: "heavy fighting was reported on Sunday"
        # (the adjective alone: "fighting has been under way" after it is still found whole)
        (40, r"(?:heavy|fierce|intense|heavier|fiercer|violent|ferocious)(?=\s+(?:fighting|clashes|battles)\b)"),
        # fighting that starts again is an escalation, stronger than the attack word it names
        (35, r"renewed\s+(?:fighting|violence|hostilities|clashes|bombardment|bombing)"),
        (15, r"worsen(?:ed|ing)|deteriorat(?:ed|ion|ing)|surged?"),
        # a bare "resumed" takes the kind of what resumed ("talks", "the offensive"), so only this:
        (25, r"resumption\s+of\s+(?:the\s+)?(?:fighting|hostilities|bombing|bombardment|attacks|air\s*strikes|shelling)"),
    ],
    "displacement": [
        # people sent back across a border against their will: "Cameroonian authorities forcibly returned
        # around 9,000 people"
        (35, r"forcibl[ey]\s+(?:returned|deported|expelled|removed|repatriated|relocated)"),
        # "displaced families", "displacement camps" name people and places, not a movement
        (30, r"fled|flee(?:ing|s)?|uprooted|exodus|forced\s+(?:\w+\s+){0,2}(?:from|to\s+leave|out\s+of)\s+(?:\w+\s+)?homes"
             r"|displaced(?!\s+(?:people|persons|families|households|children|women|men|Syrians|civilians|communities|population|populations|IDPs|residents))"
             # (people who "are internally displaced" or "remain displaced" are counted, not moving: see sentence._idle)
             # (nor do a table's labels: "Displacement figures (27 Oct - 16 Nov)")
             r"|displacement(?!\s+(?:camps?|sites?|settlements?|shelters?|centres?|centers?|areas?|figures|data|trends|tracking"
             r"|numbers|statistics|overview|updates?|dashboard|snapshot|matrix|estimates?)\b)"),
        (20, r"left\s+their\s+homes|on\s+the\s+move|new\s+arrivals"
             # (evacuation routes, convoys, buses, attempts and deals are relief operations; fighters leaving are no flight)
             # (an evacuation named, or the wounded evacuated by an agency, is a relief operation: see humanitarian)
             # (but people moved out of places are a flight: "stepped up evacuations from the frontline villages")
             r"|evacuations?\s+from\b"
             r"|evacuated(?!\s+(?:[\w,'’-]+\s+){0,4}?(?:wounded|injured|sick|patients)\b)"
             r"(?!\s+(?:routes?|corridors?|convoys?|missions?|operations?|buses|attempts?|deals?|agreements?|plans?|orders?|warnings?|notices?"
             r"|of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:wounded|sick|patients|fighters|rebels|militants|gunmen))\b)"
             # a side ordering people out: "ordered the mandatory evacuation of families from the town"
             # (not a government taking its own staff or nationals out: that is the "other" above)
             r"|(?:ordered|ordering|orders)\s+(?:the\s+)?(?:mandatory\s+|forced\s+|full\s+)?evacuations?"
             r"(?!\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:embassy|diplomats|diplomatic|nationals|citizens|foreigners|non-essential))"
             r"|(?:people|families|residents|civilians|inhabitants|households)\s+(?:have\s+|has\s+|had\s+)?left\b"
             r"|number\s+of\s+(?:newly\s+)?displaced"
             # people told to leave, in the passive: "families who were told to move south in October"
             # (the verb begins the trigger: "were" begins none, see triggers.NOT_TRIGGERS)
             r"|(?:told(?:(?<=were\stold)|(?<=been\stold))|ordered(?:(?<=were\sordered)|(?<=been\sordered)))\s+to\s+(?:move|leave|evacuate|flee|relocate)"
             r"|(?:walked|marched|headed|streamed|moved|massed|gathered)\s+(?:\w+\s+){0,2}(?:towards?|to|at|on)\s+(?:the\s+)?(?:\w+\s+)?(?:border|frontier|camps?)"),
        # flight told as movements growing: "Movements into neighbouring countries have accelerated since late May"
        (30, r"(?:movements|outflows?|exodus|influx|departures)(?:\s+[\w'’-]+){0,4}?\s+(?:(?:have|has|had)\s+)?(?:accelerated|increased|surged|spiked)"),
        # people arriving where they fled to (kept only when people arrive: see movement.py)
        (25, r"arrived"),
        # people getting out or pouring over: "around 20,000 people escaped on Tuesday alone", "Yazidis streamed
        # across the Tigris on Tuesday" (kept only when people move: see movement.py)
        (25, r"escaped|streamed\s+(?:across|out\s+of|into|over)"),
        # people told to leave: "ordered an estimated 100,000 residents of eastern Rafah to move"
        (30, r"(?:ordered|told|forced)\s+(?:[\w'’,.-]+\s+){0,7}?(?:residents|civilians|people|inhabitants|families|population)"
             r"\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:move|leave|evacuate|flee|relocate)"),
        # attack words as the subject of flight: "heavy bombing drove out nearly all of its residents"
        (40, r"(?:bombing|bombardment|shelling|air\s?-?strikes|airstrikes|fighting|clashes|attacks|violence|crackdown)(?:\s+[\w'’-]+){0,3}?\s+"
             r"(?:drove|driven|forced|pushed|displaced|uprooted|emptied)"),
    ],
    "humanitarian": [
        # aid moving in, told from the vehicle, its agency or its cargo to the verb: "630 aid trucks
        # entered the territory on Sunday", "The first UN convoy after the quake crossed on February 9",
        # "A WHO shipment of 37 metric tonnes of medicines and trauma kits entered north-west Syria"
        # (listed first: "aid trucks" or "shipment of" alone would leave the verb to a capture)
        (40, r"(?:(?:aid|relief|humanitarian|UN|WFP|UNICEF|ICRC|food|fuel|cross-?border|inter-?agency)\s+)?"
             r"(?:trucks|lorries|convoys?|shipments?|consignments?|tankers?)(?:\s+[\w.'’-]+,?){0,10}?"
             r"\s+(?:entered|crossed|arrived|reached|rolled\s+into|got\s+through)"
             r"(?!\s+(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|schools?|prisons?|compound|camp)\b)"),
        (40, r"(?:aid|relief|humanitarian|UN|food|cross-?border|inter-?agency)\s+convoys?"
             r"|convoys?\s+(?:of|carrying)\s+(?:\d[\d,]*\s+)?(?:aid|trucks|lorries|food|relief|humanitarian|supplies)"
             r"|cross-?border\s+(?:aid|operations?|mechanism|deliveries|delivery)|humanitarian\s+(?:pause|corridor|access|aid|assistance|operations?|response)"),
        (30, r"aid\s+deliver(?:y|ies|ed)|deliver(?:ed|ing|ies)\s+(?:[\w,]+\s+){0,6}?(?:aid|assistance|food|supplies|medicines?|tents|items|kits|vaccines)"
             r"|resolution|airdrop|flash\s+appeal(?:\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+,?\s+(?:was\s+)?(?:launched|released|issued))?|distribut(?:ed|ing|ion|ions)\s+(?:of\s+)?(?:[\w,-]+\s+){0,2}?(?:aid|food|tents|assistance|kits|blankets|items|supplies|parcels|baskets|bread|bundles|loaves"
             r"|meals|rations|vouchers|heaters|medicines?)"
             # relief handed out, named by what it gives: "started emergency food distributions on 14 April",
             # "WFP provided hot meals to 20,000 displaced people last week"
             r"|(?:food|aid|cash|relief|voucher|kit)\s+distributions?"
             r"|provid(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:meals|food|shelter|tents|blankets|rations|kits|cash\s+assistance|drinking\s+water)\b"),
        # relief handed out, told in the passive or with a count before what it gives: "ready meals have
        # been distributed to 40,000 people", "food was distributed to 640,000 people", "has distributed
        # more than 5,000 tents", "delivered blankets, mats and soap to 2,000 households"
        (30, r"(?:aid|food|meals|rations|kits|tents|blankets|supplies|assistance|items|parcels|baskets|vouchers|medicines?|equipment)"
             r"(?:\s+[\w'’,-]+){0,6}?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:distributed|delivered|handed\s+out)"
             r"|(?:distributed|delivered|handed\s+out)\s+(?:[\w$,.-]+\s+){0,6}?(?:aid|food|tents|blankets|kits|items|supplies|parcels"
             r"|baskets|meals|rations|vouchers|medicines?|mats|hygiene)\b"),
        # an appeal or a fund launched: "The appeal for trauma care in north-west Syria, launched last
        # month", "the UN and its partners launched coordinated appeals for US$1.7 billion", "launched
        # a reconstruction fund for the north-west last month"
        (30, r"(?:plan|appeal)s?(?:\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?(?:,\s+[^,.;]{1,50},)?,?\s+(?:was\s+|were\s+)?(?:released|launched|issued)"
             r"|launched\s+(?:(?:a|an|the)\s+(?:[\w$-]+\s+){0,4}?(?:plan|appeal|fund)|(?:[\w-]+\s+)?appeals)\b"
             r"|(?:response|readiness|humanitarian|flash|winter(?:i[sz]ation)?)\s+(?:plan|appeal)"),
        (25, r"shipments?\s+of|(?:aid|relief|medical|humanitarian)\s+(?:supplies|shipments?|deliveries)"),
        # the Security Council's cross-border mandate: renewed, cut, crossings closed
        (35, r"renew(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:authori[sz]ation|mandate|mechanism)"
             r"|(?:closed|cut|reduced)\s+(?:[\w'’-]+\s+){0,4}?crossings?"),
        # ... extended, expiring or vetoed: "extended that permission in May", "the authorization
        # expired on Monday", "Russia vetoed a 12-month extension" ("could veto" stays a threat, talks)
        (40, r"(?:extended|prolonged|renewed)\s+(?:the\s+|that\s+|this\s+|its\s+)?(?:[\w-]+\s+)?"
             r"(?:permission|authori[sz]ation|mandate|mechanism|consent)"
             r"|(?:authori[sz]ation|mandate|permission|mechanism)\s+(?:[\w'’-]+\s+){0,5}?(?:expired|expires|lapsed|ran\s+out)"
             r"|vetoed\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,3}?(?:resolution|extension|renewal|draft)"),
        # aid reach: "fed 1.2 million people", "reached 1.3 million people with food assistance"
        (25, r"(?:fed|feeding|reached|assisted)\s+(?:some\s+|about\s+|more\s+than\s+|over\s+|nearly\s+)?\d[\d,.]*\s+(?:million\s+)?(?:people|families|households|children)"
             r"|(?:food|cash|shelter|medical|emergency)\s+(?:assistance|rations|baskets)"),
        # aid moving in: "1,399 trucks entered Gaza", "a limited fuel delivery was allowed in"
        (40, r"(?:trucks|lorries|convoys?|shipments?|deliveries|consignments?),?\s+(?:[\w.'’-]+,?\s+){0,7}?"
             r"(?:entered|crossed|arrived|reached|passed|got\s+through|(?:was|were)\s+allowed|used|began\s+rolling|rolled)"
             r"|(?:fuel|aid|food|medical|relief|water)\s+(?:deliver(?:y|ies)|shipments?|supplies)\s+(?:[\w'’-]+\s+){0,2}?(?:was|were)\s+allowed"),
        (25, r"(?:fuel|food|water|medical)\s+deliver(?:y|ies)"),
        # crossings closed, told in the passive (only where the sentence speaks of crossings; see sentence._idle)
        (25, r"(?:closed|shut|sealed)(?=\s+(?:in|on|last|since|after)\b)"),
        (35, r"relocat(?:ed|ing|ion\s+of)\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least)\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?"
             r"(?:refugees|families|IDPs|people|households|detainees|migrants|asylum[\s-]seekers|civilians|patients)"),
        # money released for relief: "WHO released USD 3 million from its Contingency Fund", "the UN
        # allocated US$1 million from the Central Emergency Response Fund"
        (40, r"(?:released|allocated|disbursed)\s+(?:an?\s+)?(?:US\s?\$|USD|\$|€|£|CHF)\s?\d[\d.,]*(?:\s*(?:million|billion|m|bn)\b)?"),
        # relief flights and air bridges at work: "humanitarian flights from Pemba resumed on Friday",
        # "a UN humanitarian air bridge began operating on Wednesday"
        (40, r"(?:humanitarian|aid|relief|UNHAS|helicopter|cargo)\s+(?:helicopter\s+)?flights\s+(?:[\w'’-]+\s+){0,5}?(?:resumed|restarted|began|started|landed)"
             r"|air\s?-?bridge"),
        # relief told by its vehicle: "two ships carrying WFP wheat docked there on Tuesday", "Two earlier flights
        # arrived on 12 and 19 September", "UNHCR's third emergency airlift ... landed in Dhaka on Monday", "UNHAS
        # resumed flights to Mekelle on Tuesday", "IOM and partners resumed deliveries to 120 of those sites"
        (35, r"ships?\s+(?:carrying|loaded|with)\s+(?:[\w'’,-]+\s+){1,6}?docked"
             r"|(?:flights?|airlifts?),?(?:\s+[\w'’,()-]+){0,14}?\s+(?:landed|arrived)\b"
             # ... flights taking off again or leaving: "Flights to Bahir Dar and Gondar resumed on 12 August",
             # "The first commercial flight in six years left Sanaa for Amman on May 16"
             r"|flights?,?(?:\s+[\w'’,()-]+){0,8}?\s+(?:resumed|restarted|took\s+off|departed|left(?=\s+(?-i:[A-Z])))\b"
             r"|(?:resumed|restarted)\s+(?:[\w-]+\s+)?(?:flights|deliveries|distributions)"),
        # a relief place opened or relief work set going: "opened a new extension site", "opened two schools as
        # collective shelters", "A cholera treatment centre with 50 beds was opened", "A mobile health clinic
        # began operating", "activated its emergency response", "began emergency repairs" (a determiner or a
        # count before the place: activists who "set up camp" open none)
        (30, r"(?:opened|reopened|set\s+up|established|inaugurated)\s+(?:a|an|the|two|three|four|five|six|\d+|new|its|their)\s+(?:[\w-]+\s+){0,3}?"
             r"(?:sites?|shelters?|camps?|clinics?|cent(?:re|er)s?|field\s+hospitals?|health\s+posts?|(?:schools|mosques)\s+as\s+(?:collective\s+)?shelters)\b"
             r"|(?:clinic|cent(?:re|er)|site|camp|shelter|field\s+hospital|treatment\s+unit)s?\s+(?:[\w-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been)\s+"
             r"(?:opened|reopened|set\s+up|established|inaugurated)\b"
             r"|(?:clinics?|cent(?:re|er)s?|field\s+hospitals?)\s+(?:began|started)\s+(?:operating|functioning|work)"
             r"|activated\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:response|mechanism|plan)\b"
             r"|(?:began|started)\s+(?:emergency\s+|urgent\s+)?repairs|repairs\s+(?:began|started)"),
        # relief work begun: "WFP began distributing return kits", "partners started registering new arrivals"
        (35, r"(?:began|begun|started)\s+(?:distributing|delivering|registering|handing\s+out|trucking|airlifting|vaccinating)"
             # ... told by the round or the shelter it starts: "WFP began a new distribution cycle", "UNHCR
             # began setting up 1,000 more tents", "launched a rubble-removal programme in two towns"
             r"|(?:began|begun|started|launched)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
             r"(?:distributions?|distribution\s+(?:cycle|round)s?|(?:rubble|debris)[\w-]*\s+(?:removal\s+|clearance\s+)?programmes?)\b"
             r"|(?:began|begun|started)\s+(?:setting\s+up|installing|erecting|pitching)\s+(?:[\w,-]+\s+){0,4}?"
             r"(?:tents|shelters|latrines|(?:handwashing|water)\s+stations)\b"),
        # vaccines arriving: "the first doses of COVID-19 vaccines for the area arrived through the crossing"
        (35, r"(?:doses|vaccines?)\s+(?:[\w.,'’()-]+\s+){0,10}?(?:arrived|crossed|reached|(?:was|were)\s+delivered)"),
        # a relief mission getting through: "a joint mission of UNHCR and partners reached Bokh"
        (35, r"(?:joint|inter-?agency|assessment|humanitarian|UN)\s+missions?\s+(?:of\s+)?(?:[\w'’,()-]+\s+){0,10}?(?:reached|arrived\s+in|accessed)"),
        # the sick and wounded taken out, people led out through corridors: a relief operation
        (40, r"(?:patients|wounded|sick|injured|premature\s+babies)(?:\s+[\w'’-]+){0,4}?\s+(?:were|was|have\s+been|had\s+been)\s+evacuated"
             r"|medical\s+evacuations?|evacuation\s+(?:convoys?|missions?|operations?|routes?|corridors?|buses|attempts?)|humanitarian\s+corridors"
             # civilians brought out of a besieged place, or the attempt: "people were evacuated on
             # Wednesday from Sumy", "an attempt to evacuate the city failed"
             r"|(?:people|civilians|residents|families)\s+(?:[\w'’-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+evacuated"
             r"|(?:attempts?|efforts?|bids?|operations?)\s+to\s+evacuate"
             # an agency taking the wounded out: "the Red Cross evacuated 18 wounded people on Sunday"
             r"|evacuated\s+(?:[\w,'’-]+\s+){0,4}?(?:wounded|injured|sick|patients)\b"),
        # an evacuation stopped, named, begun or resumed: the writers annotate it as relief (15 tellings in
        # 12 sets, 4 as a flight; an evacuation halted, which session 9 made neither, 5 relief and 2 other):
        # "the evacuation was suspended on Friday", "government forces halted the evacuation", "the
        # evacuation began on Thursday", "evacuations resumed on Saturday"
        (40, r"evacuations?(?:\s+[\w'’,-]+){0,10}?\s+(?:was|were|had\s+been|has\s+been)\s+(?:halted|suspended|stopped|interrupted|paused|called\s+off)"
             r"|(?:halted|suspended|stopped|interrupted|paused)\s+(?:the\s+)?evacuations?\b"),
        # (not its deal, which is the truce's, nor fighters taken out at a siege's end, nor observers sent to
        # monitor it: the vote on sending them is the news)
        (30, r"evacuations?(?<!monitor\sthe\sevacuation)(?<!monitor\sthe\sevacuations)(?!\s+(?:orders?|warnings?|notices?|zones?|deals?|agreements?|accords?|or)\b"
             r"|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fighters|rebels|militants|gunmen|insurgents)\b)"),
        # relief flown in: "Humanitarian flights from Pemba to Mueda resumed on Friday", "a UN humanitarian
        # air bridge from Cap-Haïtien began operating on Wednesday"
        (35, r"(?:humanitarian|UNHAS|relief|aid)\s+(?:[\w-]+\s+)?(?:flights?|air\s?-?bridges?|airlifts?)"),
        # a relief agencies' mission on the ground, wherever it went: "a joint UN mission visited Maarat al-Numan
        # and Ariha to assess needs", "a joint mission of UNHCR, ... and partners reached Doolo", or one that is
        # sent ahead: "A U.N. mission is expected to travel to Karabakh this weekend" (a leader's visit stays talks)
        (40, r"(?:joint|UN|U\.N\.|inter-?agency|assessment|humanitarian|needs)\s+(?:[\w-]+\s+){0,2}?(?:missions?|teams?)"
             r"\s+(?:of\s+(?:[\w'’,()-]+\s+){1,10}?)?(?:visited|reached|travel(?:l)?ed\s+to|arrived\s+in|went\s+to|accessed"
             r"|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\s+(?:visit|travel\s+to|reach)|will\s+(?:visit|travel\s+to|reach))"),
        (40, r"(?:team|mission)s?\s+(?:that\s+|which\s+)?(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled)\s+to\s+visit|visited|reached|accessed)\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
             r"(?:hospital|camp|site|facility|clinic|warehouse|town|city|area)s?"),
        # a relief mission sent ahead: "The UN said it would send a mission to the region this weekend"
        # (a force sent is no relief: "send a peacekeeping mission")
        (35, r"(?:send|sending|dispatch(?:ed|es|ing)?)\s+(?:a|an)\s+(?!(?:peacekeeping|military|police|security|training|observer|stabili[sz]ation)\b)"
             r"(?:[\w-]+\s+){0,2}?mission\s+to\b"),
        # aid work stopped by those who do it: "several organisations suspended activities on 6 October"
        (30, r"(?:organi[sz]ations|partners|agencies|NGOs?|aid\s+groups|aid\s+workers|humanitarians|(?:humanitarian|aid|relief)\s+operations)"
             r"\s+(?:[\w'’-]+\s+){0,3}?suspend(?:ed|s|ing)"),
        # relief staff deployed: "a UN disaster assessment team arrived in Gaziantep on 11 February"
        (35, r"teams?\s+(?:of\s+(?:[\w'’-]+\s+){1,3}?)?(?:arrived|deployed)\s+(?:in|to|at|on)\b"
             # ... or sent by an agency or a country, reaching a place or setting out for it: "A team from
             # UNHCR reached the site on Wednesday", "Rescue teams from Egypt, Spain and Qatar reached the
             # northwest", "A rapid response mission left Bunia for Fataki on Saturday"
             r"|(?:teams?|missions?)\s+from\s+(?-i:[A-Z])[\w'’-]*(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}\s+(?:reached|arrived|entered)\b"
             r"|(?:rescue|relief|response|medical|humanitarian|aid|emergency)\s+(?:teams?|missions?)\s+(?:(?:from|of)\s+[^.;]{1,50}?\s+)?"
             r"(?:reached|arrived|entered|left\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+for)\b"),
        # relief places opened: "UNHCR opened two new community centres in Homs", "A second route, to
        # Cairo, opened on Wednesday", "the Bardarash camp, which was reopened on Wednesday" (roads: see other)
        (30, r"(?:re)?opened\s+(?:a|an|the|its|their|two|three|four|five|\d+)\s+(?:[\w'’-]+\s+){0,2}?(?:community\s+cent(?:re|er)s?"
             r"|(?:health|reception|transit|distribution|registration)\s+(?:cent(?:re|er)s?|posts?|points?)|field\s+hospitals?|clinics?)\b"
             r"|routes?(?:,?\s+[\w'’-]+){0,8}?,?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:partially\s+|fully\s+)?(?:re)?opened\b"
             r"|(?:re)?opened(?<=which\swas\sreopened)"),
        # people taken out of a besieged place: "Buses and ambulances carried thousands of people out of ..."
        (35, r"(?:buses|ambulances|coaches)\s+(?:and\s+(?:[\w-]+\s+)?(?:buses|ambulances|coaches)\s+)?"
             r"(?:carried|ferried|took|brought|evacuated)\s+(?:[\w,'’-]+\s+){0,5}?(?:out|away)\b"),
        (35, r"(?:agreed|decided|voted|allowed)\s+to\s+(?:re-?)?open\s+(?:[\w'’-]+\s+){0,3}?(?:crossings?|corridors?)"
             r"|(?:re-?)?open(?:ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:crossings?|corridors?)"),
        # a corridor's fate is a relief operation's: "a corridor from the city opened this morning"
        (40, r"(?:corridors?|crossings?)\s+(?:[\w'’-]+\s+){0,3}?(?:opened|reopened|(?:was|were|had\s+been)\s+(?:re)?opened)"
             r"|corridors?\s+(?:[\w'’-]+\s+){0,3}?(?:failed|collapsed)"
             r"|(?:onward|onwards)\s+(?:transport|transportation|movements?|travel|transfers?)"
             r"|(?:transport|transportation|transfer)\s+of\s+(?:[\d,]+\s+)?(?:\w+\s+)?(?:refugees|returnees|IDPs|asylum[\s-]seekers|families)"),
        # money for relief raised: "at a pledging event yesterday, donors pledged $1.7 billion"
        (40, r"pledging\s+(?:conference|event|summit|session|meeting)|donors?\s+(?:conference|pledged|have\s+pledged)"),
        # relief sent: "stocks were dispatched on 9 May", "started airlifting supplies", "airdropped food"
        (35, r"(?:dispatch(?:ed|ing)|airlift(?:ed|ing)?|airdropp(?:ed|ing)|prepositioned|pre-positioned|sent|trucked|shipped|flew|flown)\s+(?:[\w'’-]+\s+){0,3}?"
             r"(?:supplies|aid|stocks|food|items|kits|relief|medicines?|assistance|tonnes|rations|water)\b"
             r"|(?:stocks|supplies|items|kits|medicines|rations|tonnes|tents|blankets|parcels|baskets|vouchers)\s+(?:[\w'’-]+\s+){0,2}?"
             r"(?:were|was|had\s+been|have\s+been)\s+(?:dispatched|airlifted|airdropped|prepositioned|pre-positioned|sent|distributed|delivered|handed\s+out)"),
        # money released for relief: "WHO released USD 3 million from its Contingency Fund", "An allocation
        # of USD 10 million from the ... Fund was approved on 3 December"
        (35, r"allocations?\s+of\s+(?:US\$|USD|\$|EUR|€|£)\s?\d[\d.,]*(?:\s+(?:million|billion))?(?:\s+[\w'’()-]+){0,8}?"
             r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:approved|released|allocated|disbursed|made\s+available)"
             r"|(?:released|allocated|disbursed|approved)\s+(?:an?\s+)?(?:additional\s+|further\s+|some\s+)?(?:US\$|USD|\$|EUR|€|£)\s?\d"
             r"|allocations?\s+of\s+(?:US\$|USD|\$|EUR|€|£)\s?\d"
             # named by its fund, the sum before it: "A US$6 million reserve allocation from the Syria
             # Cross-border Humanitarian Fund was released on 2 December"
             r"|allocations?\s+from\s+(?:the\s+)?(?:[\w'’()-]+\s+){1,8}?(?:was|were|has\s+been|had\s+been)\s+"
             r"(?:approved|released|allocated|disbursed|made\s+available)"),
        # a vote on a draft or on an aid mandate, held or to come: "the Council will vote on Friday on whether
        # to keep the crossing open", "is due to vote on Friday on a draft text" (other votes are talks, as
        # is one on "a resolution on Myanmar": what it resolves is not told)
        (20, _VOTE + r"(?:\s+[\w'’,-]+){0,8}?\s+(?:renewal|crossings?|cross-border|aid|mandate|mechanism"
             r"|authori[sz]ation|text|draft)\b"),
        # the steps of an aid mandate told as a history, with bare verbs: "first granted in 2014",
        # "renewed by the Council on 9 January", "expired on Sunday", "cut them to two in January
        # 2020" (only where the sentence names the mandate; see sentence._idle)
        (30, r"granted|authori[sz]ed|approved|renewed|adopted|adoption|expired|lapsed|voted|extended|cut|removed"
             r"|(?:closed|dropped)(?=\s+(?:the\s+)?(?:others\b|Bab\s|Al[\s-][A-Z]|(?:[\w'’-]+\s+){0,3}?crossings?\b))"),
        (35, r"(?:supported|facilitated|organi[sz]ed|assisted|helped|coordinated)\s+(?:with\s+|in\s+)?(?:the\s+)?evacuations?"),
        (15, r"convoys?"),
        (20, r"vaccinat(?:ion|ed)|relief\s+(?:supplies|items|operation)|(?:aid|relief|humanitarian)\s+trucks?"
             r"|trucks?\s+(?:of|carrying|loaded|with)\b"),
    ],
    "attack": [
        (40, r"launch(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?attacks(?=" + _ON_INSTITUTIONS + r")"),
        # one person killed, named as a happening: "protests over the killing of a local politician in late
        # December"; people accused of a killing are news of the killing: "soldiers were accused of killing
        # around 150 civilians in the village on 20 April"
        (30, r"(?:killing|murder)\s+of\s+(?:a|an)(?=\s)"
             r"|accused(?:(?<=were\saccused)|(?<=was\saccused)|(?<=are\saccused)|(?<=is\saccused))\s+of\s+(?:killing|massacring|executing|shelling|bombing|attacking)"),
        # violence done by people on the spot: "gunmen fired on a convoy", "entered the hospital, opened
        # fire", "raided al-Shifa", "stormed the prisons", "burning homes", "4,000 detainees escaped"
        (30, r"opened\s+fire|fired\s+(?:on|at|upon|into)|raid(?:ed|ing)|storm(?:ed|ing)"
             r"|(?:burn(?:ed|t|ing)|torch(?:ed|ing)|set\s+fire\s+to)\s+(?:down\s+)?(?:[\w'’-]+\s+)?(?:homes|houses|villages?|shops|markets?|buildings"
             r"|shelters|(?:health\s+)?(?:centres?|centers?|facilit(?:y|ies))|clinics?|hospitals?|schools?|ambulances?|vehicles|trucks|depots?)"
             # ... told in the passive: "a health centre in Kumba was set on fire", "an ambulance was stopped and
             # set on fire near Samre", "Shops and a market were torched on Friday night"
             r"|set\s+(?:on\s+fire|ablaze)(?:(?<=was\sset\son\sfire)|(?<=were\sset\son\sfire)|(?<=and\sset\son\sfire)|(?<=been\sset\son\sfire)"
             r"|(?<=was\sset\sablaze)|(?<=were\sset\sablaze)|(?<=and\sset\sablaze)|(?<=been\sset\sablaze))"
             r"|torched(?:(?<=was\storched)|(?<=were\storched))"
             r"|(?:detainees|inmates|prisoners)\s+(?:[\w'’-]+\s+)?(?:escaped|broke\s+out|were\s+freed)|prison\s+breaks?|jailbreaks?"
             r"|entered\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|clinics?|schools?|prisons?|mosques?|churches?)"),
        # "one of the posts came under fire on May 4", "a convoy ... after coming under gunfire" (not the
        # perfect of a count: "ten schools have come under attack since 2020")
        (30, r"c(?:ame|oming)\s+under\s+(?:heavy\s+|direct\s+)?(?:fire|gunfire|attack|shelling|bombardment|rocket\s+fire|mortar\s+fire)"),
        (25, r"air\s?-?strikes?|air\s?-?raids?|(?:barrel|car|truck|lorry|suicide|roadside|motorcycle)\s+bombs?|IEDs?"
             r"|shell(?:ing|ed|s)|bomb(?:s|ed|ing|ings|ardment|arded)?|massacres?"
             r"|shot\s+down|shooting\s+down|downed|ambush(?:ed)?"
             # a strike answering another: "Turkey said it retaliated against government positions the same day"
             r"|retaliat(?:ed|ing)\s+(?:against|on|with|by)"),
        # people seized by armed men, a killing named as such, a building blown up, raids carried out: "gunmen
        # abducted more than 280 pupils", "staff members who were murdered on 24 June" (not one harm in a toll's
        # list: "killed, injured or kidnapped in January alone"), "militants blew up the
        # mosque on Wednesday night", "aircraft on Sunday carried out at least 20 raids"
        (30, r"(?:abduct(?:ed|ing|ion\s+of)|kidnapp(?:ed|ing)|murdered)(?<!or\s\w{8})(?<!or\s\w{9})(?<!,\s\w{8})(?<!,\s\w{9})|bl(?:ew|own)\s+up"
             r"|carried\s+out\s+(?:[\w-]+\s+){0,4}?(?:raids|air\s?-?strikes|airstrikes|strikes|attacks|bombings)"),
        # a place plundered, a leader murdered: "the hospital was looted at the end of May", "the assassination of the president"
        (30, r"(?:looted|pillaged|ransacked)(?<!have\s\w{6})(?<!has\s\w{6})(?<!have\s\w{7})(?<!has\s\w{7})|assassinat(?:ed|ion|ions)"),
        (25, r"attack(?:s|ed|ing)?|rockets?|missiles?|drones?|artillery|explosions?|exploded|blasts?|struck|strikes?|targeted|clashes|clashed"),
        # casualty words: the only attack words that a period's toll ("killed since April") uses
        (10, r"kill(?:ed|ing|s)|dead|died|deaths|wounded(?!\s+patients)|injured|casualties|fighting"),
        (5, r"hit"),
        # killings told by how the victims died: "stabbed or hacked to death in the town on the night of 9 November"
        (20, r"(?:hacked|stabbed|beaten|clubbed|burned|burnt)\s+to\s+death|stabbed|beheaded|massacred|slaughtered"),
        # "43 schools damaged, including eight on a single day in May"
        (20, r"on\s+(?:a|one)\s+single\s+day"),
        (25, r"(?:put|knocked|forced)\s+(?:[\w-]+\s+){0,5}?out\s+of\s+(?:service|action|operation)"),
        # told in the passive only (see sentence._idle): "Two mobile clinics were damaged on Sunday"
        (20, r"(?:damaged|destroyed)(?=\s+(?:on|overnight|yesterday|today|early|late|last|this|earlier|in\s+(?:an?|the)|by\s+(?:an?|the))\b"
             r"|\s+in\s+(?-i:[A-Z]))"),
        # ... or closing its clause in the passive, its date told before it (a happening, so a stronger word): "On Thursday,
        # a bridge over the river, the main road into the region, was destroyed", "the dam was destroyed at
        # about 3 a.m."; a town or a clinic burned or razed: "The village was burned on 4 and 5 May"
        (35, r"destroyed(?=\s*(?:[,;.:]|$|\s+at\s+(?:about\s+|around\s+)?\d))"
             r"|(?:burned|burnt|razed)(?:(?<=was\sburned)|(?<=were\sburned)|(?<=was\sburnt)|(?<=were\sburnt)|(?<=was\srazed)|(?<=were\srazed))"
             r"(?!\s+(?:to\s+death|alive|out)\b)"),
        (12, r"fired|pound(?:ed|ing)|dropped\s+(?:\w+\s+){0,2}(?:bombs?|barrel|missiles?|munitions|leaflets)"),
    ],
    "talks": [
        # a gathering called or shunned: "will hold a special session on 7 February", "the army boycotted
        # a follow-up round in Geneva last August"
        # ... or called at short notice: "France requested an emergency session of the Security Council
        # for Wednesday", "an extraordinary summit of the bloc takes place in Maputo today"
        (35, r"(?:special|extraordinary|emergency|urgent|closed-door)\s+(?:[\w-]+\s+)?(?:sessions?|meetings?|summits?)\b"
             r"|boycott(?:ed|ing|s)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:talks|round|negotiations|meeting|summit|conference|session|elections?|vote)\b"),
        # what became of the talks dates them, however long their subject: "Talks between the
        # warring parties in Jeddah, facilitated by ..., were adjourned in June"
        # (no word of war on the way, which would be a happening of its own swallowed)
        (40, r"(?:talks|negotiations)(?:\s+(?!(?:fighting|clashes|hostilities|violence|shelling|strikes|attacks|bombing|war"
             r"|offensive|truce|ceasefire|but|while)\b)[\w'’(),.-]+){0,18}?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
             r"(?:adjourned|suspended|postponed|stalled|collapsed|broke\s+down|resumed|resume|reconvene|took\s+place|opened|concluded|ended|held)"
             r"|(?:second|third|fourth|fifth|new|latest|final)\s+round\s+(?:of\s+(?:talks|negotiations)\s+)?"
             r"(?:was\s+held|took\s+place|opened|began|ended|concluded)"),
        # a gathering's own verb, however long its subject: "An international conference on Sudan, co-hosted
        # by ..., will be held in London on Tuesday", "the third took place on Monday", "the council will
        # convene for its fifth round", "the United Kingdom and the African Union co-hosted a conference"
        (40, r"(?:conference|summit)(?:\s+(?!(?:fighting|clashes|hostilities|violence|shelling|strikes|attacks|bombing|war|offensive)\b)[\w'’(),.-]+){0,18}?"
             r"\s+(?:(?:will\s+be|was|is\s+to\s+be|is\s+being)\s+held|took\s+place|takes\s+place|(?:will|to)\s+take\s+place|opened|convened)"
             # (each ordinal spelled with the words after it: a bare "new" or "second" would make every such word a candidate)
             r"|(?:second|third|fourth|fifth|sixth|new|latest|final)\s+round\s+(?:(?:is|was|are)\s+(?:expected|due|scheduled|set)\s+to\s+take"
             r"|took|takes)\s+place"
             r"|(?:second|third|fourth|fifth|sixth)\s+took\s+place|(?:second|third|fourth|fifth|sixth)\s+takes\s+place"
             r"|convene\s+for\s+(?:its|their|a)\s+(?:[\w-]+\s+)?round"
             r"|co-?host(?:ed|s|ing)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|summit|meeting|talks|event)"),
        (35, r"talks|negotiations?|negotiated|summit|meeting|met|meets|meet|phone\s+call|(?:spoke|speak|talk)\s+by\s+(?:tele)?phone"
             r"|by\s+(?:tele)?phone|conference|discuss(?:es|ed|ing)?"
             r"|brief(?:s|ed|ing)?\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?(?:Security\s+Council|council|reporters|journalists|the\s+press)"
             r"|speech|(?:televised|televized|video|radio|recorded|nationwide|national)\s+(?:address|message|statement)|addressed\s+(?:the\s+)?(?:nation|parliament|lawmakers|the\s+General\s+Assembly)"),
        (35, r"gave\s+(?:[\w'’-]+\s+){1,4}?until|ultimatum"),
        # a round of talks named by its number: "will convene for its fifth round in Geneva on Monday",
        # "A second round is expected to take place in late January", "two rounds in Ankara, on 8 and 10 February"
        (30, r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest|previous|fresh|final|another)"
             r"\s+rounds?(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:shelling|strikes|air\s?-?strikes|fighting|clashes|bombing|bombardment|attacks|violence|displacement"
             r"|vaccinations?|immuni[sz]ation|distributions?|funding|assessments?|elections?|voting|polls?|sanctions|layoffs|cuts|evacuations?))"
             r"(?!\s+(?:[\w-]+\s+)?(?:elections?|vote|voting|polls?|fire|ammunition))\b"),
        # diplomacy's own acts: envoys summoned, leaders speaking with each other, council consultations
        (40, r"summon(?:ed|s|ing)\s+(?:[\w'’-]+\s+){0,4}?(?:ambassadors?|envoys?|diplomats?|charg[eé]s?)"
             r"|(?:spoke|speaks?|speaking)\s+(?:again\s+)?(?:by\s+(?:tele)?phone\s+|by\s+hotline\s+)?with|(?:spoke|speak)\s+(?:again\s+)?by\s+hotline|(?:hold|holds|holding)\s+(?:a\s+)?(?:phone\s+)?(?:talks|call)"
             r"|(?:closed-door|closed|informal|separate|private|political|formal|emergency)\s+consultations|consultations\s+(?:in|with)\s+(?:the\s+)?[A-Z][\w'’-]*"
             # a council's meeting named by its format: "will hold consultations on Haiti on Wednesday", "is due to
             # hold a briefing on Sudan on Monday" ("held" begins no trigger: its closed consultations are above)
             r"|(?:hold|holds|holding)\s+(?:an?\s+)?(?:open\s+|closed\s+|private\s+|public\s+)?(?:consultations|briefing)\b"
             # (the place or party is a whole word: a bare [A-Z] left the trigger's end inside it, never a match)
             r"|discussions\s+(?:on|with|between|about|over)\b"
             # a briefing's news: "the Secretary-General informed me that he had decided ..."
             r"|inform(?:ed|s)\s+(?:me|us|the\s+(?:Security\s+)?Council|the\s+General\s+Assembly|members)"),
        # reactions are statements whatever they react to: "welcomed the truce", "expressed deep
        # concern over the escalation", "gave a cautious response"
        (30, r"welcom(?:ed|es|ing)|(?:expressed|voiced)\s+(?:[\w-]+\s+){0,2}?(?:concern|alarm|regret|outrage|dismay|shock)"
             r"|hailed|praised|deplored|denounced|critici[sz]ed|gave\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:response|reaction|welcome)"),
        # a denial is a statement: "Moscow denied any involvement on Thursday"
        (30, r"den(?:ied|ies|y)\s+(?:any\s+|all\s+)?(?:involvement|responsibility|role|(?:the\s+)?(?:claims?|reports?|allegations?|accusations?|charges?))\b"
             r"|denied\s+(?:that|carrying\s+out|targeting|attacking|using)|denied(?=\s+(?:on|late\s+on|early\s+on)\s+(?-i:[A-Z]))"),
        (30, r"accus(?:ed|es|ing)|blam(?:ed|es|ing)|warn(?:ed|s|ing)|urg(?:ed|es|ing)|called\s+(?:for|on)|calls\s+(?:for|on)|condemn(?:ed|s|ing)|demand(?:ed|s)|appealed|press(?:ed)?\s+for|pressed\s+(?:[\w'’.-]+\s+){1,8}?to|pledged|vowed|threaten(?:ed|s)|tweeted"),
        # orders to leave are a side's command, not (yet) a flight: "issued new evacuation orders for 20 villages"
        (35, r"(?:issued|issues|issuing|announced|ordered|expanded|extended)\s+(?:new\s+|fresh\s+|further\s+|more\s+)?evacuation\s+(?:orders|warnings|notices)"),
        # a leader's trip (kept only after a leader: see idle_triggers): "the foreign minister flew to
        # Damascus on Sunday", "was due to arrive in Damascus later on Sunday"
        (30, r"flew\s+(?:in)?to(?=\s+(?-i:[A-Z]))|(?:due|expected|set|scheduled)\s+to\s+arrive\s+in(?=\s+(?-i:[A-Z]))"
             # ... or awaited there: "His team is due in the Syrian capital again on Friday"
             r"|due\s+(?:back\s+)?in(?=\s+(?:the\s+)?(?-i:[A-Z]))"
             # ... or expected there: "US envoy Jeffrey Feltman is expected in Addis Ababa later on Thursday"
             # (a convoy "expected in August" names a month, not a place)
             r"|expected\s+in(?=\s+(?:the\s+)?(?-i:[A-Z]))(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"),
        # a report or a plan put before those who fund or decide: "NRC will present the report to donors in
        # Geneva next week", "will present a joint return-support plan to donors in Brussels on Monday"
        (35, r"present(?:s|ed|ing)?\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:report|plan|findings|appeal|strategy)\s+to\s+"
             r"(?:donors|the\s+(?:UN\s+)?(?:Security\s+)?Council|member\s+states|the\s+General\s+Assembly)"),
        (20, r"announc(?:ed|es|ing)|statement|briefed|visit(?:ed|s)?|trave(?:l|ls|lled|led)\s+to|agreed|agreement|accord|deal|proposed|rejected|signed|vetoe?(?:d|s)?"),
        # a council or a chamber voting, held or to come: "the Security Council will vote on Monday on a
        # proposal to send observers", "failed to win enough votes on Wednesday", "a new vote is expected
        # on Tuesday" (the bare "vote" only after "to"/"will"/"would": "put to a vote", "a council vote on
        # Friday" name a plan; a vote on a text or an aid mandate is relief: see there)
        (15, _VOTE + r"|(?:new|second|fresh|another|final)\s+vote\b"),
    ],
}
