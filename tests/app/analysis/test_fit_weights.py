import io

from app.analysis import fit_weights
from app.analysis.scoring import LENGTH_REF, PRIOR_WEIGHTS


def write(path, rows):
    path.write_text("# label<TAB>sentence\n" + "".join(f"{y}\t{s}\n" for y, s in rows), encoding="utf-8")


NEWS = [
    (1, "قالت وزارة الصحة إن 40 مريضاً غادروا المستشفى أمس."),
    (1, "ارتفع سعر الخبز بنسبة 20% منذ بداية العام."),
    (1, "أغلقت الشرطة الطريق الرئيسي بعد انهيار الجسر."),
    (0, "أعتقد أن الخطة ستفشل."),
    (0, "صباح الخير لكل المتابعين"),
    (0, "هل تنجح الحكومة في مهمتها؟"),
]
SPEECH = [
    (1, "خسرنا في ولايتكم ثلاثمئة ألف وظيفة في المصانع."),
    (1, "لقد صوّتت ضد هذا القانون مرتين في البرلمان."),
    (0, "سأعيد الكرامة إلى هذا البلد."),
    (0, "شكراً لكم على حسن الاستماع."),
]


def test_every_example_file_is_read_with_its_length(tmp_path, monkeypatch):
    write(tmp_path / "checkworthy_examples.tsv", NEWS)
    write(tmp_path / "checkworthy_examples_speech.tsv", SPEECH)
    (tmp_path / "other.tsv").write_text("1\tليس من الأمثلة\n", encoding="utf-8")
    monkeypatch.setattr(fit_weights, "LEXICONS", tmp_path)
    assert [p.name for p in fit_weights.example_files()] == [
        "checkworthy_examples.tsv",
        "checkworthy_examples_speech.tsv",
    ]
    data = fit_weights.examples()
    assert [y for _f, y, _n in data] == [y for y, _s in NEWS + SPEECH]
    assert all(n == len(s.rstrip(".؟").split()) for (_f, _y, n), (_l, s) in zip(data, NEWS + SPEECH, strict=True))


def test_report_holds_each_genre_out(tmp_path, monkeypatch):
    write(tmp_path / "checkworthy_examples.tsv", NEWS)
    write(tmp_path / "checkworthy_examples_speech.tsv", SPEECH)
    monkeypatch.setattr(fit_weights, "LEXICONS", tmp_path)
    monkeypatch.setattr(fit_weights, "STEPS", 50)
    out = io.StringIO()
    fit_weights.report(0.5, out)
    text = out.getvalue()
    assert "5-fold cross-validation" in text and "claim threshold" in text
    assert "held out checkworthy_examples.tsv: AP=" in text and "held out checkworthy_examples_speech.tsv" in text


def test_the_length_weight_is_fitted_from_the_examples():
    long_claims = [(frozenset({"long"}), 1, 40)] * 20
    short_others = [(frozenset({"long"}), 0, LENGTH_REF)] * 20
    _bias, w = fit_weights.fit(long_claims + short_others)
    assert w["length"] > PRIOR_WEIGHTS["length"]
    # Without a length (old two-field examples) nothing moves it.
    _bias, w = fit_weights.fit([(frozenset({"figure"}), 1)] * 10 + [(frozenset({"long"}), 0)] * 10)
    assert w["length"] == PRIOR_WEIGHTS["length"]


def test_average_precision_and_macro_f1():
    assert fit_weights.average_precision([0.9, 0.8, 0.1], [1, 0, 1]) == (1 + 2 / 3) / 2
    assert fit_weights.macro_f1([0.9, 0.2], [1, 0], 0.5) == 1.0
    assert fit_weights.macro_f1([0.9, 0.8], [1, 0], 0.5) == (2 / 3 + 0) / 2
