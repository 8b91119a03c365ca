"""Dates in Arabic news text: absolute, numeric, Hijri, years, decades and relative days.

``extract_dates`` scans a normalised copy of the text (:class:`NormText`): a cheap trigger
regex finds calendar words and date-like numbers, one compiled pattern is tried at the few word
starts around each trigger, the context of each candidate is checked, and it is resolved:

* absolute Gregorian dates with dateutil (an Arabic ``parserinfo``; never fuzzy), invalid
  days (31 فبراير) dropped; day and year ranges (بين 10 و12 مارس، عامي 1936 و1939) give two;
* Hijri dates with hijridate (``calendar="hijri"``, ``original`` as written, value Gregorian;
  outside hijridate's 1343-1500 AH the arithmetical Islamic calendar: سنة 221 هـ → 0835);
* years (عام 2020، حرب 1948، سنة 50 هـ and 670 م with their era, (836 م)) and decades
  (التسعينيات، خمسينيات القرن الماضي);
* month names without a year, weekdays, relative days and periods (أمس الثلاثاء، الثلاثاء
  الماضي، الشهر الماضي، قبل ثلاثة أيام) against the publication date (``relative=True``;
  value None without one).

Numbers inside a date are the date's: :func:`date_spans` tells ``extract_quantities`` which.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from app.analysis.arabic_calendar import (
    AGO_UNITS,
    AMBIGUOUS_HIJRI,
    AMBIGUOUS_MONTHS,
    DECADES,
    HIJRI_MONTHS,
    MONTHS,
    ORDINAL_DAYS,
    WEEKDAYS,
    gregorian_to_hijri,
    hijri_to_gregorian,
    parse_absolute,
    year_of_month,
)
from app.analysis.numwords import NUM_WORDS, NormText, alternation, clamp_window, lookup_unit
from app.analysis.types import DateMention

__all__ = ["extract_dates", "date_spans", "MONTHS"]

_M = alternation(MONTHS)
_HM = alternation(HIJRI_MONTHS)
_ORD = alternation(ORDINAL_DAYS)
_AGO = alternation(AGO_UNITS)
_SMALL = alternation(w for w, n in NUM_WORDS.items() if n.kind in ("unit", "ten"))
_WD = alternation(WEEKDAYS)
_DEC = alternation(DECADES)
_B = r"(?:(?<![\w.,/:])|(?<=(?<!\w)[وبفل]))"  # a number starts here (maybe after a clitic)
_E = r"(?![\d/:]|[.,]\d)"  # and ends here
_HIJRI_ERA = r"(?:ه|هجري|هجريه|للهجره)(?!\w)"
_GREG_ERA = r"(?:م|ميلادي|ميلاديه|للميلاد)(?!\w)"


def _era(name: str) -> str:
    """An optional era suffix; the group ``name`` is set when it is Hijri."""
    return rf"(?:\s*(?:(?P<{name}>{_HIJRI_ERA})|{_GREG_ERA}))?"


_WD_PREFIX = rf"(?:(?:يوم\s+)?(?:{_WD})\s*[،,]?\s*(?:الموافق\s+)?)?"
_YEAR_KW = r"(?:[وبل]|في\s+|منذ\s+|حتي\s+|خلال\s+)?(?:ال)?(?:عامي|سنتي|عام|سنه)"
_PAST = r"الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق"
_NEXT = r"المقبل|المقبله|القادم|القادمه"
_THIS = r"الجاري|الجاريه|الحالي|الحاليه"
_PAST_WORDS, _NEXT_WORDS = frozenset(_PAST.split("|")), frozenset(_NEXT.split("|"))

# Relative day words, with the dialect ones news quotes carry (مبارح، بكرا).
_REL_DAYS = {
    "امس": -1,
    "البارحه": -1,
    "مبارح": -1,
    "امبارح": -1,
    "اول امس": -2,
    "اول من امس": -2,
    "اليوم": 0,
    "غدا": 1,
    "بكرا": 1,
    "بعد غد": 2,
}

_PATTERN = re.compile(
    rf"""
    (?P<numeric>{_WD_PREFIX}{_B}(?:
        (?P<iso>\d{{4}}(?P<isep>[/.-])\d{{1,2}}(?P=isep)\d{{1,2}})
      | (?P<dmy>\d{{1,2}}\s?(?P<sep>[/.-])\s?\d{{1,2}}\s?(?P=sep)\s?\d{{4}})
    ){_E}{_era("nera")})
  | (?P<greg>{_WD_PREFIX}(?:(?:{_B}(?P<gday0>[0-3]?\d)(?!\d)\s*(?:-|و|الي|حتي)\s*)?{_B}(?P<gday>[0-3]?\d)(?!\d)\s*(?:من\s+)?|(?<!\w)[وف]?(?P<gord>{_ORD})\s+من\s+)?
        (?P<gshahr>شهر\s+)?
        [وب]?(?P<gmonth>{_M})(?!\w)(?:\s*[/(-]\s*(?:{_M})(?!\w)(?:\s*\))?)?
        (?:\s*[,،]?\s*(?:من\s+)?(?:العام\s+|عام\s+|سنه\s+)?(?:\(\s*)?(?P<gyear>\d{{4}})(?!\d)(?:\s*\))?{_era("gera")}
          | \s+(?P<gdir>{_PAST}|{_NEXT}|{_THIS})(?!\w))?)
  | (?P<hijri>(?:{_B}(?P<hday>[0-3]?\d)(?!\d)\s*(?:من\s+)?|(?<!\w)[وف]?(?P<hord>{_ORD})\s+من\s+)?
        (?P<hshahr>شهر\s+)?
        [وب]?(?P<hmonth>{_HM})(?!\w)
        (?:\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<hyear>\d{{3,4}})(?!\d)\s*(?:{_HIJRI_ERA})?)?)
  | (?P<kwyear>(?<!\w){_YEAR_KW}\s*(?:\(\s*)?(?P<kyear>\d{{3,4}}(?!\d)|\d{{1,2}}(?=\s*(?:{_HIJRI_ERA}|{_GREG_ERA})))(?:\s*\))?{_era("kera")}
        (?:\s*(?:-|و|الي|حتي)\s*(?P<kyear2>\d{{4}})(?!\d))?)
  | (?P<hyearonly>{_B}(?P<hyo>\d{{3,4}})\s*{_HIJRI_ERA})
  | (?P<gyearonly>{_B}(?P<gyo>\d{{3,4}})\s*(?:ميلادي|ميلاديه|للميلاد|م(?=\s*\)))(?!\w))
  | (?P<decade>(?<!\w)[وفب]?(?P<dart>ال)?(?P<dec>{_DEC})(?!\w)
        (?:\s+(?:من\s+)?القرن\s+(?P<cent>الماضي|المنصرم|العشرين|التاسع\s+عشر|الحالي|الحادي\s+والعشرين|الجاري))?)
  | (?P<rel>(?<!\w)[وف]?(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر|ظهيره|يوم)\s+)?
        (?P<relw>{alternation(_REL_DAYS)})(?!\w)
        (?:\s+(?P<relwd>{_WD})(?!\w))?)
  | (?P<period>(?<!\w)[وفب]?(?:(?P<pw>الاسبوع|الشهر|العام|السنه)\s+(?P<pdir>{_PAST}|{_NEXT}|{_THIS})
        | هذا\s+(?P<pthis>الاسبوع|الشهر|العام) | هذه\s+(?P<pthis2>السنه))(?!\w))
  | (?P<ago>(?<!\w)[وف]?(?:قبل|منذ)\s+(?:(?P<agon>\d{{1,3}}|{_SMALL})\s+)?(?P<agou>{_AGO})(?!\w))
  | (?P<weekday>(?<!\w)[وف]?(?P<wyawm>يوم\s+)?(?P<wd>{_WD})(?!\w)(?:\s+(?P<wdir>{_PAST}|{_NEXT})(?!\w))?)
  | (?P<bare>{_B}(?P<byear>(?:18|19|20)\d\d)(?!\d)(?![.,]\d){_era("bera")})
    """,
    re.VERBOSE,
)
_PREP_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:في|منذ|حتي|قبل|بعد|خلال|مطلع|اوائل|اواخر|اواسط|منتصف|بدايه|نهايه|اثناء|عقب|"
    r"طيله|طوال|لغايه|ربيع|صيف|خريف|شتاء|بين|من|الي|عن)\s*\(?\s*$"
)
_COUNT_AFTER = re.compile(r"\s*(?:[%$]|في\s+الم|بالم|\w+)")
_QUAL_BEFORE = re.compile(
    r"(?:^|\s)[وب]?(?:ال)?(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|بلغ|بلغت|يبلغ|تبلغ|عدد|رقم|يقارب)\s*$"
)
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:-|و|الي|حتي)\s*(?:18|19|20)\d\d")


def _ctx_before(norm: str, i: int, width: int = 24) -> str:
    return norm[max(0, i - width) : i]


def _bare_year_ok(norm: str, m: re.Match[str]) -> bool:
    """A lone 4-digit number is a year when an era, parentheses, a temporal word or a year range
    says so, or when it follows a noun (حرب 1948) and is no round count (2000) — never with a
    qualifier before it or a counted noun after it."""
    start, end = m.start("byear"), m.end("byear")
    before = _ctx_before(norm, start)
    if _QUAL_BEFORE.search(before):
        return False
    after = norm[end : end + 20]
    if m.group("bera") is not None or m.group("bare").endswith(("م", "ميلادي", "ميلاديه", "للميلاد")):
        return True
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        return True
    nxt = _COUNT_AFTER.match(after)
    if nxt:
        word = nxt.group().strip()
        if word in "%$" or word.startswith(("في الم", "بالم")) or word in NUM_WORDS or lookup_unit(word):
            return False
    if _PREP_BEFORE.search(before) or _YEAR_RANGE_AFTER.match(after):
        return True
    year, prev = int(m.group("byear")), before.rstrip()[-1:]
    return (
        1900 < year <= 2100
        and year % 100 != 0
        and prev.isalpha()
        and not after.lstrip().startswith(("/", ":"))
    )


def _month_ok(norm: str, m: re.Match[str], kind: str) -> bool:
    """A month name with neither day nor year needs شهر or a temporal preposition before it."""
    g = "g" if kind == "greg" else "h"
    if m.group(g + "day") or m.group(g + "year") or m.group(g + "shahr") or m.group(g + "ord"):
        return True
    ambiguous = AMBIGUOUS_MONTHS if g == "g" else AMBIGUOUS_HIJRI
    if m.group(g + "month") in ambiguous:
        return False
    return bool(_PREP_BEFORE.search(_ctx_before(norm, m.start(kind))))


def _iso(d: dt.date, precision: str = "day") -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": f"{d.year:04d}"}[precision]


# Returned for a well-formed date that does not exist (31 فبراير); None means "not a date here".
_INVALID: dict[str, object] = {}


def _resolve(norm: str, m: re.Match[str], published: dt.date | None) -> dict[str, object] | None:
    kind = m.lastgroup
    if kind == "numeric":
        raw = (m.group("iso") or re.sub(r"\s+", "", m.group("dmy"))).replace(".", "/")
        if m.group("nera"):
            parts = [int(x) for x in re.split(r"\D", raw)]
            y, mo, d = parts if m.group("iso") else parts[::-1]
            return _hijri(y, mo, d, "day")
        day = parse_absolute(raw)
        return _INVALID if day is None else {"value": day.isoformat()}
    if kind in ("greg", "hijri"):
        return _resolve_month(norm, m, kind, published)
    if kind == "kwyear":
        if m.group("kera"):
            return _hijri(int(m.group("kyear")), None, None, "year")
        return {"value": f"{int(m.group('kyear')):04d}", "precision": "year"}
    if kind == "hyearonly":
        return _hijri(int(m.group("hyo")), None, None, "year")
    if kind == "gyearonly":  # (836 م), 476 للميلاد: the era makes a 3-4 digit number a year
        return {"value": f"{int(m.group('gyo')):04d}", "precision": "year"}
    if kind == "bare":
        if not _bare_year_ok(norm, m):
            return None
        if m.group("bera"):
            return _hijri(int(m.group("byear")), None, None, "year")
        return {"value": m.group("byear"), "precision": "year"}
    if kind == "decade":
        return _decade(m, published)
    if kind == "ago":
        return _ago(norm, m, published)
    return _relative(norm, m, kind, published)


def _hijri(year: int, month: int | None, day: int | None, precision: str) -> dict[str, object]:
    original = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    g = hijri_to_gregorian(year, month or 1, day or 1)
    return {
        "value": None if g is None else _iso(g, precision),
        "calendar": "hijri",
        "original": original,
        "precision": precision,
    }


def _direction(word: str | None) -> int | None:
    """-1 for الماضي, 1 for المقبل, 0 for الجاري, None when no direction word is given."""
    if not word:
        return None
    return -1 if word in _PAST_WORDS else (1 if word in _NEXT_WORDS else 0)


def _resolve_month(
    norm: str, m: re.Match[str], kind: str, published: dt.date | None, day_group: str = "day"
) -> dict[str, object] | None:
    """A month name with its day (``day_group``: gday, or gday0 for the first of a range) and year."""
    if not _month_ok(norm, m, kind):
        return None
    g = "g" if kind == "greg" else "h"
    name = " ".join(m.group(g + "month").split())  # تشرين\nالأول
    day = int(m.group(g + day_group)) if m.group(g + day_group) else None
    if m.group(g + "ord") and day_group == "day":
        day = ORDINAL_DAYS[" ".join(m.group(g + "ord").split())]
    year = int(m.group(g + "year")) if m.group(g + "year") else None
    precision = "day" if day else "month"
    if kind == "hijri":
        month = HIJRI_MONTHS[name]
        relative = year is None
        if year is None:
            today = gregorian_to_hijri(published) if published else None
            if today is None:
                return {"value": None, "calendar": "hijri", "relative": True, "precision": precision}
            year = today[0] if (month, day or 1) <= (today[1], today[2] if day else 1) else today[0] - 1
        if day is not None and not 1 <= day <= 30:
            return _INVALID
        return {**_hijri(year, month, day, precision), "relative": relative}
    month = MONTHS[name]
    if year is None:
        if published is None:
            if day and parse_absolute(f"{day} {name} 2000") is None:
                return _INVALID
            return {"value": None, "relative": True, "precision": precision}
        year = year_of_month(month, published, day, _direction(m.group("gdir")))
        found = _calendar_date(day or 1, name, month, year)
        if found is None:
            return _INVALID
        return {"value": _iso(found, precision), "relative": True, "precision": precision}
    found = _calendar_date(day or 1, name, month, year)
    return _INVALID if found is None else {"value": _iso(found, precision), "precision": precision}


def _calendar_date(day: int, name: str, month: int, year: int) -> dt.date | None:
    """``parse_absolute(f"{day} {name} {year}")``, without dateutil when the date is valid."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return parse_absolute(f"{day} {name} {year}")


