/// <reference types="node" />
/**
 * The SLA part of `servicekpi report`: the policy of `--sla` (with `--calendar`), checked with
 * errors in the file's own terms; the report's `now` (`--now`, or the latest instant the data
 * mentions, so that the same file gives the same numbers on any day); and the warnings the
 * report gives about its policy (a target no ticket has the priority or channel of, a `--now`
 * before tickets' last instants).
 *
 * @module
 */
import type { ExcludedRecords } from "../../aggregate/summarize/types.js";
import { isKpiInputError } from "../../errors.js";
import { epochMsOrNull } from "../../_lib/time/instant.js";
import { readRecords } from "../../node/readRecords.js";
import type { ReadOptions } from "../../node/types.js";
import type { RecordSchema } from "../../schemas/types.js";
import type { SummaryResult } from "../../aggregate/summarize/types.js";
import { assertSlaPolicy, foldCondition, type SlaPolicy } from "../../tickets/evaluateSla/policy.js";
import { businessCalendar, type BusinessCalendarDefinition } from "../../time/businessCalendar/businessCalendar.js";
import { readJsonOption } from "../_lib/mapping.js";
import { InputError, UsageError } from "../_lib/usage.js";

/** The flags the SLA part reads. */
export interface SlaFlags {
  readonly sla?: string | undefined;
  readonly calendar?: string | undefined;
  readonly now?: string | undefined;
}

/**
 * The policy of `--sla` with the business hours of `--calendar`, checked here so that an error
 * names the file and the path inside it (`targets[1].targetMs`), not the library's option path.
 */
export async function readSlaPolicy(flags: SlaFlags): Promise<SlaPolicy> {
  const file = flags.sla as string;
  const json = await readJsonOption("--sla", file);
  if (json === null || typeof json !== "object" || Array.isArray(json)) throw new InputError(`--sla ${file}: expected a JSON object { targets, pauseOn? } (an SLA policy)`);
  const calendar = flags.calendar === undefined ? undefined : await readJsonOption("--calendar", flags.calendar);
  const policy: unknown = { ...json, ...(calendar === undefined ? {} : { calendar }) };
  try {
    assertSlaPolicy("report", policy);
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
    const path = `${error.field}${error.index === undefined ? "" : `[${error.index}]`}`;
    // policy.calendar… comes from the --calendar file (when given), the rest from the policy file
    const inCalendar = flags.calendar !== undefined && /^policy\.calendar\b/.test(path);
    const where = inCalendar ? `--calendar ${flags.calendar}` : `--sla ${file}`;
    const inside = path.replace(inCalendar ? /^policy\.calendar\.?/ : /^policy\.?/, "");
    throw new InputError(`${where}: ${inside === "" ? "the file" : inside} must be ${error.expected}`);
  }
  return policy;
}

/**
 * `--calendar FILE`: business hours, checked here so that an error names the file and the path
 * inside it (`week.mon[0]`); the definition as the file gives it (the KPIs read it again).
 */
export async function readCalendar(file: string): Promise<unknown> {
  const json = await readJsonOption("--calendar", file);
  try {
    businessCalendar(json as BusinessCalendarDefinition);
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
    const path = `${error.field}${error.index === undefined ? "" : `[${error.index}]`}`.replace(/^definition\.?/, "");
    throw new InputError(`--calendar ${file}: ${path === "" ? "the file" : path} must be ${error.expected}`);
  }
  return json;
}

/** `--now`: a date and time (read in `--tz` when it has no offset), as epoch ms. */
export function readNow(text: string, timeZone: string): number {
  const ms = epochMsOrNull(text, timeZone);
  if (ms === null) throw new UsageError(`--now: a date and time such as 2026-03-29T09:30:00Z or "2026-03-29 09:30" (read in --tz); got "${text}"`);
  return ms;
}

/**
 * The latest instant any record of `file` mentions: its timestamps (created, first response,
 * solved, events), and the instants its durations give (`createdAt` + `firstResponseMs`, +
 * `resolutionMs`); `null` for a file without valid records. One extra pass over the file.
 */
