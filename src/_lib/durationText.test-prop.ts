/** Invariants of duration text: a sum of its parts, whatever the spacing and spelling allowed. */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { durationTextMs } from "./durationText.js";

const UNIT_MS: readonly (readonly [string, number])[] = [["d", 86_400_000], ["h", 3_600_000], ["m", 60_000], ["s", 1000], ["ms", 1]];
const count = fc.integer({ min: 0, max: 100_000 });
const gap = fc.constantFrom("", " ", "  ", "\t");

test.prop([count, count])("`${a}h ${b}m` is a × 3,600,000 + b × 60,000", (a, b) => {
  expect(durationTextMs(`${a}h ${b}m`)).toBe(a * 3_600_000 + b * 60_000);
  expect(durationTextMs(`${a}h${b}min`)).toBe(a * 3_600_000 + b * 60_000);
});

test.prop([fc.array(fc.option(count, { nil: undefined }), { minLength: 5, maxLength: 5 }), fc.array(gap, { minLength: 5, maxLength: 5 })])(
  "any subset of the units, largest first, with any spacing between parts, is the sum of its parts",
  (amounts, gaps) => {
    let text = "";
    let ms = 0;
    UNIT_MS.forEach(([unit, size], i) => {
      const n = amounts[i];
      if (n === undefined) return;
      text += `${n}${unit}${gaps[i] as string}`;
      ms += n * size;
    });
    expect(durationTextMs(text)).toBe(ms);
  },
);

test.prop([fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999 }), fc.constantFrom(...UNIT_MS)])(
  "a part with up to 3 decimals is exact: whole ms from the digits",
  (whole, thousandths, [unit, size]) => {
    const fraction = String(thousandths % 1000).padStart(3, "0");
    // whole + f/1000 units, in ms: (whole × 1000 + f) × size / 1000, an integer for every unit but ms
    const expected = ((whole * 1000 + (thousandths % 1000)) * size) / 1000;
    expect(durationTextMs(`${whole}.${fraction}${unit}`)).toBe(expected);
  },
);

test.prop([fc.constantFrom(...UNIT_MS), fc.constantFrom(...UNIT_MS), count, count])("a unit before one at least as large is refused", ([u1, s1], [u2, s2], a, b) => {
  fc.pre(s2 >= s1);
  expect(durationTextMs(`${a}${u1} ${b}${u2}`)).toBeNaN();
});

test.prop([fc.string({ maxLength: 12 })])("never throws; gives NaN or a finite number ≥ 0", (text) => {
  const ms = durationTextMs(text);
  expect(Number.isNaN(ms) || (ms >= 0 && Number.isFinite(ms))).toBe(true);
});
