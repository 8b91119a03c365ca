"""Exchange bundles: round trip, merge rules, refusal of damaged bundles, CLI."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bundles import export_bundle, import_bundle, read_bundle
from app.cli import main
from app.errors import InputError
from app.services import queries
from app.services.claims import add_claim, set_explanation, set_speaker, set_status, set_tags, set_verdict
from app.services.core import Workspace
from app.services.evidence import add_evidence, edit_evidence
from app.storage.database import Database
from app.storage.models import Article, AuditEvent, Claim, Evidence, Source


@pytest.fixture
def other(tmp_path: Path) -> Workspace:
    """A second, independent database (the colleague's)."""
    return Workspace(Database(str(tmp_path / "colleague.sqlite3")), "colleague")


def _claim(ws: Workspace, article_id: int, sample_text: str, words: str) -> int:
    start = sample_text.index(words)
    return int(add_claim(ws, article_id, start, start + len(words)).result)


def _counts(db: Database) -> dict[str, int]:
    with db.read_session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Article, Claim, Evidence, Source)}


@pytest.fixture
def reviewed_article(ws: Workspace, article_id: int, sample_text: str, tmp_path: Path) -> tuple[int, int]:
    cid = _claim(ws, article_id, sample_text, "إن 25 شخصاً قتلوا")
    set_speaker(ws, cid, "وزارة الصحة", kind="government")
    set_verdict(ws, cid, "false")
    set_explanation(ws, cid, "سجلات المستشفى تذكر 19 قتيلاً")
    set_tags(ws, cid, ["صحة", "حوادث"])
    doc = tmp_path / "report.txt"
    doc.write_text("تقرير المستشفى", encoding="utf-8")
    add_evidence(ws, cid, attachment=doc, title="سجل المستشفى", stance="refutes")
    return article_id, cid


def test_round_trip_into_an_empty_database(ws: Workspace, reviewed_article: tuple[int, int], other: Workspace,
                                           tmp_path: Path) -> None:
    article_id, cid = reviewed_article
    path = export_bundle(ws.db, [article_id], tmp_path / "out.sanad", exported_by="tester")
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["version"] == 1 and set(manifest["members"]) == set(zf.namelist()) - {"manifest.json"}
    summary = import_bundle(other, path)
    assert summary.added["articles"] == 1 and summary.added["claims"] == 1 and summary.added["evidence"] == 1
    assert summary.totals()["flagged"] == 0
    with other.db.read_session() as s:
        claim = s.scalars(select(Claim)).one()
        assert claim.rating is not None and claim.rating.key == "false"
        assert claim.speaker is not None and claim.speaker.name == "وزارة الصحة"
        assert claim.tags == ["حوادث", "صحة"] and claim.explanation == "سجلات المستشفى تذكر 19 قتيلاً"
        ev = claim.evidence[0]
        assert ev.stance == "refutes" and ev.attachment_sha256
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.actor == "tester")) > 0
    from app.services.attachments import verified_path
    assert verified_path(other.db.data_dir, ev.attachment_sha256).read_text(encoding="utf-8") == "تقرير المستشفى"
    again = import_bundle(other, path)  # the same bundle twice: nothing changes
    assert again.totals() == {"added": 0, "skipped": 4, "updated": 0, "flagged": 0}
    other.undo()  # nothing to undo for the second import; this undoes the first one
    assert _counts(other.db)["claims"] == 0


def test_newer_unreviewed_change_wins(ws: Workspace, article_id: int, sample_text: str, other: Workspace,
                                      tmp_path: Path) -> None:
    cid = _claim(ws, article_id, sample_text, "أجلت نحو 6500 شخص")
    path = export_bundle(ws.db, [article_id], tmp_path / "a.sanad")
    import_bundle(other, path)
    with other.db.read_session() as s:
        their_id = s.scalars(select(Claim.id)).one()
    set_explanation(other, their_id, "العدد الحقيقي 4000")  # the colleague works on it later
    back = export_bundle(other.db, [1], tmp_path / "b.sanad")
    summary = import_bundle(ws, back)
    assert summary.updated["claims"] == 1 and summary.totals()["flagged"] == 0
    with ws.db.read_session() as s:
        assert queries.get_claim(s, cid).explanation == "العدد الحقيقي 4000"


