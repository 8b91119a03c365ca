"""The one action registry: every action's id, text, icon, shortcuts and menu place.

Shortcuts avoid letters (Qt matches a letter shortcut by the character the keyboard
layout produces, so Ctrl+J would not fire on an Arabic layout): arrows, digits,
function keys and the standard edit keys only. ``tests/ui`` fails on any collision.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle

MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("claim", QT_TRANSLATE_NOOP("Menus", "&Claim")),
    ("verdict", QT_TRANSLATE_NOOP("Menus", "&Verdict")),
    ("view", QT_TRANSLATE_NOOP("Menus", "V&iew")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)
VERDICT_SLOTS = 7
STATUS_KEYS = ("new", "in_progress", "needs_second_review", "done", "dismissed")


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # English source text, translated in context "Actions"
    menu: str
    shortcuts: tuple[str, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    separator_before: bool = False


SP = QStyle.StandardPixmap
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.import", QT_TRANSLATE_NOOP("Actions", "&Open file…"), "file", ("Ctrl+O",), SP.SP_DialogOpenButton),
    ActionSpec("file.paste", QT_TRANSLATE_NOOP("Actions", "&New article from pasted text…"), "file", ("Ctrl+N",), SP.SP_FileIcon),
    ActionSpec("file.library", QT_TRANSLATE_NOOP("Actions", "Articles &library"), "file", ("F2",), SP.SP_DirIcon),
    ActionSpec("file.export", QT_TRANSLATE_NOOP("Actions", "&Export report…"), "file", (),
               SP.SP_DialogSaveButton, True),
    ActionSpec("file.export_bundle", QT_TRANSLATE_NOOP("Actions", "Export &bundle…"), "file", ()),
    ActionSpec("file.import_bundle", QT_TRANSLATE_NOOP("Actions", "&Import bundle…"), "file", ()),
    ActionSpec("file.analyze", QT_TRANSLATE_NOOP("Actions", "&Analyse again"), "file", ("F5",), SP.SP_BrowserReload, True),
    ActionSpec("file.cancel", QT_TRANSLATE_NOOP("Actions", "&Cancel analysis"), "file", (), SP.SP_BrowserStop),
    ActionSpec("file.delete_article", QT_TRANSLATE_NOOP("Actions", "&Delete this article"), "file", (), SP.SP_TrashIcon),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "file", ("Ctrl+Q",), SP.SP_DialogCloseButton, True),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "edit", ("Ctrl+Z",), SP.SP_ArrowBack),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "edit", ("Ctrl+Shift+Z",), SP.SP_ArrowForward),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find claims"), "edit", ("Ctrl+F",), None, True),
    ActionSpec("edit.search_archive", QT_TRANSLATE_NOOP("Actions", "Search the &archive"), "edit",
               ("Ctrl+Shift+F", "Ctrl+F3"), SP.SP_FileDialogContentsView),  # Ctrl+F3: any keyboard layout
    ActionSpec("edit.preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "edit", ("Ctrl+,",), None, True),
    ActionSpec("claim.next", QT_TRANSLATE_NOOP("Actions", "&Next claim"), "claim", ("Alt+Down",), SP.SP_ArrowDown),
    ActionSpec("claim.previous", QT_TRANSLATE_NOOP("Actions", "&Previous claim"), "claim", ("Alt+Up",), SP.SP_ArrowUp),
    ActionSpec("claim.add", QT_TRANSLATE_NOOP("Actions", "&Add claim from selection"), "claim", ("Ctrl+Return",), None, True),
    ActionSpec("claim.span_to_selection", QT_TRANSLATE_NOOP("Actions", "Set claim &span to selection"), "claim",
               ("Ctrl+Shift+Return",)),
    ActionSpec("claim.extend_end", QT_TRANSLATE_NOOP("Actions", "Extend end by a word"), "claim", ("Alt+Shift+Left",)),
    ActionSpec("claim.shrink_end", QT_TRANSLATE_NOOP("Actions", "Shrink end by a word"), "claim", ("Alt+Shift+Right",)),
    ActionSpec("claim.extend_start", QT_TRANSLATE_NOOP("Actions", "Extend start by a word"), "claim", ("Ctrl+Alt+Shift+Right",)),
    ActionSpec("claim.shrink_start", QT_TRANSLATE_NOOP("Actions", "Shrink start by a word"), "claim", ("Ctrl+Alt+Shift+Left",)),
    ActionSpec("claim.split", QT_TRANSLATE_NOOP("Actions", "S&plit claim at cursor"), "claim", ("F6",), None, True),
    ActionSpec("claim.merge", QT_TRANSLATE_NOOP("Actions", "&Merge selected claims"), "claim", ("F7",)),
    ActionSpec("claim.delete", QT_TRANSLATE_NOOP("Actions", "&Delete claim"), "claim", ("Ctrl+Delete",), SP.SP_TrashIcon),
    ActionSpec("status.new", QT_TRANSLATE_NOOP("Actions", "Status: new"), "claim", ("Alt+1",), None, True),
    ActionSpec("status.in_progress", QT_TRANSLATE_NOOP("Actions", "Status: in progress"), "claim", ("Alt+2",)),
    ActionSpec("status.needs_second_review", QT_TRANSLATE_NOOP("Actions", "Status: needs second review"), "claim", ("Alt+3",)),
    ActionSpec("status.done", QT_TRANSLATE_NOOP("Actions", "Status: done"), "claim", ("Alt+4",)),
    ActionSpec("status.dismissed", QT_TRANSLATE_NOOP("Actions", "Dismiss claim"), "claim", ("Alt+5",)),
    *(ActionSpec(f"verdict.{n}", "", "verdict", (f"Ctrl+{n}",)) for n in range(1, VERDICT_SLOTS + 1)),
    ActionSpec("verdict.clear", QT_TRANSLATE_NOOP("Actions", "Clear verdict"), "verdict", ("Ctrl+0",), None, True),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "view", ("Ctrl+=", "Ctrl++"), SP.SP_ArrowUp),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "view", ("Ctrl+-",), SP.SP_ArrowDown),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual size"), "view", ()),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "help", ("Shift+F1",)),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Sanad"), "help", ("F1",), SP.SP_MessageBoxInformation),
)


def all_shortcuts() -> list[tuple[str, str]]:
    """(portable key sequence, action id) for every shortcut in the registry."""
    return [(QKeySequence(s).toString(QKeySequence.SequenceFormat.PortableText), spec.id)
            for spec in ACTIONS for s in spec.shortcuts]


class ActionRegistry(QObject):
    """Builds the QActions and menus from :data:`ACTIONS`; handlers are bound by id."""

    def __init__(self, window: QObject, menubar: QMenuBar, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.verdict_labels: dict[int, str] = {}
        from ui.menu_style import MenuStyle

        style = QApplication.style()
        self.menu_style = MenuStyle()  # shortcuts left to right in Arabic menus (kept: menus do not own it)
        for key, _title in MENUS:
            self.menus[key] = menubar.addMenu("")
            self.menus[key].setStyle(self.menu_style)
        for spec in ACTIONS:
            action = QAction(window)
            action.setObjectName(spec.id)
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            if spec.id in handlers:
                action.triggered.connect(lambda _checked=False, fn=handlers[spec.id]: fn())
            menu = self.menus[spec.menu]
            if spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
            window.addAction(action)  # type: ignore[attr-defined] - shortcuts work with menus hidden
            self.actions[spec.id] = action
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def set_verdict_labels(self, labels: list[str]) -> None:
        self.verdict_labels = dict(enumerate(labels, start=1))
        self.retranslate()

    def retranslate(self) -> None:
        for key, title in MENUS:
            self.menus[key].setTitle(QCoreApplication.translate("Menus", title))
        for spec in ACTIONS:
            action = self.actions[spec.id]
            if spec.id.startswith("verdict.") and spec.id != "verdict.clear":
                n = int(spec.id.split(".")[1])
                label = self.verdict_labels.get(n)
                action.setText(label or "—")
                action.setVisible(label is not None)
            else:
                action.setText(QCoreApplication.translate("Actions", spec.text))
            if spec.shortcuts:
                action.setToolTip(f"{action.text().replace('&', '')} ({spec.shortcuts[0]})")
