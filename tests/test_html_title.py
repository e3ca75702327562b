"""Headline choice among the page's titles: the rules of newsclean.html.title, on snippets
written for these tests."""

from __future__ import annotations

from newsclean import parse
from newsclean.html.title import choose_headline, domain_name, shared_affixes, strip_site_name


def _choose(
    *,
    h1: str | None = None,
    jsonld: str | None = None,
    og: str | None = None,
    twitter: str | None = None,
    document: str | None = None,
    sites: list[str] | None = None,
) -> str | None:
    return choose_headline(h1, jsonld, og, twitter, document, sites or [])


def test_metadata_suffix_is_cut_where_the_h1_ends_keeping_the_metadata_spelling() -> None:
    # The <h1> lost the space after the colon (two spans); the OpenGraph title carries a
    # place suffix the site-name rules do not know. The answer is the OpenGraph text, cut.
    assert (
        _choose(
            h1="Harbour reopens:repairs finished early",
            og="Harbour reopens: repairs finished early - Portside News",
            sites=["Daily Planet"],
        )
        == "Harbour reopens: repairs finished early"
    )


def test_metadata_quotes_survive_the_cut() -> None:
    assert (
        _choose(
            h1="Mayor says ‘we will rebuild’ after the flood",
            og="Mayor says 'we will rebuild' after the flood | Planet | by Ann Lee",
            sites=["Daily Planet"],
        )
        == "Mayor says 'we will rebuild' after the flood"
    )


def test_closing_punctuation_after_the_shorter_title_is_kept() -> None:
    # No <h1>: the JSON-LD headline settles the suffix, the closing quote stays.
    assert (
        _choose(
            jsonld='Council asks "why now"',
            og='Council asks "why now"-Politicsㅣ데일리',
            sites=["Planet"],
        )
        == 'Council asks "why now"'
    )


def test_suffix_the_jsonld_headline_repeats_belongs_to_the_headline() -> None:
    title = "Forest fires spread! Latest situation - Live updates"
    assert _choose(h1="Forest fires spread! Latest situation", og=title, jsonld=title) == title


def test_short_h1_does_not_cut_the_title() -> None:
    og = "Budget: what changes for pensioners in the spring"
    assert _choose(h1="Budget", og=og) == og


def test_hangul_bar_separates_the_site_name() -> None:
    assert strip_site_name("장관 사퇴 요구 거세져ㅣ데일리", ["데일리"]) == "장관 사퇴 요구 거세져"


def test_site_suffix_learned_from_two_different_titles() -> None:
    assert shared_affixes(
        ["Talks resume in Geneva | Planet News", "Why the Geneva talks matter | Planet News"]
    ) == ["Planet News"]
    assert (
        _choose(
            og="Talks resume in Geneva | Planet News",
            document="Why the Geneva talks matter | Planet News",
            sites=["Planet"],
        )
        == "Talks resume in Geneva"
    )


def test_no_suffix_learned_from_a_title_with_and_without_its_kicker() -> None:
    # "Geneva: Talks resume" vs "Talks resume": the same headline, so the shared last segment
    # is not evidence of a site suffix.
    assert shared_affixes(["Geneva: Talks resume - Live", "Talks resume - Live"]) == []
    assert shared_affixes(["Talks resume - Live", "Talks resume - Live"]) == []


def test_page_headline_uses_the_rules_end_to_end() -> None:
    page = (
        "<html><head><title>Harbour reopens: repairs finished early - Portside News</title>"
        '<meta property="og:title" '
        'content="Harbour reopens: repairs finished early - Portside News">'
        '<meta property="og:site_name" content="Daily Planet"></head><body><article>'
        "<h1><span>Harbour reopens:</span><span>repairs finished early</span></h1>"
        + "<p>The harbour reopened on Monday after three weeks of storm repairs. "
        * 3
        + "</p><p>Ferries resume their timetable on Tuesday morning, the port authority said."
        " Fishing boats returned first.</p></article></body></html>"
    )
    article = parse(page.encode())
    assert article.headline == "Harbour reopens: repairs finished early"


def test_jsonld_alone_does_not_confirm_a_suffix() -> None:
    # Without OpenGraph the JSON-LD headline is the primary title; its " | Sport" suffix is
    # not confirmed by a second source, so the <h1> still settles it.
    assert (
        _choose(
            h1="Young striker returns: coach asks for patience",
            jsonld="Young striker returns: coach asks for patience | Sport",
        )
        == "Young striker returns: coach asks for patience"
    )


def test_byline_segment_after_the_site_name_goes_with_it() -> None:
    assert (
        strip_site_name("Harbour reopens after repairs | Daily Planet | By Ann Lee", ["Planet"])
        == "Harbour reopens after repairs"
    )
    # "by" inside the headline is not a byline segment.
    assert strip_site_name("Stopped by police on the bridge", []) == (
        "Stopped by police on the bridge"
    )


def test_og_title_naming_only_the_site_is_skipped() -> None:
    assert (
        _choose(
            og="Daily Planet",
            jsonld="Harbour reopens after storm repairs",
            h1="Harbour reopens after storm repairs",
            sites=["Daily Planet"],
        )
        == "Harbour reopens after storm repairs"
    )


def test_site_name_og_title_does_not_confirm_a_jsonld_suffix() -> None:
    assert (
        _choose(
            og="Daily Planet",
            jsonld="Young striker returns: coach asks for patience | Sport",
            h1="Young striker returns: coach asks for patience",
            sites=["Daily Planet"],
        )
        == "Young striker returns: coach asks for patience"
    )


