"""A hard kill (SIGKILL) while importing, analysing or reviewing never corrupts the database
and never loses an edit the process reported as committed.

Workers print a line right after each commit (unbuffered). The test waits until some
commits are through, kills the process at a varying moment, then checks
``PRAGMA integrity_check`` and that every reported commit is present and whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services import claims
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage.database import Database
from app.storage.models import Article, AuditEvent, Claim
from app.text import sha256_text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "sample_article_ar.txt"
ROUNDS = 3
KILL_AFTER = (15, 40)  # commits seen before the kill, chosen at random in this range


def start(args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "SANAD_REVIEWER": "worker"}
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after_commits(proc: subprocess.Popen[str], rng: random.Random, timeout: float = 60) -> list[str]:
    """Read committed lines until a random count is reached, kill -9 a moment later; all lines seen."""
    assert proc.stdout is not None
    wanted = rng.randint(*KILL_AFTER)
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while len(lines) < wanted and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    time.sleep(rng.uniform(0, 0.03))  # land anywhere inside the next command
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the worker ended by itself: {err[-2000:]}"
    lines += [line.strip() for line in out.splitlines() if line.strip()]
    assert len(lines) >= KILL_AFTER[0], f"too few commits before the kill: {err[-2000:]}"
    return lines


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return ";".join(row[0] for row in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


def db_arg(db: Database) -> str:
    return str(db.path) if db.is_sqlite else db.url.render_as_string(hide_password=False)


def test_kill_during_review_loses_no_committed_edit(db: Database) -> None:
    ws = Workspace(db, "tester")
    article = int(import_article(ws, NewArticle(text=SAMPLE.read_text(encoding="utf-8"))).result)
    claim_id = int(claims.add_claim(ws, article, 0, 40).result)
    rng = random.Random(7)
    own_edits = 0  # the test's own status changes between rounds also bump the version
    for _ in range(ROUNDS):
        proc = start(["-m", "tests.app.reliability.workers", "review", db_arg(db), str(claim_id), "worker"])
        lines = kill_after_commits(proc, rng)
        last = int(lines[-1].split()[1])
        if db.is_sqlite:
            assert db.path is not None and integrity(db.path) == "ok"
        reopened = Database(db_arg(db))
        with reopened.read_session() as s:
            claim = s.get(Claim, claim_id)
            assert claim is not None
            value = int(claim.explanation or 0)
            # Every reported commit is there; at most the one in flight when killed came after it.
            assert value in (last, last + 1)
            # Each edit is whole: its version bump and its audit row committed with it, or none.
            assert claim.version == 1 + value + own_edits
            audited = s.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.entity_uuid == claim.uuid, AuditEvent.field == "explanation"))
            assert audited == value
        claims.set_status(Workspace(reopened, "tester"), claim_id, "in_progress")  # still writable
        claims.set_status(Workspace(reopened, "tester"), claim_id, "new")
        own_edits += 2
        reopened.close()


def _article_files(folder: Path, n: int) -> list[Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    files = []
    for i in range(n):
        path = folder / f"article-{i:03d}.txt"
        path.write_text(f"{text}\nنسخة رقم {i}.\n", encoding="utf-8")
        files.append(path)
    return files


@pytest.mark.parametrize("analyze", [False, True], ids=["import", "import+analysis"])
def test_kill_during_import_and_analysis_keeps_the_file_whole(tmp_path: Path, analyze: bool) -> None:
    path = tmp_path / "sanad.sqlite3"
    Database(str(path)).close()
    rng = random.Random(11 if analyze else 5)
    files = _article_files(tmp_path, 120)
    by_sha = {sha256_text(f.read_text(encoding="utf-8")): f for f in files}
    reported: set[int] = set()
    for round_ in range(ROUNDS):
        batch = files[round_ * 40:(round_ + 1) * 40]
        args = ["-m", "app.cli", "--db", str(path), "import", *map(str, batch)] + (["--analyze"] if analyze else [])
        lines = kill_after_commits(start(args), rng)
        reported |= {int(line) for line in lines}
        assert integrity(path) == "ok"
        db = Database(str(path))
        with db.read_session() as s:
            articles = {a.id: a for a in s.scalars(select(Article))}
            assert reported <= set(articles)  # every id printed after its commit is there
            assert len(articles) <= len(reported) + round_ + 1  # plus at most one in flight per kill
            for article in articles.values():
                assert sha256_text(article.text) == article.text_sha256 and article.text_sha256 in by_sha
                detector = s.scalar(select(func.count()).select_from(Claim).where(
                    Claim.article_id == article.id, Claim.origin == "detector"))
                # The analysis is stored whole or not at all.
                assert (article.analyzed_at is not None) == (detector > 0)
                if analyze and article.id in reported:
                    assert article.analyzed_at is not None
        db.close()



def test_kill_during_restore_leaves_the_old_or_the_new_database(tmp_path: Path) -> None:
    path = tmp_path / "sanad.sqlite3"
    db = Database(str(path))
    ws = Workspace(db, "tester")
    text = SAMPLE.read_text(encoding="utf-8")
    import_article(ws, NewArticle(text=text, title="قديم"))
    copy_a = db.backup_copy("a")
    for i in range(100):  # a bigger file, so that each copy takes a moment
        import_article(ws, NewArticle(text=f"{text}\n{i}", title="جديد"))
    copy_b = db.backup_copy("b")
    db.close()
    articles = {"A": 1, "B": 101}
    rng = random.Random(3)
    for _ in range(ROUNDS):
        proc = start(["-m", "tests.app.reliability.workers", "restore", str(path), str(copy_a), str(copy_b)])
        lines = kill_after_commits(proc, rng)
        assert integrity(path) == "ok"
        reopened = Database(str(path), backup=False)
        with reopened.read_session() as s:
            count = s.scalar(select(func.count()).select_from(Article))
        reopened.close()
        last = lines[-1].split()[1]
        following = "B" if last == "A" else "A"
        # The last reported restore, or the one in flight if its swap had happened: never a mix.
        assert count in (articles[last], articles[following])
