"""Build Sanad's small camel-tools morphology database from readable lexicons.

``python -m app.analysis.morphdb_build`` reads ``resources/lexicons/reporting_verbs.tsv`` and
``resources/lexicons/speaker_nouns.tsv`` and writes ``resources/lexicons/sanad-morph.db`` in
camel-tools' database format (DEFINES, DEFAULTS, ORDER, TOKENIZATIONS, STEMBACKOFF, PREFIXES,
SUFFIXES, STEMS and the AB/BC/AC compatibility tables). The output is deterministic, so a test
can rebuild it and compare it with the committed file. (camel-tools 1.6's parser rejects an
``###ABOUT###`` section, so provenance lives here and in the lexicon headers.)

Keys of the prefix/suffix/stem tables are in the analyser's normalised form (alef forms → ا,
ى → ي, ة → ه, no diacritics), since ``Analyzer`` normalises a word before looking it up.
"""

from __future__ import annotations

from app.analysis.lexicon import Verb, read_nouns, read_verbs, write_generated
from app.analysis.normalize import letters_key
from app.paths import resources_dir

LEXICONS = resources_dir() / "lexicons"
DB_FILE = LEXICONS / "sanad-morph.db"

FEATURES: dict[str, list[str] | None] = {
    "pos": ["verb", "noun", "digit", "punc", "latin"],
    "per": ["1", "2", "3", "na", "-"],
    "gen": ["m", "f", "na", "-"],
    "num": ["s", "d", "p", "na", "-"],
    "asp": ["p", "i", "na"],
    "vox": ["a", "p", "na"],
    "prc2": ["0", "wa_conj", "fa_conj"],
    "prc1": ["0", "sa_fut", "li_jus", "bi_prep", "li_prep", "ka_prep"],
    "prc0": ["0", "Al_det"],
    "enc0": ["0"],
    "lex": None,
    "diac": None,
    "gloss": None,
    "bw": None,
}
ORDER = list(FEATURES)
CONJ = [("", {}), ("و", {"prc2": "wa_conj", "bw": "wa/CONJ"}), ("ف", {"prc2": "fa_conj", "bw": "fa/CONJ"})]
# subject markers of the imperfect: letter -> (category tag, person)
IV_SUBJECT = {"ي": ("y", "3"), "ت": ("t", "3"), "ن": ("n", "1"), "أ": ("A", "1")}
# imperfect suffixes: (surface, tag, stem slot, {subject tag: (gen, num)})
IV_SUFFIXES = [
    ("", "0", "iv", {"y": ("m", "s"), "t": ("f", "s"), "n": ("na", "p"), "A": ("na", "s")}),
    ("ان", "an", "iv", {"y": ("m", "d"), "t": ("f", "d")}),
    ("ون", "wn", "iv_w", {"y": ("m", "p")}),
    ("وا", "wa", "iv_w", {"y": ("m", "p")}),
]
# perfect suffixes: (surface, tag, stem slot, gen, num); the dual only for sound verbs
PV_SUFFIXES = [
    ("", "0", "pv", "m", "s"),
    ("ت", "t", "pv_t", "f", "s"),
    ("تا", "ta", "pv_t", "f", "d"),
    ("وا", "wa", "pv_w", "m", "p"),
    ("ا", "a", "pv", "m", "d"),
]
NOUN_PREFIXES = [
    ("", {}),
    ("ال", {"prc0": "Al_det"}),
    ("و", {"prc2": "wa_conj"}),
    ("وال", {"prc2": "wa_conj", "prc0": "Al_det"}),
    ("ف", {"prc2": "fa_conj"}),
    ("فال", {"prc2": "fa_conj", "prc0": "Al_det"}),
    ("ب", {"prc1": "bi_prep"}),
    ("بال", {"prc1": "bi_prep", "prc0": "Al_det"}),
    ("وب", {"prc2": "wa_conj", "prc1": "bi_prep"}),
    ("وبال", {"prc2": "wa_conj", "prc1": "bi_prep", "prc0": "Al_det"}),
    ("ل", {"prc1": "li_prep"}),
    ("لل", {"prc1": "li_prep", "prc0": "Al_det"}),
    ("ول", {"prc2": "wa_conj", "prc1": "li_prep"}),
    ("ولل", {"prc2": "wa_conj", "prc1": "li_prep", "prc0": "Al_det"}),
    ("ك", {"prc1": "ka_prep"}),
    ("كال", {"prc1": "ka_prep", "prc0": "Al_det"}),
]


