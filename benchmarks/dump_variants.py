#!/usr/bin/env python3
"""Do the agency and News Studio fixtures still parse right when the dump is written differently?

Usage: python benchmarks/dump_variants.py [--fixtures DIR ...] [--show N]

Issue 12's real dumps differ from a clean copy in ways the issue lists: Persian and Urdu text
without ZWNJ (or with a space where it stood), NBSP on short header and separator lines,
Windows line ends, stray spaces, a dump cut off mid-word, and excerpts that hold only the
article's text. Every text fixture whose expected record names a body is rewritten each of
those ways, and the parse of the variant is compared with what the variant should give:

- ``no_zwnj`` / ``zwnj_space``: the same record, with ZWNJ dropped (or a space) in its text;
- ``nbsp_short_lines`` / ``narrow_nbsp_short_lines``: spaces of lines under 40 characters as
  NBSP (or the narrow U+202F); the same record, with those read as spaces;
- ``crlf`` and ``trailing_spaces``: the same record;
- ``cut_off``: the dump ends in the middle of the last paragraph's last-but-one word; headline,
  date, code and lead unchanged, every paragraph but the last unchanged;
- ``body_only``: only the article's paragraphs are left (from the lead to the last paragraph);
  no headline, the first paragraph as lead and ``body[0]``, the paragraphs unchanged;
  ``body_only_no_dateline`` the same without the agency's dateline, ``body_only_cut_off`` cut;
- ``glued_body``: paragraphs that end on a sentence run straight into the next; the same record;
- ``without_code_line``: the story-code line left out; the same record with no code;
- ``without_date_lines``: the header's date lines left out; the same record, whatever date.

Prints each variant's pass share and the first failures (``--show``). A rule tuned to one
fixture's exact bytes shows up here as a failure of its variants; nothing here is scored against
held-out pages, so a high figure is a floor check, not a promise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newsclean import parse  # noqa: E402
from newsclean.dates import parse_date_line  # noqa: E402
from newsclean.errors import ParseError  # noqa: E402
from newsclean.testing import expected_path, find_fixtures  # noqa: E402

ZWNJ = "\u200c"
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
SHORT_LINE = 40
HEADER_FIELDS = ("headline", "published", "story_code", "lead")
SAME_RECORD_FIELDS = ("headline", "published", "story_code", "lead", "body")
# Expected where a field may or may not be found once a line is gone: a date elsewhere in the
# dump (a sidebar's, a footer's), a bare story number that only a date beside it made a code.
_ANY = object()

Record = dict[str, Any]
# A variant: the rewritten dump and the record it should give, or None where it does not apply.
Variant = Callable[[str, Record], tuple[str, Record] | None]


def _map_text(record: Record, change: Callable[[str], str]) -> Record:
    """The record with ``change`` applied to the text fields a rewrite touches."""
    mapped = dict(record)
    for key in ("headline", "lead"):
        if isinstance(record.get(key), str):
            mapped[key] = change(record[key])
    mapped["body"] = [change(paragraph) for paragraph in record.get("body") or []]
    return mapped


def no_zwnj(text: str, record: Record) -> tuple[str, Record] | None:
    if ZWNJ not in text:
        return None
    return text.replace(ZWNJ, ""), _map_text(record, lambda value: value.replace(ZWNJ, ""))


def zwnj_space(text: str, record: Record) -> tuple[str, Record] | None:
    if ZWNJ not in text:
        return None
    return text.replace(ZWNJ, " "), _map_text(record, lambda value: value.replace(ZWNJ, " "))


def _spaces_of_short_lines(space: str) -> Variant:
    def rewrite(text: str, record: Record) -> tuple[str, Record] | None:
        lines = text.split("\n")
        changed = [line.replace(" ", space) if len(line) < SHORT_LINE else line for line in lines]
        if changed == lines:
            return None
        return "\n".join(changed), record

    return rewrite


def crlf(text: str, record: Record) -> tuple[str, Record] | None:
    return text.replace("\n", "\r\n"), record


def trailing_spaces(text: str, record: Record) -> tuple[str, Record] | None:
    return "\n".join(line + "  " if line else line for line in text.split("\n")), record


def cut_off(text: str, record: Record) -> tuple[str, Record] | None:
    body = record.get("body") or []
    if len(body) < 3:
        return None
    last = body[-1]
    at = text.rfind(last)
    words = last.split(" ")
    if at < 0 or len(words) < 4:
        return None
    kept_words = " ".join(words[:-2])
    cut = kept_words + " " + words[-2][: max(1, len(words[-2]) // 2)]
    kept = text[:at]
    # A field printed only below the last paragraph (a footer's story code) is cut off with it.
    expected = {
        key: value
        for key in HEADER_FIELDS
        if (value := record.get(key)) is None or key != "story_code" or value in kept
    } | {"body_but_last": body[:-1]}
    return kept + cut, expected


def body_only(text: str, record: Record) -> tuple[str, Record] | None:
    body = record.get("body") or []
    if len(body) < 2 or not record.get("headline"):
        return None
    start = text.find(body[0])
    end = text.find(body[-1])
    if start < 0 or end < start:
        return None
    excerpt = text[start : end + len(body[-1])]
    if any(paragraph not in excerpt for paragraph in body):
        return None
    return excerpt, {"headline": None, "lead": body[0], "body": body}


# An agency dateline before a lead: a name of a few words, then a dash, colon or Urdu stop.
_DATELINE = re.compile(r"^.{2,60}(?: [-–—ـ] |: |۔ ?)")
# Where a scraper glues paragraphs, a sentence end runs into the next paragraph's first letter.
_SENTENCE_END = tuple('.!?۔؟"”»')


def body_only_no_dateline(text: str, record: Record) -> tuple[str, Record] | None:
    made = body_only(text, record)
    if made is None:
        return None
    excerpt, expected = made
    body = expected["body"]
    match = _DATELINE.match(body[0])
    if match is None or len(body[0]) - match.end() < 60:
        return None
    first = body[0][match.end() :]
    return excerpt.replace(body[0], first, 1), expected | {
        "lead": first,
        "body": [first, *body[1:]],
    }


def body_only_cut_off(text: str, record: Record) -> tuple[str, Record] | None:
    made = body_only(text, record)
    if made is None or len(record["body"]) < 3:
        return None
    excerpt, _ = made
    cut = cut_off(excerpt, record)
    if cut is None:
        return None
    body = record["body"]
    return cut[0], {"headline": None, "lead": body[0], "body_but_last": body[:-1]}


def glued_body(text: str, record: Record) -> tuple[str, Record] | None:
    body = record.get("body") or []
    glued = text
    for before, after in itertools.pairwise(body):
        if not before.endswith(_SENTENCE_END) or not after[:1].isalpha():
            continue
        joint = before + "\n"
        at = glued.find(joint)
        if at < 0:
            continue
        rest = glued[at + len(joint) :]
        if rest.lstrip().startswith(after):
            glued = glued[:at] + before + rest.lstrip()
    if glued == text:
        return None
    return glued, {key: record.get(key) for key in SAME_RECORD_FIELDS}


def without_code_line(text: str, record: Record) -> tuple[str, Record] | None:
    code = record.get("story_code")
    if not code:
        return None
    lines = text.split("\n")
    kept = [line for line in lines if not (code in line and len(line) < SHORT_LINE)]
    if len(kept) == len(lines) or code in "\n".join(kept):
        return None
    expected = {key: record.get(key) for key in SAME_RECORD_FIELDS} | {"story_code": None}
    return "\n".join(kept), expected


def without_date_lines(text: str, record: Record) -> tuple[str, Record] | None:
    body = record.get("body") or []
    if not record.get("published") or not body:
        return None
    header_end = text.find(body[0])
    if header_end < 0:
        return None
    lines = text[:header_end].split("\n")
    kept = [line for line in lines if parse_date_line(line.strip()) is None]
    if len(kept) == len(lines):
        return None
    expected = {key: record.get(key) for key in SAME_RECORD_FIELDS} | {"published": _ANY}
    if record.get("story_code") in (line.strip() for line in lines):
        # A bare number is a story code only beside a date (else a counter or a view count).
        expected["story_code"] = _ANY
    return "\n".join(kept) + text[header_end:], expected


VARIANTS: dict[str, Variant] = {
    "no_zwnj": no_zwnj,
    "zwnj_space": zwnj_space,
    "nbsp_short_lines": _spaces_of_short_lines(NBSP),
    "narrow_nbsp_short_lines": _spaces_of_short_lines(NARROW_NBSP),
    "crlf": crlf,
    "trailing_spaces": trailing_spaces,
    "cut_off": cut_off,
    "body_only": body_only,
    "body_only_no_dateline": body_only_no_dateline,
    "body_only_cut_off": body_only_cut_off,
    "glued_body": glued_body,
    "without_code_line": without_code_line,
    "without_date_lines": without_date_lines,
}
SAME_RECORD_VARIANTS = (
    "no_zwnj",
    "zwnj_space",
    "nbsp_short_lines",
    "narrow_nbsp_short_lines",
    "crlf",
    "trailing_spaces",
)


@dataclass
class Outcome:
    fixture: str
    variant: str
    differences: list[str]


def _actual(text: str) -> Record:
    try:
        return parse(text.encode("utf-8")).model_dump(mode="json")
    except ParseError as error:
        return {"error": error.reason.value}


def _normalise(value: Any) -> Any:
    """NBSP as a space: a variant's NBSP may survive in a field where the clean copy had a space."""
    if isinstance(value, str):
        return value.replace(NBSP, " ").replace(NARROW_NBSP, " ")
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    return value


