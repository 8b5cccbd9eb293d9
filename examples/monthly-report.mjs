// An analyst's monthly report: read an export with a column mapping, summarise it by month in a
// time zone, and say what changed since the month before.
//
//   npm run build && node examples/monthly-report.mjs [FILE] [MAPPING.json]
//
// By default it reads the shared 5,000-ticket export (or the 300-ticket slice in examples/data)
// with examples/tickets-5000.mapping.json.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { summarize } from "servicekpi";
import { ticketSchema } from "servicekpi/schemas";
import { readRecords } from "servicekpi/node";

const here = fileURLToPath(new URL(".", import.meta.url));
const shared = `${here}../../shared/data/tickets-5000.csv`;
const file = process.argv[2] ?? (existsSync(shared) ? shared : `${here}data/tickets-300.csv`);
const mapping = JSON.parse(readFileSync(process.argv[3] ?? `${here}tickets-5000.mapping.json`, "utf8"));

const reader = readRecords(file, { schema: ticketSchema, mapping, timeZone: "Europe/Amsterdam" });
const { records, counts } = await reader.collect();
if (counts.rows !== counts.records + counts.rejected) throw new Error("rows went missing");
console.log(`${file}: ${counts.rows} rows, ${counts.records} tickets, ${counts.rejected} rejected`);

const report = summarize(records, {
  period: "month",
  timeZone: "Europe/Amsterdam",
  kpis: ["count", "csat", "firstResponseTime", "resolutionRate", "backlog"],
});
const minutes = (ms) => (ms === null ? null : Math.round(ms / 6_000) / 10);
const rows = report.rows.map((r) => ({
  month: r.group.period,
  tickets: r.n,
  "CSAT %": r.csat.value === null ? null : Math.round(r.csat.value * 10) / 10,
  "CSAT 95% CI": r.csat.ci === null ? null : `${r.csat.ci.lower.toFixed(1)}–${r.csat.ci.upper.toFixed(1)}`,
  "FRT p50 min": minutes(r.firstResponseTime.medianMs),
  "FRT p90 min": minutes(r.firstResponseTime.percentiles.p90),
  "resolved %": r.resolutionRate.value === null ? null : Math.round(r.resolutionRate.value * 10) / 10,
  "open at end": r.backlog?.openAtEnd ?? null,
}));
console.table(rows);

// Month over month: the last full month against the one before, with the CSAT intervals saying
// whether the change is more than noise.
const full = report.rows.filter((r) => r.n > 0);
const [before, last] = full.slice(-2);
const overlap = before.csat.ci.upper >= last.csat.ci.lower && last.csat.ci.upper >= before.csat.ci.lower;
console.log(
  `${last.group.period} against ${before.group.period}: CSAT ${before.csat.value.toFixed(1)} → ${last.csat.value.toFixed(1)} %` +
    ` (${overlap ? "intervals overlap: not a clear change" : "intervals apart: a real change"}),` +
    ` median first response ${minutes(before.firstResponseTime.medianMs)} → ${minutes(last.firstResponseTime.medianMs)} min`,
);
