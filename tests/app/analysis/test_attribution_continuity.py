"""A speaker carried from one clause or sentence to the next: feminine speaker nouns, the
participles of reporting verbs (مبينةً، موضحاً ...), أقر بأن, a title + employer + place +
honorific + name. Sentences written for these tests."""

import pytest

from app.analysis import analyze
from app.analysis.morph import noun_agreement
from tests.app.analysis.helpers import speaker, speaker_of


@pytest.mark.parametrize(
    "word", ["ممثلة", "مندوبة", "سفيرة", "مبعوثة", "طبيبة", "محامية", "قاضية", "مهندسة", "محللة", "أستاذة"]
)
def test_feminine_speaker_nouns_are_known(word):
    agr = noun_agreement(word)
    assert agr is not None and agr[0] == "f" and agr[2] == "person"
    assert noun_agreement("و" + "ال" + word) is not None  # with clitics


def test_a_feminine_verb_points_back_to_a_feminine_title():
    text = (
        "قال مدير المرفأ إن السفن عادت. وقالت مندوبة البنك الدولي إن القرض بلغ 50 مليون دولار. "
        "وأضافت أن التنفيذ يبدأ في الربيع."
    )
    r = analyze(text)
    sp = speaker_of(r, "وأضافت")
    assert sp.text == "مندوبة البنك الدولي" and sp.inherited


def test_an_honorific_and_a_name_after_the_place_of_work():
    sp = speaker(
        "وقالت ممثلة منظمة الأغذية والزراعة في السودان الدكتورة نادية عثمان إن إنتاج الذرة تراجع 30%."
    )
    assert sp.text == "ممثلة منظمة الأغذية والزراعة في السودان الدكتورة نادية عثمان"
    sp = speaker("وقال سفير الاتحاد الأوروبي في لبنان السيد مارك دوبوا إن المساعدات زادت.")
    assert sp.text == "سفير الاتحاد الأوروبي في لبنان السيد مارك دوبوا"
    # no name after the place: the phrase stops where it did
    assert speaker("وقال وزير الخارجية في المؤتمر الصحفي إن الاتفاق قريب.").text == "وزير الخارجية"


@pytest.mark.parametrize("participle", ["مبينةً", "مبيّنة", "موضحةً", "مشددةً", "كاشفةً"])
def test_feminine_participles_continue_the_speaker(participle):
    text = (
        "أعلنت مديرة التربية في المحافظة أن 40 مدرسة جديدة ستفتح أبوابها العام المقبل، "
        f"{participle} أن كلفتها بلغت 12 مليون دينار."
    )
    sp = speaker_of(analyze(text), participle)
    assert sp is not None and sp.text == "مديرة التربية" and sp.verb == participle


@pytest.mark.parametrize("participle", ["مبيناً", "مشدداً", "معلناً"])
def test_masculine_participles_continue_the_speaker(participle):
    text = f"قال رئيس البلدية إن الجسر سيفتتح في أيار، {participle} أن طوله يبلغ 300 متر وعرضه 20 متراً."
    sp = speaker_of(analyze(text), participle)
    assert sp is not None and sp.text == "رئيس البلدية"


def test_a_participle_ends_the_speakers_name():
    sp = speaker("صرح رئيس النقابة مبيناً أن الإضراب مستمر.")
    assert sp.text == "رئيس النقابة"


def test_aqarra_reports_before_a_complementiser():
    sp = speaker("وأقرت الوزيرة بأن 15% من المستشفيات تعاني نقصاً في الأدوية.")
    assert sp.text == "الوزيرة" and sp.verb == "وأقرت"
    sp = speaker("وأقر مدير الشركة أن الأرباح تراجعت.")
    assert sp.text == "مدير الشركة"
    # أقر البرلمان الموازنة: passed, not said
    assert speaker("وأقر البرلمان الموازنة العامة بقيمة 9 مليارات دينار.") is None


