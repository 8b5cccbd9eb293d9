import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { EXPECTED } from "./trend.fast.expected.test-util.js";
import { trend, type TrendPoint, type TrendResult } from "./trend.js";
import { LARGE, reference } from "./trend.reference.test-util.js";

/** Exact equality, field by field (Object.is: even the sign of a zero must agree). */
function expectSame(got: TrendResult, want: TrendResult): void {
  expect(got).toStrictEqual(want);
}

/** Points at strictly increasing times from gaps (so ties are in values only: a repeated time is an error). */
function timed(values: readonly number[], gaps: readonly number[], unit: number): TrendPoint[] {
  let t = 0;
  return values.map((value, i) => {
    t += (gaps[i % gaps.length] ?? 1) * unit;
    return { t, value };
  });
}

const tiedValues = fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 300 });
const decimals = fc.array(fc.integer({ min: -40, max: 40 }).map((v) => v / 10), { maxLength: 300 });
const gaps = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 });

describe("trend at any length equals the pairwise definition", () => {
  test.prop([tiedValues, fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined })], { numRuns: 60 })(
    "plain series of few distinct values, with and without seasons",
    (y, period) => {
      const options = period === undefined ? {} : { period };
      expectSame(trend(y, options), reference(y, options));
    },
  );

  test.prop([tiedValues, gaps, fc.constantFrom(1, 1 / 24, 0.1)], { numRuns: 40 })(
    "{ t, value } points at uneven times (whole steps, hours of a day, tenths)",
    (y, steps, unit) => {
      const points = timed(y, steps, unit);
      expectSame(trend(points), reference(points));
    },
  );

  test.prop([decimals, fc.constantFrom(0.9, 0.95, 0.99), fc.double({ min: 0.01, max: 0.5, noNaN: true })], { numRuns: 40 })(
    "values in tenths (differences not exact in binary), any confidence and alpha",
    (y, confidence, alpha) => {
      expectSame(trend(y, { confidence, alpha }), reference(y, { confidence, alpha }));
    },
  );

  test.prop([tiedValues.filter((y) => y.length >= 2), fc.nat(), gaps])("a repeated time is an error, as it always was", (y, at, steps) => {
    const points = timed(y, steps, 1);
    const copy = points[at % points.length]!;
    const error = inputErrorOf(() => trend([...points, { t: copy.t, value: copy.value + 1 }]));
    expect(error).toMatchObject({ kpi: "trend", field: "series.t" });
  });
});

describe("trend on a few thousand points equals the pairwise definition", () => {
  // the definition's results for these cases are kept (trend.fast.expected.test-util.ts, held
  // equal to `reference` by trend.fast.reference.test.ts): computing them takes seconds
  it.each(Object.entries(LARGE))("%s", (name, { series, options }) => {
    expectSame(trend(series(), options), EXPECTED[name as keyof typeof LARGE]);
  });
});
