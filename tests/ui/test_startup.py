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


def test_settings_rewrite_the_file_only_for_a_changed_value(tmp_path: Path) -> None:
    from PySide6.QtCore import QByteArray, QSettings

    from ui.settings import Settings

    path = tmp_path / "Sanad.conf"
    mine = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    mine.set_last_article(3)
    mine.set_geometry("splitter", QByteArray(b"\x00\x01"))
    written = path.read_bytes()
    path.write_bytes(written)  # the same bytes: a rewrite would change the modification time
    before = path.stat().st_mtime_ns
    mine.set_last_article(3)
    mine.set_geometry("splitter", QByteArray(b"\x00\x01"))
    assert path.stat().st_mtime_ns == before
    other = Settings(QSettings(str(path), QSettings.Format.IniFormat))  # another Sanad changes it
    other.set_last_article(9)
    mine.set_last_article(3)  # still written: what the file holds now is 9
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).last_article() == 3
    mine.set_last_article(4)
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).last_article() == 4
