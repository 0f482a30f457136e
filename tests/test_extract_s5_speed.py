"""Session 5 speed work: cheap tests that skip costly patterns must never change an answer."""

from __future__ import annotations

import re

import pytest

from idlibmon.extract.dates import tense
from idlibmon.extract.events import idle_triggers as idle
from idlibmon.extract.events import kind_context, triggers
from idlibmon.extract.events.kind_choice import _REACTION, _REACTION_WORDS
from idlibmon.extract.events.tallies import _RATE, _RATE_WORDS, _TARGETED, _TARGETED_WORDS
from idlibmon.extract.text import ascii_lower, holds_any, may_hold

# Letters case-blind `re` reads as ASCII ones: dotted capital I, dotless i, long s, Kelvin sign.
ODD = ["\u0130", "\u0131", "\u017f", "\u212a"]


def test_holds_any_is_a_substring_test() -> None:
    assert holds_any("the convoy crossed", ("cross", "truce"))
    assert not holds_any("the convoy crossed", ("truce", "Cross"))
    assert not holds_any("", ("a",))


@pytest.mark.parametrize(
    ("pattern", "words", "window"),
    [
        (_REACTION, _REACTION_WORDS, "The council welcomed the "),
        (_REACTION, _REACTION_WORDS, "Ankara WARNED OF a new "),
        (_REACTION, _REACTION_WORDS, "they di\u017fcu\u017f\u017fed the "),  # long s read as "s"
        (_TARGETED, _TARGETED_WORDS, "50,000 people are targeted with aid"),
        (_TARGETED, _TARGETED_WORDS, "families are pr\u0131orit\u0130zed for aid"),  # dotless and dotted i
        (_RATE, _RATE_WORDS, "some 130 trucks a day"),
        (_RATE, _RATE_WORDS, "40 strikes per wee\u212a"),  # Kelvin sign read as "k"
        (idle._NEED_BEFORE, idle._NEED_WORDS, "families who rely on "),
        (idle._NEED_BEFORE, idle._NEED_WORDS, "4 million people REQUIRE urgent "),
        (idle._CAUSE_BEFORE, idle._CAUSE_WORDS, "forced from their homes owing to the "),
        (idle._DISPLACED_STATE, idle._STATE_WORDS, "4 million are still internally "),
        (idle._DISPLACED_STATE, idle._STATE_WORDS, "who remained "),
        (idle._HALTED_BEFORE, idle._HALTED_WORDS, "the clinic stopped all "),
        (idle._HALTED_BEFORE, idle._HALTED_WORDS, "agencies scaled back their "),
        (kind_context._BLAST, kind_context._BLAST_WORDS, "a fuel depot EXPLODED"),
        (kind_context._BLAST, kind_context._BLAST_WORDS, "the tanks caught f\u0131re"),
    ],
)
def test_may_hold_says_yes_wherever_the_pattern_matches(pattern: re.Pattern[str], words: tuple[str, ...],
                                                        window: str) -> None:
    assert pattern.search(window), window  # the case is real: the pattern does match
    assert may_hold(window, 0, len(window), words)


def test_may_hold_rules_out_windows_without_the_words() -> None:
    text = "Fighting went on near the town on Monday."
    assert not may_hold(text, 0, len(text), _REACTION_WORDS)
    assert not may_hold(text, 0, len(text), _TARGETED_WORDS)
    # ... but a window holding a letter `re` may fold into ASCII is left to the pattern
    assert may_hold("Fighting \u017fpread", 0, 17, _TARGETED_WORDS)


@pytest.mark.parametrize(
    "before",
    [
        "the two leaders will", "talks are scheduled", "the deal is set to", "the council is going to",
        "a vote is due", "the mandate expires", "they plan to meet", "the UN is to", "troops are to",
        "the upcoming", "supplies run out", "a summit to be held", "a truce to take effect", "they'll",
        "Patrols expected to resume",
    ],
)
def test_every_future_cue_passes_the_substring_test(before: str) -> None:
    window = " " + before.lower() + " "
    assert tense._FUTURE_BEFORE.search(window), window
    assert tense._may_look_ahead(window)


def test_a_window_without_future_words_is_ruled_out() -> None:
    assert not tense._may_look_ahead(" rebels captured the town of saraqib ")


def _two_letter_match(text: str) -> tuple[int, str] | None:
    rx = triggers.keyed_pattern(text[:2].lower()) or triggers.keyed_pattern(text[0].lower())
    m = rx.match(text) if rx else None
    return (m.end(), m.lastgroup or "") if m else None


def test_three_letter_keys_find_what_the_two_letter_key_finds() -> None:
    # every spelled-out start of a trigger, with endings that complete it or not, any case
    starts = {s for src in triggers.LEXICON.values() for _bonus, p in src
              for top in triggers.top_level(p, "|") for b in triggers.expand(top) for s in triggers._spelled(b)} - {""}
    tails = ["", "s", "ed", " strike on Monday", "ing the town", " fire", "x"]
    for start in sorted(starts):
        for word in (start, start.upper(), start.capitalize()):
            for tail in tails:
                text = word + tail
                rx = triggers.pattern_for(text.lower().split()[0])
                m = rx.match(text) if rx else None
                assert ((m.end(), m.lastgroup or "") if m else None) == _two_letter_match(text), text


def test_three_letters_no_branch_spells_out_get_the_rest_of_the_two_letter_key() -> None:
    # "rez..." begins no spelled-out trigger: only branches spelling out fewer letters are tried
    rest = triggers.keyed_pattern("re", rest=True)
    assert triggers.pattern_for("rezoned") is rest
    assert rest is not None and len(rest.pattern) < len(triggers.keyed_pattern("re").pattern)  # type: ignore[union-attr]


