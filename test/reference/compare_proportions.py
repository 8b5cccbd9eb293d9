"""Reference values for src/stats/compareProportions.

Tool: statsmodels 0.15.0 (scipy 1.17.1, numpy 2.4.6).
Run: python3 test/reference/compare_proportions.py

- ci: confint_proportions_2indep(count1, nobs1, count2, nobs2, method="newcomb",
  compare="diff", alpha=1 - confidence): Newcombe's (1998) hybrid score interval (method 10),
  built from Wilson score intervals without continuity correction.
- z, pValue: proportions_ztest([count1, count2], [nobs1, nobs2]) - the pooled two-proportion
  z test, two-sided (statsmodels' default "two-sided", value=0, prop_var=False).

The eight examples are Newcombe's table II (Statistics in Medicine 17:873-890, 1998).
Prints TypeScript rows: [x1, n1, x2, n2, confidence, lower, upper, z, pValue] with every digit;
z and pValue are null where the pooled proportion is 0 or 1 (statsmodels returns nan there).
"""
import math
import warnings

import statsmodels
from statsmodels.stats.proportion import confint_proportions_2indep, proportions_ztest

warnings.simplefilter("ignore")
print(f"// statsmodels {statsmodels.__version__}")

cases = [
    # Newcombe (1998) table II, examples (a) to (h)
    (56, 70, 48, 80),
    (9, 10, 3, 10),
    (6, 7, 2, 7),
    (5, 56, 0, 29),
    (0, 10, 0, 20),
    (0, 10, 0, 10),
    (10, 10, 0, 20),
    (10, 10, 0, 10),
    # more: a difference with the sign reversed, large samples, and other confidence levels
    (48, 80, 56, 70),
    (412, 1000, 380, 1000),
    (1, 2, 1, 3),
]
levels = [0.95, 0.99, 0.9]


def num(v):
    return "null" if v is None or (isinstance(v, float) and math.isnan(v)) else repr(float(v))


print("const NEWCOMBE_CASES = [")
for x1, n1, x2, n2 in cases:
    for level in levels:
        if level != 0.95 and (x1, n1, x2, n2) not in [(56, 70, 48, 80), (5, 56, 0, 29), (412, 1000, 380, 1000)]:
            continue
        lo, hi = confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff", alpha=1 - level)
        z, p = proportions_ztest([x1, x2], [n1, n2])
        pooled = (x1 + x2) / (n1 + n2)
        if pooled in (0.0, 1.0):
            z, p = None, None
        print(f"  [{x1}, {n1}, {x2}, {n2}, {level}, {num(lo)}, {num(hi)}, {num(z)}, {num(p)}],")
print("] as const;")

# Cross-check of the z test: z² equals Pearson's χ² without continuity correction.
from scipy.stats import chi2_contingency  # noqa: E402

chi = chi2_contingency([[56, 14], [48, 32]], correction=False)
print(f"// scipy chi2_contingency([[56, 14], [48, 32]], correction=False): statistic {float(chi.statistic)!r}, pvalue {float(chi.pvalue)!r}")
