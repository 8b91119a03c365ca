"""A mistake on the command line is one line naming the command and its --help, exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(("args", "line"), [
    (["export"], "sanad export: the following arguments are required: ARTICLE_ID, --format/-f, -o/--output "
                 "(see: sanad export --help)"),
    (["review", "abc"], "sanad review: argument CLAIM_ID: invalid int value: 'abc' (see: sanad review --help)"),
    (["bundle", "export", "1"], "sanad bundle export: the following arguments are required: -o/--output "
                                "(see: sanad bundle export --help)"),
    (["gui", "--bogus"], "sanad: unrecognized arguments: --bogus (see: sanad --help)"),
])
def test_a_usage_mistake_is_one_line(args: list[str], line: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=60,
                          env={"SANAD_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
    assert done.stderr.splitlines() == [line]
    assert done.stdout == ""


def test_help_is_still_the_whole_usage(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli", "export", "--help"], capture_output=True, text=True,
                          timeout=60, env={"SANAD_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout.startswith("usage: sanad export")
