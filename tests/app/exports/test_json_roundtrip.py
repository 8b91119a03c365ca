"""JSON report (sanad-report/1): full fidelity and a lossless round trip through import-json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import InputError
from app.exports import export_article
from app.services.articles import delete_article
from app.services.core import Workspace
from app.services.json_import import import_json, read_report
from app.storage.database import Database


def _export(ws: Workspace, article_id: int, path: Path) -> dict[str, Any]:
    export_article(ws, article_id, "json", path)
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    """What must survive a round trip: everything but database ids, the export time and the audit trail."""
    out = json.loads(json.dumps(data))
    for key in ("exported_at", "audit", "generator"):
        out.pop(key)
    out["article"].pop("id")
    for claim in out["claims"]:
        claim.pop("id")
    return out


def test_json_has_everything(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    data = _export(ws, reviewed_article, tmp_path / "r.json")
    assert data["schema"] == "sanad-report/1"
    assert data["article"]["text"].startswith("فيضانات وادي السدرة") and data["article"]["published_on"] == "2026-11-03"
    first = data["claims"][0]
    assert first["verdict"] == "true" and first["tags"] == ["ضحايا", "فيضانات"] and first["reviewer"] == "مريم الكاتب"
    assert first["evidence"][0]["url"] == "https://moi.example.gov/statement"
    assert {"attachment_sha256", "stance", "excerpt", "accessed_at"} <= set(first["evidence"][0])
    assert {r["key"] for r in data["ratings"]} == {"true", "false", "unverifiable"}
    assert {s["name"] for s in data["sources"]} == {"وزارة الداخلية", "سامي العطار"}
    assert data["conflicts"] == [{"a": first["uuid"], "b": data["claims"][2]["uuid"], "kind": "conflict",
                                  "reason": "25 قتيلاً مقابل 27 قتيلاً"}]
    assert any(e["command"] == "set_verdict" for e in data["audit"])


def test_round_trip_loses_nothing(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    from app.services.evidence import add_evidence
    from app.services.queries import article_claims

    scan = tmp_path / "بيان.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned statement")
    with ws.db.read_session() as s:
        second = article_claims(s, reviewed_article)[1].id
    add_evidence(ws, second, attachment=scan, stance="context", excerpt="نص ممسوح")
    before = _export(ws, reviewed_article, tmp_path / "a.json")
    attached = before["claims"][1]["evidence"][0]
    assert attached["attachment_name"] == "بيان.pdf" and len(attached["attachment_sha256"]) == 64
    delete_article(ws, reviewed_article)
    new_id = int(import_json(ws, read_report(tmp_path / "a.json")).result)
    after = _export(ws, new_id, tmp_path / "b.json")
    assert _comparable(after) == _comparable(before)
    assert after["article"]["uuid"] == before["article"]["uuid"]
    assert any(e["command"] == "import_json" for e in after["audit"])  # the import itself is audited


def test_round_trip_into_another_database(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    before = _export(ws, reviewed_article, tmp_path / "a.json")
    other = Database(str(tmp_path / "other.sqlite3"))
    try:
        ws2 = Workspace(other, "someone")
        new_id = int(import_json(ws2, read_report(tmp_path / "a.json")).result)
        assert _comparable(_export(ws2, new_id, tmp_path / "b.json")) == _comparable(before)
    finally:
        other.close()


def test_existing_article_is_refused_unless_copy(ws: Workspace, reviewed_article: int, tmp_path: Path) -> None:
    data = _export(ws, reviewed_article, tmp_path / "a.json")
    with pytest.raises(InputError, match="already in this database.*--as-copy"):
        import_json(ws, read_report(tmp_path / "a.json"))
    copy_id = int(import_json(ws, read_report(tmp_path / "a.json"), as_copy=True).result)
    copy = _export(ws, copy_id, tmp_path / "c.json")
    assert copy["article"]["uuid"] != data["article"]["uuid"]
    assert not {c["uuid"] for c in copy["claims"]} & {c["uuid"] for c in data["claims"]}
    assert [c["quote"] for c in copy["claims"]] == [c["quote"] for c in data["claims"]]
    assert len(copy["conflicts"]) == 1
    ws.undo()  # the import is one undoable step
    with ws.db.read_session() as s:
        from app.storage.models import Article

        assert s.get(Article, copy_id) is None


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d.update(schema="other/9"), "not a Sanad JSON report"),
    (lambda d: d["article"].update(text=d["article"]["text"] + "x"), "SHA-256"),
    (lambda d: d["claims"][0].update(start=d["claims"][0]["start"] + 1), "does not match the article text"),
    (lambda d: d["claims"][0].update(status="finished"), "invalid report at claims/0/status"),
    (lambda d: d["conflicts"].append({"a": "nope", "b": "nada"}), "conflict link"),
])
def test_bad_files_are_refused_with_one_line(ws: Workspace, reviewed_article: int, tmp_path: Path,
                                             change: Any, message: str) -> None:
    data = _export(ws, reviewed_article, tmp_path / "a.json")
    change(data)
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        read_report(tmp_path / "bad.json")
    assert "\n" not in str(info.value)


def test_not_json(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_bytes(b"\xff\xfe nope")
    with pytest.raises(InputError, match="not valid UTF-8 JSON"):
        read_report(tmp_path / "x.json")
