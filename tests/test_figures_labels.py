"""Key-figure lines: a label ending in a colon names its own number even when the next
label follows on the same line; disease case counts are no people counted."""

from idlibmon.extract.figures import figures_of


def _cats(text: str) -> dict[float, str | None]:
    return {f.value: f.category for f in figures_of(text)}


def test_label_colon_wins_over_the_next_label_on_the_line():
    cats = _cats("Killed: 312 | Wounded: 1,450 | Displaced: 26,000")
    assert cats == {312: "killed", 1_450: "injured", 26_000: "displaced"}


def test_label_colon_with_pipe_and_lowercase_labels():
    cats = _cats("Civilian deaths: 57 | injured: 230")
    assert cats == {57: "killed", 230: "injured"}


def test_suspected_cases_are_not_deaths():
    cats = _cats("The outbreak has caused 61 deaths among 14,200 suspected cases so far.")
    assert cats == {61: "killed"}
    assert _cats("Cholera: 3,900 confirmed cases, 22 deaths") == {22: "killed"}
