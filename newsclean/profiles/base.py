"""What a site profile is: a small declarative description of one site's page furniture."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from newsclean.lexicon import GENERIC_LEXICON, Lexicon


# eq=False: profiles are singletons, hashed by identity (they key lru caches).
@dataclass(frozen=True, eq=False)
class SiteProfile:
    """A site's labels, time zone, markers and HTML selectors.

    ``text_markers`` and ``html_markers`` are substrings whose presence near the start or end
    of a dump says the dump is from this site; detection only looks at those windows, so it
    stays cheap whatever the dump's size.
    """

    name: str
    site: str | None = None
    lexicon: Lexicon = GENERIC_LEXICON
    timezone: str | None = None
    text_markers: tuple[str, ...] = ()
    html_markers: tuple[str, ...] = ()
    # Line shapes that identify the site in a text dump even without any marker word
    # (a CMS's own date-line format, say); searched in the head window only.
    text_patterns: tuple[re.Pattern[str], ...] = ()
    # How many distinct markers a dump must show before the profile claims it.
    min_markers: int = 1
    # The site's CMS always prints its lead as the first paragraph after the title.
    lead_is_first_paragraph: bool = False
    # CSS selectors for the HTML path: title, date, code, lead, body, related.
    html_selectors: Mapping[str, str] = field(default_factory=dict)
    # Template of the canonical article URL from language and story code, when stable.
    url_template: str | None = None
