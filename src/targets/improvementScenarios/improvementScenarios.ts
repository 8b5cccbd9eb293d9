import { checkFinite, checkIntegerIn, checkObject, fail } from "../../_lib/check.js";
import { checkDirection, type Direction } from "../_lib/direction.js";

/** Improvement per quarter, in percent of the previous quarter's value, per scenario. */
export interface PerQuarter {
  /** Conservative rate, percent per quarter (default 10). */
  readonly conservative?: number | undefined;
  /** Realistic rate, percent per quarter (default 15). */
  readonly realistic?: number | undefined;
  /** Ambitious rate, percent per quarter (default 20). */
  readonly ambitious?: number | undefined;
}

/** Options of {@link improvementScenarios}. */
export interface ImprovementScenariosOptions {
  /** Quarters to project, a whole number ≥ 1. */
  readonly quarters: number;
  /** Percent per quarter (defaults 10, 15, 20); must be ordered conservative ≤ realistic ≤ ambitious. */
  readonly perQuarter?: PerQuarter | undefined;
  /** Default `"lower-is-better"` (times): improving means decreasing. */
  readonly direction?: Direction | undefined;
  /** Cap for higher-is-better KPIs with a ceiling, e.g. 100 for percentages. */
  readonly max?: number | undefined;
}

/** One scenario: its rate and the value at the end of each quarter. */
export interface ImprovementPath {
  /** The scenario's improvement rate, percent per quarter. */
  readonly perQuarter: number;
  /** The projected value at the end of each quarter, first quarter first. */
  readonly path: readonly {
    /** The quarter number, from 1. */
    readonly quarter: number;
    /** The projected value at the end of that quarter, in the baseline's units. */
    readonly value: number;
  }[];
}

/** The result of {@link improvementScenarios}. */
export interface ImprovementScenarios {
  /** The starting value (the number, or the baseline's `mean`), in the KPI's units. */
  readonly baseline: number;
  /** Which way the KPI improves (default `"lower-is-better"`). */
  readonly direction: Direction;
  /** The path at the conservative rate. */
  readonly conservative: ImprovementPath;
  /** The path at the realistic rate. */
  readonly realistic: ImprovementPath;
  /** The path at the ambitious rate. */
  readonly ambitious: ImprovementPath;
}

const KPI = "improvementScenarios";
const NAMES = ["conservative", "realistic", "ambitious"] as const;
const DEFAULTS = { conservative: 10, realistic: 15, ambitious: 20 };

/**
 * Projects three improvement paths from a baseline: conservative, realistic and ambitious
 * (default 10 %, 15 % and 20 % better per quarter, compounded).
 *
 * @remarks
 * Each quarter the value moves r % of its own size in the direction of improvement:
 * value_q = value_{q−1} ∓ |value_{q−1}| × r / 100, i.e. baseline × (1 − r)^q for a positive
 * lower-is-better KPI (a 10 % faster first reply each quarter) and baseline × (1 + r)^q for a
 * positive higher-is-better one; a negative NPS moves towards and past 0. Capped at `max` when
 * given (pass 100 for CSAT or FCR). A baseline of 0 stays 0. Compounding on the previous quarter is how "x % better per
 * quarter" reads; for a straight line to a goal use `planMilestones`. The baseline is a number
 * or a {@link BaselineResult} (its `mean`). O(quarters).
 *
 * @throws {@link KpiInputError} when the baseline is not finite or its mean is `null` (field
 *   `"baseline"`), `quarters` is not a whole number from 1 to 400 (`"options.quarters"`), a
 *   rate is not a number from 0 (below 100 for lower-is-better) (`"options.perQuarter.<name>"`),
 *   the rates are not ordered (`"options.perQuarter"`), the direction is unknown
 *   (`"options.direction"`), `max` is not finite (`"options.max"`), or a path would grow beyond
 *   the largest double, 1.8e308, before `max` stops it (`"baseline"`).
 * @example
 * ```ts
 * const s = improvementScenarios(180_000, { quarters: 2 }); // FRT baseline 3 min
 * s.conservative.path; // [{ quarter: 1, value: 162_000 }, { quarter: 2, value: 145_800 }]
 * s.ambitious.path.map((p) => p.value); // [144_000, 115_200]
 * ```
 * @see docs/guides/targets-and-trends.md (the worked example).
 * @category Targets
 */
export function improvementScenarios(baseline: number | { readonly mean: number | null }, options: ImprovementScenariosOptions): ImprovementScenarios {
  const raw = baseline !== null && typeof baseline === "object" ? baseline.mean : baseline;
  const base = checkFinite(KPI, "baseline", raw);
  const o = checkObject(KPI, "options", options);
  const quarters = checkIntegerIn(KPI, "options.quarters", o.quarters, 1, 400);
  const direction = o.direction === undefined ? "lower-is-better" : checkDirection(KPI, "options.direction", o.direction);
  const max = o.max === undefined ? Number.POSITIVE_INFINITY : checkFinite(KPI, "options.max", o.max);
  const per = o.perQuarter === undefined ? {} : checkObject(KPI, "options.perQuarter", o.perQuarter);
  const rates = NAMES.map((name) => {
    const r = per[name] === undefined ? DEFAULTS[name] : checkFinite(KPI, `options.perQuarter.${name}`, per[name]);
    if (r < 0 || (direction === "lower-is-better" && r >= 100)) {
      fail(KPI, `options.perQuarter.${name}`, r, direction === "lower-is-better" ? "a percentage from 0 to below 100" : "a percentage ≥ 0");
    }
    return r;
  });
  if (!((rates[0] as number) <= (rates[1] as number) && (rates[1] as number) <= (rates[2] as number))) {
    fail(KPI, "options.perQuarter", o.perQuarter, "rates ordered conservative ≤ realistic ≤ ambitious");
  }
  const scenario = (rate: number): ImprovementPath => {
    const cap = Math.max(max, base);
    const path: { quarter: number; value: number }[] = [];
    let v = base;
    for (let q = 1; q <= quarters; q++) {
      // r % of |v| in the direction of improvement; multiply before dividing keeps 0.8 × 144,000 exact.
      // Stryker disable next-line EqualityOperator: equivalent, at v = ±0 every factor gives ±0
      const up = (direction === "higher-is-better") === v >= 0;
      const factor = up ? 100 + rate : 100 - rate;
      let next = (v * factor) / 100;
      // A value near 1.8e308 overflows the product first: divide first there.
      if (!Number.isFinite(next)) next = v * (factor / 100);
      // Finite in, finite out: a path growing beyond the largest double has no answer.
      // Stryker disable next-line EqualityOperator: equivalent, next = cap here means both are Infinity, refused just below either way
      if (!Number.isFinite(next) && next > cap) next = cap;
      if (!Number.isFinite(next)) {
        fail(KPI, "baseline", base, `a baseline whose ${quarters}-quarter path at ${rate} % a quarter stays finite (it passes 1.8e308 in quarter ${q}); or set options.max`);
      }
      v = Math.min(next, cap);
      path.push({ quarter: q, value: v });
    }
    return { perQuarter: rate, path };
  };
  const [conservative, realistic, ambitious] = rates.map(scenario) as [ImprovementPath, ImprovementPath, ImprovementPath];
  return { baseline: base, direction, conservative, realistic, ambitious };
}
