"""Cheap language identification from script and function words (no model, no network).

Good enough to pick month names and label lexicons; not a general language identifier.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from newsclean.words import letter_words

_URDU_LETTERS = frozenset("ےۓٹڈڑںھ")
_PERSIAN_LETTERS = frozenset("پچژگ")
_ARABIC_ONLY = frozenset("ةىإأ")

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
    # Turkish, agglutinative, has few free function words: the commonest postpositions,
    # conjunctions and forms of "olmak" / "etmek" stand in for them (none that another
    # language here writes too: "en", "o", "ne", "ya", "her" would vote for Turkish).
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
            "ki",
            "kadar",
            "sonra",
            "göre",
            "ise",
            "veya",
            "değil",
            "olduğu",
            "olduğunu",
            "tarafından",
            "ancak",
            "diye",
            "etti",
            "eden",
            "dedi",
            "şu",
        ]
    ),
    # Azerbaijani, Turkish's neighbour: its own spellings of the same words ("və", "ilə",
    # "üçün"), and those the two share ("bu", "bir", "ki"), which Turkish text outvotes with
    # its own ("ve", "için", "ile").
    "az": frozenset(
        [
            *("və", "ilə", "üçün", "də", "isə", "görə", "ən", "həm", "amma", "kimi", "olaraq"),
            *("bu", "bir", "ki", "da", "daha", "sonra", "olan", "çox", "edib", "edir", "olub"),
            *("bildirib", "deyib", "qədər", "lakin", "həmçinin"),
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


# Runs of each script's letters (the sets are disjoint): a script's letter count is the
# runs' summed length, which costs half of finding its letters one by one.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]+")),
    ("arabic", re.compile(r"[\u0600-\u06ff\ufb50-\ufeff]+")),
    ("kana", re.compile(r"[\u3040-\u30ff]+")),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]+")),
    ("han", re.compile(r"[\u4e00-\u9fff]+")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]+")),
    ("greek", re.compile(r"[\u0370-\u03ff]+")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]+")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]+")),
    ("devanagari", re.compile(r"[\u0900-\u097f]+")),
    ("bengali", re.compile(r"[\u0980-\u09ff]+")),
)
# Han and kana are weighed against each other, so both are always counted.
_CJK_SCRIPTS = ("han", "kana")
# UTF-8 writes U+0600-U+06FF (the Arabic block) as two bytes led by 0xD8-0xDB, and no other
# character has those bytes (continuation bytes are 0x80-0xBF): what is left of the encoded
# text without every other byte value is one byte per letter of the block.
_NOT_ARABIC_BLOCK_LEADS = bytes(byte for byte in range(256) if not 0xD8 <= byte <= 0xDB)
# Which languages list each function word (some words serve several languages).
_LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF_WORD[_word] = (*_LANGUAGES_OF_WORD.get(_word, ()), _lang)
_SAMPLE_CHARS = 1200
_SCRIPT_SAMPLE_CHARS = 400
# Function words are dense: a few hundred characters tell the languages apart.
_WORD_SAMPLE_CHARS = 300


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little to tell.

    >>> detect_language("The minister said on Friday that the talks were over.")
    'en'
    >>> detect_language("اسلام ٹائمز۔ امریکہ نے کہا ہے کہ وہ ایران کے ساتھ مذاکرات")
    'ur'
    """
    sample = text[:_SAMPLE_CHARS]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    if non_ascii < len(sample) * 0.05:
        # Latin-script text with a few curly quotes or accents: no need to count scripts.
        return _by_function_words(sample[:_WORD_SAMPLE_CHARS], "latin")
    # The dominant script shows in a few hundred characters; counting costs per character
    # matched (about 15 ns each on non-Latin text), so it reads only those.
    head = sample[:_SCRIPT_SAMPLE_CHARS]
    # Most non-Latin dumps are Arabic-script: when the Arabic block alone (a part of the
    # script) fills over half the head, that script is the most common, decided in C where
    # the patterns below cost ~15 µs on such text.
    arabic_block = head.encode("utf-8", "surrogatepass").translate(None, _NOT_ARABIC_BLOCK_LEADS)
    if 2 * len(arabic_block) > len(head):
        return _arabic_script_language(sample)
    scripts: dict[str, int] = {}
    for name, pattern in _SCRIPTS:
        scripts[name] = sum(map(len, pattern.findall(head)))
        # The scripts share no letter: one with over half the head's characters is the
        # most common, whatever the others count (an Arabic-script dump stops at the second).
        if 2 * scripts[name] > len(head) and name not in _CJK_SCRIPTS:
            break
    script = max(scripts, key=lambda name: scripts[name])
    count = scripts[script]
    if count == 0:
        return None
    if script == "arabic":
        return _arabic_script_language(sample)
    if script in {"han", "kana"}:
        return "ja" if scripts["kana"] > scripts["han"] * 0.05 or script == "kana" else "zh"
    # Devanagari news is Hindi far more often than Marathi or Nepali; Bengali script news is
    # Bengali far more often than Assamese.
    simple = {
        "hangul": "ko",
        "greek": "el",
        "hebrew": "he",
        "thai": "th",
        "devanagari": "hi",
        "bengali": "bn",
    }
    if script in simple:
        return simple[script]
    return _by_function_words(sample[:_WORD_SAMPLE_CHARS], script)


