"""[keys] in config.toml: action names, key specs and clashes, each mistake one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon.config import KEY_ACTIONS, ConfigError, key_name, load_config, load_config_text


def error_of(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_the_packaged_keys_are_todays_keys_for_every_action() -> None:
    keys = load_config(None).keys
    assert set(keys) == set(KEY_ACTIONS)  # every action documented with its default
    assert keys["quit"] == ("q",) and keys["filter"] == ("slash",) and keys["help"] == ("question_mark",)
    assert keys["down"] == ("down", "j") and keys["last"] == ("end", "G") and keys["back"] == ("escape", "q")


def test_a_user_table_changes_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[keys]\nrefresh = "F5,ctrl+R"\nfilter = ["/", "s"]\nquit = "q, ctrl+q"\n', encoding="utf-8")
    keys = load_config(path).keys
    assert keys["refresh"] == ("f5", "ctrl+r")
    assert keys["filter"] == ("slash", "s")
    assert keys["quit"] == ("q", "ctrl+q")
    assert keys["unread"] == ("u",)  # untouched actions keep their defaults


@pytest.mark.parametrize(("spec", "name"), [
    ("r", "r"), ("G", "G"), ("/", "slash"), ("?", "question_mark"), (",", "comma"), ("-", "minus"),
    ("Enter", "enter"), ("pagedown", "pagedown"), ("f12", "f12"), ("ctrl+r", "ctrl+r"), ("alt+/", "alt+slash"),
    ("question_mark", "question_mark"), ("slash", "slash"), ("shift+tab", "shift+tab"),
    ("ctrl+", None), ("hyper+", None), ("cntrl+r", None), ("ctrl+ctrl+r", None), ("bogus", None), ("f25", None),
    (" ", None), ("", None), ("a_b", None),
])
def test_key_names_follow_textuals_spelling(spec: str, name: str | None) -> None:
    assert key_name(spec) == name


def test_unknown_action_names_the_line_and_the_closest_action(tmp_path: Path) -> None:
    msg = error_of(tmp_path, '[ui]\nbell = true\n\n[keys]\nquit = "q"\nrefesh = "x"\n')
    assert msg.startswith(f"{tmp_path / 'config.toml'}:6: unknown action 'refesh' in [keys]")
    assert "did you mean 'refresh'?" in msg


def test_a_key_that_is_not_a_key(tmp_path: Path) -> None:
    msg = error_of(tmp_path, '[keys]\n\nopen_link = "o,ctrl+"\n')
    assert msg.startswith(f"{tmp_path / 'config.toml'}:3: keys.open_link: \"ctrl+\" is not a key")


@pytest.mark.parametrize(("value", "words"), [
    ("5", "must be a string of keys"), ('[1, "r"]', "must be a string of keys"), ('""', "needs at least one key"),
    ("[]", "needs at least one key"), ('"ctrl+p"', "kept for the command palette"), ('"ctrl+c"', "kept for copying"),
])
def test_bad_values_get_one_line(tmp_path: Path, value: str, words: str) -> None:
    msg = error_of(tmp_path, f"[keys]\nrefresh = {value}\n")
    assert msg.startswith(f"{tmp_path / 'config.toml'}:2: keys.refresh")
    assert words in msg


def test_two_actions_on_one_key_name_both(tmp_path: Path) -> None:
    msg = error_of(tmp_path, '[keys]\nrefresh = "x"\nunread = "ctrl+x,x"\n')
    assert "'x' is given to both 'unread' and 'refresh'" in msg or "'x' is given to both 'refresh' and 'unread'" in msg
    assert "dashboard screen" in msg


def test_a_clash_with_a_default_says_which_default(tmp_path: Path) -> None:
    msg = error_of(tmp_path, '[keys]\n# F5 users\nrefresh = "f"\n')
    assert msg.startswith(f"{tmp_path / 'config.toml'}:3: keys: 'f' is given to both 'refresh' and 'feed_health'")
    assert "its default" in msg
    # the same, written as a character that Textual names differently
    msg = error_of(tmp_path, '[keys]\nrefresh = "?"\n')
    assert "'?' (question_mark) is given to both 'refresh' and 'help'" in msg


def test_keys_on_different_screens_may_be_shared_and_moving_the_other_one_resolves_a_clash() -> None:
    # fetch_feed lives only on the feed-health screen, refresh only on the dashboard: both `r` by default
    keys = load_config_text('[keys]\nrefresh = "f"\nfeed_health = "F"\n').keys
    assert keys["refresh"] == ("f",) and keys["feed_health"] == ("F",) and keys["fetch_feed"] == ("r",)
    with pytest.raises(ConfigError, match=r"'j' is given to both 'fetch_feed' and 'down'.*feed health"):
        load_config_text('[keys]\nfetch_feed = "j"\n')


def test_every_action_is_wired_to_bindings() -> None:
    from idlibmon.tui.keymap import ACTION_BINDINGS

    assert set(ACTION_BINDINGS) == set(KEY_ACTIONS)


def test_enter_stays_with_the_lists(tmp_path: Path) -> None:
    msg = error_of(tmp_path, '[keys]\nrefresh = "r,enter"\n')
    assert msg.startswith(f"{tmp_path / 'config.toml'}:2: keys.refresh: Enter opens or selects the item")
    msg = error_of(tmp_path, '[keys]\nfirst = "g"\nfetch_feed = "home"\n')
    assert msg.startswith(f"{tmp_path / 'config.toml'}:3: keys.fetch_feed: 'home' moves in the lists")
    keys = load_config_text('[keys]\nfirst = "g"\nlast = "home"\n').keys
    assert keys["last"] == ("home",) and keys["first"] == ("g",)  # moving keys may move among the moves
