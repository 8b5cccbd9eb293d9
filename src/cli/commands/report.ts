/// <reference types="node" />
/**
 * `servicekpi report`: reads an export in one streaming pass and prints the KPIs per group
 * (channel, team, period …) with a total row, from the library's own `summarize` aggregators.
 *
 * @module
 */
import { addToEach, createAggregator } from "../../aggregate/summarize/createAggregator.js";
import type { ExcludedRecords, GroupBy, KpiRequest, SummarizeOptions } from "../../aggregate/summarize/types.js";
import { PERIODS, type Period } from "../../_lib/time/periods.js";
import { availableParallelism } from "node:os";
import { basename } from "node:path";
import { restoreAggregator } from "../../aggregate/summarize/restoreAggregator.js";
import { readRecords } from "../../node/readRecords.js";
import { formatOf } from "../../node/source.js";
import type { ReadNote, ReadRejectedRow } from "../../node/types.js";
import type { RecordCounts } from "../../schemas/types.js";
import { parallelReport, type WorkerLike } from "../parallel/pool.js";
import { SHOWN_REJECTED } from "../parallel/reportJob.js";
import { surveyResponseSchema } from "../../schemas/surveys.js";
import { ticketSchema } from "../../schemas/tickets.js";
import { READING_HELP, readingOptions, schemaOf, type ReadingFlags } from "../_lib/mapping.js";
import { dateFormatHint, readMaxRejected, reasonList, rejectedLine, tallyReasons, withinLimit, type Reason, type ReasonTally } from "../_lib/rejections.js";
import type { Output, Table } from "../_lib/render.js";
import { UsageError } from "../_lib/usage.js";
import { arrangeRows } from "../report/arrange.js";
import { boundsOf, bucketsTable, readBuckets } from "../report/buckets.js";
import { balanceWarnings, compareSummary, compareTable, readCompare } from "../report/compare.js";
import { trendsOf, trendsTable } from "../report/trends.js";
import { CALL_KPIS, callKpis, intervalDim, readServiceLevel } from "../report/calls.js";
import { callSchema } from "../../schemas/calls.js";
import { liveReport, readHorizon, readLiveBy } from "../report/live.js";
import { heatmapOf, heatmapTable, readHeatmap } from "../report/heatmap.js";
import { benchmarksTable, checkTargets, rateBenchmarks, readTargets, targetsTable } from "../report/targets.js";
import { fieldInFlags, latestInstant, latestOfRecords, readCalendar, reasonInFlags, nowWarnings, readNow, readSlaPolicy, unmatchedTargets } from "../report/sla.js";
import { BUSINESS_KPIS, DURATION_KPIS, pickNames, readKpiNames, readPercentiles, readUnit, reportKpis, REPORT_KPIS, UNITS, type ReportKpi } from "../report/kpis.js";
import { durationUnits, flatTable, summaryTable } from "../report/tables.js";
import { overviewOf } from "../report/overview.js";
import { noteRows, PRESET_BUSINESS, presetRows } from "../report/preset.js";
import { reviewCharts } from "../../report/charts.js";
import { reviewPage } from "../../report/page.js";
import type { ReviewData } from "../../report/types.js";

