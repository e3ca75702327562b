"""newsclean: raw scraped news page dumps (saved HTML or plain text) to clean, typed records.

>>> import newsclean
>>> article = newsclean.parse_file("fixtures/islamtimes/en_article_2024_seed.txt")
>>> article.headline
'Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties'
>>> article.story_code, len(article.body), len(article.related)
('1148653', 5, 12)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

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
    from newsclean.errors import ParseError, ParseErrorReason
    from newsclean.models import Article, DumpKind, Problem, RelatedStory, Section, Source
    from newsclean.pipeline import parse, parse_file

# Every public name loads on first use: `import newsclean` stays cheap, so the command line
# can start its worker processes (which import the parser themselves) before this process
# has imported pydantic; and parsing one dump does not pay for the batch machinery.
_HOMES = {
    "ParseError": "newsclean.errors",
    "ParseErrorReason": "newsclean.errors",
    "Article": "newsclean.models",
    "DumpKind": "newsclean.models",
    "Problem": "newsclean.models",
    "RelatedStory": "newsclean.models",
    "Section": "newsclean.models",
    "Source": "newsclean.models",
    "parse": "newsclean.pipeline",
    "parse_file": "newsclean.pipeline",
    "BatchError": "newsclean.batch",
    "BatchReport": "newsclean.batch",
    "clean_dir": "newsclean.batch",
    "to_dataframe": "newsclean.batch",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # found once, then a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
