"""Arabic calendar vocabulary: month and weekday names, a dateutil ``parserinfo``, Hijri conversion.

All names are in normalised spelling (see :func:`app.analysis.numwords.norm_word`): the
extractors match them against :class:`app.analysis.numwords.NormText`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateutil import parser as du_parser
from hijridate import Gregorian, Hijri

from app.analysis.numwords import norm_word

# Gregorian months: Egyptian/Gulf, Levantine/Iraqi and Maghrebi names.
_GREGORIAN = {
    1: "يناير كانون الثاني جانفي",
    2: "فبراير شباط فيفري",
    3: "مارس آذار",
    4: "أبريل إبريل ابريل نيسان أفريل",
    5: "مايو أيار ماي",
    6: "يونيو يونيه حزيران جوان",
    7: "يوليو يوليه تموز جويلية",
    8: "أغسطس آب أوت",
    9: "سبتمبر أيلول",
    10: "أكتوبر تشرين الأول",
    11: "نوفمبر تشرين الثاني",
    12: "ديسمبر كانون الأول",
}
_TWO_WORD = {"كانون الثاني": 1, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for month, names in _GREGORIAN.items():
        for name in names.split():
            if name not in ("كانون", "تشرين", "الثاني", "الأول"):
                table[norm_word(name)] = month
    for name, month in _TWO_WORD.items():
        table[norm_word(name)] = month
        table[norm_word(name.replace("الأول", "أول").replace("الثاني", "ثاني"))] = month
    return table


MONTHS: dict[str, int] = _month_table()
# Names that are also common words (آب "father", ماي): need a number or شهر. (مارس "practised"
# is a verb: after a preposition it is the month.)
AMBIGUOUS_MONTHS = frozenset(norm_word(w) for w in ("آب", "ماي", "أوت"))

HIJRI_MONTHS: dict[str, int] = {
    norm_word(name): month
    for month, names in {
        1: ["محرم"],
        2: ["صفر"],
        3: ["ربيع الأول", "ربيع أول"],
        4: ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر"],
        5: ["جمادى الأولى", "جمادى الأول", "جمادى أولى"],
        6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثانية"],
        7: ["رجب"],
        8: ["شعبان"],
        9: ["رمضان"],
        10: ["شوال"],
        11: ["ذو القعدة", "ذي القعدة", "ذا القعدة"],
        12: ["ذو الحجة", "ذي الحجة", "ذا الحجة"],
    }.items()
    for name in names
}
AMBIGUOUS_HIJRI = frozenset(norm_word(w) for w in ("صفر", "رجب"))

WEEKDAYS: dict[str, int] = {
    norm_word(w): i
    for i, w in enumerate(["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
}
WEEKDAYS[norm_word("الإثنين")] = 0

# Decades by their ordinal-plural name: التسعينيات / التسعينات → 9.
DECADES: dict[str, int] = {}
for _digit, _stem in enumerate(
    ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
):
    if _stem:
        for _suffix in ("يات", "ات"):
            DECADES[norm_word(_stem + _suffix)] = _digit


# "قبل ثلاثة أيام" / "منذ عامين": unit word → (unit, count when it stands alone: 1 singular, 2 dual,
# None for a plural that needs a number).
def _ago_units() -> dict[str, tuple[str, int | None]]:
    table: dict[str, tuple[str, int | None]] = {}
    for unit, forms in {
        "day": "يوم:1 يوما:1 يومين:2 يومان:2 أيام:",
        "week": "أسبوع:1 أسبوعا:1 أسبوعين:2 أسابيع:",
        "month": "شهر:1 شهرا:1 شهرين:2 أشهر: شهور:",
        "year": "عام:1 عاما:1 عامين:2 أعوام: سنة:1 سنتين:2 سنوات: سنين:",
        "decade": "عقد:1 عقدين:2 عقود:",
    }.items():
        for form, _, count in (f.partition(":") for f in forms.split()):
            table[norm_word(form)] = (unit, int(count) if count else None)
    return table


AGO_UNITS = _ago_units()


def _ordinal_days() -> dict[str, int]:
    """الأول 1 ... العاشر 10, الحادي عشر 11 ... العشرين 20, الحادي والعشرين 21 ... الحادي والثلاثين 31."""
    units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    days = {name: i + 1 for i, name in enumerate(units)}
    days["العاشر"] = 10
    days["الحادي عشر"] = 11
    for i, name in enumerate(units[1:], start=12):
        days[f"{name} عشر"] = i
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        days[word] = tens
        for i, name in enumerate(["الحادي", *units[1:]], start=1):
            if tens + i <= 31:
                days[f"{name} و{word}"] = tens + i
    return {norm_word(k): v for k, v in days.items()}


ORDINAL_DAYS: dict[str, int] = _ordinal_days()


def _single_token(name: str) -> str:
    """dateutil splits on spaces: two-word month names are passed to it joined."""
    return name.replace(" ", "")


class ArabicParserInfo(du_parser.parserinfo):
    """Arabic month names (all spellings, normalised), weekdays and jump words for dateutil."""

    MONTHS = [tuple(_single_token(n) for n, m in MONTHS.items() if m == i) for i in range(1, 13)]  # type: ignore[assignment]
    WEEKDAYS = [tuple(n for n, d in WEEKDAYS.items() if d == i) for i in range(7)]  # type: ignore[assignment]
    JUMP = [" ", ".", ",", "،", "/", "-", "(", ")", "من", "في", "عام", "سنه", "م", "الموافق", "يوم"]  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_INFO = ArabicParserInfo()
_NO_DEFAULT = dt.datetime(1, 1, 1)


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> dt.date | None:
    """Parse a normalised absolute date (``19 سبتمبر 2023``, ``19/9/2023``, ``2023-09-19``) with
    dateutil (never fuzzy); None when it is not a valid calendar date (31 فبراير)."""
    for name in sorted(_TWO_WORD_NORM, key=len, reverse=True):
        text = text.replace(name, _single_token(name))
    try:
        return du_parser.parse(
            text, parserinfo=_INFO, default=_NO_DEFAULT, yearfirst=text[:4].isdigit()
        ).date()
    except (ValueError, OverflowError):
        return None


_TWO_WORD_NORM = [n for n in MONTHS if " " in n]


def hijri_to_gregorian(year: int, month: int = 1, day: int = 1) -> dt.date | None:
    """The Gregorian date of a Hijri date, or None when it is invalid.

    hijridate's Umm al-Qura tables (1343-1500 AH, 1924-2077) where they reach; outside them (a
    history feature's ``سنة 221 هـ``) the arithmetical (tabular) Islamic calendar, which is
    within a day or two of the observed one, in the proleptic Gregorian calendar.
    """
    try:
        return Hijri(year, month, day).to_gregorian()  # type: ignore[no-any-return]
    except (ValueError, OverflowError):
        if HIJRI_TABLE_FIRST <= year <= HIJRI_TABLE_LAST:
            return None  # inside the tables: the date itself is invalid (30 of a 29-day month)
        return tabular_hijri_to_gregorian(year, month, day)


HIJRI_TABLE_FIRST, HIJRI_TABLE_LAST = 1343, 1500  # hijridate's Umm al-Qura range
_HIJRI_EPOCH_JDN = 1948439  # the day before 1 Muharram 1 AH (16 July 622 Julian), Julian day number
_JDN_OF_ORDINAL_0 = 1721425  # date.fromordinal(1) (1 January 1 AD) is Julian day 1721426


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The arithmetical Islamic calendar (leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of
    each 30): odd months have 30 days, even ones 29, and the twelfth 30 in a leap year."""
    if year < 1 or not 1 <= month <= 12:
        return None
    leap = (14 + 11 * year) % 30 < 11
    if not 1 <= day <= (30 if month % 2 or (month == 12 and leap) else 29):
        return None
    jdn = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH_JDN
    try:
        return dt.date.fromordinal(jdn - _JDN_OF_ORDINAL_0)
    except (ValueError, OverflowError):
        return None


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def year_of_month(
    month: int, published: dt.date, day: int | None = None, direction: int | None = None
) -> int:
    """The year of a month (and day) given without a year, seen from ``published``: the latest one
    not after it (``direction`` None), strictly before it (-1: الماضي), strictly after it (1: المقبل),
    or the same year (0: الجاري)."""
    if direction == 0:
        return published.year
    when, now = (month, day or 0), (published.month, published.day if day else 0)
    if direction == 1:
        return published.year if when > now else published.year + 1
    if when < now or (direction is None and when == now):
        return published.year
    return published.year - 1
