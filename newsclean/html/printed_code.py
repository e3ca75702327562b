"""The site's story code printed in the page ("کد خبر: 123456", "News ID : 48213"), read with
the id labels and pattern the text path uses, for pages whose metadata names no id."""

from __future__ import annotations

from lxml.etree import _Element as Element

from newsclean.lexicon import Lexicon
from newsclean.text.lines import classifier_for

# An id line is a label and a number: anything longer is a sentence that mentions one.
_MAX_CHARS = 60


def printed_story_code(body: Element, lexicon: Lexicon) -> str | None:
    """The code of the first short element whose whole text is an id line."""
    classifier = classifier_for(lexicon)
    starts = tuple({label[:2] for label in lexicon.id_labels if len(label) > 2})
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("a", "script", "style"):
            continue
        head = (element.text or "").lstrip()
        if not head.startswith(starts):
            continue
        text = " ".join("".join(element.itertext()).split())
        if len(text) > _MAX_CHARS:
            continue
        code = classifier.id_code(text)
        if code:
            return code
    return None
