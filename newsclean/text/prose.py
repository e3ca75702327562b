"""How much a dump line reads like article prose: the weight the article-block finder sums.

A paragraph is long, built of sentences and dense in the language's function words; menu
items, section labels, teaser titles and link lists are short, unpunctuated or (when a
menu is printed several times) repeated. Lengths count CJK characters as several Latin
ones, since Chinese and Japanese write a word in one to three characters without spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsclean.language import function_words

# CJK ideographs, kana and hangul syllables carry a word's worth of meaning in 1-3 characters.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_WEIGHT = 3
_WORD = re.compile(r"[^\W\d_]+")
# A sentence ends at one of these, followed by a space, a closing quote or the line's end.
_SENTENCE_MARK = re.compile(r"[.!?…۔؟。！？](?:[\"'”’»)\]]*)(?:\s|$)|[。！？]")
_SENTENCE_END = tuple(".!?…۔؟。！？:;\"”’'»)")

# Photo credits: "Foto: KCNA/Reuters", "(Photo by X/AP)", "Image: Getty Images", "© dpa".
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:Foto|Fotos|Photo|Photos|Bild|Bilder|Image|Images|Picture|Kuva|Billede|Imagen|"
    r"Immagine|Fotografía|Credit)\s*(?:by\s|:|©)|\(Photo|\(Image|\(Foto|©\s*\w|"
    r"\b(?:Getty Images|Shutterstock|Imago|picture alliance)\b|/\s*(?:AP|AFP|Reuters|dpa)\)?\s*$)",
    re.I,
)
MAX_CAPTION_CHARS = 400
CAPTION_COST = -25.0
# Line weights (in weighted characters). Long sentence-shaped text counts its length;
# short furniture a fixed cost, so that a run of menu items outweighs a stray paragraph.
PARAGRAPH_CHARS = 80
SHORT_SENTENCE_CHARS = 30
FURNITURE_COST = -25.0
REPEATED_COST = -40.0
INTERLEAVED_REPEATS = 5
INTERLEAVED_COST = -5.0
# Function words per word in prose: about 0.3-0.5 in most languages; link lists near 0.
MIN_FUNCTION_RATIO = 0.03
PROSE_FUNCTION_RATIO = 0.15
MIN_WORDS_FOR_RATIO = 8


def weighted_length(text: str) -> int:
    """Length with CJK characters counted CJK_WEIGHT times.

    >>> weighted_length("abc"), weighted_length("東京都")
    (3, 9)
    """
    if text.isascii():
        return len(text)
    return len(text) + (CJK_WEIGHT - 1) * len(_CJK.findall(text))


def has_cjk(text: str) -> bool:
    """True when ``text`` holds Chinese, Japanese or Korean characters."""
    return not text.isascii() and _CJK.search(text) is not None


def ends_sentence(text: str) -> bool:
    return text.endswith(_SENTENCE_END)


def sentence_count(text: str) -> int:
    return len(_SENTENCE_MARK.findall(text))


@dataclass(frozen=True)
class LineShape:
    """What the block finder needs to know about one text line, computed once."""

    length: int
    sentences: int
    ends_sentence: bool
    function_ratio: float | None
    # Carries a photo credit ("Foto: dpa", "(Image: Getty)"): a caption, not body text.
    credited: bool = False

    @property
    def prose_like(self) -> bool:
        """Reads as running text: sentence-shaped and, where measurable, dense in function words."""
        if self.function_ratio is not None and self.function_ratio < MIN_FUNCTION_RATIO:
            return False
        return self.ends_sentence or self.sentences >= 1


@dataclass(eq=False)
class ProseMeter:
    """Weighs lines for one language; memoises shapes (dumps of a site repeat their lines)."""

    language: str | None
    _words: frozenset[str] = field(init=False)
    _memo: dict[str, LineShape] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._words = function_words(self.language)

    def shape(self, text: str) -> LineShape:
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) > 65536:
                self._memo.clear()
            found = self._memo[text] = self._shape(text)
        return found

    def _shape(self, text: str) -> LineShape:
        ratio = None
        if self._words:
            words = _WORD.findall(text.casefold())
            if len(words) >= MIN_WORDS_FOR_RATIO:
                ratio = sum(1 for word in words if word in self._words) / len(words)
        credited = len(text) < MAX_CAPTION_CHARS and _PHOTO_CREDIT.search(text) is not None
        return LineShape(
            weighted_length(text), sentence_count(text), ends_sentence(text), ratio, credited
        )

    def weight(self, text: str, repeats: int) -> float:
        """Positive for paragraph-like lines, negative for furniture."""
        shape = self.shape(text)
        if shape.credited:
            return CAPTION_COST
        if repeats >= INTERLEAVED_REPEATS and shape.length < 200:
            # One label printed all through the page ("Advertisement", "Article content"):
            # it stands between paragraphs as often as between menus, so it tells nothing.
            return INTERLEAVED_COST
        if repeats > 1 and shape.length < 200:
            return REPEATED_COST
        if shape.length >= PARAGRAPH_CHARS:
            ratio = shape.function_ratio
            if shape.ends_sentence or shape.sentences:
                # Sentences without a single function word are rare in prose (title lists).
                return (
                    float(shape.length)
                    if ratio is None or ratio >= MIN_FUNCTION_RATIO
                    else (0.3 * shape.length)
                )
            if ratio is not None and ratio >= PROSE_FUNCTION_RATIO:
                return 0.3 * shape.length  # a paragraph that lost its final stop
            if ratio is not None and ratio < MIN_FUNCTION_RATIO:
                return -0.5 * shape.length  # names or links run together
            return 0.0
        if shape.length >= SHORT_SENTENCE_CHARS and shape.ends_sentence and shape.prose_like:
            return 0.5 * shape.length
        return FURNITURE_COST
