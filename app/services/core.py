"""The command runner: one transaction per command, audit events and undo steps for each.

Every change to Sanad's data is a named command (see the modules beside this one). A
command function receives an ORM session; the runner watches what it inserts, updates
and deletes (SQLAlchemy flush events), writes one :class:`AuditEvent` per changed field,
records an :class:`UndoStep` holding the row changes, and returns a :class:`Changes`.
Undo and redo replay those row changes backwards or forwards, refusing when someone
changed the same rows since — the GUI and the CLI share this one undo history.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Date, DateTime, Table, delete, event, insert, inspect, select, update
from sqlalchemy.orm import Session

from app.errors import ConflictError, InputError
from app.services.changes import Changes
from app.storage.database import Database
from app.storage.models import TRACKED_MODELS, AuditEvent, Base, UndoStep, utcnow

_TRACKED_TABLES: dict[str, Table] = {m.__table__.name: m.__table__ for m in TRACKED_MODELS}  # type: ignore[attr-defined,misc]
_TABLE_ORDER = [m.__table__.name for m in TRACKED_MODELS]  # type: ignore[attr-defined]
_VOLATILE = {"updated_at", "version"}
_UNDO_KEEP = 200  # undo steps kept per actor
_SUMMARY_FIELDS = ("quote", "name", "title", "key", "url", "excerpt")

P = ParamSpec("P")
T = TypeVar("T")

ChangeListener = Callable[[Session, list[dict[str, Any]]], None]
# Modules whose import registers after-change listeners (the search index); imported on first use.
AFTER_CHANGE_MODULES = ("app.search.indexer",)
_listeners: list[ChangeListener] = []
_listener_modules_loaded = False


def after_change(fn: ChangeListener) -> ChangeListener:
    """Register ``fn(session, ops)``: called with the row changes of every command, undo and
    redo, inside its transaction before commit (derived data such as the search index)."""
    if fn not in _listeners:
        _listeners.append(fn)
    return fn


def _notify(s: Session, ops: list[dict[str, Any]]) -> None:
    global _listener_modules_loaded
    if not _listener_modules_loaded:
        for name in AFTER_CHANGE_MODULES:
            importlib.import_module(name)
        _listener_modules_loaded = True
    for fn in list(_listeners):
        fn(s, ops)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _decode(table: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    col_type = _TRACKED_TABLES[table].c[column].type
    if isinstance(col_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(value)
    return value


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(_encode(value))


def _pk(table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in _TRACKED_TABLES[table].primary_key.columns}


def _entity_ref(table: str, row: dict[str, Any]) -> str:
    for name in ("uuid", "key", "name"):
        if row.get(name):
            return str(row[name])
    return ":".join(str(v) for v in _pk(table, row).values())


def _row_id(table: str, row: dict[str, Any]) -> int:
    return int(row.get("id") or row.get("claim_id") or 0)


class _Recorder:
    """Collects row-level changes from a session's flushes."""

    def __init__(self, session: Session) -> None:
        self.ops: list[dict[str, Any]] = []
        self.session = session
        event.listen(session, "after_flush", self._after_flush)

    def close(self) -> None:
        event.remove(self.session, "after_flush", self._after_flush)

    @staticmethod
    def _row(obj: Base, committed: bool = False) -> dict[str, Any]:
        state = inspect(obj)
        row: dict[str, Any] = {}
        for attr in state.mapper.column_attrs:
            hist = state.attrs[attr.key].history
            if committed and hist.deleted:
                value = hist.deleted[0]
            else:
                value = state.dict.get(attr.key)
            row[attr.columns[0].name] = _encode(value)
        return row

    def _after_flush(self, session: Session, _ctx: Any) -> None:
        for obj in session.new:
            table = obj.__table__.name  # type: ignore[attr-defined]
            if table in _TRACKED_TABLES:
                self.ops.append({"op": "insert", "table": table, "row": self._row(obj)})
        for obj in session.dirty:
            table = obj.__table__.name  # type: ignore[attr-defined]
            if table not in _TRACKED_TABLES or not session.is_modified(obj, include_collections=False):
                continue
            state = inspect(obj)
            diff: dict[str, list[Any]] = {}
            for attr in state.mapper.column_attrs:
                hist = state.attrs[attr.key].history
                if hist.added or hist.deleted:
                    old = hist.deleted[0] if hist.deleted else None
                    new = hist.added[0] if hist.added else None
                    if old != new:
                        diff[attr.columns[0].name] = [_encode(old), _encode(new)]
            if diff:
                row = self._row(obj)
                self.ops.append({"op": "update", "table": table, "pk": _pk(table, row), "ref": _entity_ref(table, row), "diff": diff})
        for obj in session.deleted:
            table = obj.__table__.name  # type: ignore[attr-defined]
            if table in _TRACKED_TABLES:
                self.ops.append({"op": "delete", "table": table, "row": self._row(obj, committed=True)})


