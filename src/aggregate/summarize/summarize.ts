import { fail } from "../../_lib/check.js";
import { readOptions } from "../_lib/options.js";
import { KPIS } from "../kpis/index.js";
import { makeAggregator } from "./createAggregator.js";
import { emptyState } from "../_lib/state.js";
import type { AnyColumns, KpiColumns, KpiRequest, SummarizeOptions, SummaryRecord, SummaryResult } from "./types.js";

/**
 * Summary of tickets and survey responses: the requested KPIs per group (channel, team, agent,
 * any field, hour of day, weekday) and per period (day, ISO week, month, quarter, year in a time
 * zone), with a total row.
 *
 * @remarks
 * Each KPI of a row is the library's own calculator over that group's records, with the options
 * given (`{ kpi: "csat", satisfiedMin: 5 }`):
 *
 * - `count`: records (tickets and survey responses).
 * - `csat`, `nps`, `ces`: {@link csat}, {@link nps}, {@link ces} of the scores, from the ticket's
 *   `csat` / `nps` / `ces` field or from survey responses (`type`, `score`). One ticket rated
 *   more than once counts once: of the responses with the same `ticketId` and `type`, the latest
 *   by `respondedAt` (`ratingPolicy: "first"`: the first). Beside it, `responseRate`:
 *   {@link responseRate} of the surveys sent and answered, `null` when no record tells.
 * - `firstResponseTime`, `resolutionTime`, `handleTime`: {@link durationStats} of
 *   `firstResponseMs` (else creation → first reply, as {@link ticketTimings}), of resolved
 *   tickets' `resolutionMs` (else creation → last solve), of `handleMs`.
 * - `resolutionRate`: {@link resolutionRate} of resolved over all tickets.
 * - `firstContactResolution`: {@link firstContactResolution} of `firstContactResolved`.
 * - `slaCompliance` (`{ kpi, policy, now }`): {@link slaCompliance} per metric of the
 *   {@link evaluateSla} outcomes.
 * - `backlog` (needs `period`): created, resolved, reopened in the period and the open stock at
 *   its start and end, as {@link backlogSeries}, carried within the group.
 *
 * A record is placed in a period by `periodOf` (`createdAt` by default; `resolvedAt`; survey
 * responses by `respondedAt`, else `sentAt`); one without that time goes to a `period: null`
 * row. The total row pools every record (percentages from pooled counts, never averaged); the
 * rows' `n` add up to its `n`, unless groups overlap. Rows are sorted by the `by` dimensions in
 * order, then by period (chronologically), missing values last. Cost O(n log n) for n records.
 * See docs/guides/summarize.md.
 *
 * Labels: a field (or a `by` function) whose value is a list, such as `tags: ["billing", "vip"]`,
 * counts the record in the row of each of its distinct values (an empty list is missing; two
 * such dimensions: each combination). Those rows overlap, the total still counts the record once,
 * and the result's `overlapping` names the dimensions (absent when no record had two values).
 *
 * Records are read one at a time and not kept: a generator or a stream of any length takes
 * constant memory (the durations for exact percentiles up to `maxExactValues`, then a sketch
 * within 1 %; see {@link DurationSummary}). An async iterable (such as `readRecords` of
 * `servicekpi/node`) gives a promise of the result.
 *
 * @param records - Tickets and survey responses: an array, any iterable, or an async iterable.
 * @param options - `kpis` (required), `by`, `period`, `timeZone` (default `"UTC"`), `periodOf`,
 *   `channel: "normalize"`, `ratingPolicy`, `maxExactValues`.
 * @throws {@link KpiInputError} (kpi `"summarize"`) for invalid options (field `"options.…"`,
 *   e.g. `"options.kpis[1].satisfiedMin"`), and for an invalid record, naming the field, the
 *   record's index and its id (`recordId`): a score off the scale (`"records.csat"`), an
 *   unreadable or out-of-order timestamp (`"records.createdAt"`, `"records.resolvedAt"`), a
 *   negative duration, a group value that is an object (or a list holding one).
 * @example
 * ```ts
 * const records = [
 *   { id: 1, channel: "chat", createdAt: "2024-01-31T23:30:00Z", csat: 5, firstResponseMs: 60_000 },
 *   { id: 2, channel: "chat", createdAt: "2024-02-01T08:00:00Z", csat: 3, firstResponseMs: 180_000 },
 *   { id: 3, channel: "email", createdAt: "2024-02-02T09:00:00Z", csat: 4, firstResponseMs: 7_200_000 },
 * ];
 * const { rows, total } = summarize(records, { kpis: ["csat", "firstResponseTime"], by: "channel", period: "month", timeZone: "Europe/Amsterdam" });
 * rows.map((r) => [r.group, r.n, r.csat.value]);
 * // [[{ channel: "chat", period: "2024-02" }, 2, 50], [{ channel: "email", period: "2024-02" }, 1, 100]]
 * total.csat.value; // 66.66…: 2 of 3 satisfied
 * total.firstResponseTime.medianMs; // 180_000
 * ```
 * @see createAggregator, restoreAggregator for the same summary in parts; docs/guides/summarize.md
 * @category Aggregation
 */
export function summarize<const K extends readonly KpiRequest[]>(records: Iterable<SummaryRecord>, options: SummarizeOptions<K>): SummaryResult<KpiColumns<K>>;
export function summarize<const K extends readonly KpiRequest[]>(records: AsyncIterable<SummaryRecord>, options: SummarizeOptions<K>): Promise<SummaryResult<KpiColumns<K>>>;
export function summarize(records: Iterable<SummaryRecord> | AsyncIterable<SummaryRecord>, options: SummarizeOptions): SummaryResult | Promise<SummaryResult> {
  const o = readOptions("summarize", options, KPIS);
  const aggregator = makeAggregator<AnyColumns>("summarize", o, emptyState());
  const source = records as unknown;
  if (typeof source === "object" && source !== null && Symbol.asyncIterator in source) {
    return (async () => {
      for await (const record of source as AsyncIterable<SummaryRecord>) aggregator.add(record);
      return aggregator.result();
    })();
  }
  if (typeof source !== "object" || source === null || !(Symbol.iterator in source)) fail("summarize", "records", source, "an array, an iterable or an async iterable of records");
  for (const record of source as Iterable<SummaryRecord>) aggregator.add(record);
  return aggregator.result();
}
