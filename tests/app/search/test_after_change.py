"""The command runner's after-change hook: every command, undo and redo, in its transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import core
from app.services.claims import add_claim, set_status
from app.services.core import Workspace
from app.storage.models import Claim


def test_listeners_see_commands_undo_and_redo(ws: Workspace, article_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[tuple[str, str]]] = []

    def listener(s: Session, ops: list[dict[str, Any]]) -> None:
        seen.append([(op["op"], op["table"]) for op in ops])

    monkeypatch.setattr(core, "_listeners", list(core._listeners))
    core.after_change(listener)
    core.after_change(listener)  # registering twice calls it once
    cid = add_claim(ws, article_id, 0, 10).result
    set_status(ws, cid, "done")
    ws.undo()
    ws.redo()
    assert seen == [[("insert", "claims")], [("update", "claims")], [("update", "claims")], [("update", "claims")]]


def test_a_failing_listener_rolls_the_command_back(ws: Workspace, article_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(s: Session, ops: list[dict[str, Any]]) -> None:
        raise RuntimeError("listener failed")

    monkeypatch.setattr(core, "_listeners", [*core._listeners, broken])
    with pytest.raises(RuntimeError):
        add_claim(ws, article_id, 0, 10)
    with ws.db.read_session() as s:
        assert s.scalars(select(Claim)).all() == []
