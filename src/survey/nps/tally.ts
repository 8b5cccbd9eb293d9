import { checkArray, checkCount, checkNonNegative, fail } from "../../_lib/check.js";

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
 * Validates the scores-or-counts argument of the NPS functions and tallies it in one pass.
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
    const c = input as Record<string, unknown>;
    return shares(...(["detractors", "passives", "promoters"].map((k) => checkCount(kpi, countsPrefix + k, c[k])) as Groups));
  }
  const scores = checkArray(kpi, field, input);
  const counts: Groups = [0, 0, 0];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (!isNpsScore(s)) fail(kpi, field, s, NPS_SCORE_EXPECTED, i);
    counts[group(s)]++;
  }
  if (weights === undefined) return shares(...counts);
  return weighted(kpi, scores as readonly number[], checkArray(kpi, WEIGHTS, weights), counts);
}

/** 0 for a detractor (0–6), 1 for a passive (7–8), 2 for a promoter (9–10). */
function group(score: number): 0 | 1 | 2 {
  return score <= 6 ? 0 : score <= 8 ? 1 : 2;
}

/**
 * The tally of `detractors + passives + promoters` answers whose groups weigh `wd`, `wq` and `wp`
 * out of `total` (the counts themselves when unweighted); every share is 0 when there are none.
 */
function shares(
  detractors: number,
  passives: number,
  promoters: number,
  wd = detractors,
  wq = passives,
  wp = promoters,
  total = detractors + passives + promoters,
  effectiveN = total,
): NpsTally {
  const n = detractors + passives + promoters;
  const share = (w: number): number => (n === 0 ? 0 : w / total);
  return { n, detractors, passives, promoters, d: share(wd), q: share(wq), p: share(wp), estimate: share(wp - wd), effectiveN };
}

function weighted(kpi: string, scores: readonly number[], weights: readonly unknown[], counts: Groups): NpsTally {
  const n = scores.length;
  if (weights.length !== n) fail(kpi, WEIGHTS, weights.length, `one weight per score (${n})`);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, checkNonNegative(kpi, WEIGHTS, weights[i], i));
  if (n && !max) fail(kpi, WEIGHTS, weights, "weights with a sum greater than 0");
  // Equal weights carry no information: give exactly the unweighted result.
  if (weights.every((w) => w === weights[0])) return shares(...counts);
  // Shares and Kish's n do not change when every weight is divided by the same number; do it
  // when the squares could overflow or underflow.
  const scale = max > 1e100 || max < 1e-100 ? max : 1;
  const total = new Compensated();
  const squares = new Compensated();
  const byGroup = [new Compensated(), new Compensated(), new Compensated()] as const;
  for (let i = 0; i < n; i++) {
    const w = (weights[i] as number) / scale;
    total.add(w);
    squares.add(w * w);
    byGroup[group(scores[i] as number)].add(w);
  }
  const sum = total.value();
  return shares(...counts, byGroup[0].value(), byGroup[1].value(), byGroup[2].value(), sum, (sum * sum) / squares.value());
}

/** A running sum with Neumaier's compensation (the same scheme as `sum` in _lib/math). */
class Compensated {
  private s = 0;
  private c = 0;

  add(x: number): void {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
  }

  value(): number {
    return this.s + this.c;
  }
}
