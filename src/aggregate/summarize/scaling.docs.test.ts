/**
 * docs/guides/scaling.md: the map/merge code it shows, run on sample records in shards, equals
 * one pass; merging a partial twice counts it twice, as the page warns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleTickets } from "../../cli/sample/generate.js";
import { createAggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";

const page = readFileSync(new URL("../../../docs/guides/scaling.md", import.meta.url), "utf8");

// as on the page
const options = { kpis: ["count", "csat", "nps", "firstResponseTime", "resolutionRate"], by: "channel", period: "month" } as const;
function partial(records: Iterable<unknown>): string {
  const aggregator = createAggregator(options);
  for (const record of records) aggregator.add(record as never);
  return JSON.stringify(aggregator.toJSON());
}
function merged(partials: Iterable<string>) {
  const all = createAggregator(options);
  for (const text of partials) all.merge(restoreAggregator(JSON.parse(text)));
  return all.result();
}

describe("docs/guides/scaling.md", () => {
  const records = [...sampleTickets({ tickets: 3_000, seed: 4, startMs: Date.UTC(2026, 0, 1), days: 120 })];

  it("shows the code run here", () => {
    for (const line of [
      'export const options = { kpis: ["count", "csat", "nps", "firstResponseTime", "resolutionRate"], by: "channel", period: "month" } as const;',
      "  for (const record of records) aggregator.add(record as never);",
      "  return JSON.stringify(aggregator.toJSON());",
      "  for (const text of partials) all.merge(restoreAggregator(JSON.parse(text)));",
    ]) expect(page).toContain(line);
  });

  it("merges shards, in any order and in a tree, into the one-pass result", () => {
    const shards = [0, 1, 2, 3, 4].map((k) => records.filter((_, i) => i % 5 === k));
    const partials = shards.map(partial);
    const whole = summarize(records as never, options);
    expect(merged(partials)).toEqual(whole);
    expect(merged([...partials].reverse())).toEqual(whole);
    // a tree: two intermediate merges saved and merged again
    const left = createAggregator(options);
    for (const p of partials.slice(0, 2)) left.merge(restoreAggregator(JSON.parse(p)));
    const right = createAggregator(options);
    for (const p of partials.slice(2)) right.merge(restoreAggregator(JSON.parse(p)));
    expect(merged([JSON.stringify(left.toJSON()), JSON.stringify(right.toJSON())])).toEqual(whole);
  });

  it("counts a partial merged twice twice (merge each partial once)", () => {
    const one = partial(records.slice(0, 100));
    const twice = createAggregator(options);
    twice.merge(restoreAggregator(JSON.parse(one))).merge(restoreAggregator(JSON.parse(one)));
    expect(twice.toJSON().added).toBe(200);
    expect(twice.result().total.n).toBe(200);
  });
});
