/**
 * DDSketch: a mergeable quantile sketch with a relative-error guarantee (internal module).
 *
 * @module
 */
import { checkFinite, checkObject, fail } from "../../_lib/check.js";
import { KPI, logMapping, type LogMapping } from "./mapping.js";
import { checkState, sortedBins, type DDSketchState } from "./state.js";

export type { DDSketchBin, DDSketchState } from "./state.js";

/** Options of {@link DDSketch.create}. */
export interface DDSketchOptions {
  /** α, strictly between 0 and 1; default 0.01 (1 %). */
  readonly relativeAccuracy?: number;
}

/**
 * A mutable, mergeable quantile sketch (DDSketch) with relative accuracy α: every quantile it returns is within
 * α·|x| of the exact "lower" sample quantile x.
 *
 * @remarks
 * Mapping: γ = (1 + α)/(1 − α); a value of magnitude m goes to bucket i = ⌈log_γ m⌉ (γ^(i−1) < m ≤ γ^i), represented
 * by ±2γ^i/(γ + 1). Positive and negative values (by magnitude) have separate stores (`Map`s index → count);
 * magnitudes below `minIndexable` (γ·2^−1022, including ±0) are counted as zero and reported as 0. `count`, `min`
 * and `max` are exact, `sum` up to float rounding.
 *
 * Rank rule: `quantile(p)` returns the representative of the bucket holding the value of 0-based rank ⌊p·(n − 1)⌋
 * of the sorted values, the order statistic numpy's `method="lower"` (and `quantile(values, p, { method: "lower" })`)
 * picks, clamped to [min, max] (which only moves it closer). Hence |quantile(p) − x| ≤ α·|x| for the exact lower
 * quantile x when x = 0 or |x| ≥ minIndexable, up to float rounding in log and exp (the bound is reached at bucket
 * edges, so the excess is ~1e-16·|x|, at most ~1e-13·|x| near 1e±308).
 *
 * Cost: `add` O(1); `merge` O(b); `quantile` and `toJSON` O(b log b); memory O(b) for b occupied buckets, at most
 * ln(max/min)/ln γ + 1 per sign (about 1 150 for values from 1e-5 to 1e5 at α = 0.01) whatever the number of values.
 * Merging is exact: merging the sketches of the parts gives the sketch of the union (same buckets, count, min, max),
 * in any order.
 *
 * @example
 * ```ts
 * const s = DDSketch.create({ relativeAccuracy: 0.01 });
 * for (const ms of [120, 80, 300, 95]) s.add(ms);
 * s.quantile(0.5); // ≈ 95 (within 1 %)
 * DDSketch.fromJSON(JSON.parse(JSON.stringify(s))).quantile(0.5); // the same
 * ```
 * @see Masson, C., Rim, J. E. and Lee, H. K. (2019), "DDSketch: A fast and fully-mergeable quantile sketch with
 *   relative-error guarantees", PVLDB 12(12):2195–2205.
 */
export class DDSketch {
  readonly #mapping: LogMapping;
  readonly #positive = new Map<number, number>();
  readonly #negative = new Map<number, number>();
  #zeroCount = 0;
  #count = 0;
  #sum = 0;
  #min = Infinity;
  #max = -Infinity;

