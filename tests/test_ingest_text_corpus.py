"""html_to_text's skipped steps change nothing: it matches the plain chain of every step on real text.

The inputs are every text, tail and attribute of every corpus file (read leniently by lxml),
every string of its JSON files, each whole file (under 50 kB) as one string, the bench's synthetic feeds,
and hand-made fragments around the skip tests ('<', '&', '<!', ']]>').
"""

from __future__ import annotations

import contextlib
import html
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from idlibmon.ingest import text
from idlibmon.ingest.text import html_to_text
from idlibmon.sanitize import clean_text


def every_step(value: str | None, keep_newlines: bool) -> str:
    """The chain with no step skipped."""
    if not value:
        return ""
    if text._LOOKS_HTML.search(value):
        value = text._DROP.sub(" ", value)
        value = text._COMMENT.sub(" ", value)
        value = text._BREAK.sub("\n", value)
        value = text._TAG.sub("", value)
        value = html.unescape(value)
    return clean_text(value, keep_newlines=keep_newlines)


def assert_same(values: list[str]) -> None:
    for value in values:
        for keep in (True, False):
            assert html_to_text(value, keep_newlines=keep) == every_step(value, keep), repr(value[:300])


EDGES = [
    "]]<b>>", "x]]>y", "]]]>", "<!-- a ]]> b -->c", "<![CDATA[<p>x</p>]]>", "a &amp; b", "a & b", "3 < 4",
    "<<script>x</script>!--y-->", "<!doctype html><p>x", "&lt;p&gt;escaped&lt;/p&gt;", "<?pi x?>text",
    "<P>Upper</P><BR>", "< br>spaced", "&#x1b;[31mred", "&#27;]2;t&#7;", "<p>\u202eevil</p>", "&nbsp;&nbsp;x",
    "<style>p{}</style><SCRIPT>x</SCRIPT>", "<template><p>x</p></template>done", "", "plain", "a\u00a0]]>b",
]


def test_hand_made_fragments() -> None:
    assert_same(EDGES)


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def corpus_values(path: Path) -> list[str]:
    raw = path.read_bytes()
    values = [raw.decode("utf-8", "replace")] if len(raw) < 50_000 else []
    if path.suffix == ".json":
        with contextlib.suppress(ValueError):
            values += strings(json.loads(raw))
        return values
    root = None
    with contextlib.suppress(etree.XMLSyntaxError):  # some corpus files are not XML at all
        root = etree.fromstring(raw, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    if root is not None:
        for el in root.iter():
            values += [v for v in (el.text, el.tail) if v]
            values += el.attrib.values()
    return values


def test_every_text_of_the_corpus(shared_dir: Path) -> None:
    files = [p for p in sorted((shared_dir / "feeds").rglob("*")) if p.is_file() and p.suffix != ".tsv"]
    assert len(files) > 300
    values = dict.fromkeys(v[:5000] for path in files for v in corpus_values(path))  # once each, cut for speed
    assert len(values) > 20_000
    assert_same(list(values))


def test_the_bench_feeds(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("synthfeed", shared_dir / "bench" / "synthfeed.py")
    if spec is None or spec.loader is None:
        pytest.skip("no synthfeed.py in the shared bench")
    synthfeed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthfeed)
    for feed_id in range(0, 200, 20):
        root = etree.fromstring(synthfeed.rss(50, 1, feed_id))
        assert_same([el.text for el in root.iter() if el.text])
