import { describe, expectTypeOf, it } from "vitest";
import { controlChart, type ControlChartSignal } from "./controlChart.js";

describe("controlChart types", () => {
  it("ties the point shape to the chart type", () => {
    const r = controlChart([1, 2, 3], { type: "xmr", rules: ["beyond-limits"] });
    expectTypeOf(r.center).toEqualTypeOf<number | null>();
    expectTypeOf(r.points[0]!.signal).toEqualTypeOf<ControlChartSignal[]>();
    controlChart([{ successes: 1, n: 10 }], { type: "laney-p" });
    // @ts-expect-error: an xmr chart takes numbers
    controlChart([{ successes: 1, n: 10 }], { type: "xmr" });
    // @ts-expect-error: a p chart takes subgroups
    controlChart([1, 2], { type: "p" });
    // @ts-expect-error: unknown rule
    controlChart([1, 2], { type: "xmr", rules: ["nelson-3"] });
  });
});
