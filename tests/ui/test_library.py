"""The library, importing (file, paste, drag and drop), background analysis, preferences and saved state."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox

from app.paths import resources_dir
from app.services import queries
from tests.conftest import SAMPLE_TEXT
from tests.ui.helpers import settle
from ui.dialogs import ArticleDialog
from ui.preferences import PreferencesDialog
from ui.workers import AnalysisWorker, start

SAMPLE_FILE = resources_dir() / "samples" / "sample_article_ar.txt"


def _article_count(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.read_session() as s:
        return len(queries.article_summaries(s))


def test_paste_new_article_with_metadata_is_analysed_in_the_background(window, gui_ws, qtbot) -> None:
    def fill(dialog: ArticleDialog) -> bool:
        dialog.text.setPlainText(SAMPLE_TEXT)
        dialog.title.setText("حصيلة الحادث")
        dialog.outlet.setText("صحيفة النخيل")
        dialog.published.setText("2024-03-05")
        return True

    window.exec_dialog = fill
    window.show()
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.registry["file.paste"].trigger()
    assert window.article is not None and window.article.title == "حصيلة الحادث"
    assert window.article.analyzed and window.claims.model.rowCount() >= 3
    assert window.current_claim_id() == window.claims.model.rows[0].id  # the first claim is selected
    assert window.library.model.rows[0].outlet == "صحيفة النخيل"
    assert window.progress.isHidden()


def test_bad_publication_date_is_reported_and_nothing_imported(window, gui_ws, qtbot) -> None:
    def fill(dialog: ArticleDialog) -> bool:
        dialog.text.setPlainText(SAMPLE_TEXT)
        dialog.published.setText("5 March")
        return True

    failures: list[str] = []
    window.runner.failed.connect(failures.append)
    window.exec_dialog = fill
    window.registry["file.paste"].trigger()
    settle(qtbot, window.runner)
    assert failures == ["Published on: “5 March” is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05."]
    assert _article_count(gui_ws) == 0


def test_dropping_a_file_imports_it_and_reopening_finds_the_same_article(window, gui_ws, qtbot,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "خبر.txt"
    path.write_text(SAMPLE_TEXT, encoding="utf-8")
    window.exec_dialog = lambda dialog: True
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.ready, timeout=60_000):
        window.dropEvent(event)
    first = window.article.id
    assert window.settings.recent_files() == [str(path.resolve())]
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert window.documents.import_path(str(path))
    assert window.article.id == first
    assert _article_count(gui_ws) == 1


def test_delete_article_without_claims_then_undo(window, gui_ws, monkeypatch, qtbot) -> None:
    from app.services.articles import NewArticle, import_article

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    article_id = int(import_article(gui_ws, NewArticle(text=SAMPLE_TEXT, title="للحذف")).result)
    window.show_article(article_id)
    window.registry["file.delete_article"].trigger()
    settle(qtbot, window.runner)
    assert _article_count(gui_ws) == 0 and window.article is None
    window.registry["edit.undo"].trigger()
    settle(qtbot, window.runner)
    assert [r.title for r in window.library.model.rows] == ["للحذف"]


def test_delete_article_from_library_then_undo(window, sample, gui_ws, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.show_article(sample["article"])
    window.toggle_library()  # showing the library re-reads it
    window.library.view.selectRow(0)
    window.library.delete_button.click()
    settle(qtbot, window.runner)
    assert _article_count(gui_ws) == 0 and window.article is None
    assert window.library.model.rowCount() == 0
    window.registry["edit.undo"].trigger()
    settle(qtbot, window.runner)
    assert window.library.model.rowCount() == 1
    assert window.library.model.index(0, 3).data() == "0/3"


def test_cancelling_analysis_leaves_the_article_unchanged(gui_ws, sample, qtbot) -> None:
    worker = AnalysisWorker(gui_ws, sample["article"])
    worker.cancel()
    with qtbot.waitSignal(worker.signals.cancelled, timeout=30_000):
        start(worker)
    with gui_ws.db.read_session() as s:
        assert len(queries.article_claims(s, sample["article"])) == 3


def test_analysis_reports_progress(gui_ws, sample, qtbot) -> None:
    worker = AnalysisWorker(gui_ws, sample["article"])
    seen: list[float] = []
    worker.signals.progress.connect(seen.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000):
        start(worker)
    assert seen and seen[-1] == pytest.approx(1.0)


def test_preferences_set_reviewer_threshold_and_organisation(window, sample) -> None:
    window.show_article(sample["article"])

    def fill(dialog: PreferencesDialog) -> bool:
        dialog.reviewer.setText("  سلمى   حداد ")
        dialog.threshold.setValue(0.95)
        dialog.org_name.setText("مرصد التحقق")
        dialog.org_url.setText("https://example.org")
        return True

    window.exec_dialog = fill
    window.registry["edit.preferences"].trigger()
    assert window.ws.actor == "سلمى حداد"
    assert window.settings.store.value("org/name") == "مرصد التحقق"
    assert window.settings.org_url() == "https://example.org"
    assert window.view.threshold == 0.95
    # Detector claims scoring 0.9 are no longer highlighted; the list still has them.
    assert window.view.highlighter.spans(sample["killed"]) == []
    assert window.claims.model.rowCount() == 3


def test_window_state_and_article_are_remembered(window, sample, gui_ws, qtbot) -> None:
    from ui.i18n import Translations
    from ui.main import application
    from ui.mainwindow.window import MainWindow

    window.show()
    window.show_article(sample["article"])
    window.splitter.setSizes([300, 1100])  # the article narrow: unlike the default 3:2
    window.close()
    again = MainWindow(gui_ws, window.settings, Translations(application()))
    qtbot.addWidget(again)
    again.show()
    left, right = again.splitter.sizes()
    assert left / (left + right) < 0.35  # the offscreen screen is smaller: compare proportions
    assert again.settings.last_article() == sample["article"]


def test_first_run_gives_the_article_the_larger_share_of_the_width_it_is_shown_at(window, qtbot) -> None:
    # The window is built at the (small offscreen) screen's size, then resized before it shows,
    # as `sanad gui --screenshot` does: the split follows the width it appears with.
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    article, side = window.splitter.sizes()
    assert article > side and 0.5 < article / (article + side) < 0.6


def gui_screenshot(tmp_path: Path, path: Path, png: Path) -> subprocess.CompletedProcess[str]:
    """``sanad gui PATH --screenshot PNG`` on a fresh database and settings."""
    env = {"QT_QPA_PLATFORM": "offscreen", "SANAD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SANAD_REVIEWER": "tester"}
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(tmp_path / "db.sqlite3"), "gui",
                           str(path), "--screenshot", str(png)], env=env, capture_output=True,
                          text=True, timeout=240, cwd=Path(__file__).resolve().parents[2])


def test_gui_screenshot_command_writes_a_1400_by_900_png(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    done = gui_screenshot(tmp_path, SAMPLE_FILE, png)
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1400, 900)
    # The article is highlighted: some pixels carry the "new" status colour.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert any(c not in ("#ffffff", "#000000") for c in colours)


def test_start_without_a_file_reopens_the_last_article_or_shows_the_library(window, sample, qtbot) -> None:
    window.settings.set_last_article(sample["article"])
    with qtbot.waitSignal(window.ready, timeout=60_000):  # not analysed yet: analysed in the background
        window.documents.open_startup(None)
    assert window.article is not None and window.article.id == sample["article"]
    window.settings.set_last_article(None)
    window.show_article(None)
    with qtbot.waitSignal(window.ready, timeout=5_000):
        window.documents.open_startup(None)
    assert window.article is None and not window.library_dock.isHidden()


def test_gui_screenshot_of_a_file_that_cannot_be_imported_says_why_and_fails(tmp_path: Path) -> None:
    empty = tmp_path / "فارغ.txt"
    empty.write_text("", encoding="utf-8")
    done = gui_screenshot(tmp_path, empty, tmp_path / "shot.png")
    assert done.returncode == 1
    assert "فارغ.txt" in done.stderr and "empty" in done.stderr  # no modal box waiting for a click


def test_gui_screenshot_of_a_text_the_analysis_refuses_says_why_and_fails(tmp_path: Path) -> None:
    english = tmp_path / "english.txt"
    english.write_text("Only English words here, no Arabic at all.\n", encoding="utf-8")
    done = gui_screenshot(tmp_path, english, tmp_path / "shot.png")
    assert done.returncode == 1  # a picture of an article without its claims is not a success
    assert "no Arabic letters" in done.stderr


def test_pasted_arabic_is_laid_out_from_the_right(qtbot) -> None:
    from PySide6.QtCore import Qt

    from ui.dialogs import ArticleDialog

    dialog = ArticleDialog(None, editable_text=True)
    qtbot.addWidget(dialog)
    option = dialog.text.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert not option.alignment() & Qt.AlignmentFlag.AlignRight  # AlignRight would mirror RTL text left
