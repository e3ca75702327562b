"""Corpus-learned template noise: lines that recur across many text dumps of one site.

Menus, footers and labels a profile does not know repeat, word for word, in most dumps of a
site; article text does not. A first pass over a sample counts, per site profile, in how many
dumps each short line appears; lines found in at least ``min_share`` of a site's sampled
dumps (and at least ``min_dumps`` of them) are template. Lines that cannot be template are
never learned: dates and ids (data, even when shared by one day's pages), and lines printed
twice in a row (a sidebar's titles: alt text then link), because a story featured everywhere
is still a headline on its own page.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsclean.batch.settings import FileSettings
from newsclean.decoding import decode_dump
from newsclean.errors import ParseError
from newsclean.lexicon import fold_label
from newsclean.models import DumpKind
from newsclean.profiles import detect_profile, get_profile
from newsclean.profiles.base import SiteProfile
from newsclean.sniff import dump_kind
from newsclean.text.article import MAX_TEMPLATE_CHARS
from newsclean.text.lines import LineClassifier, LineKind
from newsclean.titles import same_title


@dataclass(frozen=True)
class TemplateRules:
    sample_size: int = 400
    min_dumps: int = 20
    min_share: float = 0.6
    seed: int = 0


def sample_paths(paths: Iterable[str], size: int, seed: int = 0) -> list[str]:
    """A uniform sample of ``size`` paths in one streaming pass (reservoir), in path order."""
    rng = random.Random(seed)
    reservoir: list[tuple[int, str]] = []
    for index, path in enumerate(paths):
        if index < size:
            reservoir.append((index, path))
            continue
        slot = rng.randrange(index + 1)
        if slot < size:
            reservoir[slot] = (index, path)
    return [path for _, path in sorted(reservoir)]


class TemplateEvidence(NamedTuple):
    """What one sampled dump says about its site's template: its candidate lines, and lines
    it shows can never be template."""

    site: str
    candidates: frozenset[str]
    excluded: frozenset[str]


def template_evidence(path: str, settings: FileSettings) -> TemplateEvidence | None:
    """The evidence of one text dump (None for HTML and unreadable files).

    Has the per-file task's signature, so a batch run gathers evidence in its worker pool and
    its main process never loads what classifying lines needs (dateparser's language data).
    """
    found = _read_text_dump(path, settings.max_bytes)
    if found is None:
        return None
    text, profile = found
    if settings.site:  # a forced profile: learn under the name the parse will look up
        profile = get_profile(settings.site)
    candidates, excluded = _candidate_lines(text, profile)
    return TemplateEvidence(profile.name, frozenset(candidates), frozenset(excluded))


def learn_from_evidence(
    evidence: Iterable[object], rules: TemplateRules = TemplateRules()
) -> dict[str, frozenset[str]]:
    """Folded template lines per site profile name; items that are not evidence are ignored."""
    dumps_per_site: Counter[str] = Counter()
    line_counts: dict[str, Counter[str]] = defaultdict(Counter)
    never_template: dict[str, set[str]] = defaultdict(set)
    for item in evidence:
        if not isinstance(item, TemplateEvidence):
            continue  # a dump that could not be read, or a worker that failed on it
        dumps_per_site[item.site] += 1
        line_counts[item.site].update(item.candidates)
        never_template[item.site] |= item.excluded
    learned: dict[str, frozenset[str]] = {}
    for site, dumps in dumps_per_site.items():
        if dumps < rules.min_dumps:
            continue
        threshold = max(rules.min_dumps, rules.min_share * dumps)
        lines = frozenset(
            line
            for line, count in line_counts[site].items()
            if count >= threshold and line not in never_template[site]
        )
        if lines:
            learned[site] = lines
    return learned


def learn_template_lines(
    sample: Iterable[str], *, max_bytes: int, rules: TemplateRules = TemplateRules()
) -> dict[str, frozenset[str]]:
    """Folded template lines per site profile name, learned in this process from ``sample``."""
    settings = FileSettings(max_bytes=max_bytes)
    return learn_from_evidence((template_evidence(path, settings) for path in sample), rules)


def _read_text_dump(path: str, max_bytes: int) -> tuple[str, SiteProfile] | None:
    file_path = Path(path)
    try:
        if file_path.stat().st_size > max_bytes:
            return None
        decoded = decode_dump(file_path.read_bytes(), max_bytes=max_bytes)
    except (OSError, ParseError):
        return None
    if dump_kind(decoded.text) is not DumpKind.TEXT:
        return None
    return decoded.text, detect_profile(decoded.text, html=False)


def _candidate_lines(text: str, profile: SiteProfile) -> tuple[set[str], set[str]]:
    """The folded short lines of one dump, and those that must never be learned."""
    classifier = LineClassifier(profile.lexicon)
    candidates: set[str] = set()
    excluded: set[str] = set()
    previous = ""
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line or len(line) > MAX_TEMPLATE_CHARS:
            previous = ""
            continue
        folded = fold_label(line)
        if not folded:
            continue
        if previous and same_title(previous, line):
            # A title printed twice (alt text, then link; the first copy maybe cut short).
            excluded.update((folded, fold_label(previous)))
            candidates.discard(fold_label(previous))
        elif classifier.classify(line).kind is not LineKind.TEXT:
            excluded.add(folded)
        else:
            candidates.add(folded)
        previous = line
    return candidates, excluded
