"""Bytes to text: gzip, BOMs, UTF-16, legacy code pages, line ends and control characters."""

from __future__ import annotations

import codecs
import gzip

import pytest

import newsclean
from newsclean.decoding import decode_dump

LIMIT = 1_000_000
URDU = (
    "اسلام ٹائمز۔ امریکی وزیر خارجہ نے کہا ہے کہ مذاکرات جاری رہیں گے اور فریقین نے اتفاق کیا ہے۔"
)
ARABIC_1256 = "إسلام تايمز - أعلن وزير الخارجية أن المفاوضات ستستمر في الأسبوع المقبل بين الطرفين."


def test_utf8_with_bom_and_crlf(seed_bytes: bytes) -> None:
    data = codecs.BOM_UTF8 + seed_bytes.replace(b"\n", b"\r\n")
    decoded = decode_dump(data, max_bytes=LIMIT)
    assert decoded.encoding == "utf-8"
    assert "\r" not in decoded.text and not decoded.text.startswith("\ufeff")
    assert newsclean.parse(data).story_code == "1148653"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(seed_bytes: bytes, codec: str) -> None:
    text = seed_bytes.decode("utf-8")
    decoded = decode_dump(text.encode(codec), max_bytes=LIMIT)
    assert decoded.text == text
    assert decoded.encoding.startswith("utf-16")


def test_windows_1256_is_detected_not_guessed() -> None:
    text = f"Friday 19 July 2024 - 21:40\n{ARABIC_1256}\n{ARABIC_1256}\n"
    decoded = decode_dump(text.encode("cp1256"), max_bytes=LIMIT)
    assert decoded.encoding == "cp1256"
    assert decoded.text == text


def test_windows_1252_curly_quotes() -> None:
    text = "Talks “resume” in Geneva\nThe minister’s aides said the café was closed — again.\n" * 3
    decoded = decode_dump(text.encode("cp1252"), max_bytes=LIMIT)
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_declared_charset_is_checked_against_the_bytes() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>Grüße — “quoted”</p></body></html>'
    decoded = decode_dump(page.encode("utf-8"), max_bytes=LIMIT)
    assert decoded.encoding == "utf-8"
    assert "Grüße — “quoted”" in decoded.text


def test_gzip_is_found_by_magic_number(seed_bytes: bytes) -> None:
    decoded = decode_dump(gzip.compress(seed_bytes), max_bytes=LIMIT)
    assert decoded.compressed
    assert decoded.text == seed_bytes.decode("utf-8")
    assert decoded.size == len(gzip.compress(seed_bytes))


def test_truncated_gzip_keeps_what_inflated(seed_bytes: bytes) -> None:
    packed = gzip.compress(seed_bytes * 4)
    decoded = decode_dump(packed[: len(packed) * 3 // 4], max_bytes=LIMIT)
    assert [p.code for p in decoded.problems] == ["truncated_compression"]
    assert decoded.text.startswith("0\nFriday 19 July 2024")


def test_control_characters_and_nul_bytes_are_removed() -> None:
    body = b"The talks resumed on Friday in Geneva. " * 4
    decoded = decode_dump(b"Head\x00line\x07\n" + body + b"\x1b\n", max_bytes=LIMIT)
    assert decoded.text == "Headline\n" + body.decode() + "\n"


def test_a_cut_multibyte_character_at_the_end_is_dropped() -> None:
    data = URDU.encode("utf-8")
    decoded = decode_dump(data[:-1], max_bytes=LIMIT)
    assert decoded.encoding == "utf-8"
    assert decoded.text == URDU[:-1]
    assert [p.code for p in decoded.problems] == ["truncated_character"]


def test_sha256_is_of_the_raw_bytes(seed_bytes: bytes) -> None:
    import hashlib

    packed = gzip.compress(seed_bytes)
    assert decode_dump(packed, max_bytes=LIMIT).sha256 == hashlib.sha256(packed).hexdigest()
