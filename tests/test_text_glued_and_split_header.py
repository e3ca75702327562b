"""Issue 12's text-dump repairs, rule by rule: glued paragraphs split back
(`newsclean.text.glued`) and agency headers printed over several lines read together
(`newsclean.text.published.join_split_header`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsclean import parse
from newsclean.text.glued import split_glued
from newsclean.text.lines import DATE, ID, NOISE, TEXT, Line
from newsclean.text.published import join_split_header


@pytest.mark.parametrize(
    ("glued", "pieces"),
    [
        # A sentence end running into a capital.
        (
            "The talks ended without a deal, the group said.The head of the delegation left.",
            ["The talks ended without a deal, the group said.", "The head of the delegation left."],
        ),
        # A closing quote running into the next paragraph's opening quote.
        (
            '"We will stay wherever they are.""To our people I say: be patient."',
            ['"We will stay wherever they are."', '"To our people I say: be patient."'],
        ),
        # Question and exclamation marks.
        (
            "Who will pay for the new bridge?The council has not said. Nobody knows yet!Work starts in May.",
            [
                "Who will pay for the new bridge?",
                "The council has not said. Nobody knows yet!",
                "Work starts in May.",
            ],
        ),
        # Urdu full stop (U+06D4) straight into the next word: Arabic script has no capitals.
        (
            "وزیر خارجہ نے اجلاس کے بعد یہ بیان کیا۔اس موقع پر دیگر رہنما بھی موجود تھے۔",
            ["وزیر خارجہ نے اجلاس کے بعد یہ بیان کیا۔", "اس موقع پر دیگر رہنما بھی موجود تھے۔"],
        ),
        # Persian: a full stop and an Arabic question mark.
        (
            "رئیس جمهور در این دیدار گفت.همکاری دو کشور ادامه خواهد یافت؟این پرسش باقی است.",
            [
                "رئیس جمهور در این دیدار گفت.",
                "همکاری دو کشور ادامه خواهد یافت؟",
                "این پرسش باقی است.",
            ],
        ),
        # Hindi danda.
        (
            "प्रधानमंत्री ने बैठक के बाद यह बात कही।इस मौके पर कई मंत्री मौजूद थे।",
            ["प्रधानमंत्री ने बैठक के बाद यह बात कही।", "इस मौके पर कई मंत्री मौजूद थे।"],
        ),
        # Turkish and Azerbaijani lower-case letters outside Latin-1 ("ı", "ə") before the stop.
        (
            "Yüz binlerce hacı kutsal şehirde toplandı.Kerbela valisi açıklama yaptı.",
            ["Yüz binlerce hacı kutsal şehirde toplandı.", "Kerbela valisi açıklama yaptı."],
        ),
        (
            "Zəvvarlar müqəddəs şəhərə gəlib çatdılar.Rəsmilər bildirib ki, say artır.",
            ["Zəvvarlar müqəddəs şəhərə gəlib çatdılar.", "Rəsmilər bildirib ki, say artır."],
        ),
        # A quotation closed before the stop: Arabic guillemets, Urdu straight quotes.
        (
            "وقال المتحدث باسمها:«نحن مستعدون للحوار».وأضاف أن بلاده مستعدة.",
            ["وقال المتحدث باسمها:«نحن مستعدون للحوار».", "وأضاف أن بلاده مستعدة."],
        ),
        (
            'جیسا کہ انہوں نے کہا: "ہم تیار ہیں"۔اس موقع پر وزیر نے کہا۔',
            ['جیسا کہ انہوں نے کہا: "ہم تیار ہیں"۔', "اس موقع پر وزیر نے کہا۔"],
        ),
        # A straight quote after the stop closes the quotation opened before it.
        (
            'He said in a statement: "We will win this!"The crowd cheered loudly.',
            ['He said in a statement: "We will win this!"', "The crowd cheered loudly."],
        ),
    ],
)
def test_glued_sentences_are_split_back(glued: str, pieces: list[str]) -> None:
    assert split_glued([glued]) == (pieces, len(pieces) - 1)


@pytest.mark.parametrize(
    "kept",
    [
        "Officials in the U.S. and the U.K. said talks would resume on Monday.",
        "Imam Ali (ع) and Imam Hussain (a.s.) are remembered in the prayers tonight.",
        "The index rose 2.5 percent by 10.30 a.m. before trading slowed in the afternoon.",
        "Details are at www.example.com/news and by e-mail from press.office@example.org today.",
        "The report was written by J.R.R. Tolkien and edited by C.S. Lewis in the spring.",
        "The meeting, held at 5:58 p.m. on Sunday, lasted until late in the evening.",
        "He said.Ok",  # too short to be two sentences
        "Talks will resume on 10.Oktober in Wien, sagte er am Montag.",  # a German ordinal
        "He met the İ.Ş. Türk delegation and the Ş.Ç.Özer family on Monday.",  # initials
    ],
)
def test_abbreviations_decimals_times_urls_and_initials_are_not_split(kept: str) -> None:
    assert split_glued([kept]) == ([kept], 0)


def test_splitting_keeps_every_character_of_the_text() -> None:
    paragraphs = ["First paragraph ends here.Second one starts here and ends.", "Untouched one."]
    split, restored = split_glued(paragraphs)
    assert restored == 1
    assert "".join(split).replace(" ", "") == "".join(paragraphs).replace(" ", "")


def test_a_glued_dump_reports_the_problem_and_its_paragraphs() -> None:
    dump = (
        b"Islam Times - The foreign ministry spokesman said on Monday that the talks would "
        b"continue next week in the capital.The spokesman added that both sides had agreed "
        b"on a timetable for the remaining rounds of negotiations.\n"
    )
    article = parse(dump)
    assert article.headline is None
    assert article.body[0].endswith("in the capital.")
    assert article.body[1].startswith("The spokesman added")
    assert "glued_paragraphs" in {problem.code for problem in article.problems}


def _lines(*specs: tuple[str, object]) -> list[Line]:
    return [Line(text, kind) for text, kind in specs]  # type: ignore[arg-type]


def test_a_date_then_a_clock_line_then_a_bare_number_read_as_one_header() -> None:
    lines = [
        Line("AhlulBayt News Agency", TEXT),
        Line("Tuesday", NOISE),
        Line("24 September 2024", DATE, date=datetime(2024, 9, 24)),
        Line("5:58:45 pm", NOISE),
        Line("1489234", NOISE),
        Line("Delegation arrives for the second round of talks", TEXT),
    ]
    join_split_header(lines)
    assert lines[2].date == datetime(2024, 9, 24, 17, 58, 45)
    assert lines[2].date_has_time
    assert (lines[4].kind, lines[4].code) == (ID, "1489234")
    assert lines[5].kind is TEXT


def test_persian_digits_as_the_bare_story_number() -> None:
    lines = [Line("۱۴۰۳/۰۷/۰۳", DATE, date=datetime(2024, 9, 24)), Line("۱۴۸۹۲۳۴", NOISE)]
    join_split_header(lines)
    assert (lines[1].kind, lines[1].code) == (ID, "1489234")


@pytest.mark.parametrize("after", ["12", "2024", "Page 3", "1,200 people"])
def test_short_or_worded_numbers_are_not_story_codes(after: str) -> None:
    lines = [Line("24 September 2024", DATE, date=datetime(2024, 9, 24)), Line(after, NOISE)]
    join_split_header(lines)
    assert lines[1].kind is NOISE


def test_a_date_with_its_own_time_keeps_it() -> None:
    lines = [
        Line("Sep 24, 2024, 10:06 PM", DATE, date=datetime(2024, 9, 24, 22, 6), date_has_time=True),
        Line("5:58 pm", NOISE),
    ]
    join_split_header(lines)
    assert lines[0].date == datetime(2024, 9, 24, 22, 6)


def test_the_bare_story_number_above_the_weekday_and_date() -> None:
    lines = [
        Line("AhlulBayt News Agency", TEXT),
        Line("1489234", NOISE),
        Line("Tuesday", NOISE),
        Line("24 September 2024", DATE, date=datetime(2024, 9, 24)),
        Line("5:58:45 pm", NOISE),
        Line("Delegation arrives for the second round of talks", TEXT),
    ]
    join_split_header(lines)
    assert (lines[1].kind, lines[1].code) == (ID, "1489234")
    assert lines[3].date == datetime(2024, 9, 24, 17, 58, 45)


def test_a_number_below_the_date_is_the_code_not_one_above_it() -> None:
    lines = [
        Line("2048301", NOISE),
        Line("24 September 2024", DATE, date=datetime(2024, 9, 24)),
        Line("1489234", NOISE),
    ]
    join_split_header(lines)
    assert lines[0].kind is NOISE
    assert (lines[2].kind, lines[2].code) == (ID, "1489234")
