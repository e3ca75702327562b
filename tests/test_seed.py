"""The seed dump must come out exactly as issue 2 specifies."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

import newsclean

from .conftest import FIXTURES, SEED


def test_seed_record(seed_bytes: bytes) -> None:
    article = newsclean.parse(seed_bytes, path="seed.txt")
    assert article.headline == "Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties"
    assert article.published == datetime(2024, 7, 19, 21, 40, tzinfo=article.published.tzinfo)
    assert article.published.utcoffset() == timedelta(hours=3, minutes=30)
    assert article.story_code == "1148653"
    assert article.site == "Islam Times"
    assert article.language == "en"
    assert len(article.body) == 5
    assert article.body[0].startswith("According to the news agency,")
    assert article.body[-1].endswith("between the two countries.")
    assert "Comment" not in article.body
    assert article.headline not in article.body
    assert article.source.kind is newsclean.DumpKind.TEXT
    assert article.source.path == "seed.txt"
    assert article.problems == []


def test_seed_sidebar(seed_bytes: bytes) -> None:
    related = newsclean.parse(seed_bytes).related
    titles = [story.title for story in related]
    assert len(related) == 12
    assert titles[0] == "China Urges World States to Resist US Economic Coercion"
    assert related[0].published is None
    assert titles[1] == "We Are Ready for Any Scenario: Yemen Ansarullah"
    assert related[1].published == date(2024, 7, 19)
    assert titles[2] == "UN’s Top Court: Israel's Presence in Palestinian Territories ‘Illegal’"
    assert "UN’s Top Court: Israel" not in titles
    assert (
        related[10].title
        == "Palestinian with Down Syndrome ‘Left to Die’ by “Israeli” Soldiers after Combat Dog Attack"
    )
    assert related[10].author == "Maha Hussaini"
    assert related[10].published == date(2024, 7, 18)
    assert titles[11] == "“Israel”: Hamas Still Capable of Bombing Tel Aviv, Al-Quds"
    assert "Moscow, Pyongyang Discuss Military Ties, Eye New Era of Ties" not in titles
    assert all(story.url is None for story in related)


def test_the_shared_seed_is_the_fixture_copy(seed_bytes: bytes) -> None:
    if not SEED.exists():
        pytest.skip(f"shared seed not present at {SEED}")
    assert SEED.read_bytes() == seed_bytes


def test_a_bare_dump_with_every_line_indented_is_the_same_record() -> None:
    # Some converters indent every line of the page's text. A bare News Studio dump is
    # recognised by its date line alone, which must still count, or the date loses the
    # site's zone.
    dump = (FIXTURES / "islamtimes" / "en_article_2022_bare.txt").read_bytes()
    plain = newsclean.parse(dump)
    indented = newsclean.parse(dump.replace(b"\n", b"\n\t"))
    assert plain.published is not None and plain.published.utcoffset() is not None
    assert indented.published == plain.published
    assert indented.published is not None and indented.published.utcoffset() is not None
    assert indented.headline == plain.headline


@pytest.mark.parametrize("cut_after", ["(DPRK)", "Republic of Korea"])
def test_a_dump_cut_off_in_the_lead_reports_it(seed_bytes: bytes, cut_after: str) -> None:
    # A closing bracket is no sentence end: the text was cut right after it.
    text = seed_bytes.decode("utf-8")
    cut = text[: text.index(cut_after, text.index("Story Code")) + len(cut_after)]
    article = newsclean.parse(cut.encode("utf-8"))
    assert article.story_code == "1148653"
    assert "truncated" in [problem.code for problem in article.problems]
