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

The parts: `lexicon` (trigger words by kind), `triggers` (finding them), `speech` (the source
speaking, datelines), `clauses` (what pairing a date with a trigger costs), `sentence` (one
sentence's events, from `idle_triggers`, `event_dates`, `spoken_dates`, `pairing`, `unpaired`,
`listed_dates` and `kind_choice`), `reported` (a side announcing its own act: the act),
`same_day` (a happening told hours from another), `kind_context` (kinds a clause decides), `kind_model` (a
learned second opinion on each kind, and on whether a candidate is an event at all, trusted only
when confident), `detect_model` (a learned detector for dates no rule made an event of; no
weights shipped), `spurious` (a learned filter of events no annotator would date; no weights
shipped), `dedupe` (one happening once).
"""

from idlibmon.extract.events.find import find_events

__all__ = ["find_events"]
