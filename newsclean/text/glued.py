"""Paragraphs a scraper ran together: ``…the group said.The head of…``, ``…"wherever they
are.""To our people…``, ``…بیان کیا۔اس موقع…``.

A page's text taken without separators (``get_text()`` with no joiner) glues each
paragraph's last sentence to the next one's first letter. In written text a sentence end is
followed by a space; where it runs straight into a capital letter, an opening quote, or
(in Arabic script, which has no capitals) the next word, a paragraph boundary was lost.

Not split: abbreviations and initials (``U.S.``, ``J.R.R.``: the letter before the dot is a
capital), lower-case runs (``a.s.``, ``e.g.``, domains and e-mail addresses: no capital
follows), decimals and times (digits around the dot), ``(ع)`` (no dot).

>>> split_glued(["The group said.The head of the delegation will travel on Sunday."])
(['The group said.', 'The head of the delegation will travel on Sunday.'], 1)
>>> split_glued(['"We are ready," he said, "wherever they are.""To our people I say this."'])
(['"We are ready," he said, "wherever they are."', '"To our people I say this."'], 1)
>>> split_glued(["Talks in the U.S. resumed at 10.30 a.m. at example.com, said J.R. Stone."])
(['Talks in the U.S. resumed at 10.30 a.m. at example.com, said J.R. Stone.'], 0)
>>> split_glued(["انہوں نے یہ بیان کیا۔اس موقع پر وزیر نے کہا۔"])
(['انہوں نے یہ بیان کیا۔', 'اس موقع پر وزیر نے کہا۔'], 1)
"""

from __future__ import annotations

import re

# A sentence end glued to the next sentence's start. Before the mark: a lower-case letter,
# a letter of a script without case, a closing bracket or a percent sign (not a capital:
# an abbreviation or initial). After it, optional closing quotes, then an opening quote or a
# capital letter, or (Arabic script) a letter straight after the mark.
_GLUED = re.compile(
    r"(?<=[a-zß-öø-ÿа-яё\u0370-\u03ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f)\]%])"
    r"([.!?؟۔।]['\"’”»]*?)"
    r"(?=[\"“«„]?[A-ZÀ-ÖØ-ÞА-ЯЁ]|[\"“«„][^\W\d_]|(?<=[۔؟])[\u0600-\u06ff]|(?<=[.!?])[\u0621-\u064a\u067e-\u06d3])"
)
# A glued piece is a sentence, not a fragment: both sides keep this many characters.
_MIN_PIECE_CHARS = 12


def split_glued(paragraphs: list[str]) -> tuple[list[str], int]:
    """``paragraphs`` with glued ones split back, and how many boundaries were restored."""
    result: list[str] = []
    restored = 0
    for paragraph in paragraphs:
        pieces = _pieces(paragraph) if len(paragraph) >= 2 * _MIN_PIECE_CHARS else [paragraph]
        restored += len(pieces) - 1
        result.extend(pieces)
    return result, restored


def _pieces(paragraph: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _GLUED.finditer(paragraph):
        end = match.end(1)
        if end - start < _MIN_PIECE_CHARS or len(paragraph) - end < _MIN_PIECE_CHARS:
            continue
        pieces.append(paragraph[start:end].strip())
        start = end
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]
