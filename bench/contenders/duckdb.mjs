// DuckDB: the report of bench/README.md in SQL over `read_csv` of the same file. The CSV is
// loaded into a table once (phase "load"), then three queries compute the KPIs by channel and
// month, the backlog by channel and month, and the backlog by day (phase "query").
import { DuckDBInstance } from "@duckdb/node-api";
import { childArgs, report, stopwatch } from "../lib/child.mjs";
import { BACKLOG_FIELDS, DURATION_FIELDS, SLA_FIELDS, SLA_METRICS, SURVEY_FIELDS, rowKey } from "../lib/flat.mjs";
import { NOW_MS, PERCENTILES, PERCENTILE_KEYS, TARGETS } from "../lib/spec.mjs";

const args = childArgs({ threads: { type: "string" } });
const quote = (s) => `'${String(s).replaceAll("'", "''")}'`;

const COLUMNS = {
  id: "VARCHAR", createdAt: "TIMESTAMP", channel: "VARCHAR", priority: "VARCHAR", team: "VARCHAR", agent: "VARCHAR", status: "VARCHAR",
  firstResponseAt: "TIMESTAMP", resolvedAt: "TIMESTAMP", reopens: "INTEGER", firstContactResolved: "BOOLEAN", surveySent: "BOOLEAN",
  csat: "INTEGER", nps: "INTEGER",
};
const columnsSql = `{${Object.entries(COLUMNS).map(([k, v]) => `${quote(k)}: ${quote(v)}`).join(", ")}}`;
const targetsSql = Object.entries(TARGETS)
  .flatMap(([metric, byPriority]) => Object.entries(byPriority).map(([p, ms]) => `(${quote(metric)}, ${quote(p)}, ${ms})`))
  .join(", ");

// Timestamps in the file end in "Z": DuckDB reads them as UTC TIMESTAMPs, and strftime on a
// TIMESTAMP (no time zone) gives the UTC calendar labels the library gives with timeZone "UTC".
const LOAD = `CREATE TABLE t AS
  SELECT channel, priority, status, createdAt, firstResponseAt, resolvedAt, surveySent, csat, nps
  FROM read_csv(${quote(args.file)}, header = true, delim = ',', columns = ${columnsSql})`;

// Per ticket, as the library reads a ticket without events (docs/guides/summarize.md, docs/kpis/sla.md):
// - resolved: status solved or closed; with no status, a resolvedAt.
// - first response time: firstResponseAt − createdAt, when there is a firstResponseAt.
// - resolution time: resolvedAt − createdAt, for resolved tickets only.
// - first-reply SLA clock: stops at the first reply, or at the solve when the ticket was solved
//   before any reply (a solved ticket owes no reply; a reply at the solve's instant answers);
//   still running at NOW otherwise.
// - resolution SLA clock: stops at the solve; running at NOW otherwise (no status events: no pauses).
// - a target is breached when elapsed > target (finished or not), else achieved when stopped,
//   else active; compliance = achieved / (achieved + breached) × 100, active left out.
// - a ticket whose priority has no target has no entry for that metric.
const TICKETS = `
  targets(metric, priority, targetMs) AS (VALUES ${targetsSql}),
  x AS (
    SELECT channel, priority, surveySent, csat, nps, createdAt, resolvedAt,
      epoch_ms(createdAt) AS c, epoch_ms(firstResponseAt) AS f, epoch_ms(resolvedAt) AS r,
      CASE WHEN status IS NULL THEN resolvedAt IS NOT NULL ELSE status IN ('solved', 'closed') END AS resolved
    FROM t
  ),
  y AS (
    SELECT x.*, fr.targetMs AS frTarget, rt.targetMs AS resTarget,
      f - c AS frt,
      CASE WHEN resolved THEN r - c END AS res,
      CASE WHEN f IS NOT NULL AND (NOT resolved OR f <= r) THEN f WHEN resolved THEN r END AS frStop,
      CASE WHEN resolved THEN r END AS resStop
    FROM x
    LEFT JOIN targets fr ON fr.metric = 'first-reply' AND fr.priority = x.priority
    LEFT JOIN targets rt ON rt.metric = 'resolution' AND rt.priority = x.priority
  ),
  z AS (
    SELECT y.*,
      CASE WHEN frTarget IS NULL THEN NULL WHEN coalesce(frStop, ${NOW_MS}) - c > frTarget THEN 'breached' WHEN frStop IS NOT NULL THEN 'achieved' ELSE 'active' END AS frSla,
      CASE WHEN resTarget IS NULL THEN NULL WHEN coalesce(resStop, ${NOW_MS}) - c > resTarget THEN 'breached' WHEN resStop IS NOT NULL THEN 'achieved' ELSE 'active' END AS resSla
    FROM y
  )`;

const pct = (num, den) => `100::DOUBLE * (${num}) / nullif(${den}, 0)`;
const slaColumns = (alias, column) => `
    count(*) FILTER (${column} = 'achieved') AS ${alias}_achieved,
    count(*) FILTER (${column} = 'breached') AS ${alias}_breached,
    count(*) FILTER (${column} = 'active') AS ${alias}_active,
    ${pct(`count(*) FILTER (${column} = 'achieved')`, `count(*) FILTER (${column} IN ('achieved', 'breached'))`)} AS ${alias}_value`;
