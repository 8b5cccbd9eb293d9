/**
 * The "part of a whole" rate calculators: counts `part ≤ whole` in, `{ value, n, ci }` out, the
 * value in percent and `ci` Wilson's score interval in percent. They share one formula, so they
 * share one property suite: each KPI is one row of {@link KPIS} and every property runs on every
 * row. Properties specific to one KPI stay next to it; its published reference numbers stay in
 * its `*.test.ts`.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isKpiInputError, type KpiInputError } from "../src/errors.js";
import { complaintRatio } from "../src/operations/complaintRatio/complaintRatio.js";
import { firstContactResolution } from "../src/operations/firstContactResolution/firstContactResolution.js";
import { resolutionRate } from "../src/operations/resolutionRate/resolutionRate.js";
import { responseRate } from "../src/survey/responseRate/responseRate.js";
import type { ConfidenceOptions, RateResult } from "../src/stats/wilsonInterval/wilsonInterval.js";

interface PartOfWholeKpi {
  /** The function's name, which its errors carry as `kpi`. */
  readonly name: string;
  /** Calls the KPI with its counts argument built from `(part, whole)`; `options` is passed only when given. */
  readonly run: (part: unknown, whole: unknown, options?: unknown) => RateResult;
  /** The counts field holding the part (the numerator), as errors name it. */
  readonly partField: string;
  /** The counts field holding the whole (the denominator, `n`), as errors name it. */
  readonly wholeField: string;
}

/** One row; the field names are checked against the counts type, so a rename breaks the build. */
function row<C>(
  name: string,
  fn: (counts: C, options?: ConfidenceOptions) => RateResult,
  counts: (part: number, whole: number) => C,
  partField: keyof C & string,
  wholeField: keyof C & string,
): PartOfWholeKpi {
  expect(fn.name).toBe(name);
  return {
    name,
    // Invalid inputs go through the same builder: the casts only silence the compiler.
    run: (part, whole, ...options) => fn(counts(part as number, whole as number), ...(options as [ConfidenceOptions])),
    partField,
    wholeField,
  };
}

const KPIS: readonly PartOfWholeKpi[] = [
  row("resolutionRate", resolutionRate, (resolved, total) => ({ resolved, total }), "resolved", "total"),
  row(
    "firstContactResolution",
    firstContactResolution,
    (resolvedOnFirstContact, resolved) => ({ resolvedOnFirstContact, resolved }),
    "resolvedOnFirstContact",
    "resolved",
  ),
  row("complaintRatio", complaintRatio, (complaints, interactions) => ({ complaints, interactions }), "complaints", "interactions"),
  row("responseRate", responseRate, (responded, sent) => ({ sent, responded }), "responded", "sent"),
];

/**
 * Two-sided critical values z = Φ⁻¹(1 − (1 − confidence)/2), from scipy.stats.norm.ppf
 * (ppf(0.95), ppf(0.975), ppf(0.995)); they agree with the normal quantiles of the
 * NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.1, to the handbook's precision.
 */
const Z = new Map([
  [0.9, 1.6448536269514722],
  [0.95, 1.959963984540054],
  [0.99, 2.5758293035489004],
]);

/**
 * Wilson's score interval in percent, from the textbook formula (Wilson 1927; Newcombe 1998,
 * method 3), with p = part / whole and n = whole:
 *   centre    = (p + z²/2n) / (1 + z²/n)
 *   halfWidth = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²)
 */
function wilsonPercent(part: number, whole: number, z: number): { lower: number; upper: number } {
  const p = part / whole;
  const n = whole;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const halfWidth = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: 100 * (centre - halfWidth), upper: 100 * (centre + halfWidth) };
}

/** `actual` equals `expected` to 1e-9 relative (so exactly, when `expected` is 0). */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}

/** The KpiInputError `run` throws; fails the test when it returns or throws anything else. */
function inputError(run: () => unknown): KpiInputError {
  try {
    run();
  } catch (error) {
    expect(isKpiInputError(error)).toBe(true);
    return error as KpiInputError;
  }
  return expect.unreachable("expected a KpiInputError");
}

