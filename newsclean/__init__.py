"""newsclean: raw scraped news page dumps (saved HTML or plain text) to clean, typed records.

>>> import newsclean
>>> article = newsclean.parse_file("fixtures/islamtimes/en_article_2024_seed.txt")
>>> article.headline
'Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties'
>>> article.story_code, len(article.body), len(article.related)
('1148653', 5, 12)
"""

from typing import TYPE_CHECKING, Any

from newsclean.errors import ParseError, ParseErrorReason
from newsclean.models import Article, DumpKind, Problem, RelatedStory, Section, Source
from newsclean.pipeline import parse, parse_file

__all__ = [
    "Article",
    "BatchError",
    "BatchReport",
    "DumpKind",
    "ParseError",
    "ParseErrorReason",
    "Problem",
    "RelatedStory",
    "Section",
    "Source",
    "clean_dir",
    "parse",
    "parse_file",
    "to_dataframe",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsclean.batch import BatchError, BatchReport, clean_dir, to_dataframe

# The batch machinery (process pool, journal, writers) loads on first use: parsing one dump
# should not pay for it at import.
_BATCH_NAMES = frozenset({"BatchError", "BatchReport", "clean_dir", "to_dataframe"})


def __getattr__(name: str) -> Any:
    if name in _BATCH_NAMES:
        import newsclean.batch

        return getattr(newsclean.batch, name)
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
