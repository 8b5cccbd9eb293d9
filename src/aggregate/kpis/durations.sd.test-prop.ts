/**
 * Invariants of `sdMs`: within 1e-9 of a two-pass reference, and the same to the bit after any
 * split, any merge order and JSON, with durations kept or sketched (`maxExactValues: 0`).
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { TicketRecord } from "../../records/types.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { json, mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import type { DurationSummary } from "./_lib/durations.js";
import { SD_TOLERANCE, twoPassSd } from "./_lib/sd.test-util.js";

/** Whole ms up to 1e10, fractions, and durations near 1e10 that differ by little. */
const duration = fc.oneof(
  fc.integer({ min: 0, max: 1e10 }),
  fc.double({ min: 0, max: 1e10, noNaN: true }),
  fc.integer({ min: 0, max: 5_000 }).map((d) => 1e10 + d),
);
const durations = fc.array(duration, { maxLength: 40 });
const tickets = (handle: readonly number[]): TicketRecord[] => handle.map((handleMs, i) => ({ id: i + 1, createdAt: "2026-03-02T09:00:00Z", handleMs }));

for (const maxExactValues of [1_000_000, 0]) {
  const options = { kpis: ["handleTime"], maxExactValues } as const;

  test.prop([durations])(`sdMs is within ${SD_TOLERANCE} of the two-pass sd, null below 2 durations (maxExactValues ${maxExactValues})`, (handle) => {
    const sd = summarize(tickets(handle), options).total.handleTime.sdMs;
    const ref = twoPassSd(handle);
    if (ref === null) expect(sd).toBeNull();
    else if (ref === 0) expect(sd).toBeLessThanOrEqual(1e-6); // the reference's own mean rounds: equal durations may leave it a hair above 0
    else expect(Math.abs((sd as number) / ref - 1)).toBeLessThanOrEqual(SD_TOLERANCE);
  });

  test.prop([splitsOf(durations.map(tickets))])(`merging any split in any order, through JSON or not, gives the one-pass sdMs to the bit (maxExactValues ${maxExactValues})`, (split) => {
    const { folded } = mergeSplit(split, options);
    const one = summarize(split[0], options).total.handleTime;
    const merged = folded.result().total["handleTime"] as DurationSummary;
    expect(merged.sdMs).toBe(one.sdMs);
    // a sketch's meanMs is a float sum in arrival order: for fractions of a ms it may differ in the last bits (whole ms are exact)
    expect({ ...merged, meanMs: 0 }).toEqual({ ...one, meanMs: 0 });
    if (one.meanMs === null || maxExactValues > 0) expect(merged.meanMs).toBe(one.meanMs);
    else expect(Math.abs((merged.meanMs as number) - one.meanMs)).toBeLessThanOrEqual(1e-12 * one.meanMs);
    expect((restoreAggregator(json(folded)).result().total["handleTime"] as DurationSummary).sdMs).toBe(one.sdMs);
  });
}

test.prop([durations, fc.nat(40)])("the sdMs of kept durations and of their sketch are the same, whenever the switch happens", (handle, budget) => {
  const a = createAggregator({ kpis: ["handleTime"], maxExactValues: budget });
  for (const t of tickets(handle)) a.add(t);
  expect(a.result().total.handleTime.sdMs).toBe(summarize(tickets(handle), { kpis: ["handleTime"] }).total.handleTime.sdMs);
});