def _audit_rows(ops: list[dict[str, Any]], *, actor: str, command: str, step_id: int | None) -> list[dict[str, Any]]:
    now = utcnow()
    rows: list[dict[str, Any]] = []
    base = {"at": now, "actor": actor, "command": command, "step_id": step_id}
    for op in ops:
        table = op["table"]
        if op["op"] == "update":
            for name, (old, new) in op["diff"].items():
                if name in _VOLATILE:
                    continue
                rows.append({**base, "entity": table, "entity_uuid": op["ref"], "action": "update",
                             "field": name, "old_value": _as_text(old), "new_value": _as_text(new)})
        else:
            row = op["row"]
            summary = next((row[f] for f in _SUMMARY_FIELDS if row.get(f)), None)
            value = _as_text(summary)
            rows.append({**base, "entity": table, "entity_uuid": _entity_ref(table, row), "action": op["op"],
                         "field": None, "old_value": value if op["op"] == "delete" else None,
                         "new_value": value if op["op"] == "insert" else None})
    return rows


def _changes_from_ops(ops: list[dict[str, Any]], changes: Changes) -> Changes:
    for op in ops:
        table = op["table"]
        if op["op"] == "update":
            changes.note("updated", table, int(next(iter(op["pk"].values()))), set(op["diff"]))
        else:
            changes.note("inserted" if op["op"] == "insert" else "deleted", table, _row_id(table, op["row"]))
    return changes


class _OnlyBookkeeping(Exception):
    """A command changed nothing but versions and timestamps."""


class Workspace:
    """A database plus the person working in it: the context every command runs in."""

    def __init__(self, db: Database, actor: str = "") -> None:
        self.db = db
        self.actor = actor

    # -- running commands -----------------------------------------------------------------

    def execute(self, name: str, fn: Callable[[Session], Any], *, label: str = "", undoable: bool = True) -> Changes:
        changes = Changes(command=name, label=label or name.replace("_", " "))
        try:
            return self._execute(name, fn, changes, undoable)
        except _OnlyBookkeeping:  # e.g. a span "changed" to itself: nothing to save, audit or undo
            return changes

    def _execute(self, name: str, fn: Callable[[Session], Any], changes: Changes, undoable: bool) -> Changes:
        with self.db.session() as s:
            recorder = _Recorder(s)
            try:
                changes.result = fn(s)
                s.flush()
            finally:
                recorder.close()
            ops = recorder.ops
            if not ops:
                return changes
            if all(op["op"] == "update" and set(op["diff"]) <= _VOLATILE for op in ops):
                raise _OnlyBookkeeping  # rolls the version and timestamp bump back
            _notify(s, ops)
            step_id = None
            if undoable:
                s.execute(delete(UndoStep).where(UndoStep.actor == self.actor, UndoStep.undone.is_(True)))
                step = UndoStep(command=name, label=changes.label, actor=self.actor, ops=ops)
                s.add(step)
                s.flush()
                step_id = step.id
                self._trim_history(s)
            s.execute(insert(AuditEvent), _audit_rows(ops, actor=self.actor, command=name, step_id=step_id))
            self.db.announce(s, actor=self.actor, command=name)  # delivered to watchers on commit
            changes.step_id = step_id
        return _changes_from_ops(ops, changes)

    def _trim_history(self, s: Session) -> None:
        keep = select(UndoStep.id).where(UndoStep.actor == self.actor).order_by(UndoStep.id.desc()).limit(_UNDO_KEEP)
        s.execute(delete(UndoStep).where(UndoStep.actor == self.actor, UndoStep.id.not_in(keep)))

    # -- undo / redo ----------------------------------------------------------------------

    def _next_step_query(self, *, undone: bool) -> Any:
        q = select(UndoStep).where(UndoStep.actor == self.actor, UndoStep.undone.is_(undone))
        return q.order_by(UndoStep.id.asc() if undone else UndoStep.id.desc()).limit(1)

    def _next_step(self, s: Session, *, undone: bool) -> UndoStep | None:
        return s.scalars(self._next_step_query(undone=undone)).first()

    def _next_label(self, *, undone: bool) -> str | None:
        # Only the label: a step's row changes can be large (an analysis stores thousands).
        with self.db.read_session() as s:
            return s.scalar(self._next_step_query(undone=undone).with_only_columns(UndoStep.label))

    def undo_label(self) -> str | None:
        return self._next_label(undone=False)

    def redo_label(self) -> str | None:
        return self._next_label(undone=True)

    def undo(self) -> Changes:
        return self._replay(backwards=True)

    def redo(self) -> Changes:
        return self._replay(backwards=False)

    def _replay(self, *, backwards: bool) -> Changes:
        verb = "undo" if backwards else "redo"
        with self.db.session() as s:
            step = self._next_step(s, undone=not backwards)
            if step is None:
                raise InputError(f"nothing to {verb}")
            ops = [_invert(op) for op in reversed(step.ops)] if backwards else list(step.ops)
            _apply_ops(s, ops, verb=verb, label=step.label)
            _notify(s, ops)
            step.undone = backwards
            name = f"{verb}:{step.command}"
            s.execute(insert(AuditEvent), _audit_rows(ops, actor=self.actor, command=name, step_id=step.id))
            self.db.announce(s, actor=self.actor, command=name)
            changes = Changes(command=name, label=step.label, step_id=step.id)
        return _changes_from_ops(ops, changes)


