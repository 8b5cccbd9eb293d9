import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { readRecords } from "../../node/readRecords.js";
import { ticketSchema } from "../../schemas/tickets.js";
import { sampleTickets } from "../sample/generate.js";
import { sampleCommand } from "./sample.js";

const START = Date.parse("2026-01-01T00:00:00Z");

/** The sample as a record: timestamps as Dates, missing values left out (as the schema reads CSV). */
function asRecord(t: ReturnType<typeof sampleTickets> extends Generator<infer T> ? T : never): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(t)) {
    if (value === null) continue;
    out[key] = ["createdAt", "firstResponseAt", "resolvedAt"].includes(key) ? new Date(value as string) : value;
  }
  return out;
}

test.prop([fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom("csv", "ndjson", "json")], { numRuns: 40 })(
  "sample output read back with readRecords gives every generated ticket, unchanged",
  async (seed, tickets, days, format) => {
    let text = "";
    await sampleCommand({ tickets: String(tickets), seed: String(seed), days: String(days), format }, async (chunk) => { text += chunk; });
    const reader = readRecords((async function* () { yield text; })(), { schema: ticketSchema, format });
    const { records, counts } = await reader.collect();
    expect(counts).toEqual({ rows: tickets, records: tickets, rejected: 0 });
    expect(records).toEqual([...sampleTickets({ tickets, seed, startMs: START, days })].map(asRecord));
  },
);