export const REPORT_HELP = `servicekpi report <file> [options]

KPIs per group from a ticket (or survey) export (CSV, TSV, NDJSON, JSON, .xlsx, .parquet): CSAT
with its response rate, NPS, CES, first response and resolution time percentiles, resolution
rate, FCR, SLA compliance, backlog.

  --by DIMS         comma-separated: a field (channel, team, agent, priority, tags …), any
                    column of the file by its header (Product), hourOfDay, weekday, and one
                    period: day, week, month, quarter, year. A ticket counts in each of its
                    tags: those groups overlap (the total counts it once)
  --period-of F     which timestamp places a record in a period: createdAt (default) or resolvedAt
  --fill-periods    a row for every period from the first to the last, also those without
                    records (left out otherwise)
  --kpis LIST       the KPIs to show, comma-separated, among: ${REPORT_KPIS.join(", ")}
                    (default: all that the data has; slaCompliance needs --sla, backlog a period)
  --percentiles P   the percentiles of the duration KPIs, beside their mean (default 50,90)
  --units U         one unit for every duration column: seconds, minutes, hours or days
                    (default: per KPI, from its median; the column labels name it)
${READING_HELP}
                    (--tz is also the zone of periods, hours of day and weekdays)
  --schema S        tickets (default), surveys, or calls (offered, answered, service level,
                    abandonment rate, average speed of answer, handle time; --by queue, agent,
                    interval:30m (the time of day in --tz) and a period)
  --sl T            calls: the service-level target and threshold (default 80/20s); --kpis
                    picks among count, serviceLevel, abandonmentRate, averageSpeedOfAnswer,
                    handleTime
  --sl-formula F    calls: answered-of-offered (default), answered-of-answered,
                    within-of-offered, exclude-abandoned-within, exclude-short-abandons
  --sla FILE        an SLA policy (JSON) to evaluate every ticket against
  --calendar FILE   business hours (JSON): first response, next reply and resolution times
                    become business time (as Zendesk's "within business hours" columns),
                    and the SLA policy's clock too; the output says which clock each uses
  --buckets B       the distribution of each duration KPI: auto (bounds for its unit: ≤ 5
                    min, 5–15 min …) or durations (15m,1h,4h,1d)
  --complaint-categories LIST  categories that make a ticket a complaint (besides the
                    complaint flag), comma-separated
  --now TIME        the time SLA targets still running are measured to (default: the latest
                    instant in the data, found in a first pass over the file, so that the same
                    file gives the same numbers on any day); the output states it
  --normalize-channels  group channels through normalizeChannel ("E-mail" and "email" together)
  --workers N       read the file on N worker threads (default 1; "auto": one per CPU);
                    CSV, TSV and NDJSON files (cut where the reader ends records); JSON arrays,
                    workbooks and Parquet files are read on one thread
  --max-exact N     durations kept for exact percentiles (default 1000000); past that,
                    percentiles come from a sketch within 1 % and are marked ≈
  --max-rejected N  rows the schema rejects before the report exits 1: a number (10) or a
                    share of the rows (0.5%); default 0
  --compare C       previous (each row against the same group's previous period), year (the
                    same period a year earlier) or a report saved with --format json: the
                    change of each KPI, and its p-value where a test applies (rates and SLA:
                    two-proportion z-test; NPS: its difference test)
  --trends          with a period in --by: each KPI's trend over the periods (Mann–Kendall test,
                    Sen's slope) and its control chart limits (p chart for rates, XmR else)
  --live            instead of KPIs, the queue at --now (default: the latest instant in the
                    data) per --by agent or team: open, unassigned, awaiting a first reply or any
                    reply, awaiting the customer, on hold, the longest wait; with --sla the
                    targets due within --horizon (default 1h) and those breached
  --horizon D       with --live --sla: how far ahead a target is at risk (30m, 2h)
  --targets FILE    targets (JSON): each KPI value met, at risk or missed, with the gap
                    ({ "targets": [{ "kpi": "csat", "target": 85, "warning": 5 },
                    { "kpi": "firstResponseTime.p90", "target": "4h", "group": { "channel": "chat" } }] })
  --heatmap M       a weekday × hour matrix (in --tz) of the records (volume) or of a KPI
                    value (csat, firstResponseTime.p50 …); a heatmap in HTML
  --benchmarks      rate CSAT, NPS, FCR and the mean first response per channel against
                    published benchmarks, with their sources
  --format F        table (default), json, csv (one flat table), xlsx (typed cells: the flat
                    table, then a sheet per table; needs --out or a redirect), markdown,
                    html (the review page: headline tiles, charts as static SVG, the tables,
                    each KPI's definition; no script) or vega (the page's charts as Vega-Lite
                    specifications, JSON)
  --out FILE        write to FILE instead of standard output

Rows that do not fit the schema are counted and left out of every KPI: the output says how many
and why, a line on stderr sums them up, and servicekpi validate lists each one. A record that
one KPI cannot use (a solved ticket without the time it was solved, for resolution time) is left
out of that KPI only and counted under "Left out of a KPI".
`;

