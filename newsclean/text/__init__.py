"""The text-dump path: lines, their classification, the article and its sidebar."""

from newsclean.text.article import extract_text

__all__ = ["extract_text"]
