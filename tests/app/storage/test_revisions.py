"""Sanad reads schema revisions without Alembic; it must agree with Alembic."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from app.storage import revisions
from app.storage.database import Database


def test_revisions_agree_with_alembic() -> None:
    script = ScriptDirectory(str(revisions.MIGRATIONS_DIR))
    assert revisions.head_revision() == script.get_current_head()
    assert revisions.known_revisions() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}


def test_stored_revision_of_a_migrated_and_a_bare_database(db: Database) -> None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        assert revisions.stored_revision(conn) == MigrationContext.configure(conn).get_current_revision()
        assert revisions.stored_revision(conn) == revisions.head_revision()
    bare = Database(str(db.path.parent / "bare.sqlite3") if db.path else "sqlite://", migrate=False)
    with bare.engine.connect() as conn:
        assert revisions.stored_revision(conn) is None
    bare.close()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    path = tmp_path / "x.sqlite3"
    Database(str(path)).close()
    code = (f"import sys; from app.storage.database import Database; Database({str(path)!r}).close(); "
            "assert not [m for m in sys.modules if m.split('.')[0] == 'alembic'], 'alembic imported'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