def _arabic_script_language(sample: str) -> str:
    # str.count per letter: a C scan each, where a Python loop over the sample cost 50 µs.
    urdu = _count_letters(sample, _URDU_LETTERS)
    persian = _count_letters(sample, _PERSIAN_LETTERS)
    arabic = _count_letters(sample, _ARABIC_ONLY)
    if urdu >= 3 and urdu * 3 >= persian:
        return "ur"
    if persian > arabic * 0.3 or ("ی" in sample and arabic == 0):
        return "fa"
    return "ar"


def _count_letters(text: str, letters: frozenset[str]) -> int:
    return sum(text.count(letter) for letter in letters)


# A one-letter suffix after an apostrophe: Turkish and Azerbaijani case endings on names
# ("Erbain'i", "Kərbəla'nı" go on longer), English "it's". Read as words, Turkish "'i"
# counted as Norwegian "i" (in) and outvoted the Turkish words of a short sample.
_APOSTROPHE_LETTER = re.compile(r"(?<=[^\W\d_])['’][^\W\d_](?![^\W\d_])")


def _by_function_words(sample: str, script: str) -> str | None:
    if "'" in sample or "’" in sample:
        sample = _APOSTROPHE_LETTER.sub("", sample)
    # Counted in C (filter, map, Counter): the sample's hundreds of words take no Python
    # step each. A Counter keeps first-seen order, which breaks ties in `max` below.
    known = filter(_LANGUAGES_OF_WORD.__contains__, letter_words(sample.casefold()))
    scores: dict[str, int] = Counter(
        itertools.chain.from_iterable(map(_LANGUAGES_OF_WORD.__getitem__, known))
    )
    cyrillic = {"ru", "uk"}
    scores = {lang: n for lang, n in scores.items() if (lang in cyrillic) == (script == "cyrillic")}
    if not scores:
        return "ru" if script == "cyrillic" else None
    return max(scores, key=lambda lang: scores[lang])


def _both_ya_spellings(words: list[str]) -> frozenset[str]:
    decomposed = [word.replace("\u09df", "\u09af\u09bc") for word in words]
    return frozenset(decomposed + [word.replace("\u09af\u09bc", "\u09df") for word in decomposed])


# Arabic-script languages are told apart by letters, not words; their function words only
# serve to measure how much a line reads like prose.
_ARABIC_SCRIPT_WORDS: dict[str, frozenset[str]] = {
    "ar": frozenset(
        [
            "في",
            "من",
            "على",
            "إلى",
            "الى",
            "أن",
            "إن",
            "أنه",
            "التي",
            "الذي",
            "عن",
            "مع",
            "هذا",
            "هذه",
            "كان",
            "قد",
            "لا",
            "ما",
            "بعد",
            "حتى",
            "كما",
            "وقال",
        ]
    ),
    "fa": frozenset(
        # Past-tense auxiliaries and "بر"/"تا"/"نیز" too: a short closing sentence of a news
        # report ("… بر اهمیت وحدت … تأکید کردند.") may hold none of the others.
        [
            *("و", "در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "می", "شد"),
            *("بود", "بر", "تا", "نیز", "هم", "یک", "اما", "وی", "خود", "کرد", "کردند", "کرده"),
            "شده",
        ]
    ),
    "ur": frozenset(
        ["کے", "میں", "کی", "ہے", "اور", "کا", "کو", "نے", "سے", "کہ", "یہ", "پر", "بھی"]
    ),
    "hi": frozenset(["के", "में", "की", "है", "हैं", "और", "का", "को", "ने", "से", "कि", "यह", "पर", "भी"]),
    # Bengali inflects its verbs and postpositions, so the commonest forms of both are here
    # too; "য়" is written as one character (U+09DF) or as two (U+09AF U+09BC).
    "bn": _both_ya_spellings(
        [
            "ও",
            "এবং",
            "এর",
            "থেকে",
            "যে",
            "এই",
            "জন্য",
            "সঙ্গে",
            "সাথে",
            "করে",
            "হয়",
            "আর",
            "না",
            "তিনি",
            "বলে",
            "আরও",
            "হয়েছে",
            "হয়েছেন",
            "করেছে",
            "করেছেন",
            "বলেন",
            "বলেছেন",
            "জানিয়েছেন",
            "তার",
            "তাদের",
            "তারা",
            "একটি",
            "হবে",
            "কিন্তু",
            "বা",
            "যা",
            "দিকে",
            "মধ্যে",
            "পর",
            "পরে",
            "নিয়ে",
            "দিয়ে",
            "করা",
            "হচ্ছে",
            "কোনো",
            "অনেক",
            "প্রতি",
        ]
    ),
}


def function_words(language: str | None) -> frozenset[str]:
    """The commonest function words of ``language`` (empty when unknown or unspaced: ja, zh).

    >>> "the" in function_words("en"), function_words("ja")
    (True, frozenset())
    """
    if language is None:
        return frozenset()
    return _FUNCTION_WORDS.get(language) or _ARABIC_SCRIPT_WORDS.get(language, frozenset())
