"""Each fast path of the text path gives exactly what the plain form it replaced gives."""

from __future__ import annotations

from datetime import datetime

from newsclean.lexicon import GENERIC_LEXICON
from newsclean.text.lines import DATE, TEXT, Line, LineClassifier

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
