"""Importing a text file: the detected encoding, an override, and a live preview of the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.services.core import Workspace
from ui.dialogs import ArticleDialog
from ui.encoding_preview import EncodingPreview, import_dialog, preview_text
from ui.snapshot import load_article

# Windows-1256 bytes that ISO-8859-6 also reads, as other letters: the garble to fix.
ARABIC = "أعلنت الوزارة أن عدد المصابين 120 شخصا.\nوتعمل الجهات الطبية منذ الصباح.\n"
# ف, ق and غ have Windows-1256 bytes that ISO-8859-6 leaves undefined.
UNREADABLE_AS_ISO = "قالت الوزارة إن فرق الإغاثة وصلت.\n"


def cp1256_file(tmp_path: Path, text: str = ARABIC, name: str = "خبر.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("cp1256"))
    return path


def choose(preview: EncodingPreview, encoding: str) -> None:
    preview.combo.setCurrentIndex(preview.combo.findData(encoding))


def ok_button(dialog: ArticleDialog):  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_shows_the_detected_encoding_and_previews_each_choice(window, tmp_path: Path) -> None:
    from app.importers import load_document

    path = cp1256_file(tmp_path)
    doc = load_document(path)
    dialog = import_dialog(window, str(path), doc)
    preview = dialog.findChild(EncodingPreview)
    assert preview is not None
    assert preview.encoding() == "cp1256" and "cp1256" in preview.detected_label.text()
    assert preview.preview.toPlainText() == ARABIC.strip()
    choose(preview, "iso-8859-6")
    garbled = path.read_bytes().decode("iso-8859-6")
    assert preview.preview.toPlainText() == preview_text(garbled) != ARABIC.strip()
    assert dialog.text.toPlainText() == garbled
    choose(preview, "utf-8")  # cp1256 bytes are not UTF-8: say so, and no OK
    assert preview.preview.toPlainText() == ""
    assert "utf-8" in preview.error.text() and not preview.error.isHidden()
    assert not ok_button(dialog).isEnabled()
    choose(preview, "cp1256")
    assert preview.preview.toPlainText() == ARABIC.strip() and preview.error.isHidden()
    assert ok_button(dialog).isEnabled()
    assert dialog.new_article().text == ARABIC


def test_an_encoding_that_cannot_read_the_file_keeps_the_last_good_text(window, tmp_path: Path) -> None:
    from app.importers import load_document

    path = cp1256_file(tmp_path, UNREADABLE_AS_ISO)
    dialog = import_dialog(window, str(path), load_document(path))
    preview = dialog.findChild(EncodingPreview)
    choose(preview, "iso-8859-6")
    assert "iso-8859-6" in preview.error.text() and not ok_button(dialog).isEnabled()
    assert dialog.text.toPlainText() == UNREADABLE_AS_ISO


def test_the_chosen_encoding_is_the_imported_text(window, gui_ws: Workspace, qtbot, tmp_path: Path) -> None:
    path = cp1256_file(tmp_path)
    seen: list[str] = []

    def fill(dialog: ArticleDialog) -> bool:
        preview = dialog.findChild(EncodingPreview)
        seen.append(preview.encoding())
        choose(preview, "iso-8859-6")
        dialog.title.setText("خبر")
        return True

    window.exec_dialog = fill
    with qtbot.waitSignal(window.ready, timeout=60_000):
        assert window.documents.import_path(str(path))
    assert seen == ["cp1256"]
    assert window.article is not None
    article_id = window.article.id
    assert load_article(gui_ws, article_id).text == path.read_bytes().decode("iso-8859-6")


def test_a_docx_or_pasted_article_has_no_encoding_row(window) -> None:
    dialog = ArticleDialog(window, editable_text=True)
    assert dialog.findChild(EncodingPreview) is None
