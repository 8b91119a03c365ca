"""Archive search dock, "checked before", flags: real interactions through the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.services import claims, evidence
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage.models import Claim
from tests.ui.conftest import claim_at
from tests.ui.helpers import settle
from ui.search_dock import CLAIM_ROLE, Group, Hit, SearchResultsModel

OTHER_TEXT = ("خبر آخر عن الحادث\n\n"
              "وأضاف البيان أن فرق الإنقاذ أجلت نحو 6500 شخص من القرى المجاورة.\n"
              "وقال شهود إن الطريق أغلق لساعات.\n")
EVACUATED = "وأضاف البيان أن فرق الإنقاذ أجلت نحو 6500 شخص من القرى المجاورة."


def archived_claim(ws: Workspace) -> tuple[int, int]:
    """Another article with the 'evacuated' sentence reviewed: verdict, evidence, status done."""
    article_id = int(import_article(ws, NewArticle(text=OTHER_TEXT, title="أرشيف الإجلاء")).result)
    start, end = claim_at(OTHER_TEXT, EVACUATED)
    cid = int(claims.add_claim(ws, article_id, start, end, kind="statistic").result)
    claims.set_verdict(ws, cid, "true")
    evidence.add_evidence(ws, cid, url="https://example.org/evacuation", title="بيان الدفاع المدني")
    claims.set_status(ws, cid, "done")
    return article_id, cid


def test_search_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_groups([Group(1, "a", [Hit("claim", 1, 10, "x «y»", None), Hit("article", 1, None, "t", None)]),
                      Group(2, "b", [Hit("evidence", 2, 20, "z", "true")])])
    qtmodeltester.check(model)
    child = model.index(1, 0, model.index(0, 0))
    assert child.data() == "t" and child.parent() == model.index(0, 0)
    assert model.index(0, 0, model.index(1, 0)).data(CLAIM_ROLE) == 20
    model.set_groups([])
    qtmodeltester.check(model)


def test_search_opens_the_article_and_selects_the_claim(shown, sample, gui_ws, qtbot) -> None:
    other, archived = archived_claim(gui_ws)
    shortcut = shown.registry["edit.search_archive"]
    assert QKeySequence("Ctrl+Shift+F") in shortcut.shortcuts()
    shortcut.trigger()
    dock = shown.archive.search
    assert shown.archive.dock.isVisible() and dock.box.hasFocus()
    with qtbot.waitSignal(dock.searched, timeout=5000):
        dock.box.setText("الإنق")  # typing: debounced, one search after the pause
        dock.box.setText("الإنقاذ")
    titles = [g.title for g in dock.model.groups]
    assert set(titles) == {"عنوان تجريبي", "أرشيف الإجلاء"}
    row = titles.index("أرشيف الإجلاء")
    group = dock.model.index(row, 0)
    hit = next(dock.model.index(n, 0, group) for n in range(dock.model.rowCount(group))
               if dock.model.index(n, 0, group).data(CLAIM_ROLE) == archived)
    assert "«" in hit.data()
    dock.tree.setCurrentIndex(hit)
    qtbot.keyClick(dock.tree, Qt.Key.Key_Return)
    assert shown.article is not None and shown.article.id == other
    assert shown.current_claim_id() == archived
    assert shown.claims.selected_ids() == [archived]


def test_any_text_is_a_valid_query(shown, sample, qtbot) -> None:
    shown.archive.show_search()
    dock = shown.archive.search
    for query in ('"', "«)(", "'; DROP TABLE claims; --", "NEAR(a b", "*", "a OR AND NOT", "\\"):
        dock.box.setText(query)
        with qtbot.waitSignal(dock.searched, timeout=5000):
            dock.search_now()
        assert not dock.status.text().startswith("The search failed"), (query, dock.status.text())


def test_checked_before_lists_the_archive_and_copy_is_undoable(shown, sample, gui_ws, qtbot) -> None:
    _other, archived = archived_claim(gui_ws)
    panel = shown.panel
    with qtbot.waitSignal(panel.checked_before.loaded, timeout=5000):
        shown.select_claim(sample["evacuated"])
    found = panel.checked_before
    assert [m.claim_id for m in found.matches] == [archived]
    item = found.list.topLevelItem(0)
    assert item.text(0) == "True" and item.text(2) == "أرشيف الإجلاء" and item.text(1)
    assert found.copy_button.isVisible() and found.copy_button.isEnabled()
    assert panel.detail.evidence == ()
    qtbot.mouseClick(found.copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, shown.runner)
    assert [e.url for e in panel.detail.evidence] == ["https://example.org/evacuation"]
    assert shown.registry["edit.undo"].isEnabled()
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    assert panel.detail is not None and panel.detail.evidence == ()


def test_a_flagged_claim_is_marked_and_resolved(shown, sample, gui_ws, qtbot) -> None:
    with gui_ws.db.session() as s:
        s.get(Claim, sample["toll"]).flagged = "الحكم في الحزمة: خطأ"
    shown.show_article(sample["article"], select_first=False)
    row = shown.claims.model.row_of(sample["toll"])
    assert shown.claims.model.index(row, 0).data().startswith("⚑ ")
    shown.select_claim(sample["toll"])
    flag = shown.panel.flag
    assert flag.isVisible() and "الحكم في الحزمة" in flag.text.text()
    qtbot.mouseClick(flag.resolve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, shown.runner)
    assert not flag.isVisible()
    assert not shown.claims.model.index(row, 0).data().startswith("⚑")
    shown.select_claim(sample["killed"])
    assert not flag.isVisible()


def test_the_search_dock_is_mirrored_with_the_layout(shown, compiled_translations, qtbot) -> None:
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    shown.registry["edit.search_archive"].trigger()
    assert shown.dockWidgetArea(shown.archive.dock) == right  # beside the claims list, in English
    shown.settings.set_language("ar")
    shown.apply_preferences()
    try:
        assert shown.dockWidgetArea(shown.archive.dock) == left  # the list is on the left in Arabic
        qtbot.waitUntil(lambda: shown.archive.dock.geometry().right() <= shown.centralWidget().geometry().left())
    finally:
        shown.settings.set_language("en")
        shown.apply_preferences()
    assert shown.dockWidgetArea(shown.archive.dock) == right
