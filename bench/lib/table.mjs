// The results table, for the terminal and as Markdown (bench/results/latest.md).

const HEAD = ["contender", "rows", "load s", "timed s", "rows/s", "peak RSS MB", "time ÷ DuckDB", "time ÷ floor", "RSS ÷ DuckDB", "RSS ÷ floor"];

const fmt = (n, digits = 2) => (n === undefined || n === null || !Number.isFinite(n) ? "–" : n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const ratio = (a, b) => (a === undefined || b === undefined || !(b > 0) ? "–" : `${fmt(a / b, a / b >= 100 ? 0 : 1)}×`);

/**
 * One line per contender. servicekpi's ratios: from the CSV against DuckDB's load + queries and
 * the floor reading the CSV; from memory against DuckDB's queries alone (its table loaded) and
 * the floor's loop over the same records.
 */
function lines(run) {
  const by = Object.fromEntries(run.contenders.map((c) => [c.name, c]));
  const duck = by.duckdb ?? by["duckdb-1-thread"];
  return run.contenders.map((c) => {
    let base = {};
    if (c.name === "servicekpi-csv" || c.name === "servicekpi-csv-2-workers") base = { duckMs: duck?.timedMs, floor: by["floor-csv"] };
    if (c.name === "servicekpi-memory" || c.name === "servicekpi-sketch") base = { duckMs: duck?.phases.query, floor: by["floor-memory"] };
    const skm = c.name.startsWith("servicekpi");
    const approx = c.approxKpis?.length > 0 ? " †" : "";
    return [
      c.contender + approx,
      c.rows.toLocaleString("en-US"),
      c.loadMs === undefined ? (c.name.startsWith("duckdb") ? fmt(c.phases.load / 1000) : "–") : fmt(c.loadMs / 1000),
      fmt(c.timedMs / 1000),
      fmt(c.rows / (c.timedMs / 1000), 0),
      fmt(c.maxRssMB, 0),
      skm ? ratio(c.timedMs, base.duckMs) : "–",
      skm ? ratio(c.timedMs, base.floor?.timedMs) : "–",
      skm ? ratio(c.maxRssMB, duck?.maxRssMB) : "–",
      skm ? ratio(c.maxRssMB, base.floor?.maxRssMB) : "–",
    ];
  });
}

const LEGEND = [
  "timed s: the timed part only. servicekpi (memory) and floor (memory): the records are read into an array first (load s, not timed);",
  "servicekpi (csv): readRecords + both aggregators + result(); (csv, 2 worker threads): the same in two threads over halves of the",
  "file (starting them included), states merged; DuckDB: CREATE TABLE from read_csv (load s) + the three queries;",
  "floor (csv): streaming the file and parsing the fields. Peak RSS: process.resourceUsage().maxRSS of the contender's own process",
  "(worker threads included; for the memory variants it includes the records); streaming contenders run with the heap limit --stream-heap-mb.",
  "Ratios for servicekpi: (csv) against DuckDB's load + queries and floor (csv);",
  "(memory) against DuckDB's queries alone (data already loaded) and floor (memory).",
];

/** The footnotes of one size: skipped contenders, and the KPIs that came from sketches. */
function notes(run) {
  const out = run.skipped.map((s) => `${s.name}: skipped: ${s.reason}`);
  for (const c of run.contenders.filter((x) => x.approxKpis?.length > 0)) {
    const seen = c.sketch === undefined ? "" : `; checked against DuckDB to that bound: ${c.sketch.sketchPercentiles} percentiles, at most ${(100 * c.sketch.maxSketchError).toFixed(3)}% off`;
    const cells = c.approxCells === undefined ? "in some rows" : `in ${c.approxCells} of ${c.durationCells} (row, KPI) cells`;
    out.push(`† ${c.contender}: ${c.approxKpis.join(" and ")} past maxExactValues ${cells}: percentiles from a DDSketch (exact: false, relativeError 1%)${seen}`);
  }
  return out;
}

/** The table of one size, for the terminal. */
export function renderTable(run) {
  const rows = [HEAD, ...lines(run)];
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const text = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
  text.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  text.push(...notes(run));
  return [...text, ...LEGEND.map((l) => `  ${l}`)].join("\n");
}

/** Every size as Markdown. */
export function renderMarkdown(runs) {
  const out = ["# servicekpi benchmark: latest results", "", "Made by `npm run bench` (bench/run.mjs); what is computed: [bench/README.md](../README.md).", ""];
  for (const run of runs) {
    const e = run.env;
    const budget = e.maxExactValues === null ? "" : `, maxExactValues ${e.maxExactValues.toLocaleString("en-US")}`;
    out.push(`## ${run.size.toLocaleString("en-US")} tickets (seed ${run.seed}${budget}, ${fmt(run.fileMB, 0)} MB CSV)`, "");
    out.push(
      `${e.date.slice(0, 10)}, commit ${e.commit ?? "?"}${e.srcChanged ? " with uncommitted changes in src/" : ""}${e.dist === undefined ? "" : ` (dist ${e.dist})`}; Node ${e.node}, DuckDB ${e.duckdb}; ` +
        `${e.cores} cores (${e.cpu}), ${e.memoryGB} GB; load average ${fmt(run.loadAverage, 1)} at the start` +
        `${e.streamHeapMB === undefined ? "" : `; heap limit ${e.streamHeapMB === 0 ? "Node's default" : `${e.streamHeapMB} MB`} streaming, ${e.heapMB} MB loading`}.`,
      "",
    );
    out.push(`| ${HEAD.join(" | ")} |`, `| ${HEAD.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
    for (const l of lines(run)) out.push(`| ${l.join(" | ")} |`);
    out.push("");
    for (const n of notes(run)) out.push(`- ${n}`);
    if (run.checked !== undefined) {
      out.push(run.problems.length === 0
        ? `- Numbers: servicekpi agrees with DuckDB on all ${run.checked.groups} rows (channel × month, day, totals): counts exactly, the rest to 1e-9${run.contenders.some((c) => c.sketch !== undefined) ? " (percentiles from sketches to their relativeError)" : ""}.`
        : `- Numbers: ${run.problems.length} disagreement(s), listed in latest.json.`);
    }
    out.push("");
  }
  out.push(`_${LEGEND.join(" ")}_`, "");
  return `${out.join("\n")}\n`;
}
