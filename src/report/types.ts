/**
 * The parts of a report the review page reads: the JSON that `servicekpi report --format json`
 * writes (only the sections the page draws are named here; the rest is carried along).
 *
 * @module
 */

/** A confidence interval, as the calculators give it. */
export interface ReviewInterval {
  /** Lower bound, in the KPI's units. */
  readonly lower: number;
  /** Upper bound, in the KPI's units. */
  readonly upper: number;
  /** Confidence level (0.95). */
  readonly level: number;
}

/** One row of a summary: its group, its record count, and one object per KPI under its name. */
export interface ReviewRow {
  /** The row's dimension values (`{ channel: "chat", period: "2024-12" }`; `{}` for the total). */
  readonly group: Readonly<Record<string, unknown>>;
  /** Records in the group. */
  readonly n: number;
  /** The KPIs, under their summarize names. */
  readonly [kpi: string]: unknown;
}

/** A summary: a row per group and the total. */
export interface ReviewSummary {
  /** One row per group, in the report's order. */
  readonly rows: readonly ReviewRow[];
  /** Every record once. */
  readonly total: ReviewRow;
}

/** A headline number of the review: the latest period's value of one KPI, its interval, target and change. */
export interface ReviewTile {
  /** The measure: `csat`, `firstResponseTime.p50`, `slaCompliance.first-reply`, `n` … */
  readonly kpi: string;
  /** How the page names it ("First response, median"). */
  readonly label: string;
  /** The value: percent for rates, points for NPS, ms for durations, a count for counts; `null` without data. */
  readonly value: number | null;
  /** What the value is: a percentage, a score, a duration in ms, or a count. */
  readonly kind: "percent" | "score" | "duration" | "count";
  /** Its confidence interval, where the KPI has one. */
  readonly ci: ReviewInterval | null;
  /** The records behind the value. */
  readonly n: number | null;
  /** The team's target for it (`--targets`), with the status of the value against it. */
  readonly target: {
    /** The target, in the value's units. */
    readonly target: number;
    /** `met`, `at risk` (short by no more than the warning band), `missed`; `null` without data. */
    readonly status: "met" | "at risk" | "missed" | null;
    /** Past the target (positive) or short of it (negative), in the value's units. */
    readonly gap: number | null;
  } | null;
  /** The change against the comparison (`--compare`), with the p-value of the test named. */
  readonly change: {
    /** The group compared with, as a label ("2024-11"). */
    readonly against: string;
    /** The value there. */
    readonly before: number | null;
    /** value − before, in the value's units. */
    readonly change: number | null;
    /** Two-sided p-value of `test`, or `null` where no test applies. */
    readonly pValue: number | null;
    /** The test's name ("two-proportion z-test", "Welch's t-test"). */
    readonly test: string | null;
  } | null;
}

/** The review's headline: the period (or the whole report) its tiles describe, and the tiles. */
export interface ReviewOverview {
  /** The period the tiles describe (the latest with records), or `null` for the whole report. */
  readonly period: string | null;
  /** One tile per KPI measure. */
  readonly tiles: readonly ReviewTile[];
}

/** One KPI followed over the periods, with its control chart (the report's `trends` section). */
export interface ReviewTrend {
  /** The measure (`n`, `csat`, `firstResponseTime.mean` …). */
  readonly kpi: string;
  /** The periods with a value, in order. */
  readonly periods: readonly string[];
  /** The value of each period (percent, points or ms). */
  readonly values: readonly number[];
  /** Mann–Kendall's verdict at α 0.05, or `null` under three points. */
  readonly direction: string | null;
  /** Mann–Kendall's two-sided p-value. */
  readonly pValue: number | null;
  /** Sen's slope per period. */
  readonly slopePerPeriod: number | null;
  /** The control chart: its type, center line and limits per period. */
  readonly chart: {
    /** `p` (rates) or `xmr`. */
    readonly type: "p" | "xmr";
    /** The center line. */
    readonly center: number | null;
    /** The lower limit of each period. */
    readonly lower: readonly (number | null)[];
    /** The upper limit of each period. */
    readonly upper: readonly (number | null)[];
    /** The periods that signal, with the rules they break. */
    readonly signals: readonly string[];
  };
}

