#!/usr/bin/env python3
"""Does a text-path rule help pages it was not written from? Scores per corpus and publisher.

Usage (from the repository root, with ../shared present):
    python benchmarks/text_generalisation.py                       # the rules as they stand
    python benchmarks/text_generalisation.py --ablate               # each cost/bonus set to 0
    python benchmarks/text_generalisation.py --ablate --only headline.DECK_COST
    python benchmarks/text_generalisation.py --ablate-authors       # each author fallback off
    python benchmarks/text_generalisation.py --save now.json        # per-page results
    python benchmarks/text_generalisation.py --compare now.json     # pages that moved since

Each HTML page of ``fundus-dev``, ``readability-dev`` and ``trafilatura-dev`` is rendered to the
text a browser shows (``../shared/tools/render_text_dump.py``, cached under ``--cache``) and
parsed as a text dump. Title, day and authors are scored as ``scoreboard.py --kind text`` does.

The split is by corpus: the text rules were written from fundus-dev pages, so readability-dev
and trafilatura-dev are publishers they never saw (and fundus-dev is macro-averaged over its
publishers too, so a publisher with three pages counts once). ``--ablate`` sets each named
score term of ``newsclean.text.headline`` to 0, one at a time, and prints the change on every
corpus: a term that only lifts fundus-dev is fitted to the pages it was written from.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent.parent / "shared"
if not SHARED.exists():
    SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(SHARED / "tools"))

import newsclean  # noqa: E402
from newsclean.text import header as header_rules  # noqa: E402
from newsclean.text import headline as headline_rules  # noqa: E402

CORPORA = ("fundus-dev", "readability-dev", "trafilatura-dev")
FIELDS = ("title", "day", "authors")
# The score terms of the headline picker: each a cost or bonus a rule adds to a candidate line.
ABLATABLE = (
    "STANDFIRST_BONUS",
    "DATED_LINE_COST",
    "DECK_COST",
    "BELOW_HEADER_COST",
    "OVERLAP_WEIGHT",
    "NO_OVERLAP_COST",
)
# The author fallbacks of `newsclean.text.header.read_header`, tried in turn when the header
# holds no byline: each a reader of one place a page may print its authors, by its name in
# `header`'s namespace (most are imported there), which is where the ablation replaces it.
AUTHOR_FALLBACKS = (
    "_agency_source",
    "names_beside_date",
    "names_over_job_titles",
    "names_in_author_box",
    "reporter_signoff",
    "author_bio",
    "signature",
    "agency_credit",
)
_TRAILING_NUMBER = re.compile(r"_\d+$")


def _norm(text: str | None) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "").replace("\u200c", " ")
    return " ".join(text.split()).casefold()


def _day(value: object) -> str | None:
    return None if value is None else (str(value)[:10] or None)


def _set_f1(true: list[str], pred: list[str]) -> float:
    a, b = {_norm(x) for x in true if x}, {_norm(x) for x in pred if x}
    if not a and not b:
        return 1.0
    hits = len(a & b)
    if not hits:
        return 0.0
    p, r = hits / len(b), hits / len(a)
    return 2 * p * r / (p + r)


def _publishers(corpus: Path) -> dict[str, str]:
    """Folder -> publisher key: the manifest's publisher or site key, else the folder."""
    keys: dict[str, str] = {}
    manifest = corpus / "MANIFEST.jsonl"
    if manifest.exists():
        for row in map(json.loads, manifest.read_text(encoding="utf-8").splitlines()):
            key = row.get("publisher") or row.get("key") or row["folder"]
            keys[row["folder"]] = f"{row.get('country', '')}_{key}"
    return keys


def rendered(cache: Path, name: str) -> Iterator[tuple[str, str, bytes, dict]]:
    """(page, publisher, text dump, truth) of one corpus, real pages only; renders once."""
    from render_text_dump import render

    corpus = SHARED / "corpus" / name
    keys = _publishers(corpus)
    synthetic = set()
    if (corpus / "MANIFEST.jsonl").exists():
        for row in map(json.loads, (corpus / "MANIFEST.jsonl").read_text().splitlines()):
            if row.get("synthetic"):
                synthetic.add(row["folder"])
    for page in sorted(corpus.iterdir()):
        if not (page / "page.html.gz").exists() or page.name in synthetic:
            continue
        dump = cache / name / f"{page.name}.txt"
        if not dump.exists():
            dump.parent.mkdir(parents=True, exist_ok=True)
            dump.write_text(render(gzip.decompress((page / "page.html.gz").read_bytes())), "utf-8")
        truth = json.loads((page / "expected.json").read_text(encoding="utf-8"))
        publisher = keys.get(page.name) or _TRAILING_NUMBER.sub("", page.name)
        yield page.name, publisher, dump.read_bytes(), truth


