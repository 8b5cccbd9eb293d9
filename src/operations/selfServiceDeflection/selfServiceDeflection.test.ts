import { describe, expect, it } from "vitest";
import { selfServiceDeflection } from "./selfServiceDeflection.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

const H = 3_600_000;

describe("selfServiceDeflection", () => {
  it("counts sessions with no contact from the same customer within the window (the TSDoc example)", () => {
    const sessions = [
      { customerId: "ann", startedAt: "2026-03-02T09:00Z" },
      { customerId: "bob", startedAt: "2026-03-02T10:00Z" },
      { customerId: "cat", startedAt: "2026-03-02T11:00Z" },
      { customerId: "ann", startedAt: "2026-03-04T09:00Z" },
    ];
    const contacts = [
      { customerId: "ann", channel: "phone", startedAt: "2026-03-02T09:30Z" },
      { customerId: "bob", channel: "email", startedAt: "2026-03-03T12:00Z" },
    ];
    // By hand: ann's first session is followed 30 min later; bob's contact comes 26 h later,
    // outside 24 h; cat never contacts; ann's second session comes after her call. 3 of 4.
    // Interval: statsmodels 0.15 proportion_confint(3, 4, method="wilson") × 100.
    const r = selfServiceDeflection(sessions, contacts, { windowMs: 24 * H });
    expect(r).toMatchObject({ value: 75, n: 4, deflected: 3, followedByContact: 1 });
    expect(r.ci?.lower).toBeCloseTo(30.064184258240186, 9);
    expect(r.ci?.upper).toBeCloseTo(95.44127391902994, 9);
    expect(Object.keys(r)).toEqual(["value", "n", "deflected", "followedByContact", "ci"]);
  });

  it("includes a contact at the session's start and at the end of the window, not one before or after", () => {
    const session = [{ customerId: 1, startedAt: 10 * H }];
    const followed = (t: number): number => selfServiceDeflection(session, [{ customerId: 1, startedAt: t }], { windowMs: H }).followedByContact;
    expect([followed(10 * H - 1), followed(10 * H), followed(11 * H), followed(11 * H + 1)]).toEqual([0, 1, 1, 0]);
  });

  it("lets one contact follow several sessions", () => {
    const sessions = [0, 1, 2].map((h) => ({ customerId: "x", startedAt: h * H }));
    const r = selfServiceDeflection(sessions, [{ customerId: "x", startedAt: 2.5 * H }], { windowMs: 3 * H });
    expect(r).toMatchObject({ value: 0, deflected: 0, followedByContact: 3 });
  });

  it("matches an O(n × m) reference", () => {
    const sessions = Array.from({ length: 40 }, (_, i) => ({ customerId: i % 6, startedAt: ((i * 37) % 50) * H }));
    const contacts = Array.from({ length: 25 }, (_, i) => ({ customerId: (i * 5) % 7, startedAt: ((i * 11) % 53) * H }));
    const windowMs = 4 * H;
    const followed = sessions.filter((s) => contacts.some((c) => c.customerId === s.customerId && c.startedAt >= s.startedAt && c.startedAt - s.startedAt <= windowMs)).length;
    expect(selfServiceDeflection(sessions, contacts, { windowMs })).toMatchObject({ n: 40, followedByContact: followed, deflected: 40 - followed });
  });

  it("reads createdAt for tickets, offset-less times in the time zone, and takes a key", () => {
    const sessions = [{ id: "s1", customerId: "a", email: "A@x.com", startedAt: "2026-03-02 09:00" }];
    const tickets = [{ id: 7, customerId: "b", email: "a@x.com", createdAt: "2026-03-02T08:30Z" }];
    // 09:00 in Amsterdam is 08:00 UTC: the ticket at 08:30 UTC comes 30 minutes after the session.
    const byEmail = { windowMs: H, key: (r: { email: string }) => r.email.toLowerCase(), timeZone: "Europe/Amsterdam" };
    expect(selfServiceDeflection(sessions, tickets, byEmail).followedByContact).toBe(1);
    expect(selfServiceDeflection(sessions, tickets, { ...byEmail, timeZone: "UTC" }).followedByContact).toBe(0);
    expect(selfServiceDeflection(sessions, tickets, { windowMs: H, timeZone: "Europe/Amsterdam" }).followedByContact).toBe(0);
  });

  it("gives null value and interval with no sessions", () => {
    expect(selfServiceDeflection([], [{ customerId: 1, startedAt: 0 }], { windowMs: H })).toEqual({ value: null, n: 0, deflected: 0, followedByContact: 0, ci: null });
    expect(selfServiceDeflection([{ customerId: 1, startedAt: 0 }], [], { windowMs: H })).toMatchObject({ value: 100, n: 1, deflected: 1 });
  });

  it("rejects a bad window, records without a key or start, and bad options", () => {
    expect(inputErrorOf(() => selfServiceDeflection([], [], { windowMs: 0 }))).toMatchObject({ kpi: "selfServiceDeflection", field: "options.windowMs" });
    expect(inputErrorOf(() => selfServiceDeflection([], [], {} as never))).toMatchObject({ field: "options.windowMs" });
    expect(inputErrorOf(() => selfServiceDeflection([{ startedAt: 0 }], [], { windowMs: H }))).toMatchObject({ field: "sessions.customerId", index: 0 });
    expect(inputErrorOf(() => selfServiceDeflection([], [{ customerId: 1, startedAt: 0 }, { id: "t9", startedAt: 0 }], { windowMs: H }))).toMatchObject({ field: "contacts.customerId", index: 1, recordId: "t9" });
    expect(inputErrorOf(() => selfServiceDeflection([{ customerId: 1 }], [], { windowMs: H }))).toMatchObject({ field: "sessions.startedAt", index: 0 });
    expect(inputErrorOf(() => selfServiceDeflection([], "x" as never, { windowMs: H }))).toMatchObject({ field: "contacts" });
    expect(inputErrorOf(() => selfServiceDeflection([], [], { windowMs: H, confidence: 2 }))).toMatchObject({ field: "options.confidence" });
  });
});
