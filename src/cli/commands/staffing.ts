/**
 * `servicekpi staffing`: agents needed for a call forecast, by Erlang C (or Erlang A with
 * `--patience`), for one interval or a day of intervals.
 *
 * @module
 */
import { staffingTable } from "../../contactCenter/staffingTable/staffingTable.js";
import type { Output } from "../_lib/render.js";
import { parseCounts, parseDuration, parseFraction, parseTarget, UsageError } from "../_lib/usage.js";

export const STAFFING_HELP = `servicekpi staffing --calls N[,N...] --interval 30m --aht 180s --target 80/20s [options]

Agents needed to answer a call forecast within a service-level target (Erlang C).

  --calls N[,N...]    calls forecast for one interval, or one count per interval (a day)
  --interval D        length of an interval: 15m, 30m, 1h
  --aht D             average handle time (talk + hold + after-call work): 180s, 4m
  --target P/D        service-level target: 80/20s = 80 % answered within 20 s
  --shrinkage P       share of paid time off the phones: 30% or 0.3 (default 0)
  --max-occupancy P   highest acceptable occupancy: 85% or 0.85 (default none)
  --patience D        mean caller patience: staff by Erlang A, callers abandon (default none)
  --format F          table (default), json, csv, markdown or html
  --out FILE          write to FILE instead of standard output

Durations take a unit (ms, s, m, h). Example:
  servicekpi staffing --calls 100 --interval 30m --aht 180s --target 80/20s --shrinkage 30%
`;

export interface StaffingFlags {
  readonly calls?: string | undefined;
  readonly interval?: string | undefined;
  readonly aht?: string | undefined;
  readonly target?: string | undefined;
  readonly shrinkage?: string | undefined;
  readonly "max-occupancy"?: string | undefined;
  readonly patience?: string | undefined;
}

function required(flags: StaffingFlags, name: "calls" | "interval" | "aht" | "target"): string {
  const value = flags[name];
  if (value === undefined) throw new UsageError(`staffing: --${name} is required (see servicekpi staffing --help)`);
  return value;
}

/** Runs the staffing command on parsed flags. */
export function staffingCommand(flags: StaffingFlags): Output {
  const calls = parseCounts("--calls", required(flags, "calls"));
  const intervalMs = parseDuration("--interval", required(flags, "interval"));
  const ahtMs = parseDuration("--aht", required(flags, "aht"));
  const target = parseTarget("--target", required(flags, "target"));
  const shrinkage = flags.shrinkage === undefined ? 0 : parseFraction("--shrinkage", flags.shrinkage);
  if (shrinkage >= 1) throw new UsageError(`--shrinkage: must be below 100 %; got "${flags.shrinkage}"`);
  const maxOccupancy = flags["max-occupancy"] === undefined ? undefined : parseFraction("--max-occupancy", flags["max-occupancy"]) * 100;
  const patienceMs = flags.patience === undefined ? undefined : parseDuration("--patience", flags.patience);
  const plan = staffingTable(calls, { intervalMs, ahtMs, ...target, shrinkage, maxOccupancy, patienceMs });
  const rows = plan.rows.map((r) => ({
    interval: r.index + 1,
    calls: r.calls,
    trafficErlangs: r.trafficErlangs,
    agents: r.agents,
    scheduledAgents: r.scheduledAgents,
    serviceLevel: r.serviceLevel,
    asaSeconds: r.asaMs / 1000,
    occupancy: r.occupancy,
    ...("probabilityOfAbandon" in r ? { abandonPercent: (r.probabilityOfAbandon as number) * 100 } : {}),
  }));
  const columns = [
    { key: "interval", label: "interval" },
    { key: "calls", label: "calls" },
    { key: "trafficErlangs", label: "traffic (Erlangs)" },
    { key: "agents", label: "agents" },
    { key: "scheduledAgents", label: "scheduled" },
    { key: "serviceLevel", label: "service level %" },
    { key: "asaSeconds", label: "ASA s" },
    { key: "occupancy", label: "occupancy %" },
    ...(patienceMs === undefined ? [] : [{ key: "abandonPercent", label: "abandon %" }]),
  ];
  const t = plan.totals;
  const totals = [{
    calls: t.calls,
    agentHours: t.agentMs / 3_600_000,
    scheduledHours: t.scheduledAgentMs / 3_600_000,
    peakAgents: t.peakAgents,
    peakScheduled: t.peakScheduledAgents,
    serviceLevel: t.serviceLevel,
  }];
  return {
    data: { input: { calls, intervalMs, ahtMs, ...target, shrinkage, maxOccupancy: maxOccupancy ?? null, patienceMs: patienceMs ?? null }, rows: plan.rows, totals: plan.totals },
    tables: [
      { title: "Staffing per interval", columns, rows },
      ...(calls.length > 1 ? [{
        title: "Totals",
        columns: [
          { key: "calls", label: "calls" }, { key: "agentHours", label: "agent hours" }, { key: "scheduledHours", label: "scheduled hours" },
          { key: "peakAgents", label: "peak agents" }, { key: "peakScheduled", label: "peak scheduled" }, { key: "serviceLevel", label: "service level %" },
        ],
        rows: totals,
      }] : []),
    ],
  };
}
