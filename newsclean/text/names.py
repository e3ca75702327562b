"""Whether a short text is people's names, and the names of a byline: the shape of a name
(capitalised words, particles, initials), the words that are no names (roles, outlets,
articles), and the cleaning of what a page prints around a name (a job title, an outlet, an
e-mail address). Used by the text path's header reader and by the HTML path through it.
"""

from __future__ import annotations

import re

from newsclean.agencies import agency_as_listed, is_agency
from newsclean.text.lines import NAME_CONJUNCTIONS, SEVERAL_NAMES

_CONJUNCTION = re.compile(rf"\s(?:{'|'.join(NAME_CONJUNCTIONS)})\s|\s&\s")
# Besides commas and conjunctions, linked names are parted by bars, dots and slashes.
_NAME_JOINERS = re.compile(rf"{SEVERAL_NAMES.pattern}|\s*[|·]\s*|(?<=[^\W\d_])/(?=[^\W\d_])")

# German and Nordic job titles are compounds ending on the role: "Chefredakteur",
# "Wirtschaftskorrespondentin", "Sportjournalist". Only roles this long end compounds (not
# "autor", which ends "Motor"); the prefix must itself be a short word or more.
_MIN_COMPOUND_ROLE_CHARS = 7
_MIN_COMPOUND_PREFIX_CHARS = 4


# Marks printed around a linked name: "Gregor Meier •", "Stefan Trunzik,", "/ Jane Doe".
EDGE_MARKS = " ,;|•·/-–"
# A name's words: capitalised (initials included), or the lower-case particles of surnames.
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")
PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "du",
        "le",
        "la",
        "y",
        "bin",
        "al",
        "el",
        "ter",
        "zu",
        "af",
    ]
)
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "de",
        "het",
        "le",
        "la",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "os",
        "as",
        "den",
        "det",
    ]
)
# Function words that open headings, links and buttons but never a person's name:
# possessives, prepositions, "more", "next" ("Unser Team", "Zum Ratgeber", "Our Story",
# "Next Up In", "Für Büros", "Aus SRF"). Words that are also names or open them are left
# out ("Ma", "Mi", "Tu", "To", "In", "Im", "Bei", "Per", "My"), and "About", which opens
# the menu entries a signature must not stand over ("About Us").
_NO_NAME_OPENER_WORDS = (
    # English
    "your our their his its this these those for from with into of how what why when where"
    " which more next previous older newer all other latest recent"
    # (buttons: a verb in the imperative; not "Will", "Mark", "Grant", "Chase", "Drew")
    " play read watch listen show load click sign log subscribe share tweet follow donate"
    " download view join print save open close"
    # German
    " mein meine dein deine unser unsere ihre euer eure zum zur für aus über beim vom mit"
    " nach alle weitere mehr zurück hier jetzt teilen drucken lesen speichern anmelden"
    # French, Spanish, Italian, Portuguese, Dutch
    " notre votre pour avec sur dans plus tous toutes nuestro nuestra para sobre más todos"
    " todas nostro nostra nosso nossa mais mijn onze voor meer"
)
_NO_NAME_OPENERS = frozenset(_NO_NAME_OPENER_WORDS.split())
# The last word of a news outlet's name ("Fox News", "Daily Gazette", "Berliner Zeitung"):
# printed after the reporter's name ("Jane Doe | Fox News"), it names her employer, not a
# second author. (Words that are also surnames, "Post", "Press", are left out.)
_OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "digital",
        "media",
        "tribune",
        "herald",
        "gazette",
        "journal",
        "online",
        "magazine",
        "network",
        "zeitung",
        "nachrichten",
        "noticias",
        "agency",  # "Mehr News Agency": a masthead, not a person
        "agentur",
    ]
)
# The legal form closing a company's name: "Example Media GmbH", "Example Inc.". A firm
# credited for the site or a picture, never a person.
_LEGAL_FORMS = frozenset(
    [
        "gmbh",
        "ag",
        "kg",
        "gbr",
        "ug",
        "e.v.",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "corp",
        "corp.",
        "s.a.",
        "s.l.",
        "srl",
        "s.r.l.",
        "spa",
        "s.p.a.",
        "bv",
        "b.v.",
        "nv",
        "n.v.",
    ]
)
# The newsroom signing a story as a whole: "Redaktion", "IN-Redaktion", "Onlineredaktion",
# "Redacción Example", "Newsroom". The word ends no person's name.
DESK_WORDS = (
    "redaktion",
    "rédaction",
    "redaction",
    "redacción",
    "redazione",
    "redactie",
    "newsroom",
)
# The last word of a job title printed under or after the author's name.
ROLE_WORDS = frozenset(
    [
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "journalist",
        "columnist",
        "producer",
        "contributor",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "journalistin",
        "autor",
        "autorin",
        "redaktor",
        "redaktorin",
        "rédacteur",
        "rédactrice",
        "journaliste",
        "correspondant",
        "correspondante",
        "redactor",
        "redactora",
        "periodista",
        "corresponsal",
        "giornalista",
        "corrispondente",
        "journalisti",
        "toimittaja",
        "director",
        "directora",
        "directeur",
        "directrice",
        "direktor",
        "direktorin",
        "photographer",
        "fotograf",
        "fotografin",
        "critic",
        "kritiker",
    ]
)
_COMPOUND_ROLES = tuple(role for role in ROLE_WORDS if len(role) >= _MIN_COMPOUND_ROLE_CHARS)
# One regex instead of an endswith() per role: it runs on every short line of a page with
# no byline.
COMPOUND_ROLE = re.compile(
    rf".{{{_MIN_COMPOUND_PREFIX_CHARS},}}(?:"
    + "|".join(sorted(map(re.escape, _COMPOUND_ROLES), key=len, reverse=True))
    + ")",
    re.S,
)
# Not "e" and "i": they join the two surnames of one person ("Puig i Cadafalch").
_PERSON_SEPARATORS = re.compile(
    r"\s+(?:"
    + "|".join(word for word in NAME_CONJUNCTIONS if word not in ("e", "i"))
    + r"|&)\s+|\s*[,|·/]\s*"
)


