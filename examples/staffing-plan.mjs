// Contact-center staffing: Erlang C for one interval, then a day's plan, then the effect of
// callers who hang up (Erlang A).
//
//   npm run build && node examples/staffing-plan.mjs
//
// The first step is Call Centre Helper's worked example (100 calls in 30 minutes, 180 s average
// handle time, 80 % answered within 20 s: 14 agents, 20 scheduled at 30 % shrinkage); the script
// stops with an error if servicekpi disagrees with it.
import { erlangC, requiredAgents, serviceLevel, staffingTable } from "servicekpi";

const MINUTE = 60_000;
const interval = { calls: 100, intervalMs: 30 * MINUTE, ahtMs: 180_000 };

// 1. One interval: the smallest team meeting 80/20.
const need = requiredAgents({ ...interval, targetServiceLevel: 80, thresholdMs: 20_000, shrinkage: 0.3 });
if (need.agents !== 14 || need.scheduledAgents !== 20) throw new Error(`expected 14 and 20 agents, got ${need.agents} and ${need.scheduledAgents}`);
console.log("Call Centre Helper's example: 100 calls / 30 min, AHT 180 s, target 80/20, shrinkage 30 %");
console.table([11, 12, 13, 14, 15].map((agents) => {
  const r = erlangC({ ...interval, agents, thresholdMs: 20_000 });
  return {
    agents,
    "P(wait)": r.probabilityOfWaiting.toFixed(4),
    "service level %": r.serviceLevel.toFixed(1),
    "ASA s": r.asaMs === null ? "–" : (r.asaMs / 1000).toFixed(1),
    "occupancy %": r.occupancy.toFixed(1),
  };
}));
console.log(`→ ${need.agents} agents on the phones, ${need.scheduledAgents} scheduled\n`);

// 2. A day of half-hour intervals, 08:00 to 18:00.
const forecast = [38, 64, 92, 118, 131, 140, 134, 121, 104, 97, 108, 126, 133, 122, 106, 93, 81, 66, 49, 31];
const options = { intervalMs: 30 * MINUTE, ahtMs: 240_000, targetServiceLevel: 80, thresholdMs: 20_000, maxOccupancy: 85, shrinkage: 0.3 };
const start = (i) => `${String(8 + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 === 0 ? "00" : "30"}`;
const plan = staffingTable(forecast.map((calls, i) => ({ calls, start: start(i) })), options);
console.table(plan.rows.map((r) => ({ start: r.start, calls: r.calls, agents: r.agents, scheduled: r.scheduledAgents, "SL %": r.serviceLevel.toFixed(1) })));
const t = plan.totals;
console.log(`day: ${t.calls} calls, ${(t.agentMs / 3_600_000).toFixed(1)} agent-hours on the phones, ${(t.scheduledAgentMs / 3_600_000).toFixed(1)} scheduled, peak ${t.peakScheduledAgents} scheduled, service level ${t.serviceLevel.toFixed(1)} %\n`);

// 3. Callers who give up after two minutes on average: Erlang A predicts the queue that Erlang C
// overstates, and serviceLevel reads the same number from call records.
const patient = erlangC({ ...interval, agents: 12, thresholdMs: 20_000 });
const impatient = erlangC({ ...interval, agents: 12, thresholdMs: 20_000, patienceMs: 2 * MINUTE });
console.log(`12 agents: Erlang C service level ${patient.serviceLevel.toFixed(1)} %, ASA ${(patient.asaMs / 1000).toFixed(1)} s;`);
console.log(`  with 2-minute patience (Erlang A) ${impatient.serviceLevel.toFixed(1)} %, ASA ${(impatient.asaMs / 1000).toFixed(1)} s, ${(impatient.probabilityOfAbandon * 100).toFixed(1)} % abandon`);
const day = [{ waitMs: 4_000, outcome: "answered" }, { waitMs: 35_000, outcome: "answered" }, { waitMs: 12_000, outcome: "abandoned" }];
console.log(`serviceLevel on three logged calls, answered-of-offered: ${serviceLevel(day, { thresholdMs: 20_000 }).value.toFixed(1)} %`);
