"""Authors on the text path: the byline forms printed between a headline and its body.

Each test writes a small dump with one byline form and checks the names read from it;
every dump here fails without the rule it names.
"""

from __future__ import annotations

import newsclean
from newsclean.lexicon import GENERIC_LEXICON
from newsclean.text.lines import classifier_for

HEADLINE = "Harbour strike halts container traffic in Rotterdam"
BODY = [
    "Dock workers walked out on Monday morning, and by noon not a single container ship"
    " had been unloaded at the largest port in Europe, the port authority said.",
    "The union is demanding a pay rise of seven percent and earlier retirement for crane"
    " operators, who it says work longer shifts than a decade ago.",
    "Talks with the employers' association are due to resume on Wednesday, the union"
    " said, but it warned that the strike could last the whole week if no offer is"
    " made before then.",
]


def authors_of(*header: str) -> list[str]:
    """The authors read from a page printing ``header`` between its headline and body."""
    dump = "\n".join(["Home", "World", "Search", HEADLINE, *header, *BODY, "Tags: Ports"])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    return list(article.authors)


# --- bare names beside the dateline -------------------------------------------------------


def test_bare_name_above_the_date() -> None:
    assert authors_of("Lena Marquardt", "3 March 2025, 10:05") == ["Lena Marquardt"]


def test_bare_name_below_the_date_past_a_reading_time() -> None:
    assert authors_of("03.03.2025, 10:05", "| 4 min", "Ruud van der Berg") == ["Ruud van der Berg"]


