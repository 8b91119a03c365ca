"""Exports of an article without claims, failures that must leave no file, progress, bad options."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from app.errors import InputError
from app.exports import EXTENSIONS, FORMATS, export_article
from app.services.core import Workspace


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_article_without_claims(ws: Workspace, article_id: int, tmp_path: Path, fmt: str, lang: str) -> None:
    out = tmp_path / f"empty{EXTENSIONS[fmt]}"
    result = export_article(ws, article_id, fmt, out, lang, annotated=True, org_name="Org",
                            org_url="https://org.example")
    assert out.stat().st_size > 0 and result.claims == 0
    if fmt == "claimreview":
        assert json.loads(out.read_text(encoding="utf-8")) == []
        assert result.warnings == ["no claim has a verdict yet: the ClaimReview file is an empty list"]
    if fmt in ("html", "md"):
        assert ("لا توجد ادعاءات" if lang == "ar" else "This article has no claims") in out.read_text("utf-8")


def test_failed_render_leaves_the_old_file(ws: Workspace, reviewed_article: int, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import docx.document

    out = tmp_path / "out" / "r.docx"
    out.parent.mkdir()
    out.write_bytes(b"previous report")

    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(InputError, match="cannot write the report .No space left on device"):
        export_article(ws, reviewed_article, "docx", out)
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in out.parent.iterdir()] == ["r.docx"]


def test_progress_runs_from_zero_to_one(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    seen: list[float] = []
    result = export_article(ws, reviewed_article, "pdf", tmp_path / "r.pdf", "ar", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert len(seen) >= 3 + (result.pages or 0)  # one step per painted page


def test_bad_options(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown export format 'rtf'"):
        export_article(ws, reviewed_article, "rtf", tmp_path / "r.rtf")
    with pytest.raises(InputError, match="unknown report language 'fr'"):
        export_article(ws, reviewed_article, "html", tmp_path / "r.html", "fr")
    with pytest.raises(InputError, match="is a folder"):
        export_article(ws, reviewed_article, "html", tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_a_report_gets_the_mode_of_any_new_file(ws: Workspace, reviewed_article: int, tmp_path: Path,
                                                fmt: str) -> None:
    old = os.umask(0o022)
    try:
        (tmp_path / "out").mkdir()
        out = tmp_path / "out" / f"shared.{fmt}"
        export_article(ws, reviewed_article, fmt, out, "ar")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644  # readable by the colleagues it is sent to, not 0600
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left beside it
