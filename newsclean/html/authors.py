"""Authors as people's names: from JSON-LD, meta tags, or the byline in the markup."""

from __future__ import annotations

import re
from typing import Any

from lxml.etree import _Element as Element

from newsclean.agencies import agency_as_listed, is_agency
from newsclean.credits import credited_names
from newsclean.dates import UPDATE_LABEL
from newsclean.html import jsonld
from newsclean.html.meta import MetaTags
from newsclean.html.tree import attr_words, text_of, within
from newsclean.text.lines import BYLINE_WORDS
from newsclean.text.meta_line import OPENS_WITH_POSTING_VERB, POSTING_VERB

_BY = re.compile(
    rf"^\s*(?:{POSTING_VERB}\s+)?(?:by|von|from|par|por|di|da|de|door|av|af|oleh|tekst|text|texte|autor(?:in)?|author|written by|reporting by|από|автор)\s*[:\-]?\s+",
    re.I,
)
# A link's arrow ("Archiv anzeigen →") marks a control, and a label ends on the byline word
# ("Artikel von"): neither is a name.
_ARROWS = re.compile("[←→»«›‹]")
# The words that join two names in a byline ("Ann Lee und Bo Chan").
_NAME_JOINERS = "and|und|et|y|e|en|og|och|i|a|و"
_SPLIT = re.compile(rf"\s*(?:,|;|&|\||/|·|\s+(?:{_NAME_JOINERS})\s+)\s*")
# "Ann Lee for The Daily Planet", "Ann Lee in Kyiv": the outlet or the place she wrote from.
# ("in 't Veld" is a Dutch surname: the place must be capitalised.)
_FOR_OR_IN = re.compile(r"\s+(?:for|For|in(?=\s+[^\W\d_]*[A-Z]))\s+\S.*$")
_ROLE_SUFFIX = re.compile(
    r"\s*(?:,|\(|–|-|\|)\s*(?:reporter|correspondent|editor|staff writer|contributor|writer|journalist|redakteur(?:in)?|korrespondent(?:in)?)\b.*$",
    re.I,
)
_ROLE_ONLY = re.compile(
    r"^(?:[^\W\d_]+\s+){0,3}(?:reporter|correspondent|editor|writer|contributor|journalist|columnist|"
    r"director|producer|photographer|critic|analyst|presenter|"
    r"redakteur(?:in)?|korrespondent(?:in)?|rédacteur|rédactrice|correspondant(?:e)?|corresponsal)$",
    re.I,
)
# A copyright sign marks a picture or text credit; a name has letters, and a label's
# colon or a day's number ('Posted: Aug 08') belongs to a date line.
_NOT_NAME = re.compile(
    r"https?://|www\.|@|©|\d{3,}|\.(?:com|de|org|net)\b|\w\.[a-z]{2,4}$|^[\W\d_]*$|"
    r"\b\d{1,2}\b|:"
)
# "byline" is distinctive enough to count inside a generated class ("styledBylineText").
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|autor|auteur|writer|creator)(?:[\s_-]|$|name|s)|byline"
)
_MAX_NAME_WORDS = 5
# A CMS's built-in accounts, which sign posts when nobody set an author name ("admin" is
# WordPress's first user): no person's name.
_ACCOUNT_NAMES = frozenset({"admin", "administrator", "webmaster", "root", "guest"})
_TRAILING_NOTE = re.compile(r"\s*[(\[][^)\]]{0,40}[)\]]\s*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_NOT_PERSON_WORDS = re.compile(
    r"\b(?:image|images|photo|photos|foto|fotos|getty|istock|shutterstock|picture|bild)\b", re.I
)
_KOREAN_REPORTER = re.compile(r"\s*(?:기자|특파원)$")
_NAME_CLASS = re.compile(
    r"(?:author|byline)[-_]*(?:name|link|author)|author[-_]+(?:name|link)|authorname|byline__author"
)


def clean_name(raw: str) -> str | None:
    name = _BY.sub("", " ".join(raw.split()))
    name = _TRAILING_NOTE.sub("", name)
    name = _ROLE_SUFFIX.sub("", name)
    name = _FOR_OR_IN.sub("", name)
    name = _KOREAN_REPORTER.sub("", name).strip(" ,;:|-–·")
    if (
        not name
        or name.casefold() in BYLINE_WORDS
        or name.casefold() in _ACCOUNT_NAMES
        # A date's label left by the byline's date ("Last Updated", "Aktualisiert").
        or UPDATE_LABEL.match(name.removeprefix("Last ").removeprefix("last ")) is not None
        or name.rsplit(None, 1)[-1].casefold() in BYLINE_WORDS
        or _ARROWS.search(name)
        # A verb of publishing with no name after it ("Publiziert am"): a date's label.
        or OPENS_WITH_POSTING_VERB.match(name)
        or _ROLE_ONLY.match(name)
        or _NOT_NAME.search(name)
        or _SLUG.match(name)
        or _NOT_PERSON_WORDS.search(name)
        or "(" in name
        or ")" in name
        or len(name.split()) > _MAX_NAME_WORDS
        or len(name) > 60
    ):
        return None
    return name


