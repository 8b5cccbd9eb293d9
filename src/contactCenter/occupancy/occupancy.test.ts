import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { seeded } from "../_lib/reference.test-util.js";
import { occupancy, type OccupancyTime } from "./occupancy.js";

const MIN = 60_000;
const HOUR = 3_600_000;

describe("occupancy", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(occupancy({ handleMs: 6 * HOUR, availableMs: 7.5 * HOUR })).toEqual({ value: 80 });
    const pooled = occupancy([
      { handleMs: 3_000_000, availableMs: 3_600_000 },
      { handleMs: 600_000, availableMs: 1_800_000 },
    ]);
    expect(pooled.value).toBeCloseTo(200 / 3, 12);
    expect(pooled.value).not.toBeCloseTo((3_000_000 / 3_600_000 + 600_000 / 1_800_000) * 50, 3);
    expect(occupancy({ handleMs: 0, availableMs: 0 })).toEqual({ value: null });
  });

  it("matches the workload-over-staff-time example: 15 calls × 500 s on 4 agents for an hour = 52 %", () => {
    // TechTarget, "occupancy": (call volume × AHT in seconds) / (agents × 3,600 s). Call Centre
    // Helper forum (Erlang staffing thread): 15 calls of 500 s = 7,500 s of work for 4 agents
    // staffed for the hour, "therefore the occupancy is 52%": 7,500 / 14,400 = 52.08 %.
    const agents: OccupancyTime[] = [4, 4, 4, 3].map((calls) => ({ handleMs: calls * 500_000, availableMs: HOUR }));
    const r = occupancy(agents);
    expect(r.value).toBeCloseTo((7_500 * 100) / 14_400, 12);
    expect(Math.round(r.value!)).toBe(52);
    expect(r).toEqual(occupancy({ handleMs: 15 * 500_000, availableMs: 4 * HOUR }));
  });

  it("follows Calabrio's definition: (talk + after-call work) / ready time, breaks left out", () => {
    // Calabrio WFM glossary "Occupancy". By hand: 300 min talk + 60 min ACW over 450 min ready
    // (360 handling + 90 idle) = 80 %; the 60 min of breaks appear in neither.
    const talk = 300 * MIN;
    const acw = 60 * MIN;
    const idle = 90 * MIN;
    expect(occupancy({ handleMs: talk + acw, availableMs: talk + acw + idle })).toEqual({ value: 80 });
  });

  it("pools totals and never averages percentages", () => {
    // One agent 100 % busy for 10 minutes, another 50 % busy for 8 hours: pooled
    // (10 + 240) / (10 + 480) = 51.02 %, not the mean of 100 % and 50 % (75 %).
    const r = occupancy([
      { handleMs: 10 * MIN, availableMs: 10 * MIN },
      { handleMs: 240 * MIN, availableMs: 480 * MIN },
    ]);
    expect(r.value).toBeCloseTo((250 * 100) / 490, 12);
  });

  it("agrees with an independent computation on random agents", () => {
    const random = seeded(31);
    for (let run = 0; run < 50; run++) {
      const agents = Array.from({ length: Math.floor(random() * 40) }, () => {
        const availableMs = Math.floor(random() * 8 * HOUR);
        return { handleMs: Math.floor(random() * (availableMs + 1)), availableMs };
      });
      const h = agents.reduce((s, a) => s + a.handleMs, 0);
      const a = agents.reduce((s, x) => s + x.availableMs, 0);
      const r = occupancy(agents);
      if (a === 0) expect(r.value).toBeNull();
      else expect(r.value).toBeCloseTo((100 * h) / a, 10);
    }
  });

  it("gives null without staffed time, 0 without handling, 100 when fully busy", () => {
    expect(occupancy([])).toEqual({ value: null });
    expect(occupancy([{ handleMs: 0, availableMs: 0 }, { handleMs: 0, availableMs: 0 }])).toEqual({ value: null });
    expect(occupancy({ handleMs: 0, availableMs: HOUR })).toEqual({ value: 0 });
    expect(occupancy({ handleMs: 0.1 + 0.2, availableMs: 0.1 + 0.2 })).toEqual({ value: 100 });
  });

  it("scales the totals down only when they overflow: the smallest subnormal times keep their ratio", () => {
    // 2 × 5e-324 over 2 × 1e-323 is 2 units of 2^-1074 over 4: 50 %. Halving first would round
    // 5e-324 to 0.
    const tiny = { handleMs: 5e-324, availableMs: 1e-323 };
    expect(occupancy([tiny, tiny])).toEqual({ value: 50 });
  });

  it("accepts any iterable, ignores other fields, and does not modify its input", () => {
    const agents = [
      { handleMs: 30 * MIN, availableMs: HOUR, agent: "a1", breaksMs: 15 * MIN },
      { handleMs: 45 * MIN, availableMs: HOUR, agent: "a2" },
    ];
    const before = JSON.stringify(agents);
    expect(occupancy(new Set(agents))).toEqual({ value: 62.5 });
    expect(occupancy([...agents].reverse())).toEqual({ value: 62.5 });
    expect(JSON.stringify(agents)).toBe(before);
  });

  it.each([
    [{ handleMs: 2, availableMs: 1 }, "handleMs", undefined, 2],
    [{ handleMs: -1, availableMs: 1 }, "handleMs", undefined, -1],
    [{ handleMs: 1, availableMs: Number.NaN }, "availableMs", undefined, Number.NaN],
    [{ availableMs: 1 }, "handleMs", undefined, undefined],
    [{ handleMs: 1, availableMs: "60" }, "availableMs", undefined, "60"],
    [{ handleMs: 1, availableMs: 0 }, "handleMs", undefined, 1],
    [[{ handleMs: 1, availableMs: 1 }, { handleMs: 5, availableMs: 4 }], "handleMs", 1, 5],
    [[{ handleMs: 1, availableMs: 1 }, { handleMs: 1, availableMs: Number.POSITIVE_INFINITY }], "availableMs", 1, Number.POSITIVE_INFINITY],
    [[{ handleMs: 1, availableMs: 1 }, null], "time", 1, null],
    [[42], "time", 0, 42],
    [null, "time", undefined, null],
    [3_600_000, "time", undefined, 3_600_000],
    ["busy", "time", undefined, "busy"],
  ])("rejects %j with field %s at index %s", (time, field, index, value) => {
    const e = inputErrorOf(() => occupancy(time as OccupancyTime));
    expect(e).toMatchObject({ kpi: "occupancy", field, index });
    expect(e.value).toEqual(value);
  });

  it("says what was expected", () => {
    expect(inputErrorOf(() => occupancy([{ handleMs: 5, availableMs: 4 }])).message).toBe("occupancy: handleMs[0] must be at most availableMs (4), got 5");
  });
});
