"""Reference values for src/stats/distributions (normal.ts, studentT.ts).

Tool: scipy 1.17.1 (scipy.stats.norm, scipy.stats.t, scipy.special.erfc) with numpy 2.4.6.
Run: python3 test/reference/distributions.py
Prints TypeScript literals pasted into src/stats/distributions/*.test.ts; repr() keeps every
digit of the double, so the tests compare against the exact scipy result.
"""
import scipy
from scipy import special, stats

print(f"// scipy {scipy.__version__}")


def rows(name, items):
    print(f"const {name} = [")
    for item in items:
        print("  [" + ", ".join(repr(float(v)) for v in item) + "],")
    print("] as const;")


# Standard normal CDF, lower tail down to ~1e-300 (x = -37) and just above the subnormals.
xs = [-37.5, -37.0, -35.0, -30.0, -25.0, -20.0, -15.0, -10.0, -8.0, -6.0, -5.0, -3.0,
      -2.5, -1.959963984540054, -1.5, -1.0, -0.5, -1e-8, 0.0, 0.3, 1.0, 1.959963984540054, 2.8, 5.0]
rows("NORMAL_CDF", [(x, stats.norm.cdf(x)) for x in xs])

# erfc(x), the upper tail, down to ~1e-300 (x = 26.2) and just above the subnormals.
es = [-3.0, -0.5, 0.0, 1e-10, 0.1, 0.5, 1.0, 1.5, 1.999, 2.0, 2.001, 3.0, 5.0, 10.0, 15.0, 20.0,
      25.0, 26.0, 26.5]
rows("ERFC", [(x, special.erfc(x)) for x in es])

# Two-sided p-value P(|Z| >= |z|) = 2 * sf(|z|).
zs = [0.0, 0.5, 1.0, 1.959963984540054, 2.5758293035489004, 3.0, 5.0, 10.0, 20.0, 37.0]
rows("TWO_SIDED_P", [(z, 2 * stats.norm.sf(abs(z))) for z in zs])

# Normal quantile, lower tail down to 1e-300, centre and upper side.
ps = [1e-300, 1e-250, 1e-200, 1e-150, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.025,
      0.05, 0.1, 0.2, 0.3, 0.4, 0.49, 0.5, 0.51, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999,
      0.999999, 1 - 1e-12]
rows("NORMAL_QUANTILE", [(p, stats.norm.ppf(p)) for p in ps])

# Student's t CDF over a grid of t and df, tails included.
dfs = [1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 100.0, 1e4, 1e6]
ts = [-1e6, -100.0, -20.0, -5.0, -2.0, -0.5, 0.0, 0.7, 1.5, 3.0, 8.0]
rows("T_CDF", [(t, df, stats.t.cdf(t, df)) for df in dfs for t in ts])

# Student's t quantiles for the degrees of freedom the statistics use.
qs = [1e-10, 1e-4, 0.005, 0.025, 0.05, 0.1, 0.25, 0.6, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995]
rows("T_QUANTILE", [(p, df, stats.t.ppf(p, df)) for df in dfs for p in qs])