export interface ReportFlags extends ReadingFlags {
  readonly by?: string | undefined;
  readonly "period-of"?: string | undefined;
  readonly schema?: string | undefined;
  readonly sla?: string | undefined;
  readonly calendar?: string | undefined;
  readonly now?: string | undefined;
  readonly "normalize-channels"?: boolean | undefined;
  readonly workers?: string | undefined;
  readonly "max-exact"?: string | undefined;
  readonly "max-rejected"?: string | undefined;
  readonly "fill-periods"?: boolean | undefined;
  readonly kpis?: string | undefined;
  readonly percentiles?: string | undefined;
  readonly units?: string | undefined;
  readonly targets?: string | undefined;
  readonly benchmarks?: boolean | undefined;
  readonly heatmap?: string | undefined;
  readonly buckets?: string | undefined;
  readonly compare?: string | undefined;
  readonly trends?: boolean | undefined;
  readonly live?: boolean | undefined;
  readonly sl?: string | undefined;
  readonly "sl-formula"?: string | undefined;
  readonly horizon?: string | undefined;
  readonly "complaint-categories"?: string | undefined;
  /** The output format: html and vega turn on the trends, the heatmap and the distributions the page draws. */
  readonly format?: string | undefined;
}

/** What a report gives: its output, and the line for stderr and whether to exit 1 when rows were rejected. */
export interface ReportOutcome {
  readonly output: Output;
  /** The summary of the rejected rows (absent when none were). */
  readonly rejectedLine?: string | undefined;
  /** More rows rejected than `--max-rejected` allows. */
  readonly tooManyRejected: boolean;
  /** Lines for stderr about the report's settings (an SLA target that applies to no ticket …). */
  readonly warnings: readonly string[];
}

/** Where the command runs: the script worker threads start from (absent: workers run in-process). */
export interface ReportEnv {
  readonly workerUrl?: URL | undefined;
  /** Starts a worker instead (tests give workers that fail). */
  readonly spawn?: (() => WorkerLike) | undefined;
  /** Bytes per chunk dealt to a worker (default 4 MiB; tests use small ones). */
  readonly chunkBytes?: number | undefined;
}

/** One table of the report: its title, its dimensions (as the table names them) and the summary's options. */
interface View {
  readonly title: string;
  readonly dims: string[];
  readonly options: SummarizeOptions;
  /** A view the report reads but does not show as a table of its own: for the SLA warnings, or the heatmap. */
  readonly role?: "internal" | "heatmap";
}

/** `--workers`: a whole number ≥ 1, or "auto" for one per CPU. */
function readWorkers(text: string | undefined): number {
  if (text === undefined) return 1;
  if (text === "auto") return Math.max(1, availableParallelism());
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 256) throw new UsageError(`--workers: a whole number from 1 to 256, or auto; got "${text}"`);
  return n;
}

/** `--max-exact`: a whole number ≥ 0. */
function readMaxExact(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.replaceAll("_", ""));
  if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(n)) throw new UsageError(`--max-exact: a whole number of durations (0 or more); got "${text}"`);
  return n;
}

/** Where progress goes: a line rewritten in place every 100,000 rows, on a terminal only. */
export type Progress = ((rows: number) => void) | undefined;

function splitBy(text: string | undefined): { dims: string[]; period: Period | undefined } {
  const parts = text === undefined ? [] : text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  const periods = parts.filter((p): p is Period => (PERIODS as readonly string[]).includes(p));
  if (periods.length > 1) throw new UsageError(`--by: one period at most; got ${periods.join(" and ")}`);
  return { dims: parts.filter((p) => !periods.includes(p as Period)), period: periods[0] };
}

/** Whether the report evaluates an SLA policy: --sla given, and slaCompliance among --kpis if that is given. */
function wantsSla(flags: ReportFlags, chosen: readonly ReportKpi[] | undefined): boolean {
  if (flags.sla === undefined) {
    if (chosen?.includes("slaCompliance") === true) throw new UsageError("--kpis slaCompliance: give the SLA policy with --sla");
    return false;
  }
  return chosen === undefined || chosen.includes("slaCompliance");
}

