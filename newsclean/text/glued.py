"""Paragraphs a scraper ran together: ``…the group said.The head of…``, ``…"wherever they
are.""To our people…``, ``…بیان کیا۔اس موقع…``.

A page's text taken without separators (``get_text()`` with no joiner) glues each
paragraph's last sentence to the next one's first letter. In written text a sentence end is
followed by a space; where it runs straight into a capital letter, an opening quote, or
(in Arabic script, which has no capitals) the next word, a paragraph boundary was lost.

Not split: abbreviations and initials (``U.S.``, ``J.R.R.``: the letter before the dot is a
capital), lower-case runs (``a.s.``, ``e.g.``, domains and e-mail addresses: no capital
follows), decimals and times (digits around the dot), German ordinals (``10.Oktober``: one
or two digits before the dot), ``(ع)`` (no dot). A year or count ends a sentence like a word
(``in late 2017.Speaker``).

>>> split_glued(["The group said.The head of the delegation will travel on Sunday."])
(['The group said.', 'The head of the delegation will travel on Sunday.'], 1)
>>> split_glued(['"We are ready," he said, "wherever they are.""To our people I say this."'])
(['"We are ready," he said, "wherever they are."', '"To our people I say this."'], 1)
>>> split_glued(["The bill was drafted in late 2017.Speaker Halbousi backs it. Am 10.Oktober."])
(['The bill was drafted in late 2017.', 'Speaker Halbousi backs it. Am 10.Oktober.'], 1)
>>> split_glued(["Talks in the U.S. resumed at 10.30 a.m. at example.com, said J.R. Stone."])
(['Talks in the U.S. resumed at 10.30 a.m. at example.com, said J.R. Stone.'], 0)
>>> split_glued(["انہوں نے یہ بیان کیا۔اس موقع پر وزیر نے کہا۔"])
(['انہوں نے یہ بیان کیا۔', 'اس موقع پر وزیر نے کہا۔'], 1)
"""

from __future__ import annotations

import re

# A sentence end glued to the next sentence's start. Before the mark: a lower-case letter
# in any script, a letter of a script without case, a closing bracket, quote or percent
# sign (not a capital: an abbreviation or initial; `_ends_sentence_before` checks that).
# After it, optional closing quotes, then an opening quote or a capital letter, or (Arabic
# script; Devanagari and Bengali after a danda) a letter straight after it.
# The pattern opens with the mark itself (and looks back past it) so that the regex engine
# skips ahead to marks instead of trying a look-behind at every character.
_GLUED = re.compile(
    # (Devanagari and Bengali words end on vowel signs, which \w does not match.)
    r"([.!?؟۔।](?<=[\w\u0900-\u09ff)\]%\"'’”»].)"
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
            if glued is not None and _ends_sentence_before(joined, mark.start()):
                cuts.append(_past_closing_quote(joined, glued.end(1)))
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


def _ends_sentence_before(text: str, mark: int) -> bool:
    """Whether the mark at ``mark`` can end a sentence: not after a capital (an initial or an
    abbreviation, "U.S."), "_", or a number of one or two digits (German ordinals: "10.Oktober",
    "3.Liga") or one inside a dotted number ("1.000.Die", "10.0.0.1"). A sentence can end on a
    year or a count ("in late 2017.Speaker", "to 611.Iran's")."""
    char = text[mark - 1]
    if char.isupper() or char == "_":
        return False
    if not char.isdigit():
        return True
    start = mark - 1
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return mark - start >= 3 and text[start - 1 : start] != "."


def _past_closing_quote(text: str, cut: int) -> int:
    """``cut``, or past the straight quote at it when that quote closes one opened before in
    the paragraph ('… "We will win!"The crowd …'): an odd count of quotes before it."""
    if text[cut : cut + 1] != '"':
        return cut
    start = text.rfind("\n", 0, cut) + 1
    return cut + 1 if text.count('"', start, cut) % 2 else cut


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
