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
# capital letter, or (Arabic script; Devanagari and Bengali after a danda) a letter straight after it.
# The pattern opens with the mark itself (and looks back past it) so that the regex engine
# skips ahead to marks instead of trying a look-behind at every character.
_GLUED = re.compile(
    r"([.!?؟۔।](?<=[a-zß-öø-ÿа-яё\u0370-\u03ff\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff)\]%].)"
    r"['\"’”»]*?)"
    r"(?=[\"“«„]?[A-ZÀ-ÖØ-ÞА-ЯЁ]|[\"“«„][^\W\d_]|(?<=[۔؟])[\u0600-\u06ff]|(?<=[.!?])[\u0621-\u064a\u067e-\u06d3]|(?<=।)[\u0900-\u09ff])"
)
# A glued piece is a sentence, not a fragment: both sides keep this many characters.
_MIN_PIECE_CHARS = 12


# One pattern per mark, each opening with the mark as a literal: the regex engine then jumps
# from mark to mark in C. The full pattern (or any character class) makes it look at every
# character, at about twenty nanoseconds each, and most texts have nothing to split; it is
# tried only where a mark is followed by something other than white space.
_MARK_FOLLOWED = tuple(re.compile(re.escape(mark) + r"\S") for mark in ".!?")
_NON_ASCII_MARK_FOLLOWED = tuple(re.compile(mark + r"\S") for mark in "؟۔।")


def split_glued(paragraphs: list[str]) -> tuple[list[str], int]:
    """``paragraphs`` with glued ones split back, and how many boundaries were restored."""
    joined = "\n".join(paragraphs)
    patterns = _MARK_FOLLOWED if joined.isascii() else _MARK_FOLLOWED + _NON_ASCII_MARK_FOLLOWED
    cuts: list[int] = []
    for pattern in patterns:
        for mark in pattern.finditer(joined):
            glued = _GLUED.match(joined, mark.start())
            if glued is not None:
                cuts.append(glued.end(1))
    cuts.sort()
    if not cuts:
        return paragraphs, 0
    result: list[str] = []
    restored = 0
    start = 0
    index = 0
    for paragraph in paragraphs:
        end = start + len(paragraph)
        local = []
        while index < len(cuts) and cuts[index] <= end:
            local.append(cuts[index] - start)
            index += 1
        pieces = _split_at(paragraph, local) if local else [paragraph]
        restored += len(pieces) - 1
        result.extend(pieces)
        start = end + 1  # the joining newline
    return result, restored


def _split_at(paragraph: str, cuts: list[int]) -> list[str]:
    """``paragraph`` cut at ``cuts`` where both sides keep a sentence's length."""
    pieces: list[str] = []
    start = 0
    for end in cuts:
        if end - start < _MIN_PIECE_CHARS or len(paragraph) - end < _MIN_PIECE_CHARS:
            continue
        pieces.append(paragraph[start:end].strip())
        start = end
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]
