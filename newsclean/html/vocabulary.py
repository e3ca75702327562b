"""Class/id vocabulary that tells article text from page furniture, in any publisher's markup.

Names are matched as whole hyphen/underscore/camel-case-separated words, so ``ad`` matches
``ad-slot`` and ``top_ad`` but not ``header`` or ``download``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsclean.lexicon import GENERIC_LEXICON, fold_label

# Furniture: never article text wherever it stands.
_NEGATIVE_WORDS = (
    # "related" and its glued forms (relatedarticles, jp-relatedposts, relatedstories).
    "related[a-z]*|recommended|recommendation|recommendations|recirculation|"
    "teaser|teasers|readmore|read-more|readalso|also-read|more-stories|morestories|"
    "share|sharing|social|socials|sharebar|share-bar|shariff|"
    "newsletter|news-letter|subscribe|subscription|signup|sign-up|"
    "caption|figcaption|credit|credits|copyright|license|licence|licensing|photo-credit|image-credit|"
    "comment|comments|disqus|respond|reply|"
    "paywall-notice|paywall-prompt|premium-teaser|regwall|"
    "ad|ads|advert|advertisement|advertising|adsense|sponsor|sponsored|promo|promotion|"
    "banner|outbrain|taboola|ligatus|plista|"
    "sidebar|widget|widgets|aside|rail|"
    "nav|navigation|navbar|menu|breadcrumb|breadcrumbs|pagination|pager|"
    "footer|masthead|toolbar|tools|print|"
    "tags|tag-list|taglist|keywords|topics|"
    "author-box|authorbox|author-bio|bio|byline|dateline|meta|"
    "author-card|author-profile|author-info|author-details|author-desc|author-description|"
    "author-container|about-author|writer|"
    "popup|modal|overlay|cookie|consent|gdpr|"
    "hidden|visually-hidden|sr-only|screen-reader-text|offscreen|"
    "gallery|slideshow|carousel|video|player|audio|podcast|embed|tweet|twitter-tweet|instagram-media|tiktok-embed|"
    "most-read|mostread|popular|trending|"
    "infobox|factbox|"
    # Notes about the page, not the story: affiliate and editorial disclosures, disclaimers.
    "disclaimer|disclosure|affiliate|affiliate-links|"
    # Star ratings readers give the page.
    "rating|ratings|"
    # Folded boxes: expert profiles, topic explainers, FAQ beside the text.
    "accordion|expandable|collapsible|"
    "skip|jump"
)
# Article text: boosts a container's score (never overrides furniture inside it).
_POSITIVE_WORDS = (
    "article|articlebody|article-body|body|content|entry|main|post|story|"
    "storybody|text|richtext|rich-text|prose|copy|paragraph|paragraphs|blog|news|detail|"
    "articletext|article-text|story-body|post-body|entry-content|field-body"
)


def _trie(words: list[str]) -> str:
    """Literal ``words`` as one regex that branches letter by letter (``a(?:d(?:s)?|side)``):
    the same words, but Python's engine tries an alternation's branches one by one, so a
    flat list of 150 words costs 150 tests at every word start, and the trie a few."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def _word_pattern(words: str) -> re.Pattern[str]:
    """A search for any of ``words`` ("a|b-c|d[a-z]*") as a whole word of `_words`'s output:
    after a separator, before a separator, a digit or the end. (`_words` pads with spaces,
    so no word starts the string.) Plain words go into one `_trie`; patterns stay apart."""
    listed = words.split("|")
    plain = [word for word in listed if re.fullmatch(r"[a-z\-]+", word)]
    patterns = [word for word in listed if word not in plain]
    return re.compile(rf"[\s_\-](?:{'|'.join([*patterns, _trie(plain)])})(?=$|[\s_\-\d])")