def _feats(d: dict[str, str]) -> str:
    return " ".join(f"{k}:{d[k]}" for k in ORDER if k in d)


class _Tables:
    def __init__(self) -> None:
        self.prefixes: set[tuple[str, str, str]] = set()
        self.suffixes: set[tuple[str, str, str]] = set()
        self.stems: set[tuple[str, str, str]] = set()
        self.ab: set[tuple[str, str]] = set()
        self.bc: set[tuple[str, str]] = set()
        self.ac: set[tuple[str, str]] = set()

    def prefix(self, surface: str, cat: str, feats: dict[str, str]) -> None:
        self.prefixes.add((letters_key(surface), cat, _feats({"diac": surface, **feats})))

    def suffix(self, surface: str, cat: str, feats: dict[str, str]) -> None:
        self.suffixes.add((letters_key(surface), cat, _feats({"diac": surface, **feats})))

    def stem(self, surface: str, cat: str, feats: dict[str, str]) -> None:
        self.stems.add((letters_key(surface), cat, _feats({"diac": surface, **feats})))


def _verb_tables(t: _Tables, verbs: list[Verb]) -> None:
    base = {"pos": "verb", "per": "-", "gen": "-", "num": "-", "prc2": "0", "prc1": "0", "prc0": "0", "enc0": "0"}
    for conj, cf in CONJ:
        t.prefix(conj, "P_PV", {**cf})
        for fut, ff in [("", {}), ("س", {"prc1": "sa_fut", "bw": "sa/FUT"}), ("ل", {"prc1": "li_jus"})]:
            for subj, (tag, per) in IV_SUBJECT.items():
                feats = {**cf, **ff, "per": per}
                feats["bw"] = "+".join(x for x in (cf.get("bw"), ff.get("bw"), f"{subj}/IV{per}") if x)
                t.prefix(conj + fut + subj, f"P_IV_{tag}", feats)
    for surface, tag, _slot, gen, num in PV_SUFFIXES:
        t.suffix(surface, f"S_PV_{tag}", {"per": "3", "gen": gen, "num": num, "bw": f"{surface or 'o'}/PVSUFF"})
        t.ac.add(("P_PV", f"S_PV_{tag}"))
    for surface, tag, _slot, subjects in IV_SUFFIXES:
        for subj_tag, (gen, num) in subjects.items():
            cat = f"S_IV_{tag}_{subj_tag}"
            t.suffix(surface, cat, {"gen": gen, "num": num, "bw": f"{surface or 'o'}/IVSUFF"})
            t.ac.add((f"P_IV_{subj_tag}", cat))
    for verb in verbs:
        s = verb.slots
        common = {**base, "lex": verb.lemma, "gloss": verb.gloss}
        sound = s["pv"] == s["pv_t"]
        for _surface, tag, slot, _g, _n in PV_SUFFIXES:
            if tag == "a" and not sound:
                continue
            cat = f"PV_{slot}_{tag}"
            t.stem(s[slot], cat, {**common, "asp": "p", "vox": "a", "bw": f"{s[slot]}/PV"})
            t.ab.add(("P_PV", cat))
            t.bc.add((cat, f"S_PV_{tag}"))
        for _surface, tag, slot, subjects in IV_SUFFIXES:
            if tag == "an" and s["iv"] != s["iv_w"]:
                continue
            cat = f"IV_{slot}_{tag}"
            t.stem(s[slot], cat, {**common, "asp": "i", "vox": "a", "bw": f"{s[slot]}/IV"})
            for subj_tag in subjects:
                t.ab.add((f"P_IV_{subj_tag}", cat))
                t.bc.add((cat, f"S_IV_{tag}_{subj_tag}"))
        if s["pass_pv"] != "-":
            t.stem(s["pass_pv"], "PV_pass", {**common, "asp": "p", "vox": "p", "bw": f"{s['pass_pv']}/PV_PASS"})
            t.ab.add(("P_PV", "PV_pass"))
            t.bc.update({("PV_pass", "S_PV_0"), ("PV_pass", "S_PV_t")})
        if s["pass_iv"] != "-":
            t.stem(s["pass_iv"], "IV_pass", {**common, "asp": "i", "vox": "p", "bw": f"{s['pass_iv']}/IV_PASS"})
            t.ab.update({("P_IV_y", "IV_pass"), ("P_IV_t", "IV_pass")})
            t.bc.update({("IV_pass", "S_IV_0_y"), ("IV_pass", "S_IV_0_t")})


