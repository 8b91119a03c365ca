"""File → Export…, bundles, and edits the database refuses: through the dialogs' code paths."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from app.exports import EXTENSIONS, FORMATS
from app.services import claims
from app.services.core import Workspace
from app.storage.database import Database
from tests.ui.helpers import reviewed_elsewhere, settle
from ui.bundle_dialogs import BundleExportDialog, MergeSummaryDialog
from ui.export_dialog import LocalOnlyBrowser


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_each_format_through_the_dialog(shown, sample, gui_ws, tmp_path, qtbot, fmt) -> None:
    claims.set_verdict(gui_ws, sample["killed"], "false")
    shown.settings.set_org("مرصد التحقق", "https://fact.example.org")
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    assert dialog.path.text().endswith(EXTENSIONS[fmt])
    if fmt in ("html", "pdf"):
        qtbot.waitUntil(lambda: "25 شخصاً" in dialog.preview.toPlainText(), timeout=10_000)
    else:
        assert not dialog.preview.isEnabled()
    dialog.annotated.setChecked(True)
    target = tmp_path / f"report{EXTENSIONS[fmt]}"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_to(target)
    assert target.stat().st_size > 0
    assert dialog.result_path == target
    assert not dialog.open_file.isHidden() and not dialog.open_folder.isHidden()


def test_claimreview_without_organisation_points_to_preferences(shown, sample, gui_ws, tmp_path, qtbot,
                                                                monkeypatch) -> None:
    monkeypatch.delenv("SANAD_ORG_NAME", raising=False)
    monkeypatch.delenv("SANAD_ORG_URL", raising=False)
    claims.set_verdict(gui_ws, sample["killed"], "false")
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.export_to(tmp_path / "x.jsonld")
    assert "Preferences" in dialog.message.text()
    assert not (tmp_path / "x.jsonld").exists()
    assert dialog.open_file.isHidden()


def test_preview_is_built_off_the_gui_thread_and_the_latest_choice_wins(shown, sample, qtbot,
                                                                         monkeypatch) -> None:
    import threading

    from ui import export_dialog

    built: list[tuple[str, bool]] = []
    real = export_dialog.preview_html

    def recording(ws, article_id, lang, annotated):  # type: ignore[no-untyped-def]
        built.append((lang, threading.current_thread() is threading.main_thread()))
        return real(ws, article_id, lang, annotated)

    monkeypatch.setattr(export_dialog, "preview_html", recording)
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.preview_note.text() == "Preparing the preview…"
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))  # asked before the first one is shown
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: len(built) == 3 and not dialog._previews, timeout=10_000)
    assert sorted(built) == [("ar", False), ("en", False), ("en", False)]  # on the pool, in any order
    assert dialog.preview_note.text() == "Preview"
    text = dialog.preview.toPlainText()
    assert "Fact-check report" in text and "تقرير التحقق" not in text  # the last choice, not a late older one


def test_preview_loads_nothing(qtbot) -> None:
    browser = LocalOnlyBrowser()
    qtbot.addWidget(browser)
    browser.setHtml('<img src="https://example.org/track.png"><img src="file:///etc/passwd">')
    assert browser.loadResource(2, browser.source()) is None


def test_bundle_export_then_import_into_another_database(shown, sample, gui_ws, tmp_path, qtbot) -> None:
    claims.set_verdict(gui_ws, sample["killed"], "false")
    dialog = BundleExportDialog(gui_ws, sample["article"], shown)
    qtbot.addWidget(dialog)
    assert dialog.article_ids() == [sample["article"]]
    bundle = tmp_path / "out.sanad"
    shown.archive.write_bundle(dialog.article_ids(), str(bundle))
    settle(qtbot, shown.runner)
    assert bundle.stat().st_size > 0 and str(bundle) in shown.message.text()
    # The same article reviewed differently in a second database: the import flags the claim.
    back = reviewed_elsewhere(bundle, "25 شخصاً", "true", tmp_path)
    shown.exec_dialog = lambda dialog: shown_dialogs.append(dialog) or True
    shown_dialogs: list[object] = []
    shown.archive.read_bundle(str(back))
    settle(qtbot, shown.runner)
    [summary_dialog] = shown_dialogs
    assert isinstance(summary_dialog, MergeSummaryDialog)
    qtbot.addWidget(summary_dialog)
    totals = shown.archive.last_summary.totals()
    assert totals["flagged"] >= 1
    assert f"{totals['flagged']} flagged" in summary_dialog.headline.text()
    assert summary_dialog.table.rowCount() >= 1
    row = shown.claims.model.row_of(sample["killed"])
    assert shown.claims.model.index(row, 0).data().startswith("⚑ ")
    shown.select_claim(sample["killed"])
    assert shown.panel.flag.isVisible()


def test_damaged_bundle_is_one_clear_message(shown, tmp_path, qtbot) -> None:
    bad = tmp_path / "bad.sanad"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    messages: list[str] = []
    shown.runner.failed.connect(messages.append)
    shown.exec_dialog = lambda dialog: messages.append("a summary was shown")
    shown.archive.read_bundle(str(bad))
    settle(qtbot, shown.runner)
    assert len(messages) == 1 and "summary" not in messages[0]


def test_export_bundle_menu_dialog_cancel_writes_nothing(shown, sample, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(shown, "exec_dialog", lambda dialog: QDialog.DialogCode.Rejected)
    shown.registry["file.export_bundle"].trigger()
    assert list(tmp_path.glob("*.sanad")) == []


def test_a_locked_database_keeps_the_edit_and_saves_it_later(qtbot, tmp_path: Path, monkeypatch,
                                                             sample, window) -> None:
    monkeypatch.setenv("SANAD_BUSY_TIMEOUT_MS", "100")
    db = Database(str(tmp_path / "x.sqlite3"))  # the fixture's file, opened with a short busy timeout
    ws = Workspace(db, "tester")
    window.runner.ws = ws
    window.banner.timer.setInterval(200)
    locker = sqlite3.connect(str(tmp_path / "x.sqlite3"), timeout=0.1, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        window.runner.run(claims.set_explanation, sample["killed"], "محفوظ لاحقاً")
        assert window.runner.busy  # on the thread pool: the window goes on meanwhile
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=3000)
        assert len(window.runner.pending) == 1
        assert not window.banner.isHidden() and "1 edit not saved yet" in window.banner.text.text()
        qtbot.wait(300)  # a retry (on the thread pool) while still locked: still waiting
        assert len(window.runner.pending) == 1
        # A later edit is not tried before the earlier one: it queues behind it.
        window.runner.run(claims.set_status, sample["killed"], "in_progress")
        qtbot.waitUntil(lambda: "2 edits not saved yet" in window.banner.text.text(), timeout=2000)
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    # Saved on the thread pool; the banner hears of it when the retry reports back.
    qtbot.waitUntil(lambda: len(window.runner.pending) == 0 and window.banner.isHidden(), timeout=3000)
    with db.read_session() as s:
        from app.storage.models import Claim

        saved = s.get(Claim, sample["killed"])
        assert (saved.explanation, saved.status) == ("محفوظ لاحقاً", "in_progress")
    db.close()


def test_backup_problem_is_shown_once(window) -> None:
    window.banner.show_backup_problem("the disk is full")
    assert not window.banner.isHidden() and "the disk is full" in window.banner.backup_text.text()
    window.banner.dismiss_button.click()
    assert window.banner.isHidden()


def test_the_preview_keeps_dates_and_names_in_their_own_direction(shown, sample, gui_ws) -> None:
    from ui.export_dialog import preview_html

    html = preview_html(gui_ws, sample["article"], "ar", False)
    assert "<bdi" not in html.lower() and "<svg" not in html.lower()  # Qt's rich text ignores both
    browser = LocalOnlyBrowser()
    browser.setHtml(html)
    text = browser.toPlainText()
    # The date is isolated (FSI … PDI), so it keeps its order after an Arabic label.
    assert re.search(r"\u2068\d{4}-\d\d-\d\d \d\d:\d\d UTC\u2069", text), text[:400]
    # In Arabic each label stands on the right of its value: the row's cells are laid out reversed,
    # as Qt does not mirror a table (the label's cell comes last in the source).
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if "UTC" in line)
    assert lines[at + 1] == "أعد التقرير في"  # value first in the source: drawn left of its label
