"""Whole-article phenomena of round 2 (issue 3): interview answers, fronted and document
sources, sports senses of أضاف, match minutes and scores, appeals. Sentences written for
these tests."""

import datetime as dt

from app.analysis import analyze
from app.analysis.interview import interviewee, personal_name
from app.analysis.quantities import extract_quantities
from app.analysis.scoring import line_features
from app.analysis.tokens import tokenize
from tests.app.analysis.helpers import speaker, speaker_of

INTERVIEW = """الخبيرة سلمى القاسم: أسعار الأدوية ارتفعت 35% في عامين

بيروت - حوار: وائل منصور

في هذا الحوار تتحدث الخبيرة الاقتصادية الدكتورة سلمى القاسم عن أزمة الدواء.

س: كيف تقرئين ارتفاع الأسعار؟

ج: ارتفعت أسعار الأدوية المستوردة 35% منذ مطلع 2024، وأغلقت 60 صيدلية في العاصمة وحدها.

هذا ما تقوله أرقام النقابة، والواقع أسوأ.

س: ومن المسؤول؟

ج - الحكومة أوقفت دعم 300 صنف من الأدوية في الصيف الماضي.
"""


def units_by_text(result):
    return {u.text.strip(): u for u in result.units}


def test_interviewee_from_the_headline_source_without_the_title():
    person, first_question = interviewee(INTERVIEW)
    assert person.text == "سلمى القاسم"
    assert INTERVIEW[person.start : person.end] == person.text
    assert INTERVIEW[first_question:].startswith("س:")


def test_interviewee_from_the_lead_when_the_headline_names_nobody():
    text = (
        "أزمة الدواء إلى أين؟\n\nفي لقاء خاص تحدث وزير الصحة الأسبق كمال عيسى عن نقص الأدوية.\n\n"
        "س - هل النقص حقيقي؟\nج - نعم، نقص 120 صنفاً من السوق خلال عام 2025.\n"
    )
    person, _ = interviewee(text)
    assert person.text == "كمال عيسى"
    u = speaker_of(analyze(text), "ج - نعم")
    assert u is not None and u.text == "كمال عيسى" and u.inherited


def test_the_byline_names_the_interviewer_not_the_interviewee():
    text = "حاوره: سامي نجار\n\nتحدث المدير العام للشركة رامي داود عن الخطة.\n\nس: متى؟\nج: بعد شهرين من الآن.\n"
    person, _ = interviewee(text)
    assert person.text == "رامي داود"


def test_answers_are_the_interviewees_and_questions_are_not():
    r = analyze(INTERVIEW, dt.date(2026, 3, 1))
    answer = speaker_of(r, "ج: ارتفعت")
    assert answer.text == "سلمى القاسم" and answer.verb == "ج" and answer.inherited
    assert INTERVIEW[answer.verb_start : answer.verb_end] == "ج"
    # a later paragraph of the same answer is still hers; the next question is nobody's
    assert speaker_of(r, "هذا ما تقوله").text == "سلمى القاسم"
    assert speaker_of(r, "س: ومن المسؤول") is None
    assert speaker_of(r, "ج - الحكومة").text == "سلمى القاسم"
    # the answer's figures make it a claim, now attributed
    assert "attributed" in units_by_text(r)[
        "ج: ارتفعت أسعار الأدوية المستوردة 35% منذ مطلع 2024، وأغلقت 60 صيدلية في العاصمة وحدها."
    ].reasons


def test_a_text_without_question_marks_is_no_interview():
    text = "قال وزير المالية سعيد حمدان إن العجز بلغ 4%.\n\nج: هذه ليست مقابلة.\n"
    assert interviewee(text) is None
    assert speaker_of(analyze(text), "ج: هذه") is None


