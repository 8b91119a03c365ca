"""Search: index kept in step by commands, undo and redo; any input is a query; both back ends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.errors import InputError
from app.search import reindex_all, search
from app.search.query import fts5_match, pg_tsquery
from app.services.articles import NewArticle, delete_article, import_article
from app.services.claims import add_claim, delete_claim, set_explanation, set_status, set_verdict
from app.services.core import Workspace
from app.services.evidence import add_evidence, delete_evidence
from app.services.sources import add_source, edit_source

WEIRD = ['"', '""', "'", "*", "OR", "AND NOT", "NEAR(", "NEAR(a b", "-", "-القمح", ":", "kind:claim",
         "body : x", "'; DROP TABLE claims; --", "a OR b", "(", ")", "^", "{body}", "\\", "% _", "ـــ", "َ",
         "   ", "", "x' & 'y", "a:* | b", "!", "<->", "\"وزارة\" OR NEAR(", "٢٥", "NULL", "1=1", "\x00", "a\x00b", "\u200f\u200e", "ﷺ", "ﻻ", "ß*", "İ", "🙂", "x" * 5000,
         " ".join(["في"] * 40), "\\'\\\"", "$1", "%s", ":q", "{0}"]


def _quote(sample_text: str, word: str) -> tuple[int, int]:
    start = sample_text.index(word)
    return start, start + len(word)


def kinds(results: list) -> set[tuple[str, int]]:
    return {(r.kind, r.ref_id) for r in results}


def test_claim_found_and_normalised(ws: Workspace, article_id: int, sample_text: str) -> None:
    start, end = _quote(sample_text, "إن 25 شخصاً قتلوا وأصيب 138 آخرون")
    cid = add_claim(ws, article_id, start, end).result
    # alef/teh marbuta/tanween/Eastern digits in the query all match the normalised key
    for q in ("شخصا قتلوا", "شخصاً", "٢٥ شخص", "اخرون", "آخرون", "قتلو"):
        res = search(ws.db, q, kind="claim")
        assert [(r.kind, r.claim_id) for r in res] == [("claim", cid)], q
    hit = search(ws.db, "قتلوا", kind="claim")[0]
    assert hit.article_id == article_id and hit.status == "new" and hit.verdict is None
    assert "«قتلوا»" in hit.snippet and hit.text.startswith("إن 25")
    assert search(ws.db, "قتلوا زلزال") == []  # every word must match


def test_every_kind_is_indexed(ws: Workspace, article_id: int, sample_text: str) -> None:
    cid = add_claim(ws, article_id, *_quote(sample_text, "أجلت نحو 6500 شخص")).result
    set_explanation(ws, cid, "الرقم الرسمي أقل بكثير")
    ev = add_evidence(ws, cid, title="تقرير الهلال الأحمر", excerpt="تم إجلاء ٤٠٠٠ شخص").result
    src = add_source(ws, "المرصد الوطني للزلازل").result
    assert kinds(search(ws.db, "الانقاذ")) == {("article", article_id)}
    assert kinds(search(ws.db, "بكثير")) == {("claim", cid)}
    assert kinds(search(ws.db, "4000")) == {("evidence", ev)}
    assert search(ws.db, "الهلال")[0].claim_id == cid
    assert kinds(search(ws.db, "المرصد الوطني")) == {("source", src)}
    assert kinds(search(ws.db, "6500", kind="article")) == {("article", article_id)}
    assert kinds(search(ws.db, "6500", kind="claim")) == {("claim", cid)}
    edit_source(ws, src, name="مرصد الزلازل")
    assert search(ws.db, "الوطني") == []
    delete_evidence(ws, ev)
    assert search(ws.db, "4000") == []
    ws.undo()
    assert kinds(search(ws.db, "4000")) == {("evidence", ev)}


def test_undo_redo_keep_index_in_step(ws: Workspace, article_id: int, sample_text: str) -> None:
    cid = add_claim(ws, article_id, *_quote(sample_text, "عدد القتلى بلغ 27 قتيلاً")).result
    set_explanation(ws, cid, "بيان الدفاع المدني الثاني")
    assert kinds(search(ws.db, "الثاني")) == {("claim", cid)}
    ws.undo()
    assert search(ws.db, "الثاني") == []
    assert kinds(search(ws.db, "قتيلا", kind="claim")) == {("claim", cid)}
    ws.undo()
    assert search(ws.db, "قتيلا", kind="claim") == []
    ws.redo()
    ws.redo()
    assert kinds(search(ws.db, "الثاني")) == {("claim", cid)}
    delete_claim(ws, cid)
    assert search(ws.db, "قتيلا", kind="claim") == []
    ws.undo()
    assert kinds(search(ws.db, "قتيلا", kind="claim")) == {("claim", cid)}
    delete_article(ws, article_id)
    assert search(ws.db, "قتيلا") == []
    ws.undo()
    assert kinds(search(ws.db, "قتيلا")) == {("claim", cid), ("article", article_id)}


def test_filters(ws: Workspace, article_id: int, sample_text: str) -> None:
    a = add_claim(ws, article_id, *_quote(sample_text, "إن 25 شخصاً قتلوا")).result
    b = add_claim(ws, article_id, *_quote(sample_text, "عدد القتلى بلغ 27 قتيلاً")).result
    set_verdict(ws, a, "false")
    set_status(ws, b, "done")
    add_evidence(ws, a, title="شهادة من المستشفى عن القتلى")
    assert {r.claim_id for r in search(ws.db, "القتلى", verdict="false")} == {a}
    assert {r.kind for r in search(ws.db, "القتلى", verdict="false")} == {"evidence"}
    assert kinds(search(ws.db, "قتلوا", verdict="false")) == {("claim", a)}
    assert kinds(search(ws.db, "27", status="done")) == {("claim", b)}
    assert search(ws.db, "27", status="new") == []
    with pytest.raises(InputError):
        search(ws.db, "x", verdict="nonsense")
    with pytest.raises(InputError):
        search(ws.db, "x", kind="tweet")
    assert len(search(ws.db, "في", limit=1)) == 1


@pytest.mark.parametrize("query", WEIRD)
def test_any_input_is_a_query(ws: Workspace, article_id: int, query: str) -> None:
    results = search(ws.db, query)
    assert isinstance(results, list)
    with ws.db.read_session() as s:  # nothing was dropped
        assert s.execute(text("SELECT count(*) FROM claims")).scalar() == 0


def test_operators_are_words(ws: Workspace, sample_text: str) -> None:
    aid = import_article(ws, NewArticle(text="He said NEAR the river OR the hill: yes-no \"quoted\" 3*4")).result
    assert kinds(search(ws.db, "NEAR")) == {("article", aid)}
    assert kinds(search(ws.db, "river OR")) == {("article", aid)}
    assert kinds(search(ws.db, 'yes-no "quoted"')) == {("article", aid)}
    assert kinds(search(ws.db, "hill:")) == {("article", aid)}
    assert search(ws.db, "NOT river") == []  # NOT is a word that is not in the text


def test_query_builders_quote_everything() -> None:
    assert fts5_match(["a", 'b"c']) == 'body : ("a" AND "b""c"*)'
    assert fts5_match(["x"], kind="claim") == 'kind : ("claim") AND body : ("x")'
    assert pg_tsquery(["a", "b'c"]) == "'a' & 'b''c':*"
    assert pg_tsquery(["a", "b"], any_of=True) == "'a' | 'b'"


def test_reindex_rebuilds(ws: Workspace, article_id: int) -> None:
    with ws.db.session() as s:
        s.execute(text("DELETE FROM search_index"))
    assert search(ws.db, "الانقاذ") == []
    assert reindex_all(ws.db) == 1
    assert kinds(search(ws.db, "الانقاذ")) == {("article", article_id)}


def test_cli_search(ws: Workspace, article_id: int, sample_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    cid = add_claim(ws, article_id, *_quote(sample_text, "إن 25 شخصاً قتلوا")).result
    set_verdict(ws, cid, "false")
    db_arg = ws.db.url.render_as_string(hide_password=False)
    assert main(["--db", db_arg, "search", "قتلوا", "--kind", "claim", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"] == [{"kind": "claim", "article_id": article_id, "claim_id": cid,
                                "text": "إن 25 شخصاً قتلوا", "snippet": "إن 25 شخصاً «قتلوا»",
                                "score": data["results"][0]["score"], "verdict": "false"}]
    assert main(["--db", db_arg, "search", "لا يوجد شيء كهذا", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"results": []}
    assert main(["--db", db_arg, "search", "NEAR( \"x", "--format", "table"]) == 0
    assert main(["--db", db_arg, "search", "--reindex"]) == 0
    assert main(["--db", db_arg, "search", "x", "--verdict", "nope"]) == 2


SAME_DATA = [
    ("وزارة الصحة أعلنت وفاة 12 شخصاً في حلب", "القضاء"),
    ("البنك المركزي رفع سعر الفائدة إلى 5.5% في مارس", "الاقتصاد"),
    ("Café prices rose 20 percent in Beirut", "English"),
    ("قال المتحدث إنّ الهجوم أسفر عن مقتل ١٥٠ مدنياً", "عاجل"),
]
QUERIES = ["حلب", "الصحه", "5", "55", "سعر الفا", "cafe", "CAFÉ pri", "150 مدنيا", "قال", "في", "ال",
           "المتحدث الهجوم", "20 percent", "مارس", "x", "وزار", "اسفر عن", "عاجل", "نشر"]


def test_same_results_on_sqlite_and_postgres(ws: Workspace) -> None:
    """The same data and queries give the same result sets on both back ends (one golden table)."""
    for body_text, title in SAME_DATA:
        import_article(ws, NewArticle(text=body_text, title=title))
    assert {q: kinds(search(ws.db, q)) for q in QUERIES} == GOLDEN
    # ranking is computed outside the database: the same order and scores on both back ends
    assert [(r.ref_id, r.score) for r in search(ws.db, "ال")] == [(2, 1.748808), (1, 1.414791), (4, 1.375)]
    assert [(r.ref_id, r.score) for r in search(ws.db, "في")] == [(1, 1.042654), (2, 0.960699)]


GOLDEN = {
    "حلب": {("article", 1)}, "الصحه": {("article", 1)}, "5": {("article", 2)}, "55": set(),
    "سعر الفا": {("article", 2)}, "cafe": {("article", 3)}, "CAFÉ pri": {("article", 3)},
    "150 مدنيا": {("article", 4)}, "قال": {("article", 4)}, "في": {("article", 1), ("article", 2)},
    "ال": {("article", 1), ("article", 2), ("article", 4)}, "المتحدث الهجوم": {("article", 4)},
    "20 percent": {("article", 3)}, "مارس": {("article", 2)}, "x": set(), "وزار": {("article", 1)},
    "اسفر عن": {("article", 4)}, "عاجل": {("article", 4)}, "نشر": set(),
}


def test_upgrading_an_old_database_indexes_what_it_holds(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from app.storage.database import Database, _alembic_config

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO articles (uuid, title, language, text, text_sha256, imported_at, updated_at)"
                          " VALUES ('u1', 'قديم', 'ar', 'نصٌّ قديم عن الفيضانات', 'x', '2024-01-01', '2024-01-01')"))
    engine.dispose()
    db = Database(str(path))
    try:
        assert [(r.kind, r.snippet) for r in search(db, "نص الفيضان")] == [("article", "«نصٌّ» قديم عن «الفيضانات»")]
    finally:
        db.close()


def test_indexing_the_same_entity_twice_replaces_its_row(ws: Workspace, article_id: int) -> None:
    """Two commands re-indexing one claim at once (team mode) must not collide on its row."""
    from app.search.indexer import _ROWS, _insert

    with ws.db.session() as s:
        rows = _ROWS["article"](s, [article_id])
        _insert(s, rows)
        _insert(s, [{**rows[0], "body": "نص بديل"}])
    assert kinds(search(ws.db, "بديل")) == {("article", article_id)}
    assert search(ws.db, "الانقاذ") == []


def test_very_long_words_are_indexed_and_found(ws: Workspace) -> None:
    blob = "ب" * 3000  # a run of letters longer than PostgreSQL allows in one lexeme
    aid = import_article(ws, NewArticle(text=f"مقدمة {blob} خاتمة", title="طويل")).result
    assert kinds(search(ws.db, blob)) == {("article", aid)}
    assert kinds(search(ws.db, "خاتمة")) == {("article", aid)}
