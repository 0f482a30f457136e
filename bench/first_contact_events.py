"""The rules' events of each blind group as the engine of its first contact produced them.

Today's rules were tuned on every dev set, so on them the rules make few of the spurious events
they make on new text (1.9% of the candidates, against 3.5% on blind35-40 before any rule saw
them). The commit that added a group of blind sets holds the engine before any rule was tuned on
them: its events of those sets are what new text looks like to the rules. For each group this
exports that commit's code (`git archive`, no worktree) into a temporary folder and runs itself
there with `--collect`, recording the events at the kind model's hook (before the kind model:
the filter's trainer applies today's) with their sentence and the lowered text, as JSON lines:

    python bench/first_contact_events.py OUTDIR     # one OUTDIR/<commit>.jsonl per group
    python bench/event_filter_train.py heldout --first-contact OUTDIR

The collecting half imports only what every engine since session 7 has (`extract`, the
`rekinded` hook, `load_config`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEVSETS = ROOT / "tests" / "devset"
# the commit that added each group of blind sets (its engine never saw them)
FIRST_CONTACT = {
    "bc909de": ("blind19", "blind20", "blind21", "blind22"),
    "08f02d0": ("blind23", "blind24", "blind25", "blind26", "blind27", "blind28"),
    "556b348": ("blind29", "blind30", "blind31", "blind32", "blind33", "blind34"),
    "ad762dd": ("blind35", "blind36", "blind37", "blind38", "blind39", "blind40"),
}


def collect(out: Path, names: list[str]) -> None:
    """Run under the old engine: every article's rule events, one JSON line per article."""
    try:  # the step that calls `rekinded` (its own module since session 15; a package marker before)
        import idlibmon.extract.events.find as events_module
    except ImportError:
        import idlibmon.extract.events as events_module  # type: ignore[no-redef]
    from idlibmon.config import load_config
    from idlibmon.extract.engine import extract

    places = load_config().places
    with out.open("w", encoding="utf-8") as f:
        for name in names:
            folder = DEVSETS / name
            manifest = [json.loads(x) for x in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
            published = {m["id"]: m["published"] for m in manifest}
            for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc_id = json.loads(line)["id"]
                text = (folder / f"{doc_id}.txt").read_text(encoding="utf-8")
                seen: list[dict[str, Any]] = []
                lows: list[str] = []

                def record(low: str, evs: list[Any], sents: list[Any], model: Any = None,
                           seen: list[dict[str, Any]] = seen, lows: list[str] = lows) -> list[Any]:
                    lows.append(low)
                    seen.extend({"start": e.start, "end": e.end, "kind": e.kind, "span": list(e.span), "text": e.text,
                                 "resolved_from": e.resolved_from, "rank": r, "sentence": list(s)}
                                for (e, r), s in zip(evs, sents, strict=True))
                    return evs

                events_module.rekinded = record  # type: ignore[assignment]
                extract(text, date.fromisoformat(published[doc_id]), places)
                f.write(json.dumps({"set": name, "id": doc_id, "low": lows[0] if lows else "", "events": seen}) + "\n")


def export(commit: str, into: Path) -> None:
    """The commit's src/ and config.toml (the package links to it) into `into`."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src", "config.toml"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(into, filter="tar")


def main() -> int:
    if sys.argv[1:2] == ["--collect"]:
        collect(Path(sys.argv[2]), sys.argv[3:])
        return 0
    if len(sys.argv) != 2 or sys.argv[1].startswith("-"):  # "--help" is no folder to write into
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for commit, names in FIRST_CONTACT.items():
        with tempfile.TemporaryDirectory() as tmp:
            export(commit, Path(tmp))
            env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
            subprocess.run([sys.executable, __file__, "--collect", str(out / f"{commit}.jsonl"), *names],
                           check=True, env=env)
        print(f"{commit}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
