"""Related lists headed by a bare element (a ``<div>`` or ``<span>``, no heading tag) whose
whole text is a related label, as Nastooh- and IranSamaneh-like CMSs print them."""

from __future__ import annotations

import newsclean

PROSE = (
    "The council voted on Tuesday to reopen the old harbour bath next summer, after a "
    "three-year closure that had left the town without a public pool. Repairs to the roof "
    "and the filters will cost less than first feared, the mayor said."
)


def _page(head: str = "", top: str = "", foot: str = "") -> str:
    return (
        f"<html><head><title>Harbour Bath to Reopen</title>{head}</head><body><article>"
        f"<h1>Harbour Bath to Reopen</h1>{top}<p>{PROSE}</p><p>{PROSE}</p>"
        f"</article>{foot}</body></html>"
    )


def test_a_bare_label_element_heads_a_related_list() -> None:
    foot = (
        '<div class="box"><div class="box-title">مطالب مرتبط</div><ul>'
        '<li><a href="/fa/news/1001/">قیمت زعفران در بازار بیرجند کاهش یافت</a></li>'
        '<li><a href="/fa/news/1002/">طرح آبیاری نوین در سه شهرستان اجرا می‌شود</a></li>'
        "</ul></div>"
    )
    article = newsclean.parse(_page(foot=foot).encode(), url="https://example.org/fa/news/9/")
    assert [story.url for story in article.related] == [
        "https://example.org/fa/news/1001/",
        "https://example.org/fa/news/1002/",
    ]