def split_names(raw: str) -> list[str]:
    """One byline string to names: ``"By Ann Lee and Bo Chan"`` → ``["Ann Lee", "Bo Chan"]``."""
    text = agency_as_listed(_BY.sub("", " ".join(raw.split())))
    names = []
    for part in _SPLIT.split(text):
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def _is_site(name: str, site_keys: set[str]) -> bool:
    key = re.sub(r"[\W_]+", "", name.casefold())
    short = len(name.split()) <= 4
    # "VnExpress" beside the site name "vnexpress.net": the short form of the site's name.
    return any(
        key == site
        or (short and len(site) >= 4 and site in key)
        or (short and len(key) >= 4 and key in site)
        for site in site_keys
    )


def _from_jsonld(
    article: dict[str, Any] | None, site_keys: set[str]
) -> tuple[list[str], list[str]]:
    """(people, organisations) named as the article's author in JSON-LD. An agency named
    beside a person ("Paula Steiger" and the Organization "SDA") counts among the people,
    in the order given (the rule of `newsclean.agencies`); the site itself never does."""
    if not article:
        return [], []
    pairs = jsonld.names(article.get("author")) or jsonld.names(article.get("creator"))
    # Each entry's names, and whether it was named as an organisation or as the site.
    entries: list[tuple[list[str], bool]] = []
    for name, kind in pairs:
        if kind == "organization" or _is_site(name, site_keys):
            entries.append(([name], True))
        else:
            split = " and " in name or "," in name
            entries.append(
                (split_names(name) if split else list(filter(None, [clean_name(name)])), False)
            )
    people = [name for names, organisation in entries if not organisation for name in names]
    if all(is_agency(name) for name in people):
        # Nobody but agencies (or nobody) is named: the rule has no person to credit beside.
        return people, [names[0] for names, organisation in entries if organisation]
    credited = [
        name
        for names, organisation in entries
        if not organisation or _is_credited_agency(names[0], site_keys)
        for name in names
    ]
    others = [
        names[0]
        for names, organisation in entries
        if organisation and not _is_credited_agency(names[0], site_keys)
    ]
    return credited, others


def _is_credited_agency(name: str, site_keys: set[str]) -> bool:
    """An agency named as an organisation, credited beside a person: not the site's own
    name (an agency's own pages name it as their publisher)."""
    return is_agency(name) and not _is_site(name, site_keys)


_META_AUTHOR_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "cxenseparse:author",
)


def _from_meta(meta: MetaTags, site_keys: set[str]) -> tuple[list[str], list[str]]:
    for key in (*_META_AUTHOR_KEYS, *_labelled_author_keys(meta)):
        # (A card's value may add the author's handle: "Jane Doe @janedoe".)
        values = [
            _TRAILING_HANDLE.sub("", value)
            for value in meta.all(key)
            if not value.startswith("http")
        ]
        people: list[str] = []
        organisations: list[str] = []
        for value in values:
            if _is_site(value, site_keys):
                organisations.append(value)
            elif not _NOT_NAME.search(value):
                people.extend(split_names(value))
        if people or organisations:
            return people, organisations
    return [], []


_TRAILING_HANDLE = re.compile(r"\s+@\w+$")
# Twitter's card pairs a label with a value ("twitter:label1" "Written by", "twitter:data1"
# "Jane Doe"); WordPress SEO plugins write the author so, in the site's language.
_CARD_LABELS = 4


def _labelled_author_keys(meta: MetaTags) -> list[str]:
    """The ``twitter:dataN`` keys whose label ends on a byline word ("Written by",
    "Verfasst von", "Escrito por")."""
    keys = []
    for number in range(1, _CARD_LABELS + 1):
        label = meta.first(f"twitter:label{number}")
        if label and label.split()[-1].casefold() in BYLINE_WORDS:
            keys.append(f"twitter:data{number}")
    return keys


_ELSEWHERE = re.compile(
    r"related|teaser|sidebar|comment|widget|recommend|popular|most-?read|featured|rail|promo"
)


def _byline_elements(body: Element, frame: set[Element]) -> list[Element]:
    found = []
    for element in body.iter():
        # Most elements have neither class nor id, and nearly no name holds one of the
        # words: four substring tests in C spare the anchored search (~3 us a name).
        class_name, element_id = element.get("class"), element.get("id")
        if not class_name and not element_id:
            continue
        words = f"{class_name or ''} {element_id or ''}".lower()  # attr_words(element)
        if (
            ("aut" in words or "writer" in words or "creator" in words or "byline" in words)
            and isinstance(element.tag, str)
            and element.tag not in {"body", "html", "article", "main"}
            and _BYLINE_CLASS.search(words)
            and not _elsewhere(element, frame)
        ):
            found.append(element)
    return found


