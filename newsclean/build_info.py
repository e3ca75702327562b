"""Which newsclean modules run compiled (the optional mypyc build, see setup.py), and
whether a compiled file is older than its source.

A checkout built with ``NEWSCLEAN_COMPILE=1 python setup.py build_ext --inplace`` holds
``.so`` files beside the sources, and Python imports those first: after editing a source, its
stale compiled twin would still run. Benchmarks print `describe_build()`, and refuse stale ones.

    python -m newsclean.build_info

>>> describe_build() in ("pure Python", ) or describe_build().startswith("compiled")
True
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def compiled_modules() -> list[str]:
    """Names of the newsclean modules that import from a compiled extension file."""
    return sorted(name for name, origin in _origins() if origin.suffix != ".py")


def stale_modules() -> list[str]:
    """Compiled modules whose ``.py`` source changed after they were built, in a checkout.

    An installed wheel holds both files with the install's own times, in no useful order:
    only a source tree (setup.py beside the package) is checked.
    """
    if not (PACKAGE_DIR.parent / "setup.py").exists():
        return []
    return sorted(
        name
        for name, origin in _origins()
        if origin.suffix != ".py" and _source(name).stat().st_mtime > origin.stat().st_mtime
    )


def _origins() -> list[tuple[str, Path]]:
    """Each module of the package with the file an import of it loads."""
    found = []
    for source in PACKAGE_DIR.rglob("*.py"):
        parts = source.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        if parts[-1] in ("__init__", "__main__"):
            continue
        name = ".".join(parts)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            found.append((name, Path(spec.origin)))
    return found


def _source(name: str) -> Path:
    return PACKAGE_DIR.parent.joinpath(*name.split(".")).with_suffix(".py")


def describe_build() -> str:
    """One line: "pure Python", or how many modules run compiled (and which are stale)."""
    compiled = compiled_modules()
    if not compiled:
        return "pure Python"
    stale = stale_modules()
    text = f"compiled with mypyc ({len(compiled)} modules)"
    return f"{text}; STALE, rebuild: {', '.join(stale)}" if stale else text


def main() -> int:
    print(describe_build())
    for name in compiled_modules():
        print(f"  {name}")
    return 1 if stale_modules() else 0


if __name__ == "__main__":
    sys.exit(main())
