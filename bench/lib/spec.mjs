// What every contender computes: one definition, read by the servicekpi, DuckDB and floor
// contenders alike. See bench/README.md for the semantics in prose.

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * The report time of the SLA targets: after every instant of any sample. The sample spans 90
 * days from 2026-01-01, but resolution times are log-normal: in 10M tickets the last solve falls
 * in January 2027 (evaluateSla refuses a `now` before a ticket's last instant). Every target of a
 * ticket still unsolved at the end of the data has run for decades at `NOW`: it is breached, so
 * no target is "active" and the outcome does not depend on the day the bench runs.
 */
export const NOW = "2100-01-01T00:00:00.000Z";
export const NOW_MS = Date.parse(NOW);

/** SLA targets by priority, wall clock 24/7 (no calendar). One target per metric and priority. */
export const TARGETS = {
  "first-reply": { urgent: 15 * MIN, high: HOUR, normal: 4 * HOUR, low: 8 * HOUR },
  resolution: { urgent: 8 * HOUR, high: 24 * HOUR, normal: 48 * HOUR, low: 72 * HOUR },
};

/** The same targets as a servicekpi SLA policy (pauseOn is irrelevant: the sample has no status events). */
export const POLICY = {
  targets: Object.entries(TARGETS).flatMap(([metric, byPriority]) =>
    Object.entries(byPriority).map(([priority, targetMs]) => ({ metric, priority, targetMs })),
  ),
};

export const PERCENTILES = [0.5, 0.9, 0.95];
export const PERCENTILE_KEYS = ["p50", "p90", "p95"];

/**
 * The two summaries, as `servicekpi report --by channel,month` builds its main view (the CLI
 * adds `backlog` to every per-period view) plus a second aggregator for the backlog by day.
 * `maxExactValues` is added by the servicekpi contender only when `--max-exact-values` is given.
 */
export function summaryOptions({ maxExactValues } = {}) {
  const extra = maxExactValues === undefined ? {} : { maxExactValues };
  return {
    monthly: {
      kpis: [
        "count",
        "csat",
        "nps",
        { kpi: "firstResponseTime", percentiles: PERCENTILES },
        { kpi: "resolutionTime", percentiles: PERCENTILES },
        "resolutionRate",
        { kpi: "slaCompliance", policy: POLICY, now: NOW },
        "backlog",
      ],
      by: "channel",
      period: "month",
      timeZone: "UTC",
      ...extra,
    },
    daily: { kpis: ["count", "backlog"], period: "day", timeZone: "UTC", ...extra },
  };
}

/** The sample's columns and how ticketSchema reads each (used by the naive loaders). */
export const TIMESTAMP_COLUMNS = ["createdAt", "firstResponseAt", "resolvedAt"];
export const NUMBER_COLUMNS = ["reopens", "csat", "nps"];
export const BOOLEAN_COLUMNS = ["surveySent", "firstContactResolved"];
/** ticketSchema's key order, so that loaded records have the shape readRecords gives them. */
export const SCHEMA_ORDER = [
  "id", "channel", "createdAt", "status", "priority", "team", "agent", "customerId", "topic", "firstResponseAt", "resolvedAt",
  "firstResponseMs", "resolutionMs", "handleMs", "csat", "nps", "ces", "surveySent", "firstContactResolved", "reopens",
];
