"""Session 13: a UN agency named in full after "the", or with "U.N.", is that agency, not "UN".

"According to the UN Office for the Coordination of Humanitarian Affairs" gave "UN": the
catch-all "the UN" matched at "the" before the agency's own name could, since that name did not
allow the article. "U.N." as a whole name never matched (a word boundary after its last dot
needs a letter next). The UN's humanitarian or relief chief speaks for OCHA.
"""

from __future__ import annotations

from idlibmon.extract.sources import find_sources


def _src(sentence: str) -> str | None:
    return find_sources(sentence, [(0, len(sentence))]).get(0)


def test_the_un_office_for_humanitarian_affairs_is_ocha() -> None:
    assert _src("According to the UN Office for the Coordination of Humanitarian Affairs, 4,000 people fled last week.") == "OCHA"


def test_the_united_nations_office_is_ocha() -> None:
    assert _src("Some 8,000 were displaced, the United Nations Office for the Coordination of Humanitarian Affairs said.") == "OCHA"


def test_humanitarian_and_relief_chiefs_speak_for_ocha() -> None:
    assert _src("The UN humanitarian chief told the council that 2,000 civilians had been killed.") == "OCHA"
    assert _src("The UN relief chief said 300,000 people needed food.") == "OCHA"


def test_high_commissioners_after_the() -> None:
    assert _src("The UN High Commissioner for Refugees said 9,000 had crossed the border.") == "UNHCR"
    assert _src("The UN High Commissioner for Human Rights said 120 civilians were killed.") == "OHCHR"


def test_dotted_un_agencies() -> None:
    assert _src("The U.N. refugee agency said 6,000 people had arrived.") == "UNHCR"
    assert _src("The U.N. humanitarian office said 15,000 were displaced.") == "OCHA"
    assert _src("About 40,000 fled, the U.N. migration agency said.") == "IOM"


def test_dotted_un_alone_is_the_un() -> None:
    assert _src("The U.N. said 70 people were killed.") == "UN"


def test_security_council_is_no_source() -> None:
    assert _src("The U.N. Security Council met as 70 people were reported killed.") is None