def test_two_names_one_a_line_and_a_label_above_the_date() -> None:
    header = ("Ingrid Solheim", "Per Arne Vik", "Publisert", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Ingrid Solheim", "Per Arne Vik"]


def test_job_title_under_the_name_is_not_an_author() -> None:
    header = ("Tom Ashworth", "Political Correspondent", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Tom Ashworth"]


def test_a_club_or_paper_beside_the_date_is_not_an_author() -> None:
    assert authors_of("FC Rotterdam", "3 March 2025, 10:05") == []
    assert authors_of("De Haven", "3 March 2025, 10:05") == []
    assert authors_of("Port news", "3 March 2025, 10:05") == []


def test_image_alt_text_naming_the_author_is_dropped() -> None:
    header = ("Portrait of Lena Marquardt", "Lena Marquardt", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Lena Marquardt"]


# --- labels printed above the names ---------------------------------------------------------


def test_name_under_an_author_label() -> None:
    header = ("Author of the article:", "Lena Marquardt", "Published Mar 03, 2025 • 4 minute read")
    assert authors_of(*header) == ["Lena Marquardt"]


def test_several_names_under_a_lone_by() -> None:
    header = ("Von", "Lena Marquardt", "Lena Marquardt", ",", "Ruud van der Berg", "Stand: heute")
    assert authors_of(*header) == ["Lena Marquardt", "Ruud van der Berg"]


# --- cleaning ---------------------------------------------------------------------------------


def test_job_title_glued_to_the_name() -> None:
    header = ("By", "Lena MarquardtShipping Reporter", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Lena Marquardt"]


def test_place_role_and_outlet_after_the_name_are_dropped() -> None:
    assert authors_of("By Lena Marquardt, Rotterdam", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("By Lena Marquardt, News Reporter", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("By Lena Marquardt For Portnews.com", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("By Harbour Desk with agencies", "3 March 2025") == ["Harbour Desk"]


def test_names_split_on_bars_and_slashes_and_agency_kept() -> None:
    assert authors_of("Lena Marquardt | Ruud Vink", "3 March 2025") == [
        "Lena Marquardt",
        "Ruud Vink",
    ]
    assert authors_of("By Lena Marquardt/Ruud Vink", "3 March 2025") == [
        "Lena Marquardt",
        "Ruud Vink",
    ]
    assert authors_of("By Lena Marquardt, AFP", "3 March 2025") == ["Lena Marquardt", "AFP"]


# --- byline words -----------------------------------------------------------------------------


def test_byline_words_in_other_spellings() -> None:
    assert authors_of("Von: LENA MARQUARDT", "3 March 2025") == ["LENA MARQUARDT"]
    assert authors_of("von Lena Marquardt", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("byLena Marquardt", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("Written by Lena Marquardt", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("Kolumne von Lena Marquardt -", "3 March 2025") == ["Lena Marquardt"]


def test_byline_word_before_lower_case_or_a_number_is_text() -> None:
    classifier = classifier_for(GENERIC_LEXICON)
    assert classifier.byline("von 10 bis 12 Uhr geöffnet") is None
    assert classifier.byline("by the harbour master") is None
    assert classifier.byline("Bytes and bits") is None
    assert classifier.byline("By Lena Marquardt") == "Lena Marquardt"


def test_byline_word_opening_a_title_that_quotes_is_text() -> None:
    # A headline that opens on the byline word: a name quotes nothing.
    classifier = classifier_for(GENERIC_LEXICON)
    assert classifier.byline("Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»") is None
    assert classifier.byline("Von „Heimat“ bis Hafen") is None
    assert classifier.byline("Von Lena Marquardt und Bo Chan") == "Lena Marquardt und Bo Chan"


# --- where the byline stands ------------------------------------------------------------------

STANDFIRST = (
    "The port's first full strike in thirty years has stopped every crane, and shipping"
    " lines are already sending their vessels to other ports."
)

DOCK_LEAD = (
    "In Rotterdam, dock workers stopped work on Monday at six in the morning. By noon, not a"
    " single container ship had been unloaded, and the queue of vessels waiting at anchor off"
    " the coast had grown to forty."
)


def test_names_under_a_lone_by_run_on_past_the_header() -> None:
    header = (DOCK_LEAD, "Von", "Lena Marquardt", "Lena Marquardt", "Ruud Vink", "Ruud Vink")
    assert authors_of(*header) == ["Lena Marquardt", "Ruud Vink"]


def test_bare_name_and_date_a_few_lines_into_the_body() -> None:
    header = (STANDFIRST, "Lena Marquardt", "Lena Marquardt", "Lena Marquardt", "3 March 2025")
    assert authors_of(*header) == ["Lena Marquardt"]


def test_dateline_the_date_reader_does_not_take() -> None:
    assert authors_of("Lena Marquardt", "Publicerad 22:31") == ["Lena Marquardt"]
    assert authors_of("Lena Marquardt", "15.10.24 23:35") == ["Lena Marquardt"]


def test_handle_and_dateline_label_glued_to_the_name() -> None:
    assert authors_of("3 March 2025", "Lena Marquardt@lenamarq") == ["Lena Marquardt"]
    assert authors_of("Lena Marquardt|Published", "4 months ago") == ["Lena Marquardt"]
    assert authors_of("Lena Marquardt", "Publiziert heute um 12:19 Uhr") == ["Lena Marquardt"]


def test_byline_naming_many_people() -> None:
    byline = "By Ann Lee, Bo Chan, Cy Diaz-Ortega and Dan Eng"
    assert authors_of(byline, "3 March 2025") == ["Ann Lee", "Bo Chan", "Cy Diaz-Ortega", "Dan Eng"]
    classifier = classifier_for(GENERIC_LEXICON)
    assert classifier.byline("By the time the ships came in, the strike was over") is None


def test_author_box_after_the_article() -> None:
    dump = "\n".join(
        [
            *("Home", "World", HEADLINE, "3 March 2025", *BODY),
            *("About the author", "Lena Marquardt", "Reporter", "Lena Marquardt covers the port."),
        ]
    )
    assert newsclean.parse(dump.encode()).authors == ["Lena Marquardt"]
    # With no job title under the name (which the card reader would take), only the box's
    # label says whose name it is.
    for label, bio in [
        ("About the author", "She has covered the port since 2019 and lives in Hamburg."),
        ("Über den Autor", "Sie berichtet seit 2019 über den Hafen."),
    ]:
        dump = "\n".join(
            [*("Home", "World", HEADLINE, "3 March 2025", *BODY), label, "Lena Marquardt", bio]
        )
        assert newsclean.parse(dump.encode()).authors == ["Lena Marquardt"], label


def test_korean_reporter_signing_off_under_the_article() -> None:
    paragraphs = [
        "부산항 노동자들이 월요일 아침 파업에 들어가면서 컨테이너선 하역이 모두 멈췄다고 항만공사가 밝혔다."
        " 노조는 임금 인상과 조기 퇴직을 요구하고 있으며 협상은 수요일에 재개될 예정이다.",
        "해운사들은 파업이 이어지는 동안 선박을 다른 항구로 돌리고 있다고 말했다. 화물 배송이 늦어질 수 있다.",
        "부산 김민준 기자 minjun@example.com",
    ]
    dump = "\n".join(["홈", "경제", "부산항 파업으로 컨테이너 하역 전면 중단", *paragraphs, "댓글"])
    assert newsclean.parse(dump.encode()).authors == ["김민준"]


# --- agencies credited beside the dateline ------------------------------------------------


def test_agency_alone_above_the_date() -> None:
    assert authors_of("AFP", "3 March 2025, 10:05") == ["AFP"]


def test_reporter_and_agency_above_the_date() -> None:
    assert authors_of("Lena Marquardt and AP", "3 March 2025, 10:05") == ["Lena Marquardt", "AP"]


def test_capitals_that_are_no_agency_beside_the_date_are_not_an_author() -> None:
    assert authors_of("USA", "3 March 2025, 10:05") == []


def test_agency_spelled_in_full_beside_the_reporter_is_credited() -> None:
    header = ("Lena Marquardt and The Associated Press", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Lena Marquardt", "The Associated Press"]


def test_agency_on_the_line_under_the_reporter_follows_her() -> None:
    assert authors_of("Lena Marquardt", "dpa", "3 March 2025, 10:05") == ["Lena Marquardt", "dpa"]


def test_agency_bracketed_after_the_reporter_is_credited_a_place_is_dropped() -> None:
    assert authors_of("Lena Marquardt (dpa)", "3 March 2025, 10:05") == ["Lena Marquardt", "dpa"]
    assert authors_of("By Lena Marquardt (AFP)", "3 March 2025") == ["Lena Marquardt", "AFP"]
    assert authors_of("By Lena Marquardt (Rotterdam)", "3 March 2025") == ["Lena Marquardt"]


def test_agency_joined_by_with_is_credited() -> None:
    assert authors_of("By Lena Marquardt with AP", "3 March 2025") == ["Lena Marquardt", "AP"]
    assert authors_of("Lena Marquardt with Reuters", "3 March 2025, 10:05") == [
        "Lena Marquardt",
        "Reuters",
    ]


def test_capitals_after_the_reporter_name_her_outlet_not_an_agency() -> None:
    assert authors_of("By Lena Marquardt, NYT", "3 March 2025") == ["Lena Marquardt"]
    assert authors_of("By Lena Marquardt, SDA", "3 March 2025") == ["Lena Marquardt", "SDA"]


LEAD = (
    "The port of Rotterdam came to a standstill on Monday as crane operators and dock"
    " workers walked out over pay, leaving dozens of ships waiting at anchor offshore."
)


def test_by_label_closing_the_header_window_names_the_line_past_it() -> None:
    assert authors_of(LEAD, "Share", "By", "Lena Marquardt") == ["Lena Marquardt"]


def test_byline_over_the_headline_beats_a_teaser_byline_in_the_body() -> None:
    above = ["Home", "World", "By Lena Marquardt"]
    teaser = ["Strikes spread", "By Bo Chan"]
    dump = "\n".join([*above, HEADLINE, LEAD, *teaser, *BODY, "Tags: Ports"])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    assert list(article.authors) == ["Lena Marquardt"]


def test_second_byline_past_the_first_paragraph_is_a_teaser() -> None:
    header = ("By Lena Marquardt", LEAD, "Strikes spread", "By Bo Chan")
    assert authors_of(*header) == ["Lena Marquardt"]


def test_bar_before_a_reading_time_is_no_word_of_it() -> None:
    header = ("03.03.2025, 10:05", "| Lesezeit: 6 Minuten", "Ruud van der Berg")
    assert authors_of(*header) == ["Ruud van der Berg"]


def test_bare_name_above_the_page_age() -> None:
    assert authors_of("Lena Marquardt", "7 hours") == ["Lena Marquardt"]
    assert authors_of("Lena Marquardt", "vor 2 Stunden") == ["Lena Marquardt"]


def test_job_title_printed_on_the_name_line_is_dropped() -> None:
    header = ("3 March 2025, 10:05", "Lena Marquardt Senior Business Editor")
    assert authors_of(*header) == ["Lena Marquardt"]
    header = ("Ruud van Dijk Harbour correspondent", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Ruud van Dijk"]


def test_name_then_its_first_and_last_name_apart_above_the_date() -> None:
    header = ("Lena Marquardt", "Lena", "Marquardt", "Published", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Lena Marquardt"]


def test_byline_under_a_second_copy_of_the_headline() -> None:
    header = (LEAD, "Photo: Jan Smit", "Share", "Print", HEADLINE, "Reporter", "By Lena Marquardt")
    assert authors_of(*header) == ["Lena Marquardt"]


def authors_with_tail(*tail: str) -> list[str]:
    """The authors read from a page printing ``tail`` after its body."""
    dump = "\n".join(["Home", "World", "Search", HEADLINE, *BODY, "Tags: Ports", *tail])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    return list(article.authors)


def test_label_naming_the_kind_of_piece_in_the_author_box() -> None:
    assert authors_with_tail("Share", "Print", "Analysis by", "Lena Marquardt") == [
        "Lena Marquardt"
    ]


def test_sponsor_or_picture_credit_label_is_no_byline() -> None:
    assert authors_of("Powered by", "Harbour Tours") == []
    assert authors_with_tail("Share", "Print", "Photos by", "Jan Smit") == []
    assert authors_with_tail("Share", "Print", "Sponsored by", "Jan Smit") == []


def test_agency_and_its_description_above_a_bare_clock_time() -> None:
    assert authors_of(LEAD, "AFP", "News agency", "16:30") == ["AFP"]


def test_agency_named_as_the_source_in_the_header() -> None:
    assert authors_of("3 March 2025, 10:05", "Source: Reuters Business", LEAD) == ["Reuters"]
    assert authors_of("3 March 2025, 10:05", "Source: Port Authority", LEAD) == []


def authors_with_last_paragraph(last: str) -> list[str]:
    dump = "\n".join(["Home", "World", "Search", HEADLINE, *BODY, last, "Tags: Ports"])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    return list(article.authors)


def test_author_bio_closing_the_article() -> None:
    bio = "Lena Marquardt is a business reporter for the Harbour Gazette."
    assert authors_with_last_paragraph(bio) == ["Lena Marquardt"]


def test_sentence_about_someone_else_closing_the_article_is_no_bio() -> None:
    last = "Pieter de Vries is a crane operator who has worked at the port for twenty years."
    assert authors_with_last_paragraph(last) == []


def test_link_to_the_authors_page_above_the_date() -> None:
    header = ("View all posts by Lena Marquardt", "3 March 2025")
    assert authors_of(*header) == ["Lena Marquardt"]


# --- the author's card: a name over its job title ----------------------------------------


def test_names_over_their_job_titles_in_the_header() -> None:
    header = ("Lena Marquardt", "– Journalist", "Ruud van der Berg", "Correspondent in Brussels")
    assert authors_of(*header) == ["Lena Marquardt", "Ruud van der Berg"]


def test_name_printed_twice_over_its_job_title_past_the_share_buttons() -> None:
    header = (
        "3 March 2025, 10:05",
        "Share",
        "Print",
        "Lena Marquardt",
        "Lena Marquardt",
        "Redakteurin",
    )
    assert authors_of(*header) == ["Lena Marquardt"]


def test_authors_card_after_the_article() -> None:
    card = ("Lena Marquardt", "Reporter", "Lena Marquardt has covered the port since 2019.")
    assert authors_with_tail("Share", *card) == ["Lena Marquardt"]


def test_a_photographer_or_a_person_without_a_job_title_is_no_author() -> None:
    assert authors_of(LEAD, "Jan Smit", "Photographer", "Share") == []
    assert authors_of(LEAD, "Jan Smit", "Harbour master", "Share") == []


# --- the author's signature under the last paragraph ---------------------------------------


def test_name_signing_the_article_under_its_last_sentence() -> None:
    assert authors_with_signature("Lena Marquardt", "Share this article") == ["Lena Marquardt"]


def test_teaser_byline_menu_or_cut_name_under_the_article_is_no_signature() -> None:
    assert authors_with_signature("Lena Marquardt", "4 March 2025") == []
    assert authors_with_signature("Contact Us", "About Us") == []
    assert authors_with_signature("Add HarbourNews to your feed", "Share") == []


def test_a_menu_heading_over_its_entries_is_no_signature() -> None:
    assert authors_with_signature("Harbour Buying Guides", "Latest Port Reviews") == []
    assert authors_with_signature("Lena Marquardt", "Redakteurin für Wirtschaft") == [
        "Lena Marquardt"
    ]


LATER_PARAGRAPHS = (
    "Shipping lines have begun to divert vessels to Antwerp and Hamburg, where the queues at"
    " anchor are already longer than usual for the time of year.",
    "Retailers warned that shelves could empty within a fortnight if the strike went on, as"
    " most goods for the Dutch market arrive through the port.",
)


def authors_with_signature(*tail: str) -> list[str]:
    """The authors read from a page printing ``tail`` under its body's last sentence, past
    the lines where a byline beside a date is read."""
    dump = "\n".join(["Home", "World", "Search", HEADLINE, *BODY, *LATER_PARAGRAPHS, *tail])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    return list(article.authors)


# --- the agency's credit closing the article ------------------------------------------------


def test_agency_and_editors_initials_closing_the_article() -> None:
    assert authors_with_tail("Newsletter", "SDA/sep", "Comments") == ["SDA"]
    assert authors_with_tail("(dpa, afp)", "Comments") == ["dpa", "afp"]


def test_initials_or_a_word_beside_an_agency_closing_the_article_are_no_credit() -> None:
    assert authors_with_tail("sep/jdo", "Comments") == []
    assert authors_with_tail("More from AP/Ports", "Comments") == []


def test_outlet_after_the_reporter_is_her_employer_not_an_author() -> None:
    assert authors_of("Lena Marquardt | Harbour News", "3 March 2025, 10:05") == ["Lena Marquardt"]
    assert authors_of("Lena Marquardt | Ruud Vink", "3 March 2025, 10:05") == [
        "Lena Marquardt",
        "Ruud Vink",
    ]


def test_byline_word_glued_to_a_name_opening_on_initials() -> None:
    # "<span>By</span><a>J.R. Stone</a>" rendered with no space between.
    assert authors_of("ByJ.R. Stone", "3 March 2025, 10:05") == ["J.R. Stone"]


def test_name_over_a_compound_job_title() -> None:
    # German job titles are compounds ending on the role word: "Chefredakteur".
    assert authors_of("Lena Marquardt", "Chefredakteurin", "ca. 8 Min.") == ["Lena Marquardt"]


def test_a_byline_in_a_meta_line_or_beside_its_date_is_read() -> None:
    from newsclean import parse

    paragraph = (
        "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke bis zum Frühjahr zu sperren. "
    )
    for meta, name in (
        ("01. Dez. 2022 | 14:08 Uhr | von Jona Berger", "Jona Berger"),
        ("VON MORITZ HALLER am 21. April 2020", "MORITZ HALLER"),
    ):
        dump = (
            f"Brücke bleibt bis zum Frühjahr gesperrt\n{meta}\n{paragraph * 2}\n{paragraph * 3}\n"
        )
        assert parse(dump.encode()).authors == [name], meta


# --- blog bylines: a verb of publishing, a label, a one-word name ----------------------------


def test_byline_after_a_verb_of_publishing_or_an_author_label() -> None:
    for meta, names in (
        ("Posted on 3 March 2025 by Lena Marquardt", ["Lena Marquardt"]),
        ("Geschrieben von Lena am 03.03.2025 10:05 (1599 x gelesen)", ["Lena"]),
        ("Posted by Harbourwatch under Port News, Strikes", ["Harbourwatch"]),
        ("Veröffentlicht vonLena Marquardt", ["Lena Marquardt"]),
        ("3 March 2025 @ 10:05 // Autor: lmarquardt // 4 min", ["lmarquardt"]),
        ("Posted in Port News by lmarquardt on 3 March 2025", ["lmarquardt"]),
        ("by: Lena Marquardt", ["Lena Marquardt"]),
        ("by Lena 24 Comments", ["Lena"]),
    ):
        assert authors_of(meta, "3 March 2025, 10:05") == names, meta


def test_one_word_after_an_article_or_in_lower_case_without_a_label_is_no_name() -> None:
    # "De" is as often an article; a lower-case word after a bare byline word is text.
    assert authors_of("De Haven", "3 March 2025, 10:05") == []
    assert authors_of("3 March 2025 | von heute", "Harbour news") == []


def test_name_opening_the_dateline() -> None:
    assert authors_of("Lena Marquardt, 03.03.2025") == ["Lena Marquardt"]
    # A label before the date is no name: "Son Güncelleme : ..." (last updated).
    assert authors_of("Son Güncelleme : 03.03.2025 - 16:49") == []


def test_sentence_stop_or_date_joiner_after_the_name_is_dropped() -> None:
    assert authors_of("By Lena Marquardt.", "3 March 2025, 10:05") == ["Lena Marquardt"]
    assert authors_of("By Lena Marquardt on", "3 March 2025, 10:05") == ["Lena Marquardt"]


def test_bare_name_alone_in_the_header() -> None:
    assert authors_of("Lena Marquardt", "Share", "Print") == ["Lena Marquardt"]


def test_tags_under_the_date_are_no_authors() -> None:
    assert authors_of("3 March 2025, 10:05", "Tags", "Green Harbour", "Cargo Shipping") == []


def test_bare_name_just_over_the_text() -> None:
    assert authors_of("Share", "Print", "Save", "Lena Marquardt") == ["Lena Marquardt"]


def test_two_capitalised_words_in_a_menu_under_the_headline_are_no_author() -> None:
    # Entries of a menu or a table of contents: neither under the headline nor over the text.
    menu = ("Share", "Print", "Green Harbour", "Cargo Shipping", "Contact")
    assert authors_of(*menu) == []


def test_byline_in_the_lines_under_the_article() -> None:
    assert authors_with_tail("Erstellt von Lena Marquardt") == ["Lena Marquardt"]
    assert authors_with_tail("Autor: Lena Marquardt") == ["Lena Marquardt"]


def test_byline_two_lines_over_the_headline() -> None:
    dump = "\n".join(
        ["Home", "World", "By Lena Marquardt", "Ports", HEADLINE, *BODY, "Tags: Ports"]
    )
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    assert list(article.authors) == ["Lena Marquardt"]


def test_a_number_after_two_capitalised_words_makes_no_person() -> None:
    from newsclean.text.names import is_person_line

    assert not is_person_line("Raspberry Pi 3")
    assert is_person_line("Lena Marquardt")


def test_date_after_the_name_in_a_byline_is_dropped() -> None:
    assert authors_of("Written by Lena Marquardt on July 27, 2017") == ["Lena Marquardt"]


def test_a_meta_line_between_two_copies_of_the_headline() -> None:
    dump = "\n".join(
        ["Home", "World", HEADLINE, "Gepostet von Katharina Volkwein | Wohnen", HEADLINE, *BODY]
    )
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    assert article.authors == ["Katharina Volkwein"]


# --- where the name ends -------------------------------------------------------------------


def test_a_blog_bylines_category_is_not_part_of_the_name() -> None:
    assert authors_of("von Fatima in Gefühle, Popkultur") == ["Fatima"]


def test_a_three_letter_surname_before_the_date_stays() -> None:
    assert authors_of("par Didier Roy, 21 juin 2018") == ["Didier Roy"]


def test_the_next_credit_ends_the_name() -> None:
    assert authors_of("Text von Christian Seiler Illustration von Markus Roost") == [
        "Christian Seiler"
    ]


def test_a_drupal_submitted_by_line() -> None:
    assert authors_of("Gespeichert von rasos am 24. Juli 2017 - 18:55") == ["rasos"]


def test_a_chinese_credit_line_under_the_text() -> None:
    lines = [
        "首页",
        "新闻",
        "智慧农业园区让小农户尝到数字化甜头",
        "2024-05-08 09:58",
        "在益阳一个智慧农业园区里，物联网、大数据等技术对农业生产进行智能感知、智能预警和智能决策，"
        "精准使用水、肥、药，让农户的收入比往年明显增加。",
        "村民只需拍几张照片，编辑小段文字，就可以把家里种的稻谷、养的鸡鸭和做的手工粉挂到网上出售，"
        "很多人第一次感受到了数字化带来的好处。",
        "（责任编辑：王小明、李华）",
        "相关新闻",
    ]
    article = newsclean.parse("\n".join(lines).encode())
    assert article.authors == ["王小明", "李华"]


# --- a byline under a standfirst --------------------------------------------------------------


def test_byline_word_line_under_a_standfirst_slug_and_section() -> None:
    # The standfirst reads as the first paragraph; the byline stands four lines under it,
    # past the URL slug and the section, with the reporter's e-mail address after the name.
    dump = "\n".join(
        [
            "Inicio",
            "Estas son las marcas de teléfonos que más frenan tus aplicaciones",
            "Aunque muchas veces crees que el problema es del desarrollador, en realidad podría"
            " ser culpa del fabricante de tu teléfono.",
            "estas-son-las-marcas-de-telefonos-que-mas-frenan-tus-aplicaciones",
            "Tecnología",
            "Smartphones",
            "Por Alberto Ruiz aruiz@example.com",
            "27 de agosto 2019",
            "Un estudio de la universidad comparó cuánto tiempo sobreviven las aplicaciones en"
            " segundo plano en los teléfonos de cada fabricante, y las diferencias son enormes.",
            "Los fabricantes que más cierran aplicaciones lo hacen para ahorrar batería, pero el"
            " resultado es que las alarmas y los mensajes llegan tarde o no llegan.",
        ]
    )
    article = newsclean.parse(dump.encode())
    assert article.headline == "Estas son las marcas de teléfonos que más frenan tus aplicaciones"
    assert article.authors == ["Alberto Ruiz"]


def test_email_address_is_not_part_of_the_name() -> None:
    header = ("By Grace Lindqvist glindqvist@example.com", "3 March 2025, 10:05")
    assert authors_of(*header) == ["Grace Lindqvist"]


def test_handle_in_lower_case_beside_the_date_line() -> None:
    # A blog's "Posted on <date> by <handle>", its parts printed on lines of their own.
    assert authors_of("Veröffentlicht am", "12. Juni 2017", "von gizzmo") == ["gizzmo"]
    assert authors_of("von flerche", "21. September 2019") == ["flerche"]
    # Without a date beside it, a word in lower case after "von" is no name.
    assert authors_of("von oben", "Standard") == []


def test_name_closing_a_dateline_that_opens_with_the_date() -> None:
    assert authors_of("11.12.2019 - Amelie Lorenzen") == ["Amelie Lorenzen"]
    assert authors_of("04.02.2022 | 13:10 Uhr | Uta Hellmann") == ["Uta Hellmann"]
    # A place or a section after the date is no name.
    assert authors_of("12.03.2024 - Berlin") == []
    assert authors_of("12.03.2024 | Politik | Jane Doe") == []


def test_bare_name_beside_a_dateline_over_the_headline() -> None:
    # "Jane Doe" / section / date / headline: the header printed above the title.
    dump = "\n".join(["Home", "World", "Lena Marquardt", "Business", "01.21.2020 07:00 AM"])
    dump += "\n" + "\n".join([HEADLINE, *BODY, "Tags: Ports"])
    article = newsclean.parse(dump.encode())
    assert article.headline == HEADLINE
    assert article.authors == ["Lena Marquardt"]
    # Without a date beside it, a name over the headline stays unread.
    dump = "\n".join(["Home", "World", "Lena Marquardt", "Business", HEADLINE, *BODY])
    assert newsclean.parse(dump.encode()).authors == []


def test_a_company_with_its_legal_form_is_no_person() -> None:
    from newsclean.text.names import is_person

    assert not is_person("Grapehk GmbH")
    assert not is_person("Example Media Inc.")
    assert is_person("Jane Agnes")


def test_a_heading_opening_with_a_function_word_is_no_person() -> None:
    from newsclean.text.names import is_person

    for heading in ("Unser Team", "Zum Ratgeber", "Older Posts", "Next Up In", "Für Büros"):
        assert not is_person(heading), heading
    for button in ("Play Video", "Tweet This", "Open Future", "Teilen Senden"):
        assert not is_person(button), button
    assert is_person("Mehmet Öztürk") and is_person("Ma Jian")
    # Under the article's last sentence, where a paper signs its piece.
    dump = "\n".join(["Home", HEADLINE, *BODY, "Unser Team", "Kontakt", "Impressum"])
    assert list(newsclean.parse(dump.encode()).authors) == []


def test_a_noun_and_its_genitive_is_no_person() -> None:
    from newsclean.text.names import is_person

    assert not is_person("Fragen der Solidarität")
    assert is_person("Ursula von der Leyen") and is_person("Ruud van der Berg")
    # A subtitle under the names a label introduces is no third author.
    header = ("von", "Lena Marquardt, Ruud van der Berg", "Erdrutschsieg der Hafenarbeiter")
    assert authors_of(*header) == ["Lena Marquardt", "Ruud van der Berg"]


def test_the_comments_link_after_the_name_is_no_part_of_it() -> None:
    assert authors_of("3 March 2025", "Lena Marquardt Kommentare 4 Kommentare") == [
        "Lena Marquardt"
    ]