@pytest.mark.parametrize("audience", ["للنشرة", "لمراسلنا", "للجنة التحقيق"])
def test_an_audience_after_a_personal_name_is_not_part_of_it(audience):
    sp = speaker(f"وقال المتحدث باسم البلدية سامر عودة {audience} إن الشارع سيغلق أسبوعاً.")
    assert sp.text == "المتحدث باسم البلدية سامر عودة"


def test_an_institutions_name_may_go_on_with_li():
    assert speaker("وقال المركز الوطني للإحصاء إن التضخم بلغ 3%.").text == "المركز الوطني للإحصاء"
    assert speaker("وقال مدير المعهد الوطني للتراث إن المتحف يفتح غداً.").text == "مدير المعهد الوطني للتراث"


@pytest.mark.parametrize(
    "opener",
    ["أي أكثر بـ 40 سريراً من المستشفى القديم", "بزيادة 12% على عدد الأسرة في العام الماضي",
     "في حين لم يتجاوز عددها 80 سريراً قبل عامين", "إذ أضيف إليه جناح للأطفال في الربيع"],
)
def test_a_clause_that_goes_on_with_the_sentence_keeps_its_speaker(opener):
    text = f"وأوضحت وزارة الصحة أن مستشفى المدينة يضم اليوم 120 سريراً للمرضى، {opener}."
    r = analyze(text)
    assert len(r.units) == 2
    sp = r.units[1].speaker
    assert sp is not None and sp.text == "وزارة الصحة" and sp.inherited


def test_an_opener_does_not_carry_a_speaker_into_a_new_sentence():
    text = "وأوضحت وزارة الصحة أن المستشفى يضم 120 سريراً. أي مستشفى في البلاد يضم أكثر من ذلك؟"
    assert speaker_of(analyze(text), "أي مستشفى") is None


def test_a_participle_after_a_non_reporting_verb_speaks_for_its_subject():
    text = (
        "قال وزير الزراعة مازن الحسن إن موسم القمح كان جيداً. "
        "وافتتح الحسن صباح اليوم صوامع جديدة في الريف الشرقي، مؤكداً أن سعتها تبلغ 50 ألف طن."
    )
    r = analyze(text)
    assert speaker_of(r, "وافتتح") is None  # an act, not a statement
    sp = speaker_of(r, "مؤكداً")
    assert sp.text == "وزير الزراعة مازن الحسن" and sp.verb == "مؤكداً" and sp.inherited


def test_a_participle_after_an_unnamed_subject_stays_unattributed():
    text = "وزار فريق من المهندسين المخازن القديمة في الميناء، مشيراً إلى أن بعضها متهالك تماماً."
    assert all(u.speaker is None for u in analyze(text).units)


def test_a_speaker_noun_subject_of_another_verb_is_remembered():
    text = (
        "تداول حساب على منصة إكس يتابعه آلاف الأشخاص صورة لجسر منهار فوق النهر، "
        "قائلاً إنها التقطت صباح أمس في وسط المدينة القديمة."
    )
    sp = speaker_of(analyze(text), "قائلاً")
    assert sp is not None and sp.text == "حساب" and sp.verb == "قائلاً"
    text = (
        "قال مدير المدرسة إن الدوام منتظم. نشرت وزارة التربية جدولاً جديداً لرواتب المعلمين. "
        "وأضافت أن الزيادة تشمل 40 ألف معلم."
    )
    assert speaker_of(analyze(text), "وأضافت").text == "وزارة التربية"


def test_a_name_cut_short_by_a_preposition_is_not_remembered():
    text = (
        "ورصدت الهيئة الوطنية من أجل نزاهة الانتخابات 90 مخالفة يوم الاقتراع. "
        "وقالت الهيئة في بيانها إن 10 مخالفات منها خطيرة."
    )
    assert speaker_of(analyze(text), "وقالت الهيئة").text == "الهيئة"