/** Runs the report over `file`. */
export async function reportCommand(file: string | undefined, flags: ReportFlags, progress: Progress, env: ReportEnv = {}): Promise<ReportOutcome> {
  if (file === undefined) throw new UsageError("report: name the export to read (servicekpi report tickets.csv)");
  const { dims, period } = splitBy(flags.by);
  const schemaName = schemaOf(flags);
  if (schemaName !== "tickets" && schemaName !== "surveys" && schemaName !== "calls") throw new UsageError(`--schema: report reads tickets, surveys or calls; got "${schemaName}"`);
  const isCalls = schemaName === "calls";
  const periodOf = flags["period-of"] ?? "createdAt";
  if (periodOf !== "createdAt" && periodOf !== "resolvedAt") throw new UsageError(`--period-of: createdAt or resolvedAt; got "${periodOf}"`);
  const workers = readWorkers(flags.workers);
  const maxExactValues = readMaxExact(flags["max-exact"]);
  const { sheet, preset, ...read } = await readingOptions(flags, file);
  const timeZone = read.timeZone;
  const schema = schemaName === "tickets" ? ticketSchema : schemaName === "calls" ? callSchema : surveyResponseSchema;
  // interval:30m (calls): the time of day in --tz, a grouping function (run on one thread)
  const functions = new Map(dims.filter((d) => d.startsWith("interval:")).map((d) => [d, intervalDim(d.slice("interval:".length), timeZone)]));
  if (functions.size > 0 && !isCalls) throw new UsageError("--by interval:30m: the interval of the day a call came in; use it with --schema calls");
  const byOf = (d: string): GroupBy => functions.get(d) ?? d;
  const dimName = (d: string): string => functions.get(d)?.name ?? d;
  if (flags.live === true) {
    if (schemaName !== "tickets" || period !== undefined) throw new UsageError("--live: the queue of a ticket export now; --by agent or team, no period, no --schema surveys");
    return liveCommand(file, flags, { ...read, ...(sheet === undefined ? {} : { sheet }) }, readLiveBy(dims), timeZone);
  }
  // a dimension that is no field of the records is a column of the file, kept on each record
  const keep = dims.filter((d) => d !== "hourOfDay" && d !== "weekday" && !functions.has(d) && !Object.hasOwn(schema.shape, d));
  const reading = keep.length === 0 ? read : { ...read, keep };
  const chosen = isCalls ? undefined : readKpiNames(flags.kpis);
  const chosenCalls = isCalls ? pickNames(flags.kpis, CALL_KPIS) : undefined;
  if (chosen?.includes("backlog") === true && period === undefined) throw new UsageError("--kpis backlog: the backlog is counted per period; add one to --by (day, week, month, quarter or year)");
  const fill = flags["fill-periods"] === true;
  if (fill && period === undefined) throw new UsageError("--fill-periods: add a period to --by (day, week, month, quarter or year)");
  const units = readUnit(flags.units);
  // the review page (html, vega) draws the trends, the heatmap and the distributions: on unless set
  const page = flags.format === "html" || flags.format === "vega";
  const heatmap = flags.heatmap === undefined ? (page && !isCalls ? readHeatmap("volume") : undefined) : readHeatmap(flags.heatmap);
  const compareWith = await readCompare(flags.compare, period);
  if (flags.trends === true && period === undefined) throw new UsageError("--trends: add a period to --by (day, week, month, quarter or year)");
  const targets = flags.targets === undefined ? undefined : await readTargets(flags.targets, read.cesScale === "1-5");
  const policy = wantsSla(flags, chosen) ? await readSlaPolicy(flags) : undefined;
  // the report's now: --now, else the latest instant of the data (the same file, the same numbers)
  const now = policy === undefined ? undefined : flags.now !== undefined ? { ms: readNow(flags.now, timeZone), from: "--now" as const } : { ms: await latestInstant(file, { schema, ...reading, ...(sheet === undefined ? {} : { sheet }) }), from: "data" as const };
  const sla: KpiRequest[] = policy === undefined ? [] : [{ kpi: "slaCompliance", policy, ...(now?.ms == null ? {} : { now: now.ms }) }];
  const calendar = flags.calendar === undefined ? undefined : await readCalendar(flags.calendar);
  const bucketChoice = readBuckets(flags.buckets ?? (page && !isCalls ? "auto" : undefined));
  const bucketsOf = bucketChoice === undefined ? undefined : (k: ReportKpi): number[] => boundsOf(bucketChoice, k, units);
  const complaintCategories = flags["complaint-categories"]?.split(",").map((c) => c.trim()).filter((c) => c !== "");
  const sl = isCalls ? readServiceLevel(flags.sl, flags["sl-formula"]) : undefined;
  if (!isCalls && (flags.sl !== undefined || flags["sl-formula"] !== undefined)) throw new UsageError("--sl: the service level of calls; use it with --schema calls");
  const kpis = sl !== undefined ? callKpis(sl, readPercentiles(flags.percentiles), chosenCalls) : [...reportKpis({ ...reading, kpis: chosen, percentiles: readPercentiles(flags.percentiles), calendar, bucketsOf, complaintCategories }), ...sla];
  const maxRejected = readMaxRejected(flags["max-rejected"]);
  // a record one KPI cannot use is left out of that KPI only, and counted (never a reason to stop)
  const common = { kpis, timeZone, periodOf, channel: flags["normalize-channels"] === true ? "normalize" : "as-written", onInvalid: "exclude", ...(maxExactValues === undefined ? {} : { maxExactValues }) } as const;
  const perPeriod = { ...common, kpis: !isCalls && (chosen === undefined || chosen.includes("backlog")) ? [...kpis, "backlog" as const] : kpis, period, fillPeriods: fill };
  // The grouped summary, and for two or more dimensions one summary per dimension beside it.
  const names = dims.map(dimName);
  const by = dims.map(byOf);
  const views: View[] = [
    { title: dims.length + (period ? 1 : 0) === 0 ? "KPIs" : `KPIs by ${[...names, ...(period ? [period] : [])].join(" and ")}`, dims: [...names, ...(period ? ["period"] : [])], options: period ? { ...perPeriod, by } : { ...common, by } },
  ];
  if (dims.length + (period ? 1 : 0) > 1) {
    for (const d of dims) views.push({ title: `KPIs by ${dimName(d)}`, dims: [dimName(d)], options: { ...common, by: [byOf(d)] } });
    if (period) views.push({ title: `KPIs by ${period}`, dims: ["period"], options: { ...perPeriod, by: [] } });
  }
  // the tickets by priority and channel, to tell which SLA targets apply to none (not shown)
  const targeted = policy?.targets.some((t) => t.priority !== undefined || t.channel !== undefined) === true;
  if (targeted) views.push({ title: "", dims: [], options: { kpis: [], by: ["priority", "channel"], timeZone, onInvalid: "exclude" }, role: "internal" });
  // the weekday × hour matrix: the records, or the one KPI its measure reads
  if (heatmap !== undefined) {
    const request = "measure" in heatmap ? kpis.find((k) => (typeof k === "string" ? k : k.kpi) === heatmap.measure.kpi) : undefined;
    if ("measure" in heatmap && request === undefined) throw new UsageError(`--heatmap ${heatmap.name}: the report does not compute ${heatmap.measure.kpi} (see --kpis, --sla)`);
    views.push({ title: "", dims: ["weekday", "hourOfDay"], options: { ...common, kpis: request === undefined ? [] : [request], by: ["weekday", "hourOfDay"] }, role: "heatmap" });
  }
  const reports = views.map((v) => ({ ...v, aggregator: createAggregator(v.options) }));
  const format = formatOf(file);
  let counts: RecordCounts;
  let rejected: readonly ReadRejectedRow[];
  let reasons: ReasonTally;
  let notes: readonly ReadNote[];
  if (workers > 1 && functions.size === 0 && (format === "csv" || format === "tsv" || format === "ndjson")) {
    const job = { format, schema: schemaName, reading, views: views.map((v) => v.options) } as const;
    const result = await parallelReport(file, job, { workers, workerUrl: env.workerUrl, spawn: env.spawn, chunkBytes: env.chunkBytes, progress });
    for (const states of result.states) states.forEach((state, i) => reports[i]?.aggregator.merge(restoreAggregator(state)));
    ({ counts, rejected, reasons, notes } = result);
  } else {
    const reader = readRecords(file, { schema, ...reading, ...(sheet === undefined ? {} : { sheet }), onInvalid: "collect" });
    let rows = 0;
    const aggregators = reports.map((r) => r.aggregator);
    for await (const record of reader) {
      addToEach(aggregators, record); // one reading of each record for every view
      if (progress !== undefined && ++rows % 100_000 === 0) progress(reader.counts.rows);
    }
    [counts, rejected, reasons, notes] = [reader.counts, reader.rejected.slice(0, SHOWN_REJECTED), tallyReasons(reader.rejected), reader.notes];
  }
  const all = reports.map((r) => ({ ...r, summary: arrangeRows(r.aggregator.result(), r.dims, fill) }));
  const results = all.filter((r) => r.role === undefined);
  const seen = all.find((r) => r.role === "internal")?.summary;
  const heatmapView = all.find((r) => r.role === "heatmap");
  const matrix = heatmap === undefined || heatmapView === undefined ? undefined : heatmapOf(heatmapView.summary, heatmap, timeZone);
  // one unit per duration KPI in every table, chosen from the main view's total
  const unitOf = durationUnits((results[0] as (typeof results)[number]).summary, units);
  const business = calendar === undefined ? [] : BUSINESS_KPIS;
  const shown = { kpis: isCalls ? (chosenCalls ?? CALL_KPIS) : chosen, unitOf, business };
  const tables: Table[] = results.map((r) => summaryTable(r.title, r.summary, r.dims, shown));
  tables.push(inputTable(file, counts));
  // targets and benchmarks on the main view's rows and total, durations in the columns' units
  const main = (results[0] as (typeof results)[number]).summary;
  const unitMs = (kpi: string): number | null => {
    const name = kpi.split(".")[0] as ReportKpi;
    return DURATION_KPIS[name] === undefined ? null : UNITS[unitOf[name] ?? "minutes"].ms;
  };
  // the distribution of each duration KPI that has buckets
  if (bucketsOf !== undefined) {
    const [first] = results;
    for (const name of Object.keys(DURATION_KPIS) as ReportKpi[]) {
      if (first === undefined || (first.summary.total[name] as { buckets?: unknown } | undefined)?.buckets === undefined) continue;
      tables.push(bucketsTable(`${DURATION_KPIS[name] ?? name}${business.includes(name) ? " (business time)" : ""}: share of each bucket`, name, first.summary, first.dims, bucketsOf(name)));
    }
  }
  if (matrix !== undefined && heatmap !== undefined) {
    const name = ("measure" in heatmap ? heatmap.measure.kpi : "count") as ReportKpi;
    tables.push(heatmapTable(matrix, "measure" in heatmap && heatmap.measure.duration, unitOf[name] ?? "minutes"));
  }
  const comparisons = compareWith === undefined ? undefined : compareSummary(main, period, compareWith);
  if (comparisons !== undefined && compareWith !== undefined) {
    const against = compareWith.kind === "file" ? compareWith.file : compareWith.kind === "previous" ? `the previous ${period ?? "period"}` : `the same ${period ?? "period"} a year earlier`;
    tables.push(compareTable(`Compared with ${against} (significant: p < 0.05)`, comparisons, unitOf));
  }
  const balance = comparisons === undefined ? [] : balanceWarnings(comparisons);
  // trends of the total over the periods: the view by period alone
  const byPeriod = results.find((r) => r.dims.length === 1 && r.dims[0] === "period")?.summary;
  const trends = (flags.trends === true || page) && byPeriod !== undefined ? trendsOf(byPeriod) : undefined;
  if (trends !== undefined) tables.push(trendsTable(trends, unitOf));
  const targetResults = targets === undefined ? undefined : checkTargets(targets, main);
  if (targetResults !== undefined) tables.push(targetsTable(targetResults, unitMs));
  const benchmarkResults = flags.benchmarks === true ? rateBenchmarks(main) : undefined;
  if (benchmarkResults !== undefined) tables.push(benchmarksTable(benchmarkResults, unitMs));
  const byReason = reasonList(reasons);
  if (byReason.length > 0) tables.push(reasonsTable("Rejected rows, by reason", byReason));
  // the main view has every KPI of the report: what it left out is what the report left out
  const excluded = results[0]?.summary.excluded ?? [];
  if (excluded.length > 0) tables.push(excludedTable(excluded));
  const warnings = [
    ...balance,
    ...(flags.now !== undefined && policy === undefined ? ["--now is the time SLA targets still running are measured to: without --sla (and slaCompliance among --kpis) it changes nothing"] : []),
    ...(policy !== undefined && seen !== undefined ? unmatchedTargets(flags.sla as string, policy, seen) : []),
    ...(now?.ms == null ? [] : nowWarnings(now.ms, now.from, excluded)),
  ];
  // with --preset … --hours business, the durations the export gives are the tool's business time
  const given = preset?.hours === "business" ? PRESET_BUSINESS.filter(([, field]) => preset.mapping[field] !== undefined).map(([k]) => k) : [];
  const clocks = Object.fromEntries(
    (Object.keys(DURATION_KPIS) as ReportKpi[]).filter((k) => (results[0]?.summary.total[k] ?? null) !== null).map((k) => [k, business.includes(k) ? "business" : given.includes(k) ? "export-business" : "calendar"]),
  );
  const clockText = (clock: string): string =>
    clock === "business" ? `business hours (--calendar ${flags.calendar ?? ""})`
    : clock === "export-business" ? `business hours, as the export gives them (--preset ${preset?.preset ?? ""} --hours business)`
    : "calendar time (every hour counts)";
  const settings = {
    timeZone,
    clocks,
    units: unitOf,
    ...(flags.calendar === undefined ? {} : { calendar: flags.calendar }),
    ...(preset === undefined ? {} : { preset: { name: preset.preset, hours: preset.hours, missing: preset.missing } }),
    ...(now === undefined ? {} : { now: now.ms === null ? null : new Date(now.ms).toISOString(), nowFrom: now.from }),
  };
  tables.push({
    title: "Settings",
    noCharts: true,
    columns: [{ key: "setting", label: "setting" }, { key: "value", label: "value" }],
    rows: [
      ...(preset === undefined ? [] : presetRows(preset)),
      ...noteRows(notes),
      { setting: "time zone", value: timeZone },
      ...Object.entries(clocks).map(([k, clock]) => ({ setting: `clock of ${DURATION_KPIS[k as ReportKpi] ?? k}`, value: clockText(clock) })),
      ...(now === undefined ? [] : [{ setting: "now (SLA targets still running are measured to it)", value: now.ms === null ? "– (no records)" : `${new Date(now.ms).toISOString()} (${now.from === "--now" ? "--now" : "the latest instant in the data"})` }]),
    ],
  });
  // the headline tiles: the latest period of the view by period alone (or the whole report)
  const scope = period === undefined ? main : byPeriod;
  const overview = scope === undefined ? undefined : overviewOf(scope, period, targets, compareWith);
  const data = {
        file, settings, counts, ...(notes.length === 0 ? {} : { notes }), rejected, rejectedReasons: byReason, excluded, warnings,
        ...(overview === undefined ? {} : { overview }),
        ...(matrix === undefined ? {} : { heatmap: matrix }),
        ...(trends === undefined ? {} : { trends }),
        ...(comparisons === undefined || compareWith === undefined ? {} : { comparison: { with: compareWith.kind === "file" ? compareWith.file : compareWith.kind, alpha: 0.05, rows: comparisons } }),
        ...(targetResults === undefined ? {} : { targets: targetResults }),
        ...(benchmarkResults === undefined ? {} : { benchmarks: benchmarkResults }),
        summary: results[0]?.summary, ...(results.length > 1 ? { views: Object.fromEntries(results.slice(1).map((r) => [r.dims[0], r.summary])) } : {}),
  };
  return {
    output: {
      data,
      // the review page and its charts (vega and vega-lite are loaded only for these)
      page: () => reviewPage(data as ReviewData, { title: `Service review: ${basename(file)}`, tables }),
      charts: () => reviewCharts(data as ReviewData),
      tables,
      flat: flatTable(heatmapView === undefined ? results : [...results, heatmapView], shown),
    },
    warnings,
    rejectedLine: counts.rejected === 0 ? undefined : rejectedLine(file, counts.rejected, counts.rows, byReason, dateFormatHint(rejected)),
    tooManyRejected: !withinLimit(maxRejected, counts.rejected, counts.rows),
  };
}

