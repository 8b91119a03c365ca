"""The claims table fits its pane: the claim's text keeps the widest column, nothing goes sideways."""

from __future__ import annotations

import pytest

from ui.mainwindow.window import MainWindow
from ui.models.claims_model import EXCERPT, SCORE


@pytest.mark.parametrize("size", [(1100, 700), (1400, 900)])
def test_the_columns_fit_a_narrow_pane_with_the_claim_widest(shown: MainWindow, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    shown.resize(*size)
    qtbot.waitUntil(lambda: shown.width() == size[0])
    view = shown.claims.view
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)  # the score is not off to the side
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[EXCERPT] == max(widths), widths
    assert header.sectionSize(SCORE) < 100  # as wide as "0.99", not the style's default section
