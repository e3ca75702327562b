"""JSON-LD wrapped in bare CDATA markers, the local-time copy of a UTC instant, and a JSON-LD
headline outvoted by the page's <h1> and <title>."""

from __future__ import annotations

import lxml.html

import newsclean
from newsclean.html.published import _printed_by_headline

PROSE = (
    "<p>The observatory's new telescope took its first pictures on Thursday night, showing "
    "a spiral galaxy in more detail than any instrument on the island had managed before.</p>"
)


def _page(head: str, h1: str = "First Light for the New Telescope") -> bytes:
    return (
        f"<html><head>{head}</head><body><article><h1>{h1}</h1>{PROSE}{PROSE}"
        "</article></body></html>"
    ).encode()


def test_json_ld_between_bare_cdata_markers_is_read() -> None:
    head = (
        '<script type="application/ld+json">\n  <![CDATA[\n  {"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "headline": "First Light for the New Telescope",'
        ' "datePublished": "2020-07-10T14:15:42+00:00", "dateModified": "2025-01-07T09:08:22+00:00",'
        ' "author": {"@type": "Person", "name": "Mara Quist"}}\n  ]]>\n</script>'
    )
    article = newsclean.parse(_page(head))
    assert article.published is not None
    assert article.published.isoformat() == "2020-07-10T14:15:42+00:00"
    assert article.authors == ["Mara Quist"]


def test_a_utc_instant_is_given_in_the_offset_another_source_prints() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "First Light for'
        ' the New Telescope", "dateCreated": "2017-02-24T01:18:13Z"}</script>'
        '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    article = newsclean.parse(_page(head))
    assert article.published is not None
    assert article.published.isoformat() == "2017-02-23T17:18:13-08:00"


def test_an_instant_another_source_does_not_repeat_stays_utc() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "First Light for'
        ' the New Telescope", "dateCreated": "2017-02-24T01:18:13Z"}</script>'
        '<meta property="article:published_time" content="2017-02-20T09:00:00-08:00">'
    )
    article = newsclean.parse(_page(head))
    assert article.published is not None
    assert article.published.isoformat() == "2017-02-24T01:18:13+00:00"


def test_h1_and_title_outvote_a_json_ld_headline_alone() -> None:
    head = (
        "<title>New Zealand - Wikipedia</title>"
        '<script type="application/ld+json">{"@type": "Article", "name": "New Zealand",'
        ' "headline": "constitutional monarchy in Oceania"}</script>'
    )
    assert newsclean.parse(_page(head, h1="New Zealand")).headline == "New Zealand"


def test_a_time_in_a_related_list_does_not_date_the_page() -> None:
    from newsclean import parse

    story = "The council voted on Tuesday to close the old bridge until the spring. " * 3
    page = (
        "<html><head><title>Bridge closes</title></head><body>"
        f"<article><h1>Bridge closes</h1><p>{story}</p><p>{story}</p></article>"
        "<ul class='related-posts'><li><a href='/a'>Older story</a>"
        "<time datetime='2017-09-06'>6 September 2017</time></li></ul>"
        "<div class='byline'><time datetime='2023-10-31T09:00:00'>31 October 2023</time></div>"
        "</body></html>"
    ).encode()
    published = parse(page).published
    assert published is not None and published.date().isoformat() == "2023-10-31"


def _dated_page(head: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><article><h1>First Light for the New Telescope</h1>"
        "<p class='meta'><time datetime='2022-01-27'>27.01.2022</time></p>"
        f"{PROSE}{PROSE}</article></body></html>"
    ).encode()


def test_the_articles_time_outranks_a_generic_page_date() -> None:
    # CMSs fill <meta name="date"> (or DC.date) with the page's creation or last change.
    for head in (
        '<meta name="date" content="2022-01-21">',
        '<meta name="DC.date" content="2022-01-21">',
    ):
        published = newsclean.parse(_dated_page(head)).published
        assert published is not None and published.date().isoformat() == "2022-01-27", head


