"""Two reviewers editing the same claim: the second gets ConflictError, nothing is ever lost."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services import claims
from app.services.core import Workspace
from app.storage.models import AuditEvent, Claim
from tests.app.reliability.procs import release_together

ROOT = Path(__file__).resolve().parents[3]
EDITS_PER_PROCESS = 500  # two processes: 1,000 interleaved edits of one claim


def worker(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "tests.app.reliability.workers", *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def sanad(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "SANAD_REVIEWER": "cli"})


def test_second_writer_of_the_same_version_gets_a_conflict(ws: Workspace, article_id: int) -> None:
    claim_id = int(claims.add_claim(ws, article_id, 0, 30).result)
    claims.set_status(ws, claim_id, "in_progress", expected_version=1)
    with pytest.raises(claims.ConflictError, match="changed by someone else") as info:
        claims.set_explanation(ws, claim_id, "قديم", expected_version=1)
    assert "your version 1, now 2" in str(info.value)
    with ws.db.read_session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None and (claim.status, claim.explanation, claim.version) == ("in_progress", None, 2)


def test_cli_review_conflict_exits_3_with_one_line(ws: Workspace, article_id: int) -> None:
    claim_id = int(claims.add_claim(ws, article_id, 0, 30).result)
    url = ws.db.url.render_as_string(hide_password=False) if not ws.db.is_sqlite else str(ws.db.path)
    first = sanad("--db", url, "review", str(claim_id), "--status", "done", "--expected-version", "1")
    assert first.returncode == 0, first.stderr
    second = sanad("--db", url, "review", str(claim_id), "--verdict", "false", "--expected-version", "1")
    assert second.returncode == 3
    assert second.stderr.count("\n") == 1 and "changed by someone else" in second.stderr
    assert "Traceback" not in second.stderr
    with ws.db.read_session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None and claim.status == "done" and claim.rating_id is None


@pytest.mark.slow
def test_two_processes_1000_interleaved_edits_lose_nothing(ws: Workspace, article_id: int) -> None:
    claim_id = int(claims.add_claim(ws, article_id, 0, 30).result)
    url = ws.db.url.render_as_string(hide_password=False) if not ws.db.is_sqlite else str(ws.db.path)
    procs = [worker("increment", url, str(claim_id), str(EDITS_PER_PROCESS), name) for name in ("maryam", "omar")]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    except BaseException:
        for p in procs:
            p.kill()
        raise
    started = time.monotonic()
    results = release_together(procs, timeout=90)
    elapsed = time.monotonic() - started
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err[-2000:]
        assert out.startswith(f"done {EDITS_PER_PROCESS} conflicts ")
    conflicts = sum(int(out.split()[-1]) for out, _ in results)
    total = 2 * EDITS_PER_PROCESS
    with ws.db.read_session() as s:
        claim = s.get(Claim, claim_id)
        assert claim is not None
        assert claim.explanation == str(total)  # every increment landed on the one before: 0 lost
        assert claim.version == 1 + total
        audited = s.query(AuditEvent).filter(AuditEvent.entity == "claims", AuditEvent.field == "explanation",
                                             AuditEvent.entity_uuid == claim.uuid).count()
        assert audited == total
    print(f"\n{ws.db.url.get_backend_name()}: {total} edits, 0 lost, {conflicts} conflicts retried, {elapsed:.1f} s")
    assert conflicts > 0, "the two processes never interleaved: the test proved nothing"
