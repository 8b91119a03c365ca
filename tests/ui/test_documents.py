"""The article commands' words: a count that agrees with its number, a deletion that names the article."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.mainwindow import documents
from ui.mainwindow.window import MainWindow


def test_the_analysis_count_agrees_with_its_number(shown: MainWindow) -> None:
    assert documents.found_message(0) == "No check-worthy claims found."
    assert documents.found_message(1) == "1 claim found."
    assert documents.found_message(11) == "11 claims found."


def test_the_count_in_arabic(shown: MainWindow, compiled_translations: list[object]) -> None:
    shown.apply_language("ar")
    try:
        assert documents.found_message(1) == "عُثر على ادعاء واحد."
        assert documents.found_message(11) == "الادعاءات التي عُثر عليها: 11."
    finally:
        shown.apply_language("en")


def test_deleting_asks_about_the_article_by_its_title(shown: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert shown.article is not None
    shown.documents.delete_current()
    assert asked == [f"Delete “\u2068{shown.article.title}\u2069” and all its claims? (Edit → Undo brings it back.)"]
    assert shown.article is not None  # answered No: nothing deleted
