import pytest

from app.analysis import morphdb_build
from app.analysis.camel import Analyzer, MorphologyDB
from app.analysis.lexicon import Verb
from app.analysis.morph import agrees, noun_agreement, verb_info


def test_committed_db_is_the_build_of_the_lexicon():
    assert morphdb_build.DB_FILE.read_text(encoding="utf-8") == morphdb_build.build_text()


@pytest.mark.parametrize(
    ("word", "lemma", "gen", "num", "asp", "conj"),
    [
        ("قالت", "قال", "f", "s", "p", False),
        ("وقال", "قال", "m", "s", "p", True),
        ("فأضافت", "أضاف", "f", "s", "p", True),
        ("يقولون", "قال", "m", "p", "i", False),
        ("وتؤكد", "أكد", "f", "s", "i", True),
        ("ادعت", "ادعى", "f", "s", "p", False),
        ("نفوا", "نفى", "m", "p", "p", False),
        ("سيعلن", "أعلن", "m", "s", "i", False),
    ],
)
def test_reporting_verbs_with_clitics_and_features(word, lemma, gen, num, asp, conj):
    info = verb_info(word)
    assert info is not None
    assert (info.lemma, info.per, info.gen, info.num, info.asp, info.conj) == (lemma, "3", gen, num, asp, conj)


def test_passive_and_non_verbs():
    assert verb_info("أفيد").passive
    assert verb_info("قيل").passive
    assert verb_info("الكتاب") is None
    assert verb_info("مدرسة") is None


def test_noun_agreement_and_verb_subject_agreement():
    assert noun_agreement("للوزارة")[:2] == ("f", "s")
    assert noun_agreement("والسلطات")[:2] == ("f", "p")
    assert noun_agreement("الجيش")[:2] == ("m", "s")
    fem = verb_info("قالت")
    masc = verb_info("قال")
    assert agrees(fem, "f", "s") and agrees(fem, "m", "p") and not agrees(fem, "m", "s")
    assert agrees(masc, "m", "s") and not agrees(masc, "f", "s")


def test_builder_output_loads_in_camel_tools(tmp_path):
    verb = Verb("كتب", "write", {"pv": "كتب", "pv_t": "كتب", "pv_w": "كتب", "iv": "كتب", "iv_w": "كتب",
                                  "pass_pv": "-", "pass_iv": "-"})
    db_file = tmp_path / "mini.db"
    db_file.write_text(morphdb_build.build_text([verb], [("لجنة", "f", "s", "organisation")]), encoding="utf-8")
    analyzer = Analyzer(MorphologyDB(str(db_file)))
    feats = {(a["lex"], a["gen"], a["num"]) for a in analyzer.analyze("وكتبت")}
    assert ("كتب", "f", "s") in feats
    assert analyzer.analyze("ويكتبون")[0]["num"] == "p"
    assert analyzer.analyze("للجنة")[0]["gen"] == "f"
    assert analyzer.analyze("قال") == []


def test_malformed_lexicon_line_is_reported(tmp_path):
    bad = tmp_path / "verbs.tsv"
    bad.write_text("قال\tsay\tقال\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 9"):
        morphdb_build.read_verbs(bad)
