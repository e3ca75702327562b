"""Each fast path of the HTML path gives exactly what the plain form it replaced gives."""

from __future__ import annotations

import random
import re

import lxml.etree
import lxml.html
import pytest

from newsclean.dates import _TIME_BEFORE
from newsclean.decoding import decode_dump
from newsclean.html import related, vocabulary
from newsclean.html.authors import _BYLINE_CLASS
from newsclean.html.printed import _printed_texts
from newsclean.html.reader import _CREDIT, is_credit
from newsclean.html.tree import parse_tree, text_content, text_key
from newsclean.lexicon import GENERIC_LEXICON, fold_label

_NON_WORD = re.compile(r"[\W_]+")
_PAGE = (
    "<html><body><div class='story-body'>Lead <!-- a note --> text<?pi x?> goes on"
    "<p>First <b>bold</b> tail &amp; more<br/>line</p>tail of p"
    "<ul><li>one</li><li>two <a href='/x'>link</a></li></ul></div>"
    "<footer id='site-footer'>© 2024</footer></body></html>"
)


def test_text_content_is_itertext_joined_on_every_element() -> None:
    root = lxml.html.document_fromstring(_PAGE)  # keeps the comment and the instruction
    for element in root.iter(lxml.etree.Element):
        assert text_content(element) == "".join(element.itertext())


def test_ascii_text_keys_match_the_regex_form() -> None:
    rng = random.Random(7)
    texts = [chr(code) for code in range(128)]
    texts += [
        "".join(chr(rng.randrange(128)) for _ in range(rng.randrange(40))) for _ in range(2000)
    ]
    for text in texts:
        expected = _NON_WORD.sub("", text.casefold())
        assert text_key(text) == expected
        assert fold_label.__wrapped__(text) == expected  # type: ignore[attr-defined]


_NAMES = [
    "",
    "ad",
    "ad-slot top_ad",
    "header",
    "download",
    "relatedPosts",
    "mostRead box",
    "NewsletterBox content-width",
    "article-body collapsible",
    "css-1f3a9c ad6ed79d-88fd",
    "sr-only",
    "post-body-3",
    "wp-caption-text",
    "ÉtéAd",
    "read-more-2",
    "ArticleBody",
    "avia-cookie-consent-wrap",
    "author-box",
    "jp-relatedposts",
    "MehrZumThema",
    "teaser-list featured",
]


def _flat(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s_\-])(?:{words})(?=$|[\s_\-\d])")


@pytest.mark.parametrize("name", _NAMES)
def test_vocabulary_tries_match_the_flat_alternations(name: str) -> None:
    words = vocabulary._words(name)
    assert (
        words == " " + vocabulary._HEX_HASH.sub("", vocabulary._CAMEL.sub("-", name).lower()) + " "
    )
    for trie, flat in (
        (vocabulary._NEGATIVE, vocabulary._NEGATIVE_WORDS),
        (vocabulary._POSITIVE, vocabulary._POSITIVE_WORDS),
    ):
        assert bool(trie.search(words)) == bool(_flat(flat).search(words))


@pytest.mark.parametrize("name", _NAMES)
def test_related_hint_never_hides_a_related_name(name: str) -> None:
    plain = bool(related._RELATED.search(" " + related._CAMEL.sub("-", name).lower() + " "))
    assert related._names_related.__wrapped__(name) == plain


@pytest.mark.parametrize(
    "name", ["byline", "post-author", "AuthorName", "writers", "meta-creator", "authority", "x"]
)
def test_byline_class_words_each_hold_a_hint(name: str) -> None:
    words = name.lower()
    hinted = "aut" in words or "writer" in words or "creator" in words or "byline" in words
    assert hinted or not _BYLINE_CLASS.search(words)


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke (Image: Getty)",
        "Bild: dpa",
        "A sentence without any credit at all.",
        "Quelle : AFP",
        "Foto© Reuters",
    ],
)
def test_is_credit_needs_its_colon(text: str) -> None:
    assert is_credit(text) == (len(text) < 400 and bool(_CREDIT.search(text)))


def test_time_before_a_date_is_found_from_the_last_colon() -> None:
    rng = random.Random(3)
    alphabet = "0123456789:: \t\n.-–,|apmAPx"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(25)))
        end = rng.randrange(len(text) + 1)
        plain = _TIME_BEFORE.search(text[:end])
        colon = text.rfind(":", 0, end)
        fast = _TIME_BEFORE.search(text, max(0, colon - 2), end) if colon >= 0 else None
        assert (plain and plain.groupdict()) == (fast and fast.groupdict())


def test_a_body_without_labels_prints_no_label_texts() -> None:
    body = parse_tree("<html><body><p>Nothing labelled here.</p></body></html>").find("body")
    assert list(_printed_texts(body, GENERIC_LEXICON)) == []
    labelled = parse_tree(
        "<html><body><div><span>News ID:</span> <span>4821</span></div></body></html>"
    ).find("body")
    assert any("4821" in text for text, _ in _printed_texts(labelled, GENERIC_LEXICON))


@pytest.mark.parametrize(
    "data",
    [
        "<html><body><p>Grüße</p></body></html>".encode(),
        b"\xef\xbb\xbf<html><body><p>BOM</p></body></html>",
        b"<html>\r\n<body><p>CRLF</p></body></html>",
        "<html><body><p>Grüße</p></body></html>".encode("cp1252"),
        b"<html><body><p>bell\x07</p></body></html>",
        "<html><body><p>é</p></body></html>".encode()[:-16] + b"\xc3",
    ],
)
def test_utf8_bytes_are_kept_only_when_they_are_the_text(data: bytes) -> None:
    decoded = decode_dump(data, max_bytes=10_000)
    if decoded.utf8 is not None:
        assert decoded.utf8 == decoded.text.encode("utf-8")
    plain = parse_tree(decoded.text)
    fast = parse_tree(decoded.text, decoded.utf8)
    assert lxml.etree.tostring(plain) == lxml.etree.tostring(fast)


def test_plain_utf8_bytes_are_kept() -> None:
    data = "<html><body><p>Grüße</p></body></html>".encode()
    assert decode_dump(data, max_bytes=10_000).utf8 is data
