"""Reference values for src/survey/nps, src/survey/npsDifference and src/stats/npsInterval.

Tool: scipy 1.17.1 (scipy.optimize.brentq, scipy.stats.norm) with numpy 2.4.6, Python 3.
Run: python3 test/reference/nps_intervals.py
Prints TypeScript literals pasted into the tests. This is an independent implementation: it
uses the textbook quadratic formula for Tango's restricted MLE and Brent's method for the roots
(the library uses a cancellation-free quadratic and bisection), and plain float arithmetic.

Mapping of an NPS survey onto Tango's paired 2x2 table (Fagerland, Lydersen & Laake 2017):
promoters -> n12, detractors -> n21, passives -> the concordant cells, N = n, so
delta = (n12 - n21) / N is the NPS as a fraction.
"""
import math

import numpy
import scipy
from scipy import optimize, stats

print(f"// scipy {scipy.__version__}, numpy {numpy.__version__}")


def z_for(level):
    return stats.norm.ppf(1 - (1 - level) / 2)


def tango_t(n12, n21, N, delta):
    """Tango's (1998) score statistic for H0: p12 - p21 = delta."""
    if delta == (n12 - n21) / N:
        return 0.0  # at the estimate the numerator is 0 (and at 0/0 corners the limit is 0)
    A = 2 * N
    B = -n12 - n21 + (2 * N - n12 + n21) * delta
    C = -n21 * delta * (1 - delta)
    p21 = (math.sqrt(B * B - 4 * A * C) - B) / (2 * A)
    var = N * (2 * p21 + delta * (1 - delta))
    return (n12 - n21 - N * delta) / math.sqrt(var)


def tango(n12, n21, N, level=0.95):
    z = z_for(level)
    est = (n12 - n21) / N
    kw = dict(xtol=1e-15, rtol=4 * numpy.finfo(float).eps, maxiter=500)
    if est <= -1:
        lower = -1.0
    else:
        # T(-1) is +inf (variance 0); start just inside.
        lo = -1 + 1e-15
        lower = optimize.brentq(lambda d: tango_t(n12, n21, N, d) - z, lo, est, **kw) if tango_t(n12, n21, N, lo) > z else -1.0
    if est >= 1:
        upper = 1.0
    else:
        hi = 1 - 1e-15
        upper = optimize.brentq(lambda d: tango_t(n12, n21, N, d) + z, est, hi, **kw) if tango_t(n12, n21, N, hi) < -z else 1.0
    return est, lower, upper


def wald(n12, n21, N, level=0.95):
    z = z_for(level)
    p, d = n12 / N, n21 / N
    se = math.sqrt(((p + d) - (p - d) ** 2) / N)
    est = p - d
    return est, se, max(-1.0, est - z * se), min(1.0, est + z * se)


def adjusted_wald(n12, n21, N, level=0.95):
    z = z_for(level)
    n = N + 3
    p, d = (n12 + 0.75) / n, (n21 + 0.75) / n
    centre = p - d
    se = math.sqrt(((p + d) - (p - d) ** 2) / n)
    return centre, max(-1.0, centre - z * se), min(1.0, centre + z * se)


def pts(x):
    return repr(float(x * 100))


# Fagerland, Lydersen & Laake (2017), Cavo et al. (2012) table (59, 6; 16, 80): printed Tango
# CI -0.1240 to -0.0054 and Wald CI -0.1184 to -0.0058 for estimate -0.0621.
print("// Cavo et al. (2012): promoters 6, detractors 16, passives 139")
e, lo, hi = tango(6, 16, 161)
print(f"// tango  value {pts(e)} ci [{pts(lo)}, {pts(hi)}]")
e, se, lo, hi = wald(6, 16, 161)
print(f"// wald   se {pts(se)} ci [{pts(lo)}, {pts(hi)}]")
e, lo, hi = adjusted_wald(6, 16, 161)
print(f"// adjusted-wald centre {pts(e)} ci [{pts(lo)}, {pts(hi)}]")

