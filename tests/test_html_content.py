"""Main-text rules on small pages built for each rule."""

from __future__ import annotations

import json

import lxml.html

from newsclean import parse
from newsclean.html.reader import read_container

_SENTENCES = [
    "The regional parliament voted on Thursday to extend the night train service to the coast until 2027.",
    "Operators had warned that without new subsidies the line would close at the end of the summer timetable.",
    "The extension costs about 14 million euros a year, shared between the region and the two neighbouring states.",
    "Passenger groups welcomed the decision but asked for more sleeper carriages on the busiest weekend trains.",
    "A first review of the service is planned for the spring, when the new rolling stock is due to be delivered.",
    "Tourism boards along the route expect the trains to bring visitors in the quieter months of the year.",
]


def _page(article_html: str, extra: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<h1>Night train to the coast saved</h1>{article_html}{extra}</body></html>"
    ).encode()


def _paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{sentence}</p>" for sentence in sentences)


def _body_around(furniture: str) -> list[str]:
    """The body read from the article's six sentences with ``furniture`` after the third."""
    html = f"{_paragraphs(_SENTENCES[:3])}{furniture}{_paragraphs(_SENTENCES[3:])}"
    return parse(_page(f"<article>{html}</article>")).body


def _body_after(furniture: str) -> list[str]:
    """The body read from the article's six sentences with ``furniture`` after them."""
    return parse(_page(f"<article>{_paragraphs(_SENTENCES)}{furniture}</article>")).body


def test_chunks_split_over_sibling_wrappers_are_all_read() -> None:
    chunks = "".join(
        f'<div class="chunk"><div class="inner">{_paragraphs(_SENTENCES[i : i + 2])}</div></div>'
        for i in range(0, 6, 2)
    )
    article = parse(_page(f'<article><div class="grid">{chunks}</div></article>'))
    assert article.body == _SENTENCES


def test_teaser_river_is_not_read_as_the_article() -> None:
    teasers = "".join(
        f'<div class="card"><h3><a href="/story/{n}">Other story number {n} about trains</a></h3>'
        f"<p>A short excerpt of another story about the railway, number {n}, for the river.</p></div>"
        for n in range(8)
    )
    page = _page(
        f'<div class="wrap"><article>{_paragraphs(_SENTENCES)}</article><div>{teasers}</div></div>'
    )
    article = parse(page)
    assert article.body == _SENTENCES


def test_long_comment_thread_is_not_the_article() -> None:
    comments = "".join(
        f'<li class="comment"><p>{sentence} I have taken this train for years and I have a lot to say.</p></li>'
        for sentence in _SENTENCES * 3
    )
    page = _page(
        f"<article>{_paragraphs(_SENTENCES[:4])}</article>",
        f'<ul class="comments-list">{comments}</ul>',
    )
    assert parse(page).body == _SENTENCES[:4]


def test_prose_lists_are_kept_and_fact_lists_dropped() -> None:
    prose = "".join(
        f"<li>{sentence} It was one of the main arguments in the debate, and members returned to it several times.</li>"
        for sentence in _SENTENCES[:3]
    )
    facts = "<ul><li>Length: 640 km</li><li>Stops: 12</li><li>Since: 1987</li></ul>"
    article = parse(
        _page(f"<article>{_paragraphs(_SENTENCES[3:])}<ul>{prose}</ul>{facts}</article>")
    )
    text = " ".join(article.body)
    assert "one of the main arguments" in text
    assert "Length: 640 km" not in text


def test_screen_reader_labels_and_credits_inside_paragraphs_are_dropped() -> None:
    page = _page(
        "<article>"
        + _paragraphs(_SENTENCES[:3])
        + f'<p>{_SENTENCES[3]}<span class="sr-only">Open image gallery</span></p>'
        + "<p>The night train at the coast station in June. (Photo: Rail Press)</p>"
        + "</article>"
    )
    article = parse(page)
    assert article.body == _SENTENCES[:4]


def test_section_headlines_structure_the_body() -> None:
    page = _page(
        f"<article>{_paragraphs(_SENTENCES[:2])}<h2>Who pays</h2>{_paragraphs(_SENTENCES[2:4])}"
        f"<h2>What comes next</h2>{_paragraphs(_SENTENCES[4:])}<h2>More on this</h2></article>"
    )
    article = parse(page)
    assert [(s.headline, len(s.paragraphs)) for s in article.sections] == [
        (None, 2),
        ("Who pays", 2),
        ("What comes next", 2),
    ]
    assert article.body == _SENTENCES


def test_text_held_directly_with_line_breaks_is_read() -> None:
    text = "<br><br>".join(_SENTENCES)
    page = _page(
        f'<table><tr><td class="menu"><a href="/a">Archive</a><br><a href="/b">Weather</a></td>'
        f"<td>{text}</td></tr></table>"
    )
    assert parse(page).body == _SENTENCES


def test_read_more_box_heading_does_not_swallow_the_text_after_it() -> None:
    box = (
        '<div class="inline-box"><h3>Read more</h3>'
        '<a href="/other-1">Another story about trains</a> <a href="/other-2">And one more about buses</a></div>'
    )
    html = f"{_paragraphs(_SENTENCES[:3])}{box}{_paragraphs(_SENTENCES[3:])}"
    article = parse(_page(f"<article>{html}</article>"))
    assert article.body == _SENTENCES
    assert [s.headline for s in article.sections] == [None]


def test_lead_reworded_from_the_meta_description_is_found() -> None:
    lead = "The coastal night train will keep running until 2027 after a late vote in the regional parliament."
    page = (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title>"
        '<meta name="description" content="Regional parliament votes to keep the coastal night train running until 2027.">'
        "</head><body><h1>Night train to the coast saved</h1>"
        f'<div class="x1"><p>{lead}</p></div><article class="y2">{_paragraphs(_SENTENCES)}</article></body></html>'
    ).encode()
    article = parse(page)
    assert article.lead == lead
    assert article.body == [lead, *_SENTENCES]


def test_divs_used_as_paragraphs_are_read() -> None:
    article = parse(
        _page(
            '<div class="story">'
            + "".join(f"<div><span>{s}</span></div>" for s in _SENTENCES)
            + "</div>"
        )
    )
    assert article.body == _SENTENCES


def test_newsletter_box_named_like_content_is_skipped() -> None:
    # "content" in the box's layout class must not save a newsletter sign-up from the reader.
    box = (
        '<section class="NewsletterBox content-width"><p>The Morning Briefing: the best start '
        "to your day with news and stories from the region and the world.</p></section>"
    )
    assert _body_around(box) == _SENTENCES


def test_generated_hex_ids_are_not_read_as_words() -> None:
    # "ad6ed79d" begins like the word "ad" followed by a digit; it is a generated id.
    blocks = "".join(
        f'<div id="{prefix}-88fd-4c8e" class="block block-text"><p>{sentence}</p></div>'
        for prefix, sentence in zip(
            ["ad6ed79d", "ad11c0fe", "ad42be7a", "ad0b5e11", "adf00d42", "ad7c3e9b"],
            _SENTENCES,
            strict=True,
        )
    )
    article = parse(_page(f'<div class="blocks">{blocks}</div>'))
    assert article.body == _SENTENCES


def test_author_card_after_the_article_is_skipped() -> None:
    card = (
        '<div class="author-container"><div class="author-description">Has covered transport '
        "and regional politics for the paper since 2019, before that at the city desk.</div></div>"
    )
    assert _body_after(card) == _SENTENCES


