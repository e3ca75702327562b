"""Story codes and dates a page prints as labelled text, read with the text path's labels."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsclean

PROSE = (
    "The ministry said on Sunday that the new terminal would open to passengers next month, "
    "after two years of building work and a long dispute over its cost."
)


def _page(header: str, related: str = "") -> bytes:
    return (
        "<html><head><title>Terminal to Open</title></head><body>"
        f"<div class='meta'>{header}</div><h1>Terminal to Open</h1>"
        f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div>{related}</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "label",
    ["کد خبر: ۴۸۹۲۱۵۷", "کد خبر : 4892157", "کد\u00a0خبر: ۴۸۹۲۱۵۷", "News ID: 4892157"],
)
def test_a_labelled_story_code_is_read(label: str) -> None:
    assert newsclean.parse(_page(f"<span>{label}</span>")).story_code == "4892157"


def test_label_and_number_in_elements_of_their_own() -> None:
    article = newsclean.parse(_page("<div>کد خبر: <span>۴۸۹۲۱۵۷</span></div>"))
    assert article.story_code == "4892157"


def test_a_bare_code_label_names_no_story() -> None:
    # "Code" and "ID" label product numbers and form fields on a page as often as stories.
    assert newsclean.parse(_page("<span>Code: 20931</span>")).story_code is None


@pytest.mark.parametrize("label", ["تاریخ انتشار", "تاريخ انتشار"])
def test_a_labelled_solar_hijri_date_is_read(label: str) -> None:
    article = newsclean.parse(_page(f"<span>{label}: ۲۸ تیر ۱۴۰۳ - ۱۰:۱۵</span>"))
    assert article.published == datetime(2024, 7, 18, 10, 15)


def test_an_unlabelled_solar_hijri_date_in_a_date_element() -> None:
    article = newsclean.parse(_page("<span class='item-date'>۱۴۰۳/۰۸/۱۲ - ۰۹:۴۰</span>"))
    assert article.published == datetime(2024, 11, 2, 9, 40)


def test_a_persian_related_heading_opens_a_related_list() -> None:
    related = (
        "<div class='box'><h3>اخبار مرتبط</h3><ul>"
        "<li><a href='/fa/news/124401/'>قیمت زعفران در بازار مشهد کاهش یافت</a></li>"
        "<li><a href='/fa/news/124322/'>صادرات زعفران به اروپا دو برابر شد</a></li></ul></div>"
    )
    article = newsclean.parse(_page("", related), url="https://news.example.ir/fa/news/124587/")
    assert [(story.title, story.url) for story in article.related] == [
        ("قیمت زعفران در بازار مشهد کاهش یافت", "https://news.example.ir/fa/news/124401/"),
        ("صادرات زعفران به اروپا دو برابر شد", "https://news.example.ir/fa/news/124322/"),
    ]