def test_reviewed_claims_are_never_overwritten(ws: Workspace, article_id: int, sample_text: str,
                                               other: Workspace, tmp_path: Path) -> None:
    cid = _claim(ws, article_id, sample_text, "عدد القتلى بلغ 27 قتيلاً")
    import_bundle(other, export_bundle(ws.db, [article_id], tmp_path / "a.sanad"))
    with other.db.read_session() as s:
        their_id = s.scalars(select(Claim.id)).one()
    set_verdict(ws, cid, "true")  # we review first...
    set_verdict(other, their_id, "false")  # ...the colleague judges differently, later
    set_status(other, their_id, "done")
    summary = import_bundle(ws, export_bundle(other.db, [1], tmp_path / "b.sanad", exported_by="Huda"))
    assert summary.flagged["claims"] == 1 and summary.updated["claims"] == 0
    with ws.db.read_session() as s:
        claim = queries.get_claim(s, cid)
        assert claim.rating is not None and claim.rating.key == "true" and claim.status == "new"
        assert claim.flagged is not None
        assert "bundle from Huda: verdict = false (theirs) vs true (yours)" in claim.flagged
        assert "status = done (theirs) vs new (yours)" in claim.flagged
    again = import_bundle(ws, tmp_path / "b.sanad")  # flagging twice adds nothing
    assert again.totals()["flagged"] == 0


def test_evidence_of_a_reviewed_claim_is_flagged_not_overwritten(ws: Workspace, reviewed_article: tuple[int, int],
                                                                 other: Workspace, tmp_path: Path) -> None:
    article_id, cid = reviewed_article
    import_bundle(other, export_bundle(ws.db, [article_id], tmp_path / "a.sanad"))
    with other.db.read_session() as s:
        ev_id = s.scalars(select(Evidence.id)).one()
    edit_evidence(other, ev_id, stance="supports")
    summary = import_bundle(ws, export_bundle(other.db, [1], tmp_path / "b.sanad"))
    assert summary.flagged["evidence"] == 1
    with ws.db.read_session() as s:
        claim = queries.get_claim(s, cid)
        assert claim.evidence[0].stance == "refutes"
        assert claim.flagged and "stance = supports (theirs) vs refutes (yours)" in claim.flagged


def test_new_claims_join_an_existing_article(ws: Workspace, article_id: int, sample_text: str, other: Workspace,
                                             tmp_path: Path) -> None:
    import_bundle(other, export_bundle(ws.db, [article_id], tmp_path / "a.sanad"))
    _claim(other, 1, sample_text, "إن 25 شخصاً قتلوا")
    summary = import_bundle(ws, export_bundle(other.db, [1], tmp_path / "b.sanad"))
    assert summary.added["claims"] == 1 and summary.skipped["articles"] == 1
    assert _counts(ws.db) == {"articles": 1, "claims": 1, "evidence": 0, "sources": 0}


def _rewrite(src: Path, dest: Path, change: dict[str, bytes | None], *, fix_hashes: bool = False) -> Path:
    import hashlib

    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name, None)
        else:
            members[name] = data
    if fix_hashes:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n != "manifest.json"}
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dest


