/**
 * CSAT scales: the default 1–5 scale and the binary good/bad one, shared by csat and the csat
 * KPI of summarize, so that both read a rating the same way.
 *
 * @module
 */
import { checkIntegerScale } from "../../_lib/check.js";

/** A numeric rating scale for `csat`: whole numbers from `min` to `max`. */
export interface CsatScale {
  /** Lowest possible rating (least satisfied), a whole number. */
  readonly min: number;
  /** Highest possible rating (most satisfied), a whole number greater than `min`. */
  readonly max: number;
}

const SCALE_EXPECTED = '"binary" or { min, max } with whole numbers min < max';
/** What a binary rating may be, in the words of every error about one. */
export const BINARY_EXPECTED = '"good", "bad", true, false, 1 or 0';
/** The default scale: 1 to 5. */
const DEFAULT_SCALE: CsatScale = { min: 1, max: 5 };

/** A binary rating as 1 (`"good"`, `true`, `1`) or 0 (`"bad"`, `false`, `0`); `null` for anything else. */
export function binaryRating(rating: unknown): 1 | 0 | null {
  return rating === "good" || rating === true || rating === 1 ? 1 : rating === "bad" || rating === false || rating === 0 ? 0 : null;
}

/** The numeric scale of the `scale` option (default 1–5), checked; `kpi` and `field` name it in errors. */
export function numericScale(kpi: string, field: string, scale: unknown): CsatScale {
  return scale === undefined ? DEFAULT_SCALE : checkIntegerScale(kpi, field, scale, SCALE_EXPECTED);
}
