"""Team mode: notice what other reviewers changed and refresh, within a couple of seconds.

A QTimer polls :class:`app.storage.watch.ChangeWatcher` (one tiny query when nothing
changed); my own commands are ignored (they refresh the screens directly).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import SanadError
from app.storage.database import Database
from app.storage.watch import ChangeWatcher

POLL_MS = 1500


class LiveUpdates(QObject):
    changed = Signal(object)  # list[ChangeNotice]
    failed = Signal(str)

    def __init__(self, db: Database, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(db, ignore_actor=actor)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def set_actor(self, actor: str) -> None:
        self.watcher.ignore_actor = actor

    def poll(self) -> list[object]:
        try:
            notices = self.watcher.poll()
        except SanadError as exc:  # the database is unreachable: say so and keep polling
            self.failed.emit(exc.message)
            return []
        if notices:
            self.changed.emit(notices)
        return list(notices)

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()
