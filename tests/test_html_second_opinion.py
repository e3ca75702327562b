"""The second judgement of where an article's text is (`newsclean.html.density`) and when it
replaces the first (`newsclean.html.content.second_opinion`)."""

from __future__ import annotations

from lxml import html

from newsclean.html.container import card_list, card_row, find_container, is_prose_list
from newsclean.html.content import extract_text, second_opinion
from newsclean.html.density import densest_run
from newsclean.html.reader import read_container

SENTENCE = "The council voted on Tuesday to close the old bridge to traffic until spring. "
OTHER = "Readers wrote in to say the ferry was late again, and the café ran out of cake. "


def _body(markup: str):  # type: ignore[no-untyped-def]
    return html.document_fromstring(f"<html><body>{markup}</body></html>").find("body")


def _texts(elements) -> list[str]:  # type: ignore[no-untyped-def]
    return [text for _, text in read_container(elements)]


def test_the_run_leaves_out_menus_and_link_lists_and_keeps_its_opening_heading() -> None:
    body = _body(
        "<div><a href='/'>Home</a> <a href='/n'>News</a> <a href='/s'>Sport</a></div>"
        "<h2>Why the bridge closes</h2>"
        f"<div><p>{SENTENCE * 2}</p><p>{SENTENCE * 3}</p></div>"
        "<ul><li><a href='/1'>Another story about something else entirely</a></li>"
        "<li><a href='/2'>And one more story about something else</a></li></ul>"
    )
    run = densest_run(body)
    assert [element.tag for element in run.elements] == ["h2", "p", "p"]
    assert _texts(run.elements)[0] == "Why the bridge closes"


def test_the_run_bridges_a_short_box_inside_the_article() -> None:
    body = _body(
        f"<article><p>{SENTENCE * 3}</p><div class='box'>Read more</div><p>{SENTENCE * 3}</p>"
        "</article>"
    )
    assert len(densest_run(body).elements) == 3


def test_named_furniture_and_scripts_are_not_read() -> None:
    body = _body(
        f"<div class='comments'><p>{OTHER * 10}</p></div><script>var x = '{SENTENCE * 9}';</script>"
        f"<p>{SENTENCE * 2}</p>"
    )
    assert _texts(densest_run(body).elements) == [(SENTENCE * 2).strip()]


def test_an_empty_first_judgement_takes_the_run() -> None:
    # Release notes: every line a list item, no <p> for the container scorer to vote with.
    items = "".join(f"<li>{SENTENCE}{i}</li>" for i in range(6))
    body = _body(f"<h1>Notes</h1><ul>{items}</ul>")
    containers = find_container(body)
    blocks = read_container(containers) if containers else []
    _chosen, chosen_blocks = second_opinion(body, containers, blocks)
    assert len(chosen_blocks) == 6


def test_a_short_first_pick_elsewhere_on_the_page_gives_way_to_twice_the_text() -> None:
    body = _body(
        f"<div id='teaser'><p>{OTHER}</p></div>"
        + "<ul>"
        + "<li><a href='/x'>Elsewhere on the site today</a></li>" * 4
        + "</ul>"
        f"<div id='story'><p>{SENTENCE * 3}</p><p>{SENTENCE * 3}</p><p>{SENTENCE * 3}</p></div>"
    )
    teaser = [body.get_element_by_id("teaser")]
    _chosen, blocks = second_opinion(body, teaser, read_container(teaser))
    assert [text for _, text in blocks] == [(SENTENCE * 3).strip()] * 3


def _assert_the_first_pick_stands(body: html.HtmlElement) -> None:
    """The second opinion keeps the first pick, the block ``#story``, and its text."""
    first = [body.get_element_by_id("story")]
    first_blocks = read_container(first)
    chosen, blocks = second_opinion(body, first, first_blocks)
    assert chosen == first and blocks == first_blocks


