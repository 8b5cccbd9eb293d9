import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { json, mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip } from "./_lib/rates.test-util.js";

const at = "2026-03-02T08:00:00Z";
const RECORDS: (TicketRecord | SurveyResponseRecord)[] = [
  { id: 1, channel: "chat", createdAt: at, customerId: "A" },
  { id: 2, channel: "email", createdAt: at, customerId: "A" },
  { id: 3, channel: "email", createdAt: at, customerId: 5 },
  { id: 4, channel: "email", createdAt: at, customerId: "5" }, // a number and a string: two customers, as two groups
  { id: 5, channel: "chat", createdAt: at, customerId: "B" },
  { id: 6, channel: "chat", createdAt: at }, // without a customer
  { id: 7, channel: "chat", createdAt: at, customerId: "" }, // an empty id is none, as in the groups
  { type: "csat", score: 4, customerId: "Z", respondedAt: at, channel: "chat" }, // a survey response: left out
];

describe("uniqueCustomers KPI", () => {
  it("counts distinct customer ids of the tickets, the tickets with and without one, and tickets per customer", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["uniqueCustomers"], by: "channel" });
    // with a customer: tickets 1–5 (n 5) of A, A, 5, "5", B → 4 customers, 5 / 4 tickets each; without: 6 and 7
    expect(total.uniqueCustomers).toEqual({ value: 4, n: 5, withoutCustomer: 2, ticketsPerCustomer: 5 / 4 });
    // chat: A, B (+ 6, 7 without); email: A, 5, "5". A is in both rows and once in the total
    expect(rows.map((r) => [r.group["channel"], r.uniqueCustomers])).toEqual([
      ["chat", { value: 2, n: 2, withoutCustomer: 2, ticketsPerCustomer: 1 }],
      ["email", { value: 3, n: 3, withoutCustomer: 0, ticketsPerCustomer: 1 }],
    ]);
  });

  it("gives as many customers as by: customerId gives rows with a customer, 5 and \"5\" apart", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["uniqueCustomers"], by: "customerId" });
    const withCustomer = rows.filter((r) => r.group["customerId"] !== null);
    expect(withCustomer.map((r) => r.group["customerId"])).toEqual([5, "5", "A", "B", "Z"]); // Z: the survey response's row
    expect(withCustomer.filter((r) => r.uniqueCustomers.value !== null).length).toBe(total.uniqueCustomers.value);
  });

  it("counts a ticket in two tag groups once in the total, as one customer", () => {
    const tagged: TicketRecord[] = [
      { id: 1, createdAt: at, customerId: "C", tags: ["billing", "vip"] },
      { id: 2, createdAt: at, customerId: "D", tags: ["billing"] },
    ];
    const { rows, total } = summarize(tagged, { kpis: ["uniqueCustomers"], by: "tags" });
    // billing: C, D; vip: C; the total: C and D from two tickets, not three
    expect(rows.map((r) => [r.group["tags"], r.uniqueCustomers.value, r.uniqueCustomers.n])).toEqual([["billing", 2, 2], ["vip", 1, 1]]);
    expect(total.uniqueCustomers).toEqual({ value: 2, n: 2, withoutCustomer: 0, ticketsPerCustomer: 1 });
  });

  it("has no value without a ticket that has a customer", () => {
    expect(summarize(RECORDS.slice(5), { kpis: ["uniqueCustomers"] }).total.uniqueCustomers).toEqual({ value: null, n: 0, withoutCustomer: 2, ticketsPerCustomer: null });
    expect(summarize([], { kpis: ["uniqueCustomers"] }).total.uniqueCustomers).toEqual({ value: null, n: 0, withoutCustomer: 0, ticketsPerCustomer: null });
  });

  it("names a customer id that is not a non-empty string or a finite number", () => {
    for (const customerId of [Number.NaN, true, {}, ["A"]]) {
      expect(inputErrorOf(() => summarize([{ id: "X", createdAt: at, customerId } as never], { kpis: ["uniqueCustomers"] }))).toMatchObject({ kpi: "summarize", field: "records.customerId", index: 0, recordId: "X" });
    }
  });

  it("saves the ids as a sorted list, restores and merges them as a set", () => {
    expectJsonRoundTrip(RECORDS, { kpis: ["uniqueCustomers"], by: "channel", period: "day" });
    const a = createAggregator({ kpis: ["uniqueCustomers"] });
    for (const r of [...RECORDS].reverse()) a.add(r);
    const saved = json(a) as { total?: unknown; groups: { kpis: unknown[] }[] };
    expect(saved.groups[0]?.kpis[0]).toEqual({ tickets: 5, withoutCustomer: 2, customers: [5, "5", "A", "B"] });
    // a forged state: an id that is not one, fewer tickets than customers
    const forge = (state: unknown): unknown => ({ ...saved, groups: [{ ...saved.groups[0], kpis: [state] }] });
    expect(inputErrorOf(() => restoreAggregator(forge({ tickets: 5, withoutCustomer: 0, customers: ["A", null] })))).toMatchObject({ kpi: "restoreAggregator", index: 1 });
    expect(inputErrorOf(() => restoreAggregator(forge({ tickets: 1, withoutCustomer: 0, customers: ["A", "B"] })))).toMatchObject({ kpi: "restoreAggregator", value: 1 });
    expect(inputErrorOf(() => restoreAggregator(forge({ tickets: 1, withoutCustomer: 0 })))).toMatchObject({ kpi: "restoreAggregator" });
  });
});

const ticket = fc
  .record({
    id: fc.nat(999),
    channel: fc.constantFrom("chat", "email"),
    tags: fc.subarray(["a", "b", "c"]),
    customerId: fc.option(fc.oneof(fc.constantFrom("A", "B", "C", "D", ""), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }).map(String)), { nil: undefined }),
  })
  .map(({ customerId, ...t }): TicketRecord => ({ ...t, createdAt: Date.UTC(2026, 2, 2), ...(customerId === undefined ? {} : { customerId }) }));

test.prop([splitsOf(fc.array(ticket, { maxLength: 40 })), fc.constantFrom("channel", "tags")])("merging any split equals one pass; a plain count of distinct ids; every row at most the total", (split, by) => {
  const options = { kpis: ["uniqueCustomers"], by } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  // written out: the distinct ids, typed (a number and its text apart), with a list and includes
  const seen: (string | number)[] = [];
  let withCustomer = 0;
  for (const t of split[0]) {
    if (t.customerId === undefined || t.customerId === "") continue;
    withCustomer++;
    if (!seen.includes(t.customerId)) seen.push(t.customerId);
  }
  const u = whole.total.uniqueCustomers;
  expect(u).toEqual({ value: withCustomer === 0 ? null : seen.length, n: withCustomer, withoutCustomer: split[0].length - withCustomer, ticketsPerCustomer: withCustomer === 0 ? null : withCustomer / seen.length });
  for (const row of whole.rows) expect(row.uniqueCustomers.value ?? 0).toBeLessThanOrEqual(u.value ?? 0);
  if (u.ticketsPerCustomer !== null) expect(u.ticketsPerCustomer).toBeGreaterThanOrEqual(1);
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
