/**
 * The public types of summarize and the aggregators: the records, the KPI requests, the options
 * and the results. The KPIs' own types come from their descriptors (aggregate/kpis/).
 *
 * @module
 */
import type { Period } from "../../_lib/time/periods.js";
import type { GroupBy } from "../_lib/groupKey.js";
import type { ExcludedRecords } from "../_lib/excluded.js";
import type { SummaryGroup } from "../_lib/rows.js";
import type { PeriodOf } from "../_lib/view.js";
import type { KpiName, KpiOptionsMap, KpiResultMap } from "../kpis/index.js";

export type { GroupBy, GroupFunction } from "../_lib/groupKey.js";
export type { SummaryGroup } from "../_lib/rows.js";
export type { ExcludedRecords } from "../_lib/excluded.js";
export type { PeriodOf, SummaryRecord } from "../_lib/view.js";
export type { KpiName, KpiOptionsMap, KpiResultMap } from "../kpis/index.js";
export type { BacklogResult } from "../kpis/backlog.js";
export type { CountResult } from "../kpis/count.js";
export type { ComplaintRateOptions } from "../kpis/complaintRate.js";
export type { OneTouchResolutionResult } from "../kpis/oneTouchResolutionRate.js";
export type { ReassignmentRateResult } from "../kpis/reassignmentRate.js";
export type { UniqueCustomersResult } from "../kpis/uniqueCustomers.js";
export type { CsatKpiOptions } from "../kpis/csat.js";
export type { NpsKpiOptions } from "../kpis/nps.js";
export type { SlaKpiOptions, SlaKpiResult } from "../kpis/slaCompliance.js";
export type { BusinessDurationKpiOptions, DurationKpiOptions, DurationSummary, NextReplyTimeSummary } from "../kpis/_lib/durations.js";
export type { DurationBucket } from "../kpis/_lib/buckets.js";
export type { ResponseRateBeside, WithResponseRate } from "../kpis/_lib/surveys.js";

/**
 * The KPIs whose options are all optional: they can be requested by name alone.
 *
 * @inline
 */
type ByNameAlone = { [K in KpiName]: object extends KpiOptionsMap[K] ? K : never }[KpiName];

/** One KPI with options: `{ kpi: "csat", satisfiedMin: 5 }`; `as` renames its column. */
export type KpiSpec = {
  readonly [K in KpiName]: {
    /** The KPI. */
    readonly kpi: K;
    /** The column's name in the rows; default the KPI's name. */
    readonly as?: string | undefined;
  } & KpiOptionsMap[K];
}[KpiName];

/**
 * A KPI request: a name (the KPI with default options; not `slaCompliance`, which needs a
 * policy) or a {@link KpiSpec}.
 */
export type KpiRequest = ByNameAlone | KpiSpec;

/** Options of {@link summarize} and {@link createAggregator}. */
export interface SummarizeOptions<K extends readonly KpiRequest[] = readonly KpiRequest[]> {
  /** The KPIs to compute per group, by name or with options. */
  readonly kpis: K & {
    // an option the KPI does not have is typed never: a typo is a type error
    readonly [I in keyof K]: K[I] extends KpiSpec
      ? K[I] & { readonly [P in Exclude<keyof K[I], "kpi" | "as" | keyof KpiOptionsMap[K[I]["kpi"]]>]: never }
      : K[I];
  };
  /** Grouping dimensions, in the order the rows are sorted by. */
  readonly by?: GroupBy | readonly GroupBy[] | undefined;
  /** Break each group down by period on the wall clock of `timeZone`. */
  readonly period?: Period | undefined;
  /** Time zone of periods, hour of day, weekday, and of timestamps written without an offset; default `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** The timestamp that places a record in a period (and gives its hour and weekday); default `"createdAt"`. */
  readonly periodOf?: PeriodOf | undefined;
  /** `"normalize"` groups channels through `normalizeChannel`; default `"as-written"`. */
  readonly channel?: "as-written" | "normalize" | undefined;
  /** Which rating counts when one ticket is rated more than once: `"latest"` (default) or `"first"`. */
  readonly ratingPolicy?: "latest" | "first" | undefined;
  /** Another name for `ratingPolicy`. */
  readonly ratings?: "latest" | "first" | undefined;
  /**
   * The memory budget of the duration KPIs: how many durations the aggregator keeps, over every
   * group and KPI, to give exact percentiles; default 1,000,000 (about 8 MB). Past it, every
   * duration state turns into a DDSketch (a few thousand buckets at most, whatever the number of
   * records) and the results say `exact: false, relativeError: 0.01`. `0` sketches from the
   * start; `Number.MAX_SAFE_INTEGER` never does. Saved with the options: aggregators merge only
   * with the same budget, and any order of adding and merging turns at the same total.
   */
  readonly maxExactValues?: number | undefined;
  /**
   * What a record a KPI cannot use does: `"throw"` (default) a `KpiInputError` naming the field,
   * the record's index and id; `"exclude"` leaves it out of that KPI only (a record no KPI can
   * read, of the summary), and the result's `excluded` counts them by reason, with a few ids.
   * Saved with the options: aggregators merge only with the same choice.
   */
  readonly onInvalid?: "throw" | "exclude" | undefined;
  /**
   * With a `period`: a row for every period from the earliest to the latest any record falls
   * in, for each group that has a period, including periods without records (`n` 0, each KPI
   * as for no data, per-period KPIs such as `backlog` carried on). Default `false`: only the
   * periods records fall in, plus those a per-period KPI adds (a month in which tickets were
   * only resolved). Saved with the options.
   */
  readonly fillPeriods?: boolean | undefined;
}

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
  /**
   * Every record pooled, each once; `group` is `{}`. When groups overlap (see `overlapping`), a
   * record with several labels still counts once here: the total is then not the rows pooled.
   */
  readonly total: SummaryRow<C>;
  /**
   * The `by` dimensions, in `by` order, for which at least one record counted in more than one
   * group: its value was a list of two or more distinct values (labels, such as
   * `tags: ["billing", "vip"]`), and it counted in each. Those rows overlap: their `n` (and each
   * KPI's `n`) add up to more than the total's. Absent when no record did (a list of one value,
   * or an empty list, counts in one group and overlaps nothing).
   */
  readonly overlapping?: readonly string[];
  /**
   * With `onInvalid: "exclude"`: the records left out of a KPI (`column`) or of the whole summary
   * (`column: null`), by reason, in the order of the KPIs; absent otherwise. A row's `n` counts
   * the records in it, whatever its KPIs left out.
   */
  readonly excluded?: readonly ExcludedRecords[];
}
