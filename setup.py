"""Build hook: compile the extraction engine (`src/idlibmon/extract`) with Cython.

Why: the engine's time is spread over thousands of small Python steps per text (README,
"Design notes: a compiled engine"); compiled, the same source runs with fewer interpreter
round trips. The modules stay plain Python and nothing in them depends on being compiled:
with `IDLIBMON_PURE=1`, without Cython or without a C compiler the package installs and runs
uncompiled, with the same output. Everything else in `pyproject.toml` is the project's metadata.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import Extension, setup

ROOT = Path(__file__).resolve().parent
ENGINE = Path("src") / "idlibmon" / "extract"
# Left as Python: package markers, and the loader that must run before any compiled module does.
NOT_COMPILED = {"__init__.py", "freshness.py"}


def engine_extensions() -> list[Extension]:
    """One optional extension per engine module, or none when the build is asked to stay pure."""
    if os.environ.get("IDLIBMON_PURE"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:  # a build without its declared requirements (e.g. --no-build-isolation)
        return []
    sources = [p.relative_to(ROOT) for p in sorted((ROOT / ENGINE).rglob("*.py")) if p.name not in NOT_COMPILED]
    extensions = [
        # optional: a machine without a C compiler still installs, uncompiled
        Extension(".".join(source.with_suffix("").parts[1:]), [str(source)], optional=True, extra_compile_args=["-g0"])
        for source in sources
    ]
    return cythonize(
        extensions,
        build_dir="build/cython",  # the generated C stays out of src/
        # binding=False: plain C functions, cheaper to call (the engine makes ~10^5 calls per text);
        # annotations type the arguments, so str and list operations call the C API directly
        compiler_directives={"language_level": 3, "binding": False},
        nthreads=os.cpu_count() or 1,
        quiet=True,
    )


setup(ext_modules=engine_extensions(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
