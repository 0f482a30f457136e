"""`--config` is honoured wherever it is given, and the demo keeps the user's keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon import cli
from idlibmon.commands.dashboard import demo_config
from idlibmon.config import load_config


def _config_with_one_feed(tmp_path: Path) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(
        f'[store]\npath = "{tmp_path / "store.db"}"\n'
        '[[feeds]]\nname = "My local wire"\nurl = "http://127.0.0.1:9/my-wire.xml"\n'
    )
    return path


@pytest.mark.parametrize("before", [True, False], ids=["before-subcommand", "after-subcommand"])
def test_config_given_before_or_after_the_subcommand_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], before: bool
) -> None:
    path = _config_with_one_feed(tmp_path)
    argv = ["--config", str(path), "feeds", "export"] if before else ["feeds", "export", "--config", str(path)]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "my-wire.xml" in out
    assert "reliefweb" not in out.lower()  # not the packaged default feeds


def test_the_demo_takes_the_users_keys_but_its_own_feeds(tmp_path: Path) -> None:
    demo_path = _config_with_one_feed(tmp_path)
    user_path = tmp_path / "user.toml"
    user_path.write_text('[keys]\nrefresh = "F5"\n[[feeds]]\nname = "Theirs"\nurl = "http://127.0.0.1:9/theirs.xml"\n')
    config = demo_config(demo_path, str(user_path))
    assert [f.name for f in config.feeds] == ["My local wire"]
    assert config.keys == load_config(user_path).keys
    assert config.keys != load_config(demo_path).keys