def _decade(m: re.Match[str], published: dt.date | None) -> dict[str, object]:
    century = {"العشرين": 19, "التاسع عشر": 18, "الحادي والعشرين": 20}
    cent = re.sub(r"\s+", " ", m.group("cent") or "")
    if cent in century:
        c = century[cent]
    elif cent in ("الماضي", "المنصرم"):
        c = (published.year // 100 - 1) if published else 19
    elif cent:  # الحالي / الجاري
        c = published.year // 100 if published else 20
    else:
        c = 19
    return {
        "value": f"{c}{DECADES[m.group('dec')]}X",
        "precision": "decade",
        "relative": cent in ("الماضي", "المنصرم"),
    }


# After "قبل يومين" these make it "two days before something else", not before publication.
_AGO_OF = re.compile(r"\s+(?:من|علي|عن|ال)|\s*\d")
_AGO_ALONE_END = re.compile(r"\s*(?:$|[.,،؛:!?؟)\n]|و|تقريبا|فقط)")


def _ago(norm: str, m: re.Match[str], published: dt.date | None) -> dict[str, object] | None:
    """``قبل ثلاثة أيام`` / ``منذ عامين``: a count of units back from publication."""
    unit, alone = AGO_UNITS[m.group("agou")]
    number = m.group("agon")
    count = (int(number) if number.isdigit() else int(NUM_WORDS[number].value)) if number else alone
    if not count or _AGO_OF.match(norm, m.end()):
        return None
    if count == 1 and not number and not _AGO_ALONE_END.match(norm, m.end()):
        return None  # قبل يوم الانتخابات، قبل شهر رمضان
    precision = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    value: str | None = None
    if published is None:
        pass
    elif unit in ("day", "week"):
        value = _day(published, -count * (7 if unit == "week" else 1))
    elif unit == "month":
        months = published.year * 12 + published.month - 1 - count
        value = f"{months // 12:04d}-{months % 12 + 1:02d}" if months >= 12 else None
    else:
        year = published.year - count * (10 if unit == "decade" else 1)
        value = f"{year:04d}" if year >= 1 else None
    return {"value": value, "relative": True, "precision": precision}


def _day(published: dt.date, days: int) -> str | None:
    """``published`` moved by ``days``, ISO; None past the calendar's ends."""
    try:
        return (published + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _relative(
    norm: str, m: re.Match[str], kind: str | None, published: dt.date | None
) -> dict[str, object] | None:
    if kind == "rel":
        word = re.sub(r"\s+", " ", m.group("relw"))
        if word == "اليوم" and not m.group("relwd") and re.match(r"\s+ال", norm[m.end() :]):
            return None  # اليوم التالي، اليوم العالمي: a day, not today
        return {"value": _day(published, _REL_DAYS[word]) if published else None, "relative": True}
    if kind == "weekday":
        if m.group("wd") == "الاحد" and not (m.group("wyawm") or m.group("wdir")):
            return None  # الأحد is also "the one"
        if published is None:
            return {"value": None, "relative": True}
        wd, direction = WEEKDAYS[m.group("wd")], _direction(m.group("wdir"))
        if direction == 1:  # the next one, strictly after publication
            return {"value": _day(published, (wd - published.weekday()) % 7 or 7), "relative": True}
        back = (published.weekday() - wd) % 7 or (7 if direction == -1 else 0)
        return {"value": _day(published, -back), "relative": True}
    # period: الأسبوع/الشهر/العام الماضي، هذا العام
    unit = m.group("pw") or m.group("pthis") or m.group("pthis2")
    step = _direction(m.group("pdir")) or 0
    precision = {"الاسبوع": "day", "الشهر": "month"}.get(unit, "year")
    value: str | None = None
    if published is None:
        pass
    elif unit == "الاسبوع":  # the Monday that starts the week
        value = _day(published, 7 * step - published.weekday())
    elif unit == "الشهر":
        months = published.year * 12 + published.month - 1 + step
        value = f"{months // 12:04d}-{months % 12 + 1:02d}"
    else:
        value = f"{published.year + step:04d}"
    return {"value": value, "relative": True, "precision": precision}


_TRIGGER_WORDS = [
    *MONTHS,
    *HIJRI_MONTHS,
    *WEEKDAYS,
    *DECADES,
    *_REL_DAYS,
    *AGO_UNITS,
    "غد",
    "الاسبوع",
    "الشهر",
    "العام",
    "السنه",
]
# Calendar words and numbers are found by two scans: a pattern that starts with one of a few
# letters lets ``re`` skip ahead to them; with ``\\d+`` as an alternative it tried every position.
_TRIGGER_WORD = re.compile(rf"(?:{alternation(_TRIGGER_WORDS)})(?!\w)")
_NUMBER = re.compile(r"\d+")
# Numbers that may belong to a date: years, and days/months before a separator or a month name.
# After a day or month number, what makes it part of a date: a separator or a month name.
_DAY_CONTEXT = re.compile(rf"\s?[/.-]\s?\d|\s*(?:من\s+)?(?:شهر\s+)?[وب]?(?:{_M}|{_HM})(?!\w)")
_AGO_BEFORE = re.compile(r"(?:قبل|منذ)\s+$")
_ERA_AFTER = re.compile(rf"\s*(?:\)|{_HIJRI_ERA}|{_GREG_ERA})")


def _triggers(norm: str) -> list[tuple[int, int]]:
    """Where dates may be, in text order: calendar words, 4-digit years, 3-digit ones with an
    era or parentheses, days/months before a separator or a month name, counts after قبل/منذ.

    (Words and digit runs never overlap, so the two scans find what one alternation would.)
    """
    found = [m.span() for m in _TRIGGER_WORD.finditer(norm)]
    for m in _NUMBER.finditer(norm):
        s, e = m.span()
        size = e - s
        if (
            size == 4
            or (size == 3 and _ERA_AFTER.match(norm, e))
            or (size <= 2 and _DAY_CONTEXT.match(norm, e))
            or (size <= 3 and _AGO_BEFORE.search(norm, max(0, s - 8), s))
        ):
            found.append((s, e))
    found.sort()
    return found


_LOOKBACK_WORDS = 4  # a date may start this many words before its trigger (الحادي والعشرين من مارس)
_WINDOW = 160  # and ends within this many characters after it


def _window_start(norm: str, t: int, floor: int) -> int:
    ws = t
    for _ in range(_LOOKBACK_WORDS):
        ws = norm.rfind(" ", floor, max(floor, ws - 1)) + 1 or floor
    return max(ws, floor)


_STARTS = frozenset(" \t\n(/-،,:؛")
_START_CHAR = re.compile(f"[{re.escape(''.join(sorted(_STARTS)))}]")
# Words a date may start with before its trigger (في العام 1923، يوم الثلاثاء، الحادي والعشرين من).
_PREFIX_WORDS = [
    *"يوم في منذ حتي خلال من صباح مساء ظهر فجر ليل ليله عصر ظهيره هذا هذه قبل شهر عام سنه العام عامي سنتي".split(),
    *WEEKDAYS,
    *{name.split()[0] for name in ORDINAL_DAYS},
]
_PREFIX = re.compile(rf"\d|[وفبل]?(?:{alternation(_PREFIX_WORDS)})(?!\w)")


def _candidates(norm: str, ws: int, t: int) -> list[int]:
    """Where a date may start between ``ws`` and the trigger at ``t``: the starts of the words
    that can begin a date, the start of the trigger's own word (والتسعينيات), and ``t``."""
    own = t
    while own > ws and norm[own - 1] not in _STARTS:
        own -= 1
    found = [ws] if ws < own and _PREFIX.match(norm, ws) else []
    # the other word starts: after a separator (a regex scan, not a Python loop over characters)
    found += [m.end() for m in _START_CHAR.finditer(norm, ws, own - 1) if _PREFIX.match(norm, m.end())]
    return [*found, own, t] if own < t else [*found, t]


def _find(nt: NormText) -> list[re.Match[str]]:
    """The date matches in ``nt``, before resolution against a publication date.

    The full pattern is only tried in a short window around each trigger (a number or a
    calendar word), which keeps long articles fast. The last text's matches are kept, so that
    ``extract_quantities`` and ``extract_dates`` on the same text scan it once.
    """
    global _last_find
    if _last_find is not None and _last_find[0] is nt:
        return _last_find[1]
    norm = nt.text
    found: list[re.Match[str]] = []
    pos = 0
    for t, t_end in _triggers(norm):
        if t < pos:
            continue
        limit = min(len(norm), t_end + _WINDOW)
        for c in _candidates(norm, _window_start(norm, t, pos), t):
            if c < pos or (m := _PATTERN.match(norm, c, limit)) is None:
                continue
            fields = _resolve(norm, m, None)
            if fields is None:
                continue
            if fields is not _INVALID:
                found.append(m)
            pos = m.end()  # 31 فبراير: no date, and no shorter one inside it either
            break
    _last_find = (nt, found)
    return found


_last_find: tuple[NormText, list[re.Match[str]]] | None = None


def _scan(nt: NormText, published: dt.date | None) -> Iterator[tuple[int, int, dict[str, object]]]:
    """``(norm_start, norm_end, fields)`` of every date in ``nt``, resolved against ``published``."""
    for m in _find(nt):
        fields = _resolve(nt.text, m, published)
        if not fields:  # None, or _INVALID in the publication's year (29 فبراير)
            continue
        if m.lastgroup == "kwyear" and m.group("kyear2"):  # عامي 1936 و1939: two years
            yield m.start(), m.end("kyear"), fields
            yield m.start("kyear2"), m.end("kyear2"), {"value": m.group("kyear2"), "precision": "year"}
        elif m.lastgroup == "greg" and m.group("gday0"):  # بين 10 و12 مارس: two days
            first = _resolve_month(nt.text, m, "greg", published, "day0")
            if first:
                yield m.start(), m.end("gday0"), first
            yield m.start("gday"), m.end(), fields
        else:
            yield m.start(), m.end(), fields


def date_spans(nt: NormText) -> list[tuple[int, int]]:
    """Normalised spans of the dates in ``nt`` (figures inside them are not quantities)."""
    return [m.span() for m in _find(nt)]


def extract_dates(
    text: str, published: dt.date | None = None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date mention in ``text[start:end]``, sorted, non-overlapping, offsets into ``text``."""
    start, end = clamp_window(text, start, end)
    if isinstance(published, dt.datetime):
        published = published.date()
    nt = NormText.of(text[start:end])
    out: list[DateMention] = []
    for s, e, fields in _scan(nt, published):
        s0, e0, surface = nt.span(s, e)
        out.append(DateMention(text=surface, start=start + s0, end=start + e0, **fields))  # type: ignore[arg-type]
    return out