def score_page(data: bytes, truth: dict) -> dict[str, float]:
    try:
        art = newsclean.parse(data)
    except Exception:  # a refusal scores 0 on every field the truth has
        art = None
    out: dict[str, float] = {"error": float(art is None)}
    if truth.get("title"):
        out["title"] = float(art is not None and _norm(truth["title"]) == _norm(art.headline))
    if truth.get("published"):
        out["day"] = float(art is not None and _day(truth["published"]) == _day(art.published))
    if truth.get("authors"):
        out["authors"] = _set_f1(truth["authors"], list(art.authors) if art else [])
    return out


def run(pages: dict[str, list[tuple[str, str, bytes, dict]]]) -> dict[str, dict[str, dict]]:
    return {
        corpus: {
            page: {"publisher": pub, **score_page(data, truth)} for page, pub, data, truth in rows
        }
        for corpus, rows in pages.items()
    }


def summary(results: dict[str, dict[str, dict]]) -> dict[str, dict[str, float]]:
    """Per corpus and field: the page mean and the publisher (macro) mean."""
    table: dict[str, dict[str, float]] = {}
    for corpus, pages in results.items():
        row: dict[str, float] = {
            "pages": len(pages),
            "errors": sum(p["error"] for p in pages.values()),
        }
        for field in FIELDS:
            by_pub: dict[str, list[float]] = defaultdict(list)
            for p in pages.values():
                if field in p:
                    by_pub[p["publisher"]].append(p[field])
            if by_pub:
                row[field] = statistics.mean(v for vs in by_pub.values() for v in vs)
                row[f"{field}/pub"] = statistics.mean(statistics.mean(vs) for vs in by_pub.values())
        table[corpus] = row
    return table


def _print(
    table: dict[str, dict[str, float]], base: dict[str, dict[str, float]] | None = None
) -> None:
    cols = [f for f in FIELDS] + [f"{f}/pub" for f in FIELDS]
    print(f"{'corpus':18}{'pages':>6}{'err':>5}" + "".join(f"{c:>13}" for c in cols))
    for corpus, row in table.items():
        cells = []
        for c in cols:
            if c not in row:
                cells.append(f"{'':>13}")
            elif base:
                cells.append(f"{row[c] - base[corpus].get(c, 0):>+13.3f}")
            else:
                cells.append(f"{row[c]:>13.3f}")
        print(f"{corpus:18}{row['pages']:>6.0f}{row['errors']:>5.0f}" + "".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsclean-rendered"))
    ap.add_argument("--corpus", action="append", choices=CORPORA)
    ap.add_argument("--ablate", action="store_true", help="set each headline score term to 0")
    ap.add_argument("--ablate-authors", action="store_true", help="skip each author fallback")
    ap.add_argument("--only", action="append", default=[], help="headline.NAME to ablate")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--compare", type=Path, help="list pages whose fields moved since --save")
    a = ap.parse_args()
    if not (SHARED / "corpus").exists():
        print(f"no corpus at {SHARED / 'corpus'}: nothing to score")
        return 1
    pages = {c: list(rendered(a.cache, c)) for c in (a.corpus or CORPORA)}
    results = run(pages)
    base = summary(results)
    _print(base)
    if a.save:
        a.save.write_text(json.dumps(results, indent=0))
    if a.compare:
        old = json.loads(a.compare.read_text())
        for corpus, rows in results.items():
            for page, now in rows.items():
                was = old.get(corpus, {}).get(page)
                if was is None:
                    continue
                moved = [
                    f"{f} {was.get(f, 0):.2f}->{now[f]:.2f}"
                    for f in FIELDS
                    if f in now and now[f] != was.get(f)
                ]
                if moved:
                    print(f"  {corpus:16} {page:40} {'; '.join(moved)}")
    if a.ablate:
        names = [n.split(".", 1)[1] for n in a.only] or list(ABLATABLE)
        print("\nablation (score term set to 0; the change on each corpus):")
        for name in names:
            kept = getattr(headline_rules, name)
            setattr(headline_rules, name, 0.0)
            try:
                print(f"-- headline.{name} (was {kept})")
                _print(summary(run(pages)), base)
            finally:
                setattr(headline_rules, name, kept)
    if a.ablate_authors:
        print("\nauthor fallbacks (each skipped in turn; the change on each corpus):")
        for name in AUTHOR_FALLBACKS:
            kept = getattr(header_rules, name)
            setattr(header_rules, name, lambda *args, **kwargs: [])
            try:
                print(f"-- header.{name}")
                _print(summary(run(pages)), base)
            finally:
                setattr(header_rules, name, kept)
    return 0


if __name__ == "__main__":
    sys.exit(main())