/** The `options` argument for a confidence level: none at all for `undefined` (the default, 0.95). */
const options = (confidence: number | undefined): [] | [ConfidenceOptions] => (confidence === undefined ? [] : [{ confidence }]);

const whole = fc.integer({ min: 0, max: 1_000_000 });
/** `[part, whole]` with 0 ≤ part ≤ whole. */
const partOfWhole = whole.chain((w) => fc.tuple(fc.integer({ min: 0, max: w }), fc.constant(w)));
const somePartOfWhole = partOfWhole.filter(([, w]) => w > 0);
/** Confidence levels used in practice, and the default. */
const level = fc.oneof(
  fc.constantFrom(undefined, 0.9, 0.95, 0.99),
  fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
);
/** The largest level: the largest double below 1 (z comes from the tail (1 − c)/2, exact there). */
const MAX_LEVEL = 1 - 2 ** -53;
/** Any confidence level in (0, MAX_LEVEL]. */
const anyLevel = fc.double({ min: 0, max: MAX_LEVEL, minExcluded: true, noNaN: true });
/**
 * Levels from 1e-9 up. Below about 1e-11 the interval is narrower than one rounding of the value
 * (z ≈ 0), so value and bounds, computed by different routes, can miss each other by one ulp.
 */
const nonTinyLevel = fc.double({ min: 1e-9, max: MAX_LEVEL, noNaN: true });
/** Values that are not a count (a safe whole number ≥ 0). */
const notACount = fc.oneof(
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.double({ min: 0, max: 1_000_000, noNaN: true }).filter((x) => !Number.isInteger(x)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, undefined, true, "3", 3n, [3], { value: 3 }),
);
/** Values that are not a confidence level: numbers outside (0, 1), NaN, and non-numbers (`undefined` is the default, so valid). */
const notALevel = fc.oneof(
  fc.double({ max: 0 }),
  fc.double({ min: 1 }),
  fc.constantFrom(null, true, "0.95", 95n, [0.95], { confidence: 0.95 }),
);

