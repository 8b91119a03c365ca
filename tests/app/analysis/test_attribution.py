import pytest

from app.analysis.attribution import SpeakerMemory, attribute
from app.analysis.segment import segment
from app.analysis.tokens import tokenize


def speakers(text):
    mem = SpeakerMemory()
    return [attribute(text, tokenize(text, s, e), mem) for s, e in segment(text)]


def test_verb_subject_with_channel():
    t = "قالت وزارة النقل الأردنية في بيان نشرته على تلغرام إن الطريق سيفتح غداً."
    (sp,) = speakers(t)
    assert sp.text == "وزارة النقل الأردنية"
    assert t[sp.start : sp.end] == sp.text
    assert sp.verb == "قالت" and t[sp.verb_start : sp.verb_end] == "قالت"
    assert sp.channel == "تلغرام"
    assert sp.kind_hint == "government"
    assert not sp.inherited


def test_speaker_stops_at_complementiser_and_colon():
    (sp,) = speakers("وأكد رئيس البلدية أن المشروع اكتمل.")
    assert sp.text == "رئيس البلدية" and sp.verb == "وأكد"
    (sp,) = speakers("صرح المتحدث العسكري: «لا تغيير في الخطة».")
    assert sp.text == "المتحدث العسكري"


def test_subject_verb_order():
    (sp,) = speakers("الحكومة تعلن خطة جديدة للنقل العام.")
    assert sp.text == "الحكومة" and sp.verb == "تعلن"


def test_according_to_markers():
    (sp,) = speakers("وفقاً لـ منظمة الصحة العالمية، تراجعت الإصابات في الشهر الأخير.")
    assert sp.text == "منظمة الصحة العالمية"
    (sp,) = speakers("ارتفعت أسعار الخبز بحسب نقابة المخابز في المدينة.")
    assert sp.text == "نقابة المخابز"
    (sp,) = speakers("نقلاً عن مصادر محلية، توقف العمل في الميناء.")
    assert sp.text == "مصادر محلية"


def test_pro_drop_verb_inherits_agreeing_speaker():
    t = "قال مدير المستشفى إن الأسرّة امتلأت. وقالت الشرطة إن الطريق مغلق. وأضافت أن التحقيق مستمر."
    first, second, third = speakers(t)
    assert first.text == "مدير المستشفى"
    assert second.text == "الشرطة"
    assert third.inherited and third.text == "الشرطة"  # feminine verb → feminine speaker
    assert third.verb == "وأضافت"


def test_masculine_pro_drop_skips_feminine_speaker():
    t = "قال مدير المستشفى إن الأسرّة امتلأت. وقالت الشرطة إن الطريق مغلق. وأضاف أن الأطباء متعبون."
    assert speakers(t)[2].text == "مدير المستشفى"


def test_document_subject_refers_to_last_named_speaker():
    t = "أعلنت وزارة الزراعة عن موسم قمح وفير. وأضاف البيان أن الصادرات ستزيد."
    sp = speakers(t)[1]
    assert sp.inherited and sp.text == "وزارة الزراعة" and sp.channel == "بيان"
    assert t[sp.start : sp.end] == sp.text


def test_impersonal_passive_has_unknown_speaker():
    (sp,) = speakers("أفيد بأن القطار وصل متأخراً.")
    assert sp.start == -1 and sp.end == -1 and sp.text == "" and sp.verb == "أفيد"
    (sp,) = speakers("وقيل إن الاجتماع أُلغي.")
    assert sp.start == -1


def test_no_reporting_verb_no_speaker():
    assert speakers("افتتحت المكتبة الجديدة أبوابها للزوار.") == [None]


def test_relayed_speech_names_the_quoted_source_and_the_outlet():
    t = "ونقلت صحيفة محلية عن مصدر في الشرطة قوله إن السائق فر."
    (sp,) = speakers(t)
    assert sp.text == "مصدر في الشرطة" and sp.channel == "صحيفة محلية" and sp.verb == "ونقلت"


