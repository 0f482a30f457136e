"""config.toml: defaults, merging, lookup order, and one clear line per mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from idlibmon.config import ConfigError, default_config_text, load_config, load_config_text, user_config_path


def write(tmp_path: Path, text: str, name: str = "c.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_packaged_default_is_valid_and_complete() -> None:
    cfg = load_config(None)
    assert cfg.path is None
    assert len(cfg.feeds) >= 5 and all(f.url.startswith("https://") for f in cfg.feeds)
    assert "Idlib" in cfg.watch.terms
    assert "Saraqib" in cfg.places["Saraqeb"]
    assert cfg.fetch.concurrency == 20 and cfg.fetch.per_host_concurrency == 4
    assert cfg.fetch.max_bytes == 10_000_000 and cfg.fetch.allow_private_addresses is False
    assert cfg.store.path.name == "store.db"
    assert cfg.timeline and all(t.kind for t in cfg.timeline)


def test_the_packaged_default_is_the_repository_file() -> None:
    repo_file = Path(__file__).resolve().parents[1] / "config.toml"
    assert default_config_text() == repo_file.read_text(encoding="utf-8")


def test_a_missing_section_keeps_the_defaults_and_lists_replace(tmp_path: Path) -> None:
    path = write(tmp_path, f"""
[store]
path = "{tmp_path / 'x.db'}"
[[feeds]]
name = "Mine"
url = "http://127.0.0.1:9/feed.xml"
""")
    cfg = load_config(path)
    assert cfg.store.path == tmp_path / "x.db"
    assert [f.name for f in cfg.feeds] == ["Mine"]  # the list replaces the packaged feeds
    assert "Idlib" in cfg.watch.terms  # [watch] was left out: still watching Idlib
    assert cfg.places == load_config(None).places
    assert cfg.timeline == load_config(None).timeline
    assert cfg.path == path


def test_a_table_merges_key_by_key(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "[fetch]\nconcurrency = 7\n"))
    assert cfg.fetch.concurrency == 7
    assert cfg.fetch.per_host_concurrency == 4
    assert [f.url for f in cfg.feeds] == [f.url for f in load_config(None).feeds]


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = user_config_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("[fetch]\nconcurrency = 3\n", encoding="utf-8")
    assert load_config(None).fetch.concurrency == 3
    env = write(tmp_path, "[fetch]\nconcurrency = 5\n", "env.toml")
    monkeypatch.setenv("IDLIBMON_CONFIG", str(env))
    assert load_config(None).fetch.concurrency == 5
    explicit = write(tmp_path, "[fetch]\nconcurrency = 9\n", "explicit.toml")
    assert load_config(explicit).fetch.concurrency == 9
    user.unlink()
    monkeypatch.delenv("IDLIBMON_CONFIG")
    assert load_config(None).fetch.concurrency == 20


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[fetch]\nconcurrency = 5\ntimeout = = 3\n", "c.toml:3: invalid TOML"),
        ('[store]\npath = "unterminated\n', "c.toml:2: invalid TOML"),
        ("[fetch]\nconcurency = 5\n", "c.toml:2: unknown key 'fetch.concurency' (did you mean 'concurrency'?)"),
        ("[wacth]\nterms = []\n", "c.toml:1: unknown section 'wacth' (did you mean 'watch'?)"),
        ('[fetch]\ntimeout = "fast"\n', "c.toml:2: 'fetch.timeout' must be a number, got \"fast\""),
        ("[fetch]\nconcurrency = true\n", "c.toml:2: 'fetch.concurrency' must be an integer, got true"),
        ("[fetch]\nmax_bytes = -1\n", "c.toml:2: 'fetch.max_bytes' must not be negative"),
        ("[watch]\nterms = [1, 2]\n", "c.toml:2: 'watch.terms' must be a list of strings"),
        ('[[feeds]]\nname = "a"\nurl = "ftp://example.org/f"\n',
         'c.toml:3: feeds[1].url must be an http(s) URL, got "ftp://example.org/f"'),
        ('[[feeds]]\nname = "a"\nurl = "https://"\n', "c.toml:3: feeds[1].url must be an http(s) URL"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/f"\n\n[[feeds]]\nname = "b"\nurl = "https://b.example/f"\n'
         "intervall = 60\n", "c.toml:8: unknown key 'intervall' in feeds[2] (did you mean 'interval'?)"),
        ('[[feeds]]\nurl = "https://a.example/f"\n', "c.toml:1: feeds[1] needs 'name'"),
        ('[[feeds]]\nname = "a"\nurl = "https://a.example/f"\ninterval = "often"\n',
         "c.toml:4: feeds[1].interval must be an integer, got \"often\""),
        ('[[timeline]]\ndate = "2019-13"\nkind = "ceasefire"\nlabel = "x"\n', "c.toml:2: timeline[1].date must be"),
        ('[[timeline]]\ndate = "2019-12"\nkind = "truce"\nlabel = "x"\n', "c.toml:3: timeline[1].kind must be one of"),
        ('[places]\n"Saraqeb" = "Saraqib"\n', "c.toml:2: places.\"Saraqeb\" must be a list of spellings"),
    ],
)
def test_mistakes_are_one_line_naming_file_line_and_expectation(tmp_path: Path, text: str, expected: str) -> None:
    message = error_of(write(tmp_path, text))
    assert message.startswith(str(tmp_path / "c.toml")), message
    assert expected in message, message


def test_load_config_text_merges_like_a_file() -> None:
    cfg = load_config_text("[watch]\nterms = ['Raqqa']\n")
    assert cfg.watch.terms == ["Raqqa"] and cfg.watch.subject == "Idlib"


def test_cli_reports_a_broken_config_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "[fetch]\nconcurency = 5\n")
    out = subprocess.run(
        [sys.executable, "-m", "idlibmon", "feeds", "--config", str(path)], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"idlibmon: {path}:2: unknown key 'fetch.concurency' (did you mean 'concurrency'?)"
    ]