def _describe(key: str, want: Any, got: Any) -> str:
    if isinstance(want, list) and isinstance(got, list):
        index = next(
            (i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b),
            min(len(want), len(got)),
        )
        want_item = want[index] if index < len(want) else "(none)"
        got_item = got[index] if index < len(got) else "(none)"
        return f"{key}[{index}] of {len(want)}/{len(got)}: want {want_item[:80]!r}, got {got_item[:80]!r}"
    return f"{key}: want {str(want)[:80]!r}, got {str(got)[:80]!r}"


def compare(expected: Record, actual: Record) -> list[str]:
    if "error" in actual:
        return [f"refused: {actual['error']}"]
    differences = []
    for key, want in expected.items():
        if key == "body_but_last":
            got = (actual.get("body") or [])[: len(want)]
        elif key in SAME_RECORD_FIELDS:
            got = actual.get(key)
        else:
            continue
        if want is _ANY:
            continue
        got, want = _normalise(got), _normalise(want)
        if got != want:
            differences.append(_describe(key, want, got))
    return differences


def run(fixture_dirs: list[Path]) -> list[Outcome]:
    outcomes = []
    for directory in fixture_dirs:
        for path in find_fixtures(directory):
            if not path.name.endswith(".txt"):
                continue
            record = json.loads(expected_path(path).read_text(encoding="utf-8"))
            if "error" in record or not record.get("body"):
                continue
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                continue
            for name, variant in VARIANTS.items():
                made = variant(text, record)
                if made is None:
                    continue
                dump, expected = made
                if name in SAME_RECORD_VARIANTS:
                    expected = {key: expected.get(key) for key in SAME_RECORD_FIELDS}
                outcomes.append(Outcome(path.name, name, compare(expected, _actual(dump))))
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fixtures",
        type=Path,
        action="append",
        help="fixture directories (default: fixtures/agencies and fixtures/islamtimes)",
    )
    parser.add_argument("--show", type=int, default=20, help="failures to print")
    args = parser.parse_args()
    directories = args.fixtures or [
        REPO / "fixtures" / "agencies",
        REPO / "fixtures" / "islamtimes",
    ]
    outcomes = run(directories)
    print(f"{'variant':<24} {'dumps':>6} {'right':>6} {'share':>6}")
    for name in VARIANTS:
        rows = [outcome for outcome in outcomes if outcome.variant == name]
        if rows:
            right = sum(not outcome.differences for outcome in rows)
            print(f"{name:<24} {len(rows):>6} {right:>6} {right / len(rows):>6.3f}")
    total_right = sum(not outcome.differences for outcome in outcomes)
    print(
        f"{'all':<24} {len(outcomes):>6} {total_right:>6} {total_right / max(1, len(outcomes)):>6.3f}"
    )
    failures = [outcome for outcome in outcomes if outcome.differences]
    for outcome in failures[: args.show]:
        print(f"\n{outcome.variant} {outcome.fixture}")
        for difference in outcome.differences:
            print(f"  {difference}")


if __name__ == "__main__":
    main()
