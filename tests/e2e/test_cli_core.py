"""The core CLI contracts: --version, import, claims, undo; bad input is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLE = (
    "مجلس المدينة يقر الموازنة\r\n\r\n"
    "قال رئيس المجلس إن الموازنة بلغت 12 مليون دينار، بزيادة 8% عن العام الماضي.\r\n"
)


def test_version(sanad) -> None:  # type: ignore[no-untyped-def]
    out = sanad("--version", db_arg=False)
    assert out.returncode == 0 and out.stdout.startswith("sanad ")


def test_import_prints_the_new_id_and_claims_lists_json(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    out = sanad("import", str(path), "--title", "الموازنة", "--published", "2024-03-05")
    assert out.returncode == 0, out.stderr
    article_id = int(out.stdout.strip())
    listed = sanad("claims", str(article_id), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["article"]["title"] == "الموازنة"
    assert data["article"]["published_on"] == "2024-03-05"
    assert "\r" not in ARTICLE.replace("\r\n", "\n")
    assert data["claims"] == []


def test_bad_input_is_one_line_exit_2_and_writes_nothing(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    cases = [
        ("import", str(tmp_path / "missing.txt")),
        ("import", str(empty)),
        ("import", str(tmp_path)),
        ("import", str(good), "--published", "2024-13-45"),
        ("import", str(good), str(empty)),  # one bad file: nothing is imported
        ("claims", "999"),
    ]
    for args in cases:
        out = sanad(*args)
        assert out.returncode == 2, (args, out.stdout, out.stderr)
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("sanad: "), (args, out.stderr)
        assert "Traceback" not in out.stderr
    listed = sanad("articles", "--format", "json")
    assert json.loads(listed.stdout)["articles"] == []


def test_undo_and_redo_from_the_command_line(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert sanad("import", str(path)).returncode == 0
    undo = sanad("undo")
    assert undo.returncode == 0 and "import article" in undo.stderr
    assert json.loads(sanad("articles", "--format", "json").stdout)["articles"] == []
    assert sanad("redo").returncode == 0
    assert len(json.loads(sanad("articles", "--format", "json").stdout)["articles"]) == 1
    nothing = sanad("redo")
    assert nothing.returncode == 2 and "nothing to redo" in nothing.stderr


def test_newer_database_is_refused(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    assert sanad("articles").returncode == 0
    db = tmp_path / "e2e.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    con.commit()
    con.close()
    out = sanad("articles")
    assert out.returncode == 2 and "newer Sanad" in out.stderr


def test_importing_the_same_text_again_reuses_the_article(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("\r\n", "\n"), encoding="utf-8")  # same text once normalised
    a = sanad("import", str(first))
    b = sanad("import", str(second))
    assert a.returncode == b.returncode == 0
    assert a.stdout.strip() == b.stdout.strip()
    assert "already imported" in b.stderr
    assert len(json.loads(sanad("articles", "--format", "json").stdout)["articles"]) == 1
