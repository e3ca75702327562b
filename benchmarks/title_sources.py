#!/usr/bin/env python3
"""Which of a page's title fields the ground truth follows, and what fixed rules can score.

Usage:
    python benchmarks/title_sources.py ../shared/corpus/fundus-dev             # HTML pages
    python benchmarks/title_sources.py RENDERED_DIR --kind text                # text dumps
    python benchmarks/title_sources.py ../shared/corpus/fundus-dev --pages     # every page

HTML mode reads each page's five title fields the way newsclean does (``<h1>``, the
schema.org headline, ``og:title``, ``twitter:title``, ``<title>``; site-name suffixes cut
by the same rules), compares each with the expected title (the same normalisation as
``benchmarks/accuracy.py``), and prints:

- how often each field equals the expected title, and how often any field does (the
  ceiling of every rule that picks one field);
- the score of fixed field orders and of a majority vote, beside newsclean's own choice;
- the pages where ``<h1>`` and the schema.org headline agree and OpenGraph says something
  else, split by which side the expected title follows. When both sides are common, no
  rule that reads only these fields gets both groups right.

Text mode asks where the expected title sits in ``dump.txt``: a whole line, inside a
longer line, or nowhere (no line picker can find those).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsclean import ParseError, parse  # noqa: E402
from newsclean.decoding import decode_dump  # noqa: E402
from newsclean.evaluation import normalize_title  # noqa: E402
from newsclean.html.page import TitleSources, read_page_parts  # noqa: E402
from newsclean.html.title import strip_site_name  # noqa: E402
from newsclean.html.tree import parse_tree  # noqa: E402
from newsclean.limits import DEFAULT_MAX_BYTES  # noqa: E402

FIELDS = TitleSources._fields
Policy = Callable[[dict[str, str]], str]


def _pages(corpus: Path, file_name: str) -> list[Path]:
    pages = sorted(p for p in corpus.iterdir() if (p / file_name).is_file())
    if not pages:
        # --kind text reads rendered dumps, not the corpus's HTML pages.
        hint = " (render them first: see the README)" if file_name == "dump.txt" else ""
        raise SystemExit(f"no page folder under {corpus} holds a {file_name}{hint}")
    return pages


def _expected_title(page: Path) -> str:
    return normalize_title(json.loads((page / "expected.json").read_text("utf-8")).get("title"))


def html_fields(raw: bytes) -> dict[str, str]:
    """Each title field present on the page, site names cut, normalised."""
    text = decode_dump(raw, max_bytes=DEFAULT_MAX_BYTES).text
    parts = read_page_parts(parse_tree(text))
    names = parts.names_to_strip()
    fields = {}
    for name, value in parts.titles._asdict().items():
        if value:
            fields[name] = normalize_title(strip_site_name(value, names))
    return fields


def _first_of(order: tuple[str, ...]) -> Policy:
    def pick(fields: dict[str, str]) -> str:
        return next((fields[name] for name in order if name in fields), "")

    return pick


def _majority(fields: dict[str, str]) -> str:
    # Ties go to the field named first in FIELDS order (Counter keeps insertion order).
    votes = Counter(fields[name] for name in FIELDS if name in fields)
    return votes.most_common(1)[0][0] if votes else ""


POLICIES: dict[str, Policy] = {
    "og > jsonld > h1": _first_of(("og", "jsonld", "h1", "twitter", "document")),
    "jsonld > og > h1": _first_of(("jsonld", "og", "h1", "twitter", "document")),
    "h1 > jsonld > og": _first_of(("h1", "jsonld", "og", "twitter", "document")),
    "jsonld > h1 > og": _first_of(("jsonld", "h1", "og", "twitter", "document")),
    "majority of the five": _majority,
}


def html_report(corpus: Path, list_pages: bool) -> None:
    pages = _pages(corpus, "page.html.gz")
    field_hits: Counter[str] = Counter()
    policy_hits: Counter[str] = Counter()
    any_hit = newsclean_hits = 0
    follows: dict[str, list[str]] = {"og": [], "h1 = jsonld": [], "neither": []}
    for page in pages:
        raw = gzip.decompress((page / "page.html.gz").read_bytes())
        expected = _expected_title(page)
        fields = html_fields(raw)
        matching = [name for name, value in fields.items() if value == expected]
        field_hits.update(matching)
        any_hit += bool(matching)
        for name, policy in POLICIES.items():
            policy_hits[name] += policy(fields) == expected
        try:
            chosen = normalize_title(parse(raw).headline)
        except ParseError:
            chosen = ""
        newsclean_hits += chosen == expected
        h1, headline, og = fields.get("h1"), fields.get("jsonld"), fields.get("og")
        if h1 and h1 == headline and og and og != h1:
            side = "og" if og == expected else "h1 = jsonld" if h1 == expected else "neither"
            follows[side].append(page.name)
        if list_pages:
            mark = "ok " if chosen == expected else "BAD"
            print(f"{mark} {page.name:32} fields equal to the expected title: {matching}")
    total = len(pages)
    print(f"{total} pages, html mode, {corpus}\n")
    print("field equal to the expected title     pages   share")
    for name in FIELDS:
        print(f"  {name:35} {field_hits[name]:5}   {field_hits[name] / total:.3f}")
    print(f"  {'any of them (ceiling)':35} {any_hit:5}   {any_hit / total:.3f}\n")
    print("rule                                  pages   share")
    for name in POLICIES:
        print(f"  {name:35} {policy_hits[name]:5}   {policy_hits[name] / total:.3f}")
    print(f"  {'newsclean (html/title.py)':35} {newsclean_hits:5}   {newsclean_hits / total:.3f}\n")
    contested = sum(len(names) for names in follows.values())
    print(f"pages where <h1> = JSON-LD headline != og:title: {contested}")
    for side, names in follows.items():
        print(f"  expected follows {side:12} {len(names):3}  {' '.join(names)}")


def text_report(corpus: Path, list_pages: bool) -> None:
    pages = _pages(corpus, "dump.txt")
    places: Counter[str] = Counter()
    for page in pages:
        expected = _expected_title(page)
        lines = [
            normalize_title(line)
            for line in (page / "dump.txt").read_text("utf-8", "replace").splitlines()
        ]
        if expected and expected in lines:
            place = "a whole line"
        elif expected and any(expected in line for line in lines):
            place = "inside a longer line"
        else:
            place = "nowhere"
        places[place] += 1
        if list_pages and place != "a whole line":
            print(f"{place:22} {page.name}")
    total = len(pages)
    print(f"{total} dumps, text mode, {corpus}\n")
    print("the expected title is                 pages   share")
    for place in ("a whole line", "inside a longer line", "nowhere"):
        print(f"  {place:35} {places[place]:5}   {places[place] / total:.3f}")
    reachable = places["a whole line"] + places["inside a longer line"]
    print(f"  {'ceiling of a line picker':35} {reachable:5}   {reachable / total:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--kind", choices=("html", "text"), default="html")
    parser.add_argument("--pages", action="store_true", help="a line per page")
    args = parser.parse_args(argv)
    if args.kind == "html":
        html_report(args.corpus, args.pages)
    else:
        text_report(args.corpus, args.pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
