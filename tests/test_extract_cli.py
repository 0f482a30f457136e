"""`idlibmon extract`: tables by default, exactly one JSON object with --json, clear errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from idlibmon import cli
from idlibmon.commands import extract as extract_cmd

ARTICLE = (
    "Skip to main content\n\n"
    "More than 235,000 people have fled their homes in Idleb over the last two weeks, OCHA said on Friday.\n\n"
    "On Thursday, the president warned against an attack.\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["extract", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_is_one_object_with_spans_into_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run([str(path), "--published", "2019-12-27", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"figures", "events"}
    (fig,) = data["figures"]
    assert fig["value"] == 235000 and fig["category"] == "displaced" and fig["qualifier"] == "more_than"
    assert fig["place"] == "Idlib"  # canonical name from the packaged config's [places]
    assert fig["source"] == "OCHA"
    s, e = fig["span"]
    assert ARTICLE[s:e] == fig["text"]
    assert fig["when"]["end"] == "2019-12-27"


def test_table_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, out, _ = run(["--published", "2019-12-27"], capsys)
    assert code == 0
    assert "Key figures (1)" in out
    assert "> 235,000" in out and "displaced" in out and "OCHA" in out


def test_without_published_uses_the_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    monkeypatch.setattr(extract_cmd, "today", lambda: date(2019, 12, 27))
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    _, out, _ = run([str(path), "--json"], capsys)
    assert json.loads(out)["figures"][0]["when"]["end"] == "2019-12-27"


def test_escape_sequences_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("At least 20 people \x1b]0;pwned\x07were killed.\n", encoding="utf-8")
    code, out, _ = run([str(path), "--published", "2020-01-01"], capsys)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    _, out, _ = run([str(path), "--published", "2020-01-01", "--json"], capsys)
    assert "\x1b" not in out  # JSON escapes it


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/nonexistent/file.txt"], "cannot read"),
        (["{dir}"], "is a directory"),
        (["{bin}"], "binary"),
    ],
)
def test_bad_input_is_one_clear_line(argv: list[str], message: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02abc")
    argv = [a.format(dir=tmp_path, bin=binary) for a in argv]
    code, out, err = run(argv, capsys)
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_date_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract", "-", "--published", "27/12/2019"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_seed_article_end_to_end(shared_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = shared_dir / "seed" / "mee-2019-12-27-idlib.txt"
    gold = json.loads((shared_dir / "seed" / "mee-2019-12-27-idlib.gold.json").read_text())
    _, out, _ = run([str(seed), "--published", "2019-12-27", "--json"], capsys)
    got = {(f["value"], f["category"]) for f in json.loads(out)["figures"]}
    assert got == {(f["value"], f["category"]) for f in gold["figures"]}
