// Embedding the calculators in a dashboard: only the pure main entry (it bundles for the
// browser), records that arrive in batches (pages of an API, shards, web workers), partial
// aggregators kept as JSON and merged into the numbers a widget shows.
//
//   npm run build && node examples/dashboard-embed.mjs
import { createAggregator, nps, restoreAggregator, summarize } from "servicekpi";

// Records as a helpdesk API might return them, in three pages.
const channels = ["email", "chat", "phone"];
const tickets = Array.from({ length: 90 }, (_, i) => ({
  id: `T-${i + 1}`,
  channel: channels[i % 3],
  createdAt: new Date(Date.UTC(2026, 2, 2 + (i % 28), 9 + (i % 8))).toISOString(),
  firstResponseMs: (i % 3 === 1 ? 2 : 90) * 60_000 + (i % 7) * 45_000,
  status: i % 10 === 0 ? "open" : "solved",
  csat: i % 4 === 0 ? undefined : 1 + ((i * 7) % 5),
  surveySent: true,
}));
const pages = [tickets.slice(0, 30), tickets.slice(30, 60), tickets.slice(60)];
const options = { by: "channel", kpis: ["count", "csat", "firstResponseTime", "resolutionRate"] };

// Each page is summarised where it arrives; only the small JSON state travels.
const states = pages.map((page) => {
  const partial = createAggregator(options);
  for (const t of page) partial.add(t);
  return JSON.stringify(partial.toJSON());
});
const merged = states.map((s) => restoreAggregator(JSON.parse(s))).reduce((a, b) => a.merge(b));
const widget = merged.result().rows.map((r) => ({
  channel: r.group.channel,
  tickets: r.n,
  csat: r.csat.value,
  csatResponseRate: r.csat.responseRate?.value ?? null,
  frtMedianMinutes: r.firstResponseTime.medianMs / 60_000,
  resolvedPercent: r.resolutionRate.value,
}));
console.log(JSON.stringify(widget, null, 2));

// The merged pieces give exactly the one-pass numbers.
const onePass = summarize(tickets, options);
if (JSON.stringify(onePass) !== JSON.stringify(merged.result())) throw new Error("merge differs from one pass");
console.log("merged from 3 pages = one pass over all 90 tickets");
console.log(`NPS widget for 12 answers: ${JSON.stringify(nps([10, 9, 9, 10, 8, 7, 6, 10, 9, 3, 9, 10]).ci)}`);
