"""Arabic and English: every string through Qt's translators; Arabic mirrors the layout."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.i18n import translations_dir
from ui.i18n_build import main as build_main


def test_every_source_string_has_an_arabic_translation() -> None:
    tree = ET.parse(translations_dir() / "sanad_ar.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 150
    untranslated = [m.findtext("source") for m in messages
                    if not (m.findtext("translation") or "").strip() or m.find("translation").get("type")]
    assert untranslated == []


def test_build_writes_qm_files(capsys) -> None:
    assert build_main([]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("sanad_ar.qm")
    assert (translations_dir() / "sanad_ar.qm").stat().st_size > 1000


def test_switch_to_arabic_and_back_to_english(shown, sample, compiled_translations, qtbot) -> None:
    assert shown.registry.menus["file"].title() == "&File"
    assert shown.claims.model.index(0, 2).data() == "New"
    shown.settings.set_language("ar")
    shown.apply_preferences()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert shown.registry.menus["file"].title() == "&ملف"
    assert shown.registry["claim.next"].text() == "الادعاء ال&تالي"
    assert shown.claims.model.index(0, 2).data() == "جديد"
    # Widgets retranslate on the (posted) LanguageChange event.
    qtbot.waitUntil(lambda: shown.panel.labels["verdict"].text() == "الحكم")
    assert shown.panel.evidence.add_buttons["url"].text() == "+ رابط"
    assert shown.library.open_button.text() == "فتح"
    assert shown.registry["verdict.1"].text() == "صحيح"
    assert shown.claims.search.placeholderText() == "ابحث في الادعاءات والقائلين…"
    shown.settings.set_language("en")
    shown.apply_preferences()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert shown.registry.menus["file"].title() == "&File"
    qtbot.waitUntil(lambda: shown.panel.labels["verdict"].text() == "Verdict")
    assert shown.claims.model.index(0, 2).data() == "New"
    assert shown.registry["verdict.1"].text() == "True"


def test_a_refused_action_is_explained_in_the_interface_language(shown, sample, compiled_translations,
                                                                 qtbot) -> None:
    from tests.ui.helpers import settle

    messages: list[str] = []
    shown.runner.failed.connect(messages.append)
    shown.select_claim(sample["killed"])
    cursor = shown.view.textCursor()
    cursor.setPosition(shown.view.offsets.to_qt(shown.view.claims[sample["killed"]].start))  # not inside it
    shown.view.setTextCursor(cursor)
    shown.registry["claim.split"].trigger()
    settle(qtbot, shown.runner)
    assert messages == ["Put the cursor inside the claim where it should be split."]
    shown.settings.set_language("ar")
    shown.apply_preferences()
    try:
        shown.registry["claim.split"].trigger()
        settle(qtbot, shown.runner)
        assert messages[-1] == "ضع المؤشر داخل الادعاء حيث تريد تقسيمه."
    finally:
        shown.settings.set_language("en")
        shown.apply_preferences()
