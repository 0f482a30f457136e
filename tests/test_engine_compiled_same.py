"""The compiled engine (setup.py) and its plain-Python source give the same output.

Cython reads the type hints of the compiled modules, so a value of another type than a hint says
would raise there and pass in Python. Two fresh interpreters run the engine on the same texts
(dev-set reports, hostile and mangled input): one as installed, one made to load every engine
module from its `.py`. Where the engine is not compiled (a checkout run with PYTHONPATH=src, an
install without a C compiler) the two would be the same code, and the test says so by skipping.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

RUN = r"""
import importlib.util, json, sys
from datetime import date
from importlib.abc import MetaPathFinder
from pathlib import Path

class FromSource(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith("idlibmon.extract.") and path:
            for folder in path:
                source = Path(folder, name.rpartition(".")[2] + ".py")
                if source.is_file():
                    return importlib.util.spec_from_file_location(name, source)
        return None

if sys.argv[1] == "source":
    sys.meta_path.insert(0, FromSource())
from idlibmon.config import load_config
from idlibmon.extract.engine import extract
from idlibmon.extract.freshness import engine_build

places = load_config().places
texts = json.loads(sys.stdin.read())
outs = [extract(t, date(2019, 12, 27), places).to_dict() for t in texts]
print(json.dumps({"build": engine_build(), "outs": outs}))
"""


def _texts() -> list[str]:
    devset = ROOT / "tests" / "devset"
    texts = [p.read_text(encoding="utf-8") for p in sorted((devset / "blind65").glob("*.txt"))[:6]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((devset / "blind67").glob("*.txt"))[:6]]
    mangled = texts[0][:3000]
    texts += [
        "",
        " ",
        "\x1b[31m[bold]235,000[/bold] people fled\x00 on Thursday\u200b, OCHA said.",
        "More than 1.2m – between 10 and 15 – 70% – 12-25 December – since mid-December – 3 (three)",
        mangled.replace(" ", "\n", 40).replace("0", "O").replace(",", ""),
        "<p>Nearly half a million <b>displaced</b> since April</p>" * 50,
    ]
    return texts


def _run(mode: str, texts: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN, mode], input=json.dumps(texts), capture_output=True, text=True, check=True,
        cwd=ROOT, timeout=300,
    )
    return json.loads(done.stdout)


def test_compiled_and_source_engines_agree() -> None:
    texts = _texts()
    installed = _run("installed", texts)
    if not installed["build"].startswith("compiled"):
        pytest.skip(f"the engine here is {installed['build']}: nothing compiled to compare with its source")
    source = _run("source", texts)
    assert source["build"] == "pure Python"
    assert len(installed["outs"]) == len(texts)
    for i, (a, b) in enumerate(zip(installed["outs"], source["outs"], strict=True)):
        assert a == b, f"text {i}: compiled and source outputs differ"
    assert any(out["figures"] for out in installed["outs"])  # the texts exercise the engine
