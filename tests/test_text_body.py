"""Body furniture inside the article block: hand-written whole-page dumps (our own text)."""

from __future__ import annotations

import newsclean
from newsclean.text.layout import _past_inline_teasers
from newsclean.text.lines import DATE, RELATED, TEXT, Line
from newsclean.text.prose import ends_sentence

MENU = "\n".join(["Home", "News", "Politics", "Sport", "Culture", "Home", "News", "Politics"])
FIRST = (
    "The town council voted on Tuesday evening to rebuild the old stone bridge over the "
    "river, after two winters in which floods closed it to traffic for several weeks."
)
SECOND = (
    "Engineers had warned that the pillars were sinking into the soft river bed, and the "
    "repairs carried out in the spring had only slowed the damage, the mayor said."
)
THIRD = (
    "Work is due to start in March and should take about eighteen months, during which a "
    "temporary footbridge will let pedestrians and cyclists cross the river upstream."
)
FOURTH = (
    "Residents who spoke at the meeting said they welcomed the decision but asked the "
    "council to keep the market square open to delivery vans while the works go on."
)
FOOTER = "\n".join(["About us", "Contact", "Privacy", "Terms of use", "Imprint"])


def _dump(*body: str) -> bytes:
    head = [MENU, "Council agrees to rebuild the flooded stone bridge", "By Anna Weber", ""]
    return "\n\n".join([*head, *body, FOOTER]).encode()


def test_credit_lines_and_credited_captions_are_not_body() -> None:
    article = newsclean.parse(
        _dump(
            FIRST,
            SECOND,
            "The old bridge seen from the northern bank (Image: Getty)",
            "Jan Novak/AP",
            THIRD,
            FOURTH,
        )
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_caption_over_a_credit_line_is_not_body() -> None:
    caption = "Divers inspected the pillars of the bridge last autumn."
    article = newsclean.parse(
        _dump(FIRST, SECOND, caption, "Photo: Marta Rossi/dpa", THIRD, FOURTH)
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_caption_over_an_upper_case_credit_is_not_body() -> None:
    # The credit check is case-blind: "PHOTO BY" and "GETTY IMAGES" as some sites print them.
    caption = "Divers inspected the pillars of the bridge last autumn."
    for credit in ("PHOTO BY MARTA ROSSI", "Marta Rossi, GETTY IMAGES", "marta rossi / imago"):
        article = newsclean.parse(_dump(FIRST, SECOND, caption, credit, THIRD, FOURTH))
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], credit


def test_caption_over_an_image_rights_photograph_or_pool_credit_is_not_body() -> None:
    caption = "Divers inspected the pillars of the bridge last autumn."
    credits = (
        "Bildrechte: Riverside Media/Jan Novak",
        "Photograph: Marta Rossi; Reuters",
        "Jan Novak / Pool via Reuters",
    )
    for credit in credits:
        article = newsclean.parse(_dump(FIRST, SECOND, caption, credit, THIRD, FOURTH))
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], credit


def test_alt_text_over_a_caption_and_its_credit_is_not_body() -> None:
    # A picture prints as its alt text, its caption and the credit line, in that order.
    alt = "Two divers by a pillar."
    caption = "Divers inspected the pillars of the bridge last autumn."
    short = "The vote was unanimous."
    article = newsclean.parse(
        _dump(FIRST, SECOND, alt, caption, "Photo: Marta Rossi/dpa", short, THIRD, FOURTH)
    )
    assert article.body == [FIRST, SECOND, short, THIRD, FOURTH]


def test_alt_text_over_a_caption_ending_on_its_credit_is_not_body() -> None:
    alt = "Two divers by a pillar."
    caption = "Divers inspected the pillars of the bridge last autumn. (Image: Getty)"
    article = newsclean.parse(_dump(FIRST, SECOND, alt, caption, THIRD, FOURTH))
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_paragraphs_ending_on_a_german_or_book_style_closing_quote_are_body() -> None:
    # „…“ closes on “, »…« on «: the quote's last stop ends the paragraph.
    quotes = [
        "Die Bürgermeisterin sagte: „Wir bauen die Brücke wieder auf, sobald das Geld da ist.“",
        "»Wir haben zwei Winter lang auf diese Entscheidung gewartet«, sagte ein Anwohner. »Endlich.«",
    ]
    assert all(ends_sentence(quote) for quote in quotes)
    article = newsclean.parse(_dump(FIRST, SECOND, *quotes, THIRD, FOURTH))
    assert article.body == [FIRST, SECOND, *quotes, THIRD, FOURTH]


