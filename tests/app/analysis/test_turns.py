"""Transcripts whose turns are labelled with their speaker (``المرشح X: ...``): each turn's
claims are the label's person's. Sentences written for these tests."""

from app.analysis import analyze
from app.analysis.interview import labelled_turns
from tests.app.analysis.helpers import speaker_of

PANEL = """ندوة الإسكان: جدل حول الإيجارات في العاصمة

عمّان - خاص

تعرض "نشرة المدينة" مقتطفات من الندوة الإذاعية التي بثت مساء الثلاثاء.

مقدمة البرنامج: أهلاً بكم. الدكتور ناصر، من أين نبدأ؟

الخبير ناصر الحلبي: شكراً. الإيجارات في العاصمة ارتفعت 40% خلال ثلاث سنوات.

وهناك 12 ألف شقة فارغة في الأحياء الغربية وحدها.

النائبة ريم السعدي: هذا الرقم قديم. البلدية أعلنت أن عدد الشقق الفارغة 7 آلاف فقط.

مقدمة البرنامج: ننتقل إلى القروض. ما رأيك؟

النائبة ريم السعدي: البنوك منحت 900 قرض سكني في العام الماضي. وأفيد بأن نصف الطلبات رفض.

وكانت وزارة الأشغال قد أعلنت أن 3 آلاف وحدة سكنية ستبنى هذا العام.

ولم يحضر ممثل البلدية الندوة.
"""


def test_labels_name_the_turns_people():
    turns = labelled_turns(PANEL)
    assert [sp.text for _s, sp in turns] == [
        "مقدمة البرنامج", "ناصر الحلبي", "ريم السعدي", "مقدمة البرنامج", "ريم السعدي"
    ]
    for line_start, sp in turns:
        assert PANEL[sp.start : sp.end] == sp.text
        assert PANEL[line_start:sp.end].endswith(sp.text)


def test_a_turns_claims_are_its_speakers():
    r = analyze(PANEL)
    first = speaker_of(r, "الإيجارات في العاصمة")
    assert first.text == "ناصر الحلبي" and first.kind_hint == "person"
    # a paragraph with no label goes on with the same turn
    assert speaker_of(r, "وهناك 12 ألف").text == "ناصر الحلبي"
    assert speaker_of(r, "النائبة ريم السعدي: هذا").text == "ريم السعدي"
    assert speaker_of(r, "النائبة ريم السعدي: البنوك").text == "ريم السعدي"
    # a passive in a turn: the turn's speaker says it was so
    assert speaker_of(r, "وأفيد بأن").text == "ريم السعدي"
    # the moderator's turns are the moderator's
    assert speaker_of(r, "مقدمة البرنامج: ننتقل").text == "مقدمة البرنامج"


def test_a_source_named_in_a_turn_is_kept():
    r = analyze(PANEL)
    assert speaker_of(r, "البلدية أعلنت").text == "البلدية"


def test_the_text_before_and_after_the_turns_is_not_a_turn():
    r = analyze(PANEL)
    assert speaker_of(r, "تعرض") is None or speaker_of(r, "تعرض").text != "مقدمة البرنامج"
    assert speaker_of(r, "وكانت وزارة الأشغال").text == "وزارة الأشغال"
    assert speaker_of(r, "ولم يحضر") is None


def test_a_label_does_not_make_chatter_a_claim():
    r = analyze(PANEL)
    (u,) = [u for u in r.units if u.text.startswith("مقدمة البرنامج: ننتقل")]
    assert "attributed" not in u.reasons and u.score < r.threshold


def test_bare_names_label_turns_when_they_recur():
    text = (
        "حوار مفتوح\n\nسامر خليل: المصنع سرّح 200 عامل هذا الشهر.\n\n"
        "ليلى حداد: العدد الصحيح 150 عاملاً.\n\nسامر خليل: لدي الكشوف الرسمية.\n"
    )
    assert [sp.text for _s, sp in labelled_turns(text)] == ["سامر خليل", "سامر خليل"]
    assert speaker_of(analyze(text), "سامر خليل: المصنع").text == "سامر خليل"


def test_verdicts_sources_and_headlines_are_no_turn_labels():
    fact_check = (
        "تدقيق: صورة الفيضان ليست حديثة\n\nالادعاء: غرق 40 منزلاً في القرية أمس.\n\nالحكم: مضلل.\n\n"
        "المصدر: أرشيف وكالة محلية.\n\nالادعاء: إغلاق المعبر لمدة شهر.\n\nالحكم: صحيح.\n"
    )
    assert labelled_turns(fact_check) == []
    headline = "وزير المالية سعيد حمدان: العجز سينخفض إلى 3% العام المقبل\n\nقال الوزير إن الإيرادات زادت.\n"
    assert labelled_turns(headline) == []
    one_quote = "تقرير\n\nوقال في المؤتمر:\n\nالوزير: «لن نرفع الأسعار».\n"
    assert labelled_turns(one_quote) == []
    # a quotation introduced at a line's start (a reporting verb, a name, a colon) twice
    quotes = "تقرير\n\nوتابع سامر خليل: «الأسعار سترتفع».\n\nوتابع سامر خليل: «والرواتب لن تتغير».\n"
    assert labelled_turns(quotes) == []