def is_person_line(text: str) -> bool:
    """A short line holding nothing but people's names: "Jane Doe", "Ann Lee | Bo Chan".

    >>> is_person_line("María R. Sahuquillo"), is_person_line("Trine Juncher Jørgensen og Tôrtia Reimer-Johansen")
    (True, True)
    >>> is_person_line("Share this article"), is_person_line("Photo: Jane Doe"), is_person_line("Politics")
    (False, False, False)
    """
    text = clean_name(text)
    if not text or len(text) > 60 or not text[0].isupper():
        return False
    return all(is_person(part) for part in _PERSON_SEPARATORS.split(text))


def is_credit_line(text: str) -> bool:
    """People's names or a news agency's, alone on a line: "AFP", "Jane Doe and AP",
    "Jane Doe (dpa)" (an agency beside a person is credited with her: the rule of
    `newsclean.agencies`)."""
    if is_person_line(text):
        return True
    text = agency_as_listed(text.strip(EDGE_MARKS))
    if not text or len(text) > 60:
        return False
    parts = _PERSON_SEPARATORS.split(text)
    return any(is_agency(part) for part in parts) and all(
        is_agency(part) or is_person(part) for part in parts
    )


def is_person(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or text.isupper():
        return False
    first = words[0]
    # "MSV Duisburg", "De Maart", "The Times": a club, a paper, a title; not a person.
    if (
        first.casefold() in _ARTICLES
        or first.casefold() in _NO_NAME_OPENERS
        or (first.isupper() and len(first.rstrip(".")) > 1)
    ):
        return False
    last = words[-1].casefold()
    if (
        last in ROLE_WORDS
        or last in _OUTLET_WORDS
        or last in _LEGAL_FORMS
        or last.endswith(DESK_WORDS)
    ):
        return False  # "Political Correspondent", "Fox News", "Example GmbH", "News-Redaktion"
    capitalised = 0
    previous = ""
    for word in words:
        if word in PARTICLES:
            # "der" joins a surname only after "van" or "von" ("von der Leyen"): alone after
            # a noun it is German's genitive article ("Fragen der Solidarität").
            if word == "der" and previous not in _BEFORE_DER:
                return False
            previous = word
            continue
        if not word[0].isupper() or _NAME_WORD.fullmatch(word) is None:
            return False
        capitalised += 1
        previous = word
    return capitalised >= 2


_BEFORE_DER = frozenset({"van", "von", "Van", "Von"})


def split_names(byline: str) -> list[str]:
    """The names of a byline naming several authors.

    >>> split_names("Samya Kullab and Vasilisa Stepanenko")
    ['Samya Kullab', 'Vasilisa Stepanenko']
    >>> split_names("Felix Schröder und Jörg Soldwisch, dpa")
    ['Felix Schröder', 'Jörg Soldwisch', 'dpa']
    >>> split_names("Johannes Ritter, Zürich"), split_names("Ann Lee | Bo Chan")
    (['Johannes Ritter'], ['Ann Lee', 'Bo Chan'])
    >>> split_names("Sophie FosterTravel News Reporter"), split_names("Jo Roe For Example.com")
    (['Sophie Foster'], ['Jo Roe'])
    """
    byline = clean_name(agency_as_listed(byline))
    parts = [part.strip() for part in _NAME_JOINERS.split(byline) if part.strip()]
    # A comma may also introduce a place ("Johannes Ritter, Zürich"): only split on it
    # when a conjunction or a third part shows several people are named.
    several = _CONJUNCTION.search(byline) is not None or len(parts) > 2
    if len(parts) > 1 and several and all(looks_like_names(part) for part in parts):
        return parts
    if len(parts) == 2 and looks_like_names(parts[0]):
        # "Name, place", "Name | job title", "Name, outlet": the name, and the second part
        # only when it names a person too, or an agency ("AP", "SID"; not any capitals:
        # "Jane Doe, NYT" names her outlet).
        first, second = parts
        if is_person(second) or is_agency(second):
            return parts
        return [first]
    return [byline]


# A job title or outlet glued to the name before it (two links in the page):
# "Sophie FosterTravel News Reporter". Four lower-case letters before the capital keep
# "McDonald", "DeShawn" or "MacLeod" whole.
_GLUED_TAIL = re.compile(r"(?<=[a-zß-öø-ÿ]{4})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# "Jane Doe For Example.com", "Newsroom with agencies": what follows is not a name;
# "Jane Doe@janedoe" (a handle), "Jane Doe|Published" (the dateline's label glued on),
# "Jane Doe (Berlin)" (a place or role in brackets; an agency there is listed before this),
# "Jane Doe | Fox News" (her outlet: a few words ending on an outlet word).
_NAME_TAIL = re.compile(
    r"\s+(?:for\s|with\s+(?:agencies|wires)\b|mit\s+Agenturen\b|avec\s+agences\b).*$"
    r"|\s*@\w+$|\s*\|\s*(?:published|updated|posted)$|(?<=\w)\s*[(\[][^()\[\]]{1,40}[)\]]$"
    # The word joining the date printed on the next line ("By Ela on"), a sentence's full
    # stop after a surname ("By Tatyana Turner."; an initial's stays: "John Doe Jr.").
    r"|\s+(?:on|am|um|le|el|il)$|(?<=\w{3})\.$"
    # A count printed after it: "Jane Doe 24 Comments" (a bare number may be the name's own:
    # "Raspberry Pi 3" is no person either way).
    r"|\s+\d+(?:\s+\S+){1,2}$"
    # The comments' link, with or without its count: "Jane Doe Kommentare 4 Kommentare".
    r"|\s+(?:kommentare?|comments?|commentaires?|comentarios?)(?:\s+\d+\s+\S+)?$"
    rf"|\s*\|\s*(?:\S+\s+){{0,3}}(?:{'|'.join(sorted(_OUTLET_WORDS))})$",
    re.I,
)


# "Por Jane Doe jdoe@example.com", "By Jane Doe | jdoe@example.com | Example News Group".
_EMAIL = re.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# The author label printed on the names' line: "Autoren Jane Doe und Jo Roe", "Author: Jane
# Doe". A name never opens with it.
_AUTHOR_LABEL = re.compile(
    r"(?:Autor(?:in|en)?|Authors?|Auteurs?|Autore)(?:\s*:\s*|\s+)(?=[A-ZÀ-Þ])"
)


def without_author_label(text: str) -> str:
    """``text`` without the author label opening it: "Autoren Jane Doe" -> "Jane Doe"."""
    return _AUTHOR_LABEL.sub("", text, count=1) if text.startswith("Aut") else text


def clean_name(name: str) -> str:
    """``name`` without a job title, outlet or e-mail address glued or appended to it, nor
    an author label before it."""
    if "@" in name:
        name = _EMAIL.sub("", name)
    name = without_author_label(name)
    glued = _GLUED_TAIL.search(name)
    if glued is not None:
        name = name[: glued.start()]
    return _NAME_TAIL.sub("", name).strip(EDGE_MARKS)


def looks_like_names(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and len(text) <= 60 and not text.endswith((".", "!", "?"))
