"""The one place site profiles are registered, and cheap detection of which one fits a dump."""

from __future__ import annotations

from functools import lru_cache

from newsclean.normalize import with_spelling_variants
from newsclean.profiles.base import SiteProfile
from newsclean.profiles.generic import GENERIC
from newsclean.profiles.newsstudio import NEWS_STUDIO

# Site profiles, most specific first; GENERIC serves every dump none of them claims.
PROFILES: tuple[SiteProfile, ...] = (NEWS_STUDIO,)
_BY_NAME = {profile.name: profile for profile in (*PROFILES, GENERIC)}
# Markers are looked for only near the ends of a dump, where site furniture lives.
_HEAD_CHARS = 4000
_TAIL_CHARS = 6000


def profile_names() -> list[str]:
    """Names accepted by ``parse(..., site=NAME)``."""
    return sorted(_BY_NAME)


def get_profile(name: str) -> SiteProfile:
    """The profile registered under ``name`` (KeyError with the known names otherwise)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(
            f"unknown site profile {name!r}; known: {', '.join(profile_names())}"
        ) from None


@lru_cache(maxsize=64)
def _markers(profile: SiteProfile, html: bool) -> tuple[str, ...]:
    return with_spelling_variants(profile.html_markers if html else profile.text_markers)


def detect_profile(text: str, *, html: bool) -> SiteProfile:
    """The registered profile whose markers the dump shows, else the generic one."""
    window = (
        text if len(text) <= _HEAD_CHARS + _TAIL_CHARS else text[:_HEAD_CHARS] + text[-_TAIL_CHARS:]
    )
    head = text[:_HEAD_CHARS]
    if not html and ("\xa0" in window or "\u202f" in window):
        # Real dumps print no-break spaces in short lines ('Story\xa0Code\xa0:'); the text
        # path reads them as spaces, and so must the markers. (Two `in` tests cost well under a
        # microsecond; a regex over every space character costs ~35.)
        window = _no_break_as_space(window)
        head = _no_break_as_space(head)
    for profile in PROFILES:
        markers = _markers(profile, html)
        found = 0
        for marker in markers:
            found += marker in window
            if found >= profile.min_markers:
                return profile
        if not html and any(pattern.search(head) for pattern in profile.text_patterns):
            return profile
    return GENERIC


def _no_break_as_space(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")
