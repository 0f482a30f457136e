"""The domain stays free of the UI: check what each module drags in, in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("textual", "rich", "httpx")

# module -> packages it must not load
RULES = {
    "idlibmon.models": HEAVY,
    "idlibmon.sanitize": HEAVY,
    "idlibmon.extract": HEAVY,
    "idlibmon.extract.engine": HEAVY,
    "idlibmon.aggregate": HEAVY,
    "idlibmon.aggregate.board": HEAVY,
    "idlibmon.aggregate.timeline": HEAVY,
    "idlibmon.config": ("textual",),
    "idlibmon.store": ("textual",),
    "idlibmon.ingest": ("textual",),
    "idlibmon.ingest.loop": ("textual",),
    "idlibmon.ingest.inflate": ("textual",),
    "idlibmon.ingest.parse": HEAVY,  # runs in worker processes: no UI, no HTTP client
    "idlibmon.ingest.fastparse": HEAVY,
    "idlibmon.ingest.jsonfeed": HEAVY,
    "idlibmon.ingest.relevance": HEAVY,
    "idlibmon.ingest.dedup": HEAVY,
    "idlibmon.ingest.stories": HEAVY,
    "idlibmon.ingest.text": HEAVY,
    "idlibmon.ingest.http": ("textual", "rich"),
    "idlibmon.ingest.lock": ("textual", "rich", "httpx"),
    "idlibmon.ingest.safe_http": ("textual",),
    "idlibmon.ingest.bodies": ("textual",),
    # the page extractor is plain text work: no UI, no network client; trafilatura loads on first use
    "idlibmon.ingest.main_text": (*HEAVY, "trafilatura"),
    "idlibmon.cli": ("textual",),
    "idlibmon.commands.fetch": ("textual",),
    "idlibmon.commands.extract": ("textual",),
    "idlibmon.commands.export": ("textual",),
    "idlibmon.commands.feeds": ("textual",),
    "idlibmon.commands.reextract": ("textual",),
    "idlibmon.aggregate.scope": HEAVY,
    "idlibmon.pipeline": HEAVY,
    "idlibmon.exporting": HEAVY,
    "idlibmon.texts": HEAVY,
    # the demo is standard library only, so `--demo` costs nothing the dashboard does not load
    "idlibmon.demo.setup": (*HEAVY, "feedparser"),
    "idlibmon.demo.replay": (*HEAVY, "feedparser"),
    # the dashboard command loads Textual only when it runs, not when cli.py configures parsers
    "idlibmon.commands.dashboard": ("textual", "httpx"),
    # the dashboard's data helpers are plain: paging over the store, words for figures
    "idlibmon.tui.headline_source": ("textual", "rich", "httpx"),
    "idlibmon.tui.formatting": ("textual", "rich", "httpx"),
    # [keys] -> binding ids is a plain table (so config and its tests never need Textual)
    "idlibmon.tui.keymap": ("textual", "rich", "httpx"),
}


def _loaded(module: str) -> set[str]:
    code = (
        "import importlib, json, sys; importlib.import_module(sys.argv[1]); "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run([sys.executable, "-c", code, module], capture_output=True, text=True, check=False)
    if out.returncode != 0 and "ModuleNotFoundError" in out.stderr and module in out.stderr:
        pytest.skip(f"{module} does not exist yet")
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout))


@pytest.mark.parametrize(("module", "forbidden"), sorted(RULES.items()))
def test_module_does_not_load(module: str, forbidden: tuple[str, ...]) -> None:
    loaded = _loaded(module)
    assert not loaded & set(forbidden), f"{module} loads {sorted(loaded & set(forbidden))}"


@pytest.mark.parametrize("command", ["fetch", "extract", "export", "feeds", "reextract"])
def test_headless_command_help_does_not_load_textual(command: str) -> None:
    code = (
        "import sys, json; from idlibmon import cli\n"
        "try:\n    cli.main([sys.argv[1], '--help'])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps('textual' in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code, command], capture_output=True, text=True, check=False)
    assert out.stderr.strip().splitlines()[-1] == "false", out.stderr


def test_building_the_command_line_loads_no_machinery() -> None:
    # cli.py imports every command module to configure its parser, so `idlibmon extract` pays
    # for whatever those modules import at the top: the event loop, logging, the store.
    code = (
        "import json, sys; import idlibmon.cli as c; c.build_parser(); "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert not loaded & {"asyncio", "logging", "signal", "sqlite3", "feedparser", *HEAVY}
