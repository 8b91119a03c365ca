"""``sanad export``, ``sanad import-json`` and ``sanad review`` (exit codes, one-line errors)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli
from app.services import queries
from app.services.core import Workspace

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, db_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    # Only the modules under test: the CLI must not depend on other features being present.
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("app.cli_core", "app.exports.cli", "app.review_cli"))
    monkeypatch.delenv("SANAD_ORG_NAME", raising=False)
    monkeypatch.delenv("SANAD_ORG_URL", raising=False)

    def call(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def _claim_ids(ws: Workspace, article_id: int) -> list[int]:
    with ws.db.read_session() as s:
        return [c.id for c in queries.article_claims(s, article_id)]


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "csv", "xlsx", "json", "md"])
def test_export_every_format(run: Run, ws: Workspace, reviewed_article: int, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out" / f"report.{fmt}"
    code, _, err = run("export", str(reviewed_article), "--format", fmt, "-o", str(out), "--lang", "en",
                       "--annotated")
    assert code == 0, err
    assert out.stat().st_size > 100 and f"wrote {out}" in err
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left behind


def test_export_errors_are_one_line(run: Run, reviewed_article: int, tmp_path: Path) -> None:
    code, _, err = run("export", "999", "--format", "html", "-o", str(tmp_path / "x.html"))
    assert code == 2 and err == "sanad: no article #999\n"
    code, _, err = run("export", str(reviewed_article), "--format", "claimreview", "-o", str(tmp_path / "c.json"))
    assert code == 2 and err.count("\n") == 1 and "--org-name" in err and not (tmp_path / "c.json").exists()
    code, _, err = run("export", str(reviewed_article), "--format", "claimreview", "-o", str(tmp_path / "c.json"),
                       "--org-name", "Org", "--org-url", "https://org.example")
    assert code == 0 and "warning: claim 2: recommended fields missing" in err


def test_failed_export_keeps_the_old_file(run: Run, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    out.write_text("old", encoding="utf-8")
    code, _, err = run("export", str(reviewed_article), "--format", "claimreview", "-o", str(out), "--force")
    assert code == 2 and "--org-name" in err and out.read_text(encoding="utf-8") == "old"


def test_import_json_cli(run: Run, ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    assert run("export", str(reviewed_article), "-f", "json", "-o", str(report))[0] == 0
    code, _, err = run("import-json", str(report))
    assert code == 2 and err.startswith("sanad: article ") and "--as-copy" in err and err.count("\n") == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    data["claims"][0]["evidence"][0].update(attachment_sha256="ab" * 32, attachment_name="بيان.pdf")
    report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("import-json", str(report), "--as-copy")
    assert code == 0 and len(_claim_ids(ws, int(out))) == 4
    assert "1 attachment file(s) are not in this database's store" in err and "abababababab" in err
    code, _, err = run("import-json", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_review_sets_everything_through_commands(run: Run, ws: Workspace, reviewed_article: int) -> None:
    cid = _claim_ids(ws, reviewed_article)[3]
    code, _, err = run("review", str(cid), "--status", "done", "--verdict", "misleading", "--note", "الرقم مضخم",
                       "--evidence", "https://met.example/rain", "--stance", "refutes", "--speaker",
                       "هيئة الأرصاد الجوية", "--reviewer", "نور")
    assert code == 0, err
    with ws.db.read_session() as s:
        claim = queries.get_claim(s, cid)
        assert (claim.status, claim.rating.key if claim.rating else None) == ("done", "misleading")
        assert claim.explanation == "الرقم مضخم" and claim.speaker and claim.speaker.name == "هيئة الأرصاد الجوية"
        assert claim.reviewer and claim.reviewer.name == "نور"
        assert [(e.url, e.stance) for e in claim.evidence] == [("https://met.example/rain", "refutes")]
        history = queries.claim_history(s, claim)
    assert {e.actor for e in history if e.command == "set_verdict"} == {"نور"}
    undo_ws = Workspace(ws.db, "نور")
    undo_ws.undo()  # the reviewer assignment was the last step
    with ws.db.read_session() as s:
        assert queries.get_claim(s, cid).reviewer is None


def test_review_errors(run: Run, ws: Workspace, reviewed_article: int) -> None:
    cid = _claim_ids(ws, reviewed_article)[0]
    code, _, err = run("review", "99999", "--status", "done")
    assert code == 2 and err == "sanad: no claim #99999\n"
    with ws.db.read_session() as s:
        before = queries.get_claim(s, cid).version
    code, _, err = run("review", str(cid), "--status", "in_progress", "--verdict", "bogus")
    assert code == 2 and "unknown verdict 'bogus'" in err and err.count("\n") == 1
    with ws.db.read_session() as s:
        assert queries.get_claim(s, cid).version == before  # nothing was changed
    code, _, err = run("review", str(cid), "--stance", "supports")
    assert code == 2 and "--evidence" in err
    code, _, err = run("review", str(cid), "--status", "in_progress", "--expected-version", "1")
    assert code == 3 and "changed by someone else" in err
    with ws.db.read_session() as s:
        version = queries.get_claim(s, cid).version
    code, _, _ = run("review", str(cid), "--status", "in_progress", "--expected-version", str(version))
    assert code == 0


def test_exported_json_is_valid_cli_output(run: Run, reviewed_article: int, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    run("export", str(reviewed_article), "-f", "json", "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "sanad-report/1"
