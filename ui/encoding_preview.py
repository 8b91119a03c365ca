"""The import dialog's encoding row: the detected encoding, a combo to override it, a live preview.

Garbled Arabic (a Windows-1256 file read as ISO-8859-6, say) is fixed before the import:
each choice re-reads the file with ``load_document(path, encoding=...)`` and the preview
shows its first lines; the article's text, and the metadata the user has not edited,
follow the choice. An encoding that cannot read the file says why and blocks OK.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from app.errors import SanadError
from app.importers import ImportedDocument, load_document
from ui.dialogs import ERROR_STYLE, ArticleDialog
from ui.fonts import make_text_rtl

# (codec name, label): the encodings Arabic news text comes in.
ENCODINGS = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 (BOM)"),
    ("utf-16", "UTF-16"),
    ("cp1256", "Windows-1256 (cp1256)"),
    ("iso-8859-6", "ISO-8859-6"),
)
PREVIEW_LINES = 8
PREVIEW_CHARS = 1200
# Fields of the dialog that come from the file's metadata (HTML title, author...).
META_FIELDS = ("title", "outlet", "url", "author")


def reason(message: str) -> str:
    """An importer's refusal without its 'cannot import "NAME": ' prefix (the dialog is about NAME)."""
    head, sep, rest = message.partition('": ')
    return rest if sep and head.startswith('cannot import "') else message


def preview_text(text: str) -> str:
    """The first non-blank lines of ``text``, short enough for the preview."""
    lines = [line for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    return "\n".join(lines)[:PREVIEW_CHARS]


class EncodingPreview(QObject):
    """Adds the encoding and preview rows to an :class:`ArticleDialog` for a text or HTML file."""

    documentChanged = Signal(object)  # noqa: N815 - the ImportedDocument read with the chosen encoding

    def __init__(self, dialog: ArticleDialog, path: str, doc: ImportedDocument) -> None:
        super().__init__(dialog)
        self.dialog, self.path, self.doc = dialog, path, doc
        self.detected = doc.encoding or "utf-8"
        self.combo = QComboBox()
        known = [name for name, _ in ENCODINGS]
        if self.detected not in known:  # utf-16-le, utf-32...: offered as detected
            self.combo.addItem(self.detected, self.detected)
        for name, label in ENCODINGS:
            self.combo.addItem(label, name)
        self.combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.detected_label = QLabel(self.tr("detected: %1").replace("%1", self.detected))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.combo)
        box.addWidget(self.detected_label, 1)
        # A QTextEdit: QPlainTextEdit lays Arabic lines out from the left edge.
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAcceptRichText(False)
        self.preview.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        make_text_rtl(self.preview)  # Arabic lines start at the right
        lines = QFontMetrics(self.preview.font()).lineSpacing()
        self.preview.setMinimumHeight(lines * 6)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = dialog.layout()
        assert isinstance(form, QFormLayout)
        self.encoding_label, self.preview_label = QLabel(self.tr("Encoding")), QLabel(self.tr("Preview"))
        form.insertRow(0, self.encoding_label, row)
        form.insertRow(1, self.preview_label, self.preview)
        form.insertRow(2, "", self.error)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.detected)))
        self._show(doc)
        self.combo.currentIndexChanged.connect(self._choose)
        dialog.resize(max(dialog.width(), 680), max(dialog.height(), 520))

    def encoding(self) -> str:
        return str(self.combo.currentData())

    def _choose(self) -> None:
        try:
            doc = load_document(self.path, encoding=self.encoding())
        except SanadError as exc:
            self.preview.clear()
            # The reason (English) isolated left to right, so an Arabic sentence keeps its order.
            self.error.setText(self.tr("This encoding cannot read the file: %1").replace(
                "%1", f"\u2066{reason(exc.message)}\u200e\u2069"))
            self.error.show()
            self._set_ok(False)
            return
        self._update_fields(doc)
        self.doc = doc
        self._show(doc)
        self.documentChanged.emit(doc)

    def _show(self, doc: ImportedDocument) -> None:
        self.preview.setPlainText(preview_text(doc.text))
        self.error.hide()
        self._set_ok(True)

    def _update_fields(self, doc: ImportedDocument) -> None:
        """The article text follows the encoding; so do metadata fields the user left as read."""
        self.dialog.text.setPlainText(doc.text)
        for name in META_FIELDS:
            field = getattr(self.dialog, name)
            assert isinstance(field, QLineEdit)
            if field.text() == (getattr(self.doc, name) or ""):
                field.setText(getattr(doc, name) or "")

    def _set_ok(self, enabled: bool) -> None:
        buttons = self.dialog.findChild(QDialogButtonBox)
        if buttons is not None:
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(enabled)


def import_dialog(parent: QWidget, path: str, doc: ImportedDocument) -> ArticleDialog:
    """The metadata dialog for an imported file, with the encoding rows when the file was decoded."""
    dialog = ArticleDialog(parent, text=doc.text, doc=doc)
    if doc.encoding is not None and doc.format in ("text", "html", "markdown"):
        EncodingPreview(dialog, path, doc)  # a child of the dialog: dialog.findChild(EncodingPreview)
    return dialog
