"""Synthetic but realistic Arabic news claims for the archive benchmarks (fixed seed).

Claims are built from templates (who said what, figures, places, dates) and word lists,
with a long tail of generated names so that the vocabulary is not unrealistically small.
"""

from __future__ import annotations

import random

SPEAKERS = [
    "وزارة الصحة", "وزارة الداخلية", "وزارة المالية", "البنك المركزي", "الدفاع المدني", "رئيس الوزراء",
    "المتحدث باسم الحكومة", "منظمة الصحة العالمية", "الأمم المتحدة", "صندوق النقد الدولي", "وزير التربية",
    "محافظ المدينة", "الجهاز المركزي للإحصاء", "نقابة الأطباء", "هيئة الأرصاد الجوية", "وزارة الزراعة",
    "مصدر أمني", "شهود عيان", "المرصد السوري", "الهلال الأحمر", "وزير الخارجية", "البرلمان",
]
VERBS = ["قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "كشف", "كشفت",
         "صرح", "أوضح", "نفى", "زعم"]
TOPICS = [
    ("عدد القتلى في {place} بلغ {n} قتيلاً", "casualties"),
    ("{n} شخصاً أصيبوا في الحادث الذي وقع في {place}", "casualties"),
    ("نسبة البطالة ارتفعت إلى {p} في المئة خلال عام {year}", "economy"),
    ("معدل التضخم انخفض إلى {p}% في {month} الماضي", "economy"),
    ("الحكومة خصصت {n} مليون دولار لإعادة إعمار {place}", "budget"),
    ("صادرات القمح تراجعت بنسبة {p} في المئة مقارنة بعام {year}", "trade"),
    ("أكثر من {n} ألف لاجئ عبروا الحدود منذ بداية {month}", "refugees"),
    ("درجات الحرارة ستصل إلى {p} درجة مئوية في {place}", "weather"),
    ("المستشفيات في {place} استقبلت {n} حالة إصابة بالكوليرا", "health"),
    ("عدد الطلاب المسجلين في المدارس الحكومية بلغ {n} ألف طالب", "education"),
    ("الناتج المحلي الإجمالي نما بنسبة {p}% في الربع الأول من عام {year}", "economy"),
    ("{n} منزلاً دمرت بالكامل جراء الفيضانات في {place}", "disaster"),
    ("السلطات اعتقلت {n} شخصاً بتهمة تهريب الوقود في {place}", "security"),
    ("سعر رغيف الخبز ارتفع إلى {n} قرشاً في أسواق {place}", "prices"),
    ("محطة الكهرباء الجديدة في {place} ستنتج {n} ميغاواط", "energy"),
    ("{p}% من سكان {place} لا يحصلون على مياه الشرب النظيفة", "water"),
]
OPENERS = ["", "", "", "في بيان رسمي يوم {day}، ", "خلال مؤتمر صحفي، ", "في تصريح لوكالة الأنباء، ",
           "وفي وقت لاحق، ", "بحسب تقرير نشر {day}، "]
DAYS = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"]
BASE_PLACES = ["حلب", "دمشق", "بغداد", "الموصل", "البصرة", "عمّان", "إربد", "بيروت", "طرابلس", "صنعاء", "عدن",
               "القاهرة", "الإسكندرية", "الخرطوم", "تونس", "صفاقس", "الرباط", "فاس", "غزة", "نابلس",
               "الرياض", "جدة", "الدوحة", "دبي", "مسقط", "الكويت", "المنامة", "درعا", "حمص", "إدلب"]
_SYL = ["بر", "كا", "مي", "سل", "نو", "ري", "تا", "حم", "دو", "فر", "قا", "زي", "لا", "شم", "عي", "غا",
        "طو", "صا", "جو", "خي", "وا", "هي", "ثو", "ظا", "ضي"]


def long_tail_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))))
    return sorted(names)


class ClaimMaker:
    def __init__(self, seed: int = 7, tail: int = 20000) -> None:
        self.rng = random.Random(seed)
        self.places = BASE_PLACES + [f"قرية {n}" for n in long_tail_names(self.rng, tail)]
        self.people = [f"{first} {last}" for first, last in zip(
            long_tail_names(self.rng, 3000), reversed(long_tail_names(self.rng, 3000)), strict=True)]

    def claim(self) -> tuple[str, str]:
        """One claim's text and its topic."""
        r = self.rng
        template, topic = r.choice(TOPICS)
        body = template.format(place=r.choice(self.places), n=r.choice([r.randint(2, 99), r.randint(100, 9999)]),
                               p=r.choice([r.randint(1, 60), round(r.uniform(0.5, 40), 1)]),
                               year=r.randint(1990, 2026), month=r.choice(MONTHS))
        speaker = r.choice(SPEAKERS) if r.random() < 0.8 else f"الناشط {r.choice(self.people)}"
        opener = r.choice(OPENERS).format(day=r.choice(DAYS))
        return f"{opener}{r.choice(VERBS)} {speaker} إن {body}.", topic

    def queries(self, count: int) -> list[str]:
        """A varied mix: single words, phrases, prefixes, figures, names, filters-free junk."""
        r = random.Random(4242)  # the same queries whether the archive was just built or reused
        out: list[str] = []
        makers = [
            lambda: r.choice(self.places),
            lambda: r.choice(SPEAKERS),
            lambda: r.choice(TOPICS)[0].split("{")[0].strip() or "عدد القتلى",
            lambda: f"{r.choice(['قتيلا', 'لاجئ', 'البطالة', 'التضخم', 'الكوليرا'])} {r.choice(self.places)}",
            lambda: r.choice(self.places)[: r.randint(2, 4)],
            lambda: str(r.randint(2, 9999)),
            lambda: f"البطالة {r.randint(1, 60)} في المئة",
            lambda: r.choice(self.people),
            lambda: r.choice(["قال", "إن", "في", "وزارة"]),
            lambda: r.choice(['"وزارة الصحة" OR', "NEAR(حلب", "-القمح *", "'; DROP TABLE claims; --", "عدد:القتلى"]),
            lambda: " ".join(self.claim()[0].split()[2:6]),
        ]
        for i in range(count):
            out.append(makers[i % len(makers)]())
        return out
