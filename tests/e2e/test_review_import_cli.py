"""``sanad import`` and ``sanad review`` refuse bad input in one line, exit 2, and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLE = (
    "وزارة التربية تعلن عدد المدارس الجديدة\n\n"
    "قال وزير التربية هاني السعدي إن الوزارة افتتحت 48 مدرسة جديدة هذا العام، بكلفة 30 مليون دينار.\n"
)


def _one_line_exit_2(done, needle: str) -> None:  # type: ignore[no-untyped-def]
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sanad: ") and "Traceback" not in done.stderr, done.stderr
    assert needle in lines[0], lines[0]


def test_a_damaged_utf8_file_is_refused_not_imported_as_mojibake(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = ARTICLE.encode("utf-8")
    cut = good.index(b"48") - 1  # a whole character before this byte
    damaged = tmp_path / "مدارس.txt"
    damaged.write_bytes(good[:cut] + b"\xff\xfe" + good[cut:])
    fine = tmp_path / "سليم.txt"
    fine.write_text(ARTICLE.replace("48", "50"), encoding="utf-8")
    _one_line_exit_2(sanad("import", str(damaged), "--analyze"), f"damaged byte at {cut}")
    _one_line_exit_2(sanad("import", str(fine), str(damaged)), "damaged byte")  # one bad file: none imported
    assert json.loads(sanad("articles", "--format", "json").stdout)["articles"] == []


def test_review_refuses_an_evidence_that_is_not_a_link(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert sanad("import", str(path), "--analyze").returncode == 0
    claims = json.loads(sanad("claims", "1", "--format", "json").stdout)["claims"]
    claim = claims[0]
    for bad in ("javascript:alert(1)", "وزارة التربية", "www.moe.example/report", "", "https://"):
        _one_line_exit_2(sanad("review", str(claim["id"]), "--verdict", "false", "--evidence", bad),
                         "not a web address")
    # A kind without the speaker it describes was "nothing to change", as if the option were unknown.
    _one_line_exit_2(sanad("review", str(claim["id"]), "--speaker-kind", "person", "--status", "done"),
                     "--speaker-kind describes --speaker")
    after = json.loads(sanad("claims", "1", "--format", "json").stdout)["claims"][0]
    assert (after["version"], after["verdict"], after["evidence"], after["status"]) == (
        claim["version"], None, 0, "new")  # nothing changed
    done = sanad("review", str(claim["id"]), "--evidence", "https://moe.example/تقرير?سنة=2024", "--stance", "refutes")
    assert done.returncode == 0, done.stderr
    assert json.loads(sanad("claims", "1", "--format", "json").stdout)["claims"][0]["evidence"] == 1


def test_import_json_refuses_a_pipe_or_a_device_at_once(sanad, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    for path in (str(fifo), "/dev/zero"):  # both were read forever (the second filling memory)
        _one_line_exit_2(sanad("import-json", path, timeout=30), "not a regular file")
    _one_line_exit_2(sanad("import-json", str(tmp_path)), "is a folder")