def test_domain_name_strips_the_site_suffix_the_metadata_does_not_name() -> None:
    assert domain_name("https://www.portsidetimes.co.uk/news/harbour-1") == "portsidetimes"
    assert domain_name("https://www.bbc.com/news/1") is None  # too short to match by
    assert domain_name("not a url") is None
    assert (
        _choose(
            og="Harbour reopens after storm repairs - Portside Times",
            sites=["PT Media Group", domain_name("https://portsidetimes.com/a/1") or ""],
        )
        == "Harbour reopens after storm repairs"
    )


def test_cut_does_not_keep_a_comma_that_continues_the_title() -> None:
    assert (
        _choose(
            h1="Harbour reopens after storm repairs",
            og="Harbour reopens after storm repairs, ferries resume - Portside",
        )
        == "Harbour reopens after storm repairs"
    )


def test_cut_keeps_a_german_closing_quote() -> None:
    assert (
        _choose(
            h1="„Unermüdlicher Einsatz für den Hafen“",
            og="„Unermüdlicher Einsatz für den Hafen“ - Die Neue Hafenzeitung",
        )
        == "„Unermüdlicher Einsatz für den Hafen“"
    )


def _page(head: str, body_head: str = "") -> bytes:
    return (
        f"<html><head>{head}</head><body><article>{body_head}"
        + "<p>The harbour reopened on Monday after three weeks of storm repairs. " * 3
        + "</p><p>Ferries resume their timetable on Tuesday morning, the port authority said."
        " Fishing boats returned first.</p></article></body></html>"
    ).encode()


def test_microdata_headline_settles_a_suffix_when_there_is_no_jsonld() -> None:
    # No JSON-LD and no <h1>: schema.org's headline as a meta tag (microdata or
    # name="headline") plays the JSON-LD headline's part and cuts the glued "-Section".
    page = _page(
        '<meta property="og:title" content="Harbour reopens after repairs-Localㅣ데일리">'
        '<meta property="og:site_name" content="데일리">'
        '<meta itemprop="headline" content="Harbour reopens after repairs">'
    )
    assert parse(page).headline == "Harbour reopens after repairs"


def test_a_meta_title_cut_at_an_unescaped_quote_is_read_from_the_document_title() -> None:
    # content="Senator calls the plan "reckless"" ends at the second quote mark.
    title = 'Senator calls the harbour plan "reckless"'
    cut = "Senator calls the harbour plan "
    assert _choose(og=cut, twitter=cut, jsonld=cut, document=title) == title


def test_a_separator_before_an_empty_site_name_goes() -> None:
    assert strip_site_name("Harbour bath to reopen next summer -", []) == (
        "Harbour bath to reopen next summer"
    )
    # A closing French quote is no separator.
    quoted = "Le maire met en garde sur « la situation du port »"
    assert strip_site_name(quoted, []) == quoted


def test_site_logo_set_as_the_h1_is_not_the_headline() -> None:
    # A blog theme prints its name as the page's <h1>; the <title> carries the post's.
    assert (
        _choose(h1="Seelenfunk", document="Seelenfunk » Nummer zwei: Leo", sites=["Seelenfunk"])
        == "Nummer zwei: Leo"
    )
    # With a metadata title, too.
    assert _choose(h1="Seelenfunk", og="Nummer zwei: Leo", sites=["Seelenfunk"]) == (
        "Nummer zwei: Leo"
    )


_POST_TEXT = (
    "<p>The harbour reopened on Monday after three weeks of storm repairs, and the ferries"
    " resumed their timetable the next morning, the port authority said.</p>" * 4
)


def test_h1_linking_to_the_home_page_names_the_site_and_the_next_h1_is_the_headline() -> None:
    # A blog theme: the site's name is an <h1> linking home (here in an archived copy, whose
    # links carry the archive's prefix), the post's title a second <h1> linking to itself.
    page = (
        "<html><head><title>Harbour reopens early | Portside Diary</title></head><body>"
        '<div id="header"><h1><a href="https://web.archive.org/web/20100101000000/'
        'http://portside-diary.example/">Portside Diary</a></h1></div>'
        '<div class="post"><h1><a href="/2010/05/harbour-reopens/" rel="bookmark">'
        "Harbour reopens early</a></h1>" + _POST_TEXT + "</div></body></html>"
    )
    article = parse(page.encode())
    assert article.headline == "Harbour reopens early"


def test_logo_h1_alone_leaves_the_document_title_without_the_site_name() -> None:
    # The post's title is printed only as an <h2>; the logo's name is cut off the <title>.
    page = (
        "<html><head><title>Harbour reopens early | Portside Diary</title></head><body>"
        '<a href="/"><h1 id="logo">Portside Diary</h1></a>'
        "<div class='post'><h2>Harbour reopens early</h2>" + _POST_TEXT + "</div></body></html>"
    )
    article = parse(page.encode())
    assert article.headline == "Harbour reopens early"


def test_h1_linking_to_its_own_article_is_the_headline() -> None:
    page = (
        "<html><head><title>Portside Diary</title></head><body>"
        '<h1><a href="/2010/05/harbour-reopens/">Harbour reopens early</a></h1>'
        + _POST_TEXT
        + "</body></html>"
    )
    assert parse(page.encode()).headline == "Harbour reopens early"
