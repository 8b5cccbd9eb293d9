/**
 * Timestamp reading. Expected instants are written out as UTC by hand from the stated offsets
 * (Amsterdam is UTC+1 in winter, UTC+2 in summer; New York UTC−5 / UTC−4).
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { toEpochMs } from "./instant.js";

const src = { kpi: "k", field: "createdAt" };
const read = (v: unknown, tz = "UTC"): string => new Date(toEpochMs(v, tz, src)).toISOString();

describe("toEpochMs", () => {
  it("reads Dates, epoch ms and ISO strings with offsets", () => {
    expect(read(new Date("2026-03-29T09:30:00Z"))).toBe("2026-03-29T09:30:00.000Z");
    expect(read(1_774_776_600_000)).toBe("2026-03-29T09:30:00.000Z");
    expect(read("2026-03-29T09:30:00Z")).toBe("2026-03-29T09:30:00.000Z");
    expect(read("2026-03-29T11:30:00+02:00")).toBe("2026-03-29T09:30:00.000Z");
    expect(read("2026-03-29T04:30:00-0500")).toBe("2026-03-29T09:30:00.000Z");
    expect(read("2026-03-29T14:30+05")).toBe("2026-03-29T09:30:00.000Z");
    expect(read("2026-03-29T09:30:00.1234567Z")).toBe("2026-03-29T09:30:00.123Z");
  });

  it("reads offset-less strings and dates in the time zone", () => {
    expect(read("2026-01-15 09:00:00", "Europe/Amsterdam")).toBe("2026-01-15T08:00:00.000Z");
    expect(read("2026-07-15T09:00", "Europe/Amsterdam")).toBe("2026-07-15T07:00:00.000Z");
    expect(read("2026-07-15", "America/New_York")).toBe("2026-07-15T04:00:00.000Z");
    expect(read("2026-07-15T24:00", "UTC")).toBe("2026-07-16T00:00:00.000Z");
    // A wall time skipped by the spring change moves forward by the gap (Temporal's "compatible").
    expect(read("2026-03-08T02:30", "America/New_York")).toBe("2026-03-08T07:30:00.000Z");
    // A repeated wall time is the earlier instant.
    expect(read("2026-11-01T01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
  });

  it("rejects everything else, naming the field and record", () => {
    const bad = ["2026-02-29", "2026-13-01", "2026-01-01T25:00", "2026-01-01T24:30", "2026-01-01T10:60", "01/02/2026", "2026-1-1", "", "now",
      Number.NaN, Number.POSITIVE_INFINITY, 9e15, new Date(Number.NaN), null, undefined, {}, true];
    for (const value of bad) {
      try {
        toEpochMs(value, "UTC", { kpi: "ticketTimings", field: "ticket.createdAt", recordId: "T-1" });
        expect.unreachable(String(value));
      } catch (e) {
        expect(isKpiInputError(e) && [e.field, e.recordId, e.value]).toEqual(["ticket.createdAt", "T-1", value]);
        expect((e as Error).message).toContain('(id "T-1")');
      }
    }
  });
});
