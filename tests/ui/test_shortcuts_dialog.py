"""Help → Keyboard shortcuts lists the registry's actions with their keys, in the interface's language."""

from __future__ import annotations

from ui.mainwindow.window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


def _rows(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]  # type: ignore[misc]


def test_the_list_is_the_registry_with_verdicts_by_name(shown: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown.registry["help.shortcuts"].trigger()
    dialog = shown.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = _rows(dialog)
    assert ("Claim", "Next claim", "\u2066Alt+Down\u2069") in rows
    assert ("Edit", "Undo", "\u2066Ctrl+Z\u2069") in rows
    assert any(action == "False" and keys == "\u2066Ctrl+5\u2069" for _menu, action, keys in rows)
    assert ("Help", "Keyboard shortcuts", "\u2066Shift+F1\u2069") in rows
    # Every action with keys is there, and only those.
    with_keys = [a for a in shown.registry.actions.values() if a.shortcuts() and a.isVisible()]
    assert len(rows) == len(with_keys)
    dialog.reject()


def test_the_list_speaks_arabic_in_the_arabic_interface(shown: MainWindow, qtbot,  # type: ignore[no-untyped-def]
                                                        compiled_translations: list[object]) -> None:
    shown.apply_language("ar")
    try:
        shown.show_shortcuts()
        dialog = shown.findChild(ShortcutsDialog)
        assert dialog is not None
        assert dialog.windowTitle() == "اختصارات لوحة المفاتيح"
        assert any(action == "الادعاء التالي" and keys.startswith("\u2066Alt+") for _m, action, keys in _rows(dialog))
        dialog.reject()
    finally:
        shown.apply_language("en")
