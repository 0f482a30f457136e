"""The real-world corpus in ../shared/feeds, served over loopback through the whole fetch loop.

Every file must come through without an exception, yielding at least as many entries as
feedparser finds (fp_entries), and for JSON Feed files at least as many as fastfeedparser
(ffp_entries) — feedparser reads none of those.
"""

from __future__ import annotations

import csv
from pathlib import Path
from urllib.parse import quote

import pytest

from feedkit import config
from idlibmon.ingest.loop import FetchLoop
from idlibmon.store import Store
from localserver import LocalServer


def _manifest(shared: Path) -> list[dict[str, str]]:
    with open(shared / "feeds" / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _floor(row: dict[str, str]) -> int:
    fp = int(row["fp_entries"] or 0)
    if row["file"].endswith(".json") and row["ffp_entries"].isdigit():
        return max(fp, int(row["ffp_entries"]))
    return fp


async def test_every_corpus_file_is_fetched_and_parsed(shared_dir: Path, tmp_path: Path, server: LocalServer) -> None:
    rows = _manifest(shared_dir)
    assert len(rows) > 300
    feeds = []
    for i, row in enumerate(rows):
        body = (shared_dir / "feeds" / row["file"]).read_bytes()
        headers = {"Content-Type": row["declared_content_type"]} if row["declared_content_type"] else {}
        path = f"/{i}/{quote(row['file'].replace('/', '_'))}"
        server.routes[path] = (200, headers, body)
        feeds.append((row["file"], server.url(path)))
    cfg = config(tmp_path, feeds, concurrency=20, per_host_concurrency=20, max_bytes=20_000_000, timeout=120)
    with Store(cfg.store.path) as store:
        loop = FetchLoop(cfg, store, parse_workers=2)
        try:
            result = await loop.run_once(only_due=False)
        finally:
            await loop.aclose()
    by_url = {f.url: f for f in result.feeds}
    problems = []
    for (name, url), row in zip(feeds, rows, strict=True):
        got = by_url[url]
        if got.status != 200 or (got.error or "").startswith("internal error"):
            problems.append(f"{name}: {got.status} {got.error}")
        elif got.entries < _floor(row):
            problems.append(f"{name}: {got.entries} entries < {_floor(row)}")
    assert not problems, "\n".join(problems)
    json_rows = [r for r in rows if r["file"].endswith(".json")]
    assert sum(by_url[u].entries for (_, u), r in zip(feeds, rows, strict=True) if r in json_rows) >= sum(
        int(r["ffp_entries"]) for r in json_rows if r["ffp_entries"].isdigit()
    )


@pytest.mark.parametrize("kind", ["illformed"])
def test_manifest_has_hostile_files(shared_dir: Path, kind: str) -> None:
    assert any(r["kind"] == kind for r in _manifest(shared_dir))
