"""Boilerplate vocabulary: labels, id-line labels, byline words and datelines, per language.

A `Lexicon` is plain data; site profiles extend the generic one with their own words.
Labels are compared after `fold_label` (case, punctuation and spacing folded away).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsclean.memo import short_text_cache
from newsclean.normalize import fold_arabic_script, with_spelling_variants

_NON_WORD = re.compile(r"[\W_]+")


@short_text_cache()
def fold_label(text: str) -> str:
    """The comparison form of a label: casefolded, Arabic-script spellings folded,
    punctuation and spacing removed.

    >>> fold_label("  Featured Stories: ")
    'featuredstories'
    >>> fold_label("كد مطلب") == fold_label("کد مطلب")
    True
    """
    return _NON_WORD.sub("", fold_arabic_script(text.casefold()))


def _folded(*labels: str) -> frozenset[str]:
    return frozenset(fold_label(label) for label in labels)


@dataclass(frozen=True)
class Lexicon:
    """Words that mark page furniture rather than article text."""

    # Lines that are furniture wherever they stand (share prompts, "Print", "QR Code").
    labels: frozenset[str] = frozenset()
    # Lines after which the article body is over (comment prompts and comment forms).
    end_labels: frozenset[str] = frozenset()
    # Lines that open a related / featured / most-read list.
    related_labels: frozenset[str] = frozenset()
    # Printed labels of the site's article id: "Story Code : 1148653", "کد خبر : 123".
    id_labels: tuple[str, ...] = ()
    # Words that open a byline: "By Maha Hussaini".
    byline_prefixes: tuple[str, ...] = ()
    # Leads that open with the publisher's name: "Islam Times - ".
    datelines: tuple[str, ...] = ()
    # Labels printed in front of the publication date: "Publish Date :".
    date_labels: tuple[str, ...] = ()
    # Folded openings of lines that follow an article's end: "Schlagwörter zu diesem
    # Artikel", "Tags: ...", "Share this story on ...", "About the author ...".
    end_prefixes: tuple[str, ...] = ()
    _all_labels: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Printed labels are matched as written, so each is kept in every spelling.
        for name in ("id_labels", "datelines", "date_labels", "byline_prefixes"):
            object.__setattr__(self, name, with_spelling_variants(getattr(self, name)))
        object.__setattr__(self, "_all_labels", self.labels | self.end_labels | self.related_labels)

    def extend(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s words added."""
        return Lexicon(
            labels=self.labels | other.labels,
            end_labels=self.end_labels | other.end_labels,
            related_labels=self.related_labels | other.related_labels,
            id_labels=_union(self.id_labels, other.id_labels),
            byline_prefixes=_union(self.byline_prefixes, other.byline_prefixes),
            datelines=_union(self.datelines, other.datelines),
            date_labels=_union(self.date_labels, other.date_labels),
            end_prefixes=_union(self.end_prefixes, other.end_prefixes),
        )

    def is_label(self, text: str) -> bool:
        """True when ``text`` is any known label (furniture, end or related marker)."""
        return len(text) <= 80 and fold_label(text) in self._all_labels


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))


# de / fr / en / es / it: see CAPTION_LABELS.
_CAPTION_LABEL_WORDS = (
    "Legende",
    "Bildlegende",
    "Bildunterschrift",
    "Légende",
    "Caption",
    "Leyenda",
    "Didascalia",
)

