/**
 * The order and choice of a report's rows: group values in natural order (`Agent_2` before
 * `Agent_10`), and the rows of groups without records (`n` 0, such as a month in which tickets
 * were only solved) left out unless periods are filled.
 *
 * @module
 */
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import type { GroupValue } from "../../records/groupValue.js";
import { weekdayIndex } from "../../_lib/time/periods.js";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "variant" });
const TYPE_ORDER = ["number", "string", "boolean"];

/**
 * Compares two values of one dimension: `null` last, numbers before strings before booleans (as
 * summarize does), weekdays Monday first, numbers by value, strings in natural order: runs of
 * digits compare as numbers (`Agent_2` < `Agent_10`, `v1.9` < `v1.10`), letters by the Unicode
 * collation of English (case apart only when all else is equal).
 */
export function compareValues(dim: string, a: GroupValue, b: GroupValue): number {
  if (a === b) return 0;
  if (a === null || b === null) return a === null ? 1 : -1;
  if (dim === "weekday") return weekdayIndex(a) - weekdayIndex(b);
  const ta = TYPE_ORDER.indexOf(typeof a);
  const tb = TYPE_ORDER.indexOf(typeof b);
  if (ta !== tb) return ta - tb;
  if (typeof a === "number") return a - (b as number);
  if (typeof a === "string") return collator.compare(a, b as string) || (a < (b as string) ? -1 : 1);
  return a === false ? -1 : 1;
}

/**
 * The rows of `summary` for a report: sorted by the dimensions `dims` in order with
 * {@link compareValues}, and without the rows with `n` 0 unless `keepEmpty` (`--fill-periods`).
 */
export function arrangeRows(summary: SummaryResult, dims: readonly string[], keepEmpty: boolean): SummaryResult {
  const compare = (x: SummaryRow, y: SummaryRow): number => {
    for (const d of dims) {
      const c = compareValues(d, x.group[d] ?? null, y.group[d] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  };
  const rows = summary.rows.filter((r) => keepEmpty || r.n > 0).sort(compare);
  return { ...summary, rows };
}
