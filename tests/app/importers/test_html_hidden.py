"""HTML: text a reader never sees (an inline display:none or visibility:hidden) is not article text."""

from __future__ import annotations

from app.importers import load_text

PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><article>
<p>قالت البلدية إن 12 شارعاً أغلقت بسبب الأمطار.</p>
<div style="display:none">كلمات مفتاحية مخفية: أمطار سيول فيضانات 2024</div>
<p style="color: #333; DISPLAY : none !important">فقرة مخفية للمحركات</p>
<span style="visibility:hidden">شارك الخبر</span>
<p style="display:block">وأضافت أن فرق الطوارئ تعمل منذ الفجر.</p>
<p aria-hidden="true">يراها القارئ: 3 جسور مغلقة.</p>
</article></body></html>"""


def test_hidden_elements_are_left_out() -> None:
    text = load_text(PAGE.encode("utf-8"), name="خبر.html").text
    assert text.split("\n\n") == [
        "قالت البلدية إن 12 شارعاً أغلقت بسبب الأمطار.",
        "وأضافت أن فرق الطوارئ تعمل منذ الفجر.",
        "يراها القارئ: 3 جسور مغلقة.",  # aria-hidden hides from screen readers only
    ]
