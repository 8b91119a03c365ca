"""Schema revisions without importing Alembic (about 0.2 s that every start would pay).

Alembic is needed only to *run* a migration. Knowing the newest revision this Sanad ships
and the one a database carries is a matter of reading the migration files' ``revision`` /
``down_revision`` lines and the ``alembic_version`` table; a test checks this agrees with
Alembic's own view of the scripts.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from sqlalchemy import inspect, text
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
