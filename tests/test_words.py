"""`newsclean.words.letter_words` gives the regex's letter runs, by whatever route."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.words import LETTER_RUNS, letter_words

# Letters, digits and marks of the scripts the fast routes treat specially: typography,
# Arabic-script stops and digits, the zero-width non-joiner, Unicode spaces, a combining
# mark, a superscript digit (a letter-run character that is not a letter), a lone surrogate.
_CHARS = "ab_1 .é’“—\xa0۔،؛؟\u200c۰٣کیяж東\u2009\u3000\u0301²\ud800"


@given(st.text(alphabet=_CHARS, max_size=40))
def test_letter_words_are_the_letter_runs(text: str) -> None:
    assert letter_words(text) == LETTER_RUNS.findall(text)


@given(st.text(max_size=40))
def test_letter_words_of_any_casefolded_text(text: str) -> None:
    folded = text.casefold()
    assert letter_words(folded) == LETTER_RUNS.findall(folded)
