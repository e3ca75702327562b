"""Cheap checks that spare `newsclean.text.headline` and `newsclean.text.prose` a regex search:
they never change a result."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.text.prose import _PHOTO_CREDIT, _credit_at
from newsclean.text.title_shape import _BREADCRUMB, _BREADCRUMB_MARKS, _CREDIT

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


# One text per alternative of `_PHOTO_CREDIT`, in the order the pattern lists them.
_PHOTO_CREDIT_SAMPLES = (
    *(f"{word} by Jan Novak" for word in ("Foto", "Photo", "Bild", "Image", "Picture", "Kuva")),
    *(f"{word}: Jan Novak" for word in ("Fotos", "Photos", "Bilder", "Images", "Billede")),
    *(f"{word}: Jan Novak" for word in ("Photograph", "Bildrechte")),
    *(f"{word}© Jan Novak" for word in ("Imagen", "Immagine", "Fotografía", "Credit")),
    "Crowds (Photo Jan Novak)",
    "Crowds (Image Jan Novak)",
    "Crowds (Foto Jan Novak)",
    "© dpa",
    "Crowds at the harbour Getty Images",
    "Crowds Shutterstock",
    "Crowds Imago",
    "Crowds picture alliance",
    "Crowds at the harbour. Jan Novak/AP",
    "Crowds at the harbour. Jan Novak / Reuters)",
    "Crowds. Jan Novak/AFP",
    "Crowds. Jan Novak/dpa",
    "Crowds. Jan Novak / Pool via Reuters",
)


def _case_variants(text: str) -> list[str]:
    """``text`` in the cases a dump writes, and with the letters re.I folds to "i", "s", "k"."""
    return [
        text,
        text.lower(),
        text.upper(),
        text.swapcase(),
        text.replace("i", "ı"),
        text.replace("i", "İ").replace("I", "İ"),
        text.replace("s", "ſ"),
        text.replace("k", "\u212a"),
    ]


def test_every_credit_alternative_has_a_sample() -> None:
    # The word lists ("\b(?:Foto|Fotos|...)"), the bracketed openings ("\(Photo") and the
    # agencies after a slash.
    pattern = _PHOTO_CREDIT.pattern
    words = [
        *"|".join(re.findall(r"\\b\(\?:([^)]+)\)", pattern)).split("|"),
        *(f"({word}" for word in re.findall(r"\\\((\w+)", pattern)),
        *(f"/{word}" for word in re.search(r"\(\?:(AP\|[^)]+)\)", pattern)[1].split("|")),
    ]
    assert len(words) > 20
    samples = " ".join(_PHOTO_CREDIT_SAMPLES).replace("/ ", "/")
    assert [word for word in words if word not in samples] == []


@pytest.mark.parametrize("sample", _PHOTO_CREDIT_SAMPLES)
def test_credit_precheck_passes_every_case_of_every_alternative(sample: str) -> None:
    for text in _case_variants(sample):
        assert _PHOTO_CREDIT.search(text) is not None, text
        assert _credit_at(text), text


_CREDIT_TOKENS = (
    "Foto PHOTO bild ImAgE picture alliance GETTY images shutterstock IMAGO credit by BY "
    "ımago İmago ſhutterstock ShutterstocK Jan AP Reuters via Pool x 1"
)
_CREDIT_TEXTS = st.lists(st.sampled_from([*_CREDIT_TOKENS.split(), *" :/()©.,"]), max_size=10).map(
    "".join
)


@given(_CREDIT_TEXTS)
def test_credit_precheck_agrees_with_the_credit_pattern(text: str) -> None:
    assert _credit_at(text) == (_PHOTO_CREDIT.search(text) is not None)