def test_odd_letters_fall_back_to_the_two_letter_key() -> None:
    for odd in ODD[:3]:  # as the lowered text keeps them (the Kelvin sign lowers to "k")
        word = ascii_lower("at" + odd + "tack")
        assert word[2] == odd
        assert triggers.pattern_for(word) is triggers.keyed_pattern("at")


def test_the_hazard_test_kept_for_one_text_does_not_leak_into_the_next() -> None:
    from datetime import date

    from idlibmon.extract.engine import extract

    flood = "Floods hit the camps near Atmeh on Tuesday, the civil defence said."
    strike = "Air strikes hit the camps near Atmeh on Tuesday, the civil defence said."
    day = date(2020, 1, 16)
    kinds = [[e.kind for e in extract(t, day).events] for t in (strike, flood, strike, flood)]
    assert kinds[0] == kinds[2] and kinds[1] == kinds[3]
    assert kinds[1] != kinds[0]  # a flood is no attack: the hazard is read in the second text


def test_a_bare_unit_of_time_opens_a_date_only_before_ago_or_days_before_later() -> None:
    from pathlib import Path

    from idlibmon.extract.dates import spans
    from idlibmon.extract.dates.grammar import DATE_PATTERN

    samples = ["Three days ago", "days ago", "Months  ago, the town fell", "for days, then weeks", "a year of war",
               "the month before", "Years later", "weeks\nago"]
    texts = samples + [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "devset").glob("blind*/*.txt"))]
    tried = 0
    for text in texts:
        low = ascii_lower(text)
        for a, b in spans._anchors(text, low):
            if low[a:b] in spans._UNITS:
                tried += 1
                # (and "days later", a few days on from the date before: session 10)
                if not spans._ago_after(low, b) and not spans._later_after(low, a, b):
                    assert DATE_PATTERN.match(text, a) is None, (text[a:b + 20])
    assert tried > 100


def test_scanning_after_gaps_finds_what_the_word_boundary_scanners_find() -> None:
    from pathlib import Path

    from idlibmon.extract import figure_cues, figure_words, sources
    from idlibmon.extract.alternation import word_spans
    from idlibmon.extract.text import sentences

    pairs = [(figure_words._TRIGGER_AT, figure_words._TRIGGER_AFTER_GAP),
             (figure_cues._EXTRA_AT, figure_cues._EXTRA_AFTER_GAP), (sources._CUE, sources._CUE_AFTER_GAP)]
    texts = ["displaced people fled", "Fled, displaced-fled;displaced", "x displaced", "",
             *[p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "devset").glob("blind*/*.txt"))]]
    for text in texts:
        low = ascii_lower(text)
        windows = [(0, len(low)), *sentences(text), (1, len(low))] if low else [(0, 0)]
        for at, after_gap in pairs:
            for lo, hi in windows:
                assert word_spans(at, after_gap, low, lo, hi) == [m.span() for m in at.finditer(low, lo, hi)], (lo, hi)


def _scan_without_unit_shortcuts(text: str) -> list[tuple[int, int]]:
    """`spans.scan` as it was before the unit-of-time shortcuts: every start tried."""
    from idlibmon.extract.dates import spans
    from idlibmon.extract.dates.grammar import DATE_PATTERN

    low = ascii_lower(text)
    last_end = 0
    out: list[tuple[int, int]] = []
    for a_start, a_end in spans._anchors(text, low):
        if a_start < last_end:
            continue
        win = max(last_end, a_start - spans._LOOKBACK)
        for stop in ".;!?\n":
            cut = text.rfind(stop, win, a_start)
            if cut >= 0 and not (stop == "." and low[max(0, cut - 4):cut].rstrip().endswith(spans._ABBREVIATED)):
                win = cut + 1
        run_start = spans._run_start(low, win, a_start) if win < a_start else None
        starts = [] if run_start is None else [run_start, *(w.start() for w in spans._OPENING.finditer(text, run_start + 1, a_start))]
        word = low[a_start:a_end]
        if word not in spans._NEVER_OPENS and (word != spans._OPENS_ONLY_A_SENTENCE or win == a_start):
            starts.append(a_start)
        for start in starts:
            m = DATE_PATTERN.match(text, start)
            if m and m.end() > a_start:
                out.append(m.span())
                last_end = m.end()
                break
    return out


def test_the_unit_of_time_shortcuts_find_every_date_the_full_scan_finds() -> None:
    from pathlib import Path

    from idlibmon.extract.dates import spans

    samples = ["for six months", "a year of war", "two weeks later", "in the past two weeks", "earlier this year",
               "the first week of March", "six months after the war", "a year ago", "that year", "for days",
               "the l\u0131ght weeks", "over the past ſix months", "last month", "nine years  earlier"]
    texts = samples + [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "devset").glob("*/*.txt"))]
    for text in texts:
        assert [m.span() for m in spans.scan(text)] == _scan_without_unit_shortcuts(text)


@pytest.mark.parametrize(
    "window",
    ["police said", "OCHA reports", "according to", "officials put the toll", "officials put\tthe toll", "they estimated",
     "nothing here", "they put  the", "the output then"],
)
def test_the_reporting_word_test_answers_as_the_pattern_does(window: str) -> None:
    from idlibmon.extract.sources import _GENERIC_VERB, _has_generic_verb

    assert _has_generic_verb(window, 0, len(window)) == (_GENERIC_VERB.search(window) is not None)


@pytest.mark.parametrize("before", ["killing another ", "a further  ", "an additional\n", "the other ", "furthermore "])
def test_an_added_count_is_looked_for_only_after_its_words(before: str) -> None:
    from idlibmon.extract import figures

    if figures._ADDED_BEFORE.search(before):
        assert figures._ends(before, 0, len(before), figures._ADDED_ENDS)
