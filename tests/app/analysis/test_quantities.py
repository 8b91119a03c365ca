"""Figures in Arabic news text (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.numwords import NormText, parse_digits
from app.analysis.quantities import extract_quantities
from app.analysis.types import DateMention, Quantity


def one(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def check_spans(
    text: str, found: Sequence[Quantity | DateMention], start: int = 0, end: int | None = None
) -> None:
    """Every span slices ``text`` to its own text, lies in ``[start, end)``, sorted, no overlap."""
    end = len(text) if end is None else end
    last = start
    for q in found:
        assert text[q.start : q.end] == q.text
        assert last <= q.start < q.end <= end
        last = q.end


_NOISE = [*"\u064b\u064e\u0651\u0652\u0670\u0640\u200c\u200d\u200f\u061c", "😀", "👍🏽", *".،:-/()[]+ \n\t"]


def noisy_text(pieces: list[str]) -> st.SearchStrategy[str]:
    """Random text of Arabic words, digits, marks, tatweel, ZWNJ, emoji and punctuation."""
    tokens = st.one_of(st.sampled_from(pieces), st.sampled_from(_NOISE), st.text(max_size=3))
    return st.lists(tokens, max_size=40).map("".join)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit_key"),
    [
        ("أعلنت الوزارة سقوط 25 قتيلاً في القصف.", "25 قتيلاً", 25, "قتيل"),
        ("بينما تحدث المرصد عن 27 قتيلاً على الأقل", "27 قتيلاً على الأقل", 27, "قتيل"),
        ("ونقل 138 جريحاً إلى المستشفيات", "138 جريحاً", 138, "جريح"),
        ("وبلغ عدد القتلى ١٢ قتيلا", "١٢ قتيلا", 12, "قتيل"),
        ("نزح 30 ألف شخص من المدينة", "30 ألف شخص", 30000, "شخص"),
        ("دمرت سبعة آلاف منزل", "سبعة آلاف منزل", 7000, "منزل"),
        ("قتل خمسة وعشرون مدنياً", "خمسة وعشرون مدنياً", 25, "مدني"),
        ("أصيب وثلاثة أطفال", "وثلاثة أطفال", 3, "طفل"),
        ("فقد إحدى عشرة امرأة", "إحدى عشرة امرأة", 11, "امراه"),
        ("شارك ثلاثمئة متطوع", "ثلاثمئة متطوع", 300, "متطوع"),
        ("خلال الساعات الأربع والعشرين الماضية", "الساعات الأربع والعشرين", 24, "ساعه"),
        ("وصل ثلاث مئة وخمسون لاجئاً", "ثلاث مئة وخمسون لاجئاً", 350, "لاجئ"),
        ("أغلقت ألف وخمسمئة مدرسة", "ألف وخمسمئة مدرسة", 1500, "مدرسه"),
        ("وأجلي 1,200 نازح", "1,200 نازح", 1200, "نازح"),
        ("ارتفع العدد إلى 85 ألفاً و320 إصابة", "85 ألفاً و320 إصابة", 85320, "اصابه"),
        ("رصدت مليوناً و200 ألف نسمة", "مليوناً و200 ألف نسمة", 1_200_000, "نسمه"),
        ("اجتاحت المياه 14 قرية", "14 قرية", 14, "قريه"),
        ("قطعت القافلة 13.2 كيلومتر", "13.2 كيلومتر", 13.2, "كيلومتر"),
        ("فرغت السفينة ٣٫٥ طن من القمح", "٣٫٥ طن", 3.5, "طن"),
        ("قدم المانحون نصف مليون بطانية", "نصف مليون بطانية", 500_000, "بطانيه"),
        ("وخصصوا مليوناً ونصف لهم ومليونين لغيرهم", "مليوناً ونصف", 1_500_000, None),
        ("عاد مليون ونصف المليون لاجئ", "مليون ونصف المليون لاجئ", 1_500_000, "لاجئ"),
        ("وخصصوا مليوناً ونصف لهم ومليونين لغيرهم", "ومليونين", 2_000_000, None),
    ],
)
def test_figures_values_and_units(text: str, figure: str, value: float, unit_key: str | None) -> None:
    found = [q for q in extract_quantities(text) if q.text == figure]
    assert found, extract_quantities(text)
    assert found[0].value == pytest.approx(value)
    assert found[0].unit_key == unit_key


def test_casualty_figures_compare_on_the_unit_key() -> None:
    a = one("قالت الوزارة إن 25 قتيلاً سقطوا")
    b = one("وقال المستشفى إن عدد القتلى بلغ 27 قتلى")
    assert a.unit_key == b.unit_key == "قتيل"
    assert (a.value, b.value) == (25, 27)
    assert a.unit == "قتيلاً"
    found = extract_quantities("سقط قتيلان و138 جريحاً")
    assert [(q.text, q.value) for q in found] == [("قتيلان", 2), ("138 جريحاً", 138)]  # و stays out


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("أصيب أكثر من مئتي جريح في الاشتباكات", "more_than", 200),
        ("أجلت فرق الإنقاذ نحو 6500 شخص", "about", 6500),
        ("تضرر حوالي 40 منزلاً", "about", 40),
        ("وقتل قرابة عشرين مسلحاً", "about", 20),
        ("سجل ما يقارب 300 إصابة", "about", 300),
        ("اعتقل ما يزيد على 90 شخصاً", "more_than", 90),
        ("وصل أزيد من 12 ألف لاجئ", "more_than", 12000),
        ("عولج أقل من 50 مريضاً", "less_than", 50),
        ("يتسع المخيم لما يصل إلى 5000 نازح", "up_to", 5000),
        ("قتل 10 جنود على الأقل", "at_least", 10),
        ("احتجز ما لا يقل عن 4 صحفيين", "at_least", 4),
        ("تسلم 200 طن تقريباً", "about", 200),
    ],
)
def test_qualifiers_are_part_of_the_span(text: str, qualifier: str, value: float) -> None:
    q = one(text)
    assert q.qualifier == qualifier
    assert q.value == value
    assert text.index(q.text) == q.start


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("تجاوز عدد زوار المتحف 150 ألف زائر العام الماضي", "more_than"),
        ("وتخطت كلفة المشروع مليار دينار", "more_than"),
        ("فاق عدد المشاركين في المسيرة 10 آلاف متظاهر", "more_than"),
        ("توقع الصندوق نمواً لا يتجاوز 3.8%", "up_to"),
        ("لن تتجاوز الزيادة السنوية على الإيجارات 5%", "up_to"),
        ("رواتب لا تتعدى في بعض القرى 200 دولار", "up_to"),
        ("ويقل متوسط دخلهم الشهري عن ٢٥٠ ديناراً", "less_than"),
        ("تجاوزت الحكومة الأزمة بعد 3 أشهر", None),  # the verb is not about the figure
        ("وتجاوز الفريق منافسه بفارق 9 نقاط", None),
        ("ارتفع عدد القتلى إلى 30 شخصاً", None),
        ("تجاوز المتظاهرون الحاجز، واعتقل 12 شخصاً", None),  # another phrase
    ],
)
def test_a_verb_before_the_figure_can_bound_it(text: str, qualifier: str | None) -> None:
    q = one(text)
    assert q.qualifier == qualifier, q
    assert not q.text.startswith(("تجاوز", "لا", "لن"))  # the verb stays out of the span


def test_percentages() -> None:
    q = one("سيطرت القوات على نحو 20% من الأراضي")
    assert (q.text, q.value, q.is_percent, q.qualifier, q.unit_key) == ("نحو 20%", 20, True, "about", "%")
    for text, value in [
        ("ارتفعت الأسعار 13.2 في المئة", 13.2),
        ("انخفض الإنتاج ١٥٪ هذا الموسم", 15),
        ("صوت 60 في المائة من الناخبين", 60),
        ("تراجعت البطالة خمسة بالمئة", 5),
        ("زادت الصادرات 7 بالمائة", 7),
        ("ارتفعت المبيعات %15 في الربع الأول", 15),
    ]:
        q = one(text)
        assert q.is_percent and q.value == pytest.approx(value), (text, q)


def test_money_and_currency() -> None:
    q = one("بلغت كلفة الإعمار 2.5 مليون دولار")
    assert (q.value, q.currency, q.unit_key) == (2_500_000, "USD", "دولار")
    assert one("خصصت البلدية 400 ألف يورو").currency == "EUR"
    assert one("دفع 1500 جنيه مصري غرامة").currency == "EGP"
    assert one("تكلفت الرحلة 300 ريال").currency == "ريال"
    dollar = one("تبرع رجل أعمال بمبلغ $40 للمخيم")
    assert (dollar.text, dollar.value, dollar.currency) == ("$40", 40, "USD")


def test_dual_nouns_count_two_only_for_units_in_the_lexicon() -> None:
    found = extract_quantities("قتل جنديان ومدنيين في قصف على مبنيين بينما نجا الجيران")
    assert [(q.text, q.value, q.unit_key) for q in found] == [
        ("جنديان", 2, "جندي"),
        ("ومدنيين", 2, "مدني"),
        ("مبنيين", 2, "مبني"),
    ]
    assert extract_quantities("استقبل المدنيين في الخيمتين الإيرانيان") == []


def test_vague_plurals_are_lower_bounds() -> None:
    q = one("نزح عشرات الآلاف من السكان")
    assert (q.value, q.qualifier) == (10_000, "more_than")
    q = one("وخرج الآلاف من المتظاهرين")
    assert (q.value, q.qualifier, q.unit_key) == (1000, "more_than", "متظاهر")
    q = one("وأصيب العشرات")
    assert (q.value, q.qualifier) == (10, "more_than")
    q = one("أصيب مئات المدنيين")
    assert (q.value, q.qualifier, q.unit_key) == (100, "more_than", "مدني")


def test_dates_own_their_numbers() -> None:
    assert extract_quantities("أجريت الانتخابات عام 2020 وفي العام 1923") == []
    assert extract_quantities("وقع الزلزال في 19 سبتمبر/أيلول 2023") == []
    assert extract_quantities("صدر القرار في 2023-09-19 و١٩/٩/٢٠٢٣ وفي مارس 2021") == []
    assert extract_quantities("ولد في 12 ربيع الأول 1445 هـ") == []
    assert [q.value for q in extract_quantities("سجل عام 2020 نحو 2020 حالة")] == [2020]
    assert [q.text for q in extract_quantities("وقع قبل 3 أيام وقتل 3 أشخاص")] == ["3 أشخاص"]


def test_ordinals_ids_phones_times_are_not_figures() -> None:
    assert extract_quantities("في الفصل الأول والثاني من القرن التاسع عشر") == []
    assert extract_quantities("اتصلوا على الرقم 0501234567 أو 00966501234567") == []
    assert extract_quantities("ضربت طائرة F-16 الموقع الساعة 10:30 بعد تفشي كوفيد-19") == []
    assert extract_quantities("لست أدري") == []
    assert extract_quantities("يفتح المركز من الساعة ٤ م حتى الساعة الـ 12 ضد كوفيد 19") == []
    assert extract_quantities("للاستفسار 011-8011-119") == []
    assert extract_quantities("وفق المادة 12 والبند 3 ورقم: 55 بعد COVID 19") == []


def test_a_noun_after_min_counts_only_after_large_numbers() -> None:
    assert one("عاد مليون من اللاجئين").unit_key == "لاجئ"
    assert one("عاد ثلاثة من الجنود").unit is None


def test_an_accusative_noun_after_a_number_is_its_unit() -> None:
    q = one("تضم المحمية 45 نوعاً من الطيور")
    assert (q.text, q.unit, q.unit_key) == ("45 نوعاً", "نوعاً", "نوع")
    assert one("قتل 25 مدنيا").unit_key == "مدني"  # the lexicon still wins
    assert one("وصل 30 وقالوا").unit is None  # a verb
    assert one("بلغ 12 تقريبا").unit is None  # a qualifier
    assert one("يصدر 12 مليوناً سنوياً").unit is None  # an adverb
    assert one("بلغ 12 منها وهذا").unit is None  # a pronoun suffix


def test_separate_numbers_do_not_merge() -> None:
    found = extract_quantities("قتل ثلاثة وعشرة جرحى")
    assert [q.value for q in found] == [3, 10]


def test_window_offsets_are_absolute() -> None:
    text = "مقدمة طويلة. قتل 5 أشخاص. ثم أصيب 9 آخرون."
    start = text.index("قتل")
    end = text.index("ثم")
    found = extract_quantities(text, start, end)
    assert [(q.text, q.start) for q in found] == [("5 أشخاص", text.index("5"))]
    check_spans(text, found, start, end)
    assert extract_quantities(text, -3, 10_000)[0].text == "5 أشخاص"  # a window is clamped to the text
    assert extract_quantities(text, 20, 5) == []


def test_diacritics_and_tatweel_stay_in_the_original_span() -> None:
    text = "قُتِلَ خمسةٌ وعشرونَ مدنيّاً وأُصيب ثلاثــة أطفالٍ"
    found = extract_quantities(text)
    check_spans(text, found)
    assert [q.value for q in found] == [25, 3]
    assert found[0].text == "خمسةٌ وعشرونَ مدنيّاً"
    assert found[1].text == "ثلاثــة أطفالٍ"


def test_parse_digits_separators() -> None:
    assert parse_digits("1,200") == 1200
    assert parse_digits("1,200,000") == 1_200_000
    assert parse_digits("2,5") == 2.5
    assert parse_digits("1.200.000") == 1_200_000
    assert parse_digits("13.2") == 13.2
    assert parse_digits("1.2.3") is None
    assert parse_digits("1,200.5") == 1200.5
    assert parse_digits("1.200,5") == 1200.5
    assert parse_digits("1.200") == 1.2
    assert parse_digits("3.5,3.5") is None


@given(st.from_regex(r"\A[0-9][0-9.,]{0,12}\Z"))
def test_property_parse_digits_never_raises(s: str) -> None:
    value = parse_digits(s)
    assert value is None or value >= 0


def test_normtext_maps_offsets_back() -> None:
    original = "قَتْلى\u200cـ ٣٫٥"
    nt = NormText(original)
    assert nt.text == "قتلي 3.5"
    assert nt.span(0, 4) == (0, 8, "قَتْلى\u200cـ")
    assert nt.span(5, 8) == (9, 12, "٣٫٥")


_PIECES = (
    "قتل|25|قتيلاً|نحو|أكثر من|مئتي|جريح|ألف|آلاف|سبعة|وعشرين|عام|2020|سبتمبر|أيلول|١٩|٣٫٥|٬|%|٪|في المئة|$|"
    "دولار|مدنيين|جنديان|هـ|0501234567|F-16|1,200|13.2|ال|و|ب|عشر|التاسع|مليون|بالمئة|ما يصل إلى|نصف|ونصف|"
    "أكثر\nمن|في  المئة|ما يصل\tإلى|عشرات|الآلاف|إحدى  عشرة|ثلاث مئة|ريال|سعودي|قبل|أيام"
).split("|")


@settings(max_examples=300, deadline=None)
@given(noisy_text(_PIECES), st.data())
def test_property_never_raises_and_spans_slice(text: str, data: st.DataObject) -> None:
    check_spans(text, extract_quantities(text))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = extract_quantities(text, start, end)
    check_spans(text, found, start, end)
    for q in found:
        assert q.value >= 0


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the counted noun by its grammar, for nouns the units lexicon does not list
        ("افتتحت البلدية خمسة مراكز للإيواء", "خمسة مراكز", "مراكز"),  # a plural after 3-10
        ("درّس فيه أكثر من ألف فقيه", "أكثر من ألف فقيه", "فقيه"),  # a singular after a thousand
        ("تستضيف المدينة نحو مليون وثلاثمئة ألف سوري", "نحو مليون وثلاثمئة ألف سوري", "سوري"),
        ("رصدت المحطة نحو 30 هزة ارتدادية", "نحو 30 هزة", "هزة"),  # an accusative singular after 11-99
        ("يحوي الأرشيف 750 مخطوطاً", "750 مخطوطاً", "مخطوطاً"),
        # a definite number word after the noun it counts
        ("خلال السنوات الأربع المقبلة", "السنوات الأربع", "السنوات"),
        ("وقعت الدول الثلاث الاتفاق", "الدول الثلاث", "الدول"),
        # no counted noun: a preposition, a pronoun, a verb, an adverb, another number
        ("قتل 30 منهم في الهجوم", "30", None),
        ("إن 27 لقوا حتفهم", "27", None),
        ("يصل 20 يومياً إلى الحدود", "20", None),
        ("وخصصوا مليونين لغيرهم", "مليونين", None),
        ("بلغ المؤشر 22 تماماً", "22", None),
    ],
)
def test_counted_noun_by_grammar(text: str, figure: str, unit: str | None) -> None:
    q = one(text)
    assert (q.text, q.unit) == (figure, unit)
    assert text[q.start : q.end] == q.text


def test_a_nisba_plural_after_the_article_is_no_dual() -> None:
    assert extract_quantities("وقال المتحدث للصحفيين إن الطريق مغلق") == []
    assert [(q.text, q.value) for q in extract_quantities("وأصيب صحفيين اثنين")][:1] == [("صحفيين", 2)]


def test_a_negated_bounding_verb_after_wa_or_fa_is_still_negated():
    from app.analysis.quantities import extract_quantities

    def qualifier(text):
        (q,) = extract_quantities(text)
        return q.qualifier

    assert qualifier("ولم تتجاوز نسبة المشاركة 40% في الانتخابات.") == "up_to"
    assert qualifier("فلن يتجاوز العجز 3% هذا العام.") == "up_to"
    assert qualifier("وما تجاوز عدد الحضور 200 شخص.") == "up_to"  # ما before a past verb: not
    assert qualifier("وقدر المنظمون ما يتجاوز 200 شخص.") == "more_than"  # ما before a present one: what


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("لا يحضر الدرس أكثر من 15 طالباً في العادة", "up_to"),
        ("لم يتجاوز عدد المتقدمين أكثر من 60 شخصاً", "up_to"),
        ("نسبة البطالة لا تزيد على 7% في المدينة", "up_to"),
        ("إنتاج الحقل لم يقل عن 40 ألف برميل", "at_least"),
        ("حضر المهرجان أكثر من 15 ألف زائر", "more_than"),  # no negation: more than
    ],
)
def test_negation_before_a_bound_turns_it_round(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("بلغت قيمة الصادرات ما تزيد على 300 مليون دولار", "more_than"),
        ("مساحة الغابة تزيد عن 80 هكتاراً", "more_than"),
        ("أسعار الخبز تقل عن 20 ديناراً للكيلو", "less_than"),
        ("خسائر الشركة تفوق 12 مليون دولار", "more_than"),
        ("كلفة الجسر تقارب 9 ملايين دينار", "about"),
        ("التبرعات زادت على 50 ألف دولار", "more_than"),
        ("الدين العام ارتفع ليفوق 12 مليار دولار", "more_than"),
    ],
)
def test_feminine_and_past_forms_of_bound_phrases(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_time_duals_are_not_figures_but_counted_time_is() -> None:
    assert extract_quantities("بقي المريض يومين في المستشفى بعد عامين من الانتظار") == []
    assert extract_quantities("تأجل الاجتماع أسبوعين ثم ساعتين") == []
    q = one("استمر الإضراب ثلاثة أيام")
    assert (q.value, q.unit_key) == (3, "يوم")


def test_dual_of_a_facility_noun_counts_two() -> None:
    q = one("افتتحت البلدية محطتين لتحلية المياه")
    assert (q.value, q.unit_key) == (2, "محطه")
    assert one("ستبني الوزارة مركزين صحيين في الريف").value == 2


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("سكن الحي لأكثر من 20 عاماً قبل أن يرحل", "more_than"),
        ("انخفض سعر الطن لنحو 300 دينار", "about"),
        ("وبأكثر من 40 صوتاً فاز المرشح", "more_than"),
        ("ارتفعت الديون لتصل إلى 900 مليون دولار", None),  # purpose, the value reached
    ],
)
def test_bound_phrases_after_clitics(text: str, qualifier: str | None) -> None:
    assert one(text).qualifier == qualifier


def test_a_feminine_dual_with_a_dual_adjective_counts_two() -> None:
    q = one("شكلت النقابة لجنتين فرعيتين لمتابعة الملف")
    assert (q.value, q.unit, q.unit_key) == (2, "لجنتين", "لجنه")
    assert one("افتتحت البلدية حديقتين عامتين جديدتين").value == 2  # the adjectives are not counted again
    assert extract_quantities("سهرنا ليلتين متتاليتين وانتظرنا ساعتين إضافيتين") == []  # spans of time
    assert extract_quantities("استقبل الرئيس بوتين في العاصمة") == []  # a name ending in -تين
    text = "عنوان: اجتمعت لجنتان فنيتان"
    found = extract_quantities(text, 7)
    check_spans(text, found, 7)
    assert [q.text for q in found] == ["لجنتان"]


def test_defective_nouns_in_the_accusative_are_counted_not_taken_for_adverbs() -> None:
    q = one("أخرج الغواصون 14 ناجياً من السفينة الغارقة")
    assert (q.value, q.unit_key) == (14, "ناجي")
    assert one("ترافع 25 محامياً عن المتهمين").unit_key == "محامي"
    assert one("تصل المنحة إلى 3 آلاف دينار سنوياً").unit_key == "دينار"  # an adverb is still no unit
