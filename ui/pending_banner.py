"""A non-modal banner above the article: edits the database refused, kept and retried.

"2 edits not saved yet — Retry": the runner keeps each refused edit in its
:class:`~app.services.retry.PendingEdits`; the banner retries them every few seconds and
on the Retry button (on the thread pool, so that a database still locked does not freeze
the window for its busy timeout), and disappears once they are saved. It also says, once, why today's
automatic backup failed (``Database.backup_problem``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.runner import CommandRunner

RETRY_EVERY_MS = 5000


class PendingBanner(QFrame):
    def __init__(self, runner: CommandRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.count, self.reason = 0, ""
        self.setObjectName("pendingBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#pendingBanner { background: #FFF4CE; border: 1px solid #E0B400; }"
                           "#pendingBanner QLabel { color: #3B2F00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry_button = QPushButton()
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.dismiss_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.retry_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_text, 1)
        bottom.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.timer = QTimer(self, interval=RETRY_EVERY_MS)
        self.timer.timeout.connect(self.retry)
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button.clicked.connect(lambda: self.show_backup_problem(None))
        runner.pendingChanged.connect(self.set_pending)
        self.backup_problem: str | None = None
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Retry"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_pending(self, count: int, reason: str) -> None:
        self.count, self.reason = count, reason or self.reason
        if count and not self.timer.isActive():
            self.timer.start()
        elif not count:
            self.timer.stop()
            self.reason = ""
        self._update()

    def retry(self) -> None:
        self.runner.retry_pending_in_background()  # emits pendingChanged when done

    def show_backup_problem(self, problem: str | None) -> None:
        self.backup_problem = problem
        self._update()

    def _update(self) -> None:
        if self.count:
            line = (self.tr("1 edit not saved yet") if self.count == 1
                    else self.tr("%1 edits not saved yet").replace("%1", str(self.count)))
            why = self.tr("The database refused it: %1").replace("%1", self.reason) if self.reason else ""
            kept = self.tr("it is kept and retried every few seconds.")
            self.text.setText(f"⚠ {line} — {kept}" + (f"\n{why}" if why else ""))
        for widget in (self.text, self.retry_button):
            widget.setVisible(bool(self.count))
        if self.backup_problem:
            self.backup_text.setText(self.tr("Today's automatic backup copy failed: %1")
                                     .replace("%1", self.backup_problem))
        for widget in (self.backup_text, self.dismiss_button):
            widget.setVisible(bool(self.backup_problem))
        self.setVisible(bool(self.count or self.backup_problem))
