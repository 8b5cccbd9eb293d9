import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { averageHandleTime, type HandledContact } from "./averageHandleTime.js";

const SECOND = 1000;

/** Independent computation: the mean of each contact's talk + hold + after-work. */
function naiveAht(contacts: readonly HandledContact[]): number {
  let total = 0;
  for (const c of contacts) total += c.talkMs + (c.holdMs ?? 0) + (c.afterWorkMs ?? 0);
  return total / contacts.length;
}

describe("averageHandleTime", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(
      averageHandleTime([
        { talkMs: 240_000, holdMs: 30_000, afterWorkMs: 60_000 },
        { talkMs: 180_000, afterWorkMs: 30_000 },
        { talkMs: 300_000, holdMs: 60_000, afterWorkMs: 0 },
      ]),
    ).toEqual({ value: 300_000, n: 3, talkMs: 240_000, holdMs: 30_000, afterWorkMs: 30_000 });
    expect(averageHandleTime([])).toEqual({ value: null, n: 0, talkMs: null, holdMs: null, afterWorkMs: null });
  });

  it("matches Call Centre Helper's worked example: 224 s", () => {
    // Call Centre Helper, "How to Measure Average Handling Time (AHT)": one day with total
    // talk 668,205 s, hold 99,153 s, wrap 198,306 s over 4,311 calls handled;
    // (668,205 + 99,153 + 198,306) / 4,311 = 965,664 / 4,311 = 224 s.
    // Here as 4,311 individual calls whose totals are those: 155 s talk, 23 s hold, 46 s wrap
    // on average, spread by ±37 s, ±23 s and ±11 s in pairs that cancel.
    const calls: HandledContact[] = Array.from({ length: 4311 }, (_, i) => {
      const sign = i === 4310 ? 0 : i % 2 === 0 ? 1 : -1;
      return { talkMs: (155 + 37 * sign) * SECOND, holdMs: (23 + 23 * sign) * SECOND, afterWorkMs: (46 + 11 * sign) * SECOND };
    });
    const total = (k: keyof HandledContact): number => calls.reduce((s, c) => s + (c[k] ?? 0), 0);
    expect([total("talkMs"), total("holdMs"), total("afterWorkMs")]).toEqual([668_205_000, 99_153_000, 198_306_000]);
    expect(averageHandleTime(calls)).toEqual({ value: 224_000, n: 4311, talkMs: 155_000, holdMs: 23_000, afterWorkMs: 46_000 });
  });

  it("follows the Genesys Cloud definition (talk + hold + after-call work) / interactions handled", () => {
    // Genesys Cloud glossary "Average handle time (AHT)" (inbound: no dialing/contacting time).
    // Two interactions: 100 + 20 + 40 = 160 s and 200 + 0 + 80 = 280 s → 440 / 2 = 220 s.
    const r = averageHandleTime([
      { talkMs: 100_000, holdMs: 20_000, afterWorkMs: 40_000 },
      { talkMs: 200_000, holdMs: 0, afterWorkMs: 80_000 },
    ]);
    expect(r.value).toBe(220_000);
    expect(r.value).toBe(naiveAht([
      { talkMs: 100_000, holdMs: 20_000, afterWorkMs: 40_000 },
      { talkMs: 200_000, holdMs: 0, afterWorkMs: 80_000 },
    ]));
  });

  it("agrees with an independent computation on fractional milliseconds", () => {
    const contacts = [
      { talkMs: 1234.5, holdMs: 0.25, afterWorkMs: 99.125 },
      { talkMs: 0 },
      { talkMs: 777.75, afterWorkMs: 3 },
    ];
    const r = averageHandleTime(contacts);
    expect(r.value).toBeCloseTo(naiveAht(contacts), 9);
    expect(r.value).toBeCloseTo(r.talkMs! + r.holdMs! + r.afterWorkMs!, 9);
  });

  it("counts a missing or undefined hold and after-work time as 0, and ignores other fields", () => {
    const r = averageHandleTime([
      { talkMs: 60_000, holdMs: undefined },
      { talkMs: 120_000, afterWorkMs: 30_000, waitMs: 999_999, outcome: "answered" } as HandledContact,
    ]);
    expect(r).toEqual({ value: 105_000, n: 2, talkMs: 90_000, holdMs: 0, afterWorkMs: 15_000 });
  });

  it("takes answered call records as they are: talk + hold + after-call work per call", () => {
    // Call records as serviceLevel and averageSpeedOfAnswer read them. By hand, the answered ones:
    // 180 + 20 + 40 = 240 s and 300 + 0 + 60 = 360 s → 600 / 2 = 300 s; the wait is not handle
    // time, and the abandoned call (no handle time) is filtered out first.
    const calls = [
      { waitMs: 12_000, outcome: "answered", talkMs: 180_000, holdMs: 20_000, afterWorkMs: 40_000 },
      { waitMs: 95_000, outcome: "abandoned" },
      { waitMs: 3_000, outcome: "answered", talkMs: 300_000, holdMs: 0, afterWorkMs: 60_000 },
    ] as const;
    const answered = calls.filter((c): c is Extract<(typeof calls)[number], { outcome: "answered" }> => c.outcome === "answered");
    expect(averageHandleTime(answered)).toEqual({ value: 300_000, n: 2, talkMs: 240_000, holdMs: 10_000, afterWorkMs: 50_000 });
  });

  it("does not depend on the order of the contacts and does not modify them", () => {
    const contacts = [
      { talkMs: 5000, holdMs: 100 },
      { talkMs: 300, afterWorkMs: 7 },
      { talkMs: 42_000, holdMs: 1, afterWorkMs: 2 },
    ];
    const before = JSON.stringify(contacts);
    expect(averageHandleTime([...contacts].reverse())).toEqual(averageHandleTime(contacts));
    expect(JSON.stringify(contacts)).toBe(before);
  });

  it("accepts any iterable", () => {
    expect(averageHandleTime(new Set([{ talkMs: 10 }, { talkMs: 20 }])).value).toBe(15);
  });

  it.each([
    [[{ talkMs: 1 }, null], "contacts", 1, null],
    [[42], "contacts", 0, 42],
    [[{ holdMs: 5 }], "contacts.talkMs", 0, undefined],
    [[{ talkMs: 1 }, { talkMs: -1 }], "contacts.talkMs", 1, -1],
    [[{ talkMs: Number.NaN }], "contacts.talkMs", 0, Number.NaN],
    [[{ talkMs: "60" }], "contacts.talkMs", 0, "60"],
    [[{ talkMs: 1, holdMs: -5 }], "contacts.holdMs", 0, -5],
    [[{ talkMs: 1, holdMs: null }], "contacts.holdMs", 0, null],
    [[{ talkMs: 1 }, { talkMs: 1 }, { talkMs: 1, afterWorkMs: Number.POSITIVE_INFINITY }], "contacts.afterWorkMs", 2, Number.POSITIVE_INFINITY],
  ])("rejects %o with field %s at index %i", (contacts, field, index, value) => {
    try {
      averageHandleTime(contacts as HandledContact[]);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "averageHandleTime", field, index, value });
    }
  });

  it("rejects contacts that are not a list", () => {
    expect(() => averageHandleTime({ talkMs: 1 } as never)).toThrow(expect.objectContaining({ field: "contacts", index: undefined }));
    expect(() => averageHandleTime(undefined as never)).toThrow(expect.objectContaining({ field: "contacts" }));
  });
});
