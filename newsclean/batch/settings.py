"""The per-file settings every worker (local process or Dask task) parses with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from newsclean.limits import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class FileSettings:
    """Everything `clean_file` needs besides the path; small and picklable.

    ``template_lines`` are folded lines (`newsclean.lexicon.fold_label`) learned as site
    template noise, keyed by site profile name: each dump drops only its own site's lines.
    """

    site: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    dedup: bool = False
    template_lines: tuple[tuple[str, frozenset[str]], ...] = ()
    # JSON Lines exports: the field holding the page, and the one holding its address.
    jsonl_field: str | None = None
    url_field: str | None = "url"

    @cached_property
    def templates(self) -> Mapping[str, frozenset[str]]:
        """``template_lines`` as the mapping `newsclean.parse` takes, built once per worker."""
        return dict(self.template_lines)