def test_a_published_time_meta_outranks_the_articles_time() -> None:
    # The page prints the meta tag's day too (at its foot): the two are both the page's.
    head = '<meta property="article:published_time" content="2022-01-21T10:00:00+01:00">'
    page = _dated_page(head).replace(
        b"</article>", b"<p>Erstmals erschienen 21.01.2022</p></article>"
    )
    published = newsclean.parse(page).published
    assert published is not None and published.date().isoformat() == "2022-01-21"


def test_the_day_printed_under_the_headline_outweighs_metadata_the_page_never_prints() -> None:
    # The meta tag keeps the day the draft was first saved; readers see 27 January.
    head = '<meta property="article:published_time" content="2021-11-29T14:13:37+00:00">'
    published = newsclean.parse(_dated_page(head)).published
    assert published is not None and published.date().isoformat() == "2022-01-27"


def test_an_update_printed_under_the_headline_leaves_the_metadata_standing() -> None:
    head = '<meta property="article:published_time" content="2020-07-10T14:15:42+00:00">'
    printed = "<div class='details'><em>Last Updated:</em> <em>January 7, 2025</em></div>"
    published = newsclean.parse(_page_printing(head, printed)).published
    assert published is not None and published.isoformat() == "2020-07-10T14:15:42+00:00"


def test_a_date_in_the_block_after_the_headlines_wrapper_dates_a_page_without_metadata() -> None:
    page = (
        "<html><body><div class='hero'><div class='hero-image'><img src='a.jpg'></div>"
        "<div class='title-wrapper'><div class='column'><h1>First Light for the New Telescope"
        "</h1></div></div></div><div class='container'><span>Science</span>"
        f"<span>17/02/2022</span></div><section>{PROSE}{PROSE}</section></body></html>"
    )
    dateline = _printed_by_headline(lxml.html.fromstring(page), ())
    assert dateline is not None and dateline.value.date().isoformat() == "2022-02-17"


def test_a_pictures_caption_under_the_headline_is_no_dateline() -> None:
    page = (
        "<html><body><article><h1>First Light for the New Telescope</h1>"
        "<figure><img src='a.jpg'><figcaption>The dome at dusk, 24. April 2023</figcaption>"
        f"</figure><p class='date'>28.04.2023</p>{PROSE}{PROSE}</article></body></html>"
    ).encode()
    published = newsclean.parse(page).published
    assert published is not None and published.date().isoformat() == "2023-04-28"


def _page_printing(head: str, printed: str) -> bytes:
    return (
        f"<html><head>{head}</head><body><article><h1>First Light for the New Telescope</h1>"
        f"{printed}{PROSE}{PROSE}</article></body></html>"
    ).encode()


_JSON_LD_4_JANUARY = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "First Light for'
    ' the New Telescope", "datePublished": "2022-01-04T07:29:00.000Z"}</script>'
)
# JSON-LD says 4 January, the meta tag 6 January: the two sources disagree.
_DISAGREEING_HEAD = _JSON_LD_4_JANUARY + (
    '<meta property="article:published_time" content="2022-01-06T08:29:34">'
)


def test_sources_disagree_and_the_page_prints_the_other_day() -> None:
    head = _DISAGREEING_HEAD
    article = newsclean.parse(_page_printing(head, '<div class="info">06.01.2022</div>'))
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-06"


def test_sources_disagree_and_the_page_prints_neither_day() -> None:
    head = _DISAGREEING_HEAD
    article = newsclean.parse(_page_printing(head, ""))
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-04"


def test_a_day_two_sources_give_outweighs_an_update_printed_on_the_page() -> None:
    head = _DISAGREEING_HEAD
    printed = (
        '<div itemprop="datePublished" content="2022-01-04T07:29:00Z"></div>'
        "<p>Updated 6 January 2022, 09:29</p>"
    )
    article = newsclean.parse(_page_printing(head, printed))
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-04"


