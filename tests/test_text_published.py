"""Which printed date of a whole-page text dump is the publication date.

Each dump here is written for the test: a menu, a headline, a dateline in some form, a
body of a few paragraphs and a teaser list with dates of its own.
"""

from __future__ import annotations

from datetime import datetime

import newsclean

BODY = [
    "Die Stadtwerke haben am Morgen den Betrieb der neuen Fernwärmeleitung im Osten der "
    "Stadt aufgenommen, nachdem die Bauarbeiten fast zwei Jahre gedauert hatten.",
    "Nach Angaben des Unternehmens werden damit rund viertausend Wohnungen versorgt, die "
    "bisher mit Öl oder Gas geheizt wurden. Die Umstellung soll bis zum Herbst dauern.",
    "Der Bürgermeister sprach bei der Eröffnung von einem wichtigen Schritt, mahnte aber "
    "zugleich, dass die Preise für die Kundinnen und Kunden bezahlbar bleiben müssten.",
    "Kritik kam von den Anwohnern, die monatelang mit gesperrten Straßen und Lärm leben "
    "mussten. Die Stadt will sie mit einem Fest im Sommer entschädigen, hieß es.",
]


def dump(
    *header: str,
    footer: tuple[str, ...] = (),
    teasers: tuple[str, ...] = (),
    footer_notice: tuple[str, ...] = ("Impressum",),
) -> bytes:
    lines = [
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Kultur",
        "Fernwärme im Osten: Neue Leitung versorgt viertausend Wohnungen",
        *header,
        *BODY,
        *footer,
        "Mehr zum Thema",
        *teasers,
        *footer_notice,
    ]
    return "\n\n".join(lines).encode()


def test_short_year_dateline_with_a_time_beats_a_teaser_date() -> None:
    # A two-digit year inside a line is read when a time of day follows it; the audio
    # teaser's bare "02.05.24" below it is not the article's date.
    article = newsclean.parse(
        dump("Veröffentlicht am 03.05.24 um 07:39 Uhr", "Audio", "02:15 Min.", "02.05.24")
    )
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 5, 3, 7, 39)


def test_photo_caption_printed_twice_is_not_the_dateline() -> None:
    # The image's alt text and caption both end with the day the photo was taken; the
    # article's own date is printed under the body.
    caption = "Arbeiter verlegen die Rohre der neuen Leitung am Stadtrand, 12. März 2024"
    article = newsclean.parse(dump(caption, caption, footer=("Datum", "03.05.2024")))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-03"


def test_bare_day_above_an_earlier_timestamp_is_the_pages_today() -> None:
    # Today's date (no time) is printed first; the article's timestamp, on an earlier day,
    # and its update follow.
    article = newsclean.parse(
        dump(
            "Freitag, 10. Mai 2024",
            "Von Anna Berger",
            "08.05.2024, 14:20 Uhr",
            "Aktualisiert: 09.05.2024, 08:05 Uhr",
        )
    )
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 5, 8, 14, 20)


def test_bare_publication_day_before_its_update_stays() -> None:
    article = newsclean.parse(
        dump("8. Mai 2024", "Von Anna Berger", "Aktualisiert: 09.05.2024, 08:05 Uhr")
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_dateline_without_a_year_takes_the_copyright_year() -> None:
    article = newsclean.parse(
        dump("Von Anna Berger", "8. Mai, 14:20 Uhr", footer_notice=("© 2019-2024 Stadtblatt",))
    )
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2024, 5, 8, 14, 20)


def test_dateline_without_a_year_and_no_copyright_is_no_date() -> None:
    assert newsclean.parse(dump("Von Anna Berger", "8. Mai, 14:20 Uhr")).published is None


def test_a_date_among_the_items_of_a_meta_line_is_read() -> None:
    from newsclean import parse

    paragraph = "The council voted on Tuesday to close the old bridge until the spring. " * 3
    for meta in (
        "By Giovanni Rossi | 12 October 2020",
        "12 October 2020 · by giovanni · in Environment, Transport and Local Politics · Leave a comment",
    ):
        dump = f"Bridge to close until spring\n{meta}\n{paragraph}\n{paragraph}\n".encode()
        published = parse(dump).published
        assert published is not None and published.date().isoformat() == "2020-10-12", meta


