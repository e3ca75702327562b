"""newsclean: raw scraped news page dumps (saved HTML or plain text) to clean, typed records.

>>> import newsclean
>>> article = newsclean.parse_file("fixtures/islamtimes/en_article_2024_seed.txt")
>>> article.headline
'Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties'
>>> article.story_code, len(article.body), len(article.related)
('1148653', 5, 12)
"""

from newsclean.batch import BatchError, BatchReport, clean_dir, to_dataframe
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
