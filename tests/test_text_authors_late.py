"""Authors on the text path: a byline printed further down than the header, in the body
(under a standfirst and a picture) or in the article's footer, read when the header names
no one; and the teasers' bylines that must not be read so."""

from __future__ import annotations

import newsclean
from tests.test_text_authors import BODY, HEADLINE

PARAGRAPHS = (
    *BODY,
    "Shipping lines have begun to divert vessels to Antwerp and Hamburg, where the queues at"
    " anchor are already longer than usual for the time of year.",
    "Retailers warned that shelves could empty within a fortnight if the strike went on, as"
    " most goods for the Dutch market arrive through the port.",
    "The port authority said it would publish a new estimate of the losses on Thursday,"
    " once the first week of the strike is over and the queues have been counted.",
    "Farmers who export flowers through the port said their stock would not keep for more"
    " than a few days, and asked the government to step in before the weekend.",
)


def authors_of(*lines: str) -> list[str]:
    """The authors read from a page printing ``lines`` under its headline, menu above."""
    article = newsclean.parse("\n".join(["Home", "World", "Search", HEADLINE, *lines]).encode())
    assert article.headline == HEADLINE
    return list(article.authors)


def test_author_label_in_the_footer_past_related_links() -> None:
    footer = (
        "More on this story",
        "Ferry crews join the walkout",
        "Antwerp braces for diverted ships",
        "Flower growers count their losses",
        "Datum:",
        "3 March 2025",
        "Autor: Lena Marquardt",
        "Quelle: Harbour Gazette",
    )
    assert authors_of(*PARAGRAPHS, *footer) == ["Lena Marquardt"]


def test_by_label_over_the_name_closing_the_article() -> None:
    assert authors_of(*PARAGRAPHS, "Von:", "Lena Marquardt", "Most read:") == ["Lena Marquardt"]


def test_kind_of_piece_over_the_name_closing_the_article() -> None:
    # A commentary's box under the text: "Kommentar von" over the name and the job title.
    box = ("Kommentar von", "Lena Marquardt", "Redakteurin für Wirtschaft")
    assert authors_of(*PARAGRAPHS, *box, "Most read:") == ["Lena Marquardt"]
    assert authors_of(*PARAGRAPHS, "Autor*in", "Lena Marquardt", "Most read:") == ["Lena Marquardt"]


def test_byline_under_a_standfirst_and_a_picture_in_the_body() -> None:
    lines = (*PARAGRAPHS[:6], "Von Lena Marquardt", *PARAGRAPHS[6:])
    assert authors_of(*lines) == ["Lena Marquardt"]


def test_a_byline_per_teaser_or_comment_under_the_article_names_no_author() -> None:
    teasers = (
        "Ferry crews join the walkout",
        "By Lena Marquardt",
        "Antwerp braces for diverted ships",
        "By Ruud van der Berg",
    )
    assert authors_of(*PARAGRAPHS, *teasers) == []


def test_a_bare_byline_past_a_related_stories_heading_is_a_teasers() -> None:
    teaser = ("More on this story", "Ferry crews join the walkout", "By Lena Marquardt")
    assert authors_of(*PARAGRAPHS, *teaser) == []


def test_a_word_in_capitals_opening_like_a_byline_word_is_no_glued_byline() -> None:
    # "PARIS LIBBY" (a stylist's credit): not "PAR" glued to "IS LIBBY".
    credits = ("Make-up", "PARIS LIBBY", "Styling")
    assert authors_of(*PARAGRAPHS, *credits) == []


FOOTER_LINKS = ("Share", "Facebook", "Twitter", "LinkedIn", "E-mail", "Print", "Comments (0)")


def test_author_label_far_down_the_footer_and_a_teaser_byline_further_on() -> None:
    footer = (*FOOTER_LINKS, *FOOTER_LINKS, "Text: Lena Marquardt", *FOOTER_LINKS, *FOOTER_LINKS)
    teaser = ("Ferry crews join the walkout", "By Ruud van der Berg")
    assert authors_of(*PARAGRAPHS, *footer, *teaser) == ["Lena Marquardt"]


def test_author_label_on_the_names_line_signing_the_article() -> None:
    signed = (*PARAGRAPHS, "Autoren Lena Marquardt und Ruud van der Berg", "Impressum")
    assert authors_of(*signed) == ["Lena Marquardt", "Ruud van der Berg"]
