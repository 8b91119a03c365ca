from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import segment
from app.analysis.segment import sentences


def texts(t):
    return [t[s:e] for s, e in segment(t)]


def test_splits_sentences_on_arabic_punctuation():
    t = "وصل الوفد إلى المدينة. هل انتهت المفاوضات؟ نعم! اتفق الطرفان؛ ثم غادر الوفد…"
    assert texts(t) == ["وصل الوفد إلى المدينة.", "هل انتهت المفاوضات؟", "نعم!", "اتفق الطرفان؛", "ثم غادر الوفد…"]


def test_does_not_split_decimals_or_abbreviations():
    t = "قال د. سمير إن النسبة بلغت 13.2 في المئة مقابل ٣٫٥ العام الماضي. وانتهى اللقاء."
    assert texts(t) == ["قال د. سمير إن النسبة بلغت 13.2 في المئة مقابل ٣٫٥ العام الماضي.", "وانتهى اللقاء."]


def test_line_breaks_split_and_spans_are_trimmed():
    t = "  عنوان قصير  \n\nزار الوزير المعرض صباحاً.  "
    assert texts(t) == ["عنوان قصير", "زار الوزير المعرض صباحاً."]


def test_closing_quote_stays_with_its_sentence():
    t = "قال المدير: «انتهى العمل.» ثم غادر المكتب."
    assert texts(t) == ["قال المدير: «انتهى العمل.»", "ثم غادر المكتب."]


def test_comma_splits_only_between_long_clauses():
    short = "قال الوزير، في مؤتمر صحفي، إن الوضع مستقر."
    assert texts(short) == [short]
    long_ = (
        "افتتح المحافظ الجسر الجديد فوق النهر بحضور عدد كبير من السكان، "
        "فيما أعلنت البلدية عن خطة لتوسيع الطرق المؤدية إليه خلال الأشهر المقبلة."
    )
    parts = texts(long_)
    assert len(parts) == 2 and parts[0].endswith("،") and parts[1].startswith("فيما")


def test_urls_are_not_split():
    t = "تابعوا الخبر على example.com/news للمزيد."
    assert texts(t) == [t]


def test_sentences_without_letters_are_dropped():
    assert sentences("... !!! \n ؟") == []


NOISY = st.text(
    alphabet=st.sampled_from(list("قال الوزير إن 13.2٫٣ د. «»“”\"،؛.!؟…\n\r\u200c\u0640ًُ😀👍🏽abc")), max_size=120
)


@settings(max_examples=200)
@given(NOISY)
def test_spans_are_ordered_trimmed_and_non_overlapping(t):
    prev_end = 0
    for s, e in segment(t):
        assert prev_end <= s < e <= len(t)
        assert not t[s].isspace() and not t[e - 1].isspace()
        prev_end = e


def test_links_stay_whole():
    from app.analysis.tokens import tokenize

    t = "التفاصيل على https://example.com/news?id=5&x=1 الآن! ثم انتهى البث."
    assert texts(t) == ["التفاصيل على https://example.com/news?id=5&x=1 الآن!", "ثم انتهى البث."]
    links = [tok.text for tok in tokenize(t) if tok.is_link]
    assert links == ["https://example.com/news?id=5&x=1"]


def test_complement_clause_stays_with_its_verb():
    t = (
        "أعلنت هيئة الطيران المدني، في بيان صحفي صدر مساء أمس الأول، "
        "أن عدد الرحلات الملغاة بلغ أربعين رحلة خلال الأسبوع الماضي وحده."
    )
    assert texts(t) == [t]


def test_a_long_quotation_after_a_colon_is_its_own_clause():
    t = "وقال رئيس البلدية للصحفيين: «لدينا 12 بئراً متوقفة عن العمل منذ الشتاء الماضي»."
    assert texts(t) == ["وقال رئيس البلدية للصحفيين:", "«لدينا 12 بئراً متوقفة عن العمل منذ الشتاء الماضي»."]
    short = "صرح المتحدث العسكري: «لا تغيير في الخطة»."
    assert texts(short) == [short]


def test_a_parenthetical_before_the_reported_content_stays_with_its_verb():
    text = "أظهرت بيانات الجهاز المركزي للتعبئة العامة والإحصاء، الصادرة اليوم الأربعاء، أن التضخم تراجع إلى 11% في الشهر الماضي."
    assert len(segment(text)) == 1
    text = (
        "وقال ممثل المنظمة في البلاد سامي الخوري، في مؤتمر صحفي عقده يوم الأحد في العاصمة، "
        "إن خطة الاستجابة لم تحصل إلا على ثلث التمويل المطلوب هذا العام."
    )
    assert len(segment(text)) == 1
    # without أن/إن after it, the comma still separates two long clauses
    text = (
        "أعلنت وزارة الصحة في بيانها الصادر صباح اليوم عن حملة تطعيم، الأولى من نوعها، "
        "وتستهدف الحملة نحو مليون طفل في المحافظات الشمالية والجنوبية."
    )
    assert len(segment(text)) == 2


def test_a_source_phrase_between_two_clauses_ends_the_first():
    t = (
        "ارتفع عدد الشركات المسجلة في المحافظة إلى 340 شركة خلال العام الماضي، بحسب تقرير غرفة التجارة، "
        "فيما تراجع عدد المصانع العاملة في المنطقة الصناعية إلى 45 مصنعاً فقط."
    )
    assert texts(t) == [
        "ارتفع عدد الشركات المسجلة في المحافظة إلى 340 شركة خلال العام الماضي، بحسب تقرير غرفة التجارة،",
        "فيما تراجع عدد المصانع العاملة في المنطقة الصناعية إلى 45 مصنعاً فقط.",
    ]
    # with و the source opens the next clause (a fronted source): it stays with it
    t = (
        "وصل إلى الميناء خلال الشهر الماضي أكثر من عشرين سفينة تجارية، وبحسب سجلات الميناء، "
        "تجاوزت حمولتها الإجمالية ثلاثمئة ألف طن من البضائع المختلفة."
    )
    assert texts(t)[1].startswith("وبحسب سجلات الميناء،")


def test_a_relative_clause_between_commas_is_not_cut():
    t = (
        "وكانت الدراسة الوطنية للسكان، التي أجراها المعهد في العام الماضي، "
        "قد كشفت أن ثلث الأسر في الأرياف لا تصلها شبكة المياه العامة."
    )
    assert texts(t) == [t]
    t = (
        "أنهى المقاول الطريق الدائري الجديد حول المدينة، الذي تأخر تنفيذه ثلاث سنوات، "
        "وبدأت البلدية في تشغيل خط الحافلات الذي يربط الأحياء الشرقية بالسوق."
    )
    assert texts(t) == [t]


def test_a_decimal_number_is_one_word_when_clauses_are_measured():
    # six words before the comma (31.5 is one of them): too short to stand alone
    t = "أما البرج فيبلغ طوله 47.5 متراً، ويعد من أعلى الأبراج الحجرية في المنطقة كلها."
    assert texts(t) == [t]
    t = "أما البرج فيبلغ طوله ٤٧٫٥ متراً، ويعد من أعلى الأبراج الحجرية في المنطقة كلها."
    assert texts(t) == [t]
