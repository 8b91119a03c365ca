"""GUI fixtures: a SQLite workspace, isolated QSettings, and a main window on a sample article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.services import claims
from app.services.articles import NewArticle, import_article
from app.services.core import Workspace
from app.storage.database import Database
from tests.conftest import SAMPLE_TEXT
from ui.i18n import Translations, translations_dir
from ui.i18n_build import build
from ui.main import application
from ui.mainwindow.window import MainWindow
from ui.settings import Settings

# The offscreen platform plugin (CI, tests) says this for every top-level window with a
# layout; it is a missing feature of that plugin, not something Sanad does.
OFFSCREEN_NOTICE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(scope="session")
def compiled_translations() -> list[Path]:
    """The .qm catalogues, built from the committed .ts sources as `make translations` does."""
    return build(sorted(translations_dir().glob("*.ts")))


@pytest.fixture
def gui_ws(tmp_path: Path) -> Iterator[Workspace]:
    db = Database(str(tmp_path / "x.sqlite3"))
    yield Workspace(db, "tester")
    db.close()


def claim_at(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture
def sample(gui_ws: Workspace) -> dict[str, int]:
    """The shared sample article with three claims added by hand (no analysis engine needed)."""
    article_id = int(import_article(gui_ws, NewArticle(text=SAMPLE_TEXT, title="عنوان تجريبي")).result)
    ids = {}
    for name, needle in (("killed", "قالت وزارة الصحة في بيان يوم الثلاثاء إن 25 شخصاً قتلوا وأصيب 138 آخرون في الحادث."),
                         ("evacuated", "وأضاف البيان أن فرق الإنقاذ أجلت نحو 6500 شخص من القرى المجاورة."),
                         ("toll", "قال متحدث باسم الدفاع المدني إن عدد القتلى بلغ 27 قتيلاً.")):
        start, end = claim_at(SAMPLE_TEXT, needle)
        figure = claim_at(SAMPLE_TEXT, {"killed": "25 شخصاً", "evacuated": "6500 شخص", "toll": "27 قتيلاً"}[name])
        ids[name] = int(claims.add_claim(gui_ws, article_id, start, end, kind="statistic", origin="detector",
                                         score=0.9, reasons=["figure", "attributed"],
                                         details={"quantities": [{"start": figure[0], "end": figure[1]}]}).result)
    speaker = claim_at(SAMPLE_TEXT, "وزارة الصحة في")
    claims.set_speaker(gui_ws, ids["killed"], "وزارة الصحة", span=(speaker[0], speaker[1] - 3))
    ids["article"] = article_id
    return ids


@pytest.fixture
def window(qtbot, gui_ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    app = application()
    settings = Settings()
    settings.set_language("en")
    translations = Translations(app)
    translations.apply("en")
    win = MainWindow(gui_ws, settings, translations)
    win.runner.show_errors = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    return win


@pytest.fixture
def shown(window: MainWindow, sample: dict[str, int], qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window showing the sample article (already 'analysed': claims added by hand)."""
    window.show()
    qtbot.waitExposed(window)
    window.show_article(sample["article"])
    return window
