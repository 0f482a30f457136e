"""Which build of the engine runs: compiled modules only while they are newer than their source.

An install compiles each engine module next to its `.py` (setup.py). Python then imports the
compiled twin first, so an edit to the source, or a `git pull`, would silently run the old
code until the next build. `prefer_fresh_sources` puts a finder in front that loads the `.py`
of any module whose source is newer than its compiled file; `engine_build` says, for the bench,
what actually loaded.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = __name__.rpartition(".")[0]


class FreshSourceFinder(MetaPathFinder):
    """Import a package's module from its source when its compiled file is older than it."""

    def __init__(self, package: str) -> None:
        self.prefix = package + "."

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith(self.prefix) or not path:
            return None
        leaf = fullname.rpartition(".")[2]
        for folder in path:
            source = Path(folder, leaf + ".py")
            if stale_compiled(source):
                return importlib.util.spec_from_file_location(fullname, source)
        return None  # the normal finders pick the compiled module, or the source when there is none


# An installer writes a module's compiled file and its source one after the other (pip writes
# "numbers.cpython-311-….so" just before "numbers.py"): a source newer by less than this is the
# same install, not an edit made after the build.
INSTALL_WINDOW = 2.0  # seconds


def stale_compiled(source: Path) -> bool:
    """True when `source` has a compiled twin beside it that predates the source's last edit."""
    try:
        edited = source.stat().st_mtime
    except OSError:
        return False
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        try:
            if source.with_suffix(suffix).stat().st_mtime + INSTALL_WINDOW < edited:
                return True
        except OSError:
            continue
    return False


def prefer_fresh_sources(package: str = PACKAGE) -> None:
    """Install the finder once, ahead of the standard ones, for `package` and its subpackages."""
    if not any(isinstance(f, FreshSourceFinder) and f.prefix == package + "." for f in sys.meta_path):
        sys.meta_path.insert(0, FreshSourceFinder(package))


def engine_build(package: str = PACKAGE) -> str:
    """Either "compiled (N of M modules)" or "pure Python", from the engine modules loaded so far."""
    modules = [m for name, m in list(sys.modules.items()) if name.startswith(package + ".") and m is not None]
    files = [getattr(m, "__file__", None) or "" for m in modules]
    code = [f for f in files if not f.endswith("__init__.py") and Path(f).name != Path(__file__).name]
    compiled = [f for f in code if not f.endswith(".py")]
    if not compiled:
        return "pure Python"
    return f"compiled ({len(compiled)} of {len(code)} modules)"
