"""``build_report`` then ``export_article(report=...)``: the report model read once, written later."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import InputError, NotFoundError
from app.exports import FORMATS, build_report, export_article
from app.services import claims as claim_cmds
from app.services.core import Workspace
from app.services.queries import article_claims


def _verdicts(path: Path) -> list[str | None]:
    data = json.loads(path.read_text("utf-8"))
    return [c["verdict"] for c in data["claims"]]


def test_a_built_report_is_written_as_it_was_read(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    report = build_report(ws, reviewed_article)
    assert report.article.title == "فيضانات وادي السدرة" and len(report.claims) == 4
    with ws.db.read_session() as s:
        last = article_claims(s, reviewed_article)[-1].id
    claim_cmds.set_verdict(ws, last, "misleading")  # changed after the model was read
    given, fresh = tmp_path / "given.json", tmp_path / "fresh.json"
    result = export_article(ws, reviewed_article, "json", given, report=report)
    export_article(ws, reviewed_article, "json", fresh)
    assert result.claims == 4 and result.path == given
    assert _verdicts(given) == ["true", "unverifiable", "false", None]  # the model handed in, not read again
    assert _verdicts(fresh) == ["true", "unverifiable", "false", "misleading"]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "claimreview"])
def test_every_format_takes_a_built_report(ws: Workspace, reviewed_article: int, tmp_path: Path, fmt: str) -> None:
    report = build_report(ws.db, reviewed_article)  # a Database does as well as a Workspace
    seen: list[float] = []
    out = tmp_path / f"r.{fmt}"
    result = export_article(ws, reviewed_article, fmt, out, "ar", seen.append, report=report)
    assert out.stat().st_size > 0 and result.claims == 4
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert 0.3 not in seen  # nothing is read: the fractions count the writing alone


def test_pdf_progress_spans_the_writing_when_the_report_is_given(ws: Workspace, reviewed_article: int,
                                                                  tmp_path: Path) -> None:
    report = build_report(ws, reviewed_article)
    given: list[float] = []
    result = export_article(ws, reviewed_article, "pdf", tmp_path / "a.pdf", "ar", given.append, report=report)
    read: list[float] = []
    export_article(ws, reviewed_article, "pdf", tmp_path / "b.pdf", "ar", read.append)
    assert result.pages and result.pages >= 2
    assert given[0] == 0.0 and given[1] == pytest.approx(1 / result.pages)  # the first page, not 0.3 + 0.7/pages
    assert read[:2] == [0.0, 0.3] and read[2] == pytest.approx(0.3 + 0.7 / result.pages)


def test_a_report_of_another_article_is_refused(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    report = build_report(ws, reviewed_article)
    with pytest.raises(InputError, match="not of article"):
        export_article(ws, reviewed_article + 1, "md", tmp_path / "r.md", report=report)
    assert not (tmp_path / "r.md").exists()


def test_building_the_report_of_an_unknown_article(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        build_report(ws, 9999)
