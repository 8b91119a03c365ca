"""Manual work through the action registry: add, verdict + undo/redo, re-span, split, merge, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import queries
from tests.conftest import SAMPLE_TEXT
from tests.ui.helpers import background_at, same_rgb, settle
from ui import styles


def test_select_text_and_add_claim(shown, gui_ws, qtbot) -> None:
    needle = "نأمل أن تنتهي الأزمة قريباً."
    start = SAMPLE_TEXT.index(needle)
    shown.view.select_offsets(start - 1, start + len(needle) + 1)  # with the surrounding newlines
    assert shown.registry["claim.add"].isEnabled()
    shown.registry["claim.add"].trigger()
    settle(qtbot, shown.runner)
    claim_id = shown.current_claim_id()
    with gui_ws.db.read_session() as s:
        claim = queries.get_claim(s, claim_id)
        assert (claim.start, claim.end, claim.origin) == (start, start + len(needle), "manual")
    assert shown.claims.model.rowCount() == 4
    assert same_rgb(background_at(shown.view, start + 3), styles.STATUS_COLORS["new"])
    assert shown.registry["edit.undo"].text() == "&Undo add claim"


def test_verdict_changes_the_highlight_colour_and_undo_restores_it(shown, sample, qtbot) -> None:
    cid = sample["toll"]
    shown.select_claim(cid)
    offset = shown.view.claims[cid].start + 4
    before = background_at(shown.view, offset)
    shown.registry["verdict.5"].trigger()  # Ctrl+5: the fifth rating, "false"
    settle(qtbot, shown.runner)
    assert shown.view.claims[cid].verdict == "false"
    assert same_rgb(background_at(shown.view, offset), shown.ratings["false"].color)
    assert shown.panel.verdict.currentData() == "false"
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    assert shown.view.claims[cid].verdict is None
    assert background_at(shown.view, offset) == before
    shown.registry["edit.redo"].trigger()
    settle(qtbot, shown.runner)
    assert same_rgb(background_at(shown.view, offset), shown.ratings["false"].color)


def test_status_shortcut_by_key_press_changes_the_underline(shown, sample, qtbot) -> None:
    shown.activateWindow()
    shown.select_claim(sample["killed"])
    shown.view.setFocus()
    qtbot.keyClick(shown.view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Alt+4: done
    settle(qtbot, shown.runner)
    assert shown.view.claims[sample["killed"]].status == "done"
    qtbot.keyClick(shown.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next claim
    assert shown.current_claim_id() == sample["evacuated"]


def test_keyboard_span_adjustment_and_undo(shown, sample, qtbot) -> None:
    cid = sample["evacuated"]
    shown.select_claim(cid)
    original = shown.view.claims[cid]
    shown.registry["claim.shrink_end"].trigger()
    settle(qtbot, shown.runner)
    shrunk = shown.view.claims[cid]
    assert shrunk.end < original.end and shrunk.quote.endswith("القرى")
    shown.registry["claim.extend_start"].trigger()
    settle(qtbot, shown.runner)
    assert shown.view.claims[cid].start < original.start
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    assert (shown.view.claims[cid].start, shown.view.claims[cid].end) == (original.start, original.end)


def test_split_at_cursor_then_merge_in_list(shown, sample, gui_ws, qtbot) -> None:
    cid = sample["killed"]
    shown.select_claim(cid)
    at = SAMPLE_TEXT.index("وأصيب 138")
    cursor = shown.view.textCursor()
    cursor.setPosition(shown.view.offsets.to_qt(at))
    shown.view.setTextCursor(cursor)
    shown.registry["claim.split"].trigger()
    settle(qtbot, shown.runner)
    assert shown.claims.model.rowCount() == 4
    second = shown.current_claim_id()
    assert shown.view.claims[second].quote.startswith("وأصيب 138")
    assert shown.view.claims[cid].quote.endswith("قتلوا")
    shown.claims.select(cid)
    shown.claims.view.selectRow(0)
    shown.claims.view.selectionModel().select(
        shown.claims.proxy.index(1, 0), shown.claims.view.selectionModel().SelectionFlag.Select
        | shown.claims.view.selectionModel().SelectionFlag.Rows)
    assert sorted(shown.claims.selected_ids()) == sorted([cid, second])
    shown.registry["claim.merge"].trigger()
    settle(qtbot, shown.runner)
    assert shown.claims.model.rowCount() == 3
    with gui_ws.db.read_session() as s:
        assert queries.get_claim(s, cid).quote.endswith("في الحادث.")


def test_delete_claim_and_undo_brings_it_back(shown, sample, qtbot) -> None:
    shown.select_claim(sample["toll"])
    shown.registry["claim.delete"].trigger()
    settle(qtbot, shown.runner)
    assert sample["toll"] not in shown.view.claims
    assert shown.claims.model.row_of(sample["toll"]) == -1
    assert shown.current_claim_id() in shown.view.claims  # the selection moved to a neighbour
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    assert sample["toll"] in shown.view.claims
    assert shown.claims.model.row_of(sample["toll"]) >= 0


def test_filter_list_by_status_and_search(shown, sample, qtbot) -> None:
    shown.select_claim(sample["toll"])
    shown.registry["status.in_progress"].trigger()
    settle(qtbot, shown.runner)
    combo = shown.claims.filters[next(iter(shown.claims.filters))]  # status filter
    combo.setCurrentIndex(combo.findData("in_progress"))
    assert shown.claims.visible_ids() == [sample["toll"]]
    combo.setCurrentIndex(0)
    qtbot.keyClicks(shown.claims.search, "6500")
    assert shown.claims.visible_ids() == [sample["evacuated"]]
    shown.claims.search.clear()
    speaker = shown.claims.filters[list(shown.claims.filters)[3]]
    speaker.setCurrentIndex(speaker.findData("وزارة الصحة"))
    assert shown.claims.visible_ids() == [sample["killed"]]


def test_dragging_the_end_of_the_selected_claim_changes_its_span(shown, sample, qtbot) -> None:
    view = shown.view
    shown.select_claim(sample["evacuated"])
    claim = view.claims[sample["evacuated"]]

    def point(offset: int):  # type: ignore[no-untyped-def]
        cursor = view.textCursor()
        cursor.setPosition(view.offsets.to_qt(offset))
        return view.cursorRect(cursor).center()

    target = SAMPLE_TEXT.index(" من القرى")
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point(claim.end))
    qtbot.mouseMove(view.viewport(), pos=point(target))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point(target))
    settle(qtbot, shown.runner)
    dragged = view.claims[sample["evacuated"]]
    assert (dragged.start, dragged.end) == (claim.start, target)
    assert dragged.quote.endswith("6500 شخص")
    shown.registry["edit.undo"].trigger()
    settle(qtbot, shown.runner)
    assert view.claims[sample["evacuated"]].end == claim.end


def test_sorting_by_score_then_back_to_text_order(shown, sample, gui_ws) -> None:
    from app.services import claims

    claims.add_claim(gui_ws, sample["article"], 0, 10, score=0.1)  # the headline, low score
    shown.show_article(sample["article"])
    assert shown.claims.visible_ids()[0] != sample["killed"]  # text order: the headline first
    shown.claims.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    scores = [shown.view.claims[cid].score for cid in shown.claims.visible_ids()]
    assert scores == sorted(scores, reverse=True) and scores[-1] == 0.1
    shown.claims.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    starts = [shown.view.claims[cid].start for cid in shown.claims.visible_ids()]
    assert starts == sorted(starts)


def test_recent_files_menu_reopens_a_file(window, qtbot, tmp_path) -> None:
    path = tmp_path / "خبر.txt"
    path.write_text(SAMPLE_TEXT, encoding="utf-8")
    window.settings.add_recent_file(str(path))
    menu = window.documents.recent_menu
    menu.aboutToShow.emit()
    actions = menu.actions()
    assert [a.text() for a in actions] == [str(path)] and menu.isEnabled()
    window.exec_dialog = lambda dialog: True
    with qtbot.waitSignal(window.ready, timeout=60_000):
        actions[0].trigger()
    assert window.article is not None and window.article.text == SAMPLE_TEXT


def test_a_click_on_the_end_of_the_selected_claim_is_not_a_drag(shown, sample, qtbot) -> None:
    view = shown.view
    shown.select_claim(sample["evacuated"])
    claim = view.claims[sample["evacuated"]]
    failures: list[str] = []
    shown.runner.failed.connect(failures.append)
    cursor = view.textCursor()
    cursor.setPosition(view.offsets.to_qt(claim.end))
    at = view.cursorRect(cursor).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert not shown.runner.busy and failures == []  # nothing to save
    assert view.claims[sample["evacuated"]] == claim and shown.current_claim_id() == sample["evacuated"]


def test_setting_a_span_to_itself_saves_nothing_and_adds_no_undo_step(shown, sample, gui_ws, qtbot) -> None:
    cid = sample["toll"]
    shown.select_claim(cid)
    claim = shown.view.claims[cid]
    undo_before = shown.registry["edit.undo"].text()
    failures: list[str] = []
    shown.runner.failed.connect(failures.append)
    shown.view.select_offsets(claim.start, claim.end + 1)  # the claim and the space or newline after it
    shown.registry["claim.span_to_selection"].trigger()
    settle(qtbot, shown.runner)
    assert failures == []
    with gui_ws.db.read_session() as s:
        stored = queries.get_claim(s, cid)
        assert (stored.start, stored.end, stored.version) == (claim.start, claim.end, claim.version)
    assert shown.registry["edit.undo"].text() == undo_before