def _invert(op: dict[str, Any]) -> dict[str, Any]:
    if op["op"] == "insert":
        return {"op": "delete", "table": op["table"], "row": op["row"]}
    if op["op"] == "delete":
        return {"op": "insert", "table": op["table"], "row": op["row"]}
    return {**op, "diff": {k: [new, old] for k, (old, new) in op["diff"].items()}}


def _apply_ops(s: Session, ops: list[dict[str, Any]], *, verb: str, label: str) -> None:
    """Apply row changes: inserts parents-first, then updates, then deletes children-first."""

    def order(op: dict[str, Any]) -> int:
        return _TABLE_ORDER.index(op["table"])

    inserts = sorted((o for o in ops if o["op"] == "insert"), key=order)
    updates = [o for o in ops if o["op"] == "update"]
    deletes = sorted((o for o in ops if o["op"] == "delete"), key=order, reverse=True)
    refused = f"cannot {verb} “{label}”: the data was changed since by another command or reviewer"
    for op in inserts:
        table = _TRACKED_TABLES[op["table"]]
        row = {k: _decode(op["table"], k, v) for k, v in op["row"].items()}
        pk = _pk(op["table"], row)
        exists = s.execute(select(*table.primary_key.columns).where(*(table.c[k] == v for k, v in pk.items()))).first()
        if exists:
            raise ConflictError(refused)
        s.execute(insert(table).values(row))
    for op in updates:
        table = _TRACKED_TABLES[op["table"]]
        where = [table.c[k] == v for k, v in op["pk"].items()]
        current = s.execute(select(table).where(*where)).mappings().first()
        if current is None:
            raise ConflictError(refused)
        values: dict[str, Any] = {}
        for name, (expected, target) in op["diff"].items():
            if name in _VOLATILE:
                continue
            if _encode(current[name]) != expected:
                raise ConflictError(refused)
            values[name] = _decode(op["table"], name, target)
        if "version" in table.c:
            values["version"] = (current["version"] or 0) + 1
        if "updated_at" in table.c:
            values["updated_at"] = utcnow()
        if values:
            s.execute(update(table).where(*where).values(values))
    for op in deletes:
        table = _TRACKED_TABLES[op["table"]]
        pk = _pk(op["table"], op["row"])
        result = s.execute(delete(table).where(*(table.c[k] == v for k, v in pk.items())))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise ConflictError(refused)


def command(name: str, label: str = "") -> Callable[
    [Callable[Concatenate[Session, Workspace, P], T]], Callable[Concatenate[Workspace, P], Changes]
]:
    """Make ``fn(session, ws, ...)`` a named, audited, undoable command ``fn(ws, ...) -> Changes``."""

    def deco(fn: Callable[Concatenate[Session, Workspace, P], T]) -> Callable[Concatenate[Workspace, P], Changes]:
        @functools.wraps(fn)
        def wrapper(ws: Workspace, /, *args: P.args, **kwargs: P.kwargs) -> Changes:
            return ws.execute(name, lambda s: fn(s, ws, *args, **kwargs), label=label or name.replace("_", " "))

        wrapper.command_name = name  # type: ignore[attr-defined]
        return wrapper

    return deco
