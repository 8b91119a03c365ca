"""Schema revisions without importing Alembic (about 0.2 s that every start would pay).

Alembic is needed only to *run* a migration. Knowing the newest revision this Sanad ships
and the one a database carries is a matter of reading the migration files' ``revision`` /
``down_revision`` lines and the ``alembic_version`` table; a test checks this agrees with
Alembic's own view of the scripts.

An *empty* database does not replay the migrations either: :func:`create_at_head` creates
the schema from the models' metadata plus the search index (the same DDL migration 0002
runs) and stamps the head revision, as Alembic's cookbook does for "building an up to date
database from scratch". ``tests/app/storage/test_schema_at_head.py`` checks, on SQLite and
PostgreSQL, that this gives exactly the schema the migrations give; a new migration that
makes something the models do not describe must extend :func:`create_at_head` (the test
fails until it does).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, inspect, text
from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(['\"])?([^'\"\n]*)\2?\s*$", re.M)


@functools.cache
def known_revisions() -> dict[str, str | None]:
    """Every revision the shipped migrations define, mapped to the revision it follows."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = {m.group(1): m.group(3) for m in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in values:
            down = values.get("down_revision")
            found[values["revision"]] = None if down in (None, "None", "") else down
    return found


def head_revision() -> str:
    """The newest revision: the one no other revision follows."""
    revisions = known_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def stored_revision(conn: Connection) -> str | None:
    """The revision recorded in a database (None for a database without Alembic's table)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def version_table() -> Table:
    """Alembic's ``alembic_version`` table, as Alembic defines it (``DefaultImpl.version_table_impl``)."""
    table = Table("alembic_version", MetaData(), Column("version_num", String(32), nullable=False))
    table.append_constraint(PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    return table


def create_at_head(conn: Connection) -> bool:
    """Create the whole schema of the head revision in an empty database and stamp it.

    Run inside the caller's transaction (SQLite: one that holds the write lock; PostgreSQL:
    under the schema lock), so a database another process created meanwhile is left alone:
    returns False then, True when this call created the schema.
    """
    from app.search.schema import PG_DDL, SQLITE_DDL
    from app.storage.models import Base

    if stored_revision(conn) is not None or inspect(conn).get_table_names():
        return False
    Base.metadata.create_all(conn)
    for ddl in (SQLITE_DDL,) if conn.dialect.name == "sqlite" else PG_DDL:  # as migration 0002
        conn.exec_driver_sql(ddl)
    versions = version_table()
    versions.create(conn)
    conn.execute(versions.insert().values(version_num=head_revision()))
    return True