/** The weekday × hour matrix of the report (`--heatmap`). */
export interface ReviewHeatmap {
  /** `volume`, or the measure shown (`csat`, `firstResponseTime.p50`). */
  readonly measure: string;
  /** The zone of the weekdays and hours. */
  readonly timeZone: string;
  /** Row labels, Monday first. */
  readonly weekdays: readonly string[];
  /** Column labels, 0–23. */
  readonly hours: readonly number[];
  /** One row per weekday, one value per hour (`null` without data). */
  readonly values: readonly (readonly (number | null)[])[];
}

/** The report's settings the page states. */
export interface ReviewSettings {
  /** The zone of periods, hours and weekdays. */
  readonly timeZone?: string | undefined;
  /** The instant SLA targets still running were measured to. */
  readonly now?: string | null | undefined;
  /** The unit each duration KPI is shown in (`minutes`, `hours` …). */
  readonly units?: Readonly<Record<string, string>> | undefined;
  /** The clock each duration KPI uses: `calendar` or `business`. */
  readonly clocks?: Readonly<Record<string, string>> | undefined;
}

/** A report as `servicekpi report --format json` writes it; the page reads the sections it draws. */
export interface ReviewData {
  /** The file the report read. */
  readonly file?: string | undefined;
  /** Rows read, kept and rejected. */
  readonly counts?: {
    /** Rows read. */
    readonly rows: number;
    /** Records kept. */
    readonly records: number;
    /** Rows rejected. */
    readonly rejected: number;
  } | undefined;
  /** Time zone, now, units and clocks. */
  readonly settings?: ReviewSettings | undefined;
  /** Lines about the report's settings and kpiBalance's rules. */
  readonly warnings?: readonly string[] | undefined;
  /** The headline tiles. */
  readonly overview?: ReviewOverview | undefined;
  /** The main view: a row per group and the total. */
  readonly summary?: ReviewSummary | undefined;
  /** The other views, under their dimension (`period`, `channel`). */
  readonly views?: Readonly<Record<string, ReviewSummary>> | undefined;
  /** Each KPI over the periods. */
  readonly trends?: readonly ReviewTrend[] | undefined;
  /** The weekday × hour matrix. */
  readonly heatmap?: ReviewHeatmap | undefined;
}

/** A Vega-Lite specification (a plain JSON object: compile it with vega-lite, or embed it with vega-embed). */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/** One chart of the review: what it shows, and its Vega-Lite specification with the data inline. */
export interface ReviewChart {
  /** A stable name (`trend-csat`, `heatmap`, `distribution-firstResponseTime`, `groups-channel-csat`). */
  readonly id: string;
  /** Which section of the page it belongs to. */
  readonly section: "trends" | "heatmap" | "distributions" | "groups";
  /** The chart's caption. */
  readonly title: string;
  /** One sentence under the chart: what to read from it (the test's verdict, the bucket bounds). */
  readonly note: string;
  /** The specification, data inline. */
  readonly spec: VegaLiteSpec;
}

/** A table for the page: a title, columns, and rows of cells (the command line's tables). */
export interface ReviewTable {
  /** Caption and heading. */
  readonly title: string;
  /** The columns in order: the row key each reads, and its heading. */
  readonly columns: readonly {
    /** The row key the column reads. */
    readonly key: string;
    /** Its heading. */
    readonly label: string;
  }[];
  /** The rows: a cell per column key. */
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
  /** Rows after `rows` (a total). */
  readonly totals?: readonly Readonly<Record<string, string | number | boolean | null>>[] | undefined;
  /** A weekday × hour matrix: its cells are shaded by value. */
  readonly matrix?: boolean | undefined;
}
