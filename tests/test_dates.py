"""Date formats of the seed site and its neighbours: exact formats first, dateparser after."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.dates import find_date, localize, parse_date_line
from newsclean.normalize import ARABIC_SCRIPT_FOLD, DIGITS, ascii_digits, fold_arabic_script


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday 19 July 2024 - 21:40", datetime(2024, 7, 19, 21, 40)),
        ("Wednesday 25 Aug 2021 19:55", datetime(2021, 8, 25, 19, 55)),
        ("7 Dec 2016 06:17", datetime(2016, 12, 7, 6, 17)),
        ("Publish Date : Saturday 2 July 2016 - 11:11", datetime(2016, 7, 2, 11, 11)),
        ("Sep 24, 2024, 10:06 PM", datetime(2024, 9, 24, 22, 6)),
        ("السبت 2 تموز 2016 - 11:11", datetime(2016, 7, 2, 11, 11)),
        ("25 كانون الأول 2023", datetime(2023, 12, 25)),
        ("الأحد 5 آب 2018", datetime(2018, 8, 5)),
        ("۲۸ تیر ۱۴۰۳", datetime(2024, 7, 18)),
        ("شنبه ۲ تير ۱۳۹۵ ساعت ۱۱:۱۱", datetime(2016, 6, 22, 11, 11)),
        ("1403/04/28", datetime(2024, 7, 18)),
        ("12 جولائی 2024", datetime(2024, 7, 12)),
        ("Rabu, 25 Agustus 2021 19:55", datetime(2021, 8, 25, 19, 55)),
        ("24.12.2024 10:00", datetime(2024, 12, 24, 10, 0)),
        ("٢٤ سبتمبر ٢٠٢٤", datetime(2024, 9, 24)),
        ("Cümə 19 İyul 2024 - 21:40", datetime(2024, 7, 19, 21, 40)),
        ("19 июля 2024, 21:40", datetime(2024, 7, 19, 21, 40)),
        # 12-hour clocks in Arabic and Urdu: "م"/"مساء" and "شام" are p.m.
        ("24 سبتمبر 2024 10:06 م", datetime(2024, 9, 24, 22, 6)),
        ("24 سبتمبر 2024 10:06 مساءً", datetime(2024, 9, 24, 22, 6)),
        ("24 ستمبر 2024 10:06 شام", datetime(2024, 9, 24, 22, 6)),
        ("24 ستمبر 2024 10:06 صبح", datetime(2024, 9, 24, 10, 6)),
        # A date line that goes on with its last change is the first date's, however long.
        (
            "Tuesday, 24 September 2024 10:06 PM  [ Last Update: Tuesday, 24 September 2024 10:30 PM ]",
            datetime(2024, 9, 24, 22, 6),
        ),
        ("Published: 12 March 2019 | Updated: 13 March 2019", datetime(2019, 3, 12)),
        # Hindi and Bengali months, digits and 12-hour clocks.
        ("24 सितंबर 2024 10:06 अपराह्न", datetime(2024, 9, 24, 22, 6)),
        ("২৪ সেপ্টেম্বর ২০২৪ ১০:০৬ অপরাহ্ন", datetime(2024, 9, 24, 22, 6)),
        ("৩ জানুয়ারি ২০২৪", datetime(2024, 1, 3)),
        # Day first with hyphens, as Indian, Arabic and Indonesian sites print it.
        ("24-09-2024 | 22:06", datetime(2024, 9, 24, 22, 6)),
        # Urdu writes "ء" after the year.
        ("24 ستمبر 2024ء، 10:06 شام", datetime(2024, 9, 24, 22, 6)),
        # The lunar Hijri date printed after the Gregorian or Solar Hijri one.
        ("الثلاثاء 24 سبتمبر 2024 - 21 ربيع الأول 1446 هـ", datetime(2024, 9, 24)),
        ("۳ مهر ۱۴۰۳ - ۲۱ ربیع‌الاول ۱۴۴۶", datetime(2024, 9, 24)),
        # ... and the time after it, in brackets too, transliterated in English.
        ("سه‌شنبه ۱۸ آذر ۱۴۰۵ - ۷ جمادی‌الثانی ۱۴۴۸ - ۱۲:۳۰", datetime(2026, 12, 9, 12, 30)),
        ("۱۸ آذر ۱۴۰۵ (۷ جمادی الثانی ۱۴۴۸) ۱۲:۳۰", datetime(2026, 12, 9, 12, 30)),
        ("Tuesday 9 December 2026 | 7 Jumada al-Thani 1448 | 12:30", datetime(2026, 12, 9, 12, 30)),
        (
            "Tuesday 9 December 2026 | 7 Jumada al-Thani 1448 | 10:30 PM",
            datetime(2026, 12, 9, 22, 30),
        ),
        # A mark and a word for "at" both between the date and its time.
        ("۱۸ آذر ۱۴۰۵، ساعت ۱۲:۳۰", datetime(2026, 12, 9, 12, 30)),
        ("9 December 2026, at 12:30", datetime(2026, 12, 9, 12, 30)),
        # A weekday written with a zero-width non-joiner ("سه‌شنبه", "پنج‌شنبه") is one word.
        ("پنج‌شنبه ۲۰ آذر ۱۴۰۵", datetime(2026, 12, 11)),
        # The weekday after the date, and the time after the weekday (Turkish sites).
        ("24 Eylül 2024 Salı 22:06", datetime(2024, 9, 24, 22, 6)),
        ("24 Eylül 2024, Salı", datetime(2024, 9, 24)),
        ("۳ مهر ۱۴۰۳ سه‌شنبه ۲۲:۰۶", datetime(2024, 9, 24, 22, 6)),
        # A section or category after a mark: "2021-10-16 | Botschaft".
        ("2021-10-16 | Botschaft", datetime(2021, 10, 16)),
    ],
)
def test_date_lines(line: str, expected: datetime) -> None:
    # Without dateparser, as the text path classifies every line; it reads them with it too.
    for fallback in (False, True):
        found = parse_date_line(line, fallback=fallback)
        assert found is not None
        assert found.value == expected


@pytest.mark.parametrize(
    "line",
    [
        "0",
        "Story Code : 1148653",
        "By Maha Hussaini",
        "Putin paid a state visit to Pyongyang on 19 July 2024 and more",
        "2024",
        # Long, and no last change after the date: prose.
        "On 24 September 2024 the ministry said the updated figures would follow next week",
        # Two words before a time are a sentence, not a weekday.
        "24 Sep 2024 the talks 22:06",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_time_after_an_update_label_is_not_the_first_printing() -> None:
    found = parse_date_line("24 September 2024 Updated 22:06")
    assert found is not None and not found.has_time


def test_date_only_lines_have_no_time() -> None:
    found = parse_date_line("19 July 2024")
    assert found is not None and not found.has_time
    assert found.as_date_or_datetime().isoformat() == "2024-07-19"


def test_iso_offsets_are_kept() -> None:
    found = find_date("2024-07-19T21:40:00+03:30")
    assert found is not None
    assert found.value.utcoffset() == timedelta(hours=3, minutes=30)


def test_dateparser_fallback_with_language() -> None:
    found = find_date("19 de julio de 2024", languages=("es",))
    assert found is not None and found.value.date().isoformat() == "2024-07-19"


def test_localize_uses_tehran_rules() -> None:
    summer_2016 = localize(datetime(2016, 7, 2, 11, 11), "Asia/Tehran")
    assert summer_2016.utcoffset() == timedelta(hours=4, minutes=30)  # Iran kept DST until 2022
    assert localize(datetime(2024, 7, 19, 21, 40), "Asia/Tehran").utcoffset() == timedelta(
        hours=3, minutes=30
    )
    aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert localize(aware, "Asia/Tehran") is aware


@given(st.text(alphabet=st.sampled_from("ابپتيىكکیأإآۀه۰۱۲۹٠١٩0123 .،abcß")))
def test_fast_folding_equals_the_translation_tables(text: str) -> None:
    assert ascii_digits(text) == text.translate(DIGITS)
    assert fold_arabic_script(text) == text.translate(ARABIC_SCRIPT_FOLD)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28. 4. 2023, 18:41 Uhr", datetime(2023, 4, 28, 18, 41)),  # a space after each dot
        ("15.10.24 23:35", datetime(2024, 10, 15, 23, 35)),  # a whole line with a 2-digit year
        ("27.04.24", datetime(2024, 4, 27)),
        ("۱۵.۱۰.۲۴ ۲۳:۳۵", datetime(2024, 10, 15, 23, 35)),  # Persian digits
    ],
)
def test_day_first_forms_of_datelines(line: str, expected: datetime) -> None:
    found = parse_date_line(line, fallback=False)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("line", ["Version 1.2.24 released", "Score 3.1.24 after extra time"])
def test_two_digit_years_only_on_a_line_of_their_own(line: str) -> None:
    assert parse_date_line(line, fallback=False) is None
    assert find_date(line, fallback=False) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Veröffentlicht am 27.04.24 um 07:39 Uhr", datetime(2024, 4, 27, 7, 39)),
        ("Redaktion Palma15.04.25 09:56", datetime(2025, 4, 15, 9, 56)),  # glued by a renderer
    ],
)
def test_two_digit_years_inside_a_line_when_a_time_follows(line: str, expected: datetime) -> None:
    found = find_date(line, fallback=False)
    assert found is not None and found.value == expected and found.has_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Spanish writes the 12-hour mark with a space inside it.
        ("24 de septiembre de 2024 5:58:45 p. m.", datetime(2024, 9, 24, 17, 58, 45)),
        ("24 September 2024, 12:10 a.m.", datetime(2024, 9, 24, 0, 10)),
        # "a m..." that opens a word is no clock mark.
        ("24 September 2024 12:30 a meeting", datetime(2024, 9, 24, 12, 30)),
    ],
)
def test_twelve_hour_marks(text: str, expected: datetime) -> None:
    found = find_date(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5 sierpnia 2024, 15:45", datetime(2024, 8, 5, 15, 45)),  # Polish genitive
        ("5. srpna 2024 15:45", datetime(2024, 8, 5, 15, 45)),  # Czech genitive
        ("5. elokuuta 2024 klo 15.45", datetime(2024, 8, 5, 15, 45)),  # Finnish, "klo"
        ("5 augusti 2024 kl. 15.45", datetime(2024, 8, 5, 15, 45)),  # Swedish, "kl."
        ("5 maart 2024 om 09:15", datetime(2024, 3, 5, 9, 15)),  # Dutch, "om"
        ("4 Αυγούστου 2024 9:02 μμ", datetime(2024, 8, 4, 21, 2)),  # Greek genitive, p.m.
        ("Publié le 05/08/2024 à 15h45", datetime(2024, 8, 5, 15, 45)),  # French "15h45"
        ("05/08/2024 às 15h45", datetime(2024, 8, 5, 15, 45)),  # Portuguese
        ("입력 2024.08.05. 오후 3:45", datetime(2024, 8, 5, 15, 45)),  # Korean, p.m. first
    ],
)
def test_datelines_of_more_languages_without_dateparser(line: str, expected: datetime) -> None:
    found = parse_date_line(line, fallback=False)
    assert found is not None and found.value == expected


def test_a_two_digit_year_after_an_apostrophe_with_a_month_name() -> None:
    assert find_date("veröffentlicht am 14 Feb ’20 | Kategorien: Social Media", fallback=False)
    found = find_date("Posted Feb 14, '20 by admin", fallback=False)
    assert found is not None and found.value.date().isoformat() == "2020-02-14"
    # A past century's day, and numbers without a month name, are not read.
    assert find_date("the 5 May '68 protests", fallback=False) is None
    assert find_date("Score 14 '20", fallback=False) is None
