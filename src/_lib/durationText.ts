/**
 * Durations written with units (`"2h"`, `"30m"`, `"1d 4h"`, `"1h30m"`, `"500ms"`): what SLA
 * policy files and the command line's duration flags accept.
 *
 * @module
 */

/** Each unit's ms as `[factor, power of ten]`, in the order the parts must come: d, h, m (or min), s, ms. */
const UNITS = [[864, 5], [36, 5], [6, 4], [1, 3], [1, 0]] as const;

// One optional group per unit, largest first; the spaces after a part belong to that part, so a
// run of spaces can be read only one way (no backtracking blow-up on long input).
const PARTS = /^(?:(\d+(?:\.\d+)?)d\s*)?(?:(\d+(?:\.\d+)?)h\s*)?(?:(\d+(?:\.\d+)?)m(?:in)?\s*)?(?:(\d+(?:\.\d+)?)s\s*)?(?:(\d+(?:\.\d+)?)ms)?$/;

/**
 * The milliseconds of a duration text: `NaN` when `text` does not follow the grammar below.
 * Callers decide what they accept beyond it (SLA targets and command-line flags: finite, > 0).
 *
 * @remarks
 * Grammar, after trimming: parts `<number><unit>`, the number written right against its unit
 * (`"2h"`, not `"2 h"`), parts separated by optional spaces (`"1d 4h"`, `"1h30m"`). Units, lower
 * case only: `d` (24 hours), `h`, `m` or `min`, `s`, `ms`; each at most once, largest first
 * (`"30m 1h"` and `"1h 2h"` are refused). Numbers are ASCII digits with an optional fraction
 * (`"1.5h"`): no sign, no exponent, no leading or trailing dot. No part at all (`""`) gives 0,
 * and so does `"0s"`.
 *
 * Each part is scaled in decimal before it becomes a binary number (`"0.07h"` reads
 * `"0.07e5"` × 36), so a part with no more decimals than its unit has powers of ten (5 for d and
 * h, 4 for m, 3 for s) gives whole ms exactly: `"0.07h"` is 252000, where `0.07 * 3_600_000` is
 * 252000.00000000003. O(length of the text).
 *
 * @example
 * ```ts
 * durationTextMs("1d 4h"); // 100_800_000
 * durationTextMs("1.5h"); // 5_400_000
 * durationTextMs("2 h"); // NaN
 * ```
 */
export function durationTextMs(text: string): number {
  const m = PARTS.exec(text.trim());
  if (m === null) return Number.NaN;
  let ms = 0;
  UNITS.forEach(([factor, power], i) => {
    const part = m[i + 1];
    if (part !== undefined) ms += Number(`${part}e${power}`) * factor;
  });
  return ms;
}
