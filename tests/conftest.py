"""Shared fixtures: every storage/service/search/export test runs on SQLite and PostgreSQL.

PostgreSQL tests use ``SANAD_TEST_POSTGRES_URL`` (``.ci/run`` sets it); without it they
skip with a clear reason. Each test gets an empty schema.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.core import Workspace
from app.storage.database import Database

POSTGRES_URL = os.environ.get("SANAD_TEST_POSTGRES_URL")
_PG_DB = f"sanad_test_{os.getpid()}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop this process's PostgreSQL test database."""
    if not POSTGRES_URL:
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(make_url(POSTGRES_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{_PG_DB}" WITH (FORCE)'))
    except Exception:  # noqa: BLE001 - cleanup must not turn a green run red
        pass
    finally:
        admin.dispose()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder or database."""
    home = tmp_path_factory.mktemp("sanad-home")
    monkeypatch.setenv("SANAD_HOME", str(home))
    monkeypatch.delenv("SANAD_DB", raising=False)
    monkeypatch.setenv("SANAD_REVIEWER", "tester")


def private_postgres_url(url: str | None = None) -> str:
    """A clean database of this test process on the server named by ``url``; returns its URL.

    Each pytest process gets its own database (``sanad_test_<pid>``), so two test runs on
    one server never wipe each other's schema; each test gets an empty schema in it.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = url or POSTGRES_URL
    assert url, "SANAD_TEST_POSTGRES_URL is not set"
    base = make_url(url).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": _PG_DB}).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{_PG_DB}"'))  # a name we made, not user input
    admin.dispose()
    target = base.set(database=_PG_DB)
    eng = create_engine(target, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return target.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "sanad.sqlite3")
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need SANAD_TEST_POSTGRES_URL (CI sets it)")
    return private_postgres_url()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite-only database, for tests about the file itself (backups, WAL, corruption)."""
    database = Database(str(tmp_path / "sanad.sqlite3"))
    yield database
    database.close()


@pytest.fixture
def ws(db: Database) -> Workspace:
    return Workspace(db, "tester")


SAMPLE_TEXT = (
    "وزارة الصحة: ارتفاع عدد المصابين\n\n"
    "قالت وزارة الصحة في بيان يوم الثلاثاء إن 25 شخصاً قتلوا وأصيب 138 آخرون في الحادث.\n"
    "وأضاف البيان أن فرق الإنقاذ أجلت نحو 6500 شخص من القرى المجاورة.\n"
    "وفي وقت لاحق، قال متحدث باسم الدفاع المدني إن عدد القتلى بلغ 27 قتيلاً.\n"
    "نأمل أن تنتهي الأزمة قريباً.\n"
)


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_TEXT


@pytest.fixture
def article_id(ws: Workspace) -> int:
    from app.services.articles import NewArticle, import_article

    return int(import_article(ws, NewArticle(text=SAMPLE_TEXT, title="عنوان تجريبي")).result)
