"""Character folding shared by label, id and date matching.

Persian pages are written with Persian yeh/keheh (ی ک) or, on older systems and in
windows-1256 files, Arabic yeh/kaf (ي ك); Arabic writers drop or keep hamza seats. Matching
folds both spellings to one, one character for one, so match positions stay valid.
"""

from __future__ import annotations

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
ARABIC_SCRIPT_FOLD = str.maketrans(
    {"ي": "ی", "ك": "ک", "ى": "ی", "أ": "ا", "إ": "ا", "آ": "ا", "ۀ": "ه"}
)
_TO_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})
_TO_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک"})


def spelling_variants(text: str) -> tuple[str, ...]:
    """``text`` as written, with Arabic yeh/kaf, and with Persian yeh/keheh.

    >>> spelling_variants("کد مطلب")
    ('کد مطلب', 'كد مطلب')
    """
    return tuple(
        dict.fromkeys(
            (text, text.translate(_TO_ARABIC_LETTERS), text.translate(_TO_PERSIAN_LETTERS))
        )
    )


def with_spelling_variants(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Every text of ``texts`` in each of its spellings, order kept, no repeats."""
    return tuple(dict.fromkeys(variant for text in texts for variant in spelling_variants(text)))
