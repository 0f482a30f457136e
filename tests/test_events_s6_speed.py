"""Session 6 speed work on events: work skipped must never change an answer.

The trigger prefilter that knows whole phrases offers fewer words than the one that knows first
letters, yet finds the same triggers; pairing skips the checks of pairs out of reach."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from idlibmon.extract.dates import find_dates
from idlibmon.extract.events import find_events, triggers
from idlibmon.extract.events.clauses import MAX_COST, Breaks
from idlibmon.extract.events.pairing import pair
from idlibmon.extract.text import ascii_lower, sentences

DEVSET = Path(__file__).parent / "devset"
PUB = date(2023, 3, 10)  # a Friday


def _coarse(monkeypatch: pytest.MonkeyPatch, text: str, s: int, e: int) -> list[tuple[int, int, str, int]]:
    """The trigger scan with the first-letter prefilter only (as before session 6)."""
    with monkeypatch.context() as m:
        m.setattr(triggers, "_AFTER_SEPARATOR", triggers._AFTER_SEPARATOR_COARSE)
        m.setattr(triggers, "_AT_TEXT_START", triggers._AT_TEXT_START_COARSE)
        return triggers.find_triggers(text, s, e)


def test_spelled_out_reads_past_a_group_after_the_first_letters() -> None:
    assert triggers._spelled_out(r"t(?:ook|aken)\s+up\s+arms") == ["took up arms", "taken up arms"]
    assert triggers._literal_starts(r"t(?:ook|aken)\s+up\s+arms") == ["t"]
    # an optional group is spelled with and without it; a class or a repeat ends the letters
    assert triggers._spelled_out(r"c(?:a|o)me\s+(?:back\s+)?under") == [
        "came back under", "came under", "come back under", "come under"]
    assert triggers._spelled_out(r"shell(?:ed|ing)?\b") == ["shelled", "shelling", "shell"]
    assert triggers._spelled_out(r"strikes?") == ["strike"]
    assert triggers._spelled_out(r"on\s+(?:a|one)\s+single\s+day") == ["on a single day", "on one single day"]
    assert triggers._spelled_out(r"air\s?-?strikes?") == ["air"]


def test_the_phrase_prefilter_offers_far_fewer_words() -> None:
    low = ascii_lower("Then the town came under fire on Tuesday, and the troops took up positions to the north.")
    fine = [m.group()[1:] for m in triggers._AFTER_SEPARATOR.finditer(low)]
    coarse = [m.group()[1:] for m in triggers._AFTER_SEPARATOR_COARSE.finditer(low)]
    assert "came" in fine and "fire" in fine
    assert not {"the", "town", "to", "on"} & set(fine)
    assert {"the", "town", "to", "on"} <= set(coarse)


@pytest.mark.parametrize("folder", ["events", "blind13", "blind16"])
def test_both_prefilters_find_the_same_triggers(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted((DEVSET / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s, e in sentences(text):
            assert triggers.find_triggers(text, s, e) == _coarse(monkeypatch, text, s, e), (path.name, text[s:e])


@pytest.mark.parametrize(
    ("text", "fallback"),
    [
        ("We call\u017f on all parties to stop these attacks.", True),  # long s: case-blind "calls"
        ("Forces came under fire; the \u0130dlib front was \u0131n flames.", True),  # dotted I, dotless i
        ("Tags t_'shelling and x''attacks were logged.", True),  # a separator inside a word the coarse scan took whole
        ("The rebels TOO\u212a UP ARMS on Monday.", False),  # the Kelvin sign lowers to "k": the lowered text has it
        ("Russia's forces came under fire.", False),
    ],
)
def test_odd_letters_and_inner_apostrophes_keep_the_coarse_answers(text: str, fallback: bool,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert triggers._coarse_only(text, ascii_lower(text)) is fallback
    assert triggers.find_triggers(text, 0, len(text)) == _coarse(monkeypatch, text, 0, len(text))


def test_a_long_s_still_makes_calls_a_statement() -> None:
    text = "We call\u017f on all parties to stop these attacks."
    start, end, kind, _bonus = triggers.find_triggers(text, 0, len(text))[0]
    assert (text[start:end], kind) == ("call\u017f on", "talks")


def test_a_pair_out_of_reach_is_never_made() -> None:
    far = "On Monday, " + "the old men sat in the square by the river with their sons, " * 3 + "and shelling resumed."
    near = "On Monday, shelling resumed near the gate."
    for text, paired in ((far, False), (near, True)):
        low = ascii_lower(text)
        sent = sentences(text)[0]
        dates = find_dates(text, PUB)
        trigs = [t for t in triggers.find_triggers(text, *sent, low) if t[2] != "_"]
        assert trigs and dates
        best, _taken = pair(text, sent, dates, trigs, Breaks(text, sent, low), low, PUB)
        assert bool(best) is paired, text
    assert far.index("shelling") - len("On Monday") > MAX_COST


def test_a_tally_near_its_date_still_takes_the_date() -> None:
    # "2,300 attacks since October": the count's date, no attack on a day
    assert find_events("Monitors documented over 2,300 attacks since October.", PUB, {}) == []
    assert [e.kind for e in find_events("Air strikes hit the market on Monday.", PUB, {})] == ["attack"]