const durationColumns = (alias, column) => `
    count(${column}) AS ${alias}_n,
    avg(${column}) AS ${alias}_mean,
    quantile_cont(${column}::DOUBLE, [${PERCENTILES.join(", ")}]) AS ${alias}_q,
    sum(${column}) AS ${alias}_sum`;

// CSAT: satisfied = 4 or 5 of 1–5 (the library's default satisfiedMin = max − 1). NPS: promoters
// 9–10, detractors 0–6, in points. Response rate: answered over surveySent = true, null when no
// ticket says whether a survey was sent. Survey scores sit on the tickets: no deduplication.
const KPIS = `WITH ${TICKETS}
  SELECT grouping(channel, period) <> 0 AS isTotal, channel, period,
    count(*) AS n,
    count(csat) AS csat_n,
    count(*) FILTER (csat >= 4) AS csat_satisfied,
    ${pct("count(*) FILTER (csat >= 4)", "count(csat)")} AS csat_value,
    count(surveySent) AS survey_known,
    count(*) FILTER (surveySent) AS survey_sent,
    count(*) FILTER (surveySent AND csat IS NOT NULL) AS csat_responded,
    ${pct("count(*) FILTER (surveySent AND csat IS NOT NULL)", "count(*) FILTER (surveySent)")} AS csat_rr,
    count(nps) AS nps_n,
    count(*) FILTER (nps >= 9) AS nps_promoters,
    count(*) FILTER (nps <= 6) AS nps_detractors,
    ${pct("count(*) FILTER (nps >= 9) - count(*) FILTER (nps <= 6)", "count(nps)")} AS nps_value,
    count(*) FILTER (surveySent AND nps IS NOT NULL) AS nps_responded,
    ${pct("count(*) FILTER (surveySent AND nps IS NOT NULL)", "count(*) FILTER (surveySent)")} AS nps_rr,
    sum(csat) AS csat_sum,
    ${durationColumns("frt", "frt")},
    ${durationColumns("res", "res")},
    count(*) FILTER (resolved) AS resolved_n,
    ${pct("count(*) FILTER (resolved)", "count(*)")} AS resolution_rate,
    ${slaColumns("fr", "frSla")},
    ${slaColumns("rs", "resSla")}
  FROM (SELECT *, strftime(createdAt, '%Y-%m') AS period FROM z)
  GROUP BY GROUPING SETS ((channel, period), ())`;

// Backlog (docs/kpis/backlog.md): each creation counts in the period of createdAt, each solve
// in the period of resolvedAt; a ticket without status events has no reopens (the sample's
// `reopens` column is a count without times, which the library does not read either). The
// stock carries from period to period within the group, starting at 0 in its first period.
const backlog = (dims, format) => {
  const by = [...dims, "period"].join(", ");
  const partition = dims.length === 0 ? "" : `PARTITION BY ${dims.join(", ")}`;
  return `WITH ${TICKETS},
  ev AS (
    SELECT ${dims.map((d) => `${d}, `).join("")}strftime(createdAt, '${format}') AS period, 1 AS created, 0 AS solved FROM x
    UNION ALL
    SELECT ${dims.map((d) => `${d}, `).join("")}strftime(resolvedAt, '${format}') AS period, 0, 1 FROM x WHERE resolved
  ),
  flows AS (SELECT ${by}, sum(created)::BIGINT AS created, sum(solved)::BIGINT AS solved FROM ev GROUP BY ${by}),
  placed AS (SELECT ${dims.map((d) => `${d}, `).join("")}strftime(createdAt, '${format}') AS period, count(*) AS n FROM x GROUP BY ALL)
  SELECT ${[...dims, "period"].map((d) => `flows.${d}`).join(", ")}, coalesce(placed.n, 0) AS n, created, solved,
    created - solved AS net,
    coalesce(sum(created - solved) OVER (${partition} ORDER BY flows.period ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS openAtStart
  FROM flows LEFT JOIN placed USING (${by})`;
};

const N = (v) => (v === null || v === undefined ? null : Number(v));

/** A row with no records (only solves of tickets placed elsewhere), as the library reports it. */
function emptyKpis() {
  const out = { n: 0, "count.value": 0 };
  for (const [kpi, fields] of Object.entries(SURVEY_FIELDS)) {
    for (const f of fields) out[`${kpi}.${f}`] = f === "value" ? null : 0;
    for (const f of ["value", "n", "responded"]) out[`${kpi}.responseRate.${f}`] = null;
  }
  for (const kpi of ["firstResponseTime", "resolutionTime"]) for (const f of DURATION_FIELDS) out[`${kpi}.${f}`] = f === "n" ? 0 : null;
  out["resolutionRate.value"] = null;
  out["resolutionRate.n"] = 0;
  for (const m of SLA_METRICS) for (const f of SLA_FIELDS) out[`slaCompliance.${m}.${f}`] = f === "value" ? null : 0;
  return out;
}

