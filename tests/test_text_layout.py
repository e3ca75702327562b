"""Line weights of `newsclean.text.layout`: the copyright notice that ends an article."""

from __future__ import annotations

from newsclean.text.layout import _COPYRIGHT, _COPYRIGHT_WORDS, _is_copyright


def test_every_copyright_alternative_holds_a_pre_check_word() -> None:
    # `_is_copyright` runs the pattern only on lines holding one of the words: an
    # alternative without one would never match.
    for alternative in _COPYRIGHT.pattern.split("|"):
        assert any(word in alternative for word in _COPYRIGHT_WORDS), alternative


def test_copyright_notices_and_photo_credits() -> None:
    assert _is_copyright("© 2026 Daily Courier. All rights reserved.")
    assert _is_copyright("Alle Rechte vorbehalten")
    assert _is_copyright("Todos los derechos reservados")
    assert not _is_copyright("Jane Doe/Copyright 2026 The AP")
    assert not _is_copyright("The council said the ferry would close at the end of the month.")
