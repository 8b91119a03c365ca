"""“Checked before”: archived claims of other articles that say the same thing; copying their work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import InputError, NotFoundError
from app.services import queries
from app.services.articles import NewArticle, import_article
from app.services.checked_before import copy_evidence_and_sources, pair_score, similar_claims
from app.services.claims import add_claim, set_speaker, set_status, set_verdict
from app.services.core import Workspace
from app.services.evidence import add_evidence
from app.storage.models import Evidence


def _claim(ws: Workspace, text: str) -> int:
    article_id = import_article(ws, NewArticle(text=text, title=text[:30])).result
    return int(add_claim(ws, article_id, 0, len(text)).result)


@pytest.fixture
def archive(ws: Workspace) -> dict[str, int]:
    ids = {
        "same": _claim(ws, "أعلنت وزارة الصحة مقتل 25 شخصاً في انفجار المرفأ"),
        "other_figure": _claim(ws, "قالت وزارة الصحة إن 70 شخصاً قتلوا في انفجار المرفأ"),
        "unrelated": _claim(ws, "البنك المركزي رفع سعر الفائدة إلى 5.5 في المئة"),
    }
    set_verdict(ws, ids["same"], "false")
    set_status(ws, ids["same"], "done")
    return ids


def test_finds_the_same_claim_in_other_words(ws: Workspace, archive: dict[str, int]) -> None:
    new = _claim(ws, "قالت وزارة الصحة إن ٢٥ شخصاً قتلوا في انفجار المرفأ")
    matches = similar_claims(ws.db, new)
    assert [m.claim_id for m in matches] == [archive["same"]]
    best = matches[0]
    assert best.verdict_key == "false" and best.status == "done" and best.reviewed_at is not None
    assert best.quote.startswith("أعلنت وزارة الصحة") and 0.4 <= best.score <= 1
    assert any(r.startswith("same figures: 25") for r in best.reasons)
    loose = {m.claim_id: m for m in similar_claims(ws.db, new, threshold=0.0)}
    assert archive["unrelated"] not in loose  # no shared rare word: not even a candidate
    assert any(r.startswith("different figures") for r in loose[archive["other_figure"]].reasons)
    assert loose[archive["other_figure"]].score < best.score


def test_claims_of_the_same_article_are_not_matches(ws: Workspace) -> None:
    text = "قالت وزارة الصحة إن 25 شخصاً قتلوا. وأكدت وزارة الصحة أن 25 شخصاً قتلوا."
    article_id = import_article(ws, NewArticle(text=text)).result
    first = add_claim(ws, article_id, 0, 33).result
    add_claim(ws, article_id, 34, len(text))
    assert similar_claims(ws.db, first, threshold=0.0) == []
    with pytest.raises(NotFoundError):
        similar_claims(ws.db, 999)


def test_pair_score_figures() -> None:
    same, why = pair_score("البطالة ارتفعت إلى 12 في المئة عام 2023", "ارتفعت البطالة إلى 12% في 2023")
    other_year, why_year = pair_score("البطالة ارتفعت إلى 12 في المئة عام 2023", "البطالة ارتفعت إلى 12 في المئة عام 2019")
    assert same > 0.6 > other_year
    assert any("same figures" in r for r in why) and any("different figures" in r for r in why_year)
    assert pair_score("", "شيء") == (0.0, [])


def test_copy_evidence_and_speaker(ws: Workspace, archive: dict[str, int], tmp_path: Path) -> None:
    old = archive["same"]
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(b"%PDF-1.4 scan")
    add_evidence(ws, old, attachment=doc, title="سجل المستشفى", stance="refutes")
    add_evidence(ws, old, url="https://example.org/report", title="تقرير")
    set_speaker(ws, old, "وزارة الصحة", kind="government")
    new = _claim(ws, "قالت وزارة الصحة إن 25 شخصاً قتلوا في انفجار المرفأ")
    assert copy_evidence_and_sources(ws, new, old).result == 2
    with ws.db.read_session() as s:
        old_claim, new_claim = queries.get_claim(s, old), queries.get_claim(s, new)
        assert [(e.title, e.attachment_sha256, e.stance) for e in new_claim.evidence] == \
            [(e.title, e.attachment_sha256, e.stance) for e in old_claim.evidence]
        assert new_claim.speaker_id == old_claim.speaker_id is not None
    assert copy_evidence_and_sources(ws, new, old).result == 0  # nothing twice
    ws.undo()  # the first copy was one step: undo removes both items and the speaker
    with ws.db.read_session() as s:
        assert s.scalars(select(Evidence).where(Evidence.claim_id == new)).all() == []
        assert queries.get_claim(s, new).speaker_id is None
    with pytest.raises(InputError):
        copy_evidence_and_sources(ws, new, new)


def test_cli_similar(ws: Workspace, archive: dict[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from app.cli import main

    new = _claim(ws, "قالت وزارة الصحة إن ٢٥ شخصاً قتلوا في انفجار المرفأ")
    db_arg = ws.db.url.render_as_string(hide_password=False)
    assert main(["--db", db_arg, "similar", str(new), "--format", "json"]) == 0
    matches = json.loads(capsys.readouterr().out)["matches"]
    assert [(m["claim_id"], m["verdict"]) for m in matches] == [(archive["same"], "false")]
    assert main(["--db", db_arg, "similar", "999"]) == 2


def test_the_same_figure_going_the_other_way_is_another_claim() -> None:
    up, why_up = pair_score("صندوق النقد توقع نمو الاقتصاد بنسبة 2.5%", "يتوقع صندوق النقد أن ينمو الاقتصاد 2.5%")
    down, why_down = pair_score("صندوق النقد توقع نمو الاقتصاد بنسبة 2.5%", "صندوق النقد توقع انكماش الاقتصاد بنسبة 2.5%")
    assert up > 0.4 > down
    assert any("opposite direction" in r for r in why_down) and not any("opposite" in r for r in why_up)


def test_checked_before_for_a_whole_article(ws: Workspace, archive: dict[str, int]) -> None:
    from app.services.checked_before import checked_before_for_article

    text = "قالت وزارة الصحة إن ٢٥ شخصاً قتلوا في انفجار المرفأ. وطالب السكان بفتح تحقيق."
    article_id = import_article(ws, NewArticle(text=text)).result
    first = add_claim(ws, article_id, 0, text.index(".")).result
    add_claim(ws, article_id, text.index("وطالب"), len(text))
    found = checked_before_for_article(ws.db, article_id)
    assert list(found) == [first] and found[first][0].claim_id == archive["same"]