function kpiRow(r) {
  const known = N(r.survey_known);
  const rr = (responded, value) => (known === 0 ? [null, null, null] : [N(value), N(r.survey_sent), N(responded)]);
  const out = { n: N(r.n), "count.value": N(r.n) };
  out["csat.value"] = N(r.csat_value);
  out["csat.n"] = N(r.csat_n);
  out["csat.satisfied"] = N(r.csat_satisfied);
  [out["csat.responseRate.value"], out["csat.responseRate.n"], out["csat.responseRate.responded"]] = rr(r.csat_responded, r.csat_rr);
  out["nps.value"] = N(r.nps_value);
  out["nps.n"] = N(r.nps_n);
  out["nps.promoters"] = N(r.nps_promoters);
  out["nps.detractors"] = N(r.nps_detractors);
  [out["nps.responseRate.value"], out["nps.responseRate.n"], out["nps.responseRate.responded"]] = rr(r.nps_responded, r.nps_rr);
  for (const [kpi, alias] of [["firstResponseTime", "frt"], ["resolutionTime", "res"]]) {
    out[`${kpi}.n`] = N(r[`${alias}_n`]);
    out[`${kpi}.meanMs`] = N(r[`${alias}_mean`]);
    const q = r[`${alias}_q`];
    PERCENTILE_KEYS.forEach((p, i) => (out[`${kpi}.${p}`] = q === null ? null : N(q[i])));
  }
  out["resolutionRate.value"] = N(r.resolution_rate);
  out["resolutionRate.n"] = N(r.n);
  for (const [m, alias] of [["first-reply", "fr"], ["resolution", "rs"]]) {
    const achieved = N(r[`${alias}_achieved`]);
    const breached = N(r[`${alias}_breached`]);
    Object.assign(out, {
      [`slaCompliance.${m}.value`]: N(r[`${alias}_value`]),
      [`slaCompliance.${m}.n`]: achieved + breached,
      [`slaCompliance.${m}.achieved`]: achieved,
      [`slaCompliance.${m}.breached`]: breached,
      [`slaCompliance.${m}.active`]: N(r[`${alias}_active`]),
    });
  }
  return out;
}

const backlogFields = (created, solved, openAtStart) => {
  const net = created - solved;
  const values = { created, resolved: solved, reopened: 0, net, openAtStart, openAtEnd: openAtStart + net };
  return Object.fromEntries(BACKLOG_FIELDS.map((f) => [`backlog.${f}`, values[f]]));
};

const watch = stopwatch();
const instance = await DuckDBInstance.create(":memory:", args.threads === undefined ? {} : { threads: args.threads });
const connection = await instance.connect();
const all = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
const [{ threads, version }] = await all("SELECT current_setting('threads') AS threads, version() AS version");
const phases = {};
watch.lap(); // the instance's start-up is not timed: it is not part of any KPI
await connection.run(LOAD);
phases.load = watch.lap();
const kpiRows = await all(KPIS);
const monthlyBacklog = await all(backlog(["channel"], "%Y-%m"));
const dailyBacklog = await all(backlog([], "%Y-%m-%d"));
phases.query = watch.lap();

const monthly = { rows: {}, approx: {} };
let total;
for (const r of kpiRows) {
  if (r.isTotal) total = r;
  else monthly.rows[rowKey({ channel: r.channel, period: r.period })] = kpiRow(r);
}
for (const b of monthlyBacklog) {
  const key = rowKey({ channel: b.channel, period: b.period });
  monthly.rows[key] = { ...(monthly.rows[key] ?? emptyKpis()), ...backlogFields(N(b.created), N(b.solved), N(b.openAtStart)) };
}
monthly.rows.total = { ...kpiRow(total), ...backlogFields(N(total.n), N(total.resolved_n), 0) };
const daily = { rows: {}, approx: {} };
for (const b of dailyBacklog) daily.rows[rowKey({ period: b.period })] = { n: N(b.n), "count.value": N(b.n), ...backlogFields(N(b.created), N(b.solved), N(b.openAtStart)) };
daily.rows.total = { n: N(total.n), "count.value": N(total.n), ...backlogFields(N(total.n), N(total.resolved_n), 0) };

// Plain totals for the floor's sums (bench/contenders/floor.mjs).
const floorCheck = {
  rows: N(total.n),
  frtN: N(total.frt_n), frtSum: N(total.frt_sum),
  resN: N(total.res_n), resSum: N(total.res_sum),
  resolved: N(total.resolved_n),
  csatN: N(total.csat_n), csatSum: N(total.csat_sum),
  npsN: N(total.nps_n), promoters: N(total.nps_promoters),
};

report(args.out, {
  contender: `DuckDB ${version} (${threads} thread${Number(threads) === 1 ? "" : "s"})`,
  rows: N(total.n),
  timedMs: phases.load + phases.query,
  phases,
  extra: { threads: N(threads), version },
  results: { monthly, daily, floorCheck },
});
connection.closeSync?.();
