"""Dates in Arabic news text (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.arabic_calendar import (
    ArabicParserInfo,
    hijri_to_gregorian,
    parse_absolute,
    tabular_hijri_to_gregorian,
)
from app.analysis.dates import extract_dates
from app.analysis.quantities import extract_quantities
from app.analysis.types import DateMention
from tests.app.analysis.test_quantities import check_spans, noisy_text

PUBLISHED = dt.date(2023, 9, 20)  # a Wednesday


def one(text: str, published: dt.date | None = PUBLISHED) -> DateMention:
    found = extract_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("وقع الانفجار في 19 سبتمبر/أيلول 2023 قرب الميناء", "19 سبتمبر/أيلول 2023", "2023-09-19"),
        ("افتتح الجسر في 3 أيلول (سبتمبر) 2021", "3 أيلول (سبتمبر) 2021", "2021-09-03"),
        ("وصل الوفد يوم 7 تشرين الأول 2022", "7 تشرين الأول 2022", "2022-10-07"),
        ("نُشر التقرير في ٢٥ كانون الثاني ٢٠٢٠", "٢٥ كانون الثاني ٢٠٢٠", "2020-01-25"),
        ("بدأت المفاوضات في 1 يونيه 2019", "1 يونيه 2019", "2019-06-01"),
        ("اجتمع المجلس في 14 إبريل 2018", "14 إبريل 2018", "2018-04-14"),
        ("افتتح المعرض في 2 آب 2016", "2 آب 2016", "2016-08-02"),
        ("توفي في 30 من شهر حزيران عام 2015", "30 من شهر حزيران عام 2015", "2015-06-30"),
        ("صدر المرسوم بتاريخ 19/9/2023", "19/9/2023", "2023-09-19"),
        ("صدر المرسوم بتاريخ ١٩/٩/٢٠٢٣", "١٩/٩/٢٠٢٣", "2023-09-19"),
        ("سجلت الوثيقة في 2023-09-19", "2023-09-19", "2023-09-19"),
        ("نظمت المسيرة يوم الثلاثاء الموافق 5/8/2008", "يوم الثلاثاء الموافق 5/8/2008", "2008-08-05"),
        ("نُشر الإعلان في 2023/09/19", "2023/09/19", "2023-09-19"),
        ("وُقّع الاتفاق في الأول من أكتوبر 2022", "الأول من أكتوبر 2022", "2022-10-01"),
        ("تبدأ الدورة في الثاني عشر من شهر مايو 2020", "الثاني عشر من شهر مايو 2020", "2020-05-12"),
    ],
)
def test_absolute_dates(text: str, mention: str, value: str) -> None:
    d = one(text)
    assert (d.text, d.value, d.precision, d.relative, d.calendar) == (
        mention,
        value,
        "day",
        False,
        "gregorian",
    )


def test_two_word_months_across_a_line_break() -> None:
    found = extract_dates("وصل في 7 تشرين\nالأول 2022 وعاد في 12 ربيع  الأول 1445 هـ", PUBLISHED)
    assert [d.value for d in found] == ["2022-10-07", "2023-09-27"]


def test_invalid_days_are_skipped() -> None:
    assert extract_dates("في 31 فبراير 2020 وفي 31/2/2020", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "mention", "value", "precision"),
    [
        ("تراجعت الصادرات في مارس 2021", "مارس 2021", "2021-03", "month"),
        ("تأسست الجمعية في العام 1923 بالقاهرة", "في العام 1923", "1923", "year"),
        ("أجريت الانتخابات عام 2020 وسط مقاطعة", "عام 2020", "2020", "year"),
        ("أغلق المصنع سنة 1991 نهائياً", "سنة 1991", "1991", "year"),
        ("هاجرت العائلة بعد حرب 1967", "1967", "1967", "year"),
        ("عاش في المدينة منذ 1984", "1984", "1984", "year"),
        ("ازدهرت الصناعة في التسعينيات", "التسعينيات", "199X", "decade"),
        ("انتشرت الأغنية في الثمانينات", "الثمانينات", "198X", "decade"),
        ("بني السد في خمسينيات القرن الماضي", "خمسينيات القرن الماضي", "195X", "decade"),
        ("هدم الحي في عشرينيات القرن التاسع عشر", "عشرينيات القرن التاسع عشر", "182X", "decade"),
    ],
)
def test_months_years_decades(text: str, mention: str, value: str, precision: str) -> None:
    d = one(text)
    assert (d.text, d.value, d.precision) == (mention, value, precision)


def test_day_ranges_give_two_days() -> None:
    text = "تعقد الدورة بين 10 و12 مارس 2024 ثم من 3-5 أبريل"
    found = extract_dates(text, PUBLISHED)
    assert [(d.text, d.value) for d in found] == [
        ("10", "2024-03-10"),
        ("12 مارس 2024", "2024-03-12"),
        ("3", "2023-04-03"),
        ("5 أبريل", "2023-04-05"),
    ]
    assert extract_quantities(text) == []


def test_year_ranges_give_two_years() -> None:
    found = extract_dates("اندلعت الثورة بين عامي 1936 و1939", PUBLISHED)
    assert [(d.text, d.value) for d in found] == [("عامي 1936", "1936"), ("1939", "1939")]


def test_bare_numbers_that_count_are_not_years() -> None:
    assert extract_dates("قتل 1950 شخصاً وأصيب نحو 2010 آخرين وبلغ العدد 1999", PUBLISHED) == []
    assert extract_dates("اتصل بالرقم 2048 الآن", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("قال المتحدث أمس الثلاثاء إن الهدنة صامدة", "أمس الثلاثاء", "2023-09-19"),
        ("أعلن الجيش مساء أمس انسحابه", "مساء أمس", "2023-09-19"),
        ("تنطلق القمة اليوم في الرياض", "اليوم", "2023-09-20"),
        ("تصل الطائرة غداً", "غداً", "2023-09-21"),
        ("بدأ الإضراب أول أمس", "أول أمس", "2023-09-18"),
        ("قال أحد السكان: وصلنا مبارح", "مبارح", "2023-09-19"),
        ("وقال: رح نرجع بكرا", "بكرا", "2023-09-21"),
        ("عقدت الجلسة الثلاثاء الماضي", "الثلاثاء الماضي", "2023-09-19"),
        ("زار الوزير المخيم الأربعاء الماضي", "الأربعاء الماضي", "2023-09-13"),
        ("تعقد الانتخابات الخميس المقبل", "الخميس المقبل", "2023-09-21"),
        ("وصلت القافلة يوم الأحد", "يوم الأحد", "2023-09-17"),
    ],
)
def test_relative_days(text: str, mention: str, value: str) -> None:
    d = one(text)
    assert (d.text, d.value, d.relative, d.precision) == (mention, value, True, "day")


def test_relative_periods_and_months() -> None:
    assert one("ارتفعت الأسعار الشهر الماضي").value == "2023-08"
    assert one("تراجع النمو العام الماضي").value == "2022"
    week = one("التقى الوفدان الأسبوع الماضي")
    assert (week.value, week.precision) == ("2023-09-11", "day")  # the Monday that starts it
    march = one("تراجعت الصادرات في مارس")
    assert (march.value, march.precision, march.relative) == ("2023-03", "month", True)
    november = one("وصلت الشحنة في نوفمبر")
    assert november.value == "2022-11"  # a month after publication is last year's
    assert one("وصلت الشحنة في 28 آذار").value == "2023-03-28"
    assert one("عاد الوفد في الحادي والعشرين من مارس").value == "2023-03-21"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وقع الحادث في 11 أغسطس الماضي", "2023-08-11"),
        ("أجريت الانتخابات في سبتمبر الماضي", "2022-09"),  # published in September: last year's
        ("تفتتح المدرسة مطلع نوفمبر القادم", "2023-11"),
        ("يعقد المؤتمر في سبتمبر المقبل", "2024-09"),
        ("ينتهي العقد نهاية شهر سبتمبر الجاري", "2023-09"),
    ],
)
def test_months_with_a_direction_word(text: str, value: str) -> None:
    d = one(text)
    assert (d.value, d.relative) == (value, True)
    assert d.text.split()[-1] in text.split()[-1]


@pytest.mark.parametrize(
    ("text", "mention", "value", "precision"),
    [
        ("انهار المبنى قبل ثلاثة أيام", "قبل ثلاثة أيام", "2023-09-17", "day"),
        ("وصلت البعثة قبل 20 يوماً", "قبل 20 يوماً", "2023-08-31", "day"),
        ("تعطل المصنع منذ أسبوعين", "منذ أسبوعين", "2023-09-06", "day"),
        ("أغلق المعبر قبل شهرين", "قبل شهرين", "2023-07", "month"),
        ("تراجع الإنتاج منذ عامين، بحسب التقرير", "منذ عامين", "2021", "year"),
        ("بني الجسر قبل عشرين عاما", "قبل عشرين عاما", "2003", "year"),
        ("زار الوفد المدينة قبل أسبوع.", "قبل أسبوع", "2023-09-13", "day"),
    ],
)
def test_counts_of_days_before_publication(text: str, mention: str, value: str, precision: str) -> None:
    d = one(text)
    assert (d.text, d.value, d.precision, d.relative) == (mention, value, precision, True)


def test_before_something_else_is_not_before_publication() -> None:
    assert extract_dates("وصل قبل يومين من الانتخابات وقبل يوم الحسم", PUBLISHED) == []
    assert extract_dates("يعمل هنا منذ سنوات", PUBLISHED) == []


def test_relative_at_the_calendar_ends_and_with_a_datetime() -> None:
    assert one("يصل غداً", dt.date.max).value is None
    assert one("وصل أمس", dt.date.min).value is None
    assert one("وصل أمس", dt.datetime(2023, 9, 20, 18, 30)).value == "2023-09-19"


def test_relative_without_publication_date_has_no_value() -> None:
    d = one("قال المتحدث أمس الثلاثاء", None)
    assert (d.text, d.value, d.relative) == ("أمس الثلاثاء", None, True)
    assert one("في مارس", None).value is None


def test_not_dates() -> None:
    assert extract_dates("مارس الضغط على أب الطفل", PUBLISHED) == []
    assert extract_dates("في اليوم التالي احتفلوا باليوم العالمي", PUBLISHED) == []
    assert extract_dates("أحد المسؤولين قال إن الأحد عشر لاعباً جاهزون", PUBLISHED) == []
    assert extract_dates("قتل 25 شخصاً", PUBLISHED) == []
    assert extract_dates("قرأت الفصل الأول من الكتاب", PUBLISHED) == []


def test_hijri_dates() -> None:
    d = one("ولد الشاعر في 12 ربيع الأول 1445 هـ")
    assert (d.value, d.calendar, d.original, d.precision) == ("2023-09-27", "hijri", "1445-03-12", "day")
    d = one("بدأ الصيام في رمضان 1444هـ")
    assert (d.value, d.original, d.precision) == ("2023-03", "1444-09", "month")
    d = one("صدرت الطبعة الأولى عام 1445 هـ")
    assert (d.value, d.original, d.precision, d.calendar) == ("2023", "1445", "year", "hijri")
    d = one("كتبت الوثيقة عام 1308 هجري")  # before hijridate's range: the arithmetical calendar
    assert (d.value, d.original, d.calendar) == ("1890", "1308", "hijri")
    d = one("عبر الجيش القناة في العاشر من رمضان 1393 هـ")
    assert (d.text, d.original, d.value) == ("العاشر من رمضان 1393 هـ", "1393-09-10", "1973-10-06")
    d = one("يعود الحجاج في شهر ذي الحجة")
    assert (d.original, d.relative) == ("1444-12", True)


def test_historical_hijri_years_and_their_gregorian_equivalent() -> None:
    text = "بنى الوالي القلعة سنة 35 هـ، الموافق لعام 655 م، ثم جددها حفيده عام 302 هـ (914 م)."
    found = extract_dates(text, PUBLISHED)
    check_spans(text, found)
    assert [(d.text, d.value, d.calendar) for d in found] == [
        ("سنة 35 هـ", "0655", "hijri"),
        ("لعام 655 م", "0655", "gregorian"),
        ("عام 302 هـ", "0914", "hijri"),
        ("914 م", "0914", "gregorian"),
    ]
    assert extract_quantities(text) == []  # none of these numbers is a figure
    d = one("سقطت المدينة سنة 1099 للميلاد بعد حصار طويل")
    assert (d.text, d.value, d.calendar) == ("سنة 1099 للميلاد", "1099", "gregorian")
    assert extract_dates("تقع القرية على بعد 500 م من الساحل", PUBLISHED) == []  # metres, not a year


def test_tabular_hijri_calendar_outside_the_tables() -> None:
    assert tabular_hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)  # 16 July 622 Julian
    assert tabular_hijri_to_gregorian(1445, 1, 1) == dt.date(2023, 7, 19)  # as Umm al-Qura
    assert tabular_hijri_to_gregorian(449, 1, 1) == dt.date(1057, 3, 16)
    assert tabular_hijri_to_gregorian(221, 2, 30) is None  # Safar has 29 days
    assert tabular_hijri_to_gregorian(221, 13, 1) is None
    assert hijri_to_gregorian(1445, 2, 31) is None  # invalid inside the tables stays invalid


def test_window_offsets_are_absolute() -> None:
    text = "صدر في 2020-01-01. وقع الهجوم أمس. ثم في 3 مارس 2021"
    start, end = text.index("وقع"), text.index("ثم")
    found = extract_dates(text, PUBLISHED, start, end)
    assert [(d.text, d.start) for d in found] == [("أمس", text.index("أمس"))]
    check_spans(text, found, start, end)


def test_diacritics_and_tatweel_stay_in_the_original_span() -> None:
    text = "قالَ أمسِ الثُّلاثــاء إنَّ 19 سبتمبرَ 2023 يومٌ"
    found = extract_dates(text, PUBLISHED)
    check_spans(text, found)
    assert [d.value for d in found] == ["2023-09-19", "2023-09-19"]


def test_parserinfo_reads_arabic_months_without_fuzzy_mode() -> None:
    assert parse_absolute("19 سبتمبر 2023") == dt.date(2023, 9, 19)
    assert parse_absolute("7 تشرين الاول 1924") == dt.date(1924, 10, 7)
    assert parse_absolute("31 فبراير 2020") is None
    assert parse_absolute("قال 19 سبتمبر 2023") is None  # unknown words are not skipped
    assert ArabicParserInfo().month("شباط") == 2


_PIECES = (
    "أمس|الثلاثاء|الماضي|اليوم|غداً|19|سبتمبر|/|أيلول|2023|١٩|٩|٢٠٢٣|عام|العام|في|1923|مارس|التسعينيات|القرن|"
    "ربيع الأول|1445|هـ|رمضان|كانون الثاني|تشرين|الأسبوع|شهر|31|فبراير|يوم|و|ب|1308|هجري|2020-02-30|"
    "قبل|منذ|عامين|أيام|ثلاثة|999|عقود|تشرين\nالأول|ربيع  الأول|الحادي \tعشر من"
).split("|")


@settings(max_examples=300, deadline=None)
@given(
    noisy_text(_PIECES),
    st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max])),
    st.data(),
)
def test_property_never_raises_and_spans_slice(
    text: str, published: dt.date | None, data: st.DataObject
) -> None:
    check_spans(text, extract_dates(text, published))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    check_spans(text, extract_dates(text, published, start, end), start, end)
