"""End-to-end tests run the installed ``sanad`` command as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

SANAD = str(Path(sys.executable).with_name("sanad"))


@pytest.fixture
def sanad(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``sanad --db <tmp db> ARGS``; returns the completed process."""
    db = tmp_path / "e2e.sqlite3"
    env = {**os.environ, "SANAD_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
           "SANAD_REVIEWER": "e2e"}

    def run(*args: str, db_arg: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = [SANAD, *(("--db", str(db)) if db_arg else ()), *args]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL)

    return run
