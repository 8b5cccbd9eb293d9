// Results of every contender in one flat form, and the comparison of two of them.
//
// A summary is `{ rows: { [rowKey]: { [field]: number | null } }, approx: { [rowKey]: { [kpi]: relativeError } } }`.
// Row keys name the group ("channel=email|period=2026-01"; "total" for the total row); fields
// name a KPI's number ("csat.value", "firstResponseTime.p90", "slaCompliance.first-reply.breached").
import { PERCENTILE_KEYS } from "./spec.mjs";

export const SURVEY_FIELDS = { csat: ["value", "n", "satisfied"], nps: ["value", "n", "promoters", "detractors"] };
export const DURATION_FIELDS = ["n", "meanMs", ...PERCENTILE_KEYS];
export const SLA_METRICS = ["first-reply", "resolution"];
export const SLA_FIELDS = ["value", "n", "achieved", "breached", "active"];
export const BACKLOG_FIELDS = ["created", "resolved", "reopened", "net", "openAtStart", "openAtEnd"];

/** Counts: compared exactly (everything else to 1e-9, relative). */
const COUNT_FIELD = /(^n$|\.n$|^count\.|satisfied|promoters|detractors|responded|achieved|breached|active|^backlog\.)/;

export const rowKey = (group) => {
  const entries = Object.entries(group);
  return entries.length === 0 ? "total" : entries.map(([k, v]) => `${k}=${v}`).join("|");
};

const num = (v) => (v === undefined || v === null ? null : Number(v));

/** One servicekpi summary row, flat. `approx` receives `{ kpi: relativeError }` for inexact duration KPIs. */
export function flattenRow(row, approx) {
  const out = { n: row.n };
  for (const [column, value] of Object.entries(row)) {
    if (column === "group" || column === "n") continue;
    if (column === "count") out["count.value"] = value.value;
    else if (column in SURVEY_FIELDS) {
      for (const f of SURVEY_FIELDS[column]) out[`${column}.${f}`] = num(value[f]);
      const rr = value.responseRate;
      out[`${column}.responseRate.value`] = rr === null ? null : num(rr.value);
      out[`${column}.responseRate.n`] = rr === null ? null : num(rr.n);
      out[`${column}.responseRate.responded`] = rr === null ? null : num(rr.responded);
    } else if (column === "firstResponseTime" || column === "resolutionTime") {
      out[`${column}.n`] = value.n;
      out[`${column}.meanMs`] = num(value.meanMs);
      for (const p of PERCENTILE_KEYS) out[`${column}.${p}`] = num(value.percentiles[p]);
      // `exact` / `relativeError` arrive with the sketch work (maxExactValues); missing = exact.
      if (value.exact === false) approx[column] = typeof value.relativeError === "number" ? value.relativeError : 0.01;
    } else if (column === "resolutionRate") {
      out["resolutionRate.value"] = num(value.value);
      out["resolutionRate.n"] = value.n;
    } else if (column === "slaCompliance") {
      for (const m of SLA_METRICS) for (const f of SLA_FIELDS) out[`slaCompliance.${m}.${f}`] = num(value[m]?.[f]);
    } else if (column === "backlog") {
      for (const f of BACKLOG_FIELDS) out[`backlog.${f}`] = value === null ? null : value[f];
    } else {
      throw new Error(`bench: no flat form for the column "${column}"`);
    }
  }
  return out;
}

/** A servicekpi `SummaryResult` flat. */
export function flattenSummary(result) {
  const rows = {};
  const approx = {};
  for (const row of [...result.rows, { ...result.total, group: {} }]) {
    const key = rowKey(row.group);
    const a = {};
    rows[key] = flattenRow(row, a);
    if (Object.keys(a).length > 0) approx[key] = a;
  }
  return { rows, approx };
}

const EPS = 1e-9;

/**
 * Differences between `actual` (servicekpi) and `expected` (DuckDB), one line each: rows or
 * fields on one side only, counts that differ, other numbers beyond 1e-9 (relative, absolute
 * below 1), and percentiles of inexact duration KPIs beyond their relative error. `stats`
 * counts the percentiles checked against a sketch's bound and the largest relative error seen.
 */
export function compareSummaries(name, actual, expected, stats = { sketchPercentiles: 0, maxSketchError: 0 }) {
  const problems = [];
  const keys = new Set([...Object.keys(actual.rows), ...Object.keys(expected.rows)]);
  for (const key of keys) {
    const a = actual.rows[key];
    const e = expected.rows[key];
    if (a === undefined || e === undefined) {
      problems.push(`${name} [${key}]: row only in ${a === undefined ? "DuckDB" : "servicekpi"} (n ${(a ?? e).n})`);
      continue;
    }
    for (const field of new Set([...Object.keys(a), ...Object.keys(e)])) {
      const x = a[field];
      const y = e[field];
      if (x === undefined || y === undefined) {
        problems.push(`${name} [${key}] ${field}: only in ${x === undefined ? "DuckDB" : "servicekpi"}`);
        continue;
      }
      if (x === null || y === null) {
        if (x !== y) problems.push(`${name} [${key}] ${field}: servicekpi ${x}, DuckDB ${y}`);
        continue;
      }
      const kpi = field.split(".")[0];
      const relErr = actual.approx[key]?.[kpi];
      const isPercentile = PERCENTILE_KEYS.includes(field.split(".").pop());
      let ok;
      let rule;
      if (COUNT_FIELD.test(field)) {
        ok = x === y;
        rule = "exactly";
      } else if (relErr !== undefined && isPercentile) {
        ok = Math.abs(x - y) <= relErr * Math.abs(y) + EPS * Math.max(1, Math.abs(y));
        stats.sketchPercentiles++;
        if (y !== 0) stats.maxSketchError = Math.max(stats.maxSketchError, Math.abs(x - y) / Math.abs(y));
        rule = `to ${relErr} relative (sketch)`;
      } else {
        ok = Math.abs(x - y) <= EPS * Math.max(1, Math.abs(y));
        rule = "to 1e-9";
      }
      if (!ok) problems.push(`${name} [${key}] ${field}: servicekpi ${x}, DuckDB ${y} (should agree ${rule}; off by ${x - y})`);
    }
  }
  return problems;
}
