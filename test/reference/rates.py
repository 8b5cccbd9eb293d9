"""Reference Wilson intervals for resolutionRate, complaintRatio and slaCompliance.

Tool: statsmodels 0.15.0, proportion_confint(count, nobs, alpha=1 - confidence,
method="wilson") (no continuity correction). Run: python3 test/reference/rates.py
Prints [successes, n, confidence, lower %, upper %] rows with every digit.
"""
import statsmodels
from statsmodels.stats.proportion import proportion_confint

print(f"// statsmodels {statsmodels.__version__}, proportion_confint(method='wilson'), in percent")
cases = [
    # resolutionRate
    (425, 500, 0.95),
    (425, 500, 0.99),
    (0, 25, 0.95),
    (25, 25, 0.95),
    # complaintRatio
    (37, 12500, 0.95),
    (37, 12500, 0.9),
    # slaCompliance
    (3, 4, 0.95),
    (45, 50, 0.95),
    (2403, 5000, 0.95),
    (3014, 5000, 0.95),
]
for x, n, level in cases:
    lo, hi = proportion_confint(x, n, alpha=1 - level, method="wilson")
    print(f"[{x}, {n}, {level}, {repr(float(lo) * 100)}, {repr(float(hi) * 100)}],")
