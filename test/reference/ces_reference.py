"""Reference values for src/survey/ces (ces.test.ts).

Tools: scipy 1.17.1 (scipy.stats.t.interval, scipy.stats.sem) and statsmodels 0.15.0
(DescrStatsW.tconfint_mean), numpy 2.4.6.
Run: python3 test/reference/ces_reference.py
The t interval of the mean is mean ± t_{(1+c)/2, n-1} · s/√n with s the sample standard
deviation (ddof = 1); scipy and statsmodels must agree, and the tests use these digits.
"""
import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.weightstats import DescrStatsW

print(f"# scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}")


def show(name, ratings, confidence=0.95, easy=None, difficult=None):
    x = np.asarray(ratings, dtype=float)
    n = len(x)
    mean = float(x.mean())
    lo, hi = (float(v) for v in stats.t.interval(confidence, df=n - 1, loc=mean, scale=stats.sem(x)))
    slo, shi = (float(v) for v in DescrStatsW(x).tconfint_mean(alpha=1 - confidence))
    assert abs(lo - slo) < 1e-12 and abs(hi - shi) < 1e-12, (lo, slo, hi, shi)
    print(f"{name}: n={n} mean={mean!r} sd={float(x.std(ddof=1))!r} confidence={confidence}")
    print(f"  scipy t.interval        = ({lo!r}, {hi!r})")
    print(f"  statsmodels tconfint    = ({slo!r}, {shi!r})")
    if easy is not None:
        print(f"  easy% = {100 * float(np.mean([easy(v) for v in ratings]))!r}, "
              f"difficult% = {100 * float(np.mean([difficult(v) for v in ratings]))!r}")


# The TSDoc example: 1-7 agreement scale, easy >= 5, difficult <= 3.
example = [7, 6, 5, 4, 6, 7, 3, 5, 6, 2]
show("example", example, easy=lambda v: v >= 5, difficult=lambda v: v <= 3)
show("example 90%", example, confidence=0.90)
show("example 99%", example, confidence=0.99)

# Two answers: the smallest sample with an interval (df = 1, t = 12.706).
show("two answers", [3, 6])

# A larger 1-7 sample (40 answers, counts per answer 1..7 = 2, 3, 4, 5, 8, 9, 9).
counts = [2, 3, 4, 5, 8, 9, 9]
large = [v for v, c in zip(range(1, 8), counts) for _ in range(c)]
show("forty answers", large, easy=lambda v: v >= 5, difficult=lambda v: v <= 3)

# Original 1-5 effort scale, lower is easier: easy <= 2, difficult >= 4.
effort = [1, 2, 2, 3, 1, 5, 4, 2, 1, 3, 2, 1]
show("effort 1-5", effort, easy=lambda v: v <= 2, difficult=lambda v: v >= 4)
