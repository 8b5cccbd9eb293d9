/**
 * Rejected rows summed up by reason: the field and what it should have been (a message without
 * the value that broke it), with how many rows and the first lines, so that a file of a
 * million rows with one bad column reads as one line, not a million.
 *
 * @module
 */
import type { ReadRejectedRow } from "../../node/types.js";
import { UsageError } from "./usage.js";
import { dateLayoutOfMost } from "../init/dates.js";

/** Rows rejected for one reason. */
export interface Reason {
  /** The record field (`""` for a row that could not be read as one). */
  readonly field: string;
  /** What is wrong, without the value: `createdAt (column "Created") must be a timestamp …`. */
  readonly reason: string;
  /** Rows with this issue. */
  readonly rows: number;
  /** The lines of the first of them (up to five), in file order. */
  readonly lines: readonly number[];
}

/** Reasons by key, as chunks of a file count them (mergeable by adding rows and keeping the first lines). */
export type ReasonTally = Record<string, { field: string; reason: string; rows: number; lines: number[] }>;

const LINES = 5;

/** The message of an issue without the value that broke it. */
const withoutValue = (message: string): string => message.replace(/, got [\s\S]*$/, "");

/** Adds the issues of `rejected` to `into`: a row counts once per reason it has. */
export function tallyReasons(rejected: readonly ReadRejectedRow[], into: ReasonTally = {}): ReasonTally {
  for (const row of rejected) {
    const seen = new Set<string>();
    for (const issue of row.issues) {
      const reason = withoutValue(issue.message);
      const key = `${issue.field}\u0000${reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = (into[key] ??= { field: issue.field, reason, rows: 0, lines: [] });
      entry.rows++;
      if (entry.lines.length < LINES) entry.lines.push(row.line);
    }
  }
  return into;
}

/** Adds the tally `from` (a later part of the file) into `into`. */
export function mergeReasons(into: ReasonTally, from: ReasonTally): ReasonTally {
  for (const [key, e] of Object.entries(from)) {
    const entry = (into[key] ??= { field: e.field, reason: e.reason, rows: 0, lines: [] });
    entry.rows += e.rows;
    for (const line of e.lines) if (entry.lines.length < LINES) entry.lines.push(line);
  }
  return into;
}

/** The reasons, the most frequent first (then by field and text). */
export function reasonList(tally: ReasonTally): Reason[] {
  return Object.values(tally).sort((a, b) => b.rows - a.rows || (a.field < b.field ? -1 : a.field > b.field ? 1 : a.reason < b.reason ? -1 : 1));
}

/** `--max-rejected N|P%`: how many rejected rows a report accepts before it exits 1; default 0. */
export function readMaxRejected(text: string | undefined): { count: number } | { share: number } {
  if (text === undefined) return { count: 0 };
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent !== null && Number(percent[1]) <= 100) return { share: Number(percent[1]) / 100 };
  if (/^\d+$/.test(text)) return { count: Number(text) };
  throw new UsageError(`--max-rejected: a number of rows (10) or a share of the rows (0.5%); got "${text}"`);
}

/** Whether `rejected` of `rows` is within the limit. */
export function withinLimit(limit: { count: number } | { share: number }, rejected: number, rows: number): boolean {
  return "count" in limit ? rejected <= limit.count : rows === 0 || rejected / rows <= limit.share;
}

/**
 * The one line a report prints on stderr when rows were rejected: how many, their share, the
 * three most common reasons, and what to run next.
 */
export function rejectedLine(file: string, rejected: number, rows: number, reasons: readonly Reason[], hint?: string): string {
  const share = rows === 0 ? 0 : (rejected / rows) * 100;
  const top = reasons.slice(0, 3).map((r) => `${r.reason} (${r.rows.toLocaleString("en-US")} rows, first on line ${r.lines[0]})`);
  return `${rejected.toLocaleString("en-US")} of ${rows.toLocaleString("en-US")} rows rejected (${share < 0.1 && share > 0 ? share.toPrecision(2) : share.toFixed(1)} %), left out of every KPI: ${top.join("; ")}${reasons.length > 3 ? `; ${reasons.length - 3} more reasons` : ""}.${hint === undefined ? "" : ` ${hint}.`} Run servicekpi validate ${file} for every row.`;
}

/**
 * A hint for rejected rows whose dates are in a layout the reader was not told: the layout that
 * reads (at least 90 % of) the rejected date cells, as the `--date-format` to give; `undefined`
 * when no rejected cell is a date in another layout.
 */
export function dateFormatHint(rejected: readonly { readonly issues: readonly { readonly message: string; readonly value: unknown }[] }[]): string | undefined {
  const cells = rejected
    .flatMap((r) => r.issues.filter((i) => i.message.includes("must be a timestamp") && typeof i.value === "string").map((i) => i.value as string))
    .slice(0, 200);
  const layout = cells.length === 0 ? null : dateLayoutOfMost(cells);
  if (layout?.format === undefined) return undefined;
  return `The rejected dates read as ${layout.format}: give --date-format "${layout.format}"${layout.alsoReads === undefined ? "" : ` (or "${layout.alsoReads}" if the day comes first)`}`;
}
