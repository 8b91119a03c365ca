"""Team mode: notice what other reviewers changed and refresh, within a couple of seconds.

A QTimer polls :class:`app.storage.watch.ChangeWatcher` (one tiny query when nothing
changed); my own commands are ignored (they refresh the screens directly). Each poll runs on
a thread of its own: a team server that stops answering makes the poll wait for its connect
timeout there, not in the window (the next poll starts only when this one has answered).
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import SanadError
from app.storage.database import Database
from app.storage.watch import ChangeNotice, ChangeWatcher
from ui.background import in_thread, when_done
from ui.labels import storage_text

POLL_MS = 1500


class LiveUpdates(QObject):
    changed = Signal(object)  # list[ChangeNotice]
    failed = Signal(str)
    polled = Signal(object)  # list[ChangeNotice], after every poll (empty: nothing new)

    def __init__(self, db: Database, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(db, ignore_actor=actor)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._polling: Future[list[ChangeNotice]] | None = None
        self._again = False  # asked for while a poll was waiting: poll again when it answers
        self._stopped = False

    def set_actor(self, actor: str) -> None:
        self.watcher.ignore_actor = actor

    def poll(self) -> None:
        """Start a poll off the GUI thread (after the one still waiting for the database, if any)."""
        if self._stopped:
            return
        if self._polling is not None:
            self._again = True
            return
        self._polling = in_thread(self.watcher.poll, name="sanad-live")
        when_done(self._polling, self, self._polled)

    def _polled(self, future: Future[list[ChangeNotice]]) -> None:
        self._polling = None
        if self._stopped:
            self.watcher.close()
            return
        try:
            notices = future.result()
        except SanadError as exc:  # the database is unreachable: say so (in the interface's language), keep polling
            self.failed.emit(storage_text(exc.message))
            notices = []
        if notices:
            self.changed.emit(notices)
        self.polled.emit(notices)
        if self._again:
            self._again = False
            self.poll()

    @property
    def busy(self) -> bool:
        return self._polling is not None

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self._polling is None:  # else closed when the poll answers
            self.watcher.close()