# [promoters, passives, detractors, confidence]
cases = [
    (6, 139, 16, 0.95),   # Cavo et al.
    (5, 2, 3, 0.95),      # README quick start: [10, 9, 9, 8, 7, 6, 3, 10, 9, 2]
    (40, 0, 0, 0.95),     # all promoters, 40 answers
    (0, 0, 40, 0.95),     # all detractors
    (0, 40, 0, 0.95),     # all passives
    (1, 0, 0, 0.95),      # n = 1
    (0, 1, 0, 0.95),
    (0, 0, 1, 0.95),
    (18, 12, 10, 0.95),   # 40 answers, a typical mix
    (18, 12, 10, 0.90),
    (18, 12, 10, 0.99),
    (39, 0, 1, 0.95),
    (250, 400, 350, 0.95),
    (5200, 3100, 1700, 0.95),
]
print("// [promoters, passives, detractors, confidence, value, se, scoreLo, scoreHi, adjLo, adjHi, waldLo, waldHi]")
print("const CASES = [")
for P, Q, D, level in cases:
    N = P + Q + D
    est, lo, hi = tango(P, D, N, level)
    _, se, wlo, whi = wald(P, D, N, level)
    _, alo, ahi = adjusted_wald(P, D, N, level)
    vals = [est, se, lo, hi, alo, ahi, wlo, whi]
    print(f"  [{P}, {Q}, {D}, {level}, " + ", ".join(pts(v) for v in vals) + "],")
print("] as const;")

# Weighted: scores and weights; shares weighted, effective n = (sum w)^2 / sum w^2, intervals on
# effective counts (share * effective n).
scores = [10, 9, 9, 8, 7, 6, 3, 10, 9, 2]
weights = [1.5, 0.5, 2.0, 1.0, 1.0, 0.8, 1.2, 0.7, 1.3, 2.0]
W = sum(weights)
p = sum(w for s, w in zip(scores, weights) if s >= 9) / W
d = sum(w for s, w in zip(scores, weights) if s <= 6) / W
neff = W * W / sum(w * w for w in weights)
est, lo, hi = tango(p * neff, d * neff, neff)
_, se, wlo, whi = wald(p * neff, d * neff, neff)
_, alo, ahi = adjusted_wald(p * neff, d * neff, neff)
print("// weighted: scores", scores, "weights", weights)
print(f"const WEIGHTED = {{ value: {pts(p - d)}, promoterPercent: {pts(p)}, detractorPercent: {pts(d)}, "
      f"effectiveN: {neff!r}, standardError: {pts(se)}, score: [{pts(lo)}, {pts(hi)}], "
      f"adjustedWald: [{pts(alo)}, {pts(ahi)}], wald: [{pts(wlo)}, {pts(whi)}] }};")

# npsDifference: two independent samples, Wald test (Rocks 2016, section 5).
def diff(a, b, level=0.95):
    (Pa, Qa, Da), (Pb, Qb, Db) = a, b
    _, sea, _, _ = wald(Pa, Da, Pa + Qa + Da)
    _, seb, _, _ = wald(Pb, Db, Pb + Qb + Db)
    d = Pa / (Pa + Qa + Da) - Da / (Pa + Qa + Da) - (Pb / (Pb + Qb + Db) - Db / (Pb + Qb + Db))
    se = math.sqrt(sea**2 + seb**2)
    z = d / se
    pv = 2 * stats.norm.sf(abs(z))
    zc = z_for(level)
    return [d * 100, se * 100, z, pv, max(-200, (d - zc * se) * 100), min(200, (d + zc * se) * 100)]


print("// [a: promoters, passives, detractors], [b: ...], confidence, difference, se, z, pValue, ciLo, ciHi")
print("const DIFFERENCES = [")
for a, b, level in [
    ((50, 30, 20), (40, 30, 30), 0.95),
    ((40, 30, 30), (50, 30, 20), 0.95),
    ((6, 139, 16), (18, 12, 10), 0.90),
    ((300, 500, 200), (280, 480, 240), 0.99),
    ((2, 0, 0), (1, 1, 1), 0.95),  # a has standard error 0, b does not
]:
    vals = diff(a, b, level)
    print(f"  [[{a[0]}, {a[1]}, {a[2]}], [{b[0]}, {b[1]}, {b[2]}], {level}, " + ", ".join(repr(float(v)) for v in vals) + "],")
print("] as const;")
