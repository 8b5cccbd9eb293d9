/**
 * The result of an aggregator: the kept ratings put back into their groups, one row per group
 * in order, the backlog carried from period to period, and the total from the pooled states.
 *
 * @module
 */
import type { GroupValue } from "../../operations/contactVolume/contactVolume.js";
import type { SummaryResult } from "../summarize/types.js";
import { backlogResult, type BacklogState } from "./acc/backlog.js";
import type { SurveyAccumulator } from "./acc/survey.js";
import { compareGroups } from "./groupKey.js";
import type { ReadOptions } from "./options.js";
import { periodLabel, type Period } from "./period.js";
import { cloneKpi, emptyState, groupOf, mergeGroup, type AggregatorState, type GroupState } from "./state.js";

/** The group states with every kept rating added to its group's survey columns. */
function finalGroups(o: ReadOptions, state: AggregatorState): GroupState[] {
  const out = emptyState();
  for (const g of state.groups.values()) out.groups.set(JSON.stringify(g.values), { values: g.values, n: g.n, kpis: g.kpis.map((s, j) => cloneKpi(o, j, s)) });
  const pseudo = { kpi: "summarize", index: undefined, id: undefined, raw: {}, effective: {}, ticket: null, survey: null, placeMs: null, timeZone: o.timeZone };
  for (const r of state.kept.values()) {
    const group = groupOf(o, out, r.group);
    o.kpis.forEach(({ accumulator }, j) => {
      if (accumulator.kpi !== r.type) return;
      const acc = accumulator as SurveyAccumulator;
      acc.addKept(group.kpis[j] as never, r.score === null ? null : acc.readScore(pseudo, r.score, "ratings.score"));
    });
  }
  return [...out.groups.values()];
}

/** Builds the summary of a state. */
export function buildResult(o: ReadOptions, state: AggregatorState): SummaryResult {
  const kinds = [...o.dims.map((d) => d.kind as string), ...(o.period === null ? [] : ["period"])];
  const names = [...o.dims.map((d) => d.name), ...(o.period === null ? [] : ["period"])];
  const groups = finalGroups(o, state).sort((a, b) => compareGroups(kinds, a.values, b.values));
  const label = (v: GroupValue, k: number): GroupValue => (kinds[k] === "period" && v !== null ? periodLabel(v as number, o.period as Period) : v);
  const open = new Map<string, number>(); // backlog carried per group without its period, per column
  const row = (group: Record<string, GroupValue>, g: GroupState, carry: string | null): Record<string, unknown> => {
    const out: Record<string, unknown> = { group, n: g.n };
    o.kpis.forEach(({ accumulator: acc }, j) => {
      if (acc.kpi !== "backlog" || carry === null) {
        out[acc.column] = acc.result(g.kpis[j]);
        return;
      }
      const key = `${j}:${carry}`;
      const r = carry === "null" ? null : backlogResult(g.kpis[j] as BacklogState, open.get(key) ?? 0);
      if (r !== null) open.set(key, r.openAtEnd);
      out[acc.column] = r;
    });
    return out;
  };
  const rows = groups.map((g) => {
    const carry = o.period === null ? null : g.values[g.values.length - 1] === null ? "null" : JSON.stringify(g.values.slice(0, -1));
    return row(Object.fromEntries(names.map((name, k) => [name, label(g.values[k] as GroupValue, k)])), g, carry);
  });
  const pooled: GroupState = { values: [], n: 0, kpis: o.kpis.map((k) => k.accumulator.create()) };
  for (const g of groups) mergeGroup(o, pooled, g);
  return { rows, total: row({}, pooled, null) } as unknown as SummaryResult;
}
