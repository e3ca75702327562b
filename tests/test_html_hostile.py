"""Hostile HTML ends in a record or a ParseError, within bounded time, never anything else."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import ParseError, ParseErrorReason, parse
from newsclean.html.flight import text_rows

_ARTICLE = (
    "<p>The council approved the new budget on Tuesday after a debate that lasted six hours, "
    "with the final vote passing by twelve votes to nine.</p>"
)


def _page(body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><title>Budget approved</title></head><body>{body}</body></html>".encode()


def _parse_quickly(data: bytes, seconds: float = 5.0):
    start = time.perf_counter()
    try:
        result = parse(data)
    finally:
        assert time.perf_counter() - start < seconds
    return result


def test_billion_laughs_entities_are_not_expanded() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><h1>Laughs</h1><p>&lol9;</p>{_ARTICLE}</body></html>'.encode()
    article = _parse_quickly(data)
    assert all("lollollol" not in p for p in article.body)
    assert any("council approved" in p for p in article.body)


def test_hundred_thousand_deep_nesting() -> None:
    data = _page("<h1>Budget approved</h1>" + "<div>" * 100_000 + _ARTICLE + "</div>" * 100_000)
    try:
        article = _parse_quickly(data)
    except ParseError as error:
        assert error.reason in {ParseErrorReason.TOO_LARGE, ParseErrorReason.NOT_AN_ARTICLE}
    else:
        assert article.headline == "Budget approved"


def test_deep_nesting_inside_the_article_is_walked_without_recursion() -> None:
    # 200 levels: under libxml2's depth cap, so the whole chain reaches our walkers.
    data = _page(
        "<h1>Budget approved</h1><article>"
        + "<div>" * 200
        + "".join(_ARTICLE.replace("six hours", f"{n} hours") for n in ("two", "four", "six"))
        + "</div>" * 200
        + "</article>"
    )
    article = _parse_quickly(data)
    assert len(article.body) == 3


def test_fifty_megabyte_page_is_refused_as_too_large() -> None:
    data = _page("<p>" + "x" * (50 * 1024 * 1024) + "</p>")
    with pytest.raises(ParseError) as caught:
        _parse_quickly(data)
    assert caught.value.reason is ParseErrorReason.TOO_LARGE


def test_nul_bytes_are_dropped() -> None:
    data = _page("<h1>Budget\x00 approved</h1>" + _ARTICLE.replace("budget", "bud\x00get"))
    article = _parse_quickly(data)
    assert article.headline == "Budget approved"
    assert "\x00" not in " ".join(article.body)
    assert "new budget" in article.body[0]


def test_truncated_markup_still_gives_the_text_read_so_far() -> None:
    data = (
        _page("<h1>Budget approved</h1><article>" + _ARTICLE * 2)[:-40]
        + b"<p>The mayor said the vo"
    )
    article = _parse_quickly(data)
    assert article.headline == "Budget approved"
    assert article.body[0].startswith("The council approved")


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body></body></html>",
        b"<html><head><title></title></head><body><div><span></span></div></body></html>",
        b"<html>" + b"<script>var x = 1;</script>" * 50 + b"</html>",
        b"<!DOCTYPE html><html><body>" + b"<a href='/x'>link</a>" * 200 + b"</body></html>",
    ],
    ids=["empty-body", "empty-title", "only-scripts", "only-links"],
)
def test_pages_without_an_article_raise_parse_error(data: bytes) -> None:
    try:
        article = _parse_quickly(data)
    except ParseError as error:
        assert error.reason in {ParseErrorReason.NOT_AN_ARTICLE, ParseErrorReason.EMPTY}
    else:
        # A record is allowed only when it has a headline.
        assert article.headline


_TAGS = [
    "div",
    "p",
    "span",
    "article",
    "h1",
    "h2",
    "a",
    "ul",
    "li",
    "script",
    "table",
    "td",
    "figure",
    "time",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
            st.sampled_from(
                [
                    '<a href="/x">',
                    '<div class="related">',
                    '<p class="lead">',
                    "<meta property='og:title' content='T'>",
                ]
            ),
            st.text(min_size=0, max_size=40),
        ),
        max_size=60,
    )
)
def test_any_markup_ends_in_a_record_or_parse_error(parts: list[str]) -> None:
    data = ("<html><body>" + "".join(parts)).encode("utf-8", "surrogatepass")
    try:
        article = parse(data)
    except ParseError as error:
        assert error.reason is not ParseErrorReason.INTERNAL, error.message
        return
    assert article.headline


def _text_row(row_id: int, text: str) -> bytes:
    return f"{row_id:x}:T{len(text.encode()):x},{text}".encode()


def test_flighttext_rows_are_read_by_their_declared_length() -> None:
    # A text row's text may hold what looks like another row's header: it is not a row.
    inner = "<p>One.</p>\n2:T8,<p>x</p>"
    stream = b'0:["$L1"]\n' + _text_row(1, inner) + b"\n" + _text_row(3, "<p>Two.</p>")
    assert list(text_rows(stream)) == [inner.encode(), b"<p>Two.</p>"]


def test_flight_row_longer_than_the_stream_ends_the_walk() -> None:
    # Each row claiming more bytes than are left would otherwise be decoded to the stream's
    # end, once per row: quadratic work for a page of such rows.
    stream = _text_row(1, "<p>One.</p>") + b"".join(
        f"\n{i:x}:Tffffff,<p>x</p>".encode() for i in range(2, 5000)
    )
    assert list(text_rows(stream)) == [b"<p>One.</p>"]