  private constructor(mapping: LogMapping) { this.#mapping = mapping; }

  /**
   * An empty sketch.
   *
   * @throws {@link KpiInputError} when `options` is not an object (field `"options"`) or
   *   `relativeAccuracy` is not strictly between 0 and 1 (field `"options.relativeAccuracy"`).
   */
  static create(options?: DDSketchOptions): DDSketch {
    const alpha = options === undefined ? undefined : checkObject(KPI, "options", options).relativeAccuracy;
    return new DDSketch(logMapping(alpha ?? 0.01));
  }

  /**
   * A sketch restored from {@link DDSketch.toJSON}'s state. O(b).
   *
   * @throws {@link KpiInputError} when the state is malformed or inconsistent (field `"state.…"`).
   */
  static fromJSON(state: unknown): DDSketch {
    const { mapping, state: s } = checkState(state);
    const sketch = new DDSketch(mapping);
    for (const [i, c] of s.positive) sketch.#positive.set(i, c);
    for (const [i, c] of s.negative) sketch.#negative.set(i, c);
    sketch.#zeroCount = s.zeroCount;
    sketch.#count = s.count;
    sketch.#sum = s.sum;
    sketch.#min = s.min ?? Infinity;
    sketch.#max = s.max ?? -Infinity;
    return sketch;
  }

  /** α. */
  get relativeAccuracy(): number { return this.#mapping.relativeAccuracy; }
  /** Number of values added (with multiplicity). */
  get count(): number { return this.#count; }
  /** Sum of the values added (0 when empty). */
  get sum(): number { return this.#sum; }
  /** The exact smallest value, or `null` when empty. */
  get min(): number | null { return this.#count === 0 ? null : this.#min; }
  /** The exact largest value, or `null` when empty. */
  get max(): number | null { return this.#count === 0 ? null : this.#max; }

  /**
   * Adds `value` `count` times. O(1). Returns this sketch.
   *
   * @throws {@link KpiInputError} when `value` is not finite or its magnitude exceeds
   *   `Number.MAX_VALUE / γ` (field `"value"`), or `count` is not a whole number ≥ 1 (field `"count"`).
   */
  add(value: number, count = 1): this {
    const v = checkFinite(KPI, "value", value) + 0; // −0 is stored as 0, as JSON would
    const m = Math.abs(v);
    // Stryker disable next-line EqualityOperator: equivalent, maxIndexable itself is indexed exactly as the values below it
    if (m > this.#mapping.maxIndexable) fail(KPI, "value", value, `a finite number of magnitude at most ${this.#mapping.maxIndexable}`);
    if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(this.#count + count)) fail(KPI, "count", count, "a whole number ≥ 1 (total a safe integer)");
    if (m < this.#mapping.minIndexable) this.#zeroCount += count;
    else {
      // Stryker disable next-line EqualityOperator: equivalent, 0 never gets here (it is below minIndexable)
      const store = v < 0 ? this.#negative : this.#positive;
      const i = this.#mapping.index(m);
      store.set(i, (store.get(i) ?? 0) + count);
    }
    this.#count += count;
    this.#sum += v * count;
    this.#min = Math.min(this.#min, v);
    this.#max = Math.max(this.#max, v);
    return this;
  }

  /**
   * Adds every value of `other` (left unchanged) into this sketch. O(b). Returns this sketch.
   *
   * @throws {@link KpiInputError} when `other` is not a DDSketch (field `"other"`) or has a
   *   different relative accuracy (field `"other.relativeAccuracy"`).
   */
  merge(other: DDSketch): this {
    if (!(other instanceof DDSketch)) fail(KPI, "other", other, "a DDSketch");
    if (other.relativeAccuracy !== this.relativeAccuracy) fail(KPI, "other.relativeAccuracy", other.relativeAccuracy, `${this.relativeAccuracy}, as this sketch`);
    if (!Number.isSafeInteger(this.#count + other.#count)) fail(KPI, "other.count", other.#count, "a count keeping the total a safe integer");
    for (const [i, c] of [...other.#positive]) this.#positive.set(i, (this.#positive.get(i) ?? 0) + c);
    for (const [i, c] of [...other.#negative]) this.#negative.set(i, (this.#negative.get(i) ?? 0) + c);
    this.#zeroCount += other.#zeroCount;
    this.#count += other.#count;
    this.#sum += other.#sum;
    this.#min = Math.min(this.#min, other.#min);
    this.#max = Math.max(this.#max, other.#max);
    return this;
  }

  /**
   * The p-quantile: the representative of the bucket holding rank ⌊p·(n − 1)⌋ (0-based) of the
   * sorted values, clamped to [min, max]; `null` when empty. O(b log b).
   *
   * @throws {@link KpiInputError} when `p` is not a number in [0, 1] (field `"p"`).
   */
  quantile(p: number): number | null {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) fail(KPI, "p", p, "a number from 0 to 1");
    if (this.#count === 0) return null;
    return this.ranks()(Math.floor((this.#count - 1) * p));
  }

  /**
   * The sorted values as the sketch knows them: a function from a 0-based rank (0 to n − 1) to
   * the representative of the bucket holding it, clamped to [min, max], so within α·|x| of the
   * exact value x of that rank. Monotone in the rank. Building it is O(b log b), each call
   * O(log b). A snapshot: values added later are not seen.
   */
  ranks(): (rank: number) => number {
    const negative = sortedBins(this.#negative).reverse();
    const positive = sortedBins(this.#positive);
    const size = negative.length + 1 + positive.length;
    const upTo = new Float64Array(size); // ranks below the end of each bucket
    const values = new Float64Array(size);
    let seen = 0;
    let k = 0;
    const push = (count: number, value: number): void => {
      seen += count;
      upTo[k] = seen;
      values[k++] = Math.min(Math.max(value, this.#min), this.#max);
    };
    for (const [i, c] of negative) push(c, -this.#mapping.value(i));
    push(this.#zeroCount, 0);
    for (const [i, c] of positive) push(c, this.#mapping.value(i));
    return (rank) => {
      // the first bucket whose end passes rank (the counts add up to n > rank)
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((upTo[mid] as number) > rank) hi = mid;
        else lo = mid + 1;
      }
      return values[lo] as number;
    };
  }

  /** The plain state (see {@link DDSketchState}); what `JSON.stringify` serialises. O(b log b). */
  toJSON(): DDSketchState {
    return {
      relativeAccuracy: this.relativeAccuracy,
      count: this.#count,
      sum: this.#sum,
      min: this.min,
      max: this.max,
      zeroCount: this.#zeroCount,
      positive: sortedBins(this.#positive),
      negative: sortedBins(this.#negative),
    };
  }
}
