"""Authors from HTML pages: people's names, with a news agency credited beside them; the
publisher only when no person is named."""

from __future__ import annotations

import json

import pytest

from newsclean import parse
from newsclean.html.authors import split_names

_PARAGRAPHS = (
    "<p>The harbour reopened on Monday after six weeks of repairs to the breakwater, "
    "the port authority said, with the first ferry leaving at dawn.</p>"
    "<p>Fishing boats had been moored in the neighbouring bay since the January storm, "
    "which tore a forty-metre gap in the outer wall.</p>"
    "<p>Engineers said the new wall would stand a storm twice as strong, and the town "
    "council promised a public walkway along its top by the summer.</p>"
)


def _page(head: str, article: str, before: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Harbour reopens | Coast Courier</title>"
        f'<meta property="og:site_name" content="coastcourier.example">{head}</head>'
        f"<body>{before}<article><h1>Harbour reopens after storm repairs</h1>{article}"
        "</article></body></html>"
    ).encode()


def test_short_form_of_the_site_name_yields_to_a_signature() -> None:
    page = _page(
        '<meta name="author" content="Coast Courier">',
        _PARAGRAPHS + "<p><strong>Ines Alvarado</strong></p>",
    )
    article = parse(page)
    assert article.authors == ["Ines Alvarado"]
    assert "Ines Alvarado" not in article.body


def test_byline_naming_the_site_yields_to_a_signature() -> None:
    byline = '<div class="post-author">Coast Courier</div>'
    page = _page("", "<p><strong>Tomas Okafor</strong></p>" + _PARAGRAPHS, before=byline)
    assert parse(page).authors == ["Tomas Okafor"]


def test_byline_naming_the_site_is_kept_when_nobody_else_is_named() -> None:
    byline = '<div class="post-author">Coast Courier</div>'
    assert parse(_page("", _PARAGRAPHS, before=byline)).authors == ["Coast Courier"]


def test_labelled_author_in_a_fact_list() -> None:
    facts = (
        '<div class="facts"><ul><li><strong>Date</strong> 03.02.2024</li>'
        "<li><strong>Autorin/Autor</strong> Greta Lindqvist</li>"
        '<li><strong>Topics</strong> <a href="/t/harbours">Harbours</a></li></ul></div>'
    )
    assert parse(_page("", _PARAGRAPHS + facts)).authors == ["Greta Lindqvist"]


def test_labelled_author_in_a_definition_list() -> None:
    facts = "<dl><dt>Author:</dt><dd>Paulo Mendes</dd><dt>Section</dt><dd>Coast</dd></dl>"
    assert parse(_page("", _PARAGRAPHS + facts)).authors == ["Paulo Mendes"]


def test_closing_credit_line_of_a_chinese_article() -> None:
    text = (
        "<p>新港码头周一在防波堤修复六周后重新开放，港务局表示第一班渡轮于清晨启航。</p>"
        "<p>一月风暴在外墙撕开四十米缺口后，渔船一直停泊在邻近的海湾里。</p>"
        "<p>工程师表示，新墙能够抵御强度加倍的风暴，市议会承诺夏季前开放墙顶步道。</p>"
        "<p>(责编：陈静、周海)</p>"
    )
    article = parse(_page("", text))
    assert article.authors == ["陈静", "周海"]
    assert not any("责编" in paragraph for paragraph in article.body)


def test_signature_of_two_names_below_a_kicker() -> None:
    kicker = (
        "<p><em>…fishermen count the cost of six idle weeks</em></p>"
        "<p><em>…council promises a walkway by the summer</em></p>"
        "<p><strong>Nomvula Dlamini/Pieter Janssen</strong></p>"
    )
    article = parse(_page("", kicker + _PARAGRAPHS))
    assert article.authors == ["Nomvula Dlamini", "Pieter Janssen"]
    assert "Nomvula Dlamini/Pieter Janssen" not in article.body


def test_byline_spans_hold_a_role_and_a_date_after_the_name() -> None:
    byline = (
        '<div class="byline"><span>By</span> <a href="/people/ines">Ines Alvarado</a>'
        "<span>Deputy Harbour Editor</span><span>Follow</span>"
        "<time>Feb. 3, 2024 5 AM</time></div>"
    )
    assert parse(_page("", _PARAGRAPHS, before=byline)).authors == ["Ines Alvarado"]


def test_byline_with_a_kicker_before_the_name_and_an_agency_after() -> None:
    byline = (
        '<div class="article-byline"><span>Coast</span><span>By Ines Alvarado and '
        "Tomas Okafor</span><span>The Coastal Press</span><span>12:43, 3 Feb 2024</span></div>"
    )
    assert parse(_page("", _PARAGRAPHS, before=byline)).authors == [
        "Ines Alvarado",
        "Tomas Okafor",
    ]


