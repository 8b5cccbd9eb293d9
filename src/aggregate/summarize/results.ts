/**
 * The result types of summarize and the aggregators: one column per KPI, typed from the KPIs
 * requested.
 *
 * @module
 */
import type { GroupValue } from "../../operations/contactVolume/contactVolume.js";
import type { DurationStats } from "../../operations/durationStats/durationStats.js";
import type { SlaComplianceResult } from "../../operations/slaCompliance/slaCompliance.js";
import type { RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { CesResult } from "../../survey/ces/ces.js";
import type { CsatResult } from "../../survey/csat/csat.js";
import type { NpsResult } from "../../survey/nps/nps.js";
import type { SlaMetric } from "../../tickets/_lib/slaPolicy.js";
import type { KpiName, KpiRequest, KpiSpec } from "./types.js";
import type { BacklogInterval } from "../../operations/backlog/backlogSeries.js";

/** The response rate reported beside a survey KPI: the calculator's result and the responses counted. */
export interface ResponseRateBeside extends RateResult {
  /** Surveys answered (the numerator); `n` is the surveys sent. */
  readonly responded: number;
}

/** What a survey KPI adds to its calculator's result. */
export interface WithResponseRate {
  /** Response rate of the same surveys; `null` when no record tells whether a survey was sent. */
  readonly responseRate: ResponseRateBeside | null;
}

/** The `count` KPI. */
export interface CountResult {
  /** Records in the group (= the row's `n`). */
  readonly value: number;
  /** Ticket records. */
  readonly tickets: number;
  /** Survey-response records (before ratings of one ticket are deduplicated). */
  readonly surveyResponses: number;
}

/** The `backlog` KPI of one period row: a `backlogSeries` interval without its dates. */
export type BacklogResult = Omit<BacklogInterval, "start" | "end" | "label">;

/**
 * A duration KPI of a summary: {@link durationStats}, exact while the aggregator keeps every
 * duration (`maxExactValues`), from a DDSketch beyond it.
 */
export interface DurationSummary extends DurationStats {
  /**
   * `true` when computed from every duration; `false` when from a sketch, where `n`, `minMs` and
   * `maxMs` are still exact, `meanMs` exact up to float rounding, and the median and
   * percentiles within `relativeError` of the exact ones (by the same quantile method).
   */
  readonly exact: boolean;
  /** The bound on the relative error of the median and percentiles: `0` when exact, `0.01` from a sketch. */
  readonly relativeError: number;
}

/** The result of each KPI. */
export interface KpiResultMap {
  /** Records in the group. */
  readonly count: CountResult;
  /** {@link csat} of the group's scores, and the response rate. */
  readonly csat: CsatResult & WithResponseRate;
  /** {@link nps} of the group's scores, and the response rate. */
  readonly nps: NpsResult & WithResponseRate;
  /** {@link ces} of the group's scores, and the response rate. */
  readonly ces: CesResult & WithResponseRate;
  /** {@link durationStats} of the first response times, saying whether it is exact. */
  readonly firstResponseTime: DurationSummary;
  /** {@link durationStats} of the resolved tickets' resolution times, saying whether it is exact. */
  readonly resolutionTime: DurationSummary;
  /** {@link durationStats} of the handle times, saying whether it is exact. */
  readonly handleTime: DurationSummary;
  /** {@link resolutionRate} of resolved over all tickets. */
  readonly resolutionRate: RateResult;
  /** {@link firstContactResolution} of the `firstContactResolved` flags. */
  readonly firstContactResolution: RateResult;
  /** {@link slaCompliance} per metric of the policy. */
  readonly slaCompliance: Readonly<Partial<Record<SlaMetric, SlaComplianceResult>>>;
  /** The period's flows and stock; `null` in the row of records without a period. */
  readonly backlog: BacklogResult | null;
}

/** A row's group: one entry per dimension (`period` last), `null` where the record had no value. */
export type SummaryGroup = Readonly<Record<string, GroupValue>>;

/** The KPI columns of a row whose KPIs are not known where the call is written. */
export type AnyColumns = { readonly [column: string]: unknown };

/** The KPI columns of the rows for the KPI list `K`: one per KPI, named by `as` or the KPI. */
export type KpiColumns<K extends readonly KpiRequest[]> = number extends K["length"]
  ? AnyColumns
  : {
      readonly [E in K[number] as E extends string ? E : E extends KpiSpec ? (E["as"] extends string ? E["as"] : E["kpi"]) : never]:
        KpiResultMap[E extends KpiName ? E : E extends KpiSpec ? E["kpi"] : never];
    };

/** One row of a summary: the group, its record count, and the KPI columns `C`. */
export type SummaryRow<C extends object = AnyColumns> = {
  /** The group's values; `{}` in the total row. */
  readonly group: SummaryGroup;
  /** Records in the group. */
  readonly n: number;
} & C;

/** The result of {@link summarize}: the group rows, and the total over every record. */
export interface SummaryResult<C extends object = AnyColumns> {
  /** One row per group, sorted by the dimensions in `by` order, then by period (missing values last). */
  readonly rows: readonly SummaryRow<C>[];
  /** Every record pooled; `group` is `{}`. */
  readonly total: SummaryRow<C>;
}
