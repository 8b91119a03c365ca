"""File → Export… as PDF: the report model is built on the thread pool, the PDF painted on the GUI thread."""

from __future__ import annotations

import shutil
import threading
from typing import Any

import pytest

from app.services import claims
from tests.app.exports.test_pdf import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")

EXPLANATION = "يطابق الرقم ما أعلنته الوزارة في مؤتمرها الصحفي."


def test_pdf_is_built_off_the_gui_thread_then_painted_with_arabic_text(shown, sample, gui_ws, tmp_path,
                                                                      qtbot, monkeypatch) -> None:
    import app.exports
    import ui.pdf_render

    claims.set_verdict(gui_ws, sample["killed"], "false")
    claims.set_explanation(gui_ws, sample["killed"], EXPLANATION)
    seen: dict[str, Any] = {}
    build, render = app.exports.build_report, ui.pdf_render.render_pdf

    def building(*args: Any) -> Any:
        seen["built on the GUI thread"] = threading.current_thread() is threading.main_thread()
        return build(*args)

    def painting(*args: Any, **kwargs: Any) -> int:
        seen["painted on the GUI thread"] = threading.current_thread() is threading.main_thread()
        seen["while painting"] = (dialog.message.text(), dialog.export_button.isEnabled(), dialog.progress.maximum())
        return int(render(*args, **kwargs))

    monkeypatch.setattr(app.exports, "build_report", building)
    monkeypatch.setattr(ui.pdf_render, "render_pdf", painting)
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    target = tmp_path / "تقرير.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_to(target)
        # Nothing is read on the GUI thread: the dialog says so and waits, Export disabled.
        assert dialog.message.text() == "Building the report…"
        assert not dialog.export_button.isEnabled() and dialog.progress.maximum() == 0
    assert seen == {"built on the GUI thread": False, "painted on the GUI thread": True,
                    "while painting": ("Writing PDF…", False, 100)}
    result = blocker.args[0]
    assert result.path == target and result.claims == 3 and result.pages >= 1
    assert dialog.export_button.isEnabled() and dialog.progress.value() == 100
    assert dialog.message.text().startswith("Saved تقرير.pdf (3 claims)")
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for words in ("تقرير التحقق", "عنوان تجريبي", "وزارة الصحة", "خاطئ", EXPLANATION, "فرق الإنقاذ"):
        assert words in text, words


def test_a_pdf_that_cannot_be_written_is_one_message(shown, sample, tmp_path, qtbot) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    failures: list[str] = []
    dialog.failed.connect(failures.append)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.export_to(blocker_file / "r.pdf")  # fails when painting, on the GUI thread
    assert len(failures) == 1 and "cannot write the report" in failures[0]
    assert dialog.message.text() == f"The report was not written: {failures[0]}"
    assert dialog.export_button.isEnabled() and dialog.progress.isHidden() and dialog.open_file.isHidden()


def test_a_report_that_cannot_be_built_is_one_message(shown, sample, gui_ws, tmp_path, qtbot) -> None:
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(gui_ws, 9999, "لا يوجد", shown.settings, "en", shown)  # deleted meanwhile, say
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    failures: list[str] = []
    dialog.failed.connect(failures.append)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.export_to(tmp_path / "r.pdf")  # fails on the thread pool, before any painting
    qtbot.wait(50)
    assert len(failures) == 1 and "9999" in failures[0]
    assert dialog.message.text().startswith("The report was not written: ")
    assert dialog.export_button.isEnabled() and not (tmp_path / "r.pdf").exists()


def test_progress_messages_are_translated(shown, sample, compiled_translations, tmp_path, qtbot,
                                         monkeypatch) -> None:
    import ui.pdf_render

    shown.settings.set_language("ar")
    shown.apply_preferences()
    render, said = ui.pdf_render.render_pdf, []

    def painting(*args: Any, **kwargs: Any) -> int:
        said.append(dialog.message.text())
        return int(render(*args, **kwargs))

    monkeypatch.setattr(ui.pdf_render, "render_pdf", painting)
    try:
        dialog = shown.archive.export_dialog()
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            dialog.export_to(tmp_path / "r.pdf")
            said.append(dialog.message.text())
        assert said == ["جارٍ إعداد التقرير…", "جارٍ كتابة ملف PDF…"]
        assert dialog.message.text().startswith("حُفظ r.pdf")
    finally:  # the translators are the application's: the next test speaks English again
        shown.settings.set_language("en")
        shown.apply_preferences()


def test_a_new_choice_clears_what_the_last_export_said(shown, sample, tmp_path, qtbot) -> None:
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "r.pdf")
    assert dialog.message.text().startswith("Saved r.pdf") and not dialog.progress.isHidden()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.message.text() == "" and dialog.progress.isHidden() and dialog.open_file.isHidden()


def test_the_pdf_is_in_the_language_asked_when_export_was_clicked(shown, sample, tmp_path, qtbot) -> None:
    dialog = shown.archive.export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    target = tmp_path / "r.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(target)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))  # while the report is being built
    text = pdf_text(target)
    assert "تقرير التحقق" in text and "Fact-check report" not in text