def test_folded_expert_box_is_skipped() -> None:
    box = (
        '<div class="expandable-box"><div class="expandable-box__body"><p>Jane Doe is professor '
        "of transport economics at the state university and advises the regional rail board.</p>"
        "</div></div>"
    )
    assert _body_around(box) == _SENTENCES


def test_collapsible_article_body_is_still_read() -> None:
    # A body folded on small screens names the fold and the article: the article wins.
    sidebar = '<div class="related"><a href="/a">Other story about the railway line</a></div>'
    page = _page(
        f'<article><div class="article-body collapsible">{_paragraphs(_SENTENCES[:3])}</div>'
        f'<div class="article-body collapsible">{_paragraphs(_SENTENCES[3:])}</div>{sidebar}</article>'
    )
    assert parse(page).body == _SENTENCES


_NEXT_STORY = [
    "The city council approved, after a long debate, a new budget for the harbour, the parks and the schools.",
    "Opposition members argued that the plan, which raises fees, would hurt small businesses, shops and cafes.",
    "The mayor said the harbour works, delayed twice, would now start in May, weather and funding permitting.",
    "Residents of the old town, where most of the works take place, were promised quieter nights, fewer trucks.",
    "The budget, the largest in a decade, also funds two new libraries, a pool and repairs to the town hall.",
    "Critics noted that the council, like last year, left the question of rising rents, again, for later.",
    "A vote on the rents, housing and the new tram line, postponed twice, is expected before the autumn.",
    "Local papers, radio and television followed the session, which lasted, with breaks, for eleven hours.",
]


def test_longer_next_story_under_its_own_h1_is_not_read() -> None:
    # A second story appended below the page's own (scrolled into view) outscores it by
    # length; the page's headline in the first story's <h1> tells which one is the page's.
    page = (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title>"
        '<meta property="og:title" content="Night train to the coast saved"></head><body><main>'
        f"<article><div><h1>Night train to the coast saved</h1></div>"
        f"<div>{_paragraphs(_SENTENCES[:4])}</div></article>"
        f"<div><article><div><h1>Council passes the harbour budget</h1></div>"
        f"<div>{_paragraphs(_NEXT_STORY)}</div></article></div>"
        "</main></body></html>"
    ).encode()
    assert parse(page).body == _SENTENCES[:4]


def test_list_finishing_the_sentence_before_it_is_read() -> None:
    # Short items joined by semicolons after a colon are parts of one sentence, not a fact box.
    intro = "The new timetable, agreed with the operators, rests on three commitments:"
    items = ["nightly departures all year;", "more sleeper carriages; and", "cheaper fares."]
    after = _SENTENCES[1]
    article = parse(
        _page(
            f"<article>{_paragraphs([_SENTENCES[0], intro])}"
            f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
            f"{_paragraphs([after])}</article>"
        )
    )
    assert article.body == [_SENTENCES[0], intro, *items, after]


def test_fact_list_after_a_colon_is_still_skipped() -> None:
    intro = "The new timetable, agreed with the operators, stops at these stations:"
    items = ["Northport", "Lakeside", "Old Harbour"]
    article = parse(
        _page(
            f"<article>{_paragraphs([_SENTENCES[0], intro])}"
            f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
            f"{_paragraphs([_SENTENCES[1]])}</article>"
        )
    )
    assert article.body == [_SENTENCES[0], intro, _SENTENCES[1]]


def test_paragraph_of_linked_place_names_is_read() -> None:
    # Topic pages linked word by word make a list of places link-heavy; it is still text.
    places = "Stops: " + ", ".join(
        f'<a href="/topics/{name.lower()}">{name}</a>'
        for name in ["Northport", "Lakeside", "Eastwick", "Millbay", "Southend"]
    )
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES[:3])}<p>{places}</p>"
            f"{_paragraphs(_SENTENCES[3:])}</article>"
        )
    )
    assert article.body == [
        *_SENTENCES[:3],
        "Stops: Northport, Lakeside, Eastwick, Millbay, Southend",
        *_SENTENCES[3:],
    ]


def test_barred_line_of_section_links_is_skipped() -> None:
    links = " | ".join(
        f'<a href="/{name.lower()}">{name}</a>' for name in ["Politics", "Transport", "Region"]
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES)}<p>{links}</p></article>"))
    assert article.body == _SENTENCES


def test_drop_cap_printed_as_its_own_element_joins_its_word() -> None:
    opening = (
        '<p class="first"><span class="outer"><span class="letter">N</span></span> '
        '<span class="rest">ow the line is saved.</span> The operators have signed the contract.</p>'
    )
    article = parse(_page(f"<article>{opening}{_paragraphs(_SENTENCES[:3])}</article>"))
    assert article.body[0] == "Now the line is saved. The operators have signed the contract."


def test_one_letter_word_in_its_own_element_keeps_its_space() -> None:
    # The space belongs to the text after the letter: "A" is a word here, not a drop cap.
    opening = "<p><b>A</b> night train will run to the coast again from the spring onwards.</p>"
    article = parse(_page(f"<article>{opening}{_paragraphs(_SENTENCES[:3])}</article>"))
    assert article.body[0] == "A night train will run to the coast again from the spring onwards."


_APPEAL = (
    "Independent reporting on the railways needs readers who pay for it. Support our newsroom "
    "with a small monthly amount, cancel at any time."
)


def test_appeal_box_ending_in_a_button_is_skipped() -> None:
    box = (
        '<div class="bottom-box"><div class="inner"><p>Read local, stay informed</p>'
        f'<p>{_APPEAL} <a class="btn primary" href="/support">Support us now</a></p></div></div>'
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES)}{box}</article>"))
    assert article.body == _SENTENCES


def test_button_box_does_not_take_the_text_around_it() -> None:
    # The button's box is the small embed; the wrapper around it holds article text too.
    closing = [
        "The first sleeper carriages were refurbished in a workshop near the northern terminus.",
        "Staff who had been told to expect redundancy will keep their jobs on the line.",
    ]
    embed = '<div class="embed"><a class="link-button" href="/more">More trains</a></div>'
    chunk = f'<div class="chunk">{_paragraphs(closing)}{embed}</div>'
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES)}{chunk}</article>"))
    assert article.body == [*_SENTENCES, *closing]


def _card(title: str, excerpt: str, label: str) -> str:
    return (
        f'<div class="m1"><article class="c7"><div class="t2"><h3><span class="k">Coast line</span>'
        f'<span>:</span> <a href="/live/coast">{title}</a></h3><div class="x">{excerpt}</div></div>'
        f'<div class="p9"><img src="/i.jpg" alt=""><div class="l">{label}</div></div></article></div>'
    )


def test_teaser_card_and_the_sentence_announcing_it_are_skipped() -> None:
    intro = "More on the night trains in our live blog:"
    card = _card(
        "All the news on the line",
        "The night train was saved at the last minute. The latest news in the live blog.",
        "Live blog",
    )
    article = parse(
        _page(f"<main>{_paragraphs(_SENTENCES)}<div><div>{intro}</div></div>{card}</main>")
    )
    assert article.body == _SENTENCES


