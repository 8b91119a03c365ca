"""What a reviewer's walk through the window under Xvfb showed wrong, each fixed and checked here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from ui.dialogs import ArticleDialog
from ui.evidence_widgets import EvidenceDialog


def _ends_x(editor: QPlainTextEdit, block: QTextBlock) -> tuple[int, int]:
    """Where the block's first and last characters' cursor positions are drawn (viewport x)."""
    cursor = QTextCursor(block)
    start = editor.cursorRect(cursor).x()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return start, editor.cursorRect(cursor).x()


def _flush_right(editor: QPlainTextEdit, block: QTextBlock) -> bool:
    """An Arabic paragraph starts at the right edge and its (short) last line hugs it too."""
    start, end = _ends_x(editor, block)
    width = editor.viewport().width()
    return start > width - 20 and end > width // 3


def _flush_left(editor: QPlainTextEdit, block: QTextBlock) -> bool:
    start, end = _ends_x(editor, block)
    return start < 20 and end < editor.viewport().width() * 2 // 3


def test_arabic_paragraphs_of_the_article_are_flush_right(shown, qtbot) -> None:
    """Seen under Xvfb: every paragraph was flush left, its last line ragged on the right."""
    view = shown.view
    headline = view.document().firstBlock()  # one short line
    assert _flush_right(view, headline)
    paragraph = headline
    while paragraph.isValid() and paragraph.layout().lineCount() < 2:
        paragraph = paragraph.next()
    assert paragraph.isValid()  # a paragraph of several lines: the last one is short
    start, end = _ends_x(view, paragraph)
    assert start > view.viewport().width() - 20
    assert end > view.viewport().width() // 3  # its last line ends well away from the left edge


def _shown(qtbot, dialog: QDialog, editor: QPlainTextEdit, text: str) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor.setPlainText(text)
    qtbot.wait(10)
    return editor


def test_explanation_and_claim_as_checked_lay_each_paragraph_out_from_its_own_side(shown, sample, qtbot) -> None:
    shown.select_claim(sample["killed"])
    for box in (shown.panel.explanation, shown.panel.as_checked):
        box.setFocus()
        box.setPlainText("الرقم الرسمي 27 وليس 25\nThe ministry's figure")
        qtbot.wait(10)
        first = box.document().firstBlock()
        assert _flush_right(box, first), box
        assert _flush_left(box, first.next()), box


def test_evidence_text_and_pasted_article_are_flush_right(qtbot) -> None:
    evidence = EvidenceDialog("quote")
    excerpt = _shown(qtbot, evidence, evidence.excerpt, "سجلت المحطة 95 مليمتراً فقط")
    assert _flush_right(excerpt, excerpt.document().firstBlock())
    article = ArticleDialog(None, editable_text=True)
    text = _shown(qtbot, article, article.text, "أعلنت البلدية أن 40 حافلة جديدة ستدخل الخدمة")
    assert _flush_right(text, text.document().firstBlock())


def test_tab_leaves_the_pasted_text_for_the_title(qtbot) -> None:
    """Seen under Xvfb: Tab in the article's text box typed a tab; the keyboard could not leave it."""
    dialog = ArticleDialog(None, editable_text=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.setFocus()
    dialog.text.setPlainText("نص")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "نص"
    assert dialog.focusWidget() is dialog.title
