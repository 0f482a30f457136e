"""A chronology's dash entry whose subject carries an aside ("12 May 2030 - Dorsk, a market town of
40,000, falls to the militia"): the dash after the entry's opening date is the entry's own mark, like
the comma after "Since 19 December,", not a clause boundary, so the verb after the aside stays in reach
of the date (session 13, events13r: blind49, blind57 x2 listed such entries with no event).
"""

from datetime import date

from idlibmon.extract import extract


def _events(text: str, published: date) -> list[tuple[str, str]]:
    return [(e["kind"], e["start"]) for e in extract(text, published).to_dict()["events"]]


CHRONOLOGY = """How the valley changed hands

4 March 2030 - Militia fighters advance on the river crossings.

12 May 2030 - Dorsk, a market town of some 40,000 people before the war, falls to the militia.

30 June 2030 - Kalvora, which had resisted for two years, is captured after the garrison withdraws.

2 August 2030 - Government jets strike the bridges.
"""


def test_an_entry_subject_with_an_aside_keeps_its_date():
    got = _events(CHRONOLOGY, date(2031, 1, 10))
    assert ("capture", "2030-05-12") in got
    assert ("capture", "2030-06-30") in got


def test_a_dash_inside_prose_is_still_a_boundary():
    # not an opening date: the dash after "on Monday" keeps its toll, and the capture is not dated Monday
    text = "Officials met on Monday - a day after the town of Dorsk, long contested by the two sides, fell."
    got = _events(text, date(2031, 3, 5))
    assert ("capture", "2031-03-03") not in got
