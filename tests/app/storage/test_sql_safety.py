"""No SQL in app/ is built by pasting values into strings (f-strings, +, %, str.format).

Ruff's S608 catches the common shapes at lint time; this test is the backstop that also
looks at the calls SQL goes through (``text()``, ``execute()``, ``exec_driver_sql()``...)
and at any string that reads like a SQL statement.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[3] / "app"
SQL_CALLS = {"text", "execute", "exec_driver_sql", "executescript", "executemany", "literal_column"}
SQL_SHAPE = re.compile(
    r"^\s*(select\b.+\bfrom\b|insert\s+into\b|update\s+\w+\s+set\b|delete\s+from\b|pragma\s+\w+|"
    r"(create|drop|alter)\s+(table|index|view|trigger|schema|database)\b|with\s+\w+\s+as\s*\()",
    re.IGNORECASE | re.DOTALL,
)


def _constant_text(node: ast.AST) -> str:
    """The literal parts of a string expression, joined (placeholders as nothing)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_constant_text(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _constant_text(node.left) + " " + _constant_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _constant_text(node.func.value)
    return ""


def _is_built_string(node: ast.AST) -> bool:
    """A string assembled at run time from non-literal parts."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return bool(_constant_text(node).strip())
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return isinstance(node.func.value, ast.Constant)  # "...".format(); psycopg's sql.SQL().format() is safe
    return False


def find_built_sql(source: str, filename: str = "<source>") -> list[str]:
    problems: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in SQL_CALLS and node.args and _is_built_string(node.args[0]):
                problems.append(f"{filename}:{node.lineno}: {name}() of a string built at run time")
        if _is_built_string(node) and SQL_SHAPE.search(_constant_text(node)):
            problems.append(f"{filename}:{getattr(node, 'lineno', 0)}: SQL assembled from pieces")
    return sorted(set(problems))


def test_the_checker_catches_what_it_must() -> None:
    bad = [
        'conn.execute(text(f"SELECT * FROM claims WHERE quote = \'{q}\'"))',
        'cur.execute(f"PRAGMA busy_timeout={ms}")',
        'conn.exec_driver_sql("DELETE FROM tags WHERE name = \'" + name + "\'")',
        'query = "UPDATE claims SET status = \'%s\'" % status',
        's.execute(text("SELECT id FROM articles WHERE title = \'{}\'".format(title)))',
        'sql = f"select id from claims where id = {claim_id}"',
    ]
    for snippet in bad:
        assert find_built_sql(snippet), snippet
    good = [
        's.execute(text("SELECT pg_notify(:channel, :message)"), {"channel": c, "message": m})',
        'cur.execute("PRAGMA foreign_keys=ON")',
        'conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(name)))',
        'raise InputError(f"{path}: update Sanad to open it")',
    ]
    for snippet in good:
        assert not find_built_sql(snippet), snippet


def test_app_builds_no_sql_from_strings() -> None:
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 20
    problems = [p for f in files for p in find_built_sql(f.read_text(encoding="utf-8"), str(f.relative_to(APP.parent)))]
    assert problems == []
