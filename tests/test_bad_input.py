"""Bad input ends as a record or a ParseError with a clear reason, in bounded time and memory."""

from __future__ import annotations

import gzip
import os
import time
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import ParseError, ParseErrorReason

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def reason_of(data: bytes | str, **kwargs: object) -> ParseErrorReason:
    with pytest.raises(ParseError) as caught:
        newsclean.parse(data, **kwargs)  # type: ignore[arg-type]
    assert caught.value.message
    return caught.value.reason


def test_empty_inputs() -> None:
    assert reason_of(b"") is ParseErrorReason.EMPTY
    assert reason_of("   \n\n\t ") is ParseErrorReason.EMPTY
    assert reason_of(b"\x00\x00\x00\x00") in {ParseErrorReason.EMPTY, ParseErrorReason.BINARY}


def test_binary_files() -> None:
    assert reason_of(PNG) is ParseErrorReason.BINARY
    assert reason_of(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") is ParseErrorReason.BINARY
    assert reason_of(os.urandom(4096)) in {ParseErrorReason.BINARY, ParseErrorReason.UNDECODABLE}


def test_random_bytes_never_escape_as_other_exceptions() -> None:
    for seed in range(50):
        data = bytes((seed * 7919 + i * 104729) % 256 for i in range(2000))
        try:
            article = newsclean.parse(data)
        except ParseError as error:
            assert error.reason is not ParseErrorReason.INTERNAL, error
        else:
            assert article.headline


def test_corrupt_and_truncated_gzip(seed_bytes: bytes) -> None:
    assert reason_of(b"\x1f\x8b\x08\x00garbage") is ParseErrorReason.CORRUPT_COMPRESSION
    packed = gzip.compress(seed_bytes)
    assert reason_of(packed[:12]) is ParseErrorReason.CORRUPT_COMPRESSION
    article = newsclean.parse(packed[: len(packed) // 2])
    assert article.headline.startswith("Moscow")
    assert "truncated_compression" in {p.code for p in article.problems}


def test_gzip_bomb_is_refused_without_inflating_it() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    bomb = b"".join(compressor.compress(block) for _ in range(64)) + compressor.flush()
    assert len(bomb) < 200_000
    assert reason_of(bomb, max_bytes=8 << 20) is ParseErrorReason.TOO_LARGE


def test_huge_file_is_refused_quickly() -> None:
    huge = b"Headline\n" + b"A paragraph of text that goes on. " * (50 * 1024 * 1024 // 34 + 1)
    assert len(huge) > 50 * 1024 * 1024
    start = time.perf_counter()
    assert reason_of(huge) is ParseErrorReason.TOO_LARGE
    assert time.perf_counter() - start < 5  # bounded: refused before parsing, not a speed goal


def test_size_limit_is_configurable(seed_bytes: bytes) -> None:
    assert reason_of(seed_bytes, max_bytes=1000) is ParseErrorReason.TOO_LARGE
    assert newsclean.parse(seed_bytes, max_bytes=len(seed_bytes)).story_code == "1148653"


def test_nul_bytes_inside_text_are_survived(seed_bytes: bytes) -> None:
    article = newsclean.parse(seed_bytes.replace(b"\n\n", b"\n\x00\n", 3))
    assert article.story_code == "1148653"
    assert len(article.body) == 5


def test_only_labels_is_not_an_article() -> None:
    assert reason_of(b"Comment\nFeatured Stories\n") is ParseErrorReason.NOT_AN_ARTICLE


def test_unknown_site_profile() -> None:
    assert reason_of(b"Headline\nText.", site="nope") is ParseErrorReason.UNKNOWN_SITE


def test_truncated_dump_is_a_record_with_a_problem(seed_bytes: bytes) -> None:
    cut = seed_bytes[: seed_bytes.index(b"militant ties")]
    article = newsclean.parse(cut)
    assert article.story_code == "1148653"
    assert article.body[-1].endswith("linked by long-standing historical tradition and")
    assert "truncated" in {p.code for p in article.problems}


def test_error_carries_path_and_serialises(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ParseError) as caught:
        newsclean.parse_file(empty)
    assert caught.value.to_dict() == {
        "path": str(empty),
        "reason": "empty",
        "message": "the file is empty (0 bytes)",
    }


def test_missing_file_is_a_parse_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParseError) as caught:
        newsclean.parse_file(tmp_path / "missing.txt")
    assert caught.value.reason is ParseErrorReason.UNREADABLE


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_give_a_record_or_a_parse_error(data: bytes) -> None:
    try:
        article = newsclean.parse(data)
    except ParseError as error:
        assert error.reason is not ParseErrorReason.INTERNAL, error
        return
    _assert_headline_or_body_only(article)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_gives_a_record_or_a_parse_error(text: str) -> None:
    try:
        article = newsclean.parse(text)
    except ParseError as error:
        assert error.reason is not ParseErrorReason.INTERNAL, error
        return
    _assert_headline_or_body_only(article)


def _assert_headline_or_body_only(article: newsclean.Article) -> None:
    """A record has a headline, stripped and not empty; or, a body-only dump (one paragraph
    of text alone), none, with the ``no_headline`` problem and its text as the body."""
    if article.headline is None:
        assert "no_headline" in {problem.code for problem in article.problems}
        assert article.body and all(paragraph.strip() for paragraph in article.body)
    else:
        assert article.headline.strip() == article.headline and article.headline


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "0",
                "Friday 19 July 2024 - 21:40",
                "Story Code : 12",
                "Comment",
                "Featured Stories",
                "By Maha Hussaini",
                "19 July 2024",
                "Talks Resume in Geneva",
                "UN’s Top Court: Israel",
                "The talks resumed on Friday.",
                "خبر کا کوڈ : 660038",
                "QR CodeQR Code",
                "",
                "۲۸ تیر ۱۴۰۳",
            ]
        ),
        max_size=40,
    )
)
def test_shuffled_dump_lines_never_crash(lines: list[str]) -> None:
    try:
        newsclean.parse("\n".join(lines))
    except ParseError as error:
        assert error.reason is not ParseErrorReason.INTERNAL, error


def test_a_dump_of_a_hundred_thousand_short_lines_is_bounded() -> None:
    lines = [
        "Headline of the dump",
        "A body paragraph long enough to be prose. " * 3,
        "Featured Stories",
    ]
    lines += [f"Story {n} about {n % 97}" for n in range(100_000)]
    start = time.perf_counter()
    article = newsclean.parse("\n".join(lines))
    assert len(article.related) <= 200
    assert (
        time.perf_counter() - start < 30
    )  # a safety bound against quadratic work, not a speed goal
