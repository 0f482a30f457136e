"""Compare main-text extractors on our own article pages (tests/fixtures/pages).

Prints, per library, how many of the expected sentences it kept, how many boilerplate
fragments it let through, whether it found the publication date, and the time per page.
Libraries that are not installed are skipped, so the script runs in the project venv
(trafilatura only) or in a scratch venv holding every candidate:

    python bench/compare_main_text.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _trafilatura() -> Callable[[str], tuple[str, str | None]]:
    import trafilatura

    def run(html: str) -> tuple[str, str | None]:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, include_images=False,
            favor_precision=True, with_metadata=True,
        )
        if doc is None:
            return "", None
        return doc.text or "", doc.date

    return run


def _trafilatura_recall() -> Callable[[str], tuple[str, str | None]]:
    import trafilatura

    def run(html: str) -> tuple[str, str | None]:
        doc = trafilatura.bare_extraction(html, include_comments=False, favor_recall=True, with_metadata=True)
        return (doc.text or "", doc.date) if doc else ("", None)

    return run


def _readability() -> Callable[[str], tuple[str, str | None]]:
    import lxml.html
    from readability import Document

    def run(html: str) -> tuple[str, str | None]:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content(), None

    return run


def _justext() -> Callable[[str], tuple[str, str | None]]:
    import justext

    stop = justext.get_stoplist("English")

    def run(html: str) -> tuple[str, str | None]:
        paras = justext.justext(html.encode(), stop)
        return "\n".join(p.text for p in paras if not p.is_boilerplate), None

    return run


def _goose() -> Callable[[str], tuple[str, str | None]]:
    from goose3 import Goose

    g = Goose()

    def run(html: str) -> tuple[str, str | None]:
        art = g.extract(raw_html=html)
        return art.cleaned_text or "", str(art.publish_date) if art.publish_date else None

    return run


def _newspaper() -> Callable[[str], tuple[str, str | None]]:
    from newspaper import Article

    def run(html: str) -> tuple[str, str | None]:
        art = Article("http://example.invalid/a")
        art.download(input_html=html)
        art.parse()
        return art.text or "", art.publish_date.isoformat() if art.publish_date else None

    return run


def _ours() -> Callable[[str], tuple[str, str | None]]:
    from idlibmon.ingest.main_text import extract_main_text

    def run(html: str) -> tuple[str, str | None]:
        page = extract_main_text(html)
        return page.text, page.published.isoformat() if page.published else None

    return run


CANDIDATES = {
    "idlibmon.main_text": _ours,
    "trafilatura (precision)": _trafilatura,
    "trafilatura (recall)": _trafilatura_recall,
    "readability-lxml": _readability,
    "jusText": _justext,
    "goose3": _goose,
    "newspaper4k": _newspaper,
}


def demo_pages(limit: int) -> dict[str, dict[str, object]]:
    """Pages of the offline demo, rendered as the replay server serves them, with what to expect."""
    from idlibmon.demo.corpus import load_corpus
    from idlibmon.demo.render import render_page

    corpus = load_corpus()
    out: dict[str, dict[str, object]] = {}
    for k, item in enumerate(corpus.items[:limit]):
        outlet = corpus.outlet(item.outlet)
        related = [i for i in corpus.items[:k] if i.outlet == item.outlet][::-1][:3]
        html = render_page(outlet, item, related, "http://127.0.0.1:8000").decode("utf-8")
        must = [_norm(p)[:60] for p in item.paragraphs() if not p.lstrip().startswith("- ")]
        must_not = ["Skip to main content", "Sign up to our newsletter", "Podcasts", "Comments are closed",
                    "Privacy policy", "follow our coverage", *[r.title for r in related]]
        if item.caption:
            must_not.append(item.caption)
        out[f"demo:{item.slug}"] = {
            "html": html, "must": must, "must_not": must_not, "date": item.published.date().isoformat(),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="list what each library missed or let through")
    parser.add_argument("--demo", type=int, default=0, metavar="N",
                        help="use the first N pages of the offline demo instead of tests/fixtures/pages")
    args = parser.parse_args()
    if args.demo:
        expected = demo_pages(args.demo)
        pages = {name: str(exp.pop("html")) for name, exp in expected.items()}
    else:
        expected = json.loads((PAGES / "expected.json").read_text())
        pages = {name: (PAGES / name).read_text(encoding="utf-8") for name in expected if not name.startswith("_")}
    print(f"{'library':26} {'kept':>9} {'leaked':>9} {'dates':>7} {'ms/page':>8}")
    for label, factory in CANDIDATES.items():
        try:
            extract = factory()
        except ImportError:
            print(f"{label:26} (not installed)")
            continue
        kept = total_must = leaked = total_not = dates = total_dates = 0
        notes: list[str] = []
        for name, html in pages.items():
            exp = expected[name]
            text, date = extract(html)
            text = _norm(text)
            for frag in exp["must"]:
                total_must += 1
                if frag in text:
                    kept += 1
                else:
                    notes.append(f"  {name}: missed {frag!r}")
            for frag in exp["must_not"]:
                total_not += 1
                if frag in text:
                    leaked += 1
                    notes.append(f"  {name}: leaked {frag!r}")
            if exp.get("date"):
                total_dates += 1
                dates += bool(date and str(date).startswith(exp["date"]))
        start = time.perf_counter()
        for _ in range(args.repeat):
            for html in pages.values():
                extract(html)
        ms = (time.perf_counter() - start) * 1000 / (args.repeat * len(pages))
        print(f"{label:26} {kept:>4}/{total_must:<4} {leaked:>4}/{total_not:<4} {dates:>3}/{total_dates:<3} {ms:8.1f}")
        if args.verbose:
            print("\n".join(notes))


if __name__ == "__main__":
    main()
