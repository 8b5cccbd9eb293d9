"""Reference values for servicekpi's `quantile` / `percentiles`: numpy's np.quantile.

Tool: numpy 2.4.6 (Python 3). Run from the repository root:

    python3 test/reference/quantile_numpy.py

It writes test/reference/quantile-numpy.json (compact JSON, committed) and prints a summary.
The test src/stats/quantile/quantile.numpy.test.ts checks every case to 1e-9 relative.

Data sets: n = 1, 2, 3, 4, 5, 7, 10, 11, 100, 1001; random floats, integers with many ties,
negative values, values spanning many orders of magnitude, and duration-like integers (ms).
Probabilities: the usual reporting ones, 1/3 and 2/3, and for each n some p where the virtual
index n*p - 1 or (n - 1)*p lands a rounding error away from a whole number (0.07 with n = 100
gives 100 * 0.07 = 7.000000000000001), because that is where implementations drift apart.
"""

import json
import os

import numpy as np

METHODS = [
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "nearest",
    "midpoint",
]

COMMON_PS = [0, 1, 0.5, 0.25, 0.75, 0.1, 0.3, 0.7, 0.9, 0.95, 0.99, 0.999, 1 / 3, 2 / 3, 0.01, 0.125, 0.375]

ALPHA_BETA = [(0, 1), (0.5, 0.5), (0, 0), (1 / 3.0, 1 / 3.0), (3 / 8.0, 3 / 8.0)]


def virtual_indexes(n, p):
    """Every virtual index numpy computes for (n, p), in numpy's own float64 operation order."""
    q = np.float64(p)
    out = [(n - 1) * q, n * q - 1, n * q - 1 - 0.5]
    for alpha, beta in ALPHA_BETA:
        out.append(n * q + (alpha + q * (1 - alpha - beta)) - 1)
    return out


def boundary_ps(n, limit):
    """Probabilities k/100, k/n, k/(n-1), k/(n+1) whose virtual index misses a whole number by a rounding error."""
    candidates = set()
    for k in range(1, 100):
        candidates.add(k / 100)
    for d in (n, n - 1, n + 1):
        if d > 0:
            for k in range(1, d):
                candidates.add(k / d)
    hits = []
    for p in sorted(candidates):
        for v in virtual_indexes(n, p):
            r = np.round(v)
            if v != r and abs(v - r) < 1e-9:
                hits.append(p)
                break
    # spread the picks over the range rather than taking the first few
    if len(hits) > limit:
        step = len(hits) / limit
        hits = [hits[int(i * step)] for i in range(limit)]
    return hits


def data_sets(rng):
    sets = []
    for n in (1, 2, 3, 4, 5, 7, 10, 11, 100, 1001):
        if n <= 100:
            sets.append(("uniform", n, rng.uniform(0, 1000, n).round(4 if n >= 100 else 12)))
            sets.append(("ties", n, rng.integers(0, max(2, n // 3), n).astype(np.float64)))
            sets.append(("negative", n, rng.normal(-50, 30, n).round(5)))
            mags = 10.0 ** rng.uniform(-6, 9, n) * rng.choice([-1.0, 1.0], n)
            sets.append(("magnitudes", n, np.array([float(f"{x:.6g}") for x in mags])))
        sets.append(("durations", n, np.round(np.exp(rng.normal(11, 1.5, n)))))
    sets.append(("ties", 1001, rng.integers(0, 40, 1001).astype(np.float64)))
    return sets


def main():
    rng = np.random.default_rng(20240601)
    cases = []
    for kind, n, values in data_sets(rng):
        values = np.asarray(values, dtype=np.float64)
        ps = list(COMMON_PS) + boundary_ps(n, 8 if n >= 100 else 4)
        if n == 100:
            ps += [0.07, 0.29, 0.57, 0.58]
        ps = list(dict.fromkeys(float(p) for p in ps))  # unique, order kept
        expected = {}
        for method in METHODS:
            expected[method] = [float(np.quantile(values, p, method=method)) for p in ps]
        # shuffled input: numpy's result must not depend on order, and neither may ours
        cases.append({
            "name": f"{kind} n={n}",
            "values": [float(v) for v in rng.permutation(values)],
            "ps": ps,
            "expected": expected,
        })
    out = {
        "tool": f"numpy {np.__version__} np.quantile",
        "script": "test/reference/quantile_numpy.py",
        "methods": METHODS,
        "cases": cases,
    }
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "quantile-numpy.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    checks = sum(len(c["ps"]) * len(METHODS) for c in cases)
    print(f"numpy {np.__version__}: {len(cases)} data sets, {checks} quantiles -> {path} ({os.path.getsize(path)} bytes)")
    # a few values worth seeing by eye
    c = next(c for c in cases if c["name"] == "uniform n=100")
    i = c["ps"].index(0.07)
    for m in ("inverted_cdf", "averaged_inverted_cdf", "linear", "nearest"):
        print(f"  {c['name']} p=0.07 {m}: {c['expected'][m][i]!r}")


if __name__ == "__main__":
    main()
