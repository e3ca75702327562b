"""Cheap checks that spare `newsclean.text.headline` a regex search: they never change a result."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.text.headline import _BREADCRUMB, _BREADCRUMB_MARKS, _CREDIT

# `_CREDIT` as written before its lookahead was added.
_CREDIT_PLAIN = re.compile(
    r"\b(?:Foto|Fotos|Photo|Photos|Bild|Image|Images|Getty|Reuters|AFP|dpa|AP Photo|Imago|"
    r"Shutterstock|Credit|Copyright|Symbolbild|Symbolfoto|Archivbild|Archivfoto|Bildmontage|"
    r"Fotomontage|arkivbild|arkivfoto|archiefbeeld|archieffoto)\b|©|사진|写真|图片",
    re.I,
)
# Texts of the patterns' words in any case, next to letters that fold to theirs ("ı", "ſ",
# "K" the Kelvin sign), marks and spaces.
_TOKENS = (
    "Foto PHOTO dpa ap_photo Getty imAGE ArchiefBeeld Home Start © 사진 写真 图片 ı İ ſ \u212a x 1"
)
_TEXTS = st.lists(
    st.sampled_from([*(token.replace("_", " ") for token in _TOKENS.split()), *" />»›«."]),
    max_size=12,
).map("".join)


def test_credit_lookahead_holds_every_alternatives_first_character() -> None:
    lookahead, words = re.fullmatch(
        r"\(\?=(\[[^]]+\])\)\(\?:\\b\(\?:([^)]+)\).*", _CREDIT.pattern
    ).groups()
    for alternative in [*words.split("|"), "©", "사진", "写真", "图片"]:
        assert re.match(lookahead, alternative, re.I), alternative


@given(_TEXTS)
def test_credit_lookahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    found, plain = _CREDIT.search(text), _CREDIT_PLAIN.search(text)
    assert (found and found.span()) == (plain and plain.span())


@given(_TEXTS)
def test_a_breadcrumb_holds_one_of_the_marks(text: str) -> None:
    if _BREADCRUMB.search(text) is not None:
        assert any(mark in text for mark in _BREADCRUMB_MARKS)
