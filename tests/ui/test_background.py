"""A background call that ends after its window is gone says nothing and raises nothing."""

from __future__ import annotations

import shiboken6

from ui.background import CallWorker


def test_a_result_nobody_waits_for_any_more_is_dropped_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = CallWorker(lambda: 42)
    got: list[object] = []
    worker.signals.done.connect(got.append)
    shiboken6.delete(worker.signals)  # what closing the program does to it while the call still runs
    worker.run()  # must not raise "Signal source has been deleted" from the pool's thread
    assert got == []


def test_a_result_still_wanted_arrives(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = CallWorker(lambda: 42)
    got: list[object] = []
    worker.signals.done.connect(got.append)
    worker.run()
    assert got == [42]
