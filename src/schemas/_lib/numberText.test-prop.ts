import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { toNumber } from "./fields.js";
import { durationTextReader, numberReader, THOUSANDS_SEPARATORS } from "./numberText.js";

/** A number, or one marker for every value that is not a number (toBe compares with Object.is: -0 is not 0). */
const asNumber = (v: unknown): number | "not a number" => (typeof v === "number" ? v : "not a number");

// The oracle for (a): ICU's number formatting through Intl.NumberFormat, in locales whose
// separators ICU 78 writes as below (checked in Node 20.20: fr-FR groups with U+202F, de-CH with
// U+0027, es-ES leaves 4-digit numbers ungrouped). 17 significant digits identify every double,
// so the text read back must be the number itself, not just close to it.
const LOCALES = [
  { locale: "de-DE", decimal: ",", thousands: "." },
  { locale: "en-US", decimal: ".", thousands: "," },
  { locale: "fr-FR", decimal: ",", thousands: "\u202f" },
  { locale: "de-CH", decimal: ".", thousands: "'" },
  { locale: "es-ES", decimal: ",", thousands: "." },
] as const;

test.prop(
  [fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...LOCALES), fc.boolean(), fc.boolean(), fc.boolean()],
  { numRuns: 3000 },
)("(a) a number written by Intl.NumberFormat in a locale reads back as the same number", (x, { locale, decimal, thousands }, grouping, declare, scientific) => {
  const notation = scientific && decimal === "." ? "scientific" : "standard"; // an exponent only with decimal "."
  const text = new Intl.NumberFormat(locale, { maximumSignificantDigits: 17, useGrouping: grouping, notation }).format(x);
  // Without grouping in the text, the reader may declare the thousands separator or not.
  const read = numberReader(grouping || declare ? { decimal, thousands } : { decimal });
  expect(asNumber(read(text))).toBe(x);
});

const characters = ["0", "1", "5", "9", "0", "7", "+", "-", ".", ",", "e", "E", " "];
const strings = fc.oneof(
  fc.string({ unit: fc.constantFrom(...characters), maxLength: 10 }),
  // near numbers: digits, an optional fraction and exponent, a character or two changed
  fc
    .tuple(fc.stringMatching(/^[+-]?\d{0,4}(\.\d{0,3})?(e[+-]?\d{0,2})?$/), fc.nat(), fc.constantFrom(...characters, ""), fc.constantFrom("", " ", "\t", "\u00a0"))
    .map(([s, at, ch, pad]) => `${pad}${s.slice(0, at % (s.length + 1))}${ch}${s.slice((at % (s.length + 1)) + 1)}${pad}`),
);

test.prop([strings], { numRuns: 5000 })("(b) with the defaults it reads exactly what toNumber reads, as the same numbers", (text) => {
  expect(asNumber(numberReader({})(text))).toBe(asNumber(toNumber(text)));
});

// (c) The formatter: hours as a decimal integer, minutes, seconds and milliseconds by
// Date.prototype.toISOString (its "HH:mm:ss.sss" layout) of the rest of the hour or minute.
const writeHms = (ms: number): string => `${Math.floor(ms / 3_600_000)}:${new Date(ms % 3_600_000).toISOString().slice(14, 23)}`;
const writeMs = (ms: number): string => `${Math.floor(ms / 60_000)}:${new Date(ms % 60_000).toISOString().slice(17, 23)}`;

test.prop([fc.integer({ min: 0, max: 100_000 * 3_600_000 }), fc.constantFrom("h:mm:ss", "mm:ss"), fc.constantFrom(".", ","), fc.constantFrom("", "0", "000")], {
  numRuns: 3000,
})("(c) milliseconds written as h:mm:ss.sss or mm:ss.sss read back as the same milliseconds", (ms, unit, decimal, zeros) => {
  const written = (unit === "h:mm:ss" ? writeHms(ms) : writeMs(ms)) + zeros;
  const text = ms % 1000 === 0 && zeros === "" ? written.slice(0, -4) : written.replace(".", decimal);
  expect(durationTextReader(unit, decimal)(text)).toBe(ms);
});

test.prop([fc.integer({ min: 0, max: 86_399 }), fc.stringMatching(/^\d{1,12}$/)], { numRuns: 2000 })(
  "(c) a fraction of a second rounds to the nearest millisecond, halves up (BigInt arithmetic as the oracle)",
  (seconds, fraction) => {
    const scale = 10n ** BigInt(fraction.length);
    const fractionMs = Number((BigInt(fraction) * 2000n + scale) / (2n * scale)); // floor(f·1000/10^n + 1/2)
    const text = `${new Date(seconds * 1000).toISOString().slice(11, 19)}.${fraction}`;
    expect(durationTextReader("h:mm:ss")(text)).toBe(seconds * 1000 + fractionMs);
  },
);

// (d) Text with a separator that was not declared, between two digits, is never a number.
const options = fc.record({ decimal: fc.constantFrom(".", ","), thousands: fc.option(fc.constantFrom(...THOUSANDS_SEPARATORS), { nil: undefined }) }).filter((o) => o.thousands !== o.decimal);
const part = fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "+", "-", "e", ...THOUSANDS_SEPARATORS), maxLength: 8 });

test.prop([options, part, part, fc.nat(), fc.nat({ max: 9 }), fc.nat({ max: 9 })], { numRuns: 3000 })(
  "(d) a string with an undeclared separator never becomes a number",
  ({ decimal, thousands }, before, after, pick, d1, d2) => {
    const undeclared = THOUSANDS_SEPARATORS.filter((s) => s !== decimal && s !== thousands);
    const sep = undeclared[pick % undeclared.length] ?? "";
    const text = `${before}${d1}${sep}${d2}${after}`;
    const read = numberReader(thousands === undefined ? { decimal } : { decimal, thousands });
    expect(read(text)).toBe(text);
  },
);

test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.constantFrom(...LOCALES)], { numRuns: 2000 })(
  "(d) a grouped number read without its thousands separator declared is refused when the text holds one",
  (x, { locale, decimal, thousands }) => {
    const text = new Intl.NumberFormat(locale, { maximumSignificantDigits: 17 }).format(x);
    const read = numberReader({ decimal })(text);
    expect(asNumber(read)).toBe(text.includes(thousands) ? "not a number" : x);
  },
);

test.prop([fc.array(fc.stringMatching(/^\d{1,5}$/), { minLength: 2, maxLength: 4 }), fc.constantFrom(...LOCALES)], { numRuns: 2000 })(
  "(d) declared thousands separators only between groups of three: a first group of 1–3 digits, then exactly 3",
  (groups, { decimal, thousands }) => {
    const text = groups.join(thousands);
    const proper = (groups[0] ?? "").length <= 3 && groups.slice(1).every((g) => g.length === 3);
    expect(asNumber(numberReader({ decimal, thousands })(text))).toBe(proper ? Number(groups.join("")) : "not a number");
  },
);
