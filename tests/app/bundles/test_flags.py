"""app.bundles.flags: a merge's flag lines are written and read back in one place."""

from __future__ import annotations

import pytest

from app.bundles.flags import Flag, flag_line, parse_flag


@pytest.mark.parametrize("flag", [
    Flag("Desk B", "status", "done", "new"),
    Flag("مكتب عمّان", "explanation", "الأرقام تطابق بيان الوزارة", "—"),
    Flag("Desk B", "stance", "refutes", "supports", evidence="بيان الوزارة: 25 قتيلاً"),
    Flag("Desk: night (2)", "verdict", "false", "true"),  # a colon and brackets in the origin
])
def test_a_line_reads_back_as_the_flag_it_records(flag: Flag) -> None:
    line = flag_line(flag)
    assert line.startswith("bundle from ")
    assert parse_flag(line) == flag
    assert parse_flag(line).entity == ("evidence" if flag.evidence else "claims")  # type: ignore[union-attr]


@pytest.mark.parametrize("line", ["", "checked by hand: needs a second look", "bundle from X: status = done"])
def test_other_lines_are_not_flags(line: str) -> None:
    assert parse_flag(line) is None
