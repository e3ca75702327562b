"""Each fast path of the text path gives exactly what the plain form it replaced gives."""

from __future__ import annotations

from datetime import datetime

from newsclean.lexicon import GENERIC_LEXICON, Lexicon
from newsclean.text.lines import DATE, TEXT, Line, LineClassifier
from newsclean.text.prose import (
    MIN_FUNCTION_RATIO,
    RATIO_SAMPLE_CHARS,
    SETTLING_FUNCTION_WORDS,
    ProseMeter,
)

_TEXTS = [
    "0",
    "Friday 19 July 2024 - 21:40",
    "Moscow, Pyongyang Discuss Military Ties",
    "Story Code : 1148653",
    "Comment",
    "Featured Stories",
    "By Maha Hussaini",
    "The talks resumed on Friday in Geneva, the ministry said in a statement. " * 3,
]


def test_classify_all_is_classify_of_each_text() -> None:
    expected = [LineClassifier(GENERIC_LEXICON).classify(text) for text in _TEXTS]
    classifier = LineClassifier(GENERIC_LEXICON)
    # Twice: the memo empty, then holding every short text.
    assert classifier.classify_all(_TEXTS) == expected
    assert classifier.classify_all(_TEXTS * 2) == expected * 2


def test_lines_compare_and_hash_by_value_as_the_named_tuple_did() -> None:
    dated = Line("19 July 2024", DATE, datetime(2024, 7, 19))
    assert dated == Line("19 July 2024", DATE, date=datetime(2024, 7, 19))
    assert hash(dated) == hash(Line("19 July 2024", DATE, date=datetime(2024, 7, 19)))
    assert dated != Line("19 July 2024", TEXT)
    assert len({dated, Line("19 July 2024", DATE, datetime(2024, 7, 19))}) == 1
    assert repr(Line("Comment", TEXT)) == (
        "Line(text='Comment', kind=<LineKind.TEXT: 'text'>, date=None, date_has_time=False, "
        "code=None, author=None)"
    )


def test_settling_function_words_reach_the_least_share_of_any_sample() -> None:
    most_words = (RATIO_SAMPLE_CHARS + 1) // 2  # a letter and a separator each
    assert SETTLING_FUNCTION_WORDS / most_words >= MIN_FUNCTION_RATIO


_SAMPLES = [
    "The council voted on Friday to close the ferry landing, which had served the island "
    "for a hundred years, and to open a new one at the harbour a mile to the north of it.",
    "Kim underscored solidarity with Russia amid the special military operation in Ukraine "
    "and expressed support for the Russian Armed Forces waging a sacred war.",
    # Few function words, all in the opening: five of the sample's 150 words at most.
    "the the the the the " + "x " * 140 + "end.",
    "the the the the " + "x " * 142 + "end.",
    "Names: Ann Lee, Bo Chan, Cy Diaz, Di Eng, Ed Fox, Flo Gu, Gil Ho, Hal Ip, Ida Jo, "
    "Jan Ko, Kit Lu, Lea Ma, Mo Ng, Ned Oz, Oli Pa, Pia Qi.",
    "Putin’s talks with the North Korean leader yielded a treaty on comprehensive strategic "
    "partnership, which Moscow’s envoy called “a new era” for the two countries’ ties.",
    "ÉTAT D’URGENCE: le gouvernement a décidé de prolonger les mesures pour trois mois.",
    "İstanbul'da düzenlenen toplantıda bakan, yeni düzenlemenin yıl sonuna kadar yürürlüğe "
    "gireceğini söyledi.",
]


def test_the_opening_settles_the_share_as_the_whole_sample_would() -> None:
    for language in ("en", "fr", "tr", None):
        meter = ProseMeter(language)
        for text in _SAMPLES:
            whole = meter._function_ratio(text, ends=False)  # the whole sample, always
            ratio = meter._function_ratio(text, ends=True)
            if ratio == MIN_FUNCTION_RATIO and whole != MIN_FUNCTION_RATIO:
                assert whole is None or whole >= MIN_FUNCTION_RATIO, (language, text)
            else:
                assert ratio == whole, (language, text)


def test_equal_lexicons_hash_alike() -> None:
    first = GENERIC_LEXICON.extend(Lexicon(id_labels=("Story Code",), datelines=("X - ",)))
    second = GENERIC_LEXICON.extend(Lexicon(id_labels=("Story Code",), datelines=("X - ",)))
    assert first == second and hash(first) == hash(second)
    assert first != GENERIC_LEXICON.extend(Lexicon(id_labels=("News ID",)))
