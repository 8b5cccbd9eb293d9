import { checkArray, checkCount, checkNonNegative, fail } from "../../_lib/check.js";
import { roundingError } from "../../_lib/math.js";

/** What a valid answer is, in the words every NPS error message uses. */
export const NPS_SCORE_EXPECTED = "an integer from 0 to 10";

/** Whether `score` is one of the integers 0 to 10. */
export function isNpsScore(score: unknown): score is number {
  return Number.isInteger(score) && (score as number) >= 0 && (score as number) <= 10;
}

/** Answers already sorted into the three NPS groups. */
export interface NpsCounts {
  /** Answers 0–6. */
  readonly detractors: number;
  /** Answers 7–8. */
  readonly passives: number;
  /** Answers 9–10. */
  readonly promoters: number;
}

/** A validated NPS sample: raw counts, (weighted) shares and the (effective) sample size. */
export interface NpsTally {
  readonly n: number;
  readonly detractors: number;
  readonly passives: number;
  readonly promoters: number;
  /** Shares 0–1 (weighted when weights were given); 0 when n is 0. */
  readonly d: number;
  readonly q: number;
  readonly p: number;
  /** p − d, computed as (promoters − detractors) / total in one rounding. */
  readonly estimate: number;
  /** Kish's effective sample size; n when unweighted or uniformly weighted. */
  readonly effectiveN: number;
}

/** The three groups in the order of the counts everywhere in this module. */
type Groups = [detractors: number, passives: number, promoters: number];

const WEIGHTS = "options.weights";

/**
 * Validates the scores-or-counts argument of the NPS functions and tallies it: one pass over the
 * scores; weights, when given, are validated, then summed (total, squares and each group).
 *
 * @param field - The argument's name: `"scores"` for `nps`, `"a"` / `"b"` for `npsDifference`.
 * @param countsPrefix - Prefix of the counts fields in errors: `""` for `nps`, `"a."` for `npsDifference`.
 */
export function tallyNps(kpi: string, field: string, countsPrefix: string, input: unknown, weights?: unknown): NpsTally {
  if (input === null || typeof input !== "object") {
    return fail(kpi, field, input, "an array of scores from 0 to 10 or an object { detractors, passives, promoters }");
  }
  if (!Array.isArray(input) && !(Symbol.iterator in input)) {
    if (weights !== undefined) fail(kpi, WEIGHTS, weights, "left out with the counts form (weights need one score each)");
    return shares(
      ["detractors", "passives", "promoters"].map((k) => checkCount(kpi, countsPrefix + k, (input as Record<string, unknown>)[k])) as Groups,
    );
  }
  const scores = checkArray(kpi, field, input);
  const n = scores.length;
  const counts: Groups = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (!isNpsScore(s)) fail(kpi, field, s, NPS_SCORE_EXPECTED, i);
    counts[npsGroup(s)]++;
  }
  if (weights === undefined) return shares(counts);
  const w = checkArray(kpi, WEIGHTS, weights);
  if (w.length !== n) fail(kpi, WEIGHTS, w.length, `one weight per score (${n})`);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, checkNonNegative(kpi, WEIGHTS, w[i], i));
  if (n && !max) fail(kpi, WEIGHTS, w, "weights with a sum greater than 0");
  // Equal weights carry no information: give exactly the unweighted result.
  if (w.every((x) => x === w[0])) return shares(counts);
  // Shares and Kish's n do not change when every weight is divided by the same number; do it
  // when the squares could overflow or underflow.
  // Stryker disable next-line EqualityOperator: precision only, at a largest weight of exactly 1e100 (or 1e-100) the squares are far from overflow and underflow either way; over 100,000 random weightings the two choices differ by at most 2.5e-14 relatively (the rounding of the division)
  const scale = max > 1e100 || max < 1e-100 ? max : 1;
  // One pass of running sums with Neumaier's compensation (the step of `sum` in _lib/math),
  // each a [sum, compensation] pair: the weight of each group, the total, the squares.
  const sums: [number, number][] = [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]];
  for (let i = 0; i < n; i++) {
    const x = (w[i] as number) / scale;
    add(sums[npsGroup(scores[i] as number)]!, x);
    add(sums[3]!, x);
    add(sums[4]!, x * x);
  }
  return shares(counts, sums.map(([s, c]) => s + c) as WeightSums);
}

/** Adds `x` to the compensated running sum `acc` ([sum, compensation]), as `sum` in _lib/math does. */
function add(acc: [number, number], x: number): void {
  acc[1] += roundingError(acc[0], x);
  acc[0] += x;
}

/**
 * The NPS group of a valid score: 0 for a detractor (0–6), 1 for a passive (7–8), 2 for a
 * promoter (9–10), as Reichheld defined them. The one place these bounds are written.
 */
export function npsGroup(score: number): 0 | 1 | 2 {
  return score <= 6 ? 0 : score <= 8 ? 1 : 2;
}

/** Sums of the (scaled) weights: of each group, in all, and of their squares. */
type WeightSums = [detractors: number, passives: number, promoters: number, total: number, squares: number];

/**
 * The tally of the answers `counts`, weighted by the sums `weighted` when given; every share is
 * 0 when there are no answers.
 */
function shares(counts: Groups, weighted?: WeightSums): NpsTally {
  const [detractors, passives, promoters] = counts;
  const n = detractors + passives + promoters;
  // Unweighted, every weight is 1.
  const [wd, wq, wp, total, squares] = weighted ?? [...counts, n, n];
  // Stryker disable next-line ConditionalExpression: equivalent, every caller (nps, npsDifference) answers null for no answers before reading a share
  const share = (x: number): number => (n === 0 ? 0 : x / total);
  // effectiveN: Kish's (Σw)² / Σw², and exactly n (no 0 / 0, no rounding) without weights.
  return { n, detractors, passives, promoters, d: share(wd), q: share(wq), p: share(wp), estimate: share(wp - wd), effectiveN: weighted ? (total * total) / squares : n };
}