def test_caption_printed_twice_over_its_credit_is_not_body() -> None:
    # The alt text repeats the caption, word for word or with a small change at its end
    # (both longer than the short alt texts that any line over a caption is taken for).
    caption = (
        "Divers inspect the pillars of the old stone bridge over the river on Monday, "
        "5 January 2026, in Riverside."
    )
    variant = (
        "Divers inspect the pillars of the old stone bridge over the river on Monday "
        "5 January in Riverside."
    )
    for alt in (caption, variant):
        article = newsclean.parse(
            _dump(FIRST, SECOND, alt, caption, "© dpa | Jan Novak", THIRD, FOURTH)
        )
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], alt


def test_alt_text_and_caption_around_a_caption_label_are_not_body() -> None:
    # Two pictures, each printed as alt text, label, caption and the channel's credit.
    first = ["Two divers by a pillar.", "Divers inspected the pillars of the bridge last autumn."]
    second = ["A footbridge over a river.", "A temporary footbridge will stand upstream in spring."]
    for label in ("Legende:", "Caption:"):
        pictures = [[alt, label, caption, "Riverside TV"] for alt, caption in (first, second)]
        article = newsclean.parse(_dump(FIRST, SECOND, *pictures[0], THIRD, *pictures[1], FOURTH))
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], label


def test_newsletter_box_promising_the_inbox_is_not_body() -> None:
    box = [
        "Get the latest news from the Riverside Courier in your inbox.",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "The next issue of Riverside Morning will soon be in your inbox.",
    ]
    article = newsclean.parse(_dump(FIRST, SECOND, *box, THIRD, FOURTH))
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_french_paywall_notice_ends_the_body() -> None:
    dialog = [
        "Il vous reste 60% de cet article à lire. La suite est réservée aux abonnés.",
        "Pourquoi voyez-vous ce message ?",
        "Parce qu’une autre personne (ou vous) est en train de lire avec ce compte sur un "
        "autre appareil, et vous ne pouvez lire que sur un seul appareil à la fois.",
    ]
    article = newsclean.parse(_dump(FIRST, SECOND, THIRD, *dialog))
    assert article.body == [FIRST, SECOND, THIRD]


def test_blog_comment_status_under_the_post_ends_the_body() -> None:
    after = [
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        "Both comments and pings are currently closed.",
        "Do you enjoy the Riverside Courier? Then become a member of the only daily paper "
        "written for the valley: the first thirty days are free of charge for every reader.",
    ]
    article = newsclean.parse(_dump(FIRST, SECOND, THIRD, *after))
    assert article.body == [FIRST, SECOND, THIRD]


def test_share_buttons_of_a_blog_theme_end_the_body() -> None:
    for buttons in (
        [
            "Click to share on Facebook (Opens in new window)",
            "Click to print (Opens in new window)",
        ],
        ["Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)"],
    ):
        comments_note = (
            "Please keep your comments on topic. Their authors alone are responsible for "
            "what they write, and we remove comments that insult other readers or the staff."
        )
        article = newsclean.parse(_dump(FIRST, SECOND, THIRD, *buttons, comments_note))
        assert article.body == [FIRST, SECOND, THIRD], buttons[0]


def test_link_to_another_article_inside_the_body_is_not_body() -> None:
    for teaser in (
        "Zum Artikel: Stadtrat beschließt neue Brücke über die Iller",
        "ALSO READ: Ferry service to resume after the floods",
    ):
        article = newsclean.parse(_dump(FIRST, SECOND, teaser, THIRD, FOURTH))
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], teaser


