"""--db naming a file that is not a database: one line, exit 4, the file untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("ملاحظات المحرر، ليست قاعدة بيانات\n", encoding="utf-8")
    before = notes.read_bytes()
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(notes), "articles"],
                          capture_output=True, text=True, env={"SANAD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
                          timeout=120)
    assert done.returncode == 4
    assert done.stderr.strip().splitlines() == [f"sanad: {notes}: the file is not a database, or it is damaged"]
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no -wal, -shm or journal left beside it
