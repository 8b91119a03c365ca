"""Speaker spans: a relative clause's antecedent, a long subject before its verb, a subject
before a parenthetical and قد, a preposition with a pronoun after the verb (أُعلن عنه), the
author of a document named again (وقالت الوزارة). Sentences written for these tests."""

from app.analysis import analyze
from app.analysis.attribution import SpeakerMemory, attribute
from app.analysis.segment import segment
from app.analysis.tokens import tokenize
from tests.app.analysis.helpers import speaker


def speakers(text):
    mem = SpeakerMemory()
    return [attribute(text, tokenize(text, s, e), mem) for s, e in segment(text)]


def test_the_antecedent_of_a_relative_clause_speaks():
    sp = speaker("وتواصلت النشرة مع وزارة النقل، التي أكدت أن الطريق سيفتح خلال 10 أيام.")
    assert sp.text == "وزارة النقل" and sp.verb == "أكدت"
    sp = speaker("واتصلنا بمدير المستشفى الذي أوضح أن الأجهزة وصلت.")
    assert sp.text == "مدير المستشفى"


def test_a_relative_verb_with_its_own_subject_keeps_it():
    sp = speaker("وهذه هي الأرقام التي أعلنت البلدية أنها نهائية.")
    assert sp.text == "البلدية"


def test_a_long_subject_with_a_place_of_publication():
    sp = speaker("لكن التقرير السنوي المنشور على موقع هيئة الطيران المدني يظهر أن الرحلات تراجعت 20%.")
    assert sp.text == "التقرير السنوي المنشور على موقع هيئة الطيران المدني" and sp.verb == "يظهر"
    assert speaker("المدير في الشركة يؤكد أن الأرباح ارتفعت.").text == "المدير في الشركة"


def test_a_subject_before_a_parenthetical_and_qad():
    sp = speaker(
        "وكان الاستطلاع الوطني للشباب، الذي أجرته جامعة اليرموك في 2024، قد أظهر أن 60% يرغبون في الهجرة."
    )
    assert sp.text == "الاستطلاع الوطني للشباب" and sp.verb == "أظهر"


def test_a_pronoun_after_the_verb_is_no_speaker():
    sp = speaker("المستشفى الجديد أعلن عنه مرتين منذ 2019 ولم يبدأ بناؤه.")
    assert sp is not None and sp.start == -1 and sp.text == ""  # أُعلن عنه: nobody named
    sp = speaker("وأعلن عنه الوزير أمس في مؤتمر صحفي أن كلفته 40 مليون دولار.")
    assert sp.text == "الوزير"


def test_the_author_of_a_document_named_again():
    t = "وأظهرت بيانات هيئة الإحصاء أن البطالة بلغت 9%. وقالت الهيئة إن العدد سيرتفع."
    first, second = speakers(t)
    assert first.text == "بيانات هيئة الإحصاء"
    assert second.text == "هيئة الإحصاء" and second.inherited and t[second.start : second.end] == "هيئة الإحصاء"
    t = "أظهرت أرقام وزارة المالية أن العجز بلغ 4%. وقالت الوزارة إن الإيرادات زادت."
    assert speakers(t)[1].text == "وزارة المالية"


def test_the_article_still_finds_them():
    text = (
        "وتواصلت النشرة مع وزارة النقل، التي أكدت أن الطريق سيفتح خلال 10 أيام. "
        "وأظهرت بيانات هيئة الإحصاء أن البطالة بلغت 9%. وقالت الهيئة إن عدد العاطلين سيرتفع 3% العام المقبل."
    )
    got = [u.speaker.text for u in analyze(text).units if u.speaker is not None]
    assert got == ["وزارة النقل", "بيانات هيئة الإحصاء", "هيئة الإحصاء"]


def test_a_verb_inside_a_quotation_is_not_the_units_speaker():
    text = (
        "وقال رئيس النقابة: «أبلغنا مدير المصنع أن 300 عامل سيسرحون هذا الشهر». وأضاف أن الإضراب سيبدأ الأحد."
    )
    sps = [u.speaker for u in analyze(text).units]
    assert [sp.text for sp in sps] == ["رئيس النقابة"] * len(sps)
    # a quotation over two sentences: the second one's verb is the quoted speaker's report
    text = (
        "وقالت العاملة سعاد الحسن: «أبلغتنا الإدارة أن الرواتب ستتأخر شهراً آخر. "
        "وقال المشرف إن 50 عاملاً لن يعودوا إلى العمل». وقال رئيس النقابة إن الإضراب مستمر."
    )
    r = analyze(text)
    got = {u.text.split()[0] + " " + u.text.split()[1]: u.speaker.text for u in r.units if u.speaker}
    assert got["وقال المشرف"] == "العاملة سعاد الحسن"
    assert got["وقال رئيس"] == "رئيس النقابة"


def test_a_verb_in_straight_quotes_is_skipped_only_when_they_pair_up():
    # كتب is no reporting verb: the quoted قالت is not taken for the unit's
    assert speaker('وكتب الناشط على صفحته: "قالت لنا البلدية إن الماء سيعود" لكن شيئاً لم يتغير.') is None
    # a lone straight quote may close an earlier quotation: the verb after it counts
    sp = speaker('لم يتغير شيء" وقالت البلدية إن الماء سيعود غداً.')
    assert sp is not None and sp.text == "البلدية"


def test_what_is_claimed_is_not_the_claimant():
    sp = speaker('نشرت صفحة تسمي نفسها "أخبار الحي" على إنستغرام مقطعاً يدعي انهيار 3 مبان في الحي.')
    assert sp.text == "صفحة" and sp.verb == "يدعي"
    sp = speaker("نشرت مدونة محلية تقريراً يزعم إغلاق 12 مصنعاً.")
    assert sp.text == "مدونة" and sp.verb == "يزعم"
    # an indefinite claimant before أن, a definite one before its object
    assert speaker("وزعم مسؤول محلي أن الانهيار سببه الأمطار.").text == "مسؤول محلي"
    assert speaker("وادعى الحزب فوزه بـ 40 مقعداً.").text == "الحزب"


def test_an_auxiliary_and_qad_stay_out_of_the_subject():
    sp = speaker("وكان رئيس مجلس الإدارة قد أعلن في أيار أن الأرباح تضاعفت.")
    assert sp.text == "رئيس مجلس الإدارة"
