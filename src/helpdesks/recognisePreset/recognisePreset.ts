import { checkList, fail } from "../../_lib/check.js";
import { presetColumnKey } from "../_lib/presetOf.js";
import { presets } from "../presets/index.js";
import type { HelpdeskName } from "../types.js";

const KPI = "recognisePreset";

/**
 * The helpdesk whose export a header comes from, or `null`: the preset all of whose signature
 * headers the file has (case and surrounding spaces aside); when several match, the one whose
 * columns the header holds most of.
 *
 * @remarks
 * A signature is a few headers that only that tool's export has together, each under its own
 * name or an alias of its column (HubSpot's `Create date` or `createdate`; Zendesk's `Id`,
 * `Via`, `Created at`, `Solved at`, `Reopens`), so a file made by hand with one or two of them
 * is not taken for an export. `servicekpi init` uses it to propose `--preset`. Cost O(columns + preset columns).
 *
 * @throws `KpiInputError` when `columns` is not a list of strings.
 * @example
 * ```ts
 * recognisePreset(["Id", "Status", "Via", "Created at", "Solved at", "Reopens", "Replies"]); // "zendesk"
 * recognisePreset(["ticket_id", "created"]); // null
 * ```
 * @category Helpdesks
 */
export function recognisePreset(columns: readonly string[]): HelpdeskName | null {
  const have = new Set(
    checkList(KPI, "columns", columns, "a header: a list of column names").map((c, i) => (typeof c === "string" ? presetColumnKey(c) : fail(KPI, `columns[${i}]`, c, "a column name (a string)"))),
  );
  let best: HelpdeskName | null = null;
  let bestCount = 0;
  for (const p of Object.values(presets)) {
    // a signature header matches under its own name or an alias of the preset column it names
    const spellings = (s: string): string[] => [s, ...p.columns.filter((c) => c.column === s).flatMap((c) => c.aliases ?? [])];
    const zoned = new Set(p.columns.filter((c) => c.zoneInHeader === true).map((c) => c.column));
    const present = (name: string): boolean => have.has(presetColumnKey(name)) || (zoned.has(name) && [...have].some((k) => k.startsWith(`${presetColumnKey(name)} (`) && k.endsWith(")")));
    if (!p.signature.every((s) => spellings(s).some(present))) continue;
    const count = p.columns.filter((c) => [c.column, ...(c.aliases ?? [])].some(present)).length;
    if (count > bestCount) [best, bestCount] = [p.name, count];
  }
  return best;
}