def _noun_tables(t: _Tables, nouns: list[tuple[str, str, str, str]]) -> None:
    for surface, pf in NOUN_PREFIXES:
        t.prefix(surface, "P_N", {**pf, "bw": f"{surface}/PREF"} if surface else pf)
    t.suffix("", "S_N", {})
    t.ac.add(("P_N", "S_N"))
    for form, gen, num, kind in nouns:
        feats = {"pos": "noun", "per": "na", "gen": gen, "num": num, "asp": "na", "vox": "na",
                 "prc2": "0", "prc1": "0", "prc0": "0", "enc0": "0",
                 "lex": form, "gloss": kind, "bw": f"{form}/NOUN"}
        t.stem(form, "N", feats)
    t.ab.add(("P_N", "N"))
    t.bc.add(("N", "S_N"))


def _header() -> list[str]:
    lines = ["###DEFINES###"]
    for feat, values in FEATURES.items():
        vals = ["*open*"] if values is None else values
        lines.append(f"DEFINE {feat} " + " ".join(f"{feat}:{v}" for v in vals))
    lines.append("###DEFAULTS###")
    for pos in ("verb", "noun", "digit", "punc", "latin"):
        d = {"pos": pos, "per": "na", "gen": "na", "num": "na", "asp": "na", "vox": "na",
             "prc2": "0", "prc1": "0", "prc0": "0", "enc0": "0", "lex": "*", "diac": "*", "gloss": "*", "bw": "*"}
        lines.append("DEFAULT " + _feats(d))
    lines += ["###ORDER###", "ORDER " + " ".join(ORDER), "###TOKENIZATIONS###", "###STEMBACKOFF###"]
    return lines


def build_text(verbs: list[Verb] | None = None, nouns: list[tuple[str, str, str, str]] | None = None) -> str:
    t = _Tables()
    _verb_tables(t, read_verbs() if verbs is None else verbs)
    _noun_tables(t, read_nouns() if nouns is None else nouns)
    lines = _header()
    sections: list[tuple[str, set[tuple[str, ...]], str]] = [
        ("PREFIXES", set(t.prefixes), "\t"),
        ("SUFFIXES", set(t.suffixes), "\t"),
        ("STEMS", set(t.stems), "\t"),
        ("TABLE AB", set(t.ab), " "),
        ("TABLE BC", set(t.bc), " "),
        ("TABLE AC", set(t.ac), " "),
    ]
    for title, rows, sep in sections:
        lines.append(f"###{title}###")
        lines += [sep.join(row) for row in sorted(rows)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return write_generated(argv, __doc__ or "", DB_FILE, build_text)


if __name__ == "__main__":
    raise SystemExit(main())
