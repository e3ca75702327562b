"""Authors on the text path: the header's lines under the headline. A blog's meta line, its
byline one item among a date, a category, a reading time and tags; a label over the name."""

from __future__ import annotations

from tests.test_text_authors import authors_of as authors_under_headline


def test_a_label_after_the_name_opens_the_next_item() -> None:
    assert authors_under_headline("von Lena Marquardt Lesezeit: 4 Min.") == ["Lena Marquardt"]


def test_meta_line_running_on_with_categories_and_tags() -> None:
    meta = (
        "Veröffentlicht: 05.01.2020 | Autor: jdoe | Abgelegt unter: Häfen, Schifffahrt,"
        " Arbeit | Tags: Streik, Rotterdam, Container, Gewerkschaft | 5 Kommentare"
    )
    assert len(meta) > 140
    assert authors_under_headline(meta) == ["jdoe"]


def test_the_authors_picture_between_the_label_and_the_name_is_no_name() -> None:
    header = ("Von", "lena_portrait_0450 (1)", "Lena Marquardt", "03.03.2025, 10:05 Uhr")
    assert authors_under_headline(*header) == ["Lena Marquardt"]


def test_job_title_after_the_name_past_a_comma_in_a_long_byline() -> None:
    byline = (
        "By Lena Marquardt, Senior Staff Technologist, Harbour Safety, Pay, and Training Project"
    )
    assert len(byline) > 80  # no byline line of its own: read as a meta line
    assert authors_under_headline(byline, "March 3, 2025 | 6:00 PM") == ["Lena Marquardt"]


def test_the_editorial_desk_beside_the_date_signs_the_story() -> None:
    assert authors_under_headline("Redaktion", "-", "3. März 2025") == ["Redaktion"]
    assert authors_under_headline("IN-Redaktion", "3. März 2025") == ["IN-Redaktion"]


def test_a_link_to_the_newsroom_or_a_labelled_desk_is_no_byline() -> None:
    assert authors_under_headline("Zurück zum Newsroom", "3. März 2025") == []


def test_name_over_the_desk_it_belongs_to() -> None:
    header = ("3. März 2025", "Lena Marquardt", "Mitglied der Harbour News-Redaktion")
    assert authors_under_headline(*header) == ["Lena Marquardt"]


def test_initials_printed_as_the_authors_pictures_between_the_names() -> None:
    header = ("LM", "Lena Marquardt", "RB", "Ruud van der Berg", "3 March 2025, 10:05")
    assert authors_under_headline(*header) == ["Lena Marquardt", "Ruud van der Berg"]


def test_name_before_the_age_of_the_story_on_one_line() -> None:
    header = ("Alcaldía de Medellín", "Elecciones", "Lena Marquardt | Publicado hace 3 horas")
    assert authors_under_headline(*header) == ["Lena Marquardt"]


def test_author_label_without_its_colon_and_the_colon_after_the_name() -> None:
    assert authors_under_headline("Autor Lena Marquardt:", "EN") == ["Lena Marquardt"]
    # Without the colon one capitalised word is no name: a link, "Author Services".
    assert authors_under_headline("Author Services", "Share") == []


def test_the_translator_under_the_author_is_no_author() -> None:
    header = ("Von:", "Lena Marquardt", "Übersetzt von:", "Ruud van der Berg", "3. März 2025")
    assert authors_under_headline(*header) == ["Lena Marquardt"]


def test_a_label_over_a_name_past_the_byline_is_a_teasers() -> None:
    header = (
        "von Lena Marquardt",
        "am 03.03.2025",
        "Tipp drucken",
        "Ferry crews join in",
        "von",
        "Ruud van der Berg",
    )
    assert authors_under_headline(*header) == ["Lena Marquardt"]