def test_colon_before_skipped_links_stays_when_a_teaser_card_follows_later() -> None:
    intro = "Sources for the passenger figures quoted in this story:"
    links = '<p><a href="https://example.org/figures">example.org</a></p>'
    card = _card("Another story", "An excerpt of another story about the railway.", "More")
    body = f"{_paragraphs([*_SENTENCES[:5], intro])}{links}{card}{_paragraphs(_SENTENCES[5:])}"
    article = parse(_page(f"<main>{body}</main>"))
    assert article.body == [*_SENTENCES[:5], intro, _SENTENCES[5]]


def test_caption_and_running_time_beside_a_picture_are_skipped() -> None:
    video = (
        '<div class="v1"><div class="v2"><picture><img src="/still.jpg" alt=""></picture></div>'
        "<span>The first night train leaves the coast station after the vote.</span>"
        "<span>18.04.2024 | 0:21 min</span></div>"
    )
    photo = (
        '<div class="m1"><div class="m2"><img src="/photo.jpg" alt=""></div>'
        '<div class="m3"><p class="info">Sleeper carriages waiting at the depot</p></div></div>'
    )
    body = f"{_paragraphs(_SENTENCES[:3])}{video}{_paragraphs(_SENTENCES[3:])}{photo}"
    article = parse(_page(f"<article>{body}</article>"))
    assert article.body == _SENTENCES


def test_paragraph_with_an_image_inside_is_read() -> None:
    inline = '<p><img src="/map.png" alt="">The line runs along the coast for 300 km.</p>'
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES[:3])}{inline}</article>"))
    assert article.body == [*_SENTENCES[:3], "The line runs along the coast for 300 km."]


def test_linked_image_inside_a_run_of_text_is_read_with_it() -> None:
    run = (
        f'<div class="txt">{_SENTENCES[4]} <span class="media"><img src="/o.jpg" alt="">'
        '<a href="/offer">The offer is valid for a short time only</a></span> '
        f"{_SENTENCES[5]}</div>"
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES[:4])}{run}</article>"))
    assert article.body[-1] == (
        f"{_SENTENCES[4]} The offer is valid for a short time only {_SENTENCES[5]}"
    )


def test_promotion_box_around_a_figure_is_skipped() -> None:
    box = (
        '<div class="box"><div class="head"><h3>Do you follow us on the messenger?</h3></div>'
        "<div><p>Morning and evening news in one channel: subscribe for free.</p></div>"
        '<div><figure><figcaption class="c">Our channel</figcaption></figure></div></div>'
    )
    assert _body_around(box) == _SENTENCES


def test_reader_poll_with_labelled_answers_is_skipped() -> None:
    options = "".join(
        f"<label><span>{answer}</span></label>"
        for answer in ["Yes, of course.", "No.", "Not sure."]
    )
    poll = f"<div class='q'><div><p>Should the night train run all year round?</p></div><div>{options}</div></div>"
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES)}{poll}</article>"))
    assert article.body == _SENTENCES


def test_live_blog_entry_stamps_are_skipped_and_a_dated_sentence_is_read() -> None:
    entries = "".join(
        f'<div class="entry"><div class="info"><time><span>{age} ago</span>{clock}</time>'
        f'<a href="/staff/jo-king">Jo King</a></div><p>{sentence}</p></div>'
        for age, clock, sentence in [
            ("21 mins", "11:48", _SENTENCES[1]),
            ("2 hours", "10:05", _SENTENCES[2]),
        ]
    )
    clock_entry = (
        '<div class="entry"><div class="info"><time>19:39</time><mark>Sophie Bateman-Clements'
        f"</mark></div><p>{_SENTENCES[3]}</p></div>"
    )
    dated = "<p>The vote is on <time>12 May 2025</time>.</p>"
    article = parse(
        _page(f"<article><p>{_SENTENCES[0]}</p>{dated}{entries}{clock_entry}</article>")
    )
    assert article.body == [_SENTENCES[0], "The vote is on 12 May 2025.", *_SENTENCES[1:4]]


def test_sentence_made_mostly_of_links_is_read_and_a_linked_headline_is_not() -> None:
    linked = (
        '<p><a href="/topics/coast-line">The coast line</a>\'s operator, '
        '<a href="/news/1">Northern Sleepers, said the trains were fully booked for the summer</a>'
        " until the end of August.</p>"
    )
    headline = (
        '<p><a href="/news/2">Sleeper trains return to the northern coast this summer</a></p>'
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES[:3])}{linked}{headline}</article>"))
    assert article.body == [
        *_SENTENCES[:3],
        "The coast line's operator, Northern Sleepers, said the trains were fully booked for "
        "the summer until the end of August.",
    ]


def test_image_with_a_line_break_and_an_emphasised_caption_is_skipped() -> None:
    captioned = '<p><img src="/depot.jpg" alt=""><br><em>The depot at Northport (R)</em></p>'
    text_after = f'<p><img src="/map.png" alt=""><br>{_SENTENCES[3]}</p>'
    article = parse(
        _page(f"<article>{_paragraphs(_SENTENCES[:3])}{captioned}{text_after}</article>")
    )
    assert article.body == _SENTENCES[:4]


def test_trailing_label_whose_links_were_skipped_is_dropped() -> None:
    sources = '<ul><li><a href="https://example.org/a">example.org</a></li></ul>'
    article = parse(_page(f"<article>{_paragraphs([*_SENTENCES, 'Sources:'])}{sources}</article>"))
    assert article.body == _SENTENCES


def test_section_heading_classed_as_subtitle_is_not_the_lead() -> None:
    # The article opens with a video box whose info line is its first <p>, above the <h1>:
    # the search for a classed lead runs on past the body's first paragraphs.
    body = (
        '<div class="media"><p class="info">02:57 Min.</p></div>'
        "<h1>Night train to the coast saved</h1>"
        f"<p>{_SENTENCES[0]}</p><p>{_SENTENCES[1]}</p>"
        f'<h2 class="subtitle small">Who pays for the new night trains on the line</h2>{_paragraphs(_SENTENCES[2:])}'
    )
    page = (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title></head>"
        f"<body><article>{body}</article></body></html>"
    )
    article = parse(page.encode())
    assert article.lead != "Who pays for the new night trains on the line"
    assert "Who pays for the new night trains on the line" in [s.headline for s in article.sections]


def test_byline_paragraph_is_dropped_when_the_metadata_names_its_author() -> None:
    page = _page(f"<article><p>By Nina Example</p>{_paragraphs(_SENTENCES)}</article>").replace(
        b"</title>", b'</title><meta name="author" content="Nina Example">'
    )
    article = parse(page)
    assert article.authors == ["Nina Example"]
    assert article.body == _SENTENCES


def _flight_page(body_html: str) -> bytes:
    """A server-rendered page whose markup has no body: the article's HTML is a text row
    of the flight data, split over two pushes as the stream arrives."""
    html_bytes = body_html.encode("utf-8")
    stream = f'1:"$Sreact.fragment"\n24:T{len(html_bytes):x},{body_html}5:["$","div",null,{{}}]\n'
    half = len(stream) // 2
    pushes = "".join(
        f"<script>self.__next_f.push([1,{json.dumps(chunk)}])</script>"
        for chunk in (stream[:half], stream[half:])
    )
    return (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title>"
        '<script src="/_next/static/chunks/main-app.js" async></script></head><body>'
        f"<h1>Night train to the coast saved</h1><div id='app'></div>{pushes}</body></html>"
    ).encode()


