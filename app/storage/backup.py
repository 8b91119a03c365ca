"""Backups of the SQLite file: consistent copies, daily rotation, verified restore.

* :func:`copy_database` — a consistent copy through SQLite's online backup API (safe
  while others read or write under WAL), written to a temporary file then renamed, so a
  copy is either complete or absent.
* :func:`daily_backup` — called when a database is opened: at most one automatic copy a
  day in ``<db folder>/backups/``, keeping the last :data:`KEEP_DAILY`.
* :func:`verify_sanad_file` — ``PRAGMA integrity_check`` plus a schema revision this
  Sanad knows; anything else is refused before the current database is touched.
* :func:`restore` — verify, back up the current file, then swap atomically while holding
  an exclusive lock; refused while another program (a running Sanad) has the file open.

A server database (PostgreSQL) is backed up with the server's own tools (``pg_dump``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import InputError, SchemaTooNewError, StorageEnvironmentError

KEEP_DAILY = 10
DAILY_LABEL = "daily"
_REQUIRED_TABLES = {"alembic_version", "articles", "claims", "audit_events"}


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_name(db_path: Path, label: str, when: dt.datetime | None = None) -> Path:
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(db_path) / f"{db_path.stem}-{label}-{stamp}.sqlite3"


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write(dest: Path, fill: Callable[[str], object]) -> Path:
    """Write ``dest`` through ``fill(temporary name)`` then a rename: complete or absent."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
    os.close(fd)
    try:
        fill(tmp_name)
        with open(tmp_name, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_name, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return dest


def copy_database(src: Path, dest: Path) -> Path:
    """Copy the SQLite database ``src`` to ``dest`` with the online backup API (safe under WAL)."""

    def fill(tmp_name: str) -> None:
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=10)
        try:
            target = sqlite3.connect(tmp_name)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                target.close()
        finally:
            source.close()

    return _atomic_write(dest, fill)


def daily_backups(db_path: Path) -> list[Path]:
    """The automatic backups of ``db_path``, oldest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-{DAILY_LABEL}-*.sqlite3"))


def daily_backup(db_path: Path, *, keep: int = KEEP_DAILY, today: dt.date | None = None) -> Path | None:
    """Copy ``db_path`` unless today's copy exists; prune to the newest ``keep``. Returns the new copy."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    day = today or dt.date.today()
    prefix = f"{db_path.stem}-{DAILY_LABEL}-{day:%Y%m%d}-"
    if any(p.name.startswith(prefix) for p in daily_backups(db_path)):
        return None
    when = dt.datetime.combine(day, dt.datetime.now().time())
    made = copy_database(db_path, backup_name(db_path, DAILY_LABEL, when))
    for old in daily_backups(db_path)[:-keep] if keep > 0 else []:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def known_revisions() -> set[str]:
    from app.storage.revisions import known_revisions as shipped

    return set(shipped())


def verify_sanad_file(path: Path) -> str:
    """Check that ``path`` is an intact Sanad database this version can open; returns its revision."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            check = [row[0] for row in con.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not a Sanad database ({exc})") from exc
    if check != ["ok"]:
        raise InputError(f"{path}: the file is damaged (integrity check: {'; '.join(check[:3])})")
    if not _REQUIRED_TABLES <= tables or revision is None:
        raise InputError(f"{path}: not a Sanad database (its tables are not Sanad's)")
    if revision not in known_revisions():
        raise SchemaTooNewError(f"{path} was written by a newer Sanad (schema {revision}); update Sanad to restore it")
    return revision


@contextlib.contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """Hold ``db_path`` alone: refused while any other connection (a running Sanad) has it open."""
    con = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    try:
        try:
            # Leaving WAL needs every other connection closed: the test that no one is using the file.
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
            con.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            raise StorageEnvironmentError(
                f"{db_path}: the database is in use by another program (close Sanad first)"
            ) from exc
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            con.execute("ROLLBACK")
        con.close()


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace ``db_path`` with ``source`` after verifying it; returns the backup of the replaced file."""
    source = source.expanduser().resolve()
    if source == db_path.resolve():
        raise InputError(f"{source}: this is the database itself")
    verify_sanad_file(source)
    staged = backups_dir(db_path) / f".restore-{os.getpid()}.sqlite3"
    copy_database(source, staged)
    try:
        previous: Path | None = None
        if db_path.exists():
            with exclusive(db_path):
                # Locked, out of WAL and with no journal: the file alone is the whole database.
                previous = _atomic_write(backup_name(db_path, "pre-restore"),
                                         lambda tmp: shutil.copyfile(db_path, tmp))
                os.replace(staged, db_path)
        else:
            os.replace(staged, db_path)
        _fsync_dir(db_path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
    return previous
