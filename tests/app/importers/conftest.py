"""Shared helpers for the importer tests."""

from __future__ import annotations

import pytest

# An Arabic news paragraph written for these tests (no outside text).
ARABIC = (
    "أعلنت وزارة الصحة يوم الثلاثاء أن عدد المستشفيات الجديدة بلغ اثني عشر مستشفى، "
    "وقال المتحدث باسم الوزارة إن الخطة ستكتمل قبل نهاية العام."
)
ARABIC_2 = "وأضاف أن الميزانية المخصصة للمشروع تبلغ مليار دينار، وهو رقم لم يتم التحقق منه بعد."


@pytest.fixture(autouse=True)
def _no_size_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without a size limit from the environment."""
    monkeypatch.delenv("SANAD_MAX_IMPORT_BYTES", raising=False)