def test_article_html_held_in_flight_data_is_read_when_the_markup_has_none() -> None:
    paragraphs = [*_SENTENCES[:3], "Trains to Zürich keep their sleeper carriages next winter."]
    body_html = (
        f"<p>{paragraphs[0]}</p>$$ARTICLEAD$$<p>{paragraphs[1]}</p>"
        f"<h3>What changes</h3><p>{paragraphs[2]}</p><p>{paragraphs[3]}</p>"
        '<div class="writer"><span class="name">Jo King</span> reporter jo@example.org</div>'
    )
    article = parse(_flight_page(body_html))
    assert article.body == paragraphs
    assert [s.headline for s in article.sections] == [None, "What changes"]


def test_an_article_printed_only_for_readers_without_scripts_is_read() -> None:
    # A blog platform ships the post as a script template, and again inside <noscript>.
    post = _paragraphs(_SENTENCES)
    article_html = (
        f"<div class='post-body'><script type='text/template'>{post}</script>"
        f"<noscript>{post}</noscript></div>"
    )
    assert parse(_page(article_html)).body == _SENTENCES


def test_cards_linked_as_a_whole_are_skipped() -> None:
    cards = "".join(
        f'<div class="c{n}"><a href="/story/{n}"><div class="t"><h3>Other story {n} about '
        "the coast</h3></div></a></div>"
        for n in range(3)
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES)}<div>{cards}</div></article>"))
    assert article.body == _SENTENCES


def test_trending_box_inside_a_paragraph_is_not_read_into_it() -> None:
    # "trending" names furniture even beside "article": the box's words are not the text.
    trending = (
        '<section class="trending-in-article"><h3>Trending</h3>'
        '<a href="/other">Another story about something else entirely</a></section>'
    )
    article = parse(
        _page(f"<article>{_paragraphs(_SENTENCES[:5])}<p>{_SENTENCES[5]}{trending}</p></article>")
    )
    assert article.body == _SENTENCES


_POINTS = [
    "The night train to the coast will run until 2027 at the latest.",
    "The region and two neighbouring states share the yearly cost.",
    "Passenger groups ask for more sleeper carriages at weekends.",
]


def _points() -> str:
    return "<ul>" + "".join(f"<li>{point}</li>" for point in _POINTS) + "</ul>"


def test_summary_points_opening_the_article_are_read() -> None:
    article = parse(
        _page(f"<article><h3>In brief</h3>{_points()}{_paragraphs(_SENTENCES)}</article>")
    )
    assert article.body == [*_POINTS, *_SENTENCES]


def test_summary_points_after_a_short_label_are_read() -> None:
    article = parse(
        _page(
            f"<article><p>{_SENTENCES[0]}</p><div><strong>In brief:</strong>{_points()}</div>"
            f"{_paragraphs(_SENTENCES[1:])}</article>"
        )
    )
    assert article.body == [_SENTENCES[0], "In brief:", *_POINTS, *_SENTENCES[1:]]


def test_list_of_sentences_inside_the_text_is_still_a_fact_box() -> None:
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES[:3])}{_points()}{_paragraphs(_SENTENCES[3:])}</article>"
        )
    )
    assert article.body == _SENTENCES


def test_byline_word_left_without_its_name_is_dropped() -> None:
    # The name sits in an element named as furniture; "by" alone is no paragraph.
    byline = '<div class="author-line">by <span class="writer">Jo King</span></div>'
    article = parse(_page(f"<article>{byline}{_paragraphs(_SENTENCES)}</article>"))
    assert article.body == _SENTENCES


def test_note_about_the_author_at_the_end_is_dropped() -> None:
    note = "<p>Nina Example is a transport reporter for the regional desk.</p>"
    page = _page(f"<article>{_paragraphs(_SENTENCES)}{note}</article>").replace(
        b"</title>", b'</title><meta name="author" content="Nina Example">'
    )
    assert parse(page).body == _SENTENCES


def test_paragraph_that_only_names_someone_else_first_stays() -> None:
    closing = "<p>Nina Other is the union's spokesperson and welcomed the decision.</p>"
    page = _page(f"<article>{_paragraphs(_SENTENCES)}{closing}</article>").replace(
        b"</title>", b'</title><meta name="author" content="Nina Example">'
    )
    assert parse(page).body[-1] == (
        "Nina Other is the union's spokesperson and welcomed the decision."
    )


def test_hidden_note_inside_a_link_is_not_read() -> None:
    text = (
        '<p>The operator published <a class="ext" href="https://example.org/report">its report'
        '<span class="vis-h">(opens in a new window)</span></a> on Monday morning.</p>'
    )
    article = parse(_page(f"<article>{_paragraphs(_SENTENCES[:4])}{text}</article>"))
    assert article.body[-1] == "The operator published its report on Monday morning."


def test_line_announcing_a_skipped_video_is_dropped() -> None:
    video = (
        "<div><strong>WATCH | The first night train leaves the coast:</strong>"
        '<span><span class="media-embed"><div><img src="/still.jpg" alt="">'
        f"<h3>Night train leaves</h3><p>{' '.join(_SENTENCES)}</p></div></span></span></div>"
    )
    assert _body_around(video) == _SENTENCES


def test_line_ending_in_a_colon_before_a_skipped_list_stays() -> None:
    intro = "The trains stop at:"
    stops = "<ul><li>Northport</li><li>Lakeside</li></ul>"
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES[:3])}<div>{intro}{stops}</div>"
            f"{_paragraphs(_SENTENCES[3:])}</article>"
        )
    )
    assert article.body == [*_SENTENCES[:3], intro, *_SENTENCES[3:]]


def test_heading_holding_a_jump_target_anchor_is_a_section_headline() -> None:
    # A table of contents jumps to <a name> anchors inside the headings: no link, and its
    # class ("jumpLabel") names the feature, not furniture around the text.
    heading = (
        '<h3 class="subtitle"><a name="part2" class="jumpLabel">The vote in the council</a></h3>'
    )
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES[:3])}{heading}{_paragraphs(_SENTENCES[3:])}</article>"
        )
    )
    assert article.body == _SENTENCES
    assert [section.headline for section in article.sections] == [None, "The vote in the council"]


def test_heading_that_links_elsewhere_is_still_a_teaser() -> None:
    heading = '<h3><a href="/other-story">Another story about the coast</a></h3>'
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES[:3])}{heading}{_paragraphs(_SENTENCES[3:])}</article>"
        )
    )
    assert [section.headline for section in article.sections] == [None]


def test_a_hidden_box_inside_the_article_is_not_read() -> None:
    hidden_box = (
        '<div style="display: none">Sign up for our newsletter and get the best stories of the '
        "week in your inbox every Friday morning.</div>"
        "<p hidden>Thank you for subscribing, please check your inbox to confirm the address.</p>"
    )
    assert _body_around(hidden_box) == _SENTENCES


def test_an_article_saved_hidden_is_read_all_the_same() -> None:
    # Paywalled and streamed pages save the whole text hidden: it is still the article.
    hidden = f'<div style="display:none">{_paragraphs(_SENTENCES)}</div>'
    assert parse(_page(f"<article>{hidden}</article>")).body == _SENTENCES


