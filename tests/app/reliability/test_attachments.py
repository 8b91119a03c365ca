"""Evidence attachments are verified by their SHA-256 whenever they are opened or exported."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.errors import SanadError
from app.services import claims
from app.services.attachments import AttachmentDamagedError, export_copy, store_path, verified_path
from app.services.core import Workspace
from app.services.evidence import add_evidence
from app.storage.models import Evidence

CONTENT = "تقرير المستشفى: 27 قتيلاً".encode()


@pytest.fixture
def stored(ws: Workspace, article_id: int, tmp_path: Path) -> tuple[Path, str]:
    claim_id = int(claims.add_claim(ws, article_id, 0, 30).result)
    source = tmp_path / "report.txt"
    source.write_bytes(CONTENT)
    evidence_id = int(add_evidence(ws, claim_id, attachment=source).result)
    with ws.db.read_session() as s:
        ev = s.get(Evidence, evidence_id)
        assert ev is not None and ev.attachment_sha256 is not None
        sha = ev.attachment_sha256
    assert sha == hashlib.sha256(CONTENT).hexdigest()
    return ws.db.data_dir, sha


def test_an_intact_attachment_opens(stored: tuple[Path, str]) -> None:
    root, sha = stored
    assert verified_path(root, sha).read_bytes() == CONTENT


def test_a_tampered_attachment_is_refused(stored: tuple[Path, str], tmp_path: Path) -> None:
    root, sha = stored
    path = store_path(root, sha)
    path.write_bytes(CONTENT.replace(b"27", b"72"))  # same size, other figure
    with pytest.raises(AttachmentDamagedError, match="damaged") as info:
        verified_path(root, sha)
    assert isinstance(info.value, SanadError)  # one line for the user, no traceback
    with pytest.raises(AttachmentDamagedError):
        export_copy(root, sha, tmp_path / "out" / "report.txt")
    assert not (tmp_path / "out" / "report.txt").exists()


def test_a_missing_attachment_is_reported(stored: tuple[Path, str]) -> None:
    root, sha = stored
    store_path(root, sha).unlink()
    with pytest.raises(AttachmentDamagedError, match="missing"):
        verified_path(root, sha)



def test_storing_the_genuine_file_again_repairs_a_damaged_copy(stored: tuple[Path, str], tmp_path: Path) -> None:
    from app.services.attachments import store

    root, sha = stored
    store_path(root, sha).write_bytes(b"damaged")
    genuine = tmp_path / "again.txt"
    genuine.write_bytes(CONTENT)
    assert store(root, genuine)[0] == sha
    assert verified_path(root, sha).read_bytes() == CONTENT
