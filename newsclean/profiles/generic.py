"""The profile for every site without one of its own: generic labels, no time zone."""

from __future__ import annotations

from newsclean.profiles.base import SiteProfile

GENERIC = SiteProfile(name="generic")
