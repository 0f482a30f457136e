"""A store path the user cannot create is one line on stderr from every command, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from idlibmon import cli


@pytest.mark.parametrize("argv", [["feeds"], ["fetch", "--once"], ["reextract"], ["feeds", "enable", "http://a.test/"]])
def test_a_store_under_a_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be")
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\npath = "{blocker / "sub" / "store.db"}"\n[[feeds]]\nname = "x"\nurl = "http://127.0.0.1:9/f"\n')
    code = cli.main([*argv, "--config", str(config)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "cannot create the store" in err and "store.db" in err