def test_article_continues_label_and_closing_related_label_are_not_body() -> None:
    related = "\n\n".join(["Ähnliche Artikel:", "Stadtrat streitet über Parkgebühren"])
    article = newsclean.parse(
        _dump(FIRST, SECOND, "Article continues below", THIRD, FOURTH, related)
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]
    assert article.related[0].title == "Stadtrat streitet über Parkgebühren"


def test_read_on_button_between_paragraphs_is_no_subheading() -> None:
    for button in ("Weiterlesen", "Lire la suite", "Continue reading"):
        article = newsclean.parse(_dump(FIRST, SECOND, button, THIRD, FOURTH))
        assert article.body == [FIRST, SECOND, THIRD, FOURTH], button


def test_last_paragraph_over_a_copyright_notice_stays() -> None:
    last = "The council will publish the final plans next month."
    article = newsclean.parse(_dump(FIRST, SECOND, THIRD, last, "© Riverside Media Ltd. 2024"))
    assert article.body == [FIRST, SECOND, THIRD, last]


def test_alt_text_over_its_credited_caption_is_not_body() -> None:
    alt = "Cyclists at the bridge."
    article = newsclean.parse(_dump(FIRST, SECOND, alt, f"{alt} Photo: Marta Rossi", THIRD, FOURTH))
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_newsletter_and_consent_prompts_inside_the_article_are_not_body() -> None:
    article = newsclean.parse(
        _dump(
            FIRST,
            SECOND,
            "The Riverside Morning newsletter brings you the day's local news at seven.",
            "Recommended content from a third party",
            "By loading it you agree to our privacy policy and the transfer of your data.",
            THIRD,
            FOURTH,
        )
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def test_a_paragraph_about_a_newsletter_stays() -> None:
    long_one = (
        "The newsletter the council started last year now reaches eleven thousand homes, "
        "and officials said it would carry weekly updates on the bridge works, the detours "
        "for buses and lorries, and the dates on which the footbridge opens to the public."
    )
    article = newsclean.parse(_dump(FIRST, SECOND, long_one, THIRD))
    assert article.body == [FIRST, SECOND, long_one, THIRD]


def test_a_consent_box_goes_whole_with_its_title_and_button() -> None:
    article = newsclean.parse(
        _dump(
            FIRST,
            SECOND,
            "Suggested video",
            "Here you will find a video from a third-party platform (privacy policy).",
            "You can show it with one click and hide it again.",
            "I agree that the video is shown to me; see our privacy policy.",
            "Show video",
            THIRD,
            FOURTH,
        )
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


# --- an inline "Read also" box with the article going on under it ------------------------

# An embedded chart the reader's privacy settings block (its box's lines name the settings).
CONSENT_BOX = [
    "Externer Inhalt nicht verfügbar",
    "Deine Privatsphäre-Einstellungen verhindern das Laden aller externen Inhalte.",
    "Zur Anzeige aktiviere bitte die Einstellungen in den Privatsphäre-Einstellungen.",
    "Privatsphäre-Einstellungen ändern",
]


def _numbered_points(count: int) -> list[str]:
    """The points of a numbered list, each under a picture and over an embedded chart."""
    lines: list[str] = []
    for number in range(1, count + 1):
        lines += [
            f"The bridge in winter, part {number}",
            "Jan Novak/Getty Images",
            f"{number}. The old bridge carried {number * 1000} cars a day in the last full year "
            "before the floods closed it to traffic.",
            *CONSENT_BOX,
        ]
    return lines


def test_numbered_points_after_an_inline_read_also_box_are_body() -> None:
    # The label and its teaser's title cost more than the points weigh until the next
    # label; the article goes on under the title (here the list's heading).
    heading = "Six figures that show how busy the old bridge was in the years before the floods"
    points = _numbered_points(6)
    article = newsclean.parse(
        _dump(FIRST, SECOND, "Read also", "Ferry service to resume", heading, *points, "Read also")
    )
    numbered = [line for line in points if line[0].isdigit()]
    assert article.body == [FIRST, SECOND, *numbered]


def test_consent_boxes_parted_by_a_picture_are_two_boxes() -> None:
    # Lines between two boxes a few lines apart are a box's explanation, unless a picture's
    # credit stands among them: then the point under the picture is the article's.
    points = _numbered_points(6)
    article = newsclean.parse(_dump(FIRST, SECOND, *points, THIRD, FOURTH))
    numbered = [line for line in points if line[0].isdigit()]
    assert article.body == [FIRST, SECOND, *numbered, THIRD, FOURTH]


def _lines(*kinds_and_texts: tuple[str, str]) -> list[Line]:
    kinds = {"text": TEXT, "related": RELATED, "date": DATE}
    return [Line(text, kinds[kind]) for kind, text in kinds_and_texts]


def test_block_goes_on_under_the_inline_teaser_title() -> None:
    lines = _lines(
        ("text", FIRST),
        ("related", "Read also"),
        ("text", "Ferry service to resume"),
        ("text", "Figures that show how old the bridge is, collected by our reporters"),
        ("text", "Jan Novak/Getty Images"),
        ("text", "1. The bridge is older than the town hall."),
        ("text", SECOND),
        ("related", "Related stories"),
        ("text", "Council approves budget"),
    )
    weights = [160.0, -150.0, -40.0, 30.0, -25.0, 40.0, 160.0, -150.0, -25.0]
    assert _past_inline_teasers(lines, weights, 1) == 7


def test_block_ends_at_a_teaser_list_label() -> None:
    # Under the first title: a date (a dated list entry), or a second title.
    dated = _lines(
        ("text", FIRST),
        ("related", "You might also like"),
        ("text", "Ferry service to resume"),
        ("date", "12.04.2024, 10:21"),
        ("text", SECOND),
    )
    assert _past_inline_teasers(dated, [160.0, -150.0, -40.0, -10.0, 160.0], 1) == 1
    titles = _lines(
        ("text", FIRST),
        ("related", "You might also like"),
        ("text", "Ferry service to resume"),
        ("text", "Council approves budget"),
        ("text", SECOND),
    )
    assert _past_inline_teasers(titles, [160.0, -150.0, -25.0, -25.0, 160.0], 1) == 1


def test_a_long_list_of_names_under_the_story_does_not_outweigh_it() -> None:
    # A fan-fiction page thanks 800 readers by name on one line after the story: few
    # function words, no final stop. Weighed by its length it took the story's place.
    readers = ("RiverOwl", "the_tide", "Mr. Fox", "Kestrel", "Tidewater", "Mossbank", "Heron")
    names = ", ".join(f"{name}{n}" for n in range(110) for name in (*readers, "Quill"))
    furniture = ["Share", "Bookmark", "Report", "Comments", "Back to top", "Next chapter"]
    article = newsclean.parse(
        _dump(FIRST, SECOND, THIRD, FOURTH, *furniture, MENU, "Kudos (880)", names)
    )
    assert article.body == [FIRST, SECOND, THIRD, FOURTH]


def _long_article() -> list[str]:
    """Eight paragraphs: an article heavy enough to count as one beside a thread."""
    closing = (
        "The mayor added that the plans would be shown in the town hall in the first week of "
        "February, and that residents could send their comments until the end of that month."
    )
    paragraphs = [FIRST, SECOND, THIRD, FOURTH, closing]
    return paragraphs + [paragraph.replace("the", "this") for paragraph in paragraphs[:3]]


def _dated_thread(comments: int = 20) -> list[str]:
    """A comment thread heavier than the article, each comment stamped with a date."""
    thread: list[str] = []
    for number in range(comments):
        thread += [
            f"Reader number {number}",
            f"12 March 2024 at 1{number % 10}:15",
            f"Comment {number}: I drive over this bridge every morning and I have waited for "
            "this for years, the detour through the industrial estate adds twenty minutes "
            "each way, and the council should have acted two winters ago when the floods came.",
        ]
    return thread


def test_a_longer_comment_thread_below_the_article_is_not_taken_for_it() -> None:
    article_text = _long_article()
    share = ["Share:", "Twitter", "Facebook", "Reddit", "WhatsApp", "Telegram", "Pocket"]
    gap = [*share, "Like this:", "Like", "Loading...", "Bridges", "Town", "Rivers", "Roads"]
    gap += ["Council", "Floods", "Traffic", "Cycling", "Markets", "Weather", "Archive"]
    article = newsclean.parse(_dump(*article_text, *gap, *_dated_thread()))
    assert article.headline == "Council agrees to rebuild the flooded stone bridge"
    assert article.body == article_text


def test_an_article_cut_off_by_share_buttons_from_a_longer_dated_thread() -> None:
    # Each "Click to share" line is an end label, so the article and the thread below
    # it are two blocks; the thread is the heavier one, but every comment is dated.
    article_text = _long_article()
    sites = ("X", "Reddit", "Telegram", "WhatsApp")
    share = [f"Click to share on {site} (Opens in new window)" for site in sites]
    article = newsclean.parse(_dump(*article_text, "Share this:", *share, *_dated_thread()))
    assert article.headline == "Council agrees to rebuild the flooded stone bridge"
    assert article.body == article_text


def test_read_also_links_in_other_languages_are_not_body() -> None:
    import newsclean

    paragraph = (
        "El Gobierno aprobó este lunes un plan nacional para proteger los glaciares de los "
        "Andes centrales, que abastecen de agua a casi la mitad de la población del país."
    )
    lines = [
        "Inicio",
        "Chile aprueba un plan para proteger los glaciares",
        paragraph,
        "Lea también: La sequía obliga a racionar el agua en Santiago",
        paragraph.replace("El Gobierno", "El Ministerio"),
        "Publicidad",
    ]
    article = newsclean.parse("\n\n".join(lines).encode())
    assert article.body == [paragraph, paragraph.replace("El Gobierno", "El Ministerio")]


def test_teaser_list_headings_end_the_article() -> None:
    import newsclean

    paragraph = (
        "Die Stadtwerke haben am Morgen den Betrieb der neuen Fernwärmeleitung im Osten der "
        "Stadt aufgenommen, nachdem die Bauarbeiten fast zwei Jahre gedauert hatten."
    )
    teaser = (
        "Im Westen der Stadt sollen die Arbeiten an einer zweiten Leitung im kommenden Frühjahr "
        "beginnen, teilten die Stadtwerke mit, und bis zum Jahr 2030 dauern."
    )
    for heading in ("Schon gelesen?", "Empfehlungen der Redaktion", "Related posts"):
        lines = [
            "Start",
            "Neue Fernwärmeleitung in Betrieb",
            paragraph,
            heading,
            teaser,
            "Impressum",
        ]
        article = newsclean.parse("\n\n".join(lines).encode())
        assert article.body == [paragraph], heading


def test_code_block_inside_a_tutorial_does_not_end_it() -> None:
    # A tutorial prints a program between its paragraphs, one short line each: neither
    # prose nor furniture, it must not split the article as a menu would.
    intro = [
        f"Step {n}: Code coverage records which parts of your program ran while the test suite"
        " ran, and the report shows the lines and branches that no test reached."
        for n in range(4)
    ]
    code = [
        "// cow.js",
        "(function(exports) {",
        '"use strict";',
        "function Cow(name) {",
        'this.name = name || "Anon";',
        "}",
        "exports.Cow = Cow;",
        "Cow.prototype = {",
        "greets: function(target) {",
        'throw new Error("none");',
        "}",
        "};",
        "})(this);",
        "// cow.test.js",
        "var expect = chai.expect;",
        'describe("Cow", () => {',
        'it("has a name", () => {',
        'var cow = new Cow("Kate");',
        'expect(cow.name).eql("Kate");',
        "});",
        "});",
    ]
    after = [
        f"Note {n}: Run the suite in the browser and the coverage report appears under the"
        " results, with every line of the library that the tests never executed in red."
        for n in range(3)
    ]
    dump = "\n".join([MENU, "Get your JavaScript code covered", *intro, *code, *after, FOOTER])
    article = newsclean.parse(dump.encode())
    assert article.headline == "Get your JavaScript code covered"
    assert article.body[: len(intro)] == intro
    assert article.body[-len(after) :] == after