def test_byline_of_linked_names_and_of_a_name_split_over_spans() -> None:
    linked = (
        '<div class="byline">By <a href="/a">Ines Alvarado</a>, <a href="/b">Okafor</a>'
        " and <a href='/c'>Greta Lindqvist</a></div>"
    )
    assert parse(_page("", _PARAGRAPHS, before=linked)).authors == [
        "Ines Alvarado",
        "Okafor",
        "Greta Lindqvist",
    ]
    split = '<div class="author-name"><span>Greta</span> <span>Lindqvist</span></div>'
    assert parse(_page("", _PARAGRAPHS, before=split)).authors == ["Greta Lindqvist"]


def test_author_link_holds_the_name_and_the_job_title() -> None:
    card = (
        '<div class="profile"><a rel="author" href="/people/greta">'
        "<h4>Greta Lindqvist</h4><h5>Redakteurin</h5></a></div>"
    )
    assert parse(_page("", _PARAGRAPHS + card)).authors == ["Greta Lindqvist"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ann Lee For Dailyplanet.example", ["Ann Lee"]),
        ("Bo Chan in Kyiv", ["Bo Chan"]),
        ("Sanne in 't Veld", ["Sanne in 't Veld"]),
        ("© Coast Wire", []),
        ("3", []),
    ],
)
def test_outlet_place_and_credit_leave_the_name(byline: str, names: list[str]) -> None:
    assert split_names(byline) == names


def test_byline_inside_a_page_frame_classed_for_its_sidebar() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Harbour reopens</title>"
        '<meta property="og:site_name" content="Coast Courier"></head>'
        '<body class="layout-with-sidebar comments-enabled"><div class="main-with-sidebar">'
        "<article><h1>Harbour reopens after storm repairs</h1>"
        '<div class="byline"><a href="/p/ines">Ines Alvarado</a><span>Coast Courier</span>'
        "<span>Posted: Feb 03</span></div>"
        f"{_PARAGRAPHS}</article>"
        '<div class="sidebar"><div class="byline">Tomas Okafor</div></div>'
        "</div></body></html>"
    ).encode()
    assert parse(page).authors == ["Ines Alvarado"]


def test_byline_in_generated_class_names() -> None:
    byline = '<div class="css-1x2y3z-StyledBylineText"><a href="/p/ines">Ines Alvarado</a></div>'
    assert parse(_page("", _PARAGRAPHS, before=byline)).authors == ["Ines Alvarado"]


def test_by_line_without_a_byline_class() -> None:
    line = '<p class="k3x9q">Kolumne von <a href="/p/greta">Greta Lindqvist</a></p>'
    assert parse(_page("", _PARAGRAPHS, before=line)).authors == ["Greta Lindqvist"]
    span = '<div class="a1b2"><span class="m9">von Tomas Okafor</span></div>'
    assert parse(_page("", _PARAGRAPHS, before=span)).authors == ["Tomas Okafor"]


def test_by_phrase_inside_a_sentence_is_no_byline() -> None:
    sentence = (
        "<p>Below we show eight more <strong>sets von Harbour Models</strong> that the "
        "shops will sell from May.</p>"
    )
    assert parse(_page("", _PARAGRAPHS + sentence)).authors == []


def test_regional_desk_of_an_acronym_site_is_not_a_person() -> None:
    page = (
        '<!DOCTYPE html><html><head><meta property="og:site_name" content="KRW">'
        "<title>Harbour reopens</title></head><body><article>"
        "<h1>Harbour reopens after storm repairs</h1>"
        '<div class="byline">By Ines Alvarado and KRW NORTH COAST</div>'
        f"{_PARAGRAPHS}</article></body></html>"
    ).encode()
    assert parse(page).authors == ["Ines Alvarado"]


# --- agencies beside a person (the rule of newsclean.agencies) -------------------------------


def _jsonld_authors(*authors: tuple[str, str]) -> str:
    """A JSON-LD NewsArticle naming ``authors``, each as (@type, name)."""
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour reopens after storm repairs",
        "author": [{"@type": kind, "name": name} for kind, name in authors],
    }
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


def test_jsonld_agency_organisation_beside_a_person_is_credited() -> None:
    head = _jsonld_authors(("Person", "Ines Alvarado"), ("Organization", "SDA"))
    assert parse(_page(head, _PARAGRAPHS)).authors == ["Ines Alvarado", "SDA"]


def test_jsonld_agency_in_full_keeps_its_place_before_the_person() -> None:
    head = _jsonld_authors(("Organization", "Deutsche Presse-Agentur"), ("Person", "Tomas Okafor"))
    assert parse(_page(head, _PARAGRAPHS)).authors == ["Deutsche Presse-Agentur", "Tomas Okafor"]


def test_jsonld_organisation_that_is_no_agency_yields_to_the_person() -> None:
    head = _jsonld_authors(("Person", "Ines Alvarado"), ("Organization", "Harbour Desk"))
    assert parse(_page(head, _PARAGRAPHS)).authors == ["Ines Alvarado"]


