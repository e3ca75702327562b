"""Headline choice on small text dumps: one rule of `newsclean.text.headline` per test.

The dumps are written here (menus, a headline, its header, a few paragraphs); each test
names the page furniture that used to be taken for the headline.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.text.headline import _decided_without_overlap, _has_words, _page_titles_demoted
from newsclean.text.lines import Line, LineKind, join_wrapped_lines
from newsclean.text.title_shape import _is_age_line, title_score

PARAGRAPHS = [
    "The regional council voted on Tuesday evening to close the old ferry landing for good,"
    " ending a service that had carried commuters across the estuary for ninety years.",
    "Councillors said the landing needed repairs that would cost more than a new bridge"
    " approach, and that passenger numbers had fallen by half since the tunnel opened.",
    "Ferry workers will be offered jobs on the harbour buses, the council said, and the"
    " landing itself is to become a small park with a view across the water.",
]
MENU = ["Home", "Region", "Politics", "Business", "Sport", "Culture", "Weather"]


def parse_lines(lines: list[str]) -> newsclean.Article:
    return newsclean.parse("\n".join(lines).encode())


def test_headline_under_a_dateline_is_not_a_standfirst() -> None:
    # A dateline long enough to look like a short headline does not make the headline
    # below it "the standfirst under the line above".
    article = parse_lines(
        [
            *MENU,
            "Wednesday, March 12, 2025 10:40",
            "Regional council votes to close the old ferry landing after ninety years",
            "Save article",
            "Share on social media",
            "Read later",
            "Councillors, commuters and the ferry crews react to the vote in the town hall",
            "Print",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == (
        "Regional council votes to close the old ferry landing after ninety years"
    )


def test_short_line_of_long_words_counts_its_words() -> None:
    # Two long German words are two words, not length / 4 of them (that estimate is for
    # scripts written without spaces): a section label scores as weakly as "World News".
    assert title_score("Landkreis München", 2, False) == title_score("Regional Politics", 2, False)
    # Text without spaces still counts a word per four characters.
    assert title_score("円相場が一時155円台まで下落", 1, False) > 1.0
    assert title_score("円相場 一時155円台まで下落", 1, False) > 1.0


def test_label_glued_to_the_headline_is_cut_when_the_page_prints_it_bare() -> None:
    # The video player under the headline repeats it with its button label run on.
    article = parse_lines(
        [
            "Council votes to close the old ferry landing",
            *MENU,
            "Play Video",
            "Loading...",
            "Council votes to close the old ferry landing Back to video",
            "Close sticky video",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Council votes to close the old ferry landing"


def test_headline_above_a_standfirst_only_a_little_longer() -> None:
    # The standfirst opens the article block (no closing full stop, as leads often have
    # it); the headline above it is barely shorter.
    article = parse_lines(
        [
            *MENU,
            "Only fifty metres from a school: council closes the old ferry landing",
            "Commuters crossed the estuary from the old ferry landing for ninety years until today",
            "The old ferry landing on the estuary, seen from the harbour wall",
            "12 March 2025 18:03",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == (
        "Only fifty metres from a school: council closes the old ferry landing"
    )


def test_short_lower_case_line_under_a_headline_is_not_its_end() -> None:
    # A share button or file name under the headline is not a wrapped headline's last words.
    headline = "Council votes to close the old ferry landing, ending ninety years"
    assert join_wrapped_lines([headline, "email", "Next"]) == [headline, "email", "Next"]
    assert join_wrapped_lines([headline, "ferry_landing.jpg"]) == [headline, "ferry_landing.jpg"]
    # A paragraph's last wrapped line still joins it.
    assert join_wrapped_lines([headline + ",", "the council said."]) == [
        headline + ", the council said."
    ]


def _lines(*texts: str) -> list[Line]:
    return [Line(text, LineKind.TEXT) for text in texts]


def test_overlap_is_skipped_only_when_it_cannot_change_the_pick() -> None:
    lines = _lines("Council votes to close the ferry landing", "Sign in to read", "x")
    # The same text printed twice: the overlap adds the same to both, the higher one wins.
    twice = _lines(
        "Council votes to close the ferry landing", "Council votes to close the ferry landing"
    )
    assert _decided_without_overlap(twice, [(0, 2.0), (1, 3.5)]) == 1
    # Ahead by more than the overlap's whole swing: decided.
    assert _decided_without_overlap(lines, [(0, 7.0), (1, 2.0)]) == 0
    # Close scores, different texts: the body's words must decide.
    assert _decided_without_overlap(lines, [(0, 4.0), (1, 3.0)]) is None
    # A leader that the worst overlap would push to zero or below: not decided either.
    assert _decided_without_overlap(twice, [(0, 1.0), (1, 1.5)]) is None


def test_age_or_two_digit_year_under_a_headline_marks_it() -> None:
    # Pages that print the story's age ("3 hours ago") or a short date ("12.03.25") instead
    # of a full date: that line still marks the headline above it, against a longer
    # caption that stands nearer the text.
    for dateline in ("3 hours ago", "vor 3 Stunden", "3時間前", "Published 12.03.25, 10:40"):
        article = parse_lines(
            [
                *MENU,
                "Council votes to close the old ferry landing",
                "Maria Jensen",
                dateline,
                "Commuters waiting at the old ferry landing in the early morning fog over the estuary",
                *PARAGRAPHS,
            ]
        )
        assert article.headline == "Council votes to close the old ferry landing", dateline
    # A headline about the past is no dateline.
    assert not _is_age_line("Vor 100 Jahren: So wohnten die Beamten im Stahlwerk")


def test_caption_with_a_picture_note_is_not_the_headline() -> None:
    # The photo's caption above the headline, with no credit line under it but the note on
    # what kind of picture it is, one word in languages that compound.
    for note in ("(Symbolbild)", "(Bildmontage)", "(arkivfoto)"):
        article = parse_lines(
            [
                *MENU,
                f"Commuters wait for a ferry at a landing in the early morning fog {note}",
                "Council votes to close the old ferry landing",
                "12 March 2025",
                *PARAGRAPHS,
            ]
        )
        assert article.headline == "Council votes to close the old ferry landing", note


def test_headline_quoting_in_guillemets_is_no_breadcrumb() -> None:
    # Two quotations in «» put two "»" on the line, as "Home » Region » ..." does.
    headline = "«Too costly» or «a loss for the town»: council closes the old ferry landing"
    article = parse_lines(
        [*MENU, headline, "12 March 2025", "Ferry landing in the estuary at dawn", *PARAGRAPHS]
    )
    assert article.headline == headline
    straight = headline.replace("«", '"').replace("»", '"')
    assert title_score(headline, 1, False) == title_score(straight, 1, False)
    assert title_score("Home » Region » Politics » Council", 1, False) <= 0


def test_caption_ending_on_another_scripts_full_stop_is_not_the_headline() -> None:
    # A Japanese caption under the headline ends on "。" as an English one ends on ".".
    headline = "市議会、古いフェリー乗り場の閉鎖を決定"
    caption = "朝の霧の中、古いフェリー乗り場で最後の便を待つ通勤客たち。"
    article = parse_lines([*MENU, headline, caption, "2025年3月12日", *PARAGRAPHS])
    assert article.headline == headline
    # Devanagari ends a sentence on the danda "।".
    caption = "सुबह की धुंध में पुराने घाट पर आखिरी फेरी का इंतजार करते यात्री"
    assert title_score(caption + "।", 1, False) < title_score(caption, 1, False)


def test_kicker_printed_as_its_own_element_is_cut_off() -> None:
    # The kicker and the headline are two elements: one copy joins them with a colon, the
    # other glues them. The headline proper is the part after the kicker.
    article = parse_lines(
        [
            *MENU,
            "Ferry vote: Council closes the old landing after ninety years",
            "Politics",
            "Ferry voteCouncil closes the old landing after ninety years",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Council closes the old landing after ninety years"


def test_kicker_printed_once_stays_in_the_headline() -> None:
    # One copy alone cannot tell a kicker from a title with a colon; a copy joined by a
    # bare space reads as the same title.
    article = parse_lines(
        [
            *MENU,
            "Ferry vote Council closes the old landing after ninety years",
            "Ferry vote: Council closes the old landing after ninety years",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Ferry vote: Council closes the old landing after ninety years"


def test_teaser_paragraph_opening_the_block_yields_to_headline_over_split_byline() -> None:
    # A teaser for another story opens the block (a sentence inside makes it weigh as a
    # paragraph); the headline, as long, follows with "By" and the author's name on two
    # lines. The split byline marks the headline; the teaser's own words do not count as
    # the article's opening.
    teaser = (
        "Most read: Why did the ferry crews stay? The men who learned to sail in storms on"
        " the northern estuary and kept at it for forty years"
    )
    headline = (
        "Council closes the old ferry landing. Commuters will have to take the tunnel bus"
        " from May, the regional council says"
    )
    article = parse_lines(
        [
            *MENU,
            teaser,
            "Save this article and read it whenever you like, once you have signed in.",
            headline,
            "By",
            "Maria Jensen",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == headline


def test_widget_above_the_dateline_does_not_take_its_mark() -> None:
    # An error-report box opens the block, three paragraph-length lines above the article's
    # dateline; the headline stands above the box with its standfirst. The dateline marks
    # the line right above the article's text, not one with the box's paragraphs between.
    headline = "Council closes the old ferry landing after ninety years"
    article = parse_lines(
        [
            *MENU,
            headline,
            "The estuary service carried commuters since 1935: what the vote means for them",
            "Share",
            "Comments",
            "Print",
            "Report an error",
            "E-mail",
            "Twitter",
            "Facebook",
            "Feedback",
            "Did you find a mistake?",
            "Please mark the words in the text. With two clicks you report the mistake to the"
            " editors.",
            "Ferry crews will be offered jobs on the harbour buses, the council has said today.",
            "The landing is to become a small park, the council said in its notice on Monday.",
            "12 March 2025, 10:40",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == headline


@given(st.text(alphabet=st.sampled_from("ab1_ .,-’é東\n")), st.integers(min_value=1, max_value=12))
def test_has_words_counts_word_runs(text: str, count: int) -> None:
    assert _has_words(text, count) == (len(re.findall(r"\w+", text)) >= count)


def test_page_title_above_the_kicker_and_headline_is_not_the_headline() -> None:
    # The page's own title, worded for search (it shares more words with the text), then
    # the article header: a kicker and the headline under it.
    article = parse_lines(
        [
            *MENU,
            "Council closes the estuary ferry landing after ninety years",
            "Estuary crossing",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "The last ferry leaves the old landing"


def test_title_joining_kicker_and_headline_is_kept() -> None:
    # "Kicker: Headline" above the kicker and the headline printed apart is one title
    # printed twice: the joined copy stays the headline.
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing: The last ferry leaves the old landing",
            "Estuary crossing",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Estuary crossing: The last ferry leaves the old landing"


def test_caption_with_its_credit_and_a_summary_sentence_are_not_the_headline() -> None:
    # A short quoted headline sharing no word with the text; under it the photo's caption
    # with its credit after the last sentence, the byline, and a "key points" box whose
    # sentence shares the text's words: each of those two used to win on that overlap.
    article = parse_lines(
        [
            *MENU,
            "- Nobody asked us",
            "LAST CROSSING: Commuters wait for the ferry at the old landing on the estuary."
            " Photo: Jan Olsen/Reuters",
            "Maria Jensen",
            "In short",
            "The regional council voted to close the old ferry landing for good.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "- Nobody asked us"


def test_only_a_rival_headline_under_the_kicker_demotes_the_title_above() -> None:
    # A line of about the headline's length and wording under the label makes the line
    # above the page's own title; a much longer one (a caption) or a button does not.
    def demoted(below: str) -> bool:
        lines = [
            Line("Why the old ferry landing had to go", LineKind.TEXT),
            Line("Analysis", LineKind.TEXT),
            Line(below, LineKind.TEXT),
        ]
        scored = [(0, 5.0), (2, 4.0)]
        return _page_titles_demoted(lines, scored)[0][1] < 5.0

    assert demoted("Commuters lose their crossing of ninety years")
    assert not demoted(
        "Maria Jensen, professor of transport studies at the regional university, on the"
        " council's reasons for closing the ferry landing"
    )
    assert not demoted("Share on social media")


def test_a_truncated_copy_of_the_headline_is_not_the_headline() -> None:
    # A teaser above the article prints the headline cut short, with the date under it;
    # the headline printed whole comes next, over its standfirst.
    article = parse_lines(
        [
            *MENU,
            "Latest",
            "«We crossed on the last ferry from the old...",
            "12 March 2025",
            "«We crossed on the last ferry from the old landing»",
            "A commuter on ninety years of the estuary crossing, and on what the town loses"
            " when the landing closes.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "«We crossed on the last ferry from the old landing»"


def test_headline_with_a_label_glued_on_counts_its_bare_copy() -> None:
    # The headline printed bare far above the article (before a long menu), and near it
    # only with a video player's label glued on; a wine's name and price stands right
    # above the text.
    article = parse_lines(
        [
            "Three pink wines to sip on a sunny afternoon",
            *[f"Section {number}" for number in range(70)],
            "Three pink wines to sip on a sunny afternoon Back to video",
            "Close sticky video",
            "Article content",
            "Domaine Ferme 2025 Rosé, Provence ($14.99, #559393)",
            "On a sunny afternoon a pink glass is hard to beat, and three bottles stand out:"
            " Domaine Ferme makes its rosé from southern grapes and sells it for fifteen dollars.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Three pink wines to sip on a sunny afternoon"


def test_kicker_ending_in_a_colon_joins_the_headline_the_page_prints_joined() -> None:
    # "Estuary crossing:" on its own line over the headline; a teaser list further down
    # prints the two as one title. A kicker ending in a colon with no joined copy stays
    # apart (the next test).
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing:",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
            "More stories",
            "Estuary crossing: The last ferry leaves the old landing",
            "Harbour buses get new timetable",
        ]
    )
    assert article.headline == "Estuary crossing: The last ferry leaves the old landing"


def test_kicker_ending_in_a_colon_without_a_joined_copy_stays_apart() -> None:
    article = parse_lines(
        [
            *MENU,
            "Estuary crossing:",
            "The last ferry leaves the old landing",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "The last ferry leaves the old landing"


def test_deck_under_the_headline_is_not_the_headline() -> None:
    # A deck of about the headline's length right under it, worded like the article's
    # text, then the hero photo's caption (long enough to pass for the deck's standfirst).
    article = parse_lines(
        [
            *MENU,
            "Harbour Town Says Farewell to Its Old Estuary Crossing After Ninety Years",
            "The regional council votes to close the ferry landing and build a park",
            "Commuters queue for the last morning ferry at the old landing on the estuary",
            "Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == (
        "Harbour Town Says Farewell to Its Old Estuary Crossing After Ninety Years"
    )


def test_bare_copy_of_the_headline_past_the_article_is_not_taken() -> None:
    # The headline is printed only with a video label glued on; its bare words stand again
    # in the footer's list of stories, past the article: the headline stays where it is
    # and the body under it.
    article = parse_lines(
        [
            *MENU,
            "Council votes to close the old ferry landing Back to video",
            "By Maria Jensen",
            "12 March 2025",
            *PARAGRAPHS,
            "Comments",
            "Most read",
            "Council votes to close the old ferry landing",
            "Harbour buses to run every ten minutes from May",
            *MENU,
        ]
    )
    assert article.headline.startswith("Council votes to close the old ferry landing")
    assert article.body == PARAGRAPHS


def test_video_title_under_the_articles_header_is_not_the_headline() -> None:
    # The headline, its byline and share buttons, then a video player at the top of the
    # text: its title printed twice around a label, its description under it (longer,
    # like a standfirst), both worded like the story.
    article = parse_lines(
        [
            *MENU,
            "Council shuts the ferry landing after ninety years",
            "By Maria Jensen",
            "12 March 2025",
            "Facebook",
            "Twitter",
            "Why the council will close it",
            "Video",
            "Why the council will close it",
            "Our reporter explains why the council voted to close the old ferry landing and"
            " what the harbour buses will change for commuters who crossed the estuary.",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Council shuts the ferry landing after ninety years"


def test_headline_right_under_its_byline_and_date_keeps_its_place() -> None:
    # The header prints byline and date above the headline; a newsletter prompt above them
    # takes their mark, yet the headline right under the date is no line below the header.
    article = parse_lines(
        [
            *MENU,
            "Sign up for the morning briefing",
            "Maria Jensen",
            "12 March 2025",
            "A last crossing for the estuary ferry",
            "Share this story",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "A last crossing for the estuary ferry"


def test_breadcrumbs_glued_to_the_headline_lose_to_its_bare_copy() -> None:
    # The dump runs the section labels into the headline's element ("Harbour Ferry ...");
    # the page prints the headline alone right below. The glued copy has more words,
    # all of them in the text too, yet its front is furniture.
    article = parse_lines(
        [
            *MENU,
            "Harbour Ferry Council closes the old ferry landing",
            "Council closes the old ferry landing",
            "By Maria Jensen",
            "Print",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Council closes the old ferry landing"


def test_tag_list_over_the_text_is_not_the_headline() -> None:
    # A blog post: its title and date, then the post's tags right over the text, as many
    # words as a headline and worded like the story.
    article = parse_lines(
        [
            "A harbour diary",
            "Notes from the estuary",
            "Goodbye to the little ferry",
            "12",
            "Mar 2025",
            "Posted by Maria in Diary",
            "Leave a comment",
            "Tags",
            "ferry, landing, council, commuters, harbour buses, estuary",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Goodbye to the little ferry"


def test_navigation_lines_are_never_the_headline() -> None:
    # The post navigation, a breadcrumb with arrows and an image's file name stand where a
    # title would; the two-word headline is weak, but the only title there is.
    for furniture in (
        "← Harbour buses run late again this winter",
        "Home → Local news → Council votes to close the ferry landing",
        "ferry-landing-estuary-council-vote-2024.jpg",
    ):
        lines = ["Harbour Gazette", "Menu", furniture, "Ferry landing closes", *PARAGRAPHS]
        article = newsclean.parse("\n\n".join(lines))
        assert article.headline == "Ferry landing closes", furniture


def test_page_controls_in_other_languages_are_labels_not_titles() -> None:
    # The headline names a date, which costs it as much as a caption's date; the control
    # printed alone above it was taken for the title.
    headline = "Bericht zur Hafenlage vom 22.04.2020 – wie geht es weiter?"
    for control in ("Seite ausdrucken", "Artikel anhören", "Embed-Code kopieren"):
        lines = ["Jan Berger", control, headline, *PARAGRAPHS]
        article = newsclean.parse("\n\n".join(lines))
        assert article.headline != control, control


def test_a_line_inside_the_text_loses_to_a_headline_with_its_dateline() -> None:
    # An embedded post inside the article: a question, a longer line under it and the
    # post's signature with its date. The headline above the text has its own dateline
    # right under it, so the article's header is found and the question is no headline.
    article = parse_lines(
        [
            *MENU,
            "Ferry landing closes after ninety years",
            "12 March 2025",
            "Photo: the landing at dawn",
            *PARAGRAPHS[:2],
            "How long until the harbour buses run as often as the old ferry boats did?",
            "In a town built around the water, the commuters who crossed every morning will"
            " now sit in traffic on the bridge… pic.example.com/ferry",
            "— Harbour Watch (@harbourwatch) March 11, 2025",
            PARAGRAPHS[2],
        ]
    )
    assert article.headline == "Ferry landing closes after ninety years"


def test_the_last_item_of_a_breadcrumb_trail_marks_the_headline() -> None:
    # The trail names the page it leads to, as a browser title does; the short headline
    # under it names none of the text's words, and the list heading under that reads more
    # like a title and has the first paragraph for a standfirst.
    article = parse_lines(
        [
            *MENU,
            "Goodbye to the old crossing",
            "Opening hours",
            "You are here: Home » Region » Goodbye to the old crossing",
            "Goodbye to the old crossing",
            "[A] Planning a crossing – ideas, timetables, fares",
            *PARAGRAPHS,
        ]
    )
    assert article.headline == "Goodbye to the old crossing"


def test_headline_printed_many_times_beats_its_kicker() -> None:
    # A headline that the share bar, a "most read" list and the sidebars print again (five
    # copies in all) is no menu entry: it keeps its title look over the kicker above it.
    title = "Council closes the old ferry landing after ninety years"
    article = parse_lines(
        [
            *MENU,
            "Interview with the harbour master",
            title,
            "12 March 2025",
            *PARAGRAPHS,
            "Share this story",
            title,
            "Most read",
            title,
            "Latest news",
            title,
            "Also in Region",
            title,
        ]
    )
    assert article.headline == title