def test_institution_name_stops_before_its_object():
    (sp,) = speakers("أعلن الجيش النيجيري مقتل أربعة مسلحين.")
    assert sp.text == "الجيش النيجيري"
    (sp,) = speakers("أعلنت وزارة التعليم تأجيل الامتحانات.")
    assert sp.text == "وزارة التعليم"


def test_person_title_keeps_the_name_and_a_place_of_work():
    (sp,) = speakers("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستشارك.")
    assert sp.text == "الرئيس الفرنسي إيمانويل ماكرون" and sp.kind_hint == "person"
    (sp,) = speakers("قال موظف في البلدية إن المياه قطعت.")
    assert sp.text == "موظف في البلدية"


def test_unknown_definite_name_is_an_organisation():
    (sp,) = speakers("أكدت الداخلية الكويتية أن الحدود مفتوحة.")
    assert sp.kind_hint == "organisation"


def test_ambiguous_verbs_and_prepositional_phrases_are_not_speech():
    assert speakers("قصفت الطائرات مستشفى تابعاً للوزارة.") == [None]
    assert speakers("تعرض مستودع تابع للجيش لحريق.") == [None]
    (sp,) = speakers("وتابع المدير أن العمل مستمر.")
    assert sp.text == "المدير" and sp.verb == "وتابع"
    assert speakers("ذكر الله كثيراً في الصلاة.") == [None]
    (sp,) = speakers("ذكرت الشرطة أن اللص اعتقل.")
    assert sp.text == "الشرطة"
    (sp,) = speakers("وذكرت وكالة الأنباء الرسمية في تقرير لها أن المطار أغلق.")
    assert sp.text == "وكالة الأنباء الرسمية" and sp.channel == "تقرير"


def test_according_to_a_document_of_an_organisation():
    t = "ووفقاً لتقديرات منظمة الأغذية، تضاعفت أسعار الأرز."
    (sp,) = speakers(t)
    assert sp.text == "منظمة الأغذية" and sp.channel == "تقديرات"
    t = "ارتفع عدد الحوادث بحسب تقرير لوزارة النقل."
    (sp,) = speakers(t)
    assert sp.text == "وزارة النقل" and t[sp.start : sp.end] == sp.text and sp.channel == "تقرير"


def test_subject_before_verb_with_place_of_work_and_particle():
    t = "قال المدير إن العمل توقف. لكن موظفاً في الشركة قال إن العمل مستمر."
    assert speakers(t)[1].text == "موظفاً في الشركة"



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an institution's name goes on with ل
        ("وقال المركز الوطني للأرصاد الجوية إن درجات الحرارة ستنخفض غداً.", "المركز الوطني للأرصاد الجوية"),
        ("أعلنت الهيئة العامة لحماية البيئة أن 12 موقعاً تلوث.", "الهيئة العامة لحماية البيئة"),
        ("وقال مدير المعهد العالي للموسيقى نبيل شاهين إن 40 طالباً تخرجوا.", "مدير المعهد العالي للموسيقى نبيل شاهين"),
        # whom it was said to is no part of the name
        ("وقال وزير الخارجية للصحفيين إن المفاوضات مستمرة.", "وزير الخارجية"),
        # the auxiliary كان and the particle قد are not either
        ("وكانت وزارة النقل قد أعلنت في أيار الماضي أن خمسة جسور أغلقت.", "وزارة النقل"),
        # after a known name, a definite object is not the speaker; an adjective of origin is
        ("ودعت الأمم المتحدة المجتمع الدولي إلى تقديم مساعدات عاجلة للنازحين.", "الأمم المتحدة"),
        ("وطالبت منظمة العفو الدولية السلطات بالإفراج عن المعتقلين.", "منظمة العفو الدولية"),
        ("وأعلنت الولايات المتحدة الأمريكية أن العقوبات رفعت.", "الولايات المتحدة الأمريكية"),
        # a person's title may carry a country before the name, not an occasion
        ("وقال ممثل المفوضية في الأردن دومينيك بارتش إن التمويل تراجع.", "ممثل المفوضية في الأردن دومينيك بارتش"),
        ("وقال وزير الخارجية في المؤتمر الصحفي إن المفاوضات مستمرة.", "وزير الخارجية"),
    ],
)
def test_speaker_span(text, speaker):
    (sp,) = speakers(text)
    assert sp.text == speaker


