import { describe, expect, it } from "vitest";
import { epochMsOf } from "./timestamps.js";

describe("epochMsOf", () => {
  it("reads the layouts exports write, in UTC, with an offset, or as wall time in a zone", () => {
    expect(epochMsOf("2026-01-01T00:03:25.116Z", "UTC")).toBe(Date.UTC(2026, 0, 1, 0, 3, 25, 116));
    expect(epochMsOf("2024-10-30 15:15:11.744884", "UTC")).toBe(Date.UTC(2024, 9, 30, 15, 15, 11, 744));
    expect(epochMsOf("2024-10-29 22:00", "Europe/Amsterdam")).toBe(Date.UTC(2024, 9, 29, 21, 0));
    expect(epochMsOf("2024-07-01", "America/New_York")).toBe(Date.UTC(2024, 6, 1, 4, 0));
    expect(epochMsOf("2024-07-01T10:00:00+02:00", "Asia/Tokyo")).toBe(Date.UTC(2024, 6, 1, 8, 0));
    expect(epochMsOf("2024-07-01T10:00:00-05:30", "UTC")).toBe(Date.UTC(2024, 6, 1, 15, 30));
    expect(epochMsOf("2024-02-29T00:00:00.5Z", "UTC")).toBe(Date.UTC(2024, 1, 29, 0, 0, 0, 500));
    expect(epochMsOf("2024-03-31T23:59:59.9999999Z", "UTC")).toBe(Date.UTC(2024, 2, 31, 23, 59, 59, 999));
    // toEpochMs's `Math.floor(0.999999999 * 1000 + 1e-6)` is 1000: nine 9s reach the next second there, and so here.
    expect(epochMsOf("2024-03-31T23:59:59.999999999Z", "UTC")).toBe(Date.UTC(2024, 3, 1));
  });

  it("leaves everything else to toEpochMs: odd spellings still read, bad dates are NaN", () => {
    expect(epochMsOf(" 2024-01-01T10:00Z ", "UTC")).toBe(Date.UTC(2024, 0, 1, 10));
    expect(epochMsOf("2024-01-01 24:00", "UTC")).toBe(Date.UTC(2024, 0, 2));
    expect(epochMsOf("2024-01-01T10:00+0530", "UTC")).toBe(Date.UTC(2024, 0, 1, 4, 30));
    for (const bad of ["2023-02-29", "2024-04-31", "2024-13-01", "2024-01-01 10:60", "2024-01-01T10:00:00+24:00", "yesterday", "2024-01-01 24:30", "", "2024-01-01T10:00:00.1234567890Z"]) {
      expect(epochMsOf(bad, "UTC")).toBeNaN();
    }
  });

  it("truncates fractions of 1 to 6 digits exactly as toEpochMs does, for every one of them", () => {
    let differing = 0;
    for (let count = 1; count <= 6; count++) {
      for (let f = 0; f < 10 ** count; f++) {
        const fraction = String(f).padStart(count, "0");
        const reference = Math.floor(Number(`0.${fraction}`) * 1000 + 1e-6); // toEpochMs's expression
        if (epochMsOf(`1970-01-01T00:00:00.${fraction}Z`, "UTC") !== reference) differing++;
      }
    }
    expect(differing).toBe(0);
  });
});
