"""Pure-Python extraction of key figures and dated events from article text.

`extract()` is the entry point; the submodules are the steps (text preparation, numbers,
figures, sources, dates, places, events). Nothing here imports Textual, Rich or httpx.
"""

from __future__ import annotations

from idlibmon.extract.engine import ENGINE_VERSION, extract

__all__ = ["ENGINE_VERSION", "extract"]
