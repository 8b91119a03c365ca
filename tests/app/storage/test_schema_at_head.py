"""An empty database gets the head schema from the models (no Alembic): the same as the migrations give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine

from app.storage import revisions
from app.storage.database import Database, _alembic_config, normalize_url


def _engine(db_url: str) -> Engine:
    return create_engine(normalize_url(db_url))


def _reset(db_url: str) -> None:
    """Empty the database (the SQLite file removed; PostgreSQL's public schema recreated)."""
    url = normalize_url(db_url)
    if url.get_backend_name() == "sqlite":
        assert url.database
        for path in Path(url.database).parent.glob(Path(url.database).name + "*"):
            path.unlink()
        return
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _by_migrations(db_url: str) -> None:
    from alembic import command

    engine = _engine(db_url)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    engine.dispose()


def _at_head(db_url: str) -> None:
    engine = _engine(db_url)
    with engine.begin() as conn:
        assert revisions.create_at_head(conn)
    engine.dispose()


def _columns(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    insp = inspect(conn)
    return [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")), repr(c.get("computed")),
             c.get("autoincrement"), repr(c.get("identity"))) for c in insp.get_columns(table)]


_CONSTRAINT = ("PRIMARY KEY", "FOREIGN KEY", "UNIQUE", "CHECK", "CONSTRAINT")


def _statement(sql: str | None) -> tuple[Any, ...]:
    """A CREATE statement: its columns in order, its table constraints in any order (as SQLite keeps it)."""
    if not sql or not sql.startswith("CREATE TABLE") or "(\n" not in sql:
        return (sql,)
    head, body = sql.split("(\n", 1)
    parts = [p.strip() for p in body.rstrip().removesuffix(")").split(", \n")]
    return (head, tuple(p for p in parts if not p.startswith(_CONSTRAINT)),
            tuple(sorted(p for p in parts if p.startswith(_CONSTRAINT))))


# What PostgreSQL's catalogue says beyond the inspector: index and constraint definitions (GIN
# indexes of the search index), triggers, sequences, generated columns.
_PG_CATALOG = {
    "pg_indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "pg_constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                      "WHERE connamespace = 'public'::regnamespace",
    "pg_triggers": "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal",
    "pg_sequences": "SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences "
                    "WHERE sequence_schema = 'public'",
    "pg_columns": "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, "
                  "is_generated, generation_expression FROM information_schema.columns WHERE table_schema = 'public'",
}


def schema_of(db_url: str) -> dict[str, Any]:
    """Everything the database says about its schema, in a comparable form."""
    engine = _engine(db_url)
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        insp = inspect(conn)
        for table in sorted(insp.get_table_names()):
            out[table] = {
                "columns": _columns(conn, table),
                "primary key": insp.get_pk_constraint(table),
                "foreign keys": sorted(map(repr, insp.get_foreign_keys(table))),
                "indexes": sorted(map(repr, insp.get_indexes(table))),
                "unique": sorted(map(repr, insp.get_unique_constraints(table))),
                "checks": sorted(map(repr, insp.get_check_constraints(table))),
            }
        out["views"] = sorted(insp.get_view_names())
        out["stamp"] = revisions.stored_revision(conn)
        if conn.dialect.name == "sqlite":
            # Every table, index, trigger and virtual table (the FTS5 index and its shadow tables),
            # with the SQL that made it.
            out["sqlite_master"] = sorted((r.type, r.name, r.tbl_name, _statement(r.sql)) for r in conn.execute(text(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")))
        else:
            for key, query in _PG_CATALOG.items():
                out[key] = sorted(tuple(r) for r in conn.execute(text(query)))
    engine.dispose()
    return out


def test_the_head_schema_from_the_models_is_the_one_the_migrations_build(db_url: str) -> None:
    _by_migrations(db_url)
    migrated = schema_of(db_url)
    _reset(db_url)
    _at_head(db_url)
    created = schema_of(db_url)
    assert migrated["stamp"] == created["stamp"] == revisions.head_revision()
    assert {"articles", "claims", "evidence", "search_index", "alembic_version"} <= set(created)
    assert set(created) == set(migrated)
    for key in migrated:  # one key at a time: a difference names its table
        assert created[key] == migrated[key], key


def test_a_new_database_is_created_at_head_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    code = (f"import sys; from app.storage.database import Database; db = Database({str(path)!r}); "
            "print(db.current_revision()); db.close(); "
            "assert not [m for m in sys.modules if m.split('.')[0] == 'alembic'], 'alembic imported'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [revisions.head_revision()]


def test_a_database_created_at_head_works_and_searches(db_url: str) -> None:
    from app.search import search
    from app.services.articles import NewArticle, import_article
    from app.services.core import Workspace

    db = Database(db_url)
    try:
        ws = Workspace(db, "tester")
        import_article(ws, NewArticle(text="قال المتحدث إن السيول جرفت 40 منزلاً في القرية.", title="سيول القرية"))
        assert [r.kind for r in search(db, "السيول")] == ["article"]
    finally:
        db.close()
    again = Database(db_url)  # reopened: already at head, nothing created or migrated
    assert again.current_revision() == revisions.head_revision() and again.backup_path is None
    again.close()


def test_a_database_someone_else_created_meanwhile_is_left_alone(db_url: str) -> None:
    Database(db_url).close()
    engine = _engine(db_url)
    with engine.begin() as conn:
        assert not revisions.create_at_head(conn)  # already there: nothing touched, no error
    engine.dispose()
    assert schema_of(db_url)["stamp"] == revisions.head_revision()


def test_an_older_database_still_upgrades_by_the_migrations_to_the_same_schema(tmp_path: Path) -> None:
    from alembic import command

    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), next(iter(revisions.known_revisions())))  # the first
    engine.dispose()
    upgraded = Database(str(old))
    assert upgraded.current_revision() == revisions.head_revision()
    upgraded.close()
    Database(str(new)).close()
    assert schema_of(str(old)) == schema_of(str(new))
