"""Small dialogs: a conflict between two reviewers' values, and article metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SanadError
from app.services.articles import NewArticle, check_new_article, parse_date
from ui.fonts import make_text_rtl
from ui.labels import error_text

ERROR_STYLE = "color: #b3261e;"


class FormError(QLabel):
    """Why a form's OK was refused, said in the form itself: the dialog stays open and keeps
    what was typed (a box after it closed lost a whole pasted article over a date's typo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def check(self, checker: Callable[[], object]) -> bool:
        """Run ``checker``; False (and its message shown) if it raises a SanadError."""
        try:
            checker()
        except SanadError as exc:
            self.setText(error_text(exc.message))
            self.show()
            return False
        self.clear()
        self.hide()
        return True


class ConflictDialog(QDialog):
    """Someone changed the claim since it was opened: keep mine or take theirs."""

    KEEP_MINE, TAKE_THEIRS = 1, 2

    def __init__(self, what: str, mine: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("“%1” was changed by another reviewer since you opened this claim.")
                                .replace("%1", what)))
        form = QFormLayout()
        self.mine, self.theirs = QLabel(mine or "—"), QLabel(theirs or "—")
        for label in (self.mine, self.theirs):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Your value:"), self.mine)
        form.addRow(self.tr("Their value:"), self.theirs)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        keep = QPushButton(self.tr("Keep mine"))
        take = QPushButton(self.tr("Take theirs"))
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(take, QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self.done(self.KEEP_MINE))
        take.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        layout.addWidget(buttons)


class ArticleDialog(QDialog):
    """Metadata of a new article (title, outlet, URL, author, date), and its text when pasted."""

    def __init__(self, parent: QWidget | None = None, *, text: str | None = None, doc: Any = None,
                 editable_text: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New article") if editable_text else self.tr("Article details"))
        form = QFormLayout(self)
        self.text = QPlainTextEdit(text or "")
        make_text_rtl(self.text)
        self.text.setTabChangesFocus(True)  # Tab goes on to the title, as in the other fields
        self.text.setPlaceholderText(self.tr("Paste the article's text here"))
        self.text.setVisible(editable_text)
        self.title = QLineEdit(getattr(doc, "title", None) or "")
        self.outlet = QLineEdit(getattr(doc, "outlet", None) or "")
        self.url = QLineEdit(getattr(doc, "url", None) or "")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.author = QLineEdit(getattr(doc, "author", None) or "")
        published = getattr(doc, "published_on", None)
        self.published = QLineEdit(published.isoformat() if isinstance(published, dt.date) else "")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.source_filename = getattr(doc, "source_filename", None)
        if editable_text:
            form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(self.tr("Link"), self.url)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Published on"), self.published)
        self.error = FormError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 480 if editable_text else 240)

    def accept(self) -> None:
        """OK: what the import would refuse (a bad date, no text) is said here, nothing typed is lost."""
        if self.error.check(lambda: check_new_article(self.new_article())):
            super().accept()

    def new_article(self) -> NewArticle:
        """The import request (``InputError`` for a bad date)."""
        return NewArticle(
            text=self.text.toPlainText(), title=self.title.text().strip(),
            outlet=self.outlet.text().strip() or None, url=self.url.text().strip() or None,
            author=self.author.text().strip() or None,
            published_on=parse_date(self.published.text().strip() or None, self.tr("Published on")),
            source_filename=self.source_filename,
        )
