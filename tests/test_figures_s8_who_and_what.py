"""Figure rules from session 8, in sentences of our own: what happened to the people counted decides
their category over what the words around them say they were: a casualty verb over a clause that
describes them, a bare "at risk" (no need named) over aid, being taken out of a besieged town over
residence, being carried into another country over flight; and nouns that count people by what
happened to them ("evacuees", "returns", "killings").
"""

from __future__ import annotations

from datetime import date

from idlibmon.extract import extract

PUB = date(2024, 3, 1)


def figs(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in extract(text, PUB).figures]


def test_the_object_of_a_casualty_verb_is_killed_whatever_clause_describes_it() -> None:
    assert figs("Air strikes on the village killed at least 23 civilians who had been sheltering in a school.") == [
        (23, "killed")]
    assert figs("Shells hit two shelters on Monday, killing at least 70 displaced people who had sought refuge there.") == [
        (70, "killed")]
    assert figs("The blast injured some 40 refugees waiting at the crossing.") == [(40, "injured")]
    # without the verb, the clause still says what they are
    assert figs("At least 23,000 civilians have been sheltering in schools since the strikes began.") == [
        (23_000, "displaced")]


def test_at_risk_with_no_need_named_is_no_aid_count() -> None:
    # the people living in the city: its population, even when said to be at risk
    assert figs("The fighting put at grave risk the 400,000 people living in the city.") == [(400_000, "population")]
    assert figs("Some 900,000 people are at risk of famine in the district.") == [(900_000, "in_need")]


def test_people_taken_out_or_getting_out_are_displaced() -> None:
    assert figs("About 4,200 people, including some 1,300 children, had been taken out of the besieged quarter by night.") == [
        (4_200, "displaced"), (1_300, "displaced")]
    assert figs("Officials said about 3,000 residents had got out of the town by noon.") == [(3_000, "displaced")]
    assert figs("Around 6,500 evacuees have continued to camps further north.") == [(6_500, "displaced")]
    # a hospital taken out of service is no one moving
    assert figs("At least 12 hospitals have been taken out of service since January.") == [(12, "facilities")]


def test_returns_and_killings_count_people() -> None:
    assert figs("Local officials counted about 7,000 returns in the first week of the truce.") == [(7_000, "returned")]
    assert figs("Key figures: 320K refugee returns since January.") == [(320_000, "returned")]
    assert figs("Investigators documented at least 410 extrajudicial killings in the province.") == [(410, "killed")]


def test_returns_on_the_next_line_label_another_count() -> None:
    from idlibmon.extract.figure_words import _HEAD

    low = "displaced may-august ........ 250,000+\nreturns (last 2 weeks) ...... ~9,000\n"
    after = low.index("250,000") + len("250,000")
    m = _HEAD.match(low, after)
    assert m is None or not m.group("s_returned")
    same_line = "aid partners counted 250,000 returns"
    assert _HEAD.match(same_line, same_line.index("250,000") + 7).group("s_returned")


def test_carried_into_another_country_makes_refugees() -> None:
    assert figs("The crackdown drove more than 300,000 of them into Bangladesh within weeks.") == [
        (300_000, "refugees")]
    assert figs("Clashes drove an estimated 9,000 people across the border into Lebanon.") == [(9_000, "refugees")]
    assert figs("Officials said 31,200 people had crossed the Lachin bridge into Armenia by Friday.") == [
        (31_200, "refugees")]
    assert figs("Some 70,000 of them have fled as refugees to neighbouring states.") == [(70_000, "refugees")]
    # into a province or a town is no border
    assert figs("Clashes forced an estimated 9,000 people to flee into Idlib province.") == [(9_000, "displaced")]


def test_a_key_figure_list_item_with_its_own_noun_borrows_no_category() -> None:
    out = figs("KEY FIGURES: 12.1M people in need; 640K IDP returns; 1.3M people in tents.")
    assert (640_000, "returned") in out and (1_300_000, "returned") not in out
    # a list that shares one predicate still does
    assert figs("The strikes killed 31 children and 12 women.") == [(31, "killed"), (12, "killed")]
