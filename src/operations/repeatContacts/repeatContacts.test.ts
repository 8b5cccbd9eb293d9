import { describe, expect, it } from "vitest";
import { repeatContacts, type Contact } from "./repeatContacts.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

const H = 3_600_000;
const DAY = 24 * H;

describe("repeatContacts", () => {
  it("flags the contact that was followed within the window (the TSDoc example)", () => {
    const contacts = [
      { id: "a", customerId: 1, topic: "billing", startedAt: "2026-03-02T09:00Z" },
      { id: "b", customerId: 1, topic: "billing", startedAt: "2026-03-05T09:00Z" },
      { id: "c", customerId: 1, topic: "login", startedAt: "2026-03-06T09:00Z" },
      { id: "d", customerId: 2, topic: "billing", startedAt: "2026-03-03T09:00Z" },
    ];
    const r = repeatContacts(contacts, { windowMs: 7 * DAY });
    // b comes back 3 days after a on the same customer and topic; c is another topic, d another customer.
    expect(r.contacts.map((c) => c.repeat)).toEqual([true, false, false, false]);
    expect(r.contacts[0]).toEqual({ ...contacts[0], repeat: true });
    // FCR 3 of 4; interval: statsmodels 0.15 proportion_confint(3, 4, method="wilson") × 100.
    expect(r.fcr.value).toBe(75);
    expect(r.fcr.n).toBe(4);
    expect(r.fcr.ci?.lower).toBeCloseTo(30.064184258240186, 9);
    expect(r.fcr.ci?.upper).toBeCloseTo(95.44127391902994, 9);
  });

  it("counts a follow-up exactly at the end of the window, not one a millisecond later", () => {
    const at = (ms: number): Contact => ({ customerId: "x", topic: "t", startedAt: ms });
    expect(repeatContacts([at(0), at(DAY)], { windowMs: DAY }).contacts.map((c) => c.repeat)).toEqual([true, false]);
    expect(repeatContacts([at(0), at(DAY + 1)], { windowMs: DAY }).contacts.map((c) => c.repeat)).toEqual([false, false]);
  });

  it("does not count contacts at the same instant as repeats of each other", () => {
    const same: Contact[] = [
      { id: 1, customerId: "x", topic: "t", startedAt: 1000 },
      { id: 2, customerId: "x", topic: "t", startedAt: 1000 },
      { id: 3, customerId: "x", topic: "t", startedAt: 1000 + H },
    ];
    // 1 and 2 are simultaneous; both are followed by 3 within a day.
    expect(repeatContacts(same, { windowMs: DAY }).contacts.map((c) => c.repeat)).toEqual([true, true, false]);
    expect(repeatContacts(same.slice(0, 2), { windowMs: DAY }).fcr.value).toBe(100);
  });

  it("flags every contact of a chain but the last, and keeps all of them in the denominator", () => {
    // Three calls two days apart, window 3 days: calls 1 and 2 did not resolve; call 3 did.
    const chain = [0, 2, 4].map((d) => ({ customerId: 7, topic: "router", startedAt: d * DAY }));
    const r = repeatContacts(chain, { windowMs: 3 * DAY });
    expect(r.contacts.map((c) => c.repeat)).toEqual([true, true, false]);
    expect(r.fcr.n).toBe(3);
    expect(r.fcr.value).toBeCloseTo(100 / 3, 12);
  });

  it("matches against an O(n²) reference on a mixed log", () => {
    const log: Contact[] = [];
    for (let i = 0; i < 60; i++) log.push({ id: i, customerId: i % 5, topic: ["a", "b"][i % 2], startedAt: ((i * 7919) % 101) * H });
    const windowMs = 12 * H;
    const expected = log.map((c, i) =>
      log.some((d, j) => j !== i && d.customerId === c.customerId && d.topic === c.topic && (d.startedAt as number) > (c.startedAt as number) && (d.startedAt as number) - (c.startedAt as number) <= windowMs),
    );
    const r = repeatContacts(log, { windowMs });
    expect(r.contacts.map((c) => c.repeat)).toEqual(expected);
    expect(r.fcr.value).toBeCloseTo((expected.filter((x) => !x).length * 100) / 60, 12);
  });

  it("reads createdAt when there is no startedAt, so tickets can be passed", () => {
    const tickets = [
      { id: 1, customerId: "c", topic: "t", createdAt: "2026-03-01 10:00", channel: "email" },
      { id: 2, customerId: "c", topic: "t", createdAt: "2026-03-01 12:00", channel: "chat" },
    ];
    const r = repeatContacts(tickets, { windowMs: H * 2, timeZone: "Europe/Amsterdam" });
    expect(r.contacts).toEqual([{ ...tickets[0], repeat: true }, { ...tickets[1], repeat: false }]);
  });

  it("takes a key as field names or as a function", () => {
    const log = [
      { customerId: "x", topic: "a", startedAt: 0 },
      { customerId: "x", topic: "b", startedAt: H },
    ];
    expect(repeatContacts(log, { windowMs: DAY }).contacts.map((c) => c.repeat)).toEqual([false, false]);
    expect(repeatContacts(log, { windowMs: DAY, key: ["customerId"] }).contacts.map((c) => c.repeat)).toEqual([true, false]);
    expect(repeatContacts(log, { windowMs: DAY, key: (c) => c.customerId.toUpperCase() }).contacts.map((c) => c.repeat)).toEqual([true, false]);
    // A number and a string are different keys.
    expect(repeatContacts([{ customerId: 1, startedAt: 0 }, { customerId: "1", startedAt: 1 }], { windowMs: DAY, key: ["customerId"] }).contacts.map((c) => c.repeat)).toEqual([false, false]);
  });

  it("gives a null FCR for no contacts, keeps input order and does not mutate", () => {
    expect(repeatContacts([], { windowMs: DAY })).toEqual({ contacts: [], fcr: { value: null, n: 0, ci: null } });
    const log = [{ customerId: 1, topic: "t", startedAt: 5 * H }, { customerId: 1, topic: "t", startedAt: 0 }];
    const copy = JSON.parse(JSON.stringify(log)) as unknown;
    const r = repeatContacts(log, { windowMs: DAY });
    expect(r.contacts.map((c) => [c.startedAt, c.repeat])).toEqual([[5 * H, false], [0, true]]);
    expect(log).toEqual(copy);
    expect(r.contacts[0]).not.toBe(log[0]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "7d", undefined])("rejects windowMs %o", (windowMs) => {
    expect(inputErrorOf(() => repeatContacts([], { windowMs } as never))).toMatchObject({ kpi: "repeatContacts", field: "options.windowMs", value: windowMs });
  });

  it("rejects contacts without the key fields or a start, naming index and id", () => {
    const good = { customerId: 1, topic: "t", startedAt: 0 };
    const noTopic = inputErrorOf(() => repeatContacts([good, { id: "c-9", customerId: 1, startedAt: 0 }], { windowMs: DAY }));
    expect(noTopic).toMatchObject({ field: "contacts.topic", index: 1, recordId: "c-9", value: undefined });
    expect(noTopic["message"]).toMatch(/pass options\.key/);
    expect(inputErrorOf(() => repeatContacts([{ customerId: "", topic: "t", startedAt: 0 }], { windowMs: DAY }))).toMatchObject({ field: "contacts.customerId", index: 0 });
    expect(inputErrorOf(() => repeatContacts([{ customerId: 1, topic: "t" }], { windowMs: DAY }))).toMatchObject({ field: "contacts.startedAt", index: 0 });
    expect(inputErrorOf(() => repeatContacts([{ customerId: 1, topic: "t", startedAt: "31/12/2026" }], { windowMs: DAY }))).toMatchObject({ field: "contacts.startedAt", value: "31/12/2026" });
    expect(inputErrorOf(() => repeatContacts([good, null as never], { windowMs: DAY }))).toMatchObject({ field: "contacts", index: 1 });
    expect(inputErrorOf(() => repeatContacts([good], { windowMs: DAY, key: () => undefined as never }))).toMatchObject({ field: "options.key", index: 0 });
    expect(inputErrorOf(() => repeatContacts([good], { windowMs: DAY, key: [] }))).toMatchObject({ field: "options.key" });
    expect(inputErrorOf(() => repeatContacts([good], { windowMs: DAY, confidence: 1 }))).toMatchObject({ field: "options.confidence" });
    expect(inputErrorOf(() => repeatContacts(5 as never, { windowMs: DAY }))).toMatchObject({ field: "contacts" });
  });
});
