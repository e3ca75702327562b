"""The page's ``<meta>`` tags (OpenGraph, ``article:*``, Dublin Core, parsely, itemprop),
read once into a lookup table."""

from __future__ import annotations

from lxml.etree import _Element as Element


class MetaTags:
    """``<meta>`` values by lowercased name/property/itemprop, in page order."""

    def __init__(self, root: Element) -> None:
        values: dict[str, list[str]] = {}
        # Some pages print meta tags in the body too; all of them count.
        for meta in root.iter("meta"):
            content = meta.get("content")
            if content is None:
                continue
            content = " ".join(content.split())
            if not content:
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = meta.get(attribute)
                if key:
                    values.setdefault(key.strip().lower(), []).append(content)
        self._values = values

    def first(self, *keys: str) -> str | None:
        """The first value under the first of ``keys`` the page has."""
        for key in keys:
            found = self._values.get(key)
            if found:
                return found[0]
        return None

    def all(self, *keys: str) -> list[str]:
        out: list[str] = []
        for key in keys:
            out.extend(self._values.get(key, ()))
        return out
