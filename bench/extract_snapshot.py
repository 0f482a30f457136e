"""Record the engine's output on every text the extraction bench reads, or compare against a record.

A speed change must not change what the engine finds: record before, change, compare after.
An accuracy change shows exactly which items it gained and lost:

    python bench/extract_snapshot.py record /tmp/before.jsonl
    python bench/extract_snapshot.py compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_bench import labelled_corpus

from idlibmon.config import load_config
from idlibmon.extract.engine import extract


def outputs() -> list[str]:
    """One JSON line per text: its index, kind and the engine's whole output."""
    places = load_config().places
    return [
        json.dumps({"i": i, "kind": kind, "out": extract(text, pub, places).to_dict()}, sort_keys=True)
        for i, (kind, text, pub) in enumerate(labelled_corpus())
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["record", "compare"])
    ap.add_argument("path", type=Path)
    args = ap.parse_args()
    now = outputs()
    if args.mode == "record":
        args.path.write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} texts to {args.path}")
        return 0
    before = args.path.read_text(encoding="utf-8").splitlines()
    changed = 0
    for old, new in zip(before, now, strict=False):
        if old == new:
            continue
        changed += 1
        a, b = json.loads(old), json.loads(new)
        for part in ("figures", "events"):
            olds = {json.dumps(x, sort_keys=True) for x in a["out"][part]}
            news = {json.dumps(x, sort_keys=True) for x in b["out"][part]}
            for x in sorted(olds - news):
                print(f"text {a['i']} ({a['kind']}) {part} lost:   {x}")
            for x in sorted(news - olds):
                print(f"text {b['i']} ({b['kind']}) {part} gained: {x}")
    if len(before) != len(now):
        print(f"the corpus changed: {len(before)} texts recorded, {len(now)} now")
    print(f"{changed} of {len(now)} texts changed")
    return 1 if changed or len(before) != len(now) else 0


if __name__ == "__main__":
    sys.exit(main())
