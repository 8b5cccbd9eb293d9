import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { toEpochMs } from "../../_lib/time/instant.js";
import { epochMsOf } from "./timestamps.js";

const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns"] as const;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The reference: toEpochMs, with NaN where it throws. */
function reference(text: string, timeZone: string): number {
  try {
    return toEpochMs(text, timeZone, { kpi: "test", field: "t" });
  } catch {
    return Number.NaN;
  }
}

/** Strings near the ISO 8601 layouts: every part in and out of range, odd separators, zones and spaces. */
const nearIso = fc
  .record({
    y: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 61 }),
    s: fc.integer({ min: 0, max: 61 }),
    frac: fc.option(fc.stringMatching(/^\d{0,11}$/), { nil: undefined }),
    fracSep: fc.constantFrom(".", ".", ","),
    sep: fc.constantFrom("T", " ", "t", "_", "  "),
    layout: fc.constantFrom("date", "minutes", "seconds", "seconds"),
    zone: fc.constantFrom("", "Z", "z", "+02:00", "-05:30", "+0530", "+05", "+23:59", "+24:00", "-00:60", " Z", "+2:00", "+02:0", "Zulu", "+02:00Z"),
    before: fc.constantFrom("", "", " ", "\t", "\u00a0", "x"),
    after: fc.constantFrom("", "", " ", "\n", "\u2028", "0"),
  })
  .map(({ y, mo, d, h, mi, s, frac, fracSep, sep, layout, zone, before, after }) => {
    let text = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
    if (layout !== "date") text += `${sep}${pad(h)}:${pad(mi)}`;
    if (layout === "seconds") text += `:${pad(s)}${frac === undefined ? "" : `${fracSep}${frac}`}`;
    return `${before}${text}${zone}${after}`;
  });

/** Any prefix of a valid timestamp, and valid ones with one character replaced. */
const mangled = fc
  .record({ ms: fc.integer({ min: -62_000_000_000_000, max: 253_000_000_000_000 }), cut: fc.nat(), at: fc.nat(), ch: fc.constantFrom("", "0", "9", ":", "-", "T", " ", ".", "+", "Z", "a") })
  .map(({ ms, cut, at, ch }) => {
    const iso = new Date(ms).toISOString();
    const i = at % iso.length;
    const variant = iso.slice(0, i) + ch + iso.slice(i + 1);
    return cut % 3 === 0 ? iso.slice(0, cut % (iso.length + 1)) : variant;
  });

test.prop([fc.oneof(nearIso, mangled, fc.string({ maxLength: 30 })), fc.constantFrom(...ZONES)], { numRuns: 3000 })(
  "epochMsOf equals toEpochMs (NaN where it throws) on strings near and far from ISO 8601",
  (text, timeZone) => {
    expect(epochMsOf(text, timeZone)).toBe(reference(text, timeZone));
  },
);