def test_personal_name_leaves_the_title_out():
    def name(phrase):
        toks = tokenize(phrase)
        span = personal_name(toks)
        return None if span is None else phrase[toks[span[0]].start : toks[span[1] - 1].end]

    assert name("المرشح للانتخابات البلدية نبيل سعادة") == "نبيل سعادة"
    assert name("وزير الزراعة مروان العلي") == "مروان العلي"
    assert name("هدى الخطيب") == "هدى الخطيب"
    assert name("وزارة الزراعة") is None


def test_a_fronted_source_speaks_for_the_next_clause():
    text = (
        "وبحسب أحدث تقديرات اتحاد المزارعين في المحافظات الشمالية، "
        "تراجع إنتاج القمح هذا العام إلى 800 ألف طن بعد موسم جاف."
    )
    r = analyze(text)
    assert len(r.units) == 2
    main = speaker_of(r, "تراجع")
    assert main is not None and main.text == "اتحاد المزارعين" and main.verb == "وبحسب"


def test_a_fronted_source_does_not_cross_the_sentence():
    text = (
        "وفقاً لنقابة المعلمين في القطاع العام والمدارس الخاصة، أضرب 900 معلم أمس في مدارس العاصمة الثلاث. "
        "وفي سياق آخر افتتحت البلدية حديقة عامة جديدة."
    )
    r = analyze(text)
    assert speaker_of(r, "أضرب").text == "نقابة المعلمين"
    assert speaker_of(r, "وفي سياق") is None


def test_according_to_what_x_announced():
    sp = speaker("وانتقل الحارس إلى النادي مقابل 3 ملايين دولار، بحسب ما أعلنه الاتحاد المحلي حينها")
    assert sp.text == "الاتحاد المحلي"
    sp = speaker("وارتفعت المبيعات 12% بحسب ما نشرته الغرفة التجارية")
    assert sp.text == "الغرفة التجارية"
    sp = speaker("وارتفعت المبيعات 12% بحسب ما ذكرته الغرفة التجارية")
    assert sp.text == "الغرفة التجارية"


def test_documents_described_by_an_adjective_are_the_source():
    assert speaker("نزح أكثر من 50 ألف شخص خلال الشهر الماضي بحسب تقارير أممية").text == "تقارير أممية"
    assert speaker("بحسب تقديرات رسمية، تراجعت الصادرات 8%").text == "تقديرات رسمية"
    sp = speaker("بحسب تقرير لمنظمة العمل الدولية، فقد الشباب 200 ألف وظيفة")
    assert sp.text == "منظمة العمل الدولية" and sp.channel == "تقرير"


def test_polls_indicate_is_attributed_to_the_polls():
    sp = speaker("وتشير استطلاعات الرأي إلى أن الحزب يتقدم بفارق سبع نقاط")
    assert sp.text == "استطلاعات الرأي" and sp.verb == "وتشير"


def test_adding_a_goal_is_no_speech_but_adding_a_statement_is():
    assert speaker("وأضاف المهاجم الهدف الثاني برأسية في الشوط الأول") is None
    assert speaker("وأضاف الفريق نقطة جديدة إلى رصيده بعد التعادل") is None
    sp = speaker("وأضاف المدرب أن الفريق يحتاج إلى مدافع جديد")
    assert sp.text == "المدرب" and sp.verb == "وأضاف"
    assert speaker("وأضاف الوزير: لن نرفع الأسعار").text == "الوزير"


def test_scoring_a_goal_is_no_speech_in_an_article():
    text = (
        "قال المدرب إن فريقه استحق الفوز. وسجل المهاجم الشاب هدفين في الشوط الأول من المباراة، "
        "وأضاف زميله لاعب الوسط الهدف الثالث من ركلة حرة في الدقيقة 80."
    )
    r = analyze(text)
    assert speaker_of(r, "وأضاف زميله") is None
    assert [q.text for u in r.units for q in u.quantities] == ["هدفين"]


