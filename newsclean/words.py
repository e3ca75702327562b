"""Splitting casefolded text into its letter runs (words), fast; and how long a text reads.

Every paragraph of every dump is split into words a few times (function-word density,
language, content terms), so this is on the hot path. ``[^\\W\\d_]+`` is the definition;
for text that is ASCII once typographic punctuation is spaced out (most Latin text), a
byte translation table and ``bytes.split`` give the same words three times faster than the
regex does. Other text (Arabic, Persian, Urdu, Cyrillic, accented Latin) takes the same
route through UTF-8, keeping its non-ASCII characters, whenever all of those are letters.
"""

from __future__ import annotations

import re

# Runs of letters: the words of any script (CJK runs come whole). Devanagari and Bengali
# write vowels and conjuncts as combining marks, which are not letters to ``\w``: they stay
# in the word (the dandas U+0964-5 and the digits U+0966-F, U+09E6-F do not).
LETTER_RUNS = re.compile(r"(?:[^\W\d_]|[\u0900-\u0963\u0970-\u097f\u0980-\u09e3\u09f0-\u09ff])+")
# Typographic punctuation that makes Latin text non-ASCII; spaced out, most Latin text is ASCII.
_TYPOGRAPHY = "’‘“”—–…«»„‚·•\xa0"
# Lower-case ASCII letters stay, every other byte becomes a space (the text is casefolded).
_ASCII_LETTERS_ONLY = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))
# The same for UTF-8, keeping every byte of a non-ASCII character (none of them is an ASCII
# byte, so the characters stay whole).
_ASCII_NON_LETTERS_SPACED = bytes(
    byte if 0x61 <= byte <= 0x7A or byte >= 0x80 else 0x20 for byte in range(256)
)
# Arabic-script stops and commas and the Persian zero-width non-joiner: spaced out, most
# Arabic, Persian and Urdu text holds letters only.
_SCRIPT_MARKS = "۔،؛؟\u200c"


def _spaced_out(text: str, marks: str) -> str:
    for mark in marks:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def ascii_plain(folded: str) -> str | None:
    """``folded`` (casefolded) with typographic punctuation spaced out, if then ASCII."""
    if folded.isascii():
        return folded
    folded = _spaced_out(folded, _TYPOGRAPHY)
    return folded if folded.isascii() else None


def ascii_words(plain: str) -> list[str]:
    """The letter runs of casefolded ASCII text.

    >>> ascii_words("kim's 2nd visit--to x_y")
    ['kim', 's', 'nd', 'visit', 'to', 'x', 'y']
    """
    return plain.encode("ascii").translate(_ASCII_LETTERS_ONLY).decode("ascii").split()


def letter_words(folded: str) -> list[str]:
    """The letter runs of casefolded text: ``LETTER_RUNS.findall(folded)``, but fast.

    >>> letter_words("l’état, c’est moi"), letter_words("kim’s visit")
    (['l', 'état', 'c', 'est', 'moi'], ['kim', 's', 'visit'])
    >>> letter_words("İmam İstanbul'da".casefold())
    ['imam', 'istanbul', 'da']
    """
    if not folded.isascii():
        if "\u0307" in folded:
            # Turkish capital İ casefolds to "i" and a combining dot, which is no letter: the
            # dot would cut "İmam" into "i" and "mam" (and "i" is a Norwegian function word).
            folded = folded.replace("\u0307", "")
        folded = _spaced_out(folded, _TYPOGRAPHY)
        if not folded.isascii():
            return _non_ascii_words(_spaced_out(folded, _SCRIPT_MARKS))
    return ascii_words(folded)


def _non_ascii_words(folded: str) -> list[str]:
    # Runs of ASCII letters and non-ASCII characters, split also at Unicode spaces: the
    # letter runs when every character kept is a letter (the regex costs three times more).
    # ("surrogatepass": a lone surrogate, not a letter, goes on to the regex.)
    spaced = folded.encode("utf-8", "surrogatepass").translate(_ASCII_NON_LETTERS_SPACED)
    words = spaced.decode("utf-8", "surrogatepass").split()
    if "".join(words).isalpha():
        return words
    return LETTER_RUNS.findall(folded)


# Scripts written without spaces between words: Han ideographs, kana and their full-width
# punctuation. One such character carries about as much as three Latin letters (a word and
# its space), so a Japanese or Chinese paragraph measured in characters looks like a caption.
_WIDE_SCRIPT = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]")
_WIDE_WEIGHT = 3


def reading_length(text: str) -> int:
    """The length of ``text`` in Latin-letter equivalents: each character of a script
    written without spaces counts ``_WIDE_WEIGHT`` times, so the same thresholds serve every
    language."""
    if text.isascii():
        return len(text)
    return len(text) + (_WIDE_WEIGHT - 1) * len(_WIDE_SCRIPT.findall(text))
