/**
 * Center lines and limits of the individuals (XmR), p and Laney p′ charts.
 *
 * @module
 */
import { clamp, mean, sum } from "../../_lib/math.js";

/** Wheeler's scaling constants for moving ranges of two: 3/d₂ = 2.66 and D₄ = 3.267. */
export const XMR_LIMIT_FACTOR = 2.66;
export const MR_UPPER_FACTOR = 3.267;
/** d₂ for ranges of two, the unbiasing constant of σ̂ = MR̄ / d₂. */
export const D2 = 1.128;

/** Mean moving range of two: Σ|vᵢ − vᵢ₋₁| / (n − 1), for n ≥ 2. */
export function meanMovingRange(values: readonly number[]): number {
  const ranges: number[] = [];
  for (let i = 1; i < values.length; i++) ranges.push(Math.abs((values[i] as number) - (values[i - 1] as number)));
  const mr = mean(ranges);
  if (Number.isFinite(mr)) return mr;
  // A range beyond the largest double (values of both signs near 1.8e308): twice the mean of
  // the half ranges, which cannot overflow (Infinity when MR̄ itself is beyond the doubles).
  return 2 * mean(ranges.map((_, i) => Math.abs((values[i + 1] as number) / 2 - (values[i] as number) / 2)));
}

/** Limits of one chart: center, per-point limits, and the chart's extra statistics. */
export interface Limits {
  readonly center: number;
  readonly values: number[];
  readonly lower: number[];
  readonly upper: number[];
  readonly movingRange: number | null;
  readonly movingRangeUpper: number | null;
  readonly sigmaZ: number | null;
}

/** XmR: center x̄, limits x̄ ± 2.66·MR̄; MR chart upper limit 3.267·MR̄. */
export function xmrLimits(values: readonly number[]): Limits {
  const center = mean(values);
  const mr = meanMovingRange(values);
  const half = XMR_LIMIT_FACTOR * mr;
  return {
    center,
    values: [...values],
    lower: values.map(() => center - half),
    upper: values.map(() => center + half),
    movingRange: mr,
    movingRangeUpper: MR_UPPER_FACTOR * mr,
    sigmaZ: null,
  };
}

/**
 * p (`laney` false) or Laney p′ chart, in percent: p̄ = Σx/Σn, σᵢ = √(p̄(1−p̄)/nᵢ); p limits
 * p̄ ± 3σᵢ, Laney limits p̄ ± 3σᵢσ_z with zᵢ = (pᵢ − p̄)/σᵢ and σ_z = MR̄(z)/1.128; clamped to [0, 1].
 * When p̄ is 0 or 1 every σᵢ is 0: the limits sit on the center and σ_z is `null`.
 */
export function proportionLimits(successes: readonly number[], sizes: readonly number[], laney: boolean): Limits {
  const pBar = sum(successes) / sum(sizes);
  const p = successes.map((x, i) => x / (sizes[i] as number));
  const sigma = sizes.map((n) => Math.sqrt((pBar * (1 - pBar)) / n));
  let sigmaZ: number | null = null;
  let movingRange: number | null = null;
  if (laney && pBar > 0 && pBar < 1) {
    movingRange = meanMovingRange(p.map((pi, i) => (pi - pBar) / (sigma[i] as number)));
    sigmaZ = movingRange / D2;
  }
  const k = 3 * (laney ? (sigmaZ ?? 0) : 1);
  return {
    center: pBar * 100,
    values: successes.map((x, i) => (x * 100) / (sizes[i] as number)),
    lower: sigma.map((s) => clamp(pBar - k * s, 0, 1) * 100),
    upper: sigma.map((s) => clamp(pBar + k * s, 0, 1) * 100),
    movingRange,
    movingRangeUpper: null,
    sigmaZ,
  };
}
