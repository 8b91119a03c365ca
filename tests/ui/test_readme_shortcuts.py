"""The README's table of shortcuts says every shortcut the action registry gives, and no other."""

from __future__ import annotations

import re
from pathlib import Path

from ui.mainwindow.actions import ACTIONS

README = Path(__file__).resolve().parents[2] / "README.md"
ARROWS = {"Down": "↓", "Up": "↑", "Left": "←", "Right": "→"}


def _written(shortcut: str) -> str:
    keys = shortcut.split("+") if shortcut != "Ctrl++" else ["Ctrl", "+"]
    return "+".join(ARROWS.get(k, k) for k in keys)


def _table() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Working in the window")
    return text[start:text.index("\n## ", start + 1)]


def _listed(table: str) -> set[str]:
    """The key combinations in the table's first column (each in backticks; `X+1` … `X+N` is a range)."""
    keys: set[str] = set()
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        cell = line.split("|")[1]
        for mod, last in re.findall(r"`(\w+)\+1` … `\w+\+(\d)`", cell):
            keys |= {f"{mod}+{n}" for n in range(1, int(last) + 1)}
        keys |= set(re.findall(r"`([^`]+)`", cell))
    return keys


def test_every_shortcut_is_in_the_readme_and_the_readme_invents_none() -> None:
    given = {_written(s) for spec in ACTIONS for s in spec.shortcuts}
    assert _listed(_table()) == given