GENERIC_LEXICON = Lexicon(
    labels=_folded(
        # en
        "Share",
        "Share this",
        "Share on Facebook",
        "Share on Twitter",
        "Tweet",
        "Print",
        "Email",
        "E-mail",
        "Send",
        "Save",
        "Copy link",
        "Link copied",
        "Advertisement",
        "Advertising",
        "Ad",
        "Sponsored",
        "Listen",
        "Listen to this article",
        "Read more",
        "Read More",
        "Show more",
        "Load more",
        "Continue reading",
        "Article continues below",
        "Photo",
        "Video",
        "Gallery",
        "Skip to content",
        "Skip to main content",
        "Menu",
        "Search",
        "Subscribe",
        "Sign in",
        "Log in",
        "Login",
        "Register",
        "Close",
        "Home",
        "Top",
        "QR Code",
        "QR CodeQR Code",
        "Back to top",
        "Next",
        "Previous",
        # Caption labels (also CAPTION_LABELS, below): furniture wherever they stand.
        *_CAPTION_LABEL_WORDS,
        # de / fr / es / it / tr / id
        "Weiterlesen",
        "Lire la suite",
        "Leer más",
        "Continua a leggere",
        "Teilen",
        "Drucken",
        "Anzeige",
        "Werbung",
        "Partager",
        "Imprimer",
        "Publicité",
        "Compartir",
        "Imprimir",
        "Publicidad",
        "Condividi",
        "Stampa",
        "Pubblicità",
        "Paylaş",
        "Yazdır",
        "Reklam",
        "Bagikan",
        "Cetak",
        "Iklan",
        "Baca juga",
        "Baca Juga",
        # ar / fa / ur
        "مشاركة",
        "طباعة",
        "إعلان",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "اشتراک گذاری",
        "اشتراک",
        "چاپ",
        "تبلیغات",
        "بیشتر بخوانید",
        "بخوانید",
        "شیئر",
        "پرنٹ",
        "اشتہار",
    ),
    end_labels=_folded(
        # What follows an article's last paragraph: its tags, share row, author box.
        "Tags",
        "Topics",
        "Themen",
        "Schlagworte",
        "Schlagwörter",
        "Share this article",
        "Share this story",
        "Artikel teilen",
        "Diesen Artikel teilen",
        "Partager cet article",
        "Compartir este artículo",
        "Condividi questo articolo",
        "Del artikkel",
        "Dela artikeln",
        "About the author",
        "About the Author",
        "Über den Autor",
        "Über die Autorin",
        "Über die Autor:in",
        "Newsletter",
        # Comment threads and their forms, in the corpus's languages and beyond.
        "Kommentieren",
        "Kommentarer",
        "Leserkommentare",
        "Reader comments",
        "Join the conversation",
        "Comentar",
        "Deja tu comentario",
        "Commenter",
        "Réagir",
        "Комментарии",
        "评论",
        "コメント",
        "댓글",
        "Comment",
        "Comments",
        "Leave a comment",
        "Leave a Reply",
        "Add comment",
        "Post a comment",
        "Your comment",
        "Your name",
        "Your email address",
        "Your Email address",
        "Kommentare",
        "Kommentar",
        "Commentaires",
        "Comentarios",
        "Commenti",
        "Yorumlar",
        "Komentar",
        "Kirim Komentar",
        "Kirim komentar",
        "Nama Anda",
        "تعليق",
        "التعليقات",
        "أضف تعليقا",
        "أضف تعليقاً",
        "اسمك",
        "أرسل تعليقك",
        "ارسال التعليق",
        "نظر",
        "نظرات",
        "ارسال نظر",
        "نظر شما",
        "نام شما",
        "آدرس ایمیل شما",
        "تبصرہ",
        "تبصرے",
        "رائے",
        "رائے ارسال کرنا",
        "آپ کا نام",
        "آپ کا ای میل ایڈریس",
        "آپ کی رائے",
    ),
    related_labels=_folded(
        # Teaser lists that follow the article (many languages).
        "More on this story",
        "Read next",
        "Related Topics",
        "Related topics",
        "Popular",
        "Most popular",
        "Recommended for you",
        "More from this section",
        "Lesen Sie auch",
        "Lest auch",
        "Verwandte Artikel",
        "Verwandte Themen",
        "Empfohlene Artikel",
        "Weitere Themen",
        "Lesen Sie mehr",
        "Zum Thema",
        "Zum Artikel",
        "Mehr zum Thema",
        "Mehr aus dem Ressort",
        "Das könnte Sie auch interessieren",
        "Weitere Nachrichten",
        "Les også",
        "Les mer",
        "Mer om",
        "Mest lest",
        "Relaterte saker",
        "Läs också",
        "Läs mer",
        "Mest läst",
        "Læs også",
        "Læs mere",
        "Mest læste",
        "Te puede interesar",
        "Más noticias",
        "Lo más visto",
        "Leggi anche",
        "Ti potrebbe interessare",
        "Potrebbe interessarti",
        "I più letti",
        "À lire également",
        "Sur le même thème",
        "Les plus lus",
        "Benzer Haberler",
        "İlgili Haberler",
        "Çok Okunanlar",
        "Читайте также",
        "Читайте также:",
        "Самое читаемое",
        "相关新闻",
        "相关阅读",
        "関連記事",
        "ランキング",
        "アクセスランキング",
        "热点新闻",
        "排行榜",
        "関連ニュース",
        "あわせて読みたい",
        "관련기사",
        "많이 본 뉴스",
        "Related",
        "Related News",
        "Related Stories",
        "Related Articles",
        "Related articles",
        "Related content",
        "More Stories",
        "More stories",
        "More News",
        "More from",
        "Most Read",
        "Most read",
        "Most Popular",
        "Most Viewed",
        "Featured Stories",
        "Featured",
        "Top Stories",
        "Latest News",
        "Latest",
        "Recommended",
        "You may also like",
        "You might also like",
        "Read also",
        "Also read",
        "See also",
        "Trending",
        "Das könnte Sie auch interessieren",
        "Meistgelesen",
        "Weitere Artikel",
        "Ähnliche Artikel",
        "Ähnliche Beiträge",
        "Ähnliche Nachrichten",
        "Auch interessant",
        "À lire aussi",
        "Lire aussi",
        "Sur le même sujet",
        "Noticias relacionadas",
        "Lo más leído",
        "Articoli correlati",
        "Ilgili Haberler",
        "İlgili Konular",
        "Berita Terkait",
        "Berita Pilihan",
        "Terpopuler",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "الأكثر قراءة",
        "مختارات",
        "أخبار مرتبطة",
        "اخبار مرتبط",
        "مطالب مرتبط",
        "خبرهای مرتبط",
        "برگزیده",
        "گزیده",
        "پربازدیدترین",
        "پربیننده",
        "متعلقہ خبریں",
        "منتخب",
        "منتخب خبریں",
        "مقبول ترین",
    ),
    id_labels=(
        "Story Code",
        "News ID",
        "News Id",
        "News Code",
        "News Number",
        "Article ID",
        "ID",
        "Code",
        "News-ID",
        "Kode Berita",
        "Haber Kodu",
        "Nachrichten-ID",
        "کد مطلب",
        "کد خبر",
        "شناسه خبر",
        "شماره خبر",
        "خبر کا کوڈ",
        "رمز الخبر",
        "رقم الخبر",
        "كود الخبر",
        "رمز الخبر",
        "معرف الخبر",
    ),
    byline_prefixes=(
        "By ",
        "by ",
        "BY ",
        "By:",
        "Von ",
        "von ",
        "Von:",
        "Par ",
        "par ",
        "Por ",
        "por ",
        "Di ",
        "di ",
        "Oleh ",
        "Door ",
        "door ",
        "Av ",
        # A genre or a verb before the byline word: "Kolumne von Jane Doe", "Written by ...".
        "Written by ",
        "Reporting by ",
        "Opinion by ",
        "Analysis by ",
        "Kolumne von ",
        "Kommentar von ",
        "Analyse von ",
        "Gastbeitrag von ",
        "Eine Kolumne von ",
        "Ein Kommentar von ",
        "Eine Analyse von ",
        "Ein Gastbeitrag von ",
        "Text: ",
        "Text von ",
        "Texto: ",
        "Texte : ",
        "Tekst: ",
        "Yazan:",
        "بقلم",
        "بقلم:",
        "نویسنده:",
        "نوشته",
        "تحریر:",
        "از:",
    ),
    end_prefixes=tuple(
        fold_label(prefix)
        for prefix in (
            "Schlagwörter",
            "Schlagworte",
            "Tags:",
            "Topics:",
            "Themen:",
            "Share this",
            "Beitrag teilen",
            "Artikel teilen",
            "Diesen Artikel",
            "About the author",
            "Contact the author",
            "Photo of author",
            "Über die Autor",
            "Über den Autor",
            "Mehr Nachrichten aus",
            "Weitere Nachrichten aus",
            "Partager l'article",
            "Mehr lesen über",
            "Zur Startseite",
            "Schicken Sie uns",
            "Ihr Feedback",
            "In this article:",
            "Report an editorial error",
            "Recommended from",
            "Read next",
            "Compartir en",
            # French paywalls: "Il vous reste 57% de cet article à lire."
            "Il vous reste",
            # Blog themes' comment status under a post (WordPress and its translations);
            # only a line's first 40 characters are compared.
            "Comments and pings are",
            "Both comments and pings",
            "You can follow any responses",
            "Kommentare und Pings sind",
            "Sie können alle Antworten",
            # Share buttons of blog themes: "Click to share on Facebook (Opens in new window)".
            "Click to share",
            "Click to print",
            "Click to email",
            "Klick, um",
            "Klicken, um",
        )
    ),
    date_labels=(
        "Publish Date",
        "Published",
        "Date",
        "Updated",
        "Last updated",
        "تاریخ انتشار",
        "تاريخ النشر",
        "تاریخ اشاعت",
        "Tanggal",
    ),
)

# Labels printed between a picture's alt text and its caption ("Legende:" on Swiss and
# German sites): the lines on either side describe the picture.
CAPTION_LABELS = _folded(*_CAPTION_LABEL_WORDS)
