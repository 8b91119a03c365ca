"""Speed and memory of ``analyze`` on 100,000 words of generated Arabic news text.

``python -m benchmarks.speed [--words N]`` builds articles of about 400 words from sentences
written for Sanad (fixed seed), times ``app.analysis.analyze`` over all of them and, on the
same text, the bare camel-tools pipeline (alef/alef-maksura/teh-marbuta normalisation,
``dediac_ar`` and ``simple_word_tokenize``), and prints both, their ratio (goal ≤ 3×) and the
peak memory of the analysis (goal < 300 MB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence

from app.analysis import analyze, normalize_key
from app.analysis.camel import (
    dediac_ar,
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    simple_word_tokenize,
)
from app.analysis.dates import extract_dates
from app.analysis.quantities import extract_quantities

SENTENCES = [
    "قالت {org} في بيان نشرته على تلغرام إن {n} أشخاص لقوا حتفهم وأصيب {m} آخرون في {place}.",
    "وأضافت أن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض منذ فجر {day}.",
    "وأكد {title} {name} أن الحكومة خصصت {n} مليون دولار لإعادة تأهيل الطرق في {place}.",
    "من جهته، قال المتحدث باسم {org} إن عدد النازحين تجاوز {m} ألف شخص خلال الأسبوع الماضي.",
    "وبحسب {org}، ارتفعت نسبة البطالة إلى {p}% في الربع الثالث مقارنة بالعام السابق.",
    "وأفيد بأن الطريق الرئيسي بين {place} والعاصمة أغلق بالكامل بعد انهيار جسر قديم.",
    "ويرى محللون أن تراجع أسعار النفط أدى إلى عجز كبير في موازنة الدولة.",
    "وشهدت {place} احتجاجات مماثلة في {d} {month} {year}، حين اعتقلت الشرطة {n} متظاهراً.",
    "نأمل أن تعود الحياة إلى طبيعتها في أقرب وقت.",
    "وكان البرلمان قد أقر في {month} الماضي قانوناً جديداً لتنظيم الاستثمار الأجنبي.",
    "وأعلنت وزارة الصحة تسجيل {m} إصابة جديدة بالحصبة، وهو الرقم الأعلى منذ {year}.",
    "وقال شهود عيان لوكالة الأنباء إن القصف استمر ساعتين على الأقل.",
    "وتابع {name}: «لن نقبل بأي تسوية لا تضمن حقوق السكان».",
    "يذكر أن المدينة تضم نحو {n} ألف نسمة معظمهم من المزارعين.",
    "وأشار التقرير إلى أن {p} في المئة من الأطفال لا يذهبون إلى المدارس.",
    "هل تنجح المبادرة الجديدة في إنهاء الأزمة؟",
    "ووفقاً لـ الأمم المتحدة، يحتاج أكثر من {m} ألف شخص إلى مساعدات غذائية عاجلة.",
    "وتراجعت قيمة العملة المحلية بنسبة {p}% أمام الدولار خلال {n} أشهر.",
    "ودعت منظمات حقوقية إلى فتح تحقيق مستقل في ملابسات الحادث.",
    "وتعد هذه الفيضانات الأسوأ في تاريخ المنطقة بحسب خبراء الأرصاد.",
]
FILL = {
    "org": ["وزارة الداخلية", "الدفاع المدني", "الهلال الأحمر", "منظمة الصحة العالمية", "هيئة الإحصاء",
            "وزارة الدفاع الأذربيجانية", "السلطات المحلية", "الجيش", "البنك المركزي"],
    "place": ["حلب", "الموصل", "خان يونس", "بنغازي", "عدن", "الخرطوم", "مدينة النخيل", "وادي السدرة"],
    "title": ["وزير المالية", "رئيس الوزراء", "محافظ المدينة", "الدكتور"],
    "name": ["خالد المنصور", "سامي العطار", "ليلى حداد", "عمر الشريف", "منى السيد", "يوسف الخطيب"],
    "day": ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس"],
    "month": ["يناير", "مارس", "أيار", "تموز", "سبتمبر", "ديسمبر"],
}


def generate(words: int, seed: int = 7) -> list[str]:
    """Articles of about 400 words each, ``words`` words in all."""
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    while total < words:
        paras = []
        size = 0
        while size < 400 and total + size < words:
            s = rng.choice(SENTENCES).format(
                n=rng.randint(2, 900), m=rng.randint(10, 99), p=rng.randint(1, 60), d=rng.randint(1, 28),
                year=rng.randint(1990, 2023), **{k: rng.choice(v) for k, v in FILL.items()},
            )
            paras.append(s)
            size += len(s.split())
        articles.append("\n\n".join(paras))
        total += size
    return articles


def baseline(articles: Sequence[str]) -> int:
    n = 0
    for a in articles:
        norm = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(a))))
        n += len(simple_word_tokenize(norm))
    return n


def run_analysis(articles: Sequence[str]) -> int:
    return sum(len(analyze(a, dt.date(2024, 5, 1)).claims) for a in articles)


def extractors(articles: Sequence[str]) -> int:
    """The figure and date extractors alone (part of ``analyze``), for the breakdown."""
    return sum(len(extract_quantities(a)) + len(extract_dates(a, dt.date(2024, 5, 1))) for a in articles)


def best_times(repeat: int, articles: Sequence[str]) -> tuple[float, int, float, int]:
    """Best CPU times of the two pipelines over ``repeat`` interleaved rounds.

    CPU time (not wall time) and interleaving keep other work on the machine out of the ratio.
    """
    t_base = t_sanad = float("inf")
    tokens = claims = 0
    for _ in range(repeat):
        t0 = time.process_time()
        tokens = baseline(articles)
        t_base = min(t_base, time.process_time() - t0)
        t0 = time.process_time()
        claims = run_analysis(articles)
        t_sanad = min(t_sanad, time.process_time() - t0)
    return t_base, tokens, t_sanad, claims


def _timed(fn: Callable[[Sequence[str]], int], articles: Sequence[str]) -> float:
    t0 = time.process_time()
    fn(articles)
    return time.process_time() - t0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds of each pipeline; the best counts")
    args = parser.parse_args(argv)
    articles = generate(args.words)
    words = sum(len(a.split()) for a in articles)
    run_analysis(articles[:2])  # load lexicons and the morphology DB outside the timing
    t_base, tokens, t_sanad, claims = best_times(args.repeat, articles)
    t_extract = min(_timed(extractors, articles) for _ in range(args.repeat))
    tracemalloc.start()
    run_analysis(articles)
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    t0 = time.process_time()
    whole = analyze("\n\n".join(articles), dt.date(2024, 5, 1))
    t_whole = time.process_time() - t0
    _cur, peak_whole = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    sentences = [s for a in articles for s in a.split("\n\n")]
    keys_n = 0
    t0 = time.process_time()
    while keys_n < 1_000_000:
        for sentence in sentences:
            normalize_key(sentence)
        keys_n += len(sentences)
    t_keys = time.process_time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text: {words} words in {len(articles)} articles")
    print(f"camel-tools normalise+dediac+simple_word_tokenize: {t_base:.2f} s ({tokens} tokens)")
    print(f"sanad analyze: {t_sanad:.2f} s ({claims} claims)")
    print(f"ratio: {t_sanad / t_base:.2f}x (goal <= 3x)")
    print(f"  of which figures+dates extraction: {t_extract:.2f} s; the rest of the engine: "
          f"{t_sanad - t_extract:.2f} s ({(t_sanad - t_extract) / t_base:.2f}x)")
    print(f"normalize_key: {keys_n} claims in {t_keys:.2f} s ({t_keys / keys_n * 1e6:.2f} µs a claim)")
    print(f"peak memory: {peak / 2**20:.1f} MB traced per article; as one {words}-word document "
          f"{peak_whole / 2**20:.1f} MB traced ({len(whole.units)} units, {t_whole:.1f} s under tracemalloc); "
          f"{rss:.0f} MB max RSS of the process (goal < 300 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
