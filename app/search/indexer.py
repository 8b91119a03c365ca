"""Keeping the search index in step with the data: after every command, undo and redo.

:func:`app.services.core.after_change` calls :func:`on_change` with the row changes of each
command or undo/redo step, inside its transaction; the rows of the touched claims, articles,
evidence and sources are rebuilt there, so the index commits (or rolls back) with the data.
:func:`reindex_all` rebuilds everything (``sanad search --reindex``, migration 0002).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.search import text as stext
from app.search.schema import TABLE_KIND, fts, meta, pg_table, ref_of, row_id
from app.services.core import after_change
from app.storage.models import Article, Claim, Evidence, Source

if TYPE_CHECKING:
    from app.storage.database import Database

BATCH = 5000
Executor = Session | Connection


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def _claim_rows(conn: Executor, ids: Iterable[int] | None, after: int = 0) -> list[dict[str, Any]]:
    q = select(Claim.id, Claim.article_id, Claim.quote, Claim.claim_as_checked, Claim.explanation, Claim.status,
               Claim.rating_id)
    q = q.where(Claim.id.in_(list(ids))) if ids is not None else q.where(Claim.id > after).order_by(Claim.id).limit(BATCH)
    return [{"id": row_id("claim", r.id), "kind": "claim", "article_id": r.article_id, "claim_id": r.id,
             "status": r.status, "rating_id": r.rating_id, "body": stext.body(_join(r.quote, r.claim_as_checked, r.explanation)),
             "stems": stext.stems(_join(r.quote, r.claim_as_checked))} for r in conn.execute(q)]


def _article_rows(conn: Executor, ids: Iterable[int] | None, after: int = 0) -> list[dict[str, Any]]:
    q = select(Article.id, Article.title, Article.text)
    q = q.where(Article.id.in_(list(ids))) if ids is not None else q.where(Article.id > after).order_by(Article.id).limit(200)
    return [{"id": row_id("article", r.id), "kind": "article", "article_id": r.id, "claim_id": None,
             "status": None, "rating_id": None,
             "body": stext.body(_join(r.title, r.text)), "stems": ""} for r in conn.execute(q)]


def _evidence_rows(conn: Executor, ids: Iterable[int] | None, after: int = 0) -> list[dict[str, Any]]:
    q = select(Evidence.id, Evidence.claim_id, Claim.article_id, Evidence.title, Evidence.excerpt, Claim.status,
               Claim.rating_id).join(
        Claim, Claim.id == Evidence.claim_id)
    q = q.where(Evidence.id.in_(list(ids))) if ids is not None else q.where(Evidence.id > after).order_by(Evidence.id).limit(BATCH)
    return [{"id": row_id("evidence", r.id), "kind": "evidence", "article_id": r.article_id, "claim_id": r.claim_id,
             "status": r.status, "rating_id": r.rating_id,
             "body": stext.body(_join(r.title, r.excerpt)), "stems": ""} for r in conn.execute(q)]


def _source_rows(conn: Executor, ids: Iterable[int] | None, after: int = 0) -> list[dict[str, Any]]:
    q = select(Source.id, Source.name)
    q = q.where(Source.id.in_(list(ids))) if ids is not None else q.where(Source.id > after).order_by(Source.id).limit(BATCH)
    return [{"id": row_id("source", r.id), "kind": "source", "article_id": None, "claim_id": None,
             "status": None, "rating_id": None,
             "body": stext.body(r.name), "stems": ""} for r in conn.execute(q)]


_ROWS: dict[str, Callable[..., list[dict[str, Any]]]] = {
    "claim": _claim_rows, "article": _article_rows, "evidence": _evidence_rows, "source": _source_rows,
}


def is_sqlite(conn: Executor) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "sqlite"


def _delete(conn: Executor, rids: list[int]) -> None:
    if not rids:
        return
    if is_sqlite(conn):
        conn.execute(delete(fts).where(fts.c.rowid.in_(rids)))
    else:
        pg_index = pg_table()
        conn.execute(delete(pg_index).where(pg_index.c.id.in_(rids)))


def _insert(conn: Executor, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if is_sqlite(conn):
        rows = [{**r, "kind": meta(r["kind"], r["status"], r["rating_id"])} for r in rows]
        conn.execute(text("INSERT OR REPLACE INTO search_index(rowid, kind, body, stems, article_id, claim_id) "
                          "VALUES (:id, :kind, :body, :stems, :article_id, :claim_id)"), rows)
    else:  # an upsert: a concurrent command may have re-indexed the same entity meanwhile
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        pg_index = pg_table()
        stmt = pg_insert(pg_index)
        columns = ("kind", "article_id", "claim_id", "status", "rating_id", "body", "stems")
        conn.execute(stmt.on_conflict_do_update(index_elements=[pg_index.c.id],
                                                set_={c: stmt.excluded[c] for c in columns}), rows)


def refresh(conn: Executor, refs: dict[str, set[int]]) -> None:
    """Rebuild the index rows of the given entities (``{"claim": {ids}, ...}``); gone ones leave."""
    for kind, ids in refs.items():
        if not ids:
            continue
        ordered = sorted(ids)
        _delete(conn, [row_id(kind, i) for i in ordered])
        for start in range(0, len(ordered), 500):
            _insert(conn, _ROWS[kind](conn, ordered[start:start + 500]))


_FILTER_FIELDS = {"status", "rating_id"}


def touched_refs(conn: Executor, ops: list[dict[str, Any]]) -> dict[str, set[int]]:
    """The entities whose index rows an op list changes (evidence follows its claim's verdict)."""
    refs: dict[str, set[int]] = {}
    rejudged: set[int] = set()
    for op in ops:
        kind = TABLE_KIND.get(op["table"])
        if kind is None:
            continue
        ref = int(op["pk"]["id"]) if op["op"] == "update" else int(op["row"]["id"])
        refs.setdefault(kind, set()).add(ref)
        if kind == "claim" and op["op"] == "update" and _FILTER_FIELDS & set(op["diff"]):
            rejudged.add(ref)
    if rejudged:
        refs.setdefault("claim", set()).update(rejudged)
        refs.setdefault("evidence", set()).update(
            conn.scalars(select(Evidence.id).where(Evidence.claim_id.in_(sorted(rejudged)))))
    return refs


@after_change
def on_change(s: Session, ops: list[dict[str, Any]]) -> None:
    refs = touched_refs(s, ops)
    if refs:
        refresh(s, refs)


def reindex_connection(conn: Executor, progress: Callable[[str, int], None] | None = None) -> int:
    """Empty the index and rebuild it from every claim, article, evidence and source."""
    total = 0
    if is_sqlite(conn):
        conn.execute(text("DELETE FROM search_index"))
    else:
        conn.execute(delete(pg_table()))
    for kind, rows_of in _ROWS.items():
        after = 0
        while True:
            rows = rows_of(conn, None, after)
            if not rows:
                break
            _insert(conn, rows)
            after = ref_of(rows[-1]["id"])[1]
            total += len(rows)
            if progress:
                progress(kind, total)
    if is_sqlite(conn):
        conn.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
    else:  # fresh statistics, or the planner walks the whole table for a rare word
        conn.execute(text("ANALYZE search_index"))
    return total


def reindex_all(db: Database, progress: Callable[[str, int], None] | None = None) -> int:
    """Rebuild the whole index in one transaction; returns the number of rows indexed."""
    with db.session() as s:
        return reindex_connection(s, progress)
