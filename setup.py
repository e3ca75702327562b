"""Optional compiled build: the text path compiled to C with mypyc, the way black and mypy ship.

The package is pure Python and installs as such by default. With ``NEWSCLEAN_COMPILE=1``
the modules in `COMPILED_MODULES` are compiled with mypyc (they are fully typed, and mypyc
turns their per-line loops into C); the result parses the same records about 1.8x faster.
It needs mypy and a C compiler in the build environment::

    pip install "mypy>=1.10" "setuptools>=68" wheel
    NEWSCLEAN_COMPILE=1 pip install --no-build-isolation .
    # or, in a checkout (benchmarks import the tree):
    NEWSCLEAN_COMPILE=1 python setup.py build_ext --inplace

``python -m newsclean.build`` says which modules run compiled, and whether any compiled
file is older than its source (then rebuild, or delete the ``.so`` files).
"""

from __future__ import annotations

import os

from setuptools import setup

# The modules every text dump runs through, per line. Not the batch runner (tests patch
# it, and it waits on I/O), the HTML path (lxml does its work in C already), the models
# (pydantic) or the CLI.
COMPILED_MODULES = [
    "newsclean/agencies.py",
    "newsclean/boilerplate.py",
    "newsclean/credits.py",
    "newsclean/dates.py",
    "newsclean/decoding.py",
    "newsclean/draft.py",
    "newsclean/jalali.py",
    "newsclean/language.py",
    "newsclean/lexicon.py",
    "newsclean/memo.py",
    "newsclean/normalize.py",
    "newsclean/page_type.py",
    "newsclean/pipeline.py",
    "newsclean/profiles/base.py",
    "newsclean/profiles/generic.py",
    "newsclean/profiles/newsstudio.py",
    "newsclean/profiles/registry.py",
    "newsclean/sniff.py",
    "newsclean/titles.py",
    "newsclean/words.py",
    "newsclean/text/article.py",
    "newsclean/text/author_box.py",
    "newsclean/text/block.py",
    "newsclean/text/body.py",
    "newsclean/text/dated_names.py",
    "newsclean/text/glued.py",
    "newsclean/text/header.py",
    "newsclean/text/headline.py",
    "newsclean/text/kicker.py",
    "newsclean/text/layout.py",
    "newsclean/text/lines.py",
    "newsclean/text/meta_line.py",
    "newsclean/text/names.py",
    "newsclean/text/prose.py",
    "newsclean/text/published.py",
    "newsclean/text/sidebar.py",
    "newsclean/text/tail.py",
    "newsclean/text/title_shape.py",
]


def _ext_modules() -> list[object]:
    if os.environ.get("NEWSCLEAN_COMPILE", "") not in ("1", "true", "yes"):
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    return list(mypycify(COMPILED_MODULES, opt_level="3"))


setup(ext_modules=_ext_modules())
