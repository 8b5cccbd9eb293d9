// A survey report: NPS with its confidence interval and its change between two quarters, CSAT
// with its response rate, from survey responses (one ticket rated twice counts once).
//
//   npm run build && node examples/survey-report.mjs
import { csat, nps, npsDifference, summarize } from "servicekpi";

// 2026 Q1 and Q2 answers to "How likely are you to recommend us?" (0–10), as a small sample.
const q1 = [10, 9, 9, 8, 7, 10, 6, 3, 9, 10, 8, 9, 5, 10, 9, 7, 9, 10, 2, 9, 8, 10, 9, 6, 10, 9, 9, 4, 10, 8];
const q2 = [10, 10, 9, 9, 8, 10, 9, 7, 9, 10, 10, 9, 6, 10, 9, 9, 10, 10, 8, 9, 9, 10, 9, 7, 10, 9, 10, 5, 10, 9, 9, 10];
const a = nps(q1);
const b = nps(q2);
console.log(`NPS Q1 ${a.value.toFixed(1)} (95 % CI ${a.ci.lower.toFixed(1)} to ${a.ci.upper.toFixed(1)}, n = ${a.n})`);
console.log(`NPS Q2 ${b.value.toFixed(1)} (95 % CI ${b.ci.lower.toFixed(1)} to ${b.ci.upper.toFixed(1)}, n = ${b.n})`);
const change = npsDifference(q2, q1);
console.log(`change ${change.difference.toFixed(1)} points, 95 % CI ${change.ci.lower.toFixed(1)} to ${change.ci.upper.toFixed(1)}:` +
  ` ${change.ci.lower > 0 ? "a real rise" : "within the noise of samples this small"}`);

// CSAT survey responses, sent and answered, with one ticket rated twice.
const responses = [
  { type: "csat", ticketId: "T-1", score: 2, sentAt: "2026-04-02T10:00:00Z", respondedAt: "2026-04-02T11:00:00Z", channel: "email" },
  { type: "csat", ticketId: "T-1", score: 5, sentAt: "2026-04-02T10:00:00Z", respondedAt: "2026-04-05T09:00:00Z", channel: "email" },
  { type: "csat", ticketId: "T-2", score: 4, sentAt: "2026-04-03T10:00:00Z", respondedAt: "2026-04-03T12:00:00Z", channel: "chat" },
  { type: "csat", ticketId: "T-3", sentAt: "2026-04-03T10:00:00Z", channel: "chat" },
  { type: "csat", ticketId: "T-4", score: 3, sentAt: "2026-04-04T10:00:00Z", respondedAt: "2026-04-04T10:30:00Z", channel: "chat" },
  { type: "csat", ticketId: "T-5", sentAt: "2026-04-04T10:00:00Z", channel: "email" },
];
const byChannel = summarize(responses, { by: "channel", kpis: ["csat"] });
console.table([...byChannel.rows, byChannel.total].map((r) => ({
  channel: r.group.channel ?? "total",
  "CSAT %": r.csat.value,
  answers: r.csat.n,
  "response rate %": r.csat.responseRate?.value ?? null,
})));
// T-1's later answer (5) replaces its first (2): the total is csat of [5, 4, 3].
if (byChannel.total.csat.value !== csat([5, 4, 3]).value) throw new Error("one rating per ticket expected");
