from hypothesis import given
from hypothesis import strategies as st

from app.analysis import normalize_key
from app.analysis.normalize import normalize_key_reference

ARABIC = st.text(
    alphabet=st.sampled_from(list("أإآٱاىيةهـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲ abcABCقالتوزارة\t\n،.")), max_size=60
)


def test_normalises_alef_maksura_teh_marbuta_diacritics_tatweel_digits():
    assert normalize_key("  أَعلنَت  الـــوزارةُ إلى ٣٥٠ Ministry ") == "اعلنت الوزاره الي 350 ministry"
    assert normalize_key("إسرائيل آخر ٱلله") == "اسرائيل اخر الله"


def test_persian_digits_and_whitespace():
    assert normalize_key("۱۲\u00a0\u00a0قتيلاً") == "12 قتيلا"


@given(ARABIC)
def test_equals_camel_tools_normalisers(s):
    assert normalize_key(s) == normalize_key_reference(s)


@given(ARABIC)
def test_idempotent(s):
    assert normalize_key(normalize_key(s)) == normalize_key(s)
