"""Every Qt model passes qtmodeltester, before and after the changes the screens make."""

from __future__ import annotations

from dataclasses import replace

from app.services import evidence
from ui.evidence_widgets import EvidenceModel
from ui.library import ArticlesModel, LibraryWidget
from ui.models.claims_model import STATUS_ROLE, ClaimsFilter, ClaimsModel
from ui.offsets import OffsetMap
from ui.snapshot import load_article, load_detail, load_ratings


def test_claims_model_and_updates(qtmodeltester, gui_ws, sample) -> None:
    article = load_article(gui_ws, sample["article"])
    model = ClaimsModel()
    qtmodeltester.check(model)
    model.set_claims(article.claims, {r.key: r for r in load_ratings(gui_ws)})
    qtmodeltester.check(model)
    first = article.claims[0]
    moved = replace(first, start=article.claims[-1].start + 1, end=article.claims[-1].end)
    model.update_claims({first.id: moved}, {article.claims[1].id})
    qtmodeltester.check(model)
    assert [r.id for r in model.rows] == [article.claims[2].id, first.id]
    assert model.rowCount() == 2


def test_claims_filter_proxy(qtmodeltester, gui_ws, sample) -> None:
    article = load_article(gui_ws, sample["article"])
    model, proxy = ClaimsModel(), ClaimsFilter()
    proxy.setSourceModel(model)
    model.set_claims(article.claims, {})
    proxy.set_search("6500")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_criterion(STATUS_ROLE, "done")
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)


def test_articles_model(qtmodeltester, gui_ws, sample, qtbot) -> None:
    library = LibraryWidget(gui_ws)
    qtbot.addWidget(library)
    qtmodeltester.check(library.model)
    assert library.model.rowCount() == 1
    assert library.model.index(0, 3).data() == "0/3"
    assert isinstance(library.model, ArticlesModel)


def test_evidence_model(qtmodeltester, gui_ws, sample) -> None:
    evidence.add_evidence(gui_ws, sample["killed"], url="https://example.org/report", title="التقرير")
    evidence.add_evidence(gui_ws, sample["killed"], kind="note", excerpt="اتصلنا بالوزارة")
    model = EvidenceModel()
    model.set_rows(list(load_detail(gui_ws, sample["killed"]).evidence))
    qtmodeltester.check(model)
    assert "التقرير" in model.index(0).data()
    model.refresh_labels()
    qtmodeltester.check(model)


def test_offsets_map_astral_characters() -> None:
    text = "قال 😀 إن 25 🇸🇦 شخصاً"
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        qt = offsets.to_qt(i)
        assert qt == len(text[:i].encode("utf-16-le")) // 2
        assert offsets.from_qt(qt) == i
    plain = OffsetMap("بلا رموز")
    assert plain.to_qt(5) == 5 and plain.from_qt(5) == 5


def test_arabic_cells_are_laid_out_right_to_left_in_the_english_interface(shown, sample) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = shown.claims.view
    delegate = view.itemDelegate()
    directions = []
    for column in (0, 2):  # the Arabic excerpt, the English status
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, shown.claims.proxy.index(0, column))
        directions.append(option.direction)
    assert shown.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert directions == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
