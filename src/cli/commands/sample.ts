/**
 * `servicekpi sample`: writes a realistic, seeded sample ticket export (CSV, NDJSON or JSON)
 * whose columns are the library's record fields, so `servicekpi report` reads it without a
 * mapping.
 *
 * @module
 */
import { UsageError, parseWhole } from "../_lib/usage.js";
import { sampleTickets, type SampleTicket } from "../sample/generate.js";

export const SAMPLE_HELP = `servicekpi sample [--tickets 10000] [--seed 1] [--start 2026-01-01] [--days 90] [--format csv] [--out FILE]

Writes a realistic sample ticket export: weekday and office-hour peaks, first replies and
resolutions by channel and priority, reopens, surveys with CSAT and NPS answers. The same seed
gives the same file everywhere.

  --tickets N   how many tickets (default 10000)
  --seed N      random seed (default 1)
  --start DATE  first day, YYYY-MM-DD, UTC (default 2026-01-01)
  --days N      how many days the tickets span (default 90)
  --format F    csv (default), ndjson or json
  --out FILE    write to FILE instead of standard output
`;

export const SAMPLE_COLUMNS: readonly (keyof SampleTicket)[] = [
  "id", "createdAt", "channel", "priority", "team", "agent", "status", "firstResponseAt", "resolvedAt",
  "reopens", "firstContactResolved", "surveySent", "csat", "nps",
];

/** The longest span of a sample: a hundred years of days. */
const MAX_DAYS = 36_525;

export interface SampleFlags {
  readonly tickets?: string | undefined;
  readonly seed?: string | undefined;
  readonly start?: string | undefined;
  readonly days?: string | undefined;
  readonly format?: string | undefined;
}

const csvLine = (t: SampleTicket): string => SAMPLE_COLUMNS.map((c) => { const v = t[c]; return v === null ? "" : String(v); }).join(",");

/** Writes the sample through `write` (which resolves when the sink can take more), in chunks. */
export async function sampleCommand(flags: SampleFlags, write: (chunk: string) => Promise<void>): Promise<number> {
  const tickets = flags.tickets === undefined ? 10_000 : parseWhole("--tickets", flags.tickets, 0);
  const seed = flags.seed === undefined ? 1 : parseWhole("--seed", flags.seed, 0);
  const days = flags.days === undefined ? 90 : parseWhole("--days", flags.days, 1);
  if (days > MAX_DAYS) throw new UsageError(`--days: at most ${MAX_DAYS.toLocaleString("en-US")} (a hundred years); got "${flags.days ?? ""}"`);
  const start = flags.start ?? "2026-01-01";
  const startMs = /^\d{4}-\d{2}-\d{2}$/.test(start) ? Date.parse(`${start}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(startMs)) throw new UsageError(`--start: expected a date YYYY-MM-DD; got "${start}"`);
  const format = flags.format ?? "csv";
  if (format !== "csv" && format !== "ndjson" && format !== "json") throw new UsageError(`--format: sample writes csv, ndjson or json; got "${format}"`);
  const line = format === "csv" ? csvLine : (t: SampleTicket): string => JSON.stringify(t);
  const separator = format === "json" ? ",\n" : "\n";
  let chunk = format === "csv" ? `${SAMPLE_COLUMNS.join(",")}\n` : format === "json" ? "[\n" : "";
  let first = true;
  for (const t of sampleTickets({ tickets, seed, startMs, days })) {
    chunk += (first || format !== "json" ? "" : separator) + line(t) + (format === "json" ? "" : "\n");
    first = false;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk + (format === "json" ? "\n]\n" : ""));
  return tickets;
}