def _frame(body: Element) -> set[Element]:
    """The headline's ancestors: the page's own frame, whatever its classes say
    ("layout-with-sidebar", "comments-enabled")."""
    h1 = next(body.iter("h1"), None)
    return set(h1.iterancestors()) if h1 is not None else set()


def _elsewhere(element: Element, frame: set[Element]) -> bool:
    """Inside a sidebar, teaser list or comment thread: the byline of another story."""
    ancestor = element.getparent()
    while ancestor is not None and ancestor not in frame:
        if ancestor.tag in {"aside", "nav", "footer"} or _ELSEWHERE.search(attr_words(ancestor)):
            return True
        ancestor = ancestor.getparent()
    return False


def _from_markup(root: Element) -> list[str]:
    body = root.find("body")
    if body is None:
        return []
    linked = body.xpath(".//*[@rel='author']")
    if linked:
        # The first byline's block only: later rel=author links belong to teasers.
        scope = linked[0].getparent()
        scope = scope.getparent() if scope is not None and scope.getparent() is not None else scope
        names = [
            name
            for element in linked
            if within(element, scope)
            for name in _byline_names(element, text_of(element))
        ]
        if names:
            return names
    for element in body.iterfind(".//*[@itemprop='author']"):
        named = element.find(".//*[@itemprop='name']")
        if named is not None:
            names = split_names(named.get("content") or text_of(named))
        else:
            names = _byline_names(element, text_of(element))
        if names:
            return names
    frame = _frame(body)
    bylines = _byline_elements(body, frame)
    # A "By ..." line, then an element named for the author's name, then any short byline.
    for element in bylines:
        text = text_of(element)
        if len(text) <= 80 and _BY.match(text) and not any(ch.isdigit() for ch in text):
            names = _byline_names(element, text)
            if names:
                return names
    for element in bylines:
        if _NAME_CLASS.search(attr_words(element)):
            names = _byline_names(element, text_of(element))
            if names:
                return names
    for element in bylines:
        text = text_of(element)
        short = 2 < len(text) <= 60 and not any(ch.isdigit() for ch in text)
        # A longer box (name, role, date) still names its author in a piece of its own.
        names = _byline_names(element, text if short else "") if len(text) <= 200 else []
        if names:
            return names
    return _labelled(body, frame) or _by_line(body, frame)


# The By-words that open a byline and nothing else (not "de", "da", "from"...).
_OPENING_BY_WORDS = "by|von|par|por|door|av|af"
_BY_WORD = re.compile(rf"^(?:{_OPENING_BY_WORDS})\s+", re.I)
_BY_LINE_TAGS = ("p", "span", "div", "address", "a", "strong", "b", "em")


def _by_line(body: Element, frame: set[Element]) -> list[str]:
    """A short line "By Ann Lee" / "Kolumne von Ann Lee" without a byline class (generated
    class names): the By-word and then only a name, standing alone (not a phrase in a
    sentence: "new sets von Lego Star Wars")."""
    for element in body.iter(_BY_LINE_TAGS):
        start = element.text
        # Cheap pre-test on the element's own first words before reading its subtree.
        if not start or not _BY_WORD_NEAR.match(start) or _in_running_text(element):
            continue
        text = text_of(element)
        if len(text) > 60:
            continue
        words = text.split(maxsplit=2)
        # One word may stand before the By-word: the kind of piece ("Kolumne von").
        rest = text if _BY_WORD.match(text) else (" ".join(words[1:]) if len(words) == 3 else "")
        if not _BY_WORD.match(rest):
            continue
        name = name_paragraph(_BY_WORD.sub("", rest))
        if name and not _elsewhere(element, frame):
            return [name]
    return []


_BY_WORD_NEAR = re.compile(rf"^\s*(?:\S+\s+)?(?:{_OPENING_BY_WORDS})\s", re.I)
_INLINE = frozenset({"a", "span", "strong", "b", "em"})


def _in_running_text(element: Element) -> bool:
    parent = element.getparent()
    if element.tag not in _INLINE or parent is None:
        return False
    return bool((parent.text or "").strip() or (element.tail or "").strip())


_CONNECTOR = re.compile(rf"^(?:[,;&|/·•–-]|{_NAME_JOINERS})?$", re.I)