def test_jsonld_agency_that_is_the_site_itself_is_not_credited() -> None:
    head = _jsonld_authors(("Person", "Ines Alvarado"), ("Organization", "Reuters"))
    page = _page(head, _PARAGRAPHS).replace(b"coastcourier.example", b"Reuters")
    assert parse(page).authors == ["Ines Alvarado"]


def test_agency_in_the_byline_span_after_the_name_is_credited() -> None:
    byline = '<div class="byline">By <a href="/people/ines">Ines Alvarado</a><span>dpa</span></div>'
    assert parse(_page("", _PARAGRAPHS, before=byline)).authors == ["Ines Alvarado", "dpa"]
    spelled = byline.replace("dpa", "The Associated Press")
    assert parse(_page("", _PARAGRAPHS, before=spelled)).authors == [
        "Ines Alvarado",
        "The Associated Press",
    ]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ann Lee (AFP)", ["Ann Lee", "AFP"]),
        ("Von Ann Lee [dpa]", ["Ann Lee", "dpa"]),
        ("Bo Chan · Reuters", ["Bo Chan", "Reuters"]),
        ("Ann Lee (Kyiv)", ["Ann Lee"]),
        ("By Ann Lee with AP", ["Ann Lee", "AP"]),
        ("By Ann Lee with The Associated Press", ["Ann Lee", "The Associated Press"]),
    ],
)
def test_agency_bracketed_or_set_apart_after_the_name_is_credited(
    byline: str, names: list[str]
) -> None:
    assert split_names(byline) == names


# --- bylines printed as plain text, read by the text path's byline reader -----------------


def test_byline_word_and_linked_name_in_plain_elements() -> None:
    # No metadata, no byline markup: "Von" in one element, the name in the next.
    page = _page(
        "",
        '<div class="meta"><span>Von</span></div><div><a href="/p/9">Lena Marquardt</a>'
        "</div><div>12. Juni 2017</div>" + _PARAGRAPHS,
    )
    assert parse(page).authors == ["Lena Marquardt"]


def test_posted_on_date_by_handle_over_two_elements() -> None:
    page = _page(
        "",
        '<div class="info"><span>Veröffentlicht am 12. Juni 2017</span></div>'
        "<div>von gizzmo</div>" + _PARAGRAPHS,
    )
    assert parse(page).authors == ["gizzmo"]


def test_verb_of_publishing_before_the_byline_word_is_not_part_of_the_name() -> None:
    page = _page("", '<div class="author">Erstellt von Andri Bauer</div>' + _PARAGRAPHS)
    assert parse(page).authors == ["Andri Bauer"]


def test_a_verb_of_publishing_or_a_byline_word_alone_is_no_name() -> None:
    for label in ("Publiziert am", "Por", "Posted"):
        page = _page("", f'<span class="author">{label}</span>' + _PARAGRAPHS)
        assert parse(page).authors == [], label


def test_a_label_ending_on_the_byline_word_or_a_link_arrow_is_no_name() -> None:
    for label in ("Artikel von", "Article by", "Archiv anzeigen →"):
        page = _page("", f'<span class="author">{label}</span>' + _PARAGRAPHS)
        assert parse(page).authors == [], label


def _jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_author_given_as_a_reference_to_a_node_of_the_graph() -> None:
    # Yoast's @graph: the Article names its author by @id; the Person node holds the name.
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": "https://coastcourier.example/harbour/#article",
                "headline": "Harbour reopens after storm repairs",
                "author": {"@id": "https://coastcourier.example/#/schema/person/7f3a"},
            },
            {
                "@type": "Person",
                "@id": "https://coastcourier.example/#/schema/person/7f3a",
                "name": "Maren Ostholt",
            },
        ],
    }
    article = parse(_page(_jsonld(graph), _PARAGRAPHS))
    assert list(article.authors) == ["Maren Ostholt"]


def test_a_cms_account_name_is_no_author() -> None:
    # WordPress signs posts with its first account when no author name was set.
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour reopens after storm repairs",
        "author": {"@type": "Person", "name": "admin"},
    }
    byline = '<p class="byline">By Maren Ostholt</p>'
    article = parse(_page(_jsonld(data), byline + _PARAGRAPHS))
    assert list(article.authors) == ["Maren Ostholt"]


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Written by", "Maren Ostholt", ["Maren Ostholt"]),
        ("Verfasst von", "Maren Ostholt @mostholt", ["Maren Ostholt"]),
        ("Est. reading time", "4 minutes", []),
    ],
)
def test_author_in_a_twitter_card_label_and_value(
    label: str, value: str, expected: list[str]
) -> None:
    # SEO plugins write the author as a card's label/value pair, in the site's language.
    head = (
        f'<meta name="twitter:label1" content="{label}">'
        f'<meta name="twitter:data1" content="{value}">'
    )
    assert list(parse(_page(head, _PARAGRAPHS)).authors) == expected


def test_an_update_label_in_the_byline_is_no_name() -> None:
    byline = '<p class="author">Last Updated: <time>January 7, 2025</time></p>'
    assert list(parse(_page("", byline + _PARAGRAPHS)).authors) == []
