"""``scan_keys`` on an article's keys gives, for any token range, what ``scan`` gives on that
range's tokens alone (the engine looks the lexicon up once per article)."""

from __future__ import annotations

import bisect

from app.analysis.lexicon import entry_starts, scan, scan_keys
from app.analysis.tokens import tokenize

TEXT = (
    "قال وزير الصحة في مؤتمر صحفي إن عدد المصابين بلغ نحو ثلاثين ألفاً، "
    "وأضاف أن الحكومة ستفتح مستشفيات جديدة في الأمم المتحدة. "
    "وبحسب تقرير لمنظمة الصحة العالمية فإن الوضع تحسن! "
    "أكد المتحدث باسم الجيش على تويتر أن القوات انسحبت."
)


def test_scan_keys_matches_scan_on_every_range() -> None:
    tokens = tokenize(TEXT)
    keys = [t.key for t in tokens]
    starts = entry_starts(keys)
    assert starts, "the text has lexicon words"
    found_multiword = False
    for lo in range(len(tokens)):
        for hi in range(lo, len(tokens) + 1):
            inside = starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            expected = scan(tokens[lo:hi])
            assert scan_keys(keys, lo, hi, inside) == expected, (lo, hi)
            found_multiword = found_multiword or any(m.last - m.first > 2 for ms in expected.values() for m in ms)
    assert found_multiword, "an entry of three or more words is cut by some ranges"
