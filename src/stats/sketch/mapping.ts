/**
 * The logarithmic index mapping of DDSketch (internal): which bucket a magnitude falls in and
 * the value that stands for the whole bucket.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";

/** The `kpi` name carried by every {@link KpiInputError} of the sketch. */
export const KPI = "DDSketch";

/**
 * A logarithmic mapping with relative accuracy α: γ = (1 + α)/(1 − α); a magnitude x goes to
 * bucket i = ⌈log_γ(x)⌉, i.e. γ^(i−1) < x ≤ γ^i, and bucket i is represented by
 * 2·γ^i/(γ + 1), which is within α·x of every x in it (the bound is reached at both ends).
 * O(1) per call.
 *
 * @see Masson, C., Rim, J. E. and Lee, H. K. (2019), "DDSketch: A fast and fully-mergeable
 *   quantile sketch with relative-error guarantees", PVLDB 12(12):2195–2205, section 2.
 */
export interface LogMapping {
  /** α, strictly between 0 and 1. */
  readonly relativeAccuracy: number;
  /** γ = (1 + α)/(1 − α). */
  readonly gamma: number;
  /**
   * The smallest magnitude given a bucket (γ·2^−1022, so representatives stay normal
   * doubles); smaller magnitudes, and zero, are counted as zero.
   */
  readonly minIndexable: number;
  /** The largest magnitude accepted (Number.MAX_VALUE / γ, so representatives stay finite). */
  readonly maxIndexable: number;
  /** ⌈log_γ(x)⌉ for minIndexable ≤ x ≤ maxIndexable. */
  index(x: number): number;
  /** 2·γ^i/(γ + 1), computed as exp(i·ln γ + ln(2/(γ + 1))) so that γ^i cannot overflow. */
  value(i: number): number;
}

/**
 * The mapping for relative accuracy `alpha`.
 *
 * @throws {@link KpiInputError} (field `"options.relativeAccuracy"`) unless 0 < alpha < 1.
 */
export function logMapping(alpha: unknown, field = "options.relativeAccuracy"): LogMapping {
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) fail(KPI, field, alpha, "a number strictly between 0 and 1 (e.g. 0.01)");
  const gamma = (1 + alpha) / (1 - alpha);
  const lnGamma = Math.log(gamma);
  const lnHalfWidth = Math.log(2 / (gamma + 1));
  return {
    relativeAccuracy: alpha,
    gamma,
    minIndexable: gamma * 2 ** -1022,
    maxIndexable: Number.MAX_VALUE / gamma,
    index: (x) => Math.ceil(Math.log(x) / lnGamma), // (a −0 here is stored as 0: Map keys and template strings normalise it)
    value: (i) => Math.exp(i * lnGamma + lnHalfWidth),
  };
}