def test_a_full_article_is_not_extended_into_what_follows_it() -> None:
    # A thread of long comments after the article, in the same flow: the run holds the
    # article and more, but the first judgement found a whole article and stands.
    story = f"<div id='story'><p>{SENTENCE * 4}</p><p>{SENTENCE * 4}</p></div>"
    thread = "".join(f"<div><p>{OTHER * 6}</p></div>" for _ in range(6))
    body = _body(story + thread)
    first_blocks = read_container([body.get_element_by_id("story")])
    assert sum(len(text) for _, text in read_container(densest_run(body).elements)) > 2 * sum(
        len(text) for _, text in first_blocks
    )
    _assert_the_first_pick_stands(body)


def test_a_fragment_is_extended_to_the_run_that_holds_it() -> None:
    lead = f"<p>{SENTENCE}</p>"
    rest = "".join(f"<p>{OTHER * 3}</p>" for _ in range(4))
    body = _body(f"<div><div id='intro'>{lead}</div>{rest}</div>")
    intro = [body.get_element_by_id("intro")]
    _chosen, blocks = second_opinion(body, intro, read_container(intro))
    assert len(blocks) == 5


def test_a_grid_of_teasers_with_linked_pictures_does_not_replace_a_short_article() -> None:
    # Each card: a linked picture, a title and an excerpt of plain text. Together they hold
    # more than twice the short article's text, and the densest run was the grid.
    cards = "".join(
        f"<div class='card'><a href='/story/{i}'><img src='{i}.jpg'></a>"
        f"<div><span>Story {i}</span><p>{OTHER}{OTHER}</p></div></div>"
        for i in range(6)
    )
    body = _body(
        f"<main><h1>Bridge</h1><div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p>"
        f"</div></main><div class='more'>{cards}</div>"
    )
    first_blocks = read_container([body.get_element_by_id("story")])
    run = densest_run(body)
    assert run.pictures >= 3 and run.chars > 2 * sum(len(t) for _, t in first_blocks)
    _assert_the_first_pick_stands(body)