def test_a_bare_issue_day_does_not_replace_a_timestamp() -> None:
    # A daily's print issue is dated the morning after the story went online.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "First Light'
        ' for the New Telescope", "datePublished": "2024-04-25T19:30:04+02:00"}</script>'
        '<meta name="date" content="2024-04-26">'
    )
    article = newsclean.parse(_page_printing(head, "<p>Ausgabe vom 26.04.2024, Seite 1</p>"))
    assert article.published is not None
    assert article.published.isoformat() == "2024-04-25T19:30:04+02:00"


def test_a_time_in_an_embedded_post_does_not_date_the_page() -> None:
    embedded = (
        '<blockquote class="instagram-media"><p>A post shared by the observatory on '
        '<time datetime="2018-03-27T07:08:52+00:00">Mar 27, 2018</time></p></blockquote>'
    )
    head = '<meta name="date" content="2018-05-23">'
    article = newsclean.parse(_page_printing(head, embedded))
    assert article.published is not None
    assert article.published.date().isoformat() == "2018-05-23"


def _bare_page(head: str, article: str) -> bytes:
    return (
        f"<html><head>{head}</head><body>"
        '<header><h1><a href="/">Daily Courier</a></h1><span>Wednesday, 26.02.2020</span></header>'
        f"<main>{article}</main></body></html>"
    ).encode()


_STORY = f"<h1>First Light for the New Telescope</h1>{PROSE}{PROSE}"


def test_a_dateline_beside_the_headline_dates_a_page_without_metadata() -> None:
    article = newsclean.parse(_bare_page("", f"<p>02.02.2022 10:16 Uhr - Science</p>{_STORY}"))
    assert article.published is not None
    assert article.published.isoformat() == "2022-02-02T10:16:00"


