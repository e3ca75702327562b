"""How much a dump line reads like article prose: the weight the article-block finder sums.

A paragraph is long, built of sentences and dense in the language's function words; menu
items, section labels, teaser titles and link lists are short, unpunctuated or (when a
menu is printed several times) repeated. Lengths count CJK characters as several Latin
ones, since Chinese and Japanese write a word in one to three characters without spaces.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from newsclean.language import function_words
from newsclean.memo import short_text_cache
from newsclean.words import letter_words

# CJK ideographs, kana and hangul syllables carry a word's worth of meaning in 1-3 characters.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_WEIGHT = 3
_CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
# A sentence ends at one of these, followed by a space, a closing quote or the line's end.
# Full stops of Latin, Arabic-script, CJK and Indic (danda) writing.
_SENTENCE_MARK = re.compile(r"[.!?…۔؟。！？।॥](?:[\"'”’“‘»«)\]]*)(?:\s|$)|[。！？]")
_SENTENCE_END = tuple(".!?…۔؟。！？।॥:;")
# Closing quotes and brackets after the final stop: 'He said "no."' ends a sentence,
# 'Trump Goes Off (VIDEO)' and a quoted title do not. German quotes close on “ and ‘
# („Nein.“), German book style on « (»Nein.«).
_CLOSERS = "\"”’“‘'»«)]」』"

# Photo credits: "Foto: KCNA/Reuters", "(Photo by X/AP)", "X / Pool via Reuters",
# "Image: Getty Images", "© dpa",
# "Bildrechte: MDR/Name" (German "image rights").
_AGENCY_END = r"/\s*(?:[\w ]*\bvia\s)?(?:AP|AFP|Reuters|dpa)\)?\s*$"
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:Foto|Fotos|Photo|Photos|Photograph|Bild|Bilder|Bildrechte|Image|Images|Picture|"
    r"Kuva|Billede|Imagen|Immagine|Fotografía|Credit)\s*(?:by\s|:|©)|\(Photo|\(Image|\(Foto|©\s*\w|"
    r"\b(?:Getty Images|Shutterstock|Imago|picture alliance)\b|" + _AGENCY_END + ")",
    re.I,
)
# The credit's one alternative without a word in it; opening on "/", it is found by a
# fast scan for that character, where the whole pattern is tried at every position.
_AGENCY_CREDIT = re.compile(_AGENCY_END, re.I)
# Every other alternative holds "©" or one of these words (lower-cased): "Imagen", "Images"
# and "Getty Images" hold "image", "Fotografía" "foto", "Photograph" "photo", "Bildrechte"
# "bild", "picture alliance" "picture".
# (A pattern of plain lower-case words opens on a set of first letters that sre scans for:
# several times faster than an `in` test per word.)
_CREDIT_WORD = re.compile(
    "foto|photo|bild|image|picture|kuva|billede|immagine|credit|getty|shutterstock|imago"
)
# The letters re.I matches to an ASCII letter that str.lower() does not lower to it, as
# str.lower() leaves them ("İ" lowers to "i" and a combining dot above).
_RE_I_LETTERS = (("i\u0307", "i"), ("ı", "i"), ("ſ", "s"))
# A line carrying a credit at one end is a caption up to this long; longer, a paragraph
# that names a photo or an agency.
MAX_CREDITED_LINE_CHARS = 400
MAX_CONTACT_LINE_CHARS = 200
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://")
CREDIT_HEAD_CHARS = 40
CREDIT_TAIL_CHARS = 80
CAPTION_COST = -25.0
# Line weights (in weighted characters). Long sentence-shaped text counts its length;
# short furniture a fixed cost, so that a run of menu items outweighs a stray paragraph.
PARAGRAPH_CHARS = 80
SHORT_SENTENCE_CHARS = 30
FURNITURE_COST = -25.0
REPEATED_COST = -40.0
INTERLEAVED_REPEATS = 5
INTERLEAVED_COST = -5.0
_REPEAT_COSTS = (FURNITURE_COST, REPEATED_COST, INTERLEAVED_COST)
# A line of code: a statement's or block's end, a comment, a tag, an assignment; not a
# template placeholder of a sign-in form ("{* firstName *}").
_CODE_LINE = re.compile(r"^(?!\{[*|])(?:.*(?:[;{}]$|</|=>| = )|//|/\*|<[a-zA-Z!/])")
CODE_COST = -5.0
# Function words per word in prose: about 0.3-0.5 in most languages; link lists near 0.
MIN_FUNCTION_RATIO = 0.03
PROSE_FUNCTION_RATIO = 0.15
MIN_WORDS_FOR_RATIO = 8
# A line with few function words and no final stop weighs as one this long at most.
LIST_LINE_CHARS = 300
RATIO_SAMPLE_CHARS = 300
# A sample folded to RATIO_SAMPLE_CHARS characters or fewer holds half as many words at
# most (a letter and a separator each): this many function words among them reach
# MIN_FUNCTION_RATIO, wherever the others stand. Prose shows them in its first characters.
SETTLING_FUNCTION_WORDS = 5
OPENING_SAMPLE_CHARS = 150


def weighted_length(text: str) -> int:
    """Length with CJK characters counted CJK_WEIGHT times.

    >>> weighted_length("abc"), weighted_length("東京都")
    (3, 9)
    """
    if text.isascii() or _CJK.search(text) is None:
        return len(text)
    return len(text) + (CJK_WEIGHT - 1) * len(_CJK.findall(text))


def _fold_re_i_letters(lowered: str) -> str:
    """Lower-cased text as re.I compares it: "İ" (lowered to "i" and a combining dot) and
    "ı" read as "i", "ſ" as "s" (str.lower() keeps them apart; the Kelvin sign it lowers
    to "k" itself)."""
    for letter, ascii_letter in _RE_I_LETTERS:
        lowered = lowered.replace(letter, ascii_letter)
    return lowered


def _credit_at(segment: str) -> bool:
    if "©" in segment:
        return _PHOTO_CREDIT.search(segment) is not None
    folded = segment.lower()
    if not folded.isascii() and ("ı" in folded or "ſ" in folded or "\u0307" in folded):
        folded = _fold_re_i_letters(folded)
    # Every other credit form holds ":", "/" or "(", or one of these words in some case;
    # most text holds none. Written out as `in` tests they cost a fraction of one regex
    # with the same alternatives (sre tries every alternative at every position) and far
    # less than the credit pattern itself.
    hinted = (
        ":" in segment
        or "/" in segment
        or "(" in segment
        or "by" in folded
        or "getty" in folded
        or "imago" in folded
        or "shutterstock" in folded
        or "alliance" in folded
    )
    if not hinted:
        return False
    # The full pattern costs about 10 µs on a paragraph's 80-character tail (re.I and an
    # alternation tried at every position); without a credit word only its "/AP" ending can
    # match, which the cheap pattern finds alone.
    if _CREDIT_WORD.search(folded) is not None:
        return _PHOTO_CREDIT.search(segment) is not None
    return "/" in segment and _AGENCY_CREDIT.search(segment) is not None


# "Jane Doe (L) meets John Roe": the agencies' captions say who stands where in the
# picture by a bracketed letter, which prose does not ("(left)" spelled out it may).
_POSITION = re.compile(r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|L-R|R-L|from\s+L)\)")
MAX_POSITIONED_CAPTION_CHARS = 300


# Memoised: credit lines are short and recur from one picture and one dump to the next,
# and the body's caption rules ask about the same line several times.
@short_text_cache()
def is_credited(text: str) -> bool:
    """A caption or credit line: a photo credit opens or closes it ("Foto: dpa", "(Image: Getty)"),
    or it places the people in the picture ("Jane Doe (L) meets John Roe").
    Only the ends are searched: paragraphs are long.

    >>> is_credited("Crowds at the harbour (Image: Getty)"), is_credited("He left at noon.")
    (True, False)
    >>> is_credited("The foreign minister (L) meets the UN secretary general in New York.")
    True
    """
    if len(text) >= MAX_CREDITED_LINE_CHARS:
        return False
    if _credit_at(text[:CREDIT_HEAD_CHARS]) or _credit_at(text[-CREDIT_TAIL_CHARS:]):
        return True
    return (
        "(" in text
        and len(text) < MAX_POSITIONED_CAPTION_CHARS
        and _POSITION.search(text) is not None
    )


def opens_on_credit(text: str) -> bool:
    """A credit line: the credit stands at its start ("Foto: dpa", "Jan Novak/AP"), not at
    the end of a caption."""
    return _credit_at(text[:CREDIT_HEAD_CHARS])


def has_cjk(text: str) -> bool:
    """True when ``text`` holds Chinese, Japanese or Korean characters."""
    return not text.isascii() and _CJK.search(text) is not None


def ends_sentence(text: str) -> bool:
    """
    >>> ends_sentence('He said: “We will stay.”'), ends_sentence("Trump Speaks (VIDEO)")
    (True, False)
    """
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def sentence_count(text: str) -> int:
    return len(_SENTENCE_MARK.findall(text))


def repeat_class(repeats: int) -> int:
    """0: printed once in its dump; 1: a few times (a menu, a teaser); 2: all through the page."""
    return 0 if repeats <= 1 else 1 if repeats < INTERLEAVED_REPEATS else 2


class LineShape(NamedTuple):
    """What the block finder needs to know about one text line, computed once (a tuple: cheap)."""

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


# Only lines up to this long repeat from one dump of a site to the next (menus, labels,
# teaser titles); memoising paragraphs grew every batch worker's memory with no hits.
MEMO_MAX_CHARS = 100
MEMO_LINES = 16384


# A line about cookies that also speaks of the website, the browser, consent or settings: a
# cookie notice, not a recipe or a rookie.
_COOKIE_CONTEXT = (
    r"web|site|browser|privacy|datenschutz|consent|zustimm|einwillig|akzept|accept|einstell|"
    r"setting|paramètr|tracking|analy|partner|navigat|utilis|usamos|utilizamos|verwenden|"
    r"nutzen|we use"
)
_COOKIE_WORD = r"(?<![a-z])cookies?(?![a-z])"
# ("Privatsphäre" is a sign only after the cookie word: the rule was measured so.)
_COOKIE_NOTICE = re.compile(
    rf"(?i){_COOKIE_WORD}.*?(?:privatsph|{_COOKIE_CONTEXT})|(?:{_COOKIE_CONTEXT}).*?{_COOKIE_WORD}"
)


@dataclass(eq=False)
class ProseMeter:
    """Weighs lines for one language; memoises shapes (dumps of a site repeat their lines)."""

    language: str | None
    _words: frozenset[str] = field(init=False)
    _memo: dict[str, LineShape] = field(default_factory=dict, repr=False)
    # A line's length: `weighted_length`, or plain `len` for a language written without CJK
    # characters (the same answer but for a quoted character, without a scan of each line).
    _length: Callable[[str], int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._words = function_words(self.language)
        known = self.language is not None and self.language[:2] not in _CJK_LANGUAGES
        self._length = len if known else weighted_length

    def shape(self, text: str) -> LineShape:
        if len(text) > MEMO_MAX_CHARS:
            return self._shape(text)
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) > MEMO_LINES:
                self._memo.clear()
            found = self._memo[text] = self._shape(text)
        return found

    def _shape(self, text: str) -> LineShape:
        # `is_credited`'s own first test, before its memo: a long paragraph (shaped once,
        # never remembered) is no credit line.
        credited = len(text) < MAX_CREDITED_LINE_CHARS and is_credited(text)
        ends = ends_sentence(text)
        # Only lines that do not end on a stop need their inner sentence marks counted.
        sentences = 1 if ends else sentence_count(text)
        ratio = self._function_ratio(text, ends) if self._words else None
        return LineShape(self._length(text), sentences, ends, ratio, credited)

    def _function_ratio(self, text: str, ends: bool) -> float | None:
        """The share of function words among the words of the line's sample, None when it
        has fewer than MIN_WORDS_FOR_RATIO words.

        Of a line that ends a sentence, `weight_in_class` only asks whether the share reaches
        MIN_FUNCTION_RATIO: SETTLING_FUNCTION_WORDS in the sample's opening answer that, and
        MIN_FUNCTION_RATIO stands for the share (splitting a paragraph's whole sample into
        words is the costly part of weighing it).
        """
        # A sample is enough to tell prose from a link list, and bounds the cost.
        folded = text[:RATIO_SAMPLE_CHARS].casefold()
        is_function_word = self._words.__contains__
        if ends and OPENING_SAMPLE_CHARS < len(folded) <= RATIO_SAMPLE_CHARS:
            # The opening's words, but for its last (which may be cut short), open the sample's.
            opening = letter_words(folded[:OPENING_SAMPLE_CHARS])[:-1]
            if sum(map(is_function_word, opening)) >= SETTLING_FUNCTION_WORDS:
                return MIN_FUNCTION_RATIO
        words = letter_words(folded)
        if len(words) < MIN_WORDS_FOR_RATIO:
            return None
        return sum(map(is_function_word, words)) / len(words)

    def weight(self, text: str, repeats: int) -> float:
        """Positive for paragraph-like lines, negative for furniture. (Not memoised: the
        dump's lines are weighed by `newsclean.text.layout.weigh_lines`, which memoises
        short lines' whole answer.)"""
        return self.weight_in_class(text, repeat_class(repeats))

    def weight_in_class(self, text: str, kind: int) -> float:
        """`weight` for a line of `repeat_class` ``kind``."""
        # Short lines are furniture whatever else they are: decided on length alone.
        if len(text) < SHORT_SENTENCE_CHARS and weighted_length(text) < SHORT_SENTENCE_CHARS:
            if _CODE_LINE.match(text) is not None:
                # A line of program code inside a tutorial: near neutral, so that the code
                # block does not end the article as a menu would.
                return CODE_COST
            return _REPEAT_COSTS[kind]
        shape = self.shape(text)
        if shape.credited:
            return CAPTION_COST
        if "ookie" in text and _COOKIE_NOTICE.search(text):
            # A cookie notice: its legal prose can outweigh a short article. Neutral rather
            # than furniture: one printed inside the article does not split it.
            return 0.0
        if (
            shape.length < MAX_CONTACT_LINE_CHARS
            and ("@" in text or "http" in text)
            and _CONTACT.search(text)
        ):
            return FURNITURE_COST  # an author's e-mail or a link line, not a paragraph
        if kind and shape.length < 200:
            # A label printed all through the page ("Advertisement", "Article content")
            # stands between paragraphs as often as between menus: near neutral. A line
            # printed a few times is a menu item or a teaser.
            return _REPEAT_COSTS[kind]
        if shape.length >= PARAGRAPH_CHARS:
            ratio = shape.function_ratio
            if shape.ends_sentence or shape.sentences:
                if not shape.ends_sentence and ratio is None and has_cjk(text):
                    # A CJK headline ("X！Y") marks a sentence inside and none at its end;
                    # a CJK paragraph ends on its stop.
                    return 0.3 * shape.length
                # Sentences without a single function word are rare in prose (title lists).
                if ratio is None or ratio >= PROSE_FUNCTION_RATIO:
                    return float(shape.length)
                if ratio >= MIN_FUNCTION_RATIO:
                    if shape.ends_sentence:
                        return float(shape.length)
                    # Few function words and no final stop: a list run together (a fan
                    # fiction page's 2,000 user names on one line) more likely than prose;
                    # its weight stops growing past a long paragraph's, or it outweighs
                    # the story above it.
                    return float(min(shape.length, LIST_LINE_CHARS))
                return 0.3 * shape.length
            if ratio is not None and ratio >= PROSE_FUNCTION_RATIO:
                return 0.3 * shape.length  # a paragraph that lost its final stop
            if ratio is not None and ratio < MIN_FUNCTION_RATIO:
                return -0.5 * shape.length  # names or links run together
            if ratio is None and has_cjk(text):
                # Long CJK text with no stop at all: a headline in a list of stories.
                return FURNITURE_COST
            return 0.0
        if shape.length >= SHORT_SENTENCE_CHARS and shape.ends_sentence and shape.prose_like:
            return 0.5 * shape.length
        return FURNITURE_COST
