"""The words of a report in Arabic and English (``--lang ar|en``)."""

from __future__ import annotations

LANGS = ("ar", "en")

_TEXT: dict[str, tuple[str, str]] = {
    "report_title": ("تقرير التحقق", "Fact-check report"),
    "article": ("المقال", "Article"),
    "title": ("العنوان", "Title"),
    "outlet": ("الوسيلة", "Outlet"),
    "url": ("الرابط", "URL"),
    "author": ("الكاتب", "Author"),
    "published_on": ("تاريخ النشر", "Published"),
    "reviewed_by": ("المراجعون", "Reviewed by"),
    "reviewed_at": ("تاريخ المراجعة", "Reviewed"),
    "generated_at": ("أعد التقرير في", "Report generated"),
    "summary": ("ملخص", "Summary"),
    "by_verdict": ("الادعاءات حسب الحكم", "Claims by verdict"),
    "by_status": ("الادعاءات حسب الحالة", "Claims by status"),
    "claims_total": ("عدد الادعاءات", "Claims"),
    "count": ("العدد", "Count"),
    "conflicts": ("تضارب بين الادعاءات", "Conflicting claims"),
    "no_conflicts": ("لم يعثر على تضارب.", "No conflicts found."),
    "claims": ("الادعاءات", "Claims"),
    "claim": ("الادعاء", "Claim"),
    "no_claims": ("لا توجد ادعاءات في هذا المقال.", "This article has no claims."),
    "quote": ("النص في سياقه", "Quote in context"),
    "claim_as_checked": ("الادعاء كما جرى التحقق منه", "Claim as checked"),
    "speaker": ("القائل", "Speaker"),
    "source_kind": ("نوع المصدر", "Source kind"),
    "kind": ("النوع", "Kind"),
    "status": ("الحالة", "Status"),
    "verdict": ("الحكم", "Verdict"),
    "no_verdict": ("بلا حكم", "No verdict"),
    "rating_value": ("قيمة التقييم", "Rating value"),
    "explanation": ("الشرح", "Explanation"),
    "evidence": ("الأدلة", "Evidence"),
    "no_evidence": ("لا أدلة بعد.", "No evidence yet."),
    "publisher": ("الناشر", "Publisher"),
    "link": ("الرابط", "Link"),
    "accessed_on": ("تاريخ الاطلاع", "Accessed"),
    "stance": ("الموقف", "Stance"),
    "excerpt": ("مقتطف", "Excerpt"),
    "attachment": ("مرفق", "Attachment"),
    "tags": ("الوسوم", "Tags"),
    "reviewer": ("المراجع", "Reviewer"),
    "created_at": ("أنشئ في", "Created"),
    "updated_at": ("عدل في", "Updated"),
    "annotated": ("نص المقال مع الادعاءات", "Annotated article"),
    "page": ("صفحة", "Page"),
    "of": ("من", "of"),
    "number": ("رقم", "No."),
    "reason": ("السبب", "Reason"),
    "none": ("—", "—"),
    "evidence_count": ("عدد الأدلة", "Evidence items"),
    "evidence_links": ("روابط الأدلة", "Evidence links"),
    "id": ("المعرف", "ID"),
    "uuid": ("المعرف الدائم", "UUID"),
}

STATUS = {
    "new": ("جديد", "New"),
    "in_progress": ("قيد المراجعة", "In progress"),
    "needs_second_review": ("بحاجة إلى مراجعة ثانية", "Needs second review"),
    "done": ("منجز", "Done"),
    "dismissed": ("مستبعد", "Dismissed"),
}

KIND = {
    "statistic": ("إحصاء", "Statistic"),
    "attributed": ("قول منسوب", "Attributed statement"),
    "event": ("حدث", "Event"),
    "historical": ("تاريخي", "Historical"),
    "causal": ("سببي", "Causal"),
    "comparison": ("مقارنة", "Comparison"),
    "opinion": ("توقع أو رأي", "Prediction or opinion"),
    "other": ("آخر", "Other"),
}

STANCE = {
    "supports": ("يؤيد", "Supports"),
    "refutes": ("يدحض", "Refutes"),
    "context": ("سياق", "Context"),
    "unclear": ("غير واضح", "Unclear"),
}

SOURCE_KIND = {
    "person": ("شخص", "Person"),
    "organisation": ("منظمة", "Organisation"),
    "government": ("جهة حكومية", "Government"),
    "media": ("وسيلة إعلام", "Media"),
    "document": ("وثيقة", "Document"),
    "social": ("حساب على وسائل التواصل", "Social media"),
    "other": ("آخر", "Other"),
}

EVIDENCE_KIND = {
    "url": ("رابط", "Link"),
    "document": ("وثيقة", "Document"),
    "quote": ("اقتباس", "Quote"),
    "note": ("ملاحظة", "Note"),
    "dataset": ("بيانات", "Dataset"),
    "interview": ("مقابلة", "Interview"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "ar" else pair[1]


class Labels:
    """Report words in one language: ``L = Labels("ar"); L("title"); L.status("done")``."""

    def __init__(self, lang: str = "ar") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown report language {lang!r}")
        self.lang = lang
        self.rtl = lang == "ar"
        self.dir = "rtl" if self.rtl else "ltr"

    def __call__(self, key: str) -> str:
        return _pick(_TEXT[key], self.lang)

    def _table(self, table: dict[str, tuple[str, str]], key: str | None) -> str:
        if not key:
            return self("none")
        pair = table.get(key)
        return _pick(pair, self.lang) if pair else key

    def status(self, key: str | None) -> str:
        return self._table(STATUS, key)

    def kind(self, key: str | None) -> str:
        return self._table(KIND, key)

    def stance(self, key: str | None) -> str:
        return self._table(STANCE, key)

    def source_kind(self, key: str | None) -> str:
        return self._table(SOURCE_KIND, key)

    def evidence_kind(self, key: str | None) -> str:
        return self._table(EVIDENCE_KIND, key)

    def claim_heading(self, number: int) -> str:
        return f"{self('claim')} {number}"

    def page_of(self, page: int, total: int) -> str:
        return f"{self('page')} {page} {self('of')} {total}"
