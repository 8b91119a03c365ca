import argparse
import json

import pytest

from app.analysis import cli
from app.errors import InputError


def parse(argv):
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    return parser.parse_args(argv)


def test_analyze_json(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes("\ufeffقال المتحدث باسم الجيش إن 3 جنود أصيبوا أمس.\r\nشكراً لكم\r\n".encode())
    args = parse(["analyze", str(f), "--published", "2024-02-10"])
    assert args.func(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["article"]["published"] == "2024-02-10" and out["article"]["language"] == "ar"
    (claim,) = out["claims"]
    assert set(claim) == {"start", "end", "text", "score", "kind", "reasons", "speaker", "quantities", "dates"}
    assert claim["speaker"]["text"] == "المتحدث باسم الجيش"
    assert claim["quantities"][0]["value"] == 3
    assert out["conflicts"] == []


def test_analyze_all_and_text_format(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("عنوان\nقال الوزير إن 7 مصانع أغلقت بسبب الأزمة.\n", encoding="utf-8")
    args = parse(["analyze", str(f), "--all", "--format", "text"])
    args.func(args)
    out = capsys.readouterr().out
    assert "[1]" in out and "[2]" in out and "speaker: الوزير" in out


def test_bad_published_date_is_rejected(tmp_path):
    with pytest.raises(SystemExit):
        parse(["analyze", "x.txt", "--published", "2024-13-40"])


def test_non_arabic_file_is_input_error(tmp_path):
    f = tmp_path / "e.txt"
    f.write_text("just english\n", encoding="utf-8")
    args = parse(["analyze", str(f)])
    with pytest.raises(InputError):
        args.func(args)


def test_score_lines(tmp_path, capsys):
    f = tmp_path / "l.txt"
    f.write_text("مساء الخير\nقتل 25 شخصاً في انفجار وقع أمس.\n\n", encoding="utf-8")
    args = parse(["score-lines", str(f)])
    assert args.func(args) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3
    assert rows[0][1] == "0" and rows[1][1] == "1" and rows[2] == ["0.0000", "0"]
    assert all(0 <= float(score) <= 1 for score, _ in rows)


def test_score_lines_claims_column(tmp_path, capsys):
    f = tmp_path / "l.txt"
    f.write_text("أتمنى لكم يوماً سعيداً\nقتل 25 شخصاً في انفجار وقع أمس.\n", encoding="utf-8")
    args = parse(["score-lines", str(f), "--claims"])
    assert args.func(args) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [len(r) for r in rows] == [3, 3]
    assert rows[0][1:] == ["0", "0"] and rows[1][1:] == ["1", "1"]


def test_a_claim_below_the_highlight_threshold_is_still_a_claim():
    from app.analysis.engine import CLAIM_THRESHOLD, HIGHLIGHT_THRESHOLD, score_text

    assert CLAIM_THRESHOLD < HIGHLIGHT_THRESHOLD
    # A plain factual statement with nothing that makes it worth checking.
    assert CLAIM_THRESHOLD <= score_text("افتتح المتحف الجديد أبوابه للزوار في المدينة القديمة.")
    assert score_text("اللهم اشف مرضانا ومرضى المسلمين") < CLAIM_THRESHOLD
