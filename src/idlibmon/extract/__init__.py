"""Pure-Python extraction of key figures and dated events from article text.

`extract()` is the entry point; the submodules are the steps (text preparation, numbers,
figures, sources, dates, places, events). Nothing here imports Textual, Rich or httpx.
An install may compile the submodules (setup.py); `freshness` keeps an edited source from
being shadowed by its older compiled twin, so it is set up before any submodule loads.
"""

from __future__ import annotations

from idlibmon.extract.freshness import prefer_fresh_sources

prefer_fresh_sources()

from idlibmon.extract.engine import ENGINE_VERSION, extract  # noqa: E402

__all__ = ["ENGINE_VERSION", "extract"]