def test_a_dateline_beside_the_headline_outranks_a_generic_page_date() -> None:
    # TYPO3 fills <meta name="date"> with the page's last change.
    article = newsclean.parse(
        _bare_page(
            '<meta name="date" content="2020-02-12">',
            f'<div class="timedata">05.02.2020 - Redaktion: Eva Fuhr</div><div>Share</div>{_STORY}',
        )
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-02-05"


def test_the_logo_headline_and_todays_date_in_the_page_header_are_passed_over() -> None:
    story = f"<h1>First Light for the New Telescope</h1><p>Posted 3 March 2019</p>{PROSE}{PROSE}"
    article = newsclean.parse(_bare_page("<title>First Light</title>", story))
    assert article.published is not None
    assert article.published.date().isoformat() == "2019-03-03"


def test_a_paragraph_opening_with_a_place_and_date_dates_the_page() -> None:
    for opening in ("Karlsruhe, (12.11.2021). ", "12.11.2021 – "):
        page = (
            "<html><body><article><h1>First Light for the New Telescope</h1>"
            f"<p><strong>{opening}The observatory's new telescope took its first pictures "
            "on Thursday night, the director said, and the spiral galaxy it showed had never "
            "been seen in such detail from the island.</strong></p>"
            f"{PROSE}{PROSE}</article></body></html>"
        )
        dateline = _printed_by_headline(lxml.html.fromstring(page), ())
        assert dateline is not None and dateline.value.date().isoformat() == "2021-11-12", opening


def test_a_date_inside_the_first_sentence_is_no_dateline() -> None:
    page = (
        "<html><body><article><h1>First Light for the New Telescope</h1>"
        "<p>On 12.11.2021 the observatory's new telescope took its first pictures, "
        "the director said on Friday, and the spiral galaxy it showed had never been seen "
        "in such detail from the island.</p>"
        f"{PROSE}{PROSE}</article></body></html>"
    ).encode()
    assert _printed_by_headline(lxml.html.fromstring(page), ()) is None


def test_the_h2_printing_the_pages_title_is_the_headline_under_a_logo_h1() -> None:
    page = (
        "<html><head><title>First Light for the New Telescope &#8211; Daily Courier</title>"
        '</head><body><div class="banner"><h1><a href="/">Daily Courier</a></h1></div>'
        '<div class="story"><span class="meta"><a href="/">Home</a> | By Mara Quist | '
        "30 septembre 2018</span><h2>First Light for the New Telescope</h2>"
        f"{PROSE}{PROSE}<h2>Related stories from the island</h2><p>12.03.2017</p></div>"
        "</body></html>"
    )
    dateline = _printed_by_headline(lxml.html.fromstring(page), ("fr",))
    assert dateline is not None and dateline.value.date().isoformat() == "2018-09-30"


def test_a_linked_h2_is_no_headline_even_when_it_prints_the_title() -> None:
    # A forum's topic title links to the topic; the date after it is a poster's profile.
    page = (
        "<html><head><title>Why Free Software Matters - Community Forum</title></head><body>"
        '<h2><a href="/topic/167">Why Free Software Matters</a></h2>'
        f"<dl><dt>Joined:</dt><dd>18.09.2008, 05:56</dd></dl>{PROSE}</body></html>"
    )
    assert _printed_by_headline(lxml.html.fromstring(page), ()) is None


def test_todays_date_in_the_site_header_is_not_the_articles_time() -> None:
    page = (
        "<html><head><title>Queer Royal - On Stage and Off</title></head><body>"
        '<header><div class="nav"><time datetime="2023-11-01T13:56:20+01:00">'
        "Mittwoch, 01. November 2023</time></div></header>"
        "<div class='item'><h2>Queer Royal - On Stage and Off</h2>"
        "<p><span class='date'>31. Oktober 2023.</span> Drag queens are figures of make-up "
        "and glitter, at parties and in shows, and now in the middle of a debate.</p>"
        f"{PROSE}{PROSE}</div></body></html>"
    ).encode()
    article = newsclean.parse(page)
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-10-31"


def test_the_first_date_of_a_block_that_prints_an_update_after_it_is_the_headlines() -> None:
    head = '<meta property="og:article:published_time" content="2020-01-20T09:49:32+0000">'
    story = (
        '<div class="channel"><a href="/film">Film</a></div>'
        '<div class="date">January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>'
        f"<h1>First Light for the New Telescope</h1>{PROSE}{PROSE}"
    )
    article = newsclean.parse(
        f"<html><head>{head}</head><body><article>{story}</article></body></html>".encode()
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-01-19"


def test_a_time_in_an_aside_of_the_articles_own_details_dates_it() -> None:
    head = '<meta name="date" content="2022-01-26T14:32:06+02:00">'
    story = (
        f"<h1>First Light for the New Telescope</h1>{PROSE}"
        '<aside class="meta" role="complementary"><p class="meta__content">'
        '<time datetime="2022-01-21">21.01.2022 - 13:30</time></p></aside>'
        f'{PROSE}<aside class="related"><time datetime="2021-12-02">02.12.2021</time></aside>'
    )
    article = newsclean.parse(
        f"<html><head>{head}</head><body><article>{story}</article></body></html>".encode()
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-01-21"


def _republished_page(printed: str) -> bytes:
    head = (
        '<meta property="article:published_time" content="2022-05-03">'
        '<meta property="article:modified_time" content="2022-05-04">'
    )
    # Printed at the story's foot, far from the headline, where no dateline reader looks.
    story = (
        f"<h1>First Light for the New Telescope</h1>{PROSE}{PROSE}{PROSE}"
        f"<p>By Mara Quist</p><p>{printed}</p>"
    )
    return f"<html><head>{head}</head><body><article>{story}</article></body></html>".encode()


def test_the_last_change_is_the_date_when_only_it_is_printed_as_the_pages_own() -> None:
    published = newsclean.parse(_republished_page("04 de mayo 2022, 12:00 A. M.")).published
    assert published is not None and published.date().isoformat() == "2022-05-04"


def test_a_last_change_printed_as_an_update_leaves_the_first_date() -> None:
    for printed in ("Updated May 4, 2022 @ 10:42 am", "This page was last edited on 4 May 2022"):
        published = newsclean.parse(_republished_page(printed)).published
        assert published is not None and published.date().isoformat() == "2022-05-03", printed
