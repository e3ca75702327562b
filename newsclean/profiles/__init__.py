"""Site profiles: declarative descriptions of sites, and their registry."""

from newsclean.profiles.base import SiteProfile
from newsclean.profiles.registry import PROFILES, detect_profile, get_profile, profile_names

__all__ = ["PROFILES", "SiteProfile", "detect_profile", "get_profile", "profile_names"]
