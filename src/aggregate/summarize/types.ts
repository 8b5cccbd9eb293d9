/**
 * The public types of summarize and the aggregators: the records, the KPI requests and the
 * options (the result types are in results.ts, re-exported here).
 *
 * @module
 */
import type { GroupValue } from "../../operations/contactVolume/contactVolume.js";
import type { DurationStatsOptions } from "../../operations/durationStats/durationStats.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { CesOptions } from "../../survey/ces/ces.js";
import type { CsatOptions } from "../../survey/csat/csat.js";
import type { NpsOptions } from "../../survey/nps/nps.js";
import type { SlaPolicy } from "../../tickets/_lib/slaPolicy.js";
import type { TimestampInput } from "../../time/_lib/instant.js";
import type { Period } from "../_lib/period.js";

export type {
  AnyColumns, BacklogResult, CountResult, DurationSummary, KpiColumns, KpiResultMap, ResponseRateBeside, SummaryGroup, SummaryResult, SummaryRow, WithResponseRate,
} from "./results.js";

/** A record {@link summarize} takes: a ticket (with optional survey scores) or a survey response. */
export type SummaryRecord = TicketRecord | SurveyResponseRecord;

/** The KPIs {@link summarize} computes per group. */
export type KpiName =
  | "count" | "csat" | "nps" | "ces" | "firstResponseTime" | "resolutionTime" | "handleTime"
  | "resolutionRate" | "firstContactResolution" | "slaCompliance" | "backlog";

/** Options of the `slaCompliance` KPI of {@link summarize}. */
export interface SlaKpiOptions extends ConfidenceOptions {
  /** The SLA policy each ticket is evaluated against with `evaluateSla`. */
  readonly policy: SlaPolicy;
  /** The time of the report: required when a target is still running. */
  readonly now?: TimestampInput | undefined;
  /** As in `evaluateSla` (default `true`). */
  readonly excludeAutomated?: boolean | undefined;
}

/** The options each KPI takes beside its name. */
export interface KpiOptionsMap {
  /** None. */
  readonly count: object;
  /** As {@link csat}: `scale`, `satisfiedMin`, `confidence`. */
  readonly csat: Pick<CsatOptions, "scale" | "satisfiedMin" | "confidence">;
  /** As {@link nps}: `interval`, `confidence`. */
  readonly nps: Pick<NpsOptions, "interval" | "confidence">;
  /** As {@link ces}. */
  readonly ces: CesOptions;
  /** As {@link durationStats}: `percentiles`, `method`. */
  readonly firstResponseTime: DurationStatsOptions;
  /** As {@link durationStats}. */
  readonly resolutionTime: DurationStatsOptions;
  /** As {@link durationStats}. */
  readonly handleTime: DurationStatsOptions;
  /** `confidence`. */
  readonly resolutionRate: ConfidenceOptions;
  /** `confidence`. */
  readonly firstContactResolution: ConfidenceOptions;
  /** `policy` (required), `now`, `excludeAutomated`, `confidence`. */
  readonly slaCompliance: SlaKpiOptions;
  /** None (the `period` option is required). */
  readonly backlog: object;
}

/** One KPI with options: `{ kpi: "csat", satisfiedMin: 5 }`; `as` renames its column. */
export type KpiSpec = {
  readonly [K in KpiName]: {
    /** The KPI. */
    readonly kpi: K;
    /** The column's name in the rows; default the KPI's name. */
    readonly as?: string | undefined;
  } & KpiOptionsMap[K];
}[KpiName];

/** A KPI request: a name (the KPI with default options) or a {@link KpiSpec}. */
export type KpiRequest = Exclude<KpiName, "slaCompliance"> | KpiSpec;

/** A grouping function: the group value of a record (`null` or `undefined`: missing). */
export type GroupFunction = (record: SummaryRecord) => GroupValue | undefined;

/** One grouping dimension: a field name, `"hourOfDay"`, `"weekday"`, a function, or a named function. */
export type GroupBy =
  | string
  | GroupFunction
  | {
      /** The dimension's name in `group`. */
      readonly name: string;
      /** The group value of a record. */
      readonly key: GroupFunction;
    };

/** A KPI request whose options the KPI does not have are typed `never` (a typo is a type error). */
/** Which timestamp places a record in a period. */
export type PeriodOf = "createdAt" | "resolvedAt" | "respondedAt" | "sentAt";

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
}
