"""The boilerplate filter every extractor's draft goes through."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from newsclean.boilerplate import _collapse_spaces, filter_boilerplate
from newsclean.draft import ArticleDraft, RelatedDraft
from newsclean.profiles.newsstudio import NEWS_STUDIO
from newsclean.titles import same_title

HEADLINE = "Moscow, Pyongyang Discuss Military Ties"


def clean(draft: ArticleDraft) -> ArticleDraft:
    return filter_boilerplate(draft, NEWS_STUDIO.lexicon)


def test_labels_counters_id_lines_and_headline_copies_leave_the_body() -> None:
    draft = clean(
        ArticleDraft(
            headline=HEADLINE,
            body=[
                "0",
                HEADLINE,
                "Story Code : 1148653",
                "First paragraph.",
                "Comment",
                "Featured Stories",
                "QR CodeQR Code",
                "خبر کا کوڈ : 660038",
                "رائے ارسال کرنا",
                "Last paragraph.",
            ],
        )
    )
    assert draft.body == ["First paragraph.", "Last paragraph."]


def test_repeated_captions_are_folded() -> None:
    draft = clean(
        ArticleDraft(headline=HEADLINE, body=["A caption.", "A caption.", "Text.", "A caption."])
    )
    assert draft.body == ["A caption.", "Text.", "A caption."]


def test_a_long_paragraph_written_twice_stays_twice() -> None:
    # Only a caption or label printed twice in a row is folded: a paragraph of prose that
    # the author repeated is the text as written (the record keeps the text).
    paragraph = (
        "Ports along the coast reopened on Tuesday after the storm, and the first ferries left"
        " on time, the harbour master said in a statement to the press."
    ) * 2
    draft = clean(ArticleDraft(headline=HEADLINE, body=[paragraph, paragraph, "Text."]))
    assert draft.body == [paragraph, paragraph, "Text."]


def test_datelines_stay_in_the_text() -> None:
    draft = clean(ArticleDraft(headline=HEADLINE, body=["Islam Times - The talks went on."]))
    assert draft.body == ["Islam Times - The talks went on."]


def test_related_duplicates_truncations_labels_and_self_are_dropped() -> None:
    full = "UN’s Top Court: Israel's Presence in Palestinian Territories ‘Illegal’"
    draft = clean(
        ArticleDraft(
            headline=HEADLINE,
            related=[
                RelatedDraft(title="UN’s Top Court: Israel"),
                RelatedDraft(title=full, published=date(2024, 7, 19)),
                RelatedDraft(title=HEADLINE),
                RelatedDraft(title="Featured Stories"),
                RelatedDraft(title="Israel Bombs UN School"),
                RelatedDraft(title="israel bombs  UN school", author="Maha Hussaini"),
            ],
        )
    )
    assert [(s.title, s.published, s.author) for s in draft.related] == [
        (full, date(2024, 7, 19), None),
        ("Israel Bombs UN School", None, "Maha Hussaini"),
    ]


def test_related_with_urls_fold_by_url() -> None:
    draft = clean(
        ArticleDraft(
            headline=HEADLINE,
            url="https://example.org/a/1",
            related=[
                RelatedDraft(title="Image alt", url="https://example.org/a/2"),
                RelatedDraft(title="The real title", url="https://example.org/a/2"),
                RelatedDraft(title="Self link", url="https://example.org/a/1"),
            ],
        )
    )
    assert [(s.title, s.url) for s in draft.related] == [("Image alt", "https://example.org/a/2")]


def test_authors_lose_by_and_duplicates() -> None:
    draft = clean(
        ArticleDraft(
            headline=HEADLINE, authors=["By Maha Hussaini", "Maha Hussaini", " Ali  Reza "]
        )
    )
    assert draft.authors == ["Maha Hussaini", "Ali Reza"]


def test_same_title_needs_a_long_enough_prefix() -> None:
    assert same_title("Iran", "Iran Blames Politicized Stances") is None
    assert (
        same_title("Iran Blames Politicized", "Iran Blames Politicized Stances")
        == "Iran Blames Politicized Stances"
    )


def _collapse_reference(text: str) -> str:
    """The plain definition `_collapse_spaces` must keep: its fast path changes nothing."""
    text = text.strip()
    if any(mark in text for mark in ("  ", "\n", "\t", "\xa0", "\r")):
        return " ".join(text.split())
    return text


@given(st.text(alphabet=st.sampled_from(" \t\n\r\xa0\u2003\u200bab.")))
def test_collapse_spaces_matches_its_definition(text: str) -> None:
    assert _collapse_spaces(text) == _collapse_reference(text)


def test_authors_lose_soft_hyphens() -> None:
    draft = clean(ArticleDraft(headline=HEADLINE, authors=["Mat\xadthi\xadas Lau\u200berer"]))
    assert draft.authors == ["Matthias Lauerer"]