describe.each(KPIS)("$name, a part of a whole with Wilson's interval", (kpi) => {
  test.prop([partOfWhole, level])("value is part × 100 / whole and n is whole; value and ci are null when whole is 0", ([part, w], confidence) => {
    const r = kpi.run(part, w, ...options(confidence));
    expect(r.n).toBe(w);
    if (w === 0) {
      expect(r).toEqual({ value: null, n: 0, ci: null });
      return;
    }
    expect(r.value).toBe((part * 100) / w);
  });

  test.prop([somePartOfWhole, fc.option(nonTinyLevel, { nil: undefined })])(
    "0 ≤ ci.lower ≤ value ≤ ci.upper ≤ 100, and ci.level is the confidence passed (default 0.95)",
    ([part, w], confidence) => {
      const r = kpi.run(part, w, ...options(confidence));
      const value = r.value!;
      const ci = r.ci!;
      expect(ci.level).toBe(confidence ?? 0.95);
      expect(0).toBeLessThanOrEqual(ci.lower);
      expect(ci.lower).toBeLessThanOrEqual(value);
      expect(value).toBeLessThanOrEqual(ci.upper);
      expect(ci.upper).toBeLessThanOrEqual(100);
    },
  );

  test.prop([somePartOfWhole, fc.constantFrom(undefined, 0.9, 0.95, 0.99)])(
    "ci is Wilson's score interval, computed here from the textbook formula",
    ([part, w], confidence) => {
      const ci = kpi.run(part, w, ...options(confidence)).ci!;
      const expected = wilsonPercent(part, w, Z.get(confidence ?? 0.95)!);
      // With p = 0 the half-width is z²/2n / (1 + z²/n), the centre's excess over p, so the lower
      // bound is exactly 0; with p = 1 the upper bound is exactly 100. Computed, centre − half
      // leaves a rounding of the centre (~1e-15 %), which no relative tolerance of 0 admits.
      if (part === 0) expect(ci.lower).toBe(0);
      else expectClose(ci.lower, expected.lower);
      if (part === w) expect(ci.upper).toBe(100);
      else expectClose(ci.upper, expected.upper);
    },
  );

  test.prop([whole.filter((w) => w > 0).chain((w) => fc.tuple(fc.integer({ min: 0, max: w }), fc.integer({ min: 0, max: w }), fc.constant(w))), level])(
    "more part with the same whole never lowers value or either bound",
    ([a, b, w], confidence) => {
      const less = kpi.run(Math.min(a, b), w, ...options(confidence));
      const more = kpi.run(Math.max(a, b), w, ...options(confidence));
      expect(more.value!).toBeGreaterThanOrEqual(less.value!);
      if (a !== b) expect(more.value!).toBeGreaterThan(less.value!);
      expect(more.ci!.lower).toBeGreaterThanOrEqual(less.ci!.lower);
      expect(more.ci!.upper).toBeGreaterThanOrEqual(less.ci!.upper);
    },
  );

  test.prop([somePartOfWhole, anyLevel, anyLevel])("a larger confidence never narrows the interval", ([part, w], c1, c2) => {
    const narrow = kpi.run(part, w, { confidence: Math.min(c1, c2) }).ci!;
    const wide = kpi.run(part, w, { confidence: Math.max(c1, c2) }).ci!;
    expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
    expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
  });

  test.prop([somePartOfWhole, fc.integer({ min: 2, max: 100 }), level])(
    "scaling both counts by k keeps value and never widens the interval",
    ([part, w], k, confidence) => {
      const a = kpi.run(part, w, ...options(confidence));
      const b = kpi.run(part * k, w * k, ...options(confidence));
      expectClose(b.value!, a.value!);
      expect(b.ci!.upper - b.ci!.lower).toBeLessThanOrEqual(a.ci!.upper - a.ci!.lower);
    },
  );

  test.prop([partOfWhole, partOfWhole, level])(
    "merging two periods is adding their counts: n adds up and value is the n-weighted mean of the halves' values",
    ([p1, w1], [p2, w2], confidence) => {
      // The calculators take counts, so the only way to merge two periods is to add their
      // counts; nothing is merged from results. What this checks is that the halves' results
      // (value, n) pool to the merged one, as a rate must: weighted by n, not a plain mean.
      const first = kpi.run(p1, w1, ...options(confidence));
      const second = kpi.run(p2, w2, ...options(confidence));
      const merged = kpi.run(p1 + p2, w1 + w2, ...options(confidence));
      expect(merged.n).toBe(first.n + second.n);
      if (merged.n === 0) return;
      expectClose(merged.value!, ((first.value ?? 0) * first.n + (second.value ?? 0) * second.n) / merged.n);
    },
  );

  test.prop([whole, fc.integer({ min: 1, max: 1_000_000 })])("rejects part > whole, naming the part field", (w, excess) => {
    const error = inputError(() => kpi.run(w + excess, w));
    expect(error).toMatchObject({ kpi: kpi.name, field: kpi.partField, value: w + excess });
  });

  test.prop([partOfWhole, notACount, fc.boolean()])(
    "rejects a part or whole that is negative, fractional, NaN, infinite or not a number, naming that field",
    ([part, w], bad, inWhole) => {
      const error = inputError(() => (inWhole ? kpi.run(part, bad) : kpi.run(bad, w)));
      expect(error.kpi).toBe(kpi.name);
      expect(error.field).toBe(inWhole ? kpi.wholeField : kpi.partField);
      expect(error.value).toBe(bad);
    },
  );

  test.prop([partOfWhole, notALevel])("rejects a confidence outside (0, 1) as options.confidence", ([part, w], confidence) => {
    const error = inputError(() => kpi.run(part, w, { confidence }));
    expect(error.kpi).toBe(kpi.name);
    expect(error.field).toBe("options.confidence");
    expect(error.value).toBe(confidence);
  });
});