def test_a_press_release_dateline_opening_the_first_paragraph_is_read() -> None:
    for opening in ("27.1.2022 - ", "HAMBURG, 27. Januar 2022 – "):
        lines = [
            "Startseite",
            "Fernwärme im Osten: Neue Leitung versorgt viertausend Wohnungen",
            "Von Claudia Lindner",
            opening + BODY[0],
            *BODY[1:],
            "Impressum",
        ]
        article = newsclean.parse("\n\n".join(lines).encode())
        assert article.published is not None, opening
        assert article.published.date().isoformat() == "2022-01-27", opening


def test_a_date_inside_a_paragraph_is_not_its_dateline() -> None:
    mention = "Am 27. Januar 2022 – einem Donnerstag – begannen die Arbeiten. " + BODY[0]
    lines = ["Startseite", "Fernwärme im Osten: Neue Leitung versorgt viertausend Wohnungen"]
    article = newsclean.parse("\n\n".join([*lines, mention, *BODY[1:], "Impressum"]).encode())
    assert article.published is None


def test_a_date_labelled_as_an_update_gives_way_to_the_first_printing() -> None:
    for header in (
        ("Letzte Änderung: 09.05.2024 - 08:05:12", "Erschienen am: 08.05.2024"),
        ("Aktualisiert 09.05.2024 | Veröffentlicht 08.05.2024",),
    ):
        article = newsclean.parse(dump("Von Anna Berger", *header))
        assert article.published is not None, header
        assert article.published.date().isoformat() == "2024-05-08", header


def test_an_update_is_still_the_date_when_the_page_prints_no_other() -> None:
    article = newsclean.parse(dump("Von Anna Berger", "Zuletzt aktualisiert: 09.05.2024"))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-09"


def test_an_embedded_posts_signature_does_not_date_the_article() -> None:
    # The article's date stands below the body; the embedded post's signature, printed
    # nearer the headline, is when that post was written.
    article = newsclean.parse(
        dump(
            "— Stadtwerke Ost (@stadtwerke_ost) 2. Mai 2024",
            footer=("Veröffentlicht am 08.05.2024",),
        )
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_a_long_meta_line_of_several_items_is_read_for_its_date() -> None:
    meta = (
        "Veröffentlicht: 08.05.2024 | Autor: anna | Abgelegt unter: Stadtleben, Energie, "
        "Verkehr | Tags: Fernwärme, Baustelle, Stadtwerke, Osten | 5 Kommentare"
    )
    assert len(meta) > 140
    article = newsclean.parse(dump(meta, teasers=("Noch ein Artikel", "09.05.2024")))
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_a_short_line_of_a_sentence_naming_a_day_is_no_dateline() -> None:
    # A hard-wrapped paragraph leaves a short line with a date inside its words.
    article = newsclean.parse(
        dump(
            "Von Anna Berger",
            "In ihrem Bericht vom 2. Mai 2024 schreibt die Stadt",
            footer=("Veröffentlicht am 08.05.2024",),
        )
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_a_dateline_with_its_update_after_a_comma_is_read() -> None:
    article = newsclean.parse(
        dump("Publié le 8 mai 2024 à 14h52, modifié le 9 mai 2024 à 15h54", "Par Anna Berger")
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_a_date_and_time_glued_to_the_first_paragraph_is_its_dateline() -> None:
    lines = [
        "Startseite",
        "Fernwärme im Osten: Neue Leitung versorgt viertausend Wohnungen",
        "19.10.2023, 15:30 Uhr" + BODY[0],
        *BODY[1:],
        "Impressum",
    ]
    article = newsclean.parse("\n\n".join(lines).encode())
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2023, 10, 19, 15, 30)


def test_an_embedded_posts_two_line_signature_marks_no_header() -> None:
    # The post's signature and its date on two lines, right under a paragraph: neither the
    # paragraph above is a headline (its "header" is the post's date) nor the date the article's.
    lines = [
        "Blog",
        "Fernwärme im Osten: Neue Leitung versorgt viertausend Wohnungen",
        BODY[0],
        "Die Stadtwerke schrieben dazu am Morgen einen Beitrag, der schnell die Runde machte…",
        "— Stadtwerke Ost (@stadtwerke_ost)",
        "2. Mai 2024",
        *BODY[1:],
        "Veröffentlicht am 08.05.2024",
        "Impressum",
    ]
    article = newsclean.parse("\n\n".join(lines).encode())
    assert article.headline == lines[1]
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-08"


def test_date_item_keeps_the_mark_that_parted_it_from_the_byline() -> None:
    # "Swantje Schenk | 06.11.23" rendered as two lines: the mark stays on the date's line.
    article = newsclean.parse(dump("Swantje Schenk", "| 06.11.23"))
    assert article.published == datetime(2023, 11, 6)
