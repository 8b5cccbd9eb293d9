/**
 * The distributions of `servicekpi report --buckets`: how many of each duration KPI's values fall
 * in each bucket (`≤ 5 min`, `5–15 min` … `> 4 h`), as a share of the group, per row and total.
 *
 * @module
 */
import { suggestedDurationBuckets } from "../../aggregate/summarize/durationBuckets.js";
import type { SummaryResult } from "../../aggregate/summarize/types.js";
import { boundText } from "../../report/units.js";
import { durationTextMs } from "../../_lib/durationText.js";
import type { Cell, Table } from "../_lib/render.js";
import { UsageError } from "../_lib/usage.js";
import type { Unit } from "./kpis.js";

/** `--buckets auto` (bounds per KPI from its unit) or `--buckets 15m,1h,4h` (the same bounds for every duration KPI). */
export type BucketChoice = "auto" | readonly number[];

export function readBuckets(text: string | undefined): BucketChoice | undefined {
  if (text === undefined) return undefined;
  if (text === "auto") return "auto";
  const bounds = text.split(",").map((t) => durationTextMs(t.trim()));
  if (bounds.some((b, i) => !(b > 0) || !Number.isFinite(b) || (i > 0 && !(b > (bounds[i - 1] as number))))) {
    throw new UsageError(`--buckets: auto, or increasing durations separated by commas (15m,1h,4h,1d); got "${text}"`);
  }
  return bounds;
}

/** The unit a duration KPI's buckets are proposed in when `--units` does not say. */
const USUAL: Readonly<Record<string, Unit>> = { firstResponseTime: "minutes", nextReplyTime: "minutes", handleTime: "minutes", resolutionTime: "hours" };

/** The bounds (ms) of `kpi` for a choice: given ones, or proposed for `--units` or the KPI's usual unit. */
export function boundsOf(choice: BucketChoice, kpi: string, units: Unit | undefined): number[] {
  return choice === "auto" ? suggestedDurationBuckets(units ?? USUAL[kpi] ?? "minutes") : [...choice];
}

/** A duration in the largest unit it is a whole number of: `90 s` is "90 s", 5,400,000 ms is "90 min", 14,400,000 "4 h". */
export const durationText = boundText;

/** The labels of the buckets of `bounds`: `≤ b₁`, `b₁–b₂` …, `> bₙ` (each bound in its bucket, as the KPI counts). */
export function bucketLabels(bounds: readonly number[]): string[] {
  const text = bounds.map(durationText);
  return [`≤ ${text[0] ?? ""}`, ...text.slice(1).map((t, i) => `${text[i] ?? ""}–${t}`), `> ${text[text.length - 1] ?? ""}`];
}

interface Bucket { readonly upToMs: number | null; readonly count: number; readonly share: number | null }

/** A table of the distribution of one duration KPI: a row per group and the total, a column per bucket (percent of the group's values), and n. */
export function bucketsTable(title: string, kpi: string, summary: SummaryResult, dims: readonly string[], bounds: readonly number[]): Table {
  const labels = bucketLabels(bounds);
  const columns = [{ key: "group", label: dims.length === 0 ? "group" : dims.join(" · ") }, { key: "n", label: "n" }, ...labels.map((l, i) => ({ key: `b${i}`, label: `${l} %` }))];
  const cells = (row: SummaryResult["total"], group: string): Record<string, Cell> => {
    const stats = row[kpi] as { n?: number; buckets?: readonly Bucket[] } | null | undefined;
    const out: Record<string, Cell> = { group, n: stats?.n ?? null };
    labels.forEach((_, i) => (out[`b${i}`] = stats?.buckets?.[i]?.share ?? null));
    return out;
  };
  const label = (row: SummaryResult["total"]): string => dims.map((d) => String(row.group[d] ?? "(none)")).join(" · ");
  return { title, columns, rows: dims.length === 0 ? [] : summary.rows.map((r) => cells(r, label(r))), totals: [cells(summary.total, "total")] };
}
