"""Several Sanad windows opening one new (or newly upgraded) database at the same moment:
the schema is created once, the rating scale seeded once, and every window opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.storage.database import Database, head_revision
from app.storage.models import Rating
from tests.app.reliability.procs import release_together

ROOT = Path(__file__).resolve().parents[3]
WINDOWS = 4
OPEN = (
    "import sys; from app.storage.database import Database; "
    "sys.stdin.readline(); Database(sys.argv[1]).close(); print('opened', flush=True)"
)


def test_simultaneous_first_opens_create_the_schema_once(db_url: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, db_url], cwd=ROOT, env=env, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(WINDOWS)]
    results = release_together(procs, timeout=120)  # all imported and waiting: released together
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0 and out.strip() == "opened", err[-3000:]
    db = Database(db_url)
    try:
        assert db.current_revision() == head_revision()
        with db.read_session() as s:
            assert s.scalar(select(func.count()).select_from(Rating)) == 7
    finally:
        db.close()