def _byline_names(element: Element, text: str) -> list[str]:
    """The names of a byline box read piece by piece: its text nodes run together a name
    and the role, agency or date printed in the next span ("Ann Lee" + "Senior Editor"),
    so a box printing whole names keeps the run of them and stops at the first piece that
    names no one; a box splitting one name over spans ("Ann" + "Lee") is read whole.
    An agency printed after a name ("Ann Lee" + "dpa") is credited beside her."""
    names: list[str] = []
    listed = False
    for piece in element.itertext():
        piece = " ".join(piece.split())
        if _CONNECTOR.match(piece):
            # A separator after a name announces the next item of a list of names.
            listed = listed or bool(piece and names)
            continue
        found = split_names(piece)
        credit = bool(names) and is_agency(piece)
        if not (listed or credit) and not any(_whole_name(name) for name in found):
            found = []
        listed = False
        if found:
            names.extend(found)
        elif names:
            break
    return names or (split_names(text) if text else [])


def _whole_name(name: str) -> bool:
    words = name.split()
    return words[0].casefold() != "the" and name_paragraph(name) is not None


_AUTHOR_LABEL = re.compile(
    r"^(?:autor(?:in)?(?:\s*/\s*autor(?:in)?)?|autor(?:en|innen)|authors?|auteur(?:e|s)?|autore|"
    r"autori|autores|forfatter(?:e)?|författare|written by|geschrieben von|text)\s*:?$",
    re.I,
)
_LABEL_TAGS = ("strong", "b", "dt", "th", "label")


def _labelled(body: Element, frame: set[Element]) -> list[str]:
    """A fact list or table that labels the field: "<strong>Author</strong> Ann Lee",
    "<dt>Autor</dt><dd>Ann Lee</dd>" (pages without byline classes or metadata)."""
    for label in body.iter(_LABEL_TAGS):
        head = text_of(label)
        if len(head) > 24 or not _AUTHOR_LABEL.match(head) or _elsewhere(label, frame):
            continue
        if label.tag in {"dt", "th"}:
            value = label.getnext()
            text = text_of(value) if value is not None else ""
        else:
            parent = label.getparent()
            whole = text_of(parent) if parent is not None else ""
            text = whole[len(head) :] if whole.startswith(head) else ""
        if 2 < len(text) <= 80 and not any(ch.isdigit() for ch in text):
            names = split_names(text)
            if names:
                return names
    return []


_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$")


def name_paragraph(text: str) -> str | None:
    """A paragraph that is only a person's name (a signature line at the start or end of
    the body): two to four capitalised words, no digits, no sentence."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40 or text.endswith((".", ":", "!", "?", "…")):
        return None
    if all(_NAME_WORD.match(word) and word[0].isupper() for word in words):
        return clean_name(text)
    return None


_CO_AUTHORS = re.compile(r"\s*/\s*|\s+&\s+")


def signature_names(text: str) -> list[str]:
    """The names of a paragraph that only signs the article: one name, or two or three
    joined by a slash or an ampersand ("Ann Lee/Bo Chan")."""
    name = name_paragraph(text)
    if name:
        return [name]
    parts = _CO_AUTHORS.split(text)
    if not 2 <= len(parts) <= 3:
        return []
    names = [name_paragraph(part) for part in parts]
    return [name for name in names if name] if all(names) else []


def credit_line(text: str) -> list[str]:
    """The names of a closing credit line ("(责编：王小明、李华)"), none if the paragraph is
    not one."""
    return [name for part in credited_names(text) if (name := clean_name(part))]


def find_people(
    article: dict[str, Any] | None, meta: MetaTags, root: Element, site_names: list[str]
) -> tuple[list[str], list[str]]:
    """(people, organisations) named as the article's authors: people from the first source
    that names any (JSON-LD, meta tags, the byline markup), with an agency named beside them
    (the rule of `newsclean.agencies`); organisations (the publisher, a desk, an agency named
    alone) from JSON-LD or meta tags, for the caller to use only when no person is named."""
    site_keys = {re.sub(r"[\W_]+", "", name.casefold()) for name in site_names if name}
    site_keys.discard("")
    ld_people, ld_orgs = _from_jsonld(article, site_keys)
    meta_people, meta_orgs = _from_meta(meta, site_keys)
    organisations = _dedupe(ld_orgs or meta_orgs)
    people = ld_people or meta_people
    if not people:
        # A byline naming only the site (or an organisation named in JSON-LD) is its
        # publisher, not a person: keep it for last, behind a signature in the text.
        marked = _from_markup(root)
        known = site_keys | {re.sub(r"[\W_]+", "", name.casefold()) for name in organisations}
        # An acronym the site goes by opening a name ("ABC NEWS DESK") names its desk.
        acronyms = {name for name in site_names if _ACRONYM.match(name)}
        people = [
            name for name in marked if not _is_site(name, known) and name.split()[0] not in acronyms
        ]
        if marked and not people and not organisations:
            organisations = marked
    return _dedupe(people), _dedupe(organisations)


_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