_CONSENT_TEXT = [
    "We use cookies to remember your settings, to measure how often pages are read, and to show you offers that suit you.",
    "Some cookies are needed for the site to work, others are set by partners, who may combine them with other data.",
    "You can change your choice at any time, in the settings at the bottom of every page, without giving a reason.",
    "Statistics cookies tell us which pages are visited, how long visitors stay, and where they came from, in numbers only.",
    "Marketing cookies follow visitors across sites, so that partners can show adverts, measure them, and limit repeats.",
    "Read our privacy policy for the full list of partners, the purposes they pursue, and how long they keep the data.",
    "If you refuse, some embedded content, such as videos, maps or posts, may not be shown, and the site may look different.",
]


def test_a_consent_layer_longer_than_the_article_is_not_read() -> None:
    # A cookie or privacy layer is prose too: on a short article it outweighs the text.
    layer = (
        '<div class="site-cookie-consent-wrap"><div class="tabs" role="tablist">'
        f"{_paragraphs(_CONSENT_TEXT)}</div></div>"
    )
    article = parse(_page(f'<div class="story">{_paragraphs(_SENTENCES[:3])}</div>', layer))
    assert article.body == _SENTENCES[:3]


def test_a_pop_up_layer_is_not_the_densest_run() -> None:
    # The second judgement, too, passes over a pop-up that outweighs the article.
    layer = f'<div class="popup-layer"><div>{_paragraphs(_CONSENT_TEXT)}</div></div>'
    article = parse(_page(f'<div class="story">{_paragraphs(_SENTENCES[:2])}</div>', layer))
    assert article.body == _SENTENCES[:2]


def test_a_list_between_two_paragraphs_is_read() -> None:
    # Steps, reasons and points set as a list inside the running text are the article's.
    items = [
        "Two extra sleeper carriages on Fridays",
        "A bicycle wagon from May to September",
        "Wheelchair places in every second coach",
    ]
    listed = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert _body_around(listed) == [*_SENTENCES[:3], *items, *_SENTENCES[3:]]


def test_a_list_of_single_words_between_paragraphs_is_not_read() -> None:
    # A bare name per item is a product or keyword list, wherever it stands.
    listed = (
        "<ul>" + "".join(f"<li>{word}</li>" for word in ("Sleeper", "Bicycle", "Dining")) + "</ul>"
    )
    assert _body_around(listed) == _SENTENCES


def test_the_text_ends_at_an_end_label_inside_the_container() -> None:
    tail = (
        "<p>Kommentare</p><p>Anna: Finally, I take that train every winter.</p>"
        "<p>Ben: About time the region paid for it.</p>"
    )
    assert _body_after(tail) == _SENTENCES


def test_an_end_label_with_much_more_prose_after_it_is_an_inline_box() -> None:
    more = [sentence.replace("the", "this") for sentence in _SENTENCES]
    html = f"{_paragraphs(_SENTENCES + more[:1])}<p>Newsletter</p>{_paragraphs(more[1:])}"
    article = parse(_page(f"<article>{html}</article>"))
    assert article.body[-1] == more[-1]


def test_section_headings_set_as_h1_inside_the_text_head_sections() -> None:
    html = (
        f"<article><h1>Night train to the coast saved</h1>{_paragraphs(_SENTENCES[:3])}"
        f"<h1>What the passengers say</h1>{_paragraphs(_SENTENCES[3:])}</article>"
    )
    article = parse(_page("", html).replace(b"<h1>Night train to the coast saved</h1>", b"", 1))
    assert article.headline == "Night train to the coast saved"
    assert [section.headline for section in article.sections] == [None, "What the passengers say"]
    assert article.body == _SENTENCES


def test_a_related_posts_block_named_in_one_glued_word_is_skipped() -> None:
    related = (
        '<div class="jp-relatedposts"><h3>Related</h3><div class="jp-relatedposts-post">'
        "<p>The council approved the night bus timetable for the winter months on Monday, "
        "after a long debate about the cost of the extra drivers.</p><p>March 17, 2016</p>"
        "</div></div>"
    )
    assert _body_after(related) == _SENTENCES


def test_a_short_post_under_its_own_linked_title_is_not_a_teaser_card() -> None:
    # Blogs link a post's title to its permalink; a post shorter than a teaser card was
    # then skipped whole as a card for another story.
    post = (
        "<div class='post'><h2><a href='https://blog.example/2013/06/night-train/'>"
        "Night train to the coast saved</a></h2><p>Good news for once: the region pays.</p>"
        "<p>The night train keeps running until 2027.</p><p>See you on board, then!</p></div>"
    )
    meta = (
        "<div class='info'><p>Filed under travel, trains, and good news, by the editor.</p></div>"
    )
    article = parse(_page(f"<div id='content'>{post}{meta}</div>"))
    assert article.body[:3] == [
        "Good news for once: the region pays.",
        "The night train keeps running until 2027.",
        "See you on board, then!",
    ]


def test_a_second_copy_of_the_article_beside_it_is_not_read_again() -> None:
    # A mobile and a desktop copy of the same text side by side: each scores as well as
    # the other, and both were taken as the article's sibling chunks.
    copy = _paragraphs(_SENTENCES)
    page = _page(
        f"<main><div class='text-mobile'>{copy}</div><div class='text-desktop'>{copy}</div></main>"
    )
    assert parse(page).body == _SENTENCES


def test_the_container_does_not_widen_to_take_in_a_hidden_copy() -> None:
    # A hidden copy doubles the plain text its parent holds, which made the parent look
    # like the home of more of the article.
    copy = _paragraphs(_SENTENCES)
    page = _page(
        f"<main><div class='text'>{copy}</div>"
        f"<div class='print' style='display:none'><h2>Night train</h2>{copy}</div></main>"
    )
    assert parse(page).body == _SENTENCES


def test_a_standfirst_in_the_articles_own_header_is_the_lead() -> None:
    # The container is the whole <article> (the text is in two parts); its first <p> is
    # the standfirst in the <header>, which the reader skips, and the lead search stopped
    # at that <p> as the body's start.
    page = (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title></head><body>"
        "<article><header><div class='title'><h1>Night train to the coast saved</h1></div>"
        "<p class='article-subtitle'>The region and two states share the cost of the line "
        "until 2027.</p></header>"
        f"<div class='part'>{_paragraphs(_SENTENCES[:3])}</div><div class='ad'>Anzeige</div>"
        f"<div class='part'>{_paragraphs(_SENTENCES[3:])}</div></article></body></html>"
    ).encode()
    article = parse(page)
    assert article.lead == "The region and two states share the cost of the line until 2027."
    assert article.body[1:] == _SENTENCES


def test_a_linked_word_of_a_sentence_stays_however_it_is_classed() -> None:
    # Topic links classed like metadata ("meta-loc") were dropped as furniture, and the
    # sentence lost its place name.
    sentence = (
        "<p>The regional parliament voted to extend the night train to "
        "<a class='meta-loc' href='/topics/rostock'>Rostock</a> and on to "
        "<a class='meta-loc' href='/topics/stralsund'>Stralsund</a>, as the operators had asked "
        "for in the spring.</p>"
    )
    article = parse(_page(f"<article>{sentence}{_paragraphs(_SENTENCES)}</article>"))
    assert article.body[0] == (
        "The regional parliament voted to extend the night train to Rostock and on to "
        "Stralsund, as the operators had asked for in the spring."
    )