export async function latestInstant(file: string, options: ReadOptions<RecordSchema>): Promise<number | null> {
  let latest = -Infinity;
  for await (const record of readRecords(file, { ...options, onInvalid: "skip" })) latest = Math.max(latest, lastOf(record as Record<string, unknown>));
  return latest === -Infinity ? null : latest;
}

/** {@link latestInstant} of records already read; `null` for none. */
export function latestOfRecords(records: readonly object[]): number | null {
  let latest = -Infinity;
  for (const record of records) latest = Math.max(latest, lastOf(record as Record<string, unknown>));
  return latest === -Infinity ? null : latest;
}

function lastOf(record: Readonly<Record<string, unknown>>): number {
  let last = -Infinity;
  for (const value of Object.values(record)) {
    if (value instanceof Date) last = Math.max(last, value.getTime());
    else if (Array.isArray(value)) for (const e of value as unknown[]) if (e !== null && typeof e === "object" && (e as { at?: unknown }).at instanceof Date) last = Math.max(last, (e as { at: Date }).at.getTime());
  }
  const created = record["createdAt"];
  if (created instanceof Date) {
    for (const key of ["firstResponseMs", "resolutionMs"]) {
      const ms = record[key];
      if (typeof ms === "number") last = Math.max(last, created.getTime() + ms);
    }
  }
  return last;
}

/**
 * Warnings about the policy's targets: each one whose priority or channel no ticket of the file
 * has (compared ignoring case and spaces, as targets match). `seen` is a summary by priority and
 * channel (its rows' `n`).
 */
export function unmatchedTargets(file: string, policy: SlaPolicy, seen: SummaryResult): string[] {
  const rows = seen.rows.map((r) => ({ priority: foldCondition(r.group["priority"] as string | null), channel: foldCondition(r.group["channel"] as string | null), n: r.n }));
  const listed = (key: "priority" | "channel"): string => [...new Set(rows.map((r) => r[key]).filter((v) => v !== null))].sort().join(", ") || "none";
  return policy.targets.flatMap((t, i) => {
    const priority = foldCondition(t.priority ?? null);
    const channel = foldCondition(t.channel ?? null);
    if (priority === null && channel === null) return [];
    if (rows.some((r) => r.n > 0 && (priority === null || r.priority === priority) && (channel === null || r.channel === channel))) return [];
    const what = [priority === null ? "" : `priority "${t.priority}"`, channel === null ? "" : `channel "${t.channel}"`].filter((s) => s !== "").join(" and ");
    const values = [priority === null ? "" : `priorities in the data: ${listed("priority")}`, channel === null ? "" : `channels: ${listed("channel")}`].filter((s) => s !== "").join("; ");
    return [`--sla ${file}: targets[${i}] (${t.metric}, ${what}) applies to no ticket (${values})`];
  });
}

/** A warning for the tickets a `--now` before their last instant left out of SLA compliance. */
export function nowWarnings(now: number, from: "--now" | "data", excluded: readonly ExcludedRecords[]): string[] {
  const early = excluded.filter((e) => /^options\.kpis\[\d+\]\.now$/.test(e.field)).reduce((n, e) => n + e.count, 0);
  if (early === 0) return [];
  const at = new Date(now).toISOString();
  return [`${from === "--now" ? `--now ${at}` : `the report's now (${at})`} is before the last recorded instant of ${early} ticket${early === 1 ? "" : "s"}: left out of SLA compliance`];
}

/** A reason in the command line's terms: the KPI options a flag set are named by the flag. */
export function reasonInFlags(text: string): string {
  return text.replace(/options\.kpis\[\d+\]\.calendar/g, "--calendar").replace(/options\.kpis\[\d+\]\.now/g, "--now");
}

/** A field of an exclusion in the command line's terms: `--now`, `--sla: targets[0]…`, else as it is. */
export function fieldInFlags(field: string): string {
  const m = /^options\.kpis\[\d+\]\.(now|policy\.?(.*))$/.exec(field);
  if (m === null) return field;
  return m[1] === "now" ? "--now" : `--sla ${m[2] ?? ""}`.trim();
}