def test_the_outlet_full_name_then_an_quoted_person():
    (sp,) = speakers("ونقلت الوكالة الرسمية للأنباء عن وزير الزراعة سعيد الهاشمي قوله إن المحصول تراجع.")
    assert (sp.text, sp.channel) == ("وزير الزراعة سعيد الهاشمي", "الوكالة الرسمية للأنباء")

def test_amounting_and_showing_verbs_report_only_with_a_complement():
    (sp,) = speakers("وتبلغ مساحة الحديقة نحو 12 ألف متر مربع.")
    assert sp is None  # يبلغ = amounts to, not أبلغ = informed
    (sp,) = speakers("وأبلغ الوزير البرلمان أن الخطة جاهزة.")
    assert sp is not None and sp.verb == "وأبلغ"
    (sp,) = speakers("أظهرت أرقام البنك المركزي أن الاحتياطي تراجع إلى 20 مليار دولار.")
    assert sp.text == "أرقام البنك المركزي"
    (sp,) = speakers("أظهرت الصور دماراً واسعاً في الحي.")
    assert sp is None


def test_a_measured_quantity_is_no_speaker_but_according_to_names_one():
    (sp,) = speakers("ويقدر عدد النازحين بنحو 300 ألف شخص وفقاً لتقديرات الأمم المتحدة.")
    assert sp.text == "الأمم المتحدة"
    (sp,) = speakers("وتقدر قيمة الأضرار بملايين الدولارات.")
    assert (sp.text, sp.start) == ("", -1)
    (sp,) = speakers("وأفيد، بحسب مصادر محلية، بأن الطريق أغلق.")
    assert sp.text == "مصادر محلية"


def test_the_author_of_a_document_is_the_source():
    (sp,) = speakers("ووفقاً لدراسة أعدتها جامعة دمشق، يعمل 40 في المئة من الخريجين خارج اختصاصهم.")
    assert (sp.text, sp.channel) == ("جامعة دمشق", "دراسة")
    (sp,) = speakers("وبحسب أحدث تقرير أصدره البنك الدولي، تراجع النمو إلى 2%.")
    assert (sp.text, sp.channel) == ("البنك الدولي", "تقرير")


def test_naqala_reports_only_with_a_complement():
    (sp,) = speakers("وبحسب نص الحكم، فإن المتهم نقل الأموال إلى الخارج.")
    assert sp.text == "نص الحكم"
    (sp,) = speakers("ونقل الجيش الجرحى إلى المستشفى.")
    assert sp is None
    (sp,) = speakers("ونقلت وكالة الأنباء عن مصدر أمني قوله إن الهجوم فشل.")
    assert (sp.text, sp.channel) == ("مصدر أمني", "وكالة الأنباء")



def test_a_bi_complement_after_a_reporting_verb_is_not_its_speaker():
    from app.analysis import analyze

    text = ("قال رئيس الاتحاد الزراعي إن الجفاف ضرب 12 قرية هذا العام.\n"
            "وطالب بمزيد من الدعم للمزارعين الذين خسروا 40% من محاصيلهم.\n"
            "وطالبت النقابة بمزيد من الرقابة على الأسعار التي ارتفعت 30%.\n"
            "وصرح بأرقام جديدة عن الخسائر بلغت 5 ملايين دولار.")
    r = analyze(text, threshold=0)
    speakers = [u.speaker.text if u.speaker else None for u in r.units]
    assert [u.text.split()[0] for u in r.units] == ["قال", "وطالب", "وطالبت", "وصرح"]
    # He, named before, demanded more support; not "بمزيد". The union names itself.
    assert speakers[1:] == ["رئيس الاتحاد الزراعي", "النقابة", "رئيس الاتحاد الزراعي"]