/** `report --live`: the whole file read (the queue needs every ticket), the live view at now. */
async function liveCommand(file: string, flags: ReportFlags, reading: object, by: "agent" | "team" | undefined, timeZone: string): Promise<ReportOutcome> {
  const policy = flags.sla === undefined ? undefined : await readSlaPolicy(flags);
  const horizonMs = readHorizon(flags.horizon);
  const reader = readRecords(file, { schema: ticketSchema, ...reading, onInvalid: "collect" });
  const { records, counts } = await reader.collect();
  const latest = latestOfRecords(records);
  const now = flags.now !== undefined ? { ms: readNow(flags.now, timeZone), from: "--now" as const } : { ms: latest ?? 0, from: "data" as const };
  const { view, tables, excluded } = liveReport(records, { now: now.ms, by, policy, horizonMs, timeZone });
  const byReason = reasonList(tallyReasons(reader.rejected));
  tables.push(inputTable(file, counts));
  if (byReason.length > 0) tables.push(reasonsTable("Rejected rows, by reason", byReason));
  const settings = { timeZone, now: new Date(now.ms).toISOString(), nowFrom: now.from };
  tables.push({ title: "Settings", noCharts: true, columns: [{ key: "setting", label: "setting" }, { key: "value", label: "value" }], rows: [{ setting: "time zone", value: timeZone }, { setting: "now", value: `${settings.now} (${now.from === "--now" ? "--now" : "the latest instant in the data"})` }] });
  return {
    output: { data: { file, settings, counts, rejected: reader.rejected.slice(0, SHOWN_REJECTED), rejectedReasons: byReason, excluded, live: view }, tables },
    warnings: excluded.map((e) => `${e.count} ticket${e.count === 1 ? "" : "s"} left out of the live view: ${e.field} must be ${e.expected} (e.g. ${e.ids.join(", ")})`),
    rejectedLine: counts.rejected === 0 ? undefined : rejectedLine(file, counts.rejected, counts.rows, byReason),
    tooManyRejected: !withinLimit(readMaxRejected(flags["max-rejected"]), counts.rejected, counts.rows),
  };
}

