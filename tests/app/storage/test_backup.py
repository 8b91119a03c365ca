"""Automatic daily backups, `sanad backup`, and a verified, atomic `sanad restore`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.errors import InputError, SchemaTooNewError, StorageEnvironmentError
from app.services import claims
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage import backup
from app.storage.database import Database, head_revision


def _new_db(path: Path, title: str = "أصل") -> None:
    db = Database(str(path))
    import_article(Workspace(db, "tester"), NewArticle(text="قال الوزير إن 25 شخصاً قتلوا.", title=title))
    db.close()


def _titles(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        con.close()


def test_opening_makes_one_backup_a_day(tmp_path: Path) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    assert backup.daily_backups(path) == []  # the open that created the file had nothing to save
    db = Database(str(path))
    db.close()
    assert db.daily_backup_path is not None and backup.daily_backups(path) == [db.daily_backup_path]
    Database(str(path)).close()
    assert len(backup.daily_backups(path)) == 1  # at most once a day
    assert _titles(backup.daily_backups(path)[0]) == ["أصل"]
    assert backup.verify_sanad_file(backup.daily_backups(path)[0]) == head_revision()


def test_rotation_keeps_the_last_ten(tmp_path: Path) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    start = dt.date(2026, 1, 1)
    for day in range(14):
        assert backup.daily_backup(path, today=start + dt.timedelta(days=day)) is not None
    kept = backup.daily_backups(path)
    assert len(kept) == backup.KEEP_DAILY == 10
    assert kept[0].name.startswith("sanad-daily-20260105-") and kept[-1].name.startswith("sanad-daily-20260114-")


def test_backup_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    db = Database(str(path))
    ws = Workspace(db, "tester")
    import_article(ws, NewArticle(text="نص ثان في ملف مفتوح.", title="ثان"))  # still in the WAL
    copy = db.backup_copy("manual")
    db.close()
    assert _titles(copy) == ["أصل", "ثان"]
    assert not Path(f"{copy}-wal").exists()


def test_verify_refuses_what_is_not_a_sanad_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database at all " * 100)
    with pytest.raises(InputError, match="not a Sanad database"):
        backup.verify_sanad_file(text)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(InputError, match="not a Sanad database"):
        backup.verify_sanad_file(other)
    newer = tmp_path / "newer.sqlite3"
    _new_db(newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError):
        backup.verify_sanad_file(newer)


def test_verify_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    _new_db(path)
    Database(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    for offset in range(page_size * 2 + 16, min(len(data), page_size * 6), 7):  # scribble over b-tree pages
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="damaged|not a Sanad database"):
        backup.verify_sanad_file(path)


def test_cli_backup_then_restore_brings_back_the_old_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    out = tmp_path / "before.sqlite3"
    assert main(["--db", str(path), "backup", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert main(["--db", str(path), "backup", "-o", str(out)]) == 2  # never overwrites
    db = Database(str(path))
    import_article(Workspace(db, "tester"), NewArticle(text="مقال أضيف بعد النسخة.", title="لاحق"))
    db.close()
    assert _titles(path) == ["أصل", "لاحق"]

    assert main(["--db", str(path), "restore", str(out)]) == 0
    assert _titles(path) == ["أصل"]
    saved = sorted((tmp_path / "backups").glob("sanad-pre-restore-*.sqlite3"))
    assert len(saved) == 1 and _titles(saved[0]) == ["أصل", "لاحق"]  # the replaced one is kept
    db = Database(str(path))  # the restored file opens and works
    assert claims.add_claim(Workspace(db, "tester"), 1, 0, 10).result
    db.close()


def test_restore_refuses_a_database_in_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    copy = tmp_path / "copy.sqlite3"
    backup.copy_database(path, copy)
    running = Database(str(path))  # a running Sanad: pooled connection stays open
    with running.read_session() as s:
        s.connection()
    before = path.read_bytes()
    try:
        with pytest.raises(StorageEnvironmentError, match="in use"):
            backup.restore(path, copy)
        assert main(["--db", str(path), "restore", str(copy)]) == 4
        assert "in use by another program" in capsys.readouterr().err
    finally:
        running.close()
    assert path.read_bytes() == before


def test_restore_refuses_a_bad_file_and_leaves_the_database_alone(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"\x00" * 4096)
    assert main(["--db", str(path), "restore", str(bogus)]) == 2
    assert "not a Sanad database" in capsys.readouterr().err
    assert _titles(path) == ["أصل"]
    assert not list(tmp_path.glob("backups/*pre-restore*"))


def test_backup_of_a_server_database_points_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "postgresql+psycopg://u@localhost/x", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_a_failed_automatic_backup_does_not_stop_work(tmp_path: Path) -> None:
    path = tmp_path / "sanad.sqlite3"
    _new_db(path)
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    db = Database(str(path))
    try:
        assert db.daily_backup_path is None and db.backup_problem  # for the GUI to show
        import_article(Workspace(db, "tester"), NewArticle(text="ما زال العمل ممكناً.", title="بعد"))
    finally:
        db.close()
    assert _titles(path) == ["أصل", "بعد"]
