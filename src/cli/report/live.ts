/// <reference types="node" />
/**
 * `servicekpi report --live`: the queue as it stands at `now` (`--now`, else the latest instant
 * in the data), per agent or team (`--by agent|team`) and in total: open, unassigned, awaiting a
 * first reply or any reply, awaiting the customer, on hold, the longest wait, and with `--sla`
 * the targets due within `--horizon` and those already breached. The library's `liveView`.
 *
 * @module
 */
import { liveView, type LiveViewCounts } from "../../tickets/liveView/liveView.js";
import type { SlaPolicy } from "../../tickets/evaluateSla/policy.js";
import type { Ticket } from "../../records/ticket.js";
import { durationTextMs } from "../../_lib/durationText.js";
import type { Cell, Table } from "../_lib/render.js";
import { isKpiInputError } from "../../errors.js";
import { UsageError } from "../_lib/usage.js";
import { compareValues } from "./arrange.js";

/** `--horizon 2h`: how far ahead an SLA target counts as at risk (default 1 h). */
export function readHorizon(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = durationTextMs(text);
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new UsageError(`--horizon: a duration such as 1h or 30m; got "${text}"`);
  return ms;
}

/** `--by` for `--live`: nothing, agent or team. */
export function readLiveBy(dims: readonly string[]): "agent" | "team" | undefined {
  if (dims.length === 0) return undefined;
  const [by] = dims;
  if (dims.length > 1 || (by !== "agent" && by !== "team")) throw new UsageError(`--live: --by agent or --by team (or neither); got "${dims.join(",")}"`);
  return by;
}

const minutes = (ms: number): number => ms / 60_000;

/**
 * A ticket record as liveView reads tickets: an export's first-response and resolution durations
 * (`firstResponseMs`, `resolutionMs`) become the instants they imply (`createdAt` + the duration)
 * when the record has no such instant, as summarize's KPIs read them.
 */
function withInstants(record: object): object {
  const r = record as { createdAt?: unknown; firstResponseAt?: unknown; firstResponseMs?: unknown; resolvedAt?: unknown; resolutionMs?: unknown };
  if (!(r.createdAt instanceof Date)) return record;
  const created = r.createdAt.getTime();
  const implied = (at: unknown, ms: unknown): Date | undefined => (at === undefined && typeof ms === "number" ? new Date(created + ms) : undefined);
  const firstResponseAt = implied(r.firstResponseAt, r.firstResponseMs);
  const resolvedAt = implied(r.resolvedAt, r.resolutionMs);
  return firstResponseAt === undefined && resolvedAt === undefined ? record : { ...record, ...(firstResponseAt === undefined ? {} : { firstResponseAt }), ...(resolvedAt === undefined ? {} : { resolvedAt }) };
}

/** The live view of `tickets` and its tables: the counts per group and total, and the SLA targets at risk or breached. */
export function liveReport(tickets: readonly object[], options: { now: number; by: "agent" | "team" | undefined; policy: SlaPolicy | undefined; horizonMs: number | undefined; timeZone: string }) {
  // a ticket the live view cannot read (solved without a time of solving …) is left out and
  // counted by reason, as summarize's exclusions are, rather than stopping the whole view
  const readable: Ticket[] = [];
  const left = new Map<string, { field: string; expected: string; count: number; ids: (string | number)[] }>();
  for (const record of tickets.map(withInstants) as Ticket[]) {
    try {
      liveView([record], { now: options.now, timeZone: options.timeZone });
      readable.push(record);
    } catch (error) {
      if (!isKpiInputError(error)) throw error;
      const field = error.field.replace(/^tickets\./, "");
      const key = `${field}\u0000${error.expected}`;
      const entry = left.get(key) ?? { field, expected: error.expected, count: 0, ids: [] };
      entry.count += 1;
      if (entry.ids.length < 3) entry.ids.push(record.id);
      left.set(key, entry);
    }
  }
  const view = liveView(readable, {
    now: options.now,
    ...(options.by === undefined ? {} : { by: options.by }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.horizonMs === undefined ? {} : { horizonMs: options.horizonMs }),
    timeZone: options.timeZone,
  });
  const groups = [...(view.groups as readonly (LiveViewCounts & { group: Record<string, string | null> })[])].sort((a, b) => compareValues(options.by ?? "", a.group[options.by ?? ""] ?? null, b.group[options.by ?? ""] ?? null));
  const cells = (c: LiveViewCounts, label: string): Record<string, Cell> => ({
    group: label, open: c.open, unassigned: c.unassigned, awaitingFirstReply: c.awaitingFirstReply, awaitingReply: c.awaitingReply,
    awaitingCustomer: c.awaitingCustomer, onHold: c.onHold,
    oldest: c.oldestWaiting === null ? null : String(c.oldestWaiting.id), oldestMin: c.oldestWaiting === null ? null : minutes(c.oldestWaiting.waitingMs),
    ...(options.policy === undefined ? {} : { atRisk: c.atRisk.length, breached: c.breached.length }),
  });
  const labels: [string, string][] = [
    ["group", options.by ?? "group"], ["open", "open"], ["unassigned", "unassigned"], ["awaitingFirstReply", "awaiting first reply"], ["awaitingReply", "awaiting a reply"],
    ["awaitingCustomer", "awaiting customer"], ["onHold", "on hold"], ["oldest", "longest waiting"], ["oldestMin", "waiting (min)"],
    ...(options.policy === undefined ? [] : [["atRisk", "SLA at risk"], ["breached", "SLA breached"]] as [string, string][]),
  ];
  const at = new Date(options.now).toISOString();
  const tables: Table[] = [{
    title: `The queue at ${at}`,
    columns: labels.map(([key, label]) => ({ key, label })),
    rows: groups.map((g) => cells(g, String(g.group[options.by ?? ""] ?? "(none)"))),
    totals: [cells(view.total, "total")],
  }];
  if (options.policy !== undefined) {
    const items = [...view.total.atRisk.map((i) => ({ ...i, state: "at risk" })), ...view.total.breached.map((i) => ({ ...i, state: "breached" }))];
    tables.push({
      title: `SLA targets due within ${Math.round(minutes(options.horizonMs ?? 3_600_000))} min, and breached while still owed`,
      noCharts: true,
      columns: ["ticket", "metric", "state", "due", "remaining (min)"].map((label) => ({ key: label, label })),
      rows: items.map((i) => ({ ticket: String(i.id), metric: i.metric, state: i.state, due: i.dueAt.toISOString(), "remaining (min)": minutes(i.remainingMs) })),
    });
  }
  const excluded = [...left.values()];
  if (excluded.length > 0) {
    tables.push({
      title: "Left out of the live view",
      noCharts: true,
      columns: [{ key: "records", label: "records" }, { key: "field", label: "field" }, { key: "expected", label: "should be" }, { key: "ids", label: "for example" }],
      rows: excluded.map((e) => ({ records: e.count, field: e.field, expected: e.expected, ids: e.ids.join(", ") })),
    });
  }
  return { view, tables, excluded };
}