_NEGATIVE = _word_pattern(_NEGATIVE_WORDS)
_POSITIVE = _word_pattern(_POSITIVE_WORDS)
# Furniture words that still win when the same class/id also names article text
# (``NewsletterBox content-width``, ``wp-caption-text``): all but the few that article
# text itself wears (``article-widget-text`` blocks, ``teaser-text`` leads, bodies folded
# on small screens as ``article-body collapsible``).
_WEAK_NEGATIVE = frozenset(
    {"widget", "widgets", "teaser", "teasers", "accordion", "expandable", "collapsible"}
)
_STRONG_NEGATIVE = _word_pattern(
    "|".join(w for w in _NEGATIVE_WORDS.split("|") if w not in _WEAK_NEGATIVE)
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A comment thread's class or id (matched anywhere in the words: ``commentlist``,
# ``kommentare``, ``disqus_thread``). Comments are prose, so they outweigh articles on size.
# Lower case: callers match it on lower-cased names (a case-blind search costs six times more).
COMMENT_SECTION = re.compile(r"comment|kommentar|disqus|reply|respond|forum|community")


@lru_cache(maxsize=16384)
def is_comment_section(class_or_id: str) -> bool:
    """True when a class or id names a comment thread (memoised: a page repeats its class
    names, and this is asked of every element).

    >>> is_comment_section("commentlist"), is_comment_section("article-body")
    (True, False)
    """
    return COMMENT_SECTION.search(class_or_id.lower()) is not None


# Generated ids and hashes (``ad6ed79d-88fd-...``, ``css-1f3a9c``): hex runs of digits and
# letters that name nothing, yet may begin like a word (``ad`` followed by a digit).
_HEX_HASH = re.compile(r"(?<![a-z0-9])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}(?![a-z0-9])")


@lru_cache(maxsize=16384)
def _words(raw: str) -> str:
    # Most names are lower case and hold no digit: the two substitutions then have nothing
    # to do, and skipping them halves the cost of a name seen for the first time.
    words = (raw if raw.islower() else _CAMEL.sub("-", raw)).lower()
    return " " + (_HEX_HASH.sub("", words) if _DIGIT.search(words) else words) + " "


# A generated hash holds a digit (see `_HEX_HASH`).
_DIGIT = re.compile(r"[0-9]")


# A layer drawn over the page (a cookie or privacy banner, a pop-up, a modal): its settings
# and legal text are prose too, and may outweigh a short article.
OVERLAY_WORDS = "cookie|cookies|consent|gdpr|dsgvo|privacy|popup|modal|overlay"
_OVERLAY_LAYER = re.compile(rf"(?:^|[\s_\-])(?:{OVERLAY_WORDS})(?=$|[\s_\-\d])")


@lru_cache(maxsize=16384)
def is_overlay_layer(class_and_id: str) -> bool:
    """True when a class/id names a layer over the page: a consent banner, pop-up or modal.

    >>> is_overlay_layer("avia-cookie-consent-wrap"), is_overlay_layer("article-content")
    (True, False)
    """
    return bool(class_and_id.strip()) and bool(_OVERLAY_LAYER.search(_words(class_and_id)))


@lru_cache(maxsize=16384)
def is_negative(class_and_id: str) -> bool:
    """True when a class/id string names furniture.

    >>> is_negative("article-share-bar"), is_negative("ArticleBody"), is_negative("header")
    (True, False, False)
    """
    return bool(class_and_id.strip()) and bool(_NEGATIVE.search(_words(class_and_id)))


@lru_cache(maxsize=16384)
def is_positive(class_and_id: str) -> bool:
    return bool(class_and_id.strip()) and bool(_POSITIVE.search(_words(class_and_id)))


@lru_cache(maxsize=16384)
def is_strongly_negative(class_and_id: str) -> bool:
    """True when a class/id string names a widget that is never article text, whatever
    other words stand beside it.

    >>> is_strongly_negative("NewsletterBox content-width"), is_strongly_negative("article-widget")
    (True, False)
    """
    return bool(class_and_id.strip()) and bool(_STRONG_NEGATIVE.search(_words(class_and_id)))


# Headings that open a list of other stories, in the languages news sites are written in.
_RELATED_HEADING = re.compile(
    r"^(?:related|read more|read next|read also|newsletter|taip pat skaitykite|more (?:from|on|stories|news)|recommended|most read|"
    r"most popular|trending|see also|also read|you may (?:also )?like|featured|"
    r"mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel|"
    r"ähnliche artikel|meistgelesen|à lire aussi|lire aussi|les plus lus|sur le même sujet|"
    r"leggi anche|più letti|lee también|más leídas|relacionad|leia também|mais lidas|"
    r"les også|läs också|lees ook|czytaj także|читайте также|ilgili haberler|baca juga|"
    r"featured stories|منتخب|مختارات|برگزیده|berita pilihan)",
    re.I,
)


def is_related_heading(text: str) -> bool:
    """True for a heading that opens a list of other stories ("Related", "Lesen Sie auch");
    the text path's related labels ("اخبار مرتبط", "متعلقہ خبریں") count too.

    >>> is_related_heading("More from Ask an Advisor"), is_related_heading("Who pays")
    (True, False)
    """
    return len(text) <= 60 and (
        bool(_RELATED_HEADING.match(text)) or fold_label(text) in GENERIC_LEXICON.related_labels
    )