def test_match_minutes_and_scores_are_not_figures():
    figures = lambda t: [(q.text, q.value) for q in extract_quantities(t)]  # noqa: E731
    assert figures("وسجل المهاجم هدفين في الدقيقتين 12 و67 من المباراة") == [("هدفين", 2.0)]
    assert figures("وأضاف زميله الهدف الثالث في الدقيقة 90") == []
    assert figures("وفاز الفريق بنتيجة 2-1 أمام 25 ألف متفرج") == [("25 ألف متفرج", 25000.0)]
    # a duration in minutes is still a figure, and so is a range
    assert figures("استغرقت العملية 45 دقيقة") == [("45 دقيقة", 45.0)]
    assert [v for _t, v in figures("من 3-5 أيام")] == [3.0, 5.0]


def test_appeals_are_marked_and_score_below_the_same_statement():
    call = line_features("ودعت البلدية السكان إلى تخزين المياه وترشيد استهلاك الكهرباء.")
    assert "appeal" in call.present
    assert "appeal" in line_features("وطالب المزارعون الحكومة بتعويضات عن خسائر الموسم.").present
    assert "appeal" not in line_features("قالت البلدية إن خزانات المياه امتلأت.").present
    # the word must open the unit: a report that mentions a call later is not an appeal
    assert "appeal" not in line_features(
        "أغلقت الشرطة ثلاثة طرق رئيسية في المدينة بعد احتجاجات دعت إليها النقابات"
    ).present


def test_an_appeal_scores_low_unless_it_carries_a_fact():
    from app.analysis import HIGHLIGHT_THRESHOLD, score_text

    assert score_text("ودعت وزارة الصحة المواطنين إلى غسل اليدين وتجنب الأماكن المزدحمة.") < HIGHLIGHT_THRESHOLD
    assert score_text("وطالب السكان البلدية بإصلاح شبكة الصرف الصحي.") < HIGHLIGHT_THRESHOLD
    assert (
        score_text("ودعت الوزارة إلى الحذر بعد أن سجلت 340 إصابة بالحمى خلال أسبوع في ثلاث محافظات.")
        >= HIGHLIGHT_THRESHOLD
    )


def test_what_was_announced_goes_on_after_ala_an():
    text = "وأعلنت الوزارة أنها تسلمت 200 ألف جرعة من اللقاح، على أن تبدأ الحملة في 3 مايو وتستهدف مليون طفل."
    r = analyze(text)
    sp = speaker_of(r, "على أن")
    assert sp is not None and sp.text == "الوزارة" and sp.inherited


def test_a_title_with_its_place_or_employer_goes_on_to_the_name():
    sp = speaker("وقال مدير مديرية التربية في العقبة سامي الخطيب لوكالة الأنباء إن المدارس أغلقت")
    assert sp.text == "مدير مديرية التربية في العقبة سامي الخطيب"
    sp = speaker("وقال المدير الرياضي للوحدات جمال أبو عابد في المؤتمر الصحفي إن الفريق جاهز")
    assert sp.text == "المدير الرياضي للوحدات جمال أبو عابد"
    # not a meeting, nor an audience
    assert speaker("وقال وزير الخارجية في المؤتمر الصحفي إن المحادثات فشلت").text == "وزير الخارجية"
    assert speaker("وقال المتحدث للصحفيين إن الوفد وصل").text == "المتحدث"


def test_unmarked_answers_after_marked_questions():
    text = (
        "المهندسة ريما عواد: أنجزنا 70% من الجسر\n\n"
        "س: متى يفتح الجسر؟\n\n"
        "أنجزنا حتى الآن 70% من الأعمال، وعمل في المشروع 450 عاملاً منذ بدايته في عام 2024.\n\n"
        "س: وما الكلفة؟\n\n"
        "بلغت الكلفة حتى اليوم 18 مليون دينار.\n"
    )
    r = analyze(text)
    assert speaker_of(r, "أنجزنا حتى الآن").text == "ريما عواد"
    assert speaker_of(r, "أنجزنا حتى الآن").verb is None
    assert speaker_of(r, "بلغت الكلفة").text == "ريما عواد"
    assert speaker_of(r, "س: وما الكلفة") is None
