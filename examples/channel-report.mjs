// A per-channel service report from a real helpdesk export, using the built package.
//
//   npm run example                       (builds, then runs this on the shared 5,000-ticket export)
//   node examples/channel-report.mjs FILE  (any CSV with the same columns)
//
// The export (see ../shared/data/README.md) has one row per ticket with first response time in
// minutes, resolution time in hours, a 1–5 CSAT score when the customer rated, and the author's
// own SLA flags (first response under 30 minutes). The script computes, per channel: CSAT with
// its 95 % interval, first-response percentiles, first-response SLA compliance (checked against
// the author's flags) and the resolution rate.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { csat, durationStats, resolutionRate, slaCompliance } from "servicekpi";

const here = fileURLToPath(new URL(".", import.meta.url));
const shared = `${here}../../shared/data/tickets-5000.csv`;
const file = process.argv[2] ?? (existsSync(shared) ? shared : `${here}data/tickets-300.csv`);

const [header, ...lines] = readFileSync(file, "utf8").trim().split(/\r?\n/);
const columns = header.split(",");
const rows = lines.map((line) => Object.fromEntries(line.split(",").map((cell, i) => [columns[i], cell])));

const MINUTE = 60_000;
const FIRST_RESPONSE_TARGET_MS = 30 * MINUTE;
const byChannel = new Map();
for (const row of rows) {
  const group = byChannel.get(row.channel);
  if (group) group.push(row);
  else byChannel.set(row.channel, [row]);
}
const fmt = (x, digits = 1) => (x === null ? "–" : x.toFixed(digits));

const report = [];
for (const [channel, tickets] of [...byChannel].sort((a, b) => b[1].length - a[1].length)) {
  const ratings = tickets.filter((t) => t.csat_score !== "").map((t) => Number(t.csat_score));
  const firstResponseMs = tickets.map((t) => Number(t.first_response_minutes) * MINUTE);
  const satisfaction = csat(ratings);
  const frt = durationStats(firstResponseMs, { percentiles: [0.5, 0.9, 0.95] });
  const sla = slaCompliance(firstResponseMs.map((elapsedMs) => ({ elapsedMs, targetMs: FIRST_RESPONSE_TARGET_MS })));
  const authorFlag = (tickets.filter((t) => t.response_sla_met === "True").length / tickets.length) * 100;
  const resolved = resolutionRate({ resolved: tickets.filter((t) => t.status === "Resolved").length, total: tickets.length });
  report.push({
    channel,
    tickets: tickets.length,
    "CSAT %": fmt(satisfaction.value),
    "CSAT 95% CI": satisfaction.ci ? `${fmt(satisfaction.ci.lower)}–${fmt(satisfaction.ci.upper)}` : "–",
    "FRT p50 min": fmt(frt.percentiles.p50 / MINUTE),
    "FRT p90 min": fmt(frt.percentiles.p90 / MINUTE),
    "FRT p95 min": fmt(frt.percentiles.p95 / MINUTE),
    "SLA 30m %": fmt(sla.value),
    "author's flag %": fmt(authorFlag),
    "resolved %": fmt(resolved.value),
  });
  if (Math.abs(sla.value - authorFlag) > 1e-9) {
    throw new Error(`${channel}: SLA compliance ${sla.value} disagrees with the export's own flag ${authorFlag}`);
  }
}

console.log(`${rows.length} tickets from ${file.replace(/^.*\/(shared|examples)\//, "$1/")}`);
console.table(report);
