"""Session 13: the place finder reads the names before an administrative word only where the
word stands whole ("Idlib province", "Atmeh camp"), which is the only place its pattern can end a
name; a word that merely begins with one ("campaign", "districts") starts no name search."""

from __future__ import annotations

from idlibmon.extract.places import _generic_matches, find_places


def names(text: str) -> list[str]:
    return [name for _span, name in find_places(text, None)]


def test_a_name_before_a_whole_administrative_word_is_a_place() -> None:
    assert names("Families reached Kafr Lusin camp on foot.") == ["Kafr Lusin"]
    assert names("Shelling hit Ariha district overnight.") == ["Ariha"]


def test_a_word_that_only_begins_like_one_opens_no_place() -> None:
    assert names("The Russian air campaign resumed at dawn.") == []
    assert [m.group() for m in _generic_matches("Heavy Shelling campaigns and Rural districts")] == []


def test_both_in_one_sentence() -> None:
    text = "During the Sarmin campaign, people fled to Atmeh camp."
    assert names(text) == ["Atmeh"]
