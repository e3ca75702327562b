"""The optional mypyc build (setup.py, ``NEWSCLEAN_COMPILE=1``) passes the same tests.

It builds a copy of the project with mypyc, then runs the unit tests (fixtures included) on
the compiled copy in a subprocess: compiled code checks the declared types at run time,
which plain Python never does. Skipped, with the reason, where mypy or a C compiler is
missing (``pip install -e .[test]`` brings mypy; the compiler is the machine's).
"""

from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_SECONDS = 1200


def _missing() -> str | None:
    if importlib.util.find_spec("mypyc") is None:
        return "mypy (mypyc) is not installed: pip install -e .[test]"
    if importlib.util.find_spec("setuptools") is None:
        return "setuptools is not installed: pip install -e .[test]"
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.exists():
        return f"no Python headers ({headers}) to compile against"
    compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")[:1]
    if not compiler or shutil.which(compiler[0]) is None:
        return f"no C compiler ({compiler[0] if compiler else 'CC unset'}) on this machine"
    return None


@pytest.fixture(scope="module")
def compiled_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _missing()
    if reason:
        pytest.skip(f"compiled build not tested: {reason}")
    root = tmp_path_factory.mktemp("compiled")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(REPO / name, root / name)
    for folder in ("newsclean", "tests", "fixtures", "examples", "benchmarks"):
        shutil.copytree(
            REPO / folder, root / folder, ignore=shutil.ignore_patterns("*.so", "__pycache__")
        )
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
        cwd=root,
        env={**os.environ, "NEWSCLEAN_COMPILE": "1"},
        check=True,
        capture_output=True,
        timeout=BUILD_TIMEOUT_SECONDS,
    )
    return root


def _run_in(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=copy,
        env={**os.environ, "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_text_path_runs_compiled(compiled_copy: Path) -> None:
    info = _run_in(compiled_copy, "-m", "newsclean.build_info")
    assert info.returncode == 0, info.stdout + info.stderr
    assert info.stdout.startswith("compiled with mypyc")
    assert "newsclean.text.lines" in info.stdout


def test_unit_tests_pass_on_the_compiled_build(compiled_copy: Path) -> None:
    # The copy has no ../shared beside it: the corpus tests skip there (they run here).
    tests = _run_in(
        compiled_copy,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "addopts=-ra",
        "tests",
        "--deselect",
        "tests/test_compiled_build.py",
    )
    assert tests.returncode == 0, tests.stdout[-6000:] + tests.stderr[-2000:]
    assert " passed" in tests.stdout
    check = _run_in(compiled_copy, "-m", "newsclean", "check", "fixtures")
    assert check.returncode == 0, check.stdout[-4000:] + check.stderr[-4000:]
