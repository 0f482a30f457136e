"""bench/devset_report.py: figure misses and extras sorted by cause."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import devset_report  # noqa: E402


def _fig(value: float, category: str, text: str) -> dict[str, object]:
    return {"value": value, "category": category, "text": text}


def test_figure_causes_lists_extras_and_misses_by_cause() -> None:
    gold = {
        "figures": [
            _fig(4000, "displaced", "4,000 families fled"),
            _fig(12, "killed", "12 villagers died"),
            _fig(300, "injured", "300 wounded"),
            _fig(9, "other", "nine bridges"),
        ],
        "optional_figures": [],
    }
    out = {
        "figures": [
            _fig(4000, "displaced", "4,000 families fled"),  # hit
            _fig(12, "injured", "12 villagers"),  # gold says killed
            _fig(70, "refugees", "70 crossed"),  # no such value in gold
        ]
    }
    lines = devset_report.figure_causes("setX/1", gold, out)
    assert "EXTRA[wrongcat] setX/1 12 injured | 12 villagers" in lines
    assert "EXTRA[absent] setX/1 70 refugees | 70 crossed" in lines
    assert "MISS[wrongcat] setX/1 12 killed | 12 villagers died" in lines
    assert "MISS[notfound] setX/1 300 injured | 300 wounded" in lines
    assert not any("4000" in line or " 9 " in line for line in lines)  # the hit and the `other` figure
    assert len(lines) == 4
