"""Regression guards for the Qt binding and the action registry."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.mainwindow.actions import ACTIONS, MENUS, all_shortcuts


def test_hundred_thousand_void_calls_do_not_crash(qtbot) -> None:
    """PySide6 6.12 crashed on CPython 3.11 after many void-returning calls; 6.11.3 must not."""
    widget, edit = QWidget(), QPlainTextEdit()
    qtbot.addWidget(widget)
    qtbot.addWidget(edit)
    for n in range(100_000):
        widget.setUpdatesEnabled(True)
        edit.setReadOnly(n % 2 == 0)
    assert edit.isReadOnly() is False


def test_no_shortcut_collisions() -> None:
    seen: dict[str, str] = {}
    for key, action_id in all_shortcuts():
        assert key, f"{action_id} has an unparseable shortcut"
        assert key not in seen, f"{key} is bound to both {seen[key]} and {action_id}"
        seen[key] = action_id


def test_registry_is_complete_and_layout_safe() -> None:
    ids = [a.id for a in ACTIONS]
    assert len(ids) == len(set(ids))
    menus = {key for key, _ in MENUS}
    for spec in ACTIONS:
        assert spec.menu in menus
        for shortcut in spec.shortcuts:
            key = shortcut.split("+")[-1]
            # Letters are matched by the layout's character: not usable on an Arabic keyboard.
            assert not (len(key) == 1 and key.isalpha()) or spec.id in ("edit.undo", "edit.redo", "edit.find",
                                                                        "file.import", "file.paste",
                                                                        "file.quit", "edit.search_archive"), spec.id
    # Ctrl+Shift+F (the usual "find in files") has a layout-safe twin, Ctrl+F3.
    assert next(s for s in ACTIONS if s.id == "edit.search_archive").shortcuts[1] == "Ctrl+F3"
    assert [f"Ctrl+{n}" for n in range(1, 8)] == [s.shortcuts[0] for s in ACTIONS if s.id[-1:].isdigit()]


def test_window_actions_match_the_registry(window) -> None:
    for spec in ACTIONS:
        action = window.registry[spec.id]
        assert action.parent() is window
        assert [k.toString() for k in action.shortcuts()] == [QKeySequence(s).toString() for s in spec.shortcuts]
    assert window.registry["verdict.1"].text() == "True"
    assert window.registry["edit.undo"].isEnabled() is False


def test_arabic_menus_show_shortcuts_left_to_right(window) -> None:
    from ui.menu_style import LRM, MenuStyle, ltr_shortcut

    assert ltr_shortcut("التفضيلات…\tCtrl+,") == f"التفضيلات…\t{LRM}Ctrl+,{LRM}"
    assert ltr_shortcut(ltr_shortcut("تكبير\tCtrl++")) == f"تكبير\t{LRM}Ctrl++{LRM}"  # once only
    assert ltr_shortcut("المقالات") == "المقالات"  # no shortcut: unchanged
    assert all(isinstance(menu.style(), MenuStyle) for menu in window.registry.menus.values())
