"""Metadata readers: titles without site names, authors as people, JSON-LD, dates."""

from __future__ import annotations

import pytest

from newsclean import parse
from newsclean.html.authors import split_names
from newsclean.html.title import choose_headline, strip_site_name


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        (
            "Talks resume in Geneva | The Daily Planet",
            ["The Daily Planet"],
            "Talks resume in Geneva",
        ),
        ("Talks resume in Geneva - dailyplanet.com", [], "Talks resume in Geneva"),
        ("Talks resume in Geneva｜デイリー", ["デイリー"], "Talks resume in Geneva"),
        ("Apple - the fruit that fell", [], "Apple - the fruit that fell"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_h1_settles_an_unknown_section_suffix() -> None:
    assert (
        choose_headline(
            "Russia hits Kyiv with missile",
            None,
            "Russia hits Kyiv with missile - National",
            None,
            None,
            [],
        )
        == "Russia hits Kyiv with missile"
    )


def test_shared_headline_after_different_kickers() -> None:
    assert (
        choose_headline(
            "Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»",
            None,
            "Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»",
            None,
            None,
            [],
        )
        == "«Die Zurückhaltung hat viel mit den USA zu tun»"
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Von Elena Oberholzer (obe)", ["Elena Oberholzer"]),
        ("By Priya Natarajan, Transport Correspondent", ["Priya Natarajan"]),
        ("chuck-ross", []),
        ("(Image: Getty Images)", []),
        ("신현주 기자", ["신현주"]),
    ],
)
def test_split_names(byline: str, names: list[str]) -> None:
    assert split_names(byline) == names


def _page(head: str, body: str = "") -> bytes:
    article = (
        "<article><h1>Harbour reopens after storm repairs</h1>"
        "<p>The harbour reopened on Monday after six weeks of repairs to the breakwater, "
        "the port authority said, with the first ferry leaving at dawn.</p>"
        "<p>Fishing boats had been moored in the neighbouring bay since the January storm, "
        "which tore a forty-metre gap in the outer wall.</p></article>"
    )
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}{article}</body></html>".encode()


def test_jsonld_graph_with_person_and_organisation_authors() -> None:
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"WebPage","name":"x"},'
        '{"@type":["NewsArticle"],"headline":"Harbour reopens after storm repairs",'
        '"datePublished":"2024-02-12T07:15:00-05:00",'
        '"author":[{"@type":"Person","name":"Mia Ortiz"},{"@type":"Organization","name":"Coast Wire"}]}]}'
        "</script>"
    )
    article = parse(_page(head))
    assert article.authors == ["Mia Ortiz"]
    assert (
        article.published is not None
        and article.published.isoformat() == "2024-02-12T07:15:00-05:00"
    )


def test_agency_is_the_author_only_when_no_person_is_named() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens after storm repairs",'
        '"author":{"@type":"Organization","name":"Coast Wire"}}</script>'
    )
    assert parse(_page(head)).authors == ["Coast Wire"]


def test_broken_jsonld_falls_back_to_meta_tags() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script>'
        '<meta property="article:published_time" content="2023-10-01T10:00:00Z">'
        '<meta name="author" content="Lena Berg">'
    )
    article = parse(_page(head))
    assert article.authors == ["Lena Berg"]
    assert (
        article.published is not None
        and article.published.isoformat() == "2023-10-01T10:00:00+00:00"
    )


def test_time_element_dates_a_page_without_metadata() -> None:
    article = parse(_page("", '<time datetime="2022-05-04T18:30:00+02:00">4 May</time>'))
    assert (
        article.published is not None
        and article.published.isoformat() == "2022-05-04T18:30:00+02:00"
    )


def test_canonical_url_language_and_topics() -> None:
    head = (
        '<link rel="canonical" href="https://example.org/news/harbour">'
        '<meta property="og:locale" content="en_GB">'
        '<meta name="keywords" content="Harbour, Storms, Ferries">'
    )
    article = parse(_page(head))
    assert article.url == "https://example.org/news/harbour"
    assert article.language == "en"
    assert article.topics == ["Harbour", "Storms", "Ferries"]


def test_javascript_rendered_page_falls_back_to_jsonld_article_body() -> None:
    body_text = (
        "The harbour reopened on Monday after six weeks of repairs to the breakwater.\\n"
        "Fishing boats had been moored in the neighbouring bay since the January storm, "
        "which tore a forty-metre gap in the outer wall, the port authority said."
    )
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Harbour reopens after storm repairs",'
        f'"articleBody":"{body_text}"}}</script>'
    )
    data = (
        f'<!DOCTYPE html><html><head>{head}</head><body><div id="app"></div></body></html>'.encode()
    )
    article = parse(data)
    assert article.headline == "Harbour reopens after storm repairs"
    assert article.body == [
        "The harbour reopened on Monday after six weeks of repairs to the breakwater.",
        "Fishing boats had been moored in the neighbouring bay since the January storm, "
        "which tore a forty-metre gap in the outer wall, the port authority said.",
    ]


def test_jsonld_article_body_replaces_a_teaser_far_shorter_than_it() -> None:
    paragraphs = [
        f"Paragraph {n} of the full story says what happened at the harbour on day {n}."
        for n in range(12)
    ]
    body_text = "\\n".join(paragraphs)
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"Harbour reopens after storm repairs","articleBody":"{body_text}"}}</script>'
    )
    teaser = (
        "<article><h1>Harbour reopens after storm repairs</h1><p>Only subscribers can read how "
        "the harbour reopened after the storm; the first lines are shown here as a teaser for "
        "everybody else who visits the page.</p></article>"
    )
    data = f"<!DOCTYPE html><html><head>{head}</head><body>{teaser}</body></html>".encode()
    assert parse(data).body == paragraphs
