"""Reference values for src/survey/csat and src/survey/responseRate (their .test.ts files).

Tools: statsmodels 0.15.0 (statsmodels.stats.proportion.proportion_confint, method="wilson"),
numpy 2.4.6.
Run: python3 test/reference/csat_reference.py
CSAT = satisfied / n x 100 (top two boxes by default); the interval is Wilson's score interval,
printed in percent as the library reports it.
"""
import numpy as np
import statsmodels
from statsmodels.stats.proportion import proportion_confint

print(f"# statsmodels {statsmodels.__version__}, numpy {np.__version__}")


def wilson(name, x, n, confidence=0.95):
    lo, hi = proportion_confint(x, n, alpha=1 - confidence, method="wilson")
    print(f"{name}: {x}/{n} = {100 * x / n!r} %, wilson {confidence} = ({100 * float(lo)!r}, {100 * float(hi)!r})")


def csat(name, ratings, satisfied_min, confidence=0.95):
    x = sum(1 for r in ratings if r >= satisfied_min)
    print(f"{name}: mean = {float(np.mean(ratings))!r}")
    wilson(name, x, len(ratings), confidence)


# The TSDoc example on the default 1-5 scale, top two boxes (4 and 5).
example = [5, 4, 4, 3, 5, 2, 5, 4, 1, 5]
csat("csat example", example, 4)
csat("csat example 90%", example, 4, confidence=0.90)
csat("csat example top box only", example, 5)

# A 0-10 scale (satisfiedMin default 9): 25 answers.
ten = [10, 9, 9, 8, 7, 10, 6, 9, 10, 5, 8, 9, 10, 3, 9, 10, 7, 8, 9, 10, 2, 9, 10, 8, 9]
csat("csat 0-10", ten, 9)

# Binary: 3 good of 4 and 412 good of 500.
wilson("binary", 3, 4)
wilson("binary 500", 412, 500)

# Response rate examples.
wilson("responseRate example", 270, 1200)
wilson("responseRate all", 40, 40)
wilson("responseRate 99%", 31, 250, confidence=0.99)
