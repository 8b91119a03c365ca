import datetime as dt

from app.analysis import analyze
from app.analysis.conflicts import _clash, _comparable, figures
from app.analysis.types import Quantity, Unit


def q(value, qualifier=None, unit="قتيل"):
    return Quantity(str(value), 0, 1, float(value), unit, unit, qualifier)


def test_qualifiers_make_intervals():
    from app.analysis.conflicts import Figure

    def fig(quantity):
        return Figure(quantity, "قتيل", "death", False, frozenset())

    assert _clash(fig(q(25)), fig(q(27)))
    assert not _clash(fig(q(25, "more_than")), fig(q(27)))
    assert not _clash(fig(q(100, "about")), fig(q(95)))
    assert _clash(fig(q(100, "less_than")), fig(q(150)))
    assert _comparable(fig(q(1)), fig(q(2)))


def test_people_counted_next_to_a_death_word_are_the_dead():
    text = "قال المسعفون إن 9 أشخاص لقوا حتفهم في الحادث."
    r = analyze(text, threshold=0)
    (unit,) = r.units
    from app.analysis.tokens import tokenize

    (fig,) = [f for f in figures(unit, tokenize(text)) if f.quantity.value == 9]
    assert fig.unit == "قتيل" and fig.event == "death"


def test_different_events_or_years_or_forecasts_do_not_conflict():
    t = (
        "قال الدفاع المدني إن 30 شخصاً أصيبوا في الانفجار.\n"
        "وقال الدفاع المدني إن 12 شخصاً قتلوا في الانفجار.\n"
        "وفي عام 2010 قتل 50 شخصاً في انفجار مماثل.\n"
        "وتتوقع الوزارة أن يصل عدد القتلى إلى 40 قتيلاً الأسبوع المقبل."
    )
    r = analyze(t, dt.date(2024, 6, 1))
    assert r.conflicts == []


def test_units_are_compared_only_with_the_same_unit():
    t = "قال الجيش إن 20 جندياً أصيبوا في الهجوم.\nوقال الجيش إن 3 دبابات دمرت في الهجوم."
    assert analyze(t).conflicts == []


def test_conflict_indices_and_all_units_view():
    t = "عاجل\nقال المستشفى إن 7 مرضى توفوا أمس.\nوقالت الوزارة إن 11 مريضاً توفوا أمس."
    r = analyze(t)
    assert len(r.conflicts) == 1
    c = r.conflicts[0]
    assert "7" in r.claims[c.a].text and "11" in r.claims[c.b].text
    all_view = r.to_dict(all_units=True)
    i, j = all_view["conflicts"][0]["claims"]
    assert "7" in all_view["claims"][i]["text"] and "11" in all_view["claims"][j]["text"]


def test_no_quantities_no_figures():
    assert figures(Unit(0, 3, "نعم"), []) == []


def test_percentages_conflict_only_when_they_are_shares_of_the_same_thing():
    t = (
        "قالت النقابة إن 60% من المعلمين أضربوا عن العمل.\n"
        "وقالت الوزارة إن 15% من المعلمين أضربوا عن العمل.\n"
        "وارتفعت الرواتب بنسبة 5% هذا العام."
    )
    r = analyze(t)
    assert [(c.a, c.b) for c in r.conflicts] == [(0, 1)]
    assert r.conflicts[0].reason == "60 ≠ 15 %"


def test_figures_far_apart_count_different_things_not_one_thing_twice():
    price = "وقال الوزير إن كلفة المشروع 75 مليون دينار.\nوقال مواطن إن سعر التذكرة 18 ديناراً."
    assert analyze(price).conflicts == []  # a budget and a ticket: not one figure told two ways
    told_twice = "وقال الوزير إن كلفة المشروع 75 مليون دينار.\nوقالت النقابة إن كلفة المشروع 90 مليون دينار."
    (conflict,) = analyze(told_twice).conflicts
    assert conflict.reason == "75000000 ≠ 90000000 دينار"
