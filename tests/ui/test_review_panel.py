"""The review panel saves as you edit, resolves conflicts with both values, and handles evidence safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.services import claims, queries
from app.services.core import Workspace
from tests.ui.helpers import settle
from ui.evidence_widgets import EvidenceDialog, EvidenceWidget


def _claim(ws: Workspace, claim_id: int):  # type: ignore[no-untyped-def]
    with ws.db.read_session() as s:
        return queries.get_claim(s, claim_id)


def test_explanation_is_saved_as_you_type_without_a_save_button(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["killed"])
    box = shown.panel.explanation
    box.setFocus()
    box.insertPlainText("الرقم الرسمي 27")  # typed (QTest cannot synthesise Arabic key events)
    qtbot.waitUntil(lambda: _claim(gui_ws, sample["killed"]).explanation == "الرقم الرسمي 27", timeout=3000)
    settle(qtbot, shown.runner)  # committed on the runner's thread; the window hears of it next
    assert shown.registry["edit.undo"].text() == "&Undo edit explanation"
    history = [shown.panel.history.topLevelItem(n).text(3) for n in range(shown.panel.history.topLevelItemCount())]
    assert any("الرقم الرسمي 27" in line for line in history)


def test_new_speaker_name_creates_a_source_and_completes_next_time(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["toll"])
    shown.panel.speaker.setFocus()
    shown.panel.speaker.selectAll()
    shown.panel.speaker.insert("الدفاع المدني")
    qtbot.keyClick(shown.panel.speaker, Qt.Key.Key_Return)
    settle(qtbot, shown.runner)
    assert _claim(gui_ws, sample["toll"]).speaker.name == "الدفاع المدني"
    assert "الدفاع المدني" in shown.panel.speaker.completer().model().stringList()
    assert shown.claims.model.index(shown.claims.model.row_of(sample["toll"]), 1).data() == "الدفاع المدني"


def test_status_and_verdict_combos_save_and_repaint(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["evacuated"])
    panel = shown.panel
    panel.status.setCurrentIndex(panel.status.findData("needs_second_review"))
    panel.status.activated.emit(panel.status.currentIndex())
    settle(qtbot, shown.runner)
    panel.verdict.setCurrentIndex(panel.verdict.findData("misleading"))
    panel.verdict.activated.emit(panel.verdict.currentIndex())
    settle(qtbot, shown.runner)
    claim = _claim(gui_ws, sample["evacuated"])
    assert (claim.status, claim.rating.key) == ("needs_second_review", "misleading")
    assert shown.view.claims[sample["evacuated"]].status == "needs_second_review"


def test_conflict_keep_mine_and_take_theirs(shown, sample, gui_ws, qtbot) -> None:
    other = Workspace(gui_ws.db, "colleague")
    shown.select_claim(sample["killed"])
    version = shown.panel.detail.version
    claims.set_explanation(other, sample["killed"], "نسختهم", expected_version=version)
    asked: list[tuple[str, str, str]] = []
    shown.panel.ask_conflict = lambda what, mine, theirs: asked.append((what, mine, theirs)) or True
    shown.panel.explanation.set_saved("")
    shown.panel.explanation.setPlainText("نسختي")
    shown.panel.explanation.flush()
    settle(qtbot, shown.runner)
    assert asked == [("Explanation", "نسختي", "نسختهم")]
    assert _claim(gui_ws, sample["killed"]).explanation == "نسختي"

    version = shown.panel.detail.version
    claims.set_explanation(other, sample["killed"], "نسختهم مرة أخرى", expected_version=version)
    shown.panel.ask_conflict = lambda what, mine, theirs: False
    shown.panel.explanation.setPlainText("لن تُحفظ")
    shown.panel.explanation.flush()
    settle(qtbot, shown.runner)
    assert _claim(gui_ws, sample["killed"]).explanation == "نسختهم مرة أخرى"
    assert shown.panel.explanation.toPlainText() == "نسختهم مرة أخرى"


def _fill_and_accept(fields: dict[str, str]):  # type: ignore[no-untyped-def]
    def exec_dialog(dialog: EvidenceDialog) -> bool:
        for name, value in fields.items():
            widget = getattr(dialog, name)
            widget.setPlainText(value) if name == "excerpt" else widget.setText(value)
        dialog.stance.setCurrentIndex(dialog.stance.findData("refutes"))
        return True
    return exec_dialog


def test_add_link_evidence_and_open_only_http_links(shown, sample, gui_ws, monkeypatch, qtbot) -> None:
    shown.select_claim(sample["killed"])
    widget: EvidenceWidget = shown.panel.evidence
    widget.exec_dialog = _fill_and_accept({"url": "https://example.org/bayan", "title": "بيان الوزارة",
                                           "publisher": "وزارة الصحة", "published": "2024-03-05",
                                           "accessed": "2024-03-06"})
    widget.add_buttons["url"].click()
    settle(qtbot, shown.runner)
    evidence = _claim(gui_ws, sample["killed"]).evidence
    assert [(e.kind, e.url, e.stance, str(e.published_on), str(e.accessed_at)) for e in evidence] == [
        ("url", "https://example.org/bayan", "refutes", "2024-03-05", "2024-03-06")]
    assert widget.model.rowCount() == 1 and "بيان الوزارة" in widget.model.index(0).data()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    widget.view.setCurrentIndex(widget.model.index(0))
    widget.open_button.click()
    assert opened == ["https://example.org/bayan"]

    widget.exec_dialog = _fill_and_accept({"url": "javascript:alert(1)", "title": "خطر"})
    widget.add_buttons["url"].click()
    settle(qtbot, shown.runner)
    widget.view.setCurrentIndex(widget.model.index(1))
    failures: list[str] = []
    shown.runner.failed.connect(failures.append)
    widget.open_button.click()
    assert opened == ["https://example.org/bayan"] and failures == ["Only http and https links are opened."]


def test_file_attachment_opens_after_confirmation_naming_its_type(shown, sample, tmp_path: Path,
                                                                  monkeypatch, qtbot) -> None:
    source = tmp_path / "تقرير.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    shown.select_claim(sample["toll"])
    widget: EvidenceWidget = shown.panel.evidence
    widget.exec_dialog = _fill_and_accept({"file": str(source)})
    widget.add_buttons["document"].click()
    settle(qtbot, shown.runner)
    assert widget.model.rows[0].attachment_mime == "application/pdf"
    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    widget.confirm_open_file = lambda row: asked.append(f"{row.attachment_name} {row.attachment_mime}") or False
    widget.view.setCurrentIndex(widget.model.index(0))
    widget.open_button.click()
    assert asked == ["تقرير.pdf application/pdf"] and opened == []
    widget.confirm_open_file = lambda row: True
    widget.open_button.click()
    assert Path(opened[0]).name == "تقرير.pdf" and Path(opened[0]).read_bytes() == b"%PDF-1.4 test"


def test_tags_and_reviewer(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["evacuated"])
    shown.panel.tags.setText("فيضانات، إنقاذ")
    shown.panel.tags.editingFinished.emit()
    settle(qtbot, shown.runner)
    shown.panel.reviewer.setText("سلمى")
    shown.panel.reviewer.editingFinished.emit()
    settle(qtbot, shown.runner)
    claim = _claim(gui_ws, sample["evacuated"])
    assert claim.tags == ["إنقاذ", "فيضانات"] and claim.reviewer.name == "سلمى"


def test_verdict_shortcut_on_a_claim_changed_elsewhere_asks_keep_mine(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["toll"])
    claims.set_verdict(Workspace(gui_ws.db, "colleague"), sample["toll"], "true")
    asked: list[tuple[str, str, str]] = []
    shown.panel.ask_conflict = lambda what, mine, theirs: asked.append((what, mine, theirs)) or True
    shown.registry["verdict.5"].trigger()
    settle(qtbot, shown.runner)
    assert asked == [("Verdict", "False", "True")]
    assert _claim(gui_ws, sample["toll"]).rating.key == "false"
    assert shown.view.claims[sample["toll"]].verdict == "false"


def test_changes_by_another_reviewer_appear_without_losing_my_typing(shown, sample, gui_ws, qtbot) -> None:
    other = Workspace(gui_ws.db, "colleague")
    shown.select_claim(sample["toll"])
    shown.panel.explanation.setFocus()
    shown.panel.explanation.insertPlainText("مسودتي")
    claims.set_verdict(other, sample["toll"], "misleading")
    claims.set_explanation(other, sample["toll"], "شرحهم")
    news: list[list[object]] = []
    shown.live.changed.connect(news.append)
    shown.live.poll()  # what the 1.5-second timer does (the query on a thread of its own)
    qtbot.waitUntil(lambda: not shown.live.busy, timeout=5000)
    notices = [n for batch in news for n in batch]
    assert {n.actor for n in notices} == {"colleague"}
    assert shown.view.claims[sample["toll"]].verdict == "misleading"
    assert shown.panel.verdict.currentData() == "misleading"
    assert shown.panel.explanation.toPlainText() == "مسودتي"  # the field being edited is left alone
    assert "colleague" in shown.message.text()
    claims.set_status(gui_ws, sample["killed"], "done")  # my own command: not news
    news.clear()
    shown.live.poll()
    qtbot.waitUntil(lambda: not shown.live.busy, timeout=5000)
    assert news == []


def test_autosave_while_typing_keeps_the_cursor_where_i_type(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["evacuated"])
    box = shown.panel.explanation
    box.setFocus()
    box.insertPlainText("الرقم")
    box.flush()  # the pause in typing: saved, the panel refreshed
    settle(qtbot, shown.runner)
    box.insertPlainText(" صحيح")
    assert box.toPlainText() == "الرقم صحيح"
    assert box.textCursor().position() == len("الرقم صحيح")
    assert _claim(gui_ws, sample["evacuated"]).explanation == "الرقم"


def test_a_team_server_that_stops_answering_does_not_freeze_the_window(shown, qtbot, monkeypatch) -> None:
    import threading

    from PySide6.QtCore import QTimer

    from app.errors import StorageEnvironmentError

    release = threading.Event()

    def silent() -> list[object]:
        release.wait(10)  # the connect timeout of a server that went away
        raise StorageEnvironmentError("the database server does not answer")

    monkeypatch.setattr(shown.live.watcher, "poll", silent)
    shown.live.poll()
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)  # the window goes on while the poll waits
    assert shown.live.busy
    release.set()
    qtbot.waitUntil(lambda: "does not answer" in shown.message.text(), timeout=5000)


def test_the_mouse_wheel_over_the_status_box_scrolls_the_panel_and_changes_nothing(shown, sample, gui_ws,
                                                                                   qtbot) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    shown.select_claim(sample["evacuated"])
    panel = shown.panel
    assert panel.findChild(QScrollArea).verticalScrollBar().maximum() > 0  # the panel is taller than its place
    shown.claims.view.setFocus()  # the reviewer's focus is elsewhere; the pointer is over the box
    combo = panel.status
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(centre, QPointF(combo.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentData() == "new" and not shown.runner.busy
    assert not wheel.isAccepted()  # left to the scroll area (the system's wheel events go on to it)
    settle(qtbot, shown.runner)
    assert _claim(gui_ws, sample["evacuated"]).status == "new"


def test_the_history_shows_when_and_who_in_full(shown, sample, qtbot) -> None:
    shown.select_claim(sample["toll"])
    shown.registry["status.in_progress"].trigger()
    settle(qtbot, shown.runner)
    history = shown.panel.history
    item = history.topLevelItem(0)
    metrics = history.fontMetrics()
    for column in (0, 1):
        assert history.columnWidth(column) >= metrics.horizontalAdvance(item.text(column))
    assert item.toolTip(3) == item.text(3) and "→" in item.text(3)
