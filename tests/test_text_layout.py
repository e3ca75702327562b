"""Line weights of `newsclean.text.layout`: the copyright notice that ends an article."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsclean
from newsclean.errors import ParseError, ParseErrorReason
from newsclean.text.layout import _COPYRIGHT, _COPYRIGHT_WORDS, _is_copyright


def test_every_copyright_alternative_holds_a_pre_check_word() -> None:
    # `_is_copyright` runs the pattern only on lines holding one of the words: an
    # alternative without one would never match.
    for alternative in _COPYRIGHT.pattern.split("|"):
        assert any(word in alternative for word in _COPYRIGHT_WORDS), alternative


def test_copyright_notices_and_photo_credits() -> None:
    assert _is_copyright("© 2026 Daily Courier. All rights reserved.")
    assert _is_copyright("Alle Rechte vorbehalten")
    assert _is_copyright("Todos los derechos reservados")
    assert not _is_copyright("Jane Doe/Copyright 2026 The AP")
    assert not _is_copyright("The council said the ferry would close at the end of the month.")


def test_a_bulleted_menu_is_no_list_article() -> None:
    # Menu entries are a word or two: the dump is still refused, not read as a list.
    menu = "Site name\n\n" + "\n\n".join(
        f"• {entry}" for entry in ("Home", "News", "Sport", "Weather", "Contact", "About us")
    )
    with pytest.raises(ParseError) as raised:
        newsclean.parse(menu)
    assert raised.value.reason is ParseErrorReason.NOT_AN_ARTICLE


def test_a_list_article_without_a_headline_line_above() -> None:
    steps = (
        "Water the seedlings early in the morning, before the sun is high",
        "Thin the rows once the second pair of leaves has opened",
        "Mulch between the rows with straw to keep the soil moist",
        "Stake the tomatoes when they reach a hand's width in height",
        "Pinch out the side shoots every week through the summer",
        "Feed with a liquid seaweed fertiliser once the first fruit sets",
        "Pick the fruit as soon as it colours, and the plant makes more",
    )
    article = newsclean.parse("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))
    assert article.headline is None
    assert article.body == [f"{n}. {step}" for n, step in enumerate(steps, 1)]


_POST = [
    "Gartenblog",
    "Startseite",
    "Über mich",
    "Tomaten im Topf",  # a menu entry that names the post
    "Frühe Ernte",
    "Tomaten im Topf",
    "Veröffentlicht am 3. Mai 2024 von Gärtnerin",
    "Wer keinen Garten hat, kann Tomaten auch auf dem Balkon ziehen, in Töpfen von "
    "mindestens zwanzig Litern und an einem sonnigen Platz.",
    "Wichtig ist, die Pflanzen regelmäßig zu gießen und einmal in der Woche zu düngen.",
    "Teilen mit:",
    "Facebook",
    "3 Gedanken zu „Tomaten im Topf“",
    "Maria sagt:",
    "4. Mai 2024 um 08:12",
    "Danke für die Tipps! Bei mir wachsen die Tomaten dieses Jahr zum ersten Mal im Topf, "
    "und ich habe mich lange gefragt, wie groß die Töpfe sein müssen, damit die Pflanzen "
    "genug Wurzelraum haben und nicht ständig umkippen, sobald der Wind auffrischt. "
    "Ich werde es mit den zwanzig Litern versuchen und berichte im Herbst.",
    "Jonas sagt:",
    "5. Mai 2024 um 19:40",
    "Ich nehme immer Kübel von dreißig Litern und stelle sie an die Hauswand, dort ist es "
    "wärmer und die Früchte reifen früher. Außerdem lohnt es sich, die Seitentriebe "
    "regelmäßig auszugeizen, sonst wird die Pflanze buschig und trägt weniger Früchte. "
    "Gedüngt wird bei mir mit Brennnesseljauche, das funktioniert seit Jahren gut.",
]


def test_a_comment_heading_names_the_posts_title_and_ends_its_text() -> None:
    article = newsclean.parse("\n\n".join(_POST))
    assert article.headline == "Tomaten im Topf"
    assert article.body == [_POST[7], _POST[8]]
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-03"


def test_a_cookie_notice_never_outweighs_a_short_article() -> None:
    notice = (
        "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu "
        "personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe "
        "auf unsere Website zu analysieren. Außerdem geben wir Informationen zu Ihrer "
        "Verwendung unserer Website an unsere Partner für soziale Medien, Werbung und "
        "Analysen weiter. Unsere Partner führen diese Informationen möglicherweise mit "
        "weiteren Daten zusammen, die Sie ihnen bereitgestellt haben oder die sie im Rahmen "
        "Ihrer Nutzung der Dienste gesammelt haben."
    )
    lines = [
        "Gemeindeblatt",
        "Neue Bänke am Dorfteich",
        "Der Heimatverein hat am Samstag vier neue Bänke am Dorfteich aufgestellt, gespendet "
        "von Familien aus dem Ort.",
        "Impressum",
        "Datenschutz",
        "Wie wir Cookies verwenden",
        notice,
        notice.replace("Wir verwenden", "Wir nutzen"),
    ]
    article = newsclean.parse("\n\n".join(lines))
    assert article.headline == "Neue Bänke am Dorfteich"
    assert article.body == [lines[2]]


def test_a_consent_dialogs_purposes_never_outweigh_the_article() -> None:
    # The dialog's purposes name no cookie, so each weighs as a paragraph; together they
    # outweigh the story printed above the page's footer.
    purposes = [
        "Die Speicherung oder der Zugriff auf Ihrem Endgerät ist für den Zweck erforderlich, "
        "den von Ihnen ausdrücklich gewünschten Dienst bereitzustellen und die Seite zu zeigen.",
        "Die Speicherung oder der Zugriff dient dem Zweck, Präferenzen zu speichern, die nicht "
        "von Ihnen angefordert wurden, und wird nur mit Ihrer Einwilligung vorgenommen.",
        "Die Speicherung oder der Zugriff erfolgt ausschließlich zu statistischen Zwecken und "
        "kann ohne eine Vorladung Ihres Anbieters nicht zur Identifizierung verwendet werden.",
        "Die Speicherung oder der Zugriff ist erforderlich, um Nutzerprofile zu erstellen, um "
        "Werbung zu versenden oder um Sie auf mehreren Websites zu ähnlichen Zwecken zu verfolgen.",
    ]
    story = [
        "Der Heimatverein hat am Samstag vier neue Bänke am Dorfteich aufgestellt, gespendet "
        "von Familien aus dem Ort, die dort seit Jahrzehnten spazieren gehen.",
        "Die Bänke sind aus Eichenholz gefertigt und sollen im Frühjahr noch einen Anstrich "
        "bekommen, sagte der Vorsitzende bei der Übergabe.",
    ]
    footer = ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Anzeigen", "Jobs", "Abo"]
    lines = ["Gemeindeblatt", "Neue Bänke am Dorfteich", *story, *footer, *footer]
    toggles = ("Funktional", "Vorlieben", "Statistiken", "Marketing")
    for purpose, toggle in zip(purposes, toggles, strict=True):
        lines += [toggle, toggle, purpose]
    lines += ["Akzeptieren", "Ablehnen", "Einstellungen speichern"]
    article = newsclean.parse("\n\n".join(lines))
    assert article.headline == "Neue Bänke am Dorfteich"
    assert article.body == story


def test_a_stream_of_teasers_never_outweighs_a_paywalled_article() -> None:
    # Each teaser prints its title twice, a badge and a kicker around a summary of a
    # sentence or two: together they outweigh the article's two paragraphs above the
    # paywall, but each summary stands alone between furniture.
    story = [
        "Die Bauarbeiten an der Brücke über den Mühlbach dauern länger als geplant, weil "
        "das Fundament erneuert werden muss.",
        "Pendler müssen bis zum Herbst eine Umleitung über den Nachbarort fahren, teilte "
        "die Gemeinde am Montag mit.",
    ]
    paywall = ["Jetzt weiterlesen", "Bereits Abonnent?", "Anmelden", "Exklusive Vorteile:"]
    offers = [
        "Alle Artikel lesen",
        "Die App",
        "Der Newsletter",
        "3 € im Monat",
        "Jederzeit kündbar",
    ]
    lines = ["Lokales", "Brücke bleibt bis Herbst gesperrt", *story, *paywall, *offers, *offers]
    topics = ("Feuerwehr", "Schule", "Sport", "Markt", "Kultur", "Verkehr")
    for number, topic in enumerate(topics, start=1):
        title = f"{topic}: Neues aus dem Ort, Folge {number}"
        summary = (
            f"Was sich beim Thema {topic} in dieser Woche getan hat, wer dafür im Gemeinderat "
            f"gestimmt hat und was im Ort nun bis zum Ende des Jahres geplant ist, lesen Sie "
            f"hier in Folge {number} unserer Reihe über das Leben im Ort."
        )
        lines += [title, "Plus", topic, title, summary, str(number)]
    lines += ["Impressum", "Datenschutz"]
    article = newsclean.parse("\n\n".join(lines))
    assert article.headline == "Brücke bleibt bis Herbst gesperrt"
    assert article.body == story


_LIBRARY_POST = [
    "The parish council agreed on Tuesday to keep the village library open on Saturdays, "
    "after more than four hundred residents signed a letter asking it to do so.",
    "The library will be run by volunteers on those days, and the council will pay for the "
    "heating and for a part-time librarian who trains them.",
    "A first group of twelve volunteers starts in March; the council hopes to find twenty "
    "more before the summer holidays begin.",
]
_LIBRARY_COMMENTS = [
    "Good news at last. My children have been going to that library since they could walk, "
    "and closing it on the one day families are free would have been a great shame.",
    "I signed the letter, and I will volunteer too. But who pays when the heating breaks "
    "down again, as it did last winter? The council should say so now, not later.",
    "Volunteers are fine for a while, but a library needs staff. I hope this is not the "
    "first step towards closing it altogether once the volunteers have had enough.",
]


def test_the_body_ends_at_a_comment_threads_count() -> None:
    # The comments read as prose and print no date line of their own: only the thread's
    # count heading parts them from the post.
    lines = ["Village news", "Library stays open on Saturdays", *_LIBRARY_POST, "posted by editor"]
    lines += ["3 Comments"]
    for name, comment in zip(
        ("Anne Baker", "Tom Hill", "Ruth Mason"), _LIBRARY_COMMENTS, strict=True
    ):
        lines += [name, comment]
    article = newsclean.parse("\n\n".join(lines))
    assert article.headline == "Library stays open on Saturdays"
    assert article.body == _LIBRARY_POST


def test_a_comment_count_beside_the_byline_does_not_end_the_body() -> None:
    lines = ["Village news", "Library stays open on Saturdays", "By Jane Doe", "3 comments"]
    lines += [*_LIBRARY_POST, "Share this story"]
    article = newsclean.parse("\n\n".join(lines))
    assert article.body == _LIBRARY_POST


def test_a_dump_of_one_paragraph_alone_is_its_body() -> None:
    paragraph = (
        "Islam Times - İranın xarici işlər naziri bazar ertəsi bildirib ki, nüvə proqramı ilə "
        "bağlı danışıqlar gələn həftə Cenevrədə bərpa olunacaq."
    )
    # Whole, and cut off mid-word as body-only excerpts are.
    for text in (paragraph, paragraph[:120]):
        article = newsclean.parse(text)
        assert article.headline is None
        assert article.body == [text]
        assert "no_headline" in {problem.code for problem in article.problems}


_OPENING = (
    "Die Stadtwerke haben am Morgen die neue Fernwärmeleitung im Osten der Stadt in Betrieb "
    "genommen. Viertausend Wohnungen sollen bis zum Herbst angeschlossen werden, teilte das "
    "Unternehmen mit, und die Preise sollen zunächst stabil bleiben. Der Bürgermeister sprach "
    "von einem wichtigen Schritt für den Klimaschutz in der Stadt."
)
# An in-article table of contents: short entries, a costly run of furniture.
_CONTENTS = ["In diesem Artikel:"] + [
    f"{topic} im Überblick"
    for topic in (
        "Leitung",
        "Kosten",
        "Preise",
        "Mieter",
        "Bauzeit",
        "Straßen",
        "Kraftwerk",
        "Hafen",
        "Heizung",
        "Umstellung",
        "Förderung",
        "Zeitplan",
        "Anschluss",
        "Vertrag",
        "Netz",
        "Wärme",
        "Zukunft",
        "Fragen",
    )
]
_MAIN = [
    (
        f"Absatz {n}: Die Leitung ist elf Kilometer lang und verbindet das Heizkraftwerk am "
        "Hafen mit den Wohnvierteln im Osten, wo bisher vor allem mit Öl und Gas geheizt wurde. "
        "Die Bauarbeiten hatten fast zwei Jahre gedauert und mehrere Straßen gesperrt, was bei "
        "den Anwohnern immer wieder für Ärger gesorgt hatte."
    )
    for n in range(8)
]


def test_the_opening_above_a_table_of_contents_is_read() -> None:
    # Two opening paragraphs under the header (more than a lead right under the headline),
    # then the contents, then the main part.
    second = _OPENING.replace("Die Stadtwerke haben am Morgen", "Am Nachmittag hat die Stadt")
    lines = [
        "Startseite",
        "Neue Leitung versorgt viertausend Wohnungen",
        "Von Jana Weber",
        "08.05.2024, 10:15 Uhr",
        "Lesezeit: 4 Minuten",
        "Teilen",
        _OPENING,
        second,
    ]
    article = newsclean.parse("\n\n".join([*lines, *_CONTENTS, *_MAIN, "Impressum"]))
    assert article.headline == "Neue Leitung versorgt viertausend Wohnungen"
    assert article.body == [_OPENING, second, *_MAIN]


def test_an_author_box_above_the_contents_is_not_the_opening() -> None:
    main = [
        f"Point {n}: Coinbase and its professional platform share an owner but differ in their "
        "fees, their interface and the range of coins they list, which matters more for active "
        "traders than for people who buy a little bitcoin once a month and leave it alone."
        for n in range(8)
    ]
    contents = ["In this article"] + [
        f"{topic} compared"
        for topic in (
            "Fees",
            "Coins",
            "Security",
            "Interface",
            "Apps",
            "Limits",
            "Support",
            "Staking",
            "Taxes",
            "Wallets",
            "Transfers",
            "Verification",
            "Countries",
            "Cards",
            "Rewards",
            "Insurance",
            "Verdict",
            "Questions",
        )
    ]
    bios = [
        f"{name} is a personal finance writer who has covered credit cards, investing, "
        "insurance and taxes for more than a decade, for several national publications."
        for name in ("Jacob Ward", "Maria Lopez")
    ]
    lines = [
        "Home",
        "Coinbase vs. Coinbase Pro",
        "Updated May 8, 2024",
        "By Jacob Ward",
        "Reviewed by Maria Lopez",
        "Share",
        *bios,
    ]
    article = newsclean.parse("\n\n".join([*lines, *contents, *main, "Privacy policy"]))
    assert article.headline == "Coinbase vs. Coinbase Pro"
    assert article.body == main


def _debt_paragraphs(count: int) -> list[str]:
    return [
        f"Paragraph {n}: Interest payments on the national debt are set to triple over the next "
        "decade, according to the budget office, as rates rise and deficits widen."
        for n in range(count)
    ]


def _deficit_paragraphs(count: int) -> list[str]:
    return [
        f"Part {n}: The deficit is soaring while the economy grows, which economists call unusual, "
        "since borrowing normally rises in recessions and falls in recoveries, and lawmakers of "
        "both parties have mostly stopped talking about it."
        for n in range(count)
    ]


def _parse_debt_story(first: list[str], chart: list[str], rest: list[str]) -> newsclean.Article:
    lines = ["News", "Interest on the Debt Will Soon Top Military Spending", *first, *chart, *rest]
    return newsclean.parse("\n\n".join([*lines, "© 2024 The Daily Ledger"]))


def test_the_article_goes_on_past_a_charts_labels() -> None:
    # A chart rendered as text: axis labels and values, one short line each, part the
    # article's first paragraphs from the rest.
    first, rest = _debt_paragraphs(6), _deficit_paragraphs(8)
    chart = (
        ["Interest payments", "$900", "billion", "600", "300", "0"]
        + [f"’{year}" for year in range(17, 29)]
        + ["$263", "billion", "Source: Budget Office"]
    )
    assert _parse_debt_story(first, chart, rest).body == [*first, *rest]


def test_a_long_line_without_words_is_no_paragraph() -> None:
    # Hypothesis found it: a hundred zeros on a line of their own were read as a body-only
    # article. A paragraph alone needs words; digits and symbols are refused as before.
    for junk in ("0" * 100, "=" * 60 + " " + "#" * 60, "x" * 150):
        with pytest.raises(ParseError) as raised:
            newsclean.parse(junk)
        assert raised.value.reason is ParseErrorReason.NOT_AN_ARTICLE, junk


def test_the_article_goes_on_past_a_chart_printed_twice_with_its_titles() -> None:
    # The chart is printed twice (a desktop and a mobile copy), each copy with its caption:
    # a line of words, a light part of its own between two gaps of axis labels.
    first, rest = _debt_paragraphs(12), _deficit_paragraphs(8)
    axis = ["$900", "billion", "600", "300", "0", *[f"’{year}" for year in range(17, 29)]]
    chart = [
        "Annual interest payments on the national debt are expected to triple by 2028.",
        *axis,
        "The budget office expects rates to rise further; the chart shows its August outlook.",
        *axis,
    ]
    article = _parse_debt_story(first, chart, rest)
    assert article.body[: len(first)] == first
    assert article.body[-len(rest) :] == rest


def test_the_article_goes_on_past_a_sharing_and_newsletter_box_set_inside_it() -> None:
    # The opening paragraphs, then a box of end labels (sharing buttons, a newsletter form),
    # then the rest of the story, twice as long as the opening: the box is an inset.
    first = _debt_paragraphs(8)
    inset = ["Share this article", "Copied!", "Newsletter", "Get the Ledger in your inbox"]
    rest = _deficit_paragraphs(12)
    article = _parse_debt_story(first, inset, rest)
    assert article.body == [*first, *rest]


def test_a_comment_thread_after_the_sharing_buttons_is_not_the_article() -> None:
    # The same heavier prose, but behind the links to the previous and next post and a
    # comment count: comments, not the rest of the story.
    first = _debt_paragraphs(8)
    inset = ["Share this article", "←", "Previous post", "Next post", "→", "12 comments"]
    article = _parse_debt_story(first, inset, _deficit_paragraphs(12))
    assert article.body == first


def test_a_short_post_above_a_longer_dated_comment_thread_is_the_article() -> None:
    # Three paragraphs of a blog post, its list, then a thread of long comments, each
    # dated: the thread outweighs the post, but the post is the article.
    post = [
        "I am not much of a metal guy these days, but I dabbled in it in high school and still"
        " listen to the old records now and then, mostly on long drives to the coast.",
        "I will further assume that punk bands are not included, since nobody from the scene"
        " made the cut this year either.",
        "Here is the full list as the magazine printed it, with my favourites marked below, and"
        " a few words on the singers I would have put in the top ten instead.",
    ]
    listing = [f"{n:02}. Singer Number {n}" for n in range(1, 30)]
    comments: list[str] = []
    for n in range(8):
        comments += [
            f"Reader {n}",
            f"September {n + 4}, 2015 at 9:4{n} pm",
            f"Comment {n}: you forgot half of the great voices of the nineties, and some of the"
            " names on this list should never have been on it in the first place, honestly.",
        ]
    dump = "\n".join(
        ["Indie Music Blog", "Top 100 Metal Vocalists of All Time", "by oz on December 4, 2006",
         *post, *listing, "8 Responses", *comments, "© 2015 Indie Music Blog"]
    )  # fmt: skip
    article = newsclean.parse(dump.encode())
    assert article.headline == "Top 100 Metal Vocalists of All Time"
    assert article.published == datetime(2006, 12, 4)
    assert article.body[:3] == post
