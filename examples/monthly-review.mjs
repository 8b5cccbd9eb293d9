// A support team's monthly review with the command line: KPIs by channel and month, each month
// against the one before (with the significance of each change), the team's targets, the SLA
// policy, published benchmarks, and a weekday × hour heatmap, as JSON to read here and as the
// review page to forward (tiles, trend lines with control limits, heatmap, definitions).
//
//   npm run build && node examples/monthly-review.mjs [FILE] [MAPPING.json]
//
// By default it reads the shared 5,000-ticket export (or the 300-ticket slice in examples/data).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KPI_DEFINITIONS, reviewCharts } from "servicekpi/report";

const here = fileURLToPath(new URL(".", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));
const shared = `${here}../../shared/data/tickets-5000.csv`;
const file = process.argv[2] ?? (existsSync(shared) ? shared : `${here}data/tickets-300.csv`);
const mapping = process.argv[3] ?? `${here}tickets-5000.mapping.json`;

const review = [
  "report", file, "--mapping", mapping,
  "--by", "channel,month",
  "--kpis", "csat,firstResponseTime,resolutionTime,resolutionRate,slaCompliance,backlog",
  "--sla", `${here}monthly-review.sla.json`,
  "--targets", `${here}monthly-review.targets.json`,
  "--compare", "previous",
  "--benchmarks",
  "--heatmap", "volume",
  "--trends",
];
const run = (...extra) => execFileSync(process.execPath, [cli, ...review, ...extra], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const report = JSON.parse(run("--format", "json"));
console.log(`${file}: ${report.counts.rows} rows, ${report.counts.records} tickets; SLA measured to ${report.settings.now} (${report.settings.nowFrom})`);

// The last full month of each channel: on target?
const months = [...new Set(report.summary.rows.map((r) => r.group.period))].sort();
const last = months.at(-1);
const onTarget = report.targets.filter((t) => t.group.period === last);
console.table(onTarget.map((t) => ({ channel: t.group.channel, KPI: t.kpi, value: round(t.value, t.kpi), target: round(t.target, t.kpi), status: t.status ?? "no data" })));

// What changed significantly since the month before?
const changed = report.comparison.rows.filter((c) => c.group.period === last && c.pValue !== null && c.pValue < 0.05);
console.log(changed.length === 0 ? `No significant change in ${last} against the month before.` : `Significant in ${last}:`);
for (const c of changed) console.log(`  ${c.group.channel} ${c.kpi}: ${c.before.toFixed(1)} → ${c.value.toFixed(1)} (p = ${c.pValue.toFixed(3)})`);
for (const w of report.warnings) console.log(`warning: ${w}`);
for (const t of report.trends) if (t.direction !== "no trend" || t.chart.signals.length > 0) console.log(`${t.kpi}: ${t.direction}${t.chart.signals.length > 0 ? `, signals ${t.chart.signals.join("; ")}` : ""}`);

// The headline of the last month, as the page's tiles show it.
console.log(`Headline of ${report.overview.period} (all channels):`);
for (const t of report.overview.tiles.filter((t) => t.change !== null && t.kind === "percent")) {
  console.log(`  ${t.label}: ${t.value.toFixed(1)} % (${t.change.change >= 0 ? "+" : ""}${t.change.change.toFixed(1)} pts vs ${t.change.against}${t.target ? `, target ${t.target.status}` : ""})`);
}

// The same review as one page to forward, and its charts as Vega-Lite specifications.
const out = join(mkdtempSync(join(tmpdir(), "servicekpi-review-")), "review.html");
run("--format", "html", "--out", out);
const page = readFileSync(out, "utf8");
console.log(`HTML review: ${out} (${Math.round(statSync(out).size / 1024)} kB, ${page.match(/<figure /g)?.length ?? 0} charts, no scripts, no network)`);
for (const part of ["Compared with the previous month", '<article class="tile', '<figure id="trend-csat"', '<figure id="heatmap"', "<dt>CSAT</dt>"]) {
  if (!page.includes(part)) throw new Error(`the page lacks ${part}`);
}
const charts = reviewCharts(report); // servicekpi/report: the same charts from the saved JSON
console.log(`charts: ${charts.map((c) => c.id).join(", ")}`);
console.log(`CSAT on the page: ${KPI_DEFINITIONS.csat.formula}`);

function round(value, kpi) {
  if (value === null) return null;
  return kpi.startsWith("firstResponseTime") ? `${(value / 60_000).toFixed(1)} min` : Math.round(value * 10) / 10;
}