/** The Input table: the file, and its rows read, kept and rejected. */
function inputTable(file: string, counts: RecordCounts): Table {
  return {
    title: "Input",
    columns: [{ key: "file", label: "file" }, { key: "rows", label: "rows" }, { key: "records", label: "records" }, { key: "rejected", label: "rejected" }],
    rows: [{ file, rows: counts.rows, records: counts.records, rejected: counts.rejected }],
  };
}

/** A table of rejected rows by reason. */
export function reasonsTable(title: string, reasons: readonly Reason[]): Table {
  return {
    title,
    columns: [{ key: "rows", label: "rows" }, { key: "field", label: "field" }, { key: "reason", label: "reason" }, { key: "lines", label: "first lines" }],
    rows: reasons.map((r) => ({ rows: r.rows, field: r.field, reason: r.reason, lines: r.lines.join(", ") })),
  };
}

/** A table of the records left out of a KPI, by KPI and reason. */
export function excludedTable(excluded: readonly ExcludedRecords[]): Table {
  return {
    title: "Left out of a KPI",
    columns: [{ key: "kpi", label: "KPI" }, { key: "records", label: "records" }, { key: "field", label: "field" }, { key: "expected", label: "should be" }, { key: "ids", label: "for example" }],
    rows: excluded.map((e) => ({ kpi: e.column ?? "(all)", records: e.count, field: fieldInFlags(e.field), expected: reasonInFlags(e.expected), ids: e.ids.join(", ") })),
  };
}
