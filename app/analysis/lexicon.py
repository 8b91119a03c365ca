"""Sanad's word lists (``resources/lexicons/*.txt|tsv``), loaded once and matched by key.

Every entry is reduced to :func:`~app.analysis.normalize.normalize_key`; multi-word entries
are matched token by token against a sentence's token keys (longest match first).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress
from pathlib import Path
from typing import NamedTuple

from app.analysis.normalize import normalize_key
from app.analysis.tokens import Token, clitic_variants
from app.paths import resources_dir

LEXICONS = resources_dir() / "lexicons"
VERBS_FILE = LEXICONS / "reporting_verbs.tsv"
NOUNS_FILE = LEXICONS / "speaker_nouns.tsv"


def write_generated(argv: list[str] | None, doc: str, default_out: Path, build: Callable[[], str]) -> int:
    """``main`` of the scripts that regenerate a committed resource (``--out`` to write elsewhere)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    text = build()
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.splitlines())} lines)", file=sys.stderr)
    return 0


def _read_rows(path: Path) -> list[list[str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _lines(name: str) -> list[list[str]]:
    return _read_rows(LEXICONS / name)


@dataclass(frozen=True)
class Verb:
    lemma: str
    gloss: str
    slots: dict[str, str]  # pv, pv_t, pv_w, iv, iv_w, pass_pv, pass_iv ("-" = none)


def read_verbs(path: Path = VERBS_FILE) -> list[Verb]:
    verbs = []
    for n, row in enumerate(_read_rows(path), 1):
        if len(row) != 9:
            raise ValueError(f"{path.name}: entry {n} has {len(row)} fields, expected 9: {row!r}")
        lemma, gloss, pv, pv_t, pv_w, iv, iv_w, pass_pv, pass_iv = row
        slots = {
            "pv": pv,
            "pv_t": pv if pv_t == "=" else pv_t,
            "pv_w": pv if pv_w == "=" else pv_w,
            "iv": iv,
            "iv_w": iv if iv_w == "=" else iv_w,
            "pass_pv": pass_pv,
            "pass_iv": pass_iv,
        }
        verbs.append(Verb(lemma, gloss, slots))
    return verbs


def read_nouns(path: Path = NOUNS_FILE) -> list[tuple[str, str, str, str]]:
    nouns = []
    for n, row in enumerate(_read_rows(path), 1):
        if len(row) != 4 or row[1] not in ("m", "f") or row[2] not in ("s", "d", "p"):
            raise ValueError(f"{path.name}: entry {n} is not 'form gen num kind': {row!r}")
        nouns.append((row[0], row[1], row[2], row[3]))
    return nouns


class Match(NamedTuple):
    """A lexicon entry found in a token list (immutable; a named tuple because :func:`scan`
    makes tens of thousands of them an article, three times faster than a frozen dataclass)."""

    first: int  # index of the first token
    last: int  # index one past the last token
    value: str  # the second column (or the entry itself)
    entry: str


class PhraseSet:
    """Phrases indexed by their first token's key; matching tolerates clitics on that token."""

    def __init__(self, rows: Sequence[Sequence[str]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for row in rows:
            words = tuple(normalize_key(row[0]).replace("ـ", "").split())
            if not words:
                continue
            value = row[1] if len(row) > 1 else row[0]
            self.by_first.setdefault(words[0], []).append((words, value, row[0]))
        for items in self.by_first.values():
            items.sort(key=lambda x: -len(x[0]))
        self._by_key: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]] = {}

    def _entries(self, key: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
        """The entries a token with this key may start, clitic variant by variant (memoised,
        bounded: most words are looked up again and again, and most start no entry)."""
        found = self._by_key.get(key)
        if found is None:
            found = tuple(item for variant in clitic_variants(key) for item in self.by_first.get(variant, ()))
            if len(self._by_key) < _MAX_CACHED_KEYS:
                self._by_key[key] = found
        return found

    def match_at(self, tokens: Sequence[Token], i: int, *, clitics: bool = True) -> Match | None:
        key = tokens[i].key
        for words, value, entry in self._entries(key) if clitics else self.by_first.get(key, ()):
            n = len(words)
            if i + n <= len(tokens) and all(tokens[i + k].key == words[k] for k in range(1, n)):
                return Match(i, i + n, value, entry)
        return None


_MAX_CACHED_KEYS = 100_000  # per phrase list


@cache
def phrases(name: str) -> PhraseSet:
    return PhraseSet(_lines(name))


@cache
def event_verb_keys() -> frozenset[str]:
    """Event verbs with their 3fs / 3mp / 3p-passive spellings. Not the dual in -ا: its key is
    also the accusative of the noun or adjective (صادقاً، حكماً، قتلاً), far more frequent."""
    keys: set[str] = set()
    for word, *_rest in _lines("event_verbs.txt"):
        keys.update(past_forms(word) - {normalize_key(word) + "ا"})
    return frozenset(keys)


@cache
def personal_event_keys() -> frozenset[str]:
    """Event verbs said of "we" or "you all" (خسرنا، بنينا؛ صوّتّم، أغلقتم): a record of the
    speaker or of the one addressed, not a stance."""
    keys: set[str] = set()
    for word, *_rest in _lines("event_verbs.txt"):
        keys.update(personal_forms(word))
    return frozenset(keys - event_verb_keys())


def personal_forms(word: str) -> set[str]:
    """Keys of a 3ms past verb in the 1st person plural and the 2nd person masculine plural:
    sound خسر → خسرنا/خسرتم, defective بنى → بنينا/بنيتم, hollow زاد → زدنا/زدتم, doubled
    فر → فررنا/فررتم."""
    k = normalize_key(word)
    if len(k) == 2:
        stem = k + k[1]
    elif len(k) >= 3 and k[-2] == "ا":  # the long vowel of a hollow verb shortens (استقال → استقلنا)
        stem = k[:-2] + k[-1]
    else:  # sound and defective (بني + نا)
        stem = k
    we = stem[:-1] + "نا" if stem.endswith("ن") else stem + "نا"  # أعلنّا، شننّا
    you = stem[:-1] + "تم" if stem.endswith("ت") else stem + "تم"  # ثبّتّم
    return {we, you}


def past_forms(word: str) -> set[str]:
    """Keys of a 3ms past verb with its 3fs, 3mp and dual endings (defective لقي → لقوا)."""
    k = normalize_key(word)
    stem = k[:-1] if k.endswith("ي") and len(k) > 2 else k
    return {k, k + "ت", stem + "ت", k + "وا", stem + "وا", k + "ا"}


@cache
def speaker_nouns() -> dict[str, tuple[str, str, str]]:
    """key → (gen, num, kind)."""
    return {normalize_key(r[0]): (r[1], r[2], r[3]) for r in _lines("speaker_nouns.tsv")}


@cache
def table(name: str) -> dict[str, str]:
    """A one- or two-column list as a dict (entry → second column, or entry → entry)."""
    return {r[0]: (r[1] if len(r) > 1 else r[0]) for r in _lines(name)}


@cache
def gazetteer() -> PhraseSet:
    return phrases("gazetteer.tsv")


# The lists that every unit is scanned for, in one pass (see :func:`scan`).
SCANNED = (
    "address.txt",
    "appeals.txt",
    "attribution_markers.txt",
    "causal.txt",
    "channels.txt",
    "comparatives.txt",
    "currencies.txt",
    "effects.txt",
    "event_nouns.txt",
    "existential.txt",
    "first_person.txt",
    "future.txt",
    "gazetteer.tsv",
    "greetings.txt",
    "hedges.txt",
    "imperatives.txt",
    "irrealis.txt",
    "opinion.txt",
    "past_markers.txt",
    "percent.txt",
    "protocol.txt",
    "religious.txt",
    "state_verbs.txt",
    "superlatives.txt",
    "titles.txt",
    "topics.txt",
)
EVENT, EVENT_PERSONAL, SPEAKER_NOUN = "event", "event_personal", "speaker_noun"


@cache
def _scan_index() -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
    for name in SCANNED:
        for first, entries in phrases(name).by_first.items():
            for words, value, entry in entries:
                index.setdefault(first, []).append((words, name, value, entry))
    lists = ((EVENT, event_verb_keys()), (EVENT_PERSONAL, personal_event_keys()), (SPEAKER_NOUN, frozenset(speaker_nouns())))
    for name, keys in lists:
        for k in keys:
            index.setdefault(k, []).append(((k,), name, k, k))
    for items in index.values():
        items.sort(key=lambda x: -len(x[0]))
    return index


@lru_cache(maxsize=200_000)
def _entries(key: str) -> tuple[tuple[tuple[str, ...], str, str, str], ...]:
    """Index entries a token with this key may start, via any of its clitic variants."""
    index = _scan_index()
    out: list[tuple[tuple[str, ...], str, str, str]] = []
    for variant in clitic_variants(key):
        out.extend(index.get(variant, ()))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _entries_before(key: str, nxt: str) -> tuple[tuple[tuple[str, ...], str, str, str], ...]:
    """The entries of ``key`` that may match before a token ``nxt`` ("" at the end): one-word
    entries and those whose second word is ``nxt``, in :func:`_entries` order."""
    return tuple(e for e in _entries(key) if len(e[0]) == 1 or e[0][1] == nxt)


def scan(tokens: Sequence[Token]) -> dict[str, list[Match]]:
    """Every lexicon match in ``tokens`` (clitics allowed on the first word), by list name."""
    keys = [t[3] for t in tokens]  # Token.key by index (the hot loop of scoring)
    return scan_keys(keys, 0, len(keys), entry_starts(keys))


def entry_starts(keys: Sequence[str]) -> list[int]:
    """The indices of ``keys`` that may start a lexicon entry (an article's, computed once)."""
    return list(compress(range(len(keys)), map(_entries, keys)))


def scan_keys(keys: Sequence[str], lo: int, hi: int, starts: Sequence[int]) -> dict[str, list[Match]]:
    """:func:`scan` of the tokens ``lo:hi`` whose keys are ``keys[lo:hi]``, ``starts`` being the
    :func:`entry_starts` inside that range; match indices are relative to ``lo``."""
    hits: dict[str, list[Match]] = {}
    new = tuple.__new__  # Match(...) without the named tuple's Python-level __new__
    for i in starts:
        entries = _entries_before(keys[i], keys[i + 1] if i + 1 < hi else "")
        if not entries:  # about a third of the starts: their entries need another next word
            continue
        done: set[str] = set()
        for words, name, value, entry in entries:
            n = len(words)
            if name not in done and (n <= 2 or (i + n <= hi and keys[i + 2 : i + n] == list(words[2:]))):
                hits.setdefault(name, []).append(new(Match, (i - lo, i - lo + n, value, entry)))
                done.add(name)
    return hits
