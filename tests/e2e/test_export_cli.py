"""``sanad export`` as a journalist runs it: bad output paths are one line, exit 2, and lose nothing."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLE = (
    "البلدية تعلن كلفة الجسر الجديد\n\n"
    "قال رئيس البلدية سليم الراشد إن كلفة الجسر بلغت 14 مليون دينار، وإن العمل سينتهي في أيار 2025.\n"
)


def _article(sanad, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "جسر.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    done = sanad("import", str(path), "--analyze")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _one_line_exit_2(done, *needles: str) -> None:  # type: ignore[no-untyped-def]
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sanad: ") and "Traceback" not in done.stderr, done.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_export_never_writes_over_the_database(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = _article(sanad, tmp_path)
    db = tmp_path / "e2e.sqlite3"
    for extra in ((), ("--force",)):
        done = sanad("export", article, "-f", "pdf", "-o", str(db), *extra)
        _one_line_exit_2(done)
        assert db.read_bytes().startswith(b"SQLite format 3\x00")
    # Another database (a backup, a colleague's file) is not a report either.
    other = tmp_path / "other.sqlite3"
    other.write_bytes(db.read_bytes())
    _one_line_exit_2(sanad("export", article, "-f", "html", "-o", str(other), "--force"), "is a database")
    assert other.read_bytes() == db.read_bytes()
    listed = sanad("articles", "--format", "json")  # the reviews are all still there
    assert [a["id"] for a in json.loads(listed.stdout)["articles"]] == [int(article)]


def test_a_device_or_a_pipe_is_never_replaced(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    article = _article(sanad, tmp_path)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    # With --force a pipe became a regular file, and so would /dev/null for root (not tried here:
    # without the fix this test would replace it).
    _one_line_exit_2(sanad("export", article, "-f", "md", "-o", str(fifo), "--force"), "not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_existing_file_is_replaced_only_with_force(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = _article(sanad, tmp_path)
    notes = tmp_path / "ملاحظات.csv"
    notes.write_text("ملاحظاتي التي لا نسخة أخرى منها\n", encoding="utf-8")
    _one_line_exit_2(sanad("export", article, "-f", "csv", "-o", str(notes)), "already exists", "--force")
    assert notes.read_text(encoding="utf-8") == "ملاحظاتي التي لا نسخة أخرى منها\n"
    done = sanad("export", article, "-f", "csv", "-o", str(notes), "--force")
    assert done.returncode == 0, done.stderr
    assert notes.read_bytes().startswith(b"\xef\xbb\xbf")  # the report, UTF-8 with BOM
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_bad_output_paths_are_one_line_and_write_nothing(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = _article(sanad, tmp_path)
    assert sanad("articles").returncode == 0  # opening the database again makes its daily backup
    before = sorted(p.name for p in tmp_path.iterdir())
    source = tmp_path / "جسر.txt"
    cases = [
        (("export", "999", "-f", "html", "-o", str(tmp_path / "r.html")), "no article #999"),
        (("export", article, "-f", "pdf", "-o", str(tmp_path)), "is a folder"),
        (("export", article, "-f", "html", "-o", str(source / "r.html")), "is a file, not a folder"),
        (("export", article, "-f", "pdf", "-o", str(tmp_path / ("ت" * 200 + ".pdf"))), "cannot write"),
    ]
    for args, needle in cases:
        _one_line_exit_2(sanad(*args), needle)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no file left behind
    assert source.read_text(encoding="utf-8") == ARTICLE


def test_a_long_file_name_that_the_folder_accepts_is_written(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = _article(sanad, tmp_path)
    out = tmp_path / ("r" * 240 + ".md")  # 243 bytes: allowed, but not with a temporary suffix added to it
    done = sanad("export", article, "-f", "md", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "البلدية" in out.read_text(encoding="utf-8")
