"""A PostgreSQL database of this test process's own, for the reliability and storage tests.

The shared fixture resets one ``sanad_test`` database for every test; when two engineers
(or two CI jobs) run the suite against the same server at once, one run drops the schema
under the other. Tests that start worker processes and run for seconds are the most
exposed, so here ``db_url`` names ``sanad_test_<pid>`` instead (dropped at the end).
Other test modules take it with ``from tests.app.reliability.conftest import db_url``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL

_created: set[str] = set()


def private_postgres_url() -> str:
    assert POSTGRES_URL
    base = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    name = f"sanad_test_{os.getpid()}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if name not in _created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            _created.add(name)
    admin.dispose()
    target = base.set(database=name)
    eng = create_engine(target, isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()
    return target.render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _drop_private_databases() -> Iterator[None]:
    yield
    if not _created or not POSTGRES_URL:
        return
    base = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg", database="postgres")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in sorted(_created):
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
    _created.clear()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "sanad.sqlite3")
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need SANAD_TEST_POSTGRES_URL (CI sets it)")
    return private_postgres_url()
