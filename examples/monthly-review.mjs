// A support team's monthly review with the command line: KPIs by channel and month, each month
// against the one before (with the significance of each change), the team's targets, the SLA
// policy, published benchmarks, and a weekday × hour heatmap, as JSON to read here and as one
// HTML page to forward.
//
//   npm run build && node examples/monthly-review.mjs [FILE] [MAPPING.json]
//
// By default it reads the shared 5,000-ticket export (or the 300-ticket slice in examples/data).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

// The same review as one page to forward.
const out = join(mkdtempSync(join(tmpdir(), "servicekpi-review-")), "review.html");
run("--format", "html", "--out", out);
console.log(`HTML review: ${out} (${Math.round(statSync(out).size / 1024)} kB, no scripts, no network)`);
if (!readFileSync(out, "utf8").includes("Compared with the previous month")) throw new Error("the page lacks the comparison");

function round(value, kpi) {
  if (value === null) return null;
  return kpi.startsWith("firstResponseTime") ? `${(value / 60_000).toFixed(1)} min` : Math.round(value * 10) / 10;
}
