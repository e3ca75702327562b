"""How many real articles the page-type verdict keeps: every page of the development corpora is
an article, so the share classed ``article`` is the recall of ``--articles-only``; the
project's own non-article fixtures (``fixtures/pages``) give the other side.

    python benchmarks/page_types.py                 # every corpus under ../shared/corpus
    python benchmarks/page_types.py --kind text     # the same pages rendered as text dumps
    python benchmarks/page_types.py --show 10       # the lowest-scored pages of each corpus
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import newsclean

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "fixtures" / "pages"


def corpus_pages(corpus: Path) -> Iterator[tuple[str, bytes]]:
    if (corpus / "pages").is_dir():
        pages = sorted((corpus / "pages").glob("*.html.gz"))
    else:
        pages = sorted(corpus.glob("*/page.html.gz"))
    for page in pages:
        yield page.parent.name if page.name == "page.html.gz" else page.name, page.read_bytes()


def _as_kind(raw: bytes, kind: str) -> bytes:
    html = gzip.decompress(raw)
    if kind == "html":
        return html
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    from render_text_dump import render

    return render(html).encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("html", "text"), default="html")
    parser.add_argument("--show", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}: nothing to measure")
        return 1
    print(f"{'corpus':<22}{'pages':>7}{'article':>9}{'index':>7}{'other':>7}{'refused':>9}  share")
    for corpus in sorted(path for path in CORPORA.iterdir() if path.is_dir()):
        counts: Counter[str] = Counter()
        scored: list[tuple[float, str, str]] = []
        for name, raw in corpus_pages(corpus):
            try:
                article = newsclean.parse(_as_kind(raw, args.kind))
            except newsclean.ParseError:
                counts["refused"] += 1
                continue
            counts[article.page_type.value] += 1
            scored.append((article.article_score, name, article.page_type.value))
        total = sum(counts.values())
        share = counts["article"] / total if total else 0.0
        print(
            f"{corpus.name:<22}{total:>7}{counts['article']:>9}{counts['index']:>7}"
            f"{counts['other']:>7}{counts['refused']:>9}  {share:.3f}"
        )
        for score, name, page_type in sorted(scored)[: args.show]:
            print(f"    {score:.2f} {page_type:<8} {name}")
    if FIXTURES.is_dir():
        print("\nnon-article fixtures (expected: not article)")
        for dump in sorted(FIXTURES.glob("*.*")):
            if dump.suffix == ".json":
                continue
            try:
                article = newsclean.parse_file(dump)
                verdict = f"{article.page_type.value} {article.article_score:.2f}"
            except newsclean.ParseError as error:
                verdict = f"refused ({error.reason.value})"
            print(f"    {dump.name:<40} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