def test_a_short_article_is_not_extended_into_the_teaser_cards_below_it() -> None:
    cards = "".join(
        f"<article class='teaser'><a href='/story/{i}'><img src='{i}.jpg'></a>"
        f"<p>{OTHER}{OTHER}</p></article>"
        for i in range(6)
    )
    body = _body(f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p></div>{cards}")
    _assert_the_first_pick_stands(body)


def test_a_captioned_picture_of_a_gallery_is_extended_to_the_gallery() -> None:
    # The first pick is one picture's caption; its own picture is linked like the others,
    # and the run over all of them is the article.
    items = "".join(
        f"<div class='item'><a href='/photo/{i}'><img src='{i}.jpg'></a>"
        f"<div{' id=first' if i == 0 else ''}><p>{OTHER}</p></div></div>"
        for i in range(6)
    )
    body = _body(f"<div class='gallery'>{items}</div>")
    first = [body.get_element_by_id("first")]
    _chosen, blocks = second_opinion(body, first, read_container(first))
    assert len(blocks) == 6


DIGEST = "".join(
    f"<p><a href='/story/{i}'><b>Another story {i}</b></a> {OTHER}{OTHER}</p>" for i in range(8)
)


def test_a_digest_of_teasers_does_not_win_the_container_vote() -> None:
    # Each paragraph a linked title and its excerpt: plain text with commas, little link
    # text, so it outvoted the short article beside it.
    body = _body(f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p></div><div>{DIGEST}</div>")
    assert find_container(body) == [body.get_element_by_id("story")]


def test_a_short_article_is_not_extended_into_a_digest_of_teasers() -> None:
    body = _body(f"<div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p></div>{DIGEST}")
    _assert_the_first_pick_stands(body)


# A gallery set inside the article: its slides' legends, each under a title of its own,
# outweigh the short article around them.
SLIDES = "".join(
    f"<li><h2>{i}/12 Slide title {i}</h2><p>{OTHER}{OTHER}{OTHER}</p><p>Photo agency</p></li>"
    for i in range(1, 13)
)


def test_a_gallery_of_titled_slides_does_not_replace_the_article_around_it() -> None:
    body = _body(
        "<h1>Seven secrets of the old bridge</h1>"
        f"<div id='story'><p>{SENTENCE * 2}</p><h3>1. The piers</h3><p>{SENTENCE * 2}</p>"
        f"<div class='gallery-widget'><h2>News in pictures</h2><ul>{SLIDES}</ul></div>"
        f"<h3>2. The deck</h3><p>{SENTENCE * 2}</p></div>"
    )
    text = extract_text(body, None, "Seven secrets of the old bridge")
    assert text.paragraphs == [(SENTENCE * 2).strip()] * 3


def test_a_list_of_titled_cards_is_not_prose() -> None:
    body = _body(f"<ul>{SLIDES}</ul>")
    assert card_list(body[0])
    assert not is_prose_list(body[0])


def test_a_river_of_teasers_under_linked_titles_does_not_win_the_container_vote() -> None:
    # Each excerpt is plain text with commas under its own linked title: the excerpts
    # outvoted the short article (link density sees only the titles).
    river = "".join(
        f"<h3><a href='/story/{i}'>Another story {i}</a></h3><p>{OTHER}{OTHER}{OTHER}</p>"
        for i in range(6)
    )
    body = _body(
        f"<div id='story'><p>{SENTENCE * 2}</p><p>{SENTENCE * 2}</p></div><div>{river}</div>"
    )
    assert find_container(body) == [body.get_element_by_id("story")]


def test_titled_steps_of_a_numbered_list_are_not_cards() -> None:
    steps = "".join(f"<li><h3>Step {i}</h3><p>{SENTENCE}</p></li>" for i in range(1, 5))
    body = _body(f"<ol>{steps}</ol>")
    assert not card_list(body[0])


def test_a_body_set_as_span_lines_between_breaks_outvotes_a_box_of_excerpts() -> None:
    # No <p> in the article: each sentence a <span> line, the lines split by <br>s. Counted
    # by the text between its children only, the block held no text, and the excerpts of
    # the box beside it (each a paragraph of its own) won the vote.
    line = "Engineers, who found cracks in two piers, said the repairs would take a year. "
    lines = "".join(f"<span>{SENTENCE}{line}</span><br><br>" for _ in range(5))
    box = "".join(
        f"<div class='item'><a href='/story/{i}'>Another story about the ferry, number {i}</a>"
        f"<p>{OTHER}{OTHER}</p></div>"
        for i in range(5)
    )
    body = _body(f"<h1>Bridge</h1><div id='story'>{lines}</div><div class='more'>{box}</div>")
    assert find_container(body, "Bridge") == [body.get_element_by_id("story")]


def test_an_article_set_as_several_article_parts_is_read_whole() -> None:
    # A page builder sets each block of the story as an <article> component of one class,
    # each in a section of its own: the container climbed out of none of them, and the
    # story came out as its longest block.
    part = "<section class='row'><div class='inner'><article class='text-block'>{}</article></div></section>"
    body = _body(
        "<h1>Bridge</h1><div id='page'>"
        + part.format(f"<p>{SENTENCE * 3}</p><p>{OTHER * 2}</p>")
        + "<section class='row'><div class='inner'><figure><img src='b.jpg'></figure></div></section>"
        + part.format(f"<p>{SENTENCE * 4}</p><p>{OTHER * 4}</p><p>{SENTENCE * 4}</p>")
        + part.format(f"<p>{OTHER * 3}</p>")
        + "</div>"
    )
    assert find_container(body, "Bridge") == [body.get_element_by_id("page")]


def test_the_stories_of_a_page_of_stories_stay_apart() -> None:
    # Each story of the page is an <article> of one class with its own <h1>: the climb
    # stops at the story's own <article>.
    story = "<article class='story'><h1>{}</h1><div class='text'><p>{}</p><p>{}</p></div></article>"
    body = _body(
        "<div id='page'>"
        + story.format("Bridge", SENTENCE * 3, SENTENCE * 3)
        + story.format("Ferry", OTHER * 4, OTHER * 4)
        + "</div>"
    )
    chosen = find_container(body, "Ferry")
    assert all(element.tag != "div" or element.get("id") != "page" for element in chosen)


def test_a_second_copy_of_the_text_in_the_container_is_read_once() -> None:
    # The page keeps the text twice (a desktop and a mobile version side by side): both
    # copies voted for their common wrapper, and the body came out twice.
    text = "".join(f"<p>{SENTENCE}{i}</p>" for i in range(5))
    body = _body(
        f"<h1>Bridge</h1><div id='story'><div class='wide'>{text}</div>"
        f"<div class='narrow'>{text}</div></div>"
    )
    assert _texts(find_container(body, "Bridge")) == [f"{SENTENCE}{i}".strip() for i in range(5)]


# Teaser cards set as blocks, not list items: an unlinked title, an excerpt with commas,
# and a "Read more" link after it (so no linked title marks the excerpt as a teaser's).
CARD_ROW = "".join(
    f"<div class='card'><h3>Another story about the ferry, number {i}</h3>"
    f"<p>{OTHER}{OTHER}</p><a href='/story/{i}'>Read more</a></div>"
    for i in range(8)
)


def test_a_row_of_teaser_cards_neither_wins_the_vote_nor_extends_a_short_article() -> None:
    body = _body(
        f"<h1>Bridge</h1><div id='story'><p>{SENTENCE}</p><p>{SENTENCE}</p></div>"
        f"<div class='more'>{CARD_ROW}</div>"
    )
    assert extract_text(body, None, "Bridge").paragraphs == [SENTENCE.strip()] * 2


def test_sections_of_an_article_are_not_a_row_of_cards() -> None:
    # Titled sections of one class, each linking only from inside its sentences.
    sections = "".join(
        f"<div class='part'><h3>Part {i}</h3><p>{SENTENCE}<a href='/x'>more</a> on it.</p></div>"
        for i in range(4)
    )
    body = _body(f"<div>{sections}</div>")
    assert not any(card_row(part) for part in body.iter("div") if part.get("class"))


def test_a_sidebar_of_post_excerpts_does_not_replace_a_short_post() -> None:
    # A blog's widget lists other posts' excerpts as plain text; together they hold more than
    # twice the short post's text, but the run stands in a block named as a sidebar.
    excerpts = "".join(f"<li><div class='summary'>{OTHER * 2}</div></li>" for _ in range(5))
    body = _body(
        f"<div id='page'><div id='story'><p>{SENTENCE}</p></div>"
        f"<div id='sidebar'><div class='widget'><ul>{excerpts}</ul></div></div></div>"
    )
    run = densest_run(body)
    first_blocks = read_container([body.get_element_by_id("story")])
    assert run.chars > 2 * sum(len(t) for _, t in first_blocks)
    _assert_the_first_pick_stands(body)


def test_the_next_posts_cards_and_the_footer_do_not_replace_a_short_post() -> None:
    # Each card: a linked title, a linked picture and an excerpt of five sentences (longer
    # than a plain card's); the run takes the last card and the footer's text.
    cards = "".join(
        f"<div class='nextstory'><h2><a href='/post/{i}'>Another post, number {i}</a></h2>"
        f"<a href='/post/{i}'><img src='{i}.jpg'></a><p>{OTHER * 5}</p>"
        f"<h3><a href='/tags/{i}'>{'More posts tagged with ferries, cakes and bridges ' * 3}</a>"
        "</h3></div>"
        for i in range(6)
    )
    footer = "".join(f"<div class='footer-left'><p>{OTHER * 2}</p></div>" for _ in range(3))
    body = _body(
        f"<div id='container'><div id='story'><p>{SENTENCE * 2}</p></div>"
        f"<div id='next-posts'>{cards}</div>{footer}</div>"
    )
    _assert_the_first_pick_stands(body)
