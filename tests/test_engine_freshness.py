"""An edited engine source is never shadowed by its older compiled twin (extract/freshness.py)."""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from idlibmon.extract.freshness import FreshSourceFinder, engine_build, stale_compiled

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _age(path: Path, seconds_ago: float) -> None:
    when = path.stat().st_mtime - seconds_ago
    os.utime(path, (when, when))


def test_a_compiled_file_older_than_its_source_is_stale(tmp_path: Path) -> None:
    source = tmp_path / "rules.py"
    source.write_text("X = 1\n")
    compiled = tmp_path / f"rules{SUFFIX}"
    compiled.write_bytes(b"not really a library")
    _age(compiled, 60)
    assert stale_compiled(source)


def test_a_compiled_file_newer_than_its_source_is_used(tmp_path: Path) -> None:
    source = tmp_path / "rules.py"
    source.write_text("X = 1\n")
    _age(source, 60)
    (tmp_path / f"rules{SUFFIX}").write_bytes(b"built after the edit")
    assert not stale_compiled(source)


def test_a_source_written_just_after_its_compiled_twin_is_one_install(tmp_path: Path) -> None:
    # pip writes "rules.cpython-311-....so" and then "rules.py" in the same moment: no edit
    compiled = tmp_path / f"rules{SUFFIX}"
    compiled.write_bytes(b"installed first")
    source = tmp_path / "rules.py"
    source.write_text("X = 1\n")
    when = compiled.stat().st_mtime
    os.utime(source, (when + 0.5, when + 0.5))
    assert not stale_compiled(source)


def test_a_source_without_a_compiled_twin_is_not_stale(tmp_path: Path) -> None:
    source = tmp_path / "rules.py"
    source.write_text("X = 1\n")
    assert not stale_compiled(source)
    assert not stale_compiled(tmp_path / "missing.py")


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A package `freshpkg` whose module `rules` has a source and a (broken) compiled twin."""
    package = tmp_path / "freshpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "rules.py").write_text("WHERE = 'source'\n")
    (package / f"rules{SUFFIX}").write_bytes(b"an extension module that cannot load")
    monkeypatch.syspath_prepend(str(tmp_path))
    finder = FreshSourceFinder("freshpkg")
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])
    yield package
    for name in ("freshpkg.rules", "freshpkg"):
        sys.modules.pop(name, None)
    importlib.invalidate_caches()


def test_the_finder_loads_the_edited_source_instead_of_the_stale_build(fake_package: Path) -> None:
    _age(fake_package / f"rules{SUFFIX}", 60)
    module = importlib.import_module("freshpkg.rules")
    assert module.WHERE == "source"
    assert module.__file__ == str(fake_package / "rules.py")


def test_the_finder_leaves_a_fresh_build_to_the_normal_import(fake_package: Path) -> None:
    _age(fake_package / "rules.py", 60)
    finder = FreshSourceFinder("freshpkg")
    assert finder.find_spec("freshpkg.rules", [str(fake_package)]) is None
    # ... so Python goes on to the compiled file (here a broken one, which proves it was chosen)
    with pytest.raises(ImportError):
        importlib.import_module("freshpkg.rules")


def test_the_finder_ignores_other_packages(fake_package: Path) -> None:
    _age(fake_package / f"rules{SUFFIX}", 60)
    assert FreshSourceFinder("otherpkg").find_spec("freshpkg.rules", [str(fake_package)]) is None


def _fake_modules(monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    for name, file in files.items():
        module = ModuleType(name)
        module.__file__ = file
        monkeypatch.setitem(sys.modules, name, module)


def test_engine_build_counts_compiled_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_modules(
        monkeypatch,
        {
            "enginepkg": "/x/enginepkg/__init__.py",
            "enginepkg.numbers": f"/x/enginepkg/numbers{SUFFIX}",
            "enginepkg.dates.grammar": f"/x/enginepkg/dates/grammar{SUFFIX}",
            "enginepkg.edited": "/x/enginepkg/edited.py",
        },
    )
    assert engine_build("enginepkg") == "compiled (2 of 3 modules)"


def test_engine_build_says_when_nothing_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_modules(monkeypatch, {"enginepkg": "/x/enginepkg/__init__.py", "enginepkg.numbers": "/x/numbers.py"})
    assert engine_build("enginepkg") == "pure Python"
