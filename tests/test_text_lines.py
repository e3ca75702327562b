"""How a text dump is cut into lines: odd spaces read the same wherever they stand.

Whether a dump's spaces were folded must not depend on something elsewhere in the dump: a
double space in one paragraph used to switch on the folding of every other odd space, so
the same article came out two ways with or without a trailing space somewhere.
"""

from __future__ import annotations

import pytest

from newsclean.text.lines import split_lines


@pytest.mark.parametrize("elsewhere", ["", "  ", "\t"])
def test_a_line_of_only_a_zero_width_space_is_blank(elsewhere: str) -> None:
    text = f"Headline\n\u200b\nFirst para\u200bgraph.{elsewhere}\n"
    assert split_lines(text) == ["Headline", "First paragraph."]


@pytest.mark.parametrize("elsewhere", ["", "  ", "\t"])
@pytest.mark.parametrize("space", ["\xa0", "\u202f", "\u2009", "\u2002", "\u2003"])
def test_no_break_and_thin_spaces_read_as_spaces(space: str, elsewhere: str) -> None:
    text = f"Story{space}Code{space}: 1148653\nFirst paragraph.{elsewhere}\n"
    assert split_lines(text) == ["Story Code : 1148653", "First paragraph."]


def test_the_ideographic_space_of_a_headline_is_kept() -> None:
    text = "円相場、一時1ドル＝155円台に\u3000約3カ月ぶりの円安水準\n本文  です。\n"
    assert split_lines(text)[0] == "円相場、一時1ドル＝155円台に\u3000約3カ月ぶりの円安水準"
