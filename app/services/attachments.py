"""Evidence attachments, stored content-addressed by SHA-256 and verified on read."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from app.errors import InputError, SanadError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class AttachmentDamagedError(SanadError):
    """The stored file no longer matches its hash."""


def store_path(root: Path, sha: str) -> Path:
    return root / "attachments" / sha[:2] / sha


def check_file(source: str | os.PathLike[str]) -> Path:
    """``source`` as a Path if it can be attached, else the InputError :func:`store` would raise."""
    src = Path(source)
    if not src.is_file():
        raise InputError(f"cannot attach {str(src)!r}: no such file")
    if src.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise InputError(f"cannot attach {src.name!r}: larger than {MAX_ATTACHMENT_BYTES // 2**20} MB")
    return src


def store(root: Path, source: str | os.PathLike[str]) -> tuple[str, str, str]:
    """Copy ``source`` into the store; returns (sha256, original name, mime type)."""
    src = check_file(source)
    digest = hashlib.sha256()
    (root / "attachments").mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=root / "attachments", prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            for chunk in iter(lambda: inp.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = store_path(root, sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and _sha256_of(final) == sha:
            os.unlink(tmp_name)
        else:  # new, or a damaged stored copy that the genuine file now repairs
            os.replace(tmp_name, final)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    mime = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
    return sha, src.name, mime


def store_bytes(root: Path, data: bytes, name: str) -> tuple[str, str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (Path(name).name or "attachment")
        path.write_bytes(data)
        return store(root, path)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verified_path(root: Path, sha: str) -> Path:
    """The stored file for ``sha`` after checking its content still matches the hash."""
    path = store_path(root, sha)
    if not path.is_file():
        raise AttachmentDamagedError(f"the attachment {sha[:12]}… is missing from {path.parent}")
    if _sha256_of(path) != sha:
        raise AttachmentDamagedError(f"the attachment {sha[:12]}… is damaged: its content no longer matches")
    return path


def export_copy(root: Path, sha: str, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(verified_path(root, sha), dest)
    return dest
