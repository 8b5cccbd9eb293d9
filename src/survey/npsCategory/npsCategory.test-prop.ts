import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { npsCategory } from "./npsCategory.js";

const order = { detractor: 0, passive: 1, promoter: 2 } as const;

test.prop([fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })])("a higher score never falls in a lower group", (x, y) => {
  const [lo, hi] = x <= y ? [x, y] : [y, x];
  expect(order[npsCategory(lo)]).toBeLessThanOrEqual(order[npsCategory(hi)]);
});

test.prop([fc.double().filter((x) => !(Number.isInteger(x) && x >= 0 && x <= 10))])("anything but the integers 0–10 throws", (x) => {
  expect(() => npsCategory(x)).toThrow(expect.objectContaining({ code: "KPI_INVALID_INPUT", field: "score" }));
});
