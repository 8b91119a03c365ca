"""The start-up path of ``sanad gui``: what it does not do once Qt is running."""

from __future__ import annotations

import sys
from pathlib import Path

from app.analysis import prefetch


def test_no_analysis_process_is_forked_once_qt_is_loaded(tmp_path: Path) -> None:
    assert "PySide6.QtCore" in sys.modules  # pytest-qt: a fork now could copy Qt's threads' locks
    path = tmp_path / "خبر.txt"
    path.write_text("قال الوزير إن 40 مدرسة أغلقت.\n", encoding="utf-8")
    assert prefetch.start(str(path)) is None
    assert prefetch.take(path.read_text(encoding="utf-8"), None, None) is None