def test_a_pictures_description_is_not_the_lead() -> None:
    # span.imageDescription matches the lead vocabulary ("description") but stands in the
    # picture's <figcaption> between the headline and the text.
    figure = (
        "<figure><img src='train.jpg'><figcaption><span class='imageDescription'>"
        "The night train at the coast in the spring / Photo agency</span></figcaption></figure>"
    )
    article = parse(_page(f"<article>{figure}{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead is None or "Photo agency" not in article.lead


def test_a_caption_with_a_credit_is_not_the_lead() -> None:
    # A picture's caption set as a classed paragraph under the headline; its credit gives
    # it away.
    caption = "<div class='teaser-text'>The night train at the coast © Photo agency / Ann Lee</div>"
    article = parse(_page(f"{caption}<article>{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead is None


def test_a_box_marked_complementary_is_not_read() -> None:
    # role="complementary" is ARIA's aside: a fact box set in the text as a div.
    box = (
        '<div role="complementary" aria-label="Facts about the line">'
        "<h3>Facts about the line</h3>"
        "<p>The night train first ran in 1962 and carries about 90,000 passengers a year.</p>"
        "<p>Source: regional transport office</p></div>"
    )
    assert _body_around(box) == _SENTENCES


_STEPS = [
    "Book the sleeper seat at least two weeks ahead",
    "Print the ticket or keep it on your phone",
    "Board from platform 4 before half past ten",
]


def _listed(items: list[str], links: bool = False) -> str:
    def item(text: str) -> str:
        return f'<a href="/{len(text)}">{text}</a>' if links else text

    return "<ul>" + "".join(f"<li>{item(text)}</li>" for text in items) + "</ul>"


def test_a_list_under_a_section_heading_is_read() -> None:
    # The heading announces the list: it is that section's text, not a fact box.
    article = parse(
        _page(
            f"<article>{_paragraphs(_SENTENCES)}<h2>How to travel</h2>{_listed(_STEPS)}</article>"
        )
    )
    assert article.body == [*_SENTENCES, *_STEPS]
    assert article.sections[-1].headline == "How to travel"


def test_a_linked_list_under_a_heading_is_not_read() -> None:
    # A heading over a list of links is a reading list.
    listed = _listed(_STEPS, links=True)
    assert _body_after(f"<h2>How to travel</h2>{listed}") == _SENTENCES


def test_a_list_under_a_short_title_line_is_read() -> None:
    # A title set as a plain line ("Preparation") announces the list as a heading does.
    assert _body_around(f"<p><b>Preparation</b></p>{_listed(_STEPS)}") == [
        *_SENTENCES[:3],
        "Preparation",
        *_STEPS,
        *_SENTENCES[3:],
    ]


def test_a_list_after_a_colon_with_text_after_it_is_read() -> None:
    intro = "Travellers who want a berth on the first night should do three things:"
    html = f"{_paragraphs([_SENTENCES[0], intro])}{_listed(_STEPS)}{_paragraphs(_SENTENCES[1:2])}"
    assert parse(_page(f"<article>{html}</article>")).body == [
        _SENTENCES[0],
        intro,
        *_STEPS,
        _SENTENCES[1],
    ]


def test_an_intro_box_named_lead_that_opens_the_text_is_not_a_second_copy() -> None:
    # The box holds the body's first paragraphs: read once, as the body's start.
    intro = f'<div class="content lead">{_paragraphs(_SENTENCES[:2])}</div>'
    article = parse(_page(f"<article>{intro}{_paragraphs(_SENTENCES[2:])}</article>"))
    assert article.body == _SENTENCES


def _classed(texts: list[str]) -> str:
    return "".join(f'<p class="story-text">{text}</p>' for text in texts)


def test_an_article_split_over_two_wrappers_is_read_whole() -> None:
    # The opening paragraphs stand in a wrapper of their own above a box; the rest, much
    # longer, below it: the paragraphs' shared class joins them.
    opening = [f"{sentence} It was the first such vote in years." for sentence in _SENTENCES[:2]]
    rest = [f"{sentence} {sentence}" for sentence in _SENTENCES] + [_SENTENCES[0] * 2]
    html = (
        f'<article><div class="supplemental"><div class="story-1">{_classed(opening)}</div>'
        '<div class="box"><a href="/more">More on trains</a></div></div>'
        f'<div class="supplemental"><div class="story-2">{_classed(rest)}</div></div></article>'
    )
    assert parse(_page(html)).body == [*opening, *rest]


def test_a_list_opening_its_own_wrapper_after_a_colon_sentence_is_read() -> None:
    intro = "Travellers who want a berth on the first night should do three things:"
    html = f"{_paragraphs([_SENTENCES[0], intro])}<div>{_listed(_STEPS)}</div>"
    assert parse(_page(f"<article>{html}</article>")).body == [_SENTENCES[0], intro, *_STEPS]


def test_a_list_opening_its_own_box_after_a_label_is_not_read() -> None:
    # A one-word label ending in a colon heads a box of its own (sources, links).
    html = f"{_paragraphs(_SENTENCES)}<p>Sources:</p><div>{_listed(_STEPS)}</div>"
    assert parse(_page(f"<article>{html}</article>")).body == _SENTENCES


def test_a_paragraph_set_as_a_heading_is_read_as_a_paragraph() -> None:
    # Editors set an intro in a heading's type; no heading is this long.
    intro = " ".join(_SENTENCES[:3])
    article = parse(_page(f"<article><h3>{intro}</h3>{_paragraphs(_SENTENCES[3:])}</article>"))
    assert article.body == [intro, *_SENTENCES[3:]]


def test_a_subhead_box_holding_the_byline_is_not_the_lead() -> None:
    standfirst = (
        "The night train to the coast will run for three more years, the parliament decided."
    )
    header = (
        '<div class="entry-subhead"><span class="byline">von Nina Example</span> 13.12.2022 - 08:13 Uhr</div>'
        f'<div class="lead"><p>{standfirst}</p></div>'
    )
    article = parse(_page(f"{header}<article>{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead == standfirst


def test_a_list_after_a_colon_followed_by_a_quote_is_read() -> None:
    intro = "Travellers who want a berth on the first night should do three things:"
    quote = "<blockquote><p>We sold out the first weekend within an hour, said the operator.</p></blockquote>"
    html = f"{_paragraphs([_SENTENCES[0], intro])}{_listed(_STEPS)}{quote}"
    body = parse(_page(f"<article>{html}</article>")).body
    assert body[:5] == [_SENTENCES[0], intro, *_STEPS]


def _page_with_description(between: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title>"
        '<meta name="description" content="Regional parliament votes to keep the coastal night train running until 2027.">'
        "</head><body><h1>Night train to the coast saved</h1>"
        f'{between}<article class="y2">{_paragraphs(_SENTENCES)}</article></body></html>'
    ).encode()


def test_standfirst_set_as_an_h2_is_the_lead() -> None:
    lead = "The coastal night train will keep running until 2027 after a late vote in the regional parliament."
    article = parse(_page_with_description(f'<div class="hero"><h2>{lead}</h2></div>'))
    assert article.lead == lead


def test_a_title_set_as_an_h2_is_not_the_lead() -> None:
    # A title does not end as a sentence does: a teaser's, or the headline with a kicker.
    title = "Coastal night train: regional parliament votes to keep it running until 2027"
    article = parse(_page_with_description(f'<div class="hero"><h2>{title}</h2></div>'))
    assert article.lead != title


def test_an_affiliate_disclosure_is_not_read() -> None:
    note = (
        '<p class="disclosure-text">We recommend products through an independent review '
        "process, and we may receive commissions on purchases made from our chosen links.</p>"
    )
    article = parse(_page(f"<article>{note}{_paragraphs(_SENTENCES)}</article>"))
    assert article.body == _SENTENCES


def test_a_rating_widget_and_a_spelled_out_news_letter_box_are_not_read() -> None:
    rating = '<div class="rating"><span>Rate this article: how useful did you find it today?</span></div>'
    letter = (
        '<div class="news-letter-section"><p>News, tips and trends from the coast: '
        "we have plenty of stories for you every week.</p></div>"
    )
    assert _body_after(rating + letter) == _SENTENCES


def test_a_list_under_a_related_stories_line_is_not_read() -> None:
    # A line that names related stories announces other articles' titles, linked or not.
    titles = [
        "Night buses to the airport run again from May",
        "Why the harbour ferry stopped running last winter",
    ]
    assert _body_after(f"<p><b>Related articles</b></p>{_listed(titles)}") == _SENTENCES


def test_a_japanese_paragraph_beside_a_picture_is_not_read_as_its_caption() -> None:
    # 130 characters of Japanese say as much as a long English paragraph: the wrapper of a
    # picture and such a paragraph is a section of the text, not a picture and its caption.
    sentence = (
        "東京都は月曜日、老朽化した橋の通行を春まで止めると発表した。"
        "技術者が昨年、橋脚の二か所にひびを見つけたためで、補修には少なくとも半年かかる見通しだという。"
    )
    paragraphs = [f"{n}番目の段落。{sentence}{sentence[: 40 + n * 7]}" for n in range(8)]
    sections = "".join(
        f"<div class='sec'>{'<img src=/p.jpg>' if n % 3 == 1 else ''}<p>{text}</p></div>"
        for n, text in enumerate(paragraphs)
    )
    assert parse(_page(f"<article>{sections}</article>")).body == paragraphs


# Teaser cards for other stories: a linked title over a two-sentence excerpt.
_OTHER_STORIES = [
    "The harbour master said the new ferry timetable will add two late crossings on Fridays.",
    "A bakery on the market square won a national prize for its rye bread, baked since 1921.",
    "Hikers found a rare orchid on the northern slope, and botanists will survey the site soon.",
    "The football club signed a young striker who scored twenty goals for his old team last year.",
    "Police asked drivers to slow down near the school, where a new crossing will be painted.",
    "The museum reopens in May with a hall of old maps that were found in the town archive.",
]
_TEASER_CARDS = "".join(
    f"<div class='c{n}'><a href='/story/{n}'>Another story about the coast, number {n}</a>"
    f"<p>{sentence} {_OTHER_STORIES[n - 1]}</p></div>"
    for n, sentence in enumerate(_OTHER_STORIES)
)
# A short article: three paragraphs of two sentences each.
_SHORT = [f"{_SENTENCES[n]} {_SENTENCES[n + 3]}" for n in range(3)]


def test_teaser_cards_beside_a_short_article_are_not_more_of_it() -> None:
    # The excerpts are plain prose: no link density or heading tells them from the text.
    article_html = (
        f"<div class='body'>{_paragraphs(_SHORT)}</div><section>{_TEASER_CARDS}</section>"
    )
    assert parse(_page(article_html)).body == _SHORT


def test_a_short_article_is_not_extended_into_stories_appended_below_it() -> None:
    stories = "".join(
        f"<article><h2><a href='/story/{n}'>Another story about the coast, number {n}</a></h2>"
        f"<p>{sentence} {_OTHER_STORIES[n - 1]} {_OTHER_STORIES[n - 2]}</p></article>"
        for n, sentence in enumerate(_OTHER_STORIES)
    )
    # Under 500 characters, the article may be a fragment: the second opinion looks for a
    # run that holds it and twice as much, and must not take the stories below for one.
    article_html = f"<article><div class='body'>{_paragraphs(_SENTENCES[:3])}</div></article>"
    assert parse(_page(article_html, stories)).body == _SENTENCES[:3]


def test_picture_cards_beside_a_short_article_are_not_more_of_it() -> None:
    # Each card a linked picture over its excerpt; the article has no linked picture, so
    # the cards are not the rest of a gallery it belongs to.
    cards = "".join(
        f"<div class='c{n}'><a href='/story/{n}'><img src='/{n}.jpg'></a>"
        f"<p>{sentence} {_OTHER_STORIES[n - 1]} {_OTHER_STORIES[n - 2]}</p></div>"
        for n, sentence in enumerate(_OTHER_STORIES)
    )
    article_html = f"<div class='body'>{_paragraphs(_SENTENCES[:4])}</div><div>{cards}</div>"
    assert parse(_page(article_html)).body == _SENTENCES[:4]


def _page_of(site: str, article_html: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Night train to the coast saved</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<h1>Night train to the coast saved</h1><article>{article_html}</article></body></html>"
    ).encode()


def test_closing_notes_that_name_the_site_are_not_read() -> None:
    notes = (
        "<p>Follow The Coastal Courier on Twitter and Instagram for the latest news.</p>"
        "<p>Copyright © 2024 The Coastal Courier. All rights reserved.</p>"
    )
    article = parse(_page_of("The Coastal Courier", _paragraphs(_SENTENCES) + notes))
    assert article.body == _SENTENCES


def test_a_page_that_names_its_site_in_its_text_keeps_its_closing_lines() -> None:
    # A company's or a blog's page about itself names the site in its text too.
    sentences = [
        _SENTENCES[0],
        "The Coastal Courier has covered the line since 1998.",
        *_SENTENCES[1:],
    ]
    closing = "<p>Write to the Coastal Courier if you travel on the new trains.</p>"
    article = parse(_page_of("Coastal Courier", _paragraphs(sentences) + closing))
    assert article.body[-1] == "Write to the Coastal Courier if you travel on the new trains."


def test_short_lines_after_a_note_that_names_the_site_go_with_it() -> None:
    notes = (
        "<p>Did you like this article? Support the Coastal Courier with a donation.</p>"
        "<p>Filed under Transport. Comments are closed.</p>"
    )
    article = parse(_page_of("Coastal Courier", _paragraphs(_SENTENCES) + notes))
    assert article.body == _SENTENCES


def test_a_date_line_closing_the_text_is_not_read() -> None:
    assert _body_after("<p>Published: 03.04.2020, 12:35</p>") == _SENTENCES


def test_ruby_readings_are_not_read_into_the_text() -> None:
    sentence = (
        "<p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、"
        "<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>を禁止することになりました。"
        "子どもを守るための新しい決まりで、来年の四月から始まります。</p>"
    )
    article = parse(_page(f"<article>{sentence}{_paragraphs(_SENTENCES)}</article>"))
    assert article.body[0].startswith("法律ができて、体罰を禁止することになりました。")


def test_a_closing_appeal_to_the_sites_own_channels_is_not_read() -> None:
    appeal = "<p>Sign up for our newsletters so you never miss a story from the coast.</p>"
    assert _body_after(appeal) == _SENTENCES


def test_a_standfirst_set_as_an_h2_right_under_the_headline_is_the_lead() -> None:
    standfirst = "The region keeps the line running for four more years and shares its costs"
    page = _page(f"<h2>{standfirst}</h2><article>{_paragraphs(_SENTENCES)}</article>")
    article = parse(page)
    assert article.lead == standfirst
    assert article.body == [standfirst, *_SENTENCES]


def test_a_byline_label_left_alone_at_the_end_is_not_read() -> None:
    # The name under "Von:" is taken as the signature; the label must not close the text.
    article = parse(
        _page(f"<article>{_paragraphs(_SENTENCES)}<p>Von:</p><p>Jane Doe</p></article>")
    )
    assert article.authors == ["Jane Doe"]
    assert article.body == _SENTENCES


def test_a_licence_box_under_the_text_is_not_read() -> None:
    licence = (
        '<div class="licenceInfo"><p>Material protected by copyright law, all rights reserved. '
        "Further distribution of the article only with the publisher's consent.</p></div>"
    )
    assert _body_after(licence) == _SENTENCES


def test_a_cover_picture_credit_closing_the_text_is_not_read() -> None:
    assert _body_after("<p>Titelbild: Jane Doe/Agentur/picture-alliance</p>") == _SENTENCES


def test_an_agency_credit_closing_the_text_is_not_read() -> None:
    assert _body_after("<p>mit dpa</p>") == _SENTENCES


def test_a_paywall_offer_under_the_cut_text_is_not_read() -> None:
    offer = "<p>Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés.</p>"
    assert _body_after(offer) == _SENTENCES


def test_a_closing_line_naming_the_site_by_its_initials_is_not_read() -> None:
    notes = "<p>Dieses Thema im Programm: CCR Radio | Nachrichten</p><p>CCR (dst)</p>"
    article = parse(_page_of("CCR", _paragraphs(_SENTENCES) + notes))
    assert article.body == _SENTENCES


def test_a_click_here_line_is_not_read() -> None:
    pointer = "<p>Click here to read the full ruling of the regional court.</p>"
    assert _body_around(pointer) == _SENTENCES


def test_a_short_post_with_its_pictures_is_not_read_as_a_picture_box() -> None:
    # Two short paragraphs and two pictures: under 300 characters, like a picture and its
    # caption, but the block holds all the post's paragraphs.
    post = (
        f"<div class='entry'><p>{_SENTENCES[0]}</p><p><img src='/a.jpg' alt=''></p>"
        f"<p>{_SENTENCES[1]}</p><p><img src='/b.jpg' alt=''></p></div>"
    )
    container = lxml.html.fragment_fromstring(f"<article><h2>Spring</h2>{post}</article>")
    assert [text for _, text in read_container([container])] == ["Spring", *_SENTENCES[:2]]


_STANDFIRST = (
    "Essen. The night train to the coast will keep running: the region found the money "
    "to save the line for three more years."
)


def test_an_unnamed_standfirst_between_headline_and_body_is_the_lead() -> None:
    # Set in a <div> of its own with a utility class, a kicker line and a byline around it.
    above = (
        "<div class='kicker'>Rail</div>"
        f"<div class='copy-lg mb-7'><span>{_STANDFIRST}</span></div>"
        "<div class='meta'>By Ann Lee, 12.03.2024</div>"
    )
    article = parse(_page(f"{above}<article>{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead == _STANDFIRST
    assert article.body == [_STANDFIRST, *_SENTENCES]


def test_a_note_above_the_body_that_does_not_tell_the_story_is_not_the_lead() -> None:
    # A note about the page shares no word with the headline: no standfirst.
    note = (
        "<div class='note'>This report was taken over automatically from a news agency "
        "and has not been edited by our newsroom.</div>"
    )
    article = parse(_page(f"{note}<article>{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead is None


def test_a_standfirst_of_several_paragraphs_set_alike_is_read_whole() -> None:
    intro = (
        "<header><p class='text lead-2'>The night train to the coast will keep running.</p>"
        "<p class='text lead-2'>The region and two states share the cost until 2027.</p>"
        "<p class='byline'>By Ann Lee</p></header>"
    )
    article = parse(_page(f"<article>{intro}{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead == (
        "The night train to the coast will keep running. "
        "The region and two states share the cost until 2027."
    )
    assert article.body[1:] == _SENTENCES


def _rows(parts: list[str]) -> str:
    """Each part a column in a row of its own (``div.row > div.col``), an ad row between."""
    ad = "<div class='row slot'><div class='col-12'><span>Anzeige</span></div></div>"
    return ad.join(
        f"<div class='row centered'><div class='col-8 offset-2'>{part}</div></div>"
        for part in parts
    )


# A long text: the night-train story's sentences, each in a numbered version of its own.
_LONG = [
    f"{sentence[:-1]}, as note {n} of the report says." for n, sentence in enumerate(_SENTENCES * 2)
]


def test_an_article_split_over_rows_of_one_column_each_is_read_whole() -> None:
    # The longest part outweighs the others too much to widen the container to them, and
    # its column has no siblings: the other parts stand beside its row.
    parts = [_paragraphs(_SENTENCES[:3]), _paragraphs(_LONG * 2), _paragraphs(_SENTENCES[3:])]
    body = parse(_page(f"<div>{_rows(parts)}</div>")).body
    assert body == [*_SENTENCES[:3], *_LONG * 2, *_SENTENCES[3:]]


def test_a_promo_module_beside_the_text_modules_is_not_read() -> None:
    # Every module of the body is set alike; the evening briefing's offer is one paragraph.
    promo = (
        "<p>The evening briefing brings the region's news every weekday at six, short and "
        "clear, with the weather for the next day.</p>"
    )
    parts = [_paragraphs(_LONG * 2), promo, _paragraphs(_SENTENCES[:4])]
    modules = "".join(
        f"<section class='module'><div class='m-content'>{part}</div></section>" for part in parts
    )
    assert parse(_page(f"<div>{modules}</div>")).body == [*_LONG * 2, *_SENTENCES[:4]]


def test_a_linked_name_opening_a_sentence_or_after_a_comma_stays() -> None:
    # Names linked to topic pages and classed like metadata, at the paragraph's start and
    # after a comma: words of the sentence, not furniture.
    text = (
        "<p><a class='meta-org' href='/topics/rail-co'>Rail Co</a>’s chief executive, "
        "<a class='meta-per' href='/topics/ann-lee'>Ann Lee</a>, said the night train to the "
        "coast will run until 2027.</p>"
    )
    body = parse(_page(f"<article>{text}{_paragraphs(_SENTENCES)}</article>")).body
    assert body[0] == (
        "Rail Co’s chief executive, Ann Lee, said the night train to the coast will run until 2027."
    )


def test_an_unnamed_standfirst_set_as_a_subheading_is_the_lead() -> None:
    above = f"<div class='spot-category'><h4>{_STANDFIRST}</h4></div>"
    article = parse(_page(f"{above}<article>{_paragraphs(_SENTENCES)}</article>"))
    assert article.lead == _STANDFIRST


def test_the_dateline_printed_before_a_described_lead_stays_with_it() -> None:
    # The meta description is the lead without its dateline, which the page prints in a
    # span of its own before it.
    lead = "The region found the money to save the night train to the coast for three more years."
    page = _page(
        f"<div class='copy-lg'><span class='muted'>Essen.</span> <span>{lead}</span></div>"
        f"<article>{_paragraphs(_SENTENCES)}</article>"
    ).replace(b"</title>", f'</title><meta name="description" content="{lead}">'.encode())
    assert parse(page).lead == f"Essen. {lead}"
