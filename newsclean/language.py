"""Cheap language identification from script and function words (no model, no network).

Good enough to pick month names and label lexicons; not a general language identifier.
"""

from __future__ import annotations

import re
from collections import Counter

_URDU_LETTERS = frozenset("ےۓٹڈڑںھ")
_PERSIAN_LETTERS = frozenset("پچژگ")
_ARABIC_ONLY = frozenset("ةىإأ")
_WORD = re.compile(r"[^\W\d_]+")

# The commonest function words of each Latin/Cyrillic-script language we meet in news.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "was",
            "as",
            "by",
            "at",
            "from",
            "it",
            "his",
            "said",
        ]
    ),
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ini",
            "itu",
            "dengan",
            "untuk",
            "dari",
            "dalam",
            "tidak",
            "akan",
            "pada",
            "juga",
            "ke",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "den",
            "nicht",
            "ist",
            "von",
            "sich",
            "mit",
            "dem",
            "auch",
            "für",
            "ein",
            "eine",
            "im",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "de",
            "des",
            "et",
            "est",
            "une",
            "un",
            "du",
            "pour",
            "dans",
            "que",
            "qui",
            "sur",
            "pas",
            "au",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "y",
            "que",
            "en",
            "del",
            "por",
            "con",
            "una",
            "para",
            "se",
            "un",
            "su",
            "al",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "la",
            "per",
            "non",
            "una",
            "sono",
            "del",
            "della",
            "gli",
            "con",
            "le",
            "è",
            "nel",
            "alla",
        ]
    ),
    "pt": frozenset(
        [
            "de",
            "que",
            "não",
            "os",
            "as",
            "um",
            "uma",
            "para",
            "com",
            "por",
            "mais",
            "do",
            "da",
            "dos",
            "em",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "van",
            "en",
            "dat",
            "is",
            "op",
            "zijn",
            "niet",
            "met",
            "voor",
            "ook",
            "aan",
        ]
    ),
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "da",
            "de",
            "için",
            "ile",
            "olarak",
            "olan",
            "gibi",
            "daha",
            "çok",
            "ama",
        ]
    ),
    "no": frozenset(
        ["og", "i", "det", "som", "en", "på", "er", "av", "til", "med", "for", "ikke", "har", "seg"]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "det",
            "som",
            "en",
            "på",
            "är",
            "av",
            "för",
            "med",
            "inte",
            "har",
            "till",
            "den",
        ]
    ),
    "da": frozenset(
        [
            "og",
            "at",
            "det",
            "som",
            "en",
            "på",
            "er",
            "af",
            "til",
            "med",
            "for",
            "ikke",
            "har",
            "den",
        ]
    ),
    "pl": frozenset(
        ["nie", "się", "na", "jest", "że", "do", "to", "w", "z", "jak", "po", "przez", "oraz"]
    ),
    "ru": frozenset(
        ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "его", "но"]
    ),
    "uk": frozenset(
        ["і", "в", "не", "на", "що", "з", "та", "як", "це", "до", "від", "його", "але"]
    ),
}


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little to tell.

    >>> detect_language("The minister said on Friday that the talks were over.")
    'en'
    >>> detect_language("اسلام ٹائمز۔ امریکہ نے کہا ہے کہ وہ ایران کے ساتھ مذاکرات")
    'ur'
    """
    sample = text[:3000]
    scripts: Counter[str] = Counter()
    for ch in sample:
        code = ord(ch)
        if code < 0x250:
            if ch.isalpha():
                scripts["latin"] += 1
        elif 0x600 <= code <= 0x6FF or 0xFB50 <= code <= 0xFEFF:
            scripts["arabic"] += 1
        elif 0x3040 <= code <= 0x30FF:
            scripts["kana"] += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            scripts["hangul"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            scripts["han"] += 1
        elif 0x400 <= code <= 0x4FF:
            scripts["cyrillic"] += 1
        elif 0x370 <= code <= 0x3FF:
            scripts["greek"] += 1
        elif 0x590 <= code <= 0x5FF:
            scripts["hebrew"] += 1
        elif 0xE00 <= code <= 0xE7F:
            scripts["thai"] += 1
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if script == "arabic":
        return _arabic_script_language(sample)
    if script in {"han", "kana"}:
        return "ja" if scripts["kana"] > count * 0.05 or script == "kana" else "zh"
    simple = {"hangul": "ko", "greek": "el", "hebrew": "he", "thai": "th"}
    if script in simple:
        return simple[script]
    return _by_function_words(sample, script)


def _arabic_script_language(sample: str) -> str:
    urdu = sum(1 for ch in sample if ch in _URDU_LETTERS)
    persian = sum(1 for ch in sample if ch in _PERSIAN_LETTERS)
    arabic = sum(1 for ch in sample if ch in _ARABIC_ONLY)
    if urdu >= 3 and urdu * 3 >= persian:
        return "ur"
    if persian > arabic * 0.3 or ("ی" in sample and arabic == 0):
        return "fa"
    return "ar"


def _by_function_words(sample: str, script: str) -> str | None:
    words = [word.casefold() for word in _WORD.findall(sample)]
    if not words:
        return None
    candidates = (
        ("ru", "uk")
        if script == "cyrillic"
        else tuple(lang for lang in _FUNCTION_WORDS if lang not in {"ru", "uk"})
    )
    scores = {
        lang: sum(1 for word in words if word in _FUNCTION_WORDS[lang]) for lang in candidates
    }
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return "ru" if script == "cyrillic" else None
    return best
