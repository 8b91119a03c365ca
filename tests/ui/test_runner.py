"""Every service command runs on the thread pool, one at a time and in order; the window waits for none."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.services import claims, queries
from app.services.core import Workspace
from tests.ui.helpers import settle


def _recording(fn, threads: list[bool]):  # type: ignore[no-untyped-def]
    """``fn``, noting for each call whether it ran on the GUI thread."""
    def call(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread() is QThread.currentThread().thread() and
                       threading.current_thread() is threading.main_thread())
        return fn(*args, **kwargs)

    call.command_name = getattr(fn, "command_name", fn.__name__)  # type: ignore[attr-defined]
    return call


def test_an_edit_and_its_refused_first_attempt_run_off_the_gui_thread(shown, sample, gui_ws, qtbot,
                                                                       monkeypatch) -> None:
    threads: list[bool] = []
    monkeypatch.setattr(claims, "set_explanation", _recording(claims.set_explanation, threads))
    other = Workspace(gui_ws.db, "colleague")
    shown.select_claim(sample["killed"])
    claims.set_explanation(other, sample["killed"], "تعديل زميل", expected_version=shown.panel.detail.version)
    assert threads == [True]  # the colleague's call above, made here on purpose
    asked: list[str] = []
    shown.panel.ask_conflict = lambda what, mine, theirs: asked.append(theirs) or True
    shown.panel.explanation.setPlainText("تعديلي")
    shown.panel.explanation.flush()
    assert asked == [] and shown.runner.busy  # nothing waited for: the save is on the thread pool
    settle(qtbot, shown.runner)
    assert asked == ["تعديل زميل"]
    assert threads[1:] == [False, False]  # refused by the core, then kept mine: both off the GUI thread
    with gui_ws.db.read_session() as s:
        assert queries.get_claim(s, sample["killed"]).explanation == "تعديلي"


def test_undo_and_redo_run_off_the_gui_thread(shown, sample, qtbot, monkeypatch) -> None:
    threads: list[bool] = []
    for name in ("undo", "redo"):
        monkeypatch.setattr(shown.ws, name, _recording(getattr(shown.ws, name), threads))
    shown.select_claim(sample["toll"])
    shown.registry["status.done"].trigger()
    settle(qtbot, shown.runner)  # Undo is enabled once the edit is saved
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    shown.registry["edit.redo"].trigger()
    settle(qtbot, shown.runner)
    assert threads == [False, False]
    assert shown.view.claims[sample["toll"]].status == "done"


def test_quick_edits_of_one_claim_queue_in_order_without_conflicting_with_each_other(
        shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["evacuated"])
    conflicts: list[tuple[str, str, str]] = []
    shown.panel.ask_conflict = lambda *values: conflicts.append(values) or False
    failures: list[str] = []
    shown.runner.failed.connect(failures.append)
    shown.registry["status.in_progress"].trigger()  # Alt+2, Ctrl+3, Alt+4 pressed quickly
    shown.registry["verdict.3"].trigger()
    shown.registry["status.done"].trigger()
    settle(qtbot, shown.runner)
    assert conflicts == [] and failures == []
    with gui_ws.db.read_session() as s:
        claim = queries.get_claim(s, sample["evacuated"])
        assert (claim.status, claim.rating.key) == ("done", shown.ratings_list[2].key)
    assert shown.registry["edit.undo"].text() == "&Undo set status"


def test_closing_while_an_edit_is_being_saved_waits_for_it(shown, sample, gui_ws, qtbot) -> None:
    shown.select_claim(sample["toll"])
    shown.panel.explanation.setPlainText("آخر ما كُتب قبل الإغلاق")
    shown.close()  # flushes the box: its save starts, the window stays until it is written
    qtbot.waitUntil(lambda: not shown.isVisible(), timeout=10_000)
    assert not shown.runner.busy
    with gui_ws.db.read_session() as s:
        assert queries.get_claim(s, sample["toll"]).explanation == "آخر ما كُتب قبل الإغلاق"


def test_an_edit_does_not_wait_behind_long_work_on_the_shared_pool(shown, sample, gui_ws, qtbot) -> None:
    from PySide6.QtCore import QThreadPool

    from ui.background import CallWorker

    release = threading.Event()
    pool = QThreadPool.globalInstance()
    busy = [CallWorker(release.wait, 10) for _ in range(pool.maxThreadCount())]  # an analysis, a search…
    for worker in busy:
        pool.start(worker)
    try:
        shown.select_claim(sample["toll"])
        shown.registry["status.done"].trigger()
        settle(qtbot, shown.runner)
        with gui_ws.db.read_session() as s:
            assert queries.get_claim(s, sample["toll"]).status == "done"
    finally:
        release.set()
        pool.waitForDone(5000)


def test_a_slow_save_says_saving_and_a_refused_one_says_why_until_it_is_saved(qtbot, tmp_path, monkeypatch,
                                                                              sample, window) -> None:
    import sqlite3

    from app.storage.database import Database

    monkeypatch.setenv("SANAD_BUSY_TIMEOUT_MS", "1500")
    db = Database(str(tmp_path / "x.sqlite3"))  # the fixture's file, with a busy timeout past SLOW_MS
    window.runner.ws = Workspace(db, "tester")
    window.banner.timer.setInterval(300)
    locker = sqlite3.connect(str(tmp_path / "x.sqlite3"), timeout=0.1, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        window.runner.run(claims.set_status, sample["toll"], "done")
        qtbot.waitUntil(lambda: window.message.text() == "Saving…", timeout=1400)  # while it waits for the lock
        qtbot.waitUntil(lambda: "locked" in window.message.text(), timeout=5000)  # refused: kept, and why
        assert len(window.runner.pending) == 1
        waiting = window.message.text()
        assert waiting == f"\u2066{db.display_name}\u2069: the database is locked by another program; try again in a moment"
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    qtbot.waitUntil(lambda: len(window.runner.pending) == 0 and not window.runner.busy, timeout=10_000)
    assert window.message.text() == ""  # saved: the reason it waited is gone
    with db.read_session() as s:
        assert queries.get_claim(s, sample["toll"]).status == "done"
    db.close()


def test_closing_with_edits_the_database_refused_asks_before_losing_them(shown, sample, gui_ws, qtbot) -> None:
    shown.runner.show_errors = True  # an interactive window (a batch run never asks)
    shown.runner.pending.add("set status", claims.set_status, gui_ws, sample["toll"], "done",
                             error="the database is locked by another program; try again in a moment")
    answers: list[bool] = [False]
    asked: list[int] = []
    shown.confirm_discard_pending = lambda: asked.append(len(shown.runner.pending)) or answers[-1]
    shown.close()
    assert asked == [1] and shown.isVisible()  # kept open: the edit is not lost
    answers.append(True)
    shown.close()
    assert asked == [1, 1] and not shown.isVisible()