def test_damaged_bundles_are_refused_whole(ws: Workspace, reviewed_article: tuple[int, int], other: Workspace,
                                           tmp_path: Path) -> None:
    article_id, _ = reviewed_article
    good = export_bundle(ws.db, [article_id], tmp_path / "good.sanad")
    with zipfile.ZipFile(good) as zf:
        name = next(n for n in zf.namelist() if n.startswith("articles/"))
        payload = json.loads(zf.read(name))
        manifest = json.loads(zf.read("manifest.json"))
    attachment = next(n for n in manifest["members"] if n.startswith("attachments/"))
    truncated = tmp_path / "truncated.sanad"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    not_zip = tmp_path / "text.sanad"
    not_zip.write_text("hello", encoding="utf-8")
    future = dict(payload, version=99)
    bad = {
        "truncated": truncated,
        "not a zip": not_zip,
        "hash mismatch": _rewrite(good, tmp_path / "h.sanad", {name: json.dumps(payload).encode() + b" "}),
        "bad json": _rewrite(good, tmp_path / "j.sanad", {name: b"{not json"}, fix_hashes=True),
        "unknown version": _rewrite(good, tmp_path / "v.sanad",
                                    {"manifest.json": json.dumps(dict(manifest, version=2)).encode()}),
        "article version": _rewrite(good, tmp_path / "av.sanad", {name: json.dumps(future).encode()},
                                    fix_hashes=True),
        "missing attachment": _rewrite(good, tmp_path / "m.sanad", {attachment: None}, fix_hashes=True),
        "extra member": _rewrite(good, tmp_path / "x.sanad", {"evil/../x": b"1"}),
        "no manifest": _rewrite(good, tmp_path / "n.sanad", {"manifest.json": None}),
    }
    before = _counts(other.db)
    for why, path in bad.items():
        with pytest.raises(InputError):
            import_bundle(other, path)
        assert _counts(other.db) == before, why
    assert other.undo_label() is None
    assert main(["--db", str(other.db.path), "bundle", "import", str(bad["hash mismatch"])]) == 2
    assert read_bundle(good).articles[0]["article"]["uuid"] == payload["article"]["uuid"]


def test_cli_export_and_import(ws: Workspace, reviewed_article: tuple[int, int], other: Workspace, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    article_id, _ = reviewed_article
    db_arg = ws.db.url.render_as_string(hide_password=False)
    out = tmp_path / "cli.sanad"
    assert main(["--db", db_arg, "bundle", "export", str(article_id), "-o", str(out)]) == 0
    assert main(["--db", str(other.db.path), "bundle", "import", str(out)]) == 0
    assert capsys.readouterr().out.startswith("added 4, skipped 0, updated 0, flagged 0")
    assert main(["--db", str(other.db.path), "bundle", "import", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["skipped"] == 4
    assert main(["--db", db_arg, "bundle", "export", "999", "-o", str(tmp_path / "x.sanad")]) != 0


def test_same_text_imported_separately_is_noted(ws: Workspace, article_id: int, other: Workspace,
                                                sample_text: str, tmp_path: Path) -> None:
    from app.services.articles import NewArticle, import_article

    import_article(other, NewArticle(text=sample_text, title="نسختي"))
    summary = import_bundle(other, export_bundle(ws.db, [article_id], tmp_path / "a.sanad"))
    assert summary.added["articles"] == 1
    assert any("same text as local article 1" in note for note in summary.notes)


def test_what_was_deleted_here_does_not_come_back(ws: Workspace, reviewed_article: tuple[int, int],
                                                 other: Workspace, tmp_path: Path) -> None:
    from app.services.claims import delete_claim

    article_id, cid = reviewed_article
    bundle = export_bundle(ws.db, [article_id], tmp_path / "a.sanad")
    import_bundle(other, bundle)
    with other.db.read_session() as s:
        their_id = s.scalars(select(Claim.id)).one()
    delete_claim(other, their_id)
    summary = import_bundle(other, bundle)
    assert summary.added["claims"] == 0 and summary.skipped["claims"] == 1
    assert any("was deleted here" in note for note in summary.notes)
    other.undo()  # the deletion undone: the claim is back, and a later import sees it as equal
    assert import_bundle(other, bundle).totals()["added"] == 0


def test_a_bundle_is_never_written_over_a_database(sqlite_db: Database, tmp_path: Path, sample_text: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from app.services.articles import NewArticle, import_article

    ws = Workspace(sqlite_db, "tester")
    article = int(import_article(ws, NewArticle(text=sample_text, title="t")).result)
    assert sqlite_db.path is not None
    before = sqlite_db.path.read_bytes()[:16]
    with pytest.raises(InputError, match="is Sanad's database; name another file for the bundle"):
        export_bundle(sqlite_db, [article], sqlite_db.path)
    other_db = tmp_path / "elsewhere.sqlite3"
    Database(str(other_db)).close()
    code = main(["--db", str(sqlite_db.path), "bundle", "export", str(article), "-o", str(other_db)])
    assert code == 2 and "is a database; name another file for the bundle" in capsys.readouterr().err
    assert sqlite_db.path.read_bytes()[:16] == before == other_db.read_bytes()[:16] == b"SQLite format 3\x00"
