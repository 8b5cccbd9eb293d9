/**
 * overviewOf: the headline tiles of the review page. Every expected number is computed here from
 * the records by a plain loop, not read off the code under test:
 * - counts and CSAT (satisfied = 4 or 5, over the answers) per month by filtering the records;
 * - the CSAT interval by Wilson's score formula written out (z = 1.959963984540054);
 * - the change's p-value by the pooled two-proportion z-test, two-sided p = erfc(|z|/√2), erfc by
 *   Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, compared within 1e-6);
 * - duration statistics by the numpy "linear" percentile (h = (n − 1)p, interpolated);
 * - target gaps as value − target (higher is better) or target − value (lower is better).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { summarize } from "../../aggregate/summarize/summarize.js";
import type { TicketRecord } from "../../records/types.js";
import type { ReviewTile } from "../../report/types.js";
import { overviewOf } from "./overview.js";
import type { ReportTarget } from "./targets.js";

const Z95 = 1.959963984540054;
const KPIS = ["csat", "resolutionRate", "firstResponseTime"] as const;

/** erfc(x) for x ≥ 0 by Abramowitz & Stegun 7.1.26. */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  return t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
}

/** Wilson's score interval of x successes in n, in percent (textbook formula). */
function wilson(x: number, n: number): { lower: number; upper: number } {
  const p = x / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: (centre - half) * 100, upper: (centre + half) * 100 };
}

/** Two-sided p of the pooled two-proportion z-test. */
function pooledP(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** The numpy "linear" percentile (type 7) of `xs` at probability `p`. */
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const a = s[lo] as number;
  const b = s[Math.min(lo + 1, s.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

const ticket = (id: number, day: string, status: "solved" | "open", channel: string, csat?: number, firstResponseMs?: number): TicketRecord => ({
  id, createdAt: `${day}T10:00:00Z`, status, channel,
  ...(status === "solved" ? { resolvedAt: `${day}T18:00:00Z` } : {}),
  ...(csat === undefined ? {} : { csat }),
  ...(firstResponseMs === undefined ? {} : { firstResponseMs }),
});

const MIN = 60_000;
const records: TicketRecord[] = [
  // January 2026: 8 tickets, 7 CSAT answers
  ticket(1, "2026-01-03", "solved", "chat", 5, 2 * MIN),
  ticket(2, "2026-01-05", "solved", "email", 4, 40 * MIN),
  ticket(3, "2026-01-09", "open", "email", 2, 95 * MIN),
  ticket(4, "2026-01-12", "solved", "chat", 3, 4 * MIN),
  ticket(5, "2026-01-17", "solved", "phone", 1),
  ticket(6, "2026-01-20", "open", "chat", undefined, 7 * MIN),
  ticket(7, "2026-01-25", "solved", "email", 2, 180 * MIN),
  ticket(8, "2026-01-31", "solved", "chat", 3, 1 * MIN),
  // February 2026: 11 tickets, 8 CSAT answers
  ticket(9, "2026-02-01", "solved", "chat", 5, 3 * MIN),
  ticket(10, "2026-02-02", "solved", "chat", 5, 1 * MIN),
  ticket(11, "2026-02-04", "open", "email", undefined, 120 * MIN),
  ticket(12, "2026-02-07", "solved", "email", 4, 55 * MIN),
  ticket(13, "2026-02-10", "solved", "phone", 2),
  ticket(14, "2026-02-13", "open", "chat", 4, 6 * MIN),
  ticket(15, "2026-02-16", "solved", "email", undefined, 75 * MIN),
  ticket(16, "2026-02-19", "solved", "chat", 5, 2 * MIN),
  ticket(17, "2026-02-22", "open", "email", 3, 240 * MIN),
  ticket(18, "2026-02-25", "solved", "chat", undefined, 9 * MIN),
  ticket(19, "2026-02-28", "solved", "chat", 4, 12 * MIN),
];

const monthOf = (r: TicketRecord): string => String(r.createdAt).slice(0, 7);
const inMonth = (m: string): TicketRecord[] => records.filter((r) => monthOf(r) === m);
const answers = (rs: readonly TicketRecord[]): number[] => rs.flatMap((r) => (r.csat === undefined ? [] : [r.csat]));
const satisfied = (rs: readonly TicketRecord[]): number => answers(rs).filter((s) => s >= 4).length;
const firstResponses = (rs: readonly TicketRecord[]): number[] => rs.flatMap((r) => (r.firstResponseMs === undefined ? [] : [r.firstResponseMs]));

const target = (kpi: string, value: number, more: Partial<ReportTarget> = {}): ReportTarget => {
  const [name = kpi, field = null] = kpi.split(".");
  const duration = field !== null;
  return { kpi, measure: { kpi: name, field, duration }, target: value, direction: duration ? "lower-is-better" : "higher-is-better", warning: 0, group: null, ...more };
};

const tile = (tiles: readonly ReviewTile[], kpi: string): ReviewTile => {
  const t = tiles.find((x) => x.kpi === kpi);
  if (t === undefined) throw new Error(`no tile ${kpi} among ${tiles.map((x) => x.kpi).join(", ")}`);
  return t;
};

describe("overviewOf by month", () => {
  const summary = summarize(records, { kpis: KPIS, by: [], period: "month" });
  // the last month with records, by the labels of the records themselves
  const last = [...new Set(records.map(monthOf))].sort().at(-1) as string;
  const before = "2026-01";
  const now = inMonth(last);
  const then = inMonth(before);

  it("describes the last month with records, with its record count and the change in it", () => {
    const o = overviewOf(summary, "month", [], { kind: "previous" });
    expect(o.period).toBe("2026-02");
    expect(o.period).toBe(last);
    const n = tile(o.tiles, "n");
    expect(n.value).toBe(now.length); // 11
    expect(n.kind).toBe("count");
    expect([n.ci, n.n, n.target]).toEqual([null, null, null]);
    expect(n.change).toMatchObject({ against: before, before: then.length, change: now.length - then.length });
  });

  it("gives CSAT as satisfied ÷ answers, Wilson's interval and the two-proportion test against the month before", () => {
    const o = overviewOf(summary, "month", undefined, { kind: "previous" });
    const c = tile(o.tiles, "csat");
    const [x, m] = [satisfied(now), answers(now).length]; // 6 of 8
    const [xb, mb] = [satisfied(then), answers(then).length]; // 2 of 7
    expect(c.value).toBeCloseTo((x / m) * 100, 10);
    expect(c.kind).toBe("percent");
    expect(c.n).toBe(m);
    const w = wilson(x, m);
    expect(c.ci?.lower).toBeCloseTo(w.lower, 9);
    expect(c.ci?.upper).toBeCloseTo(w.upper, 9);
    expect(c.ci?.level).toBe(0.95);
    expect(c.target).toBeNull();
    expect(c.change?.against).toBe(before);
    expect(c.change?.before).toBeCloseTo((xb / mb) * 100, 10);
    expect(c.change?.change).toBeCloseTo((x / m - xb / mb) * 100, 10);
    expect(Math.abs((c.change?.pValue as number) - pooledP(x, m, xb, mb))).toBeLessThan(1e-6);
    expect(c.change?.test).toBe("two-proportion z-test");
  });

  it("gives the resolution rate as resolved ÷ tickets with Wilson's interval", () => {
    const r = tile(overviewOf(summary, "month", undefined, undefined).tiles, "resolutionRate");
    const resolved = now.filter((t) => t.status === "solved").length;
    expect(r.value).toBeCloseTo((resolved / now.length) * 100, 10);
    expect(r.n).toBe(now.length);
    const w = wilson(resolved, now.length);
    expect(r.ci?.lower).toBeCloseTo(w.lower, 9);
    expect(r.ci?.upper).toBeCloseTo(w.upper, 9);
    expect(r.change).toBeNull(); // no comparison asked for
  });

  it("shows the median first response unless a target names another statistic", () => {
    const plain = overviewOf(summary, "month", [], { kind: "previous" });
    const p50 = tile(plain.tiles, "firstResponseTime.p50");
    expect(plain.tiles.some((t) => t.kpi === "firstResponseTime.p90")).toBe(false);
    expect(p50.value).toBe(percentile(firstResponses(now), 0.5));
    expect(p50.kind).toBe("duration");
    expect(p50.n).toBe(firstResponses(now).length);
    expect(p50.ci).toBeNull();
    expect(p50.change).toMatchObject({ against: before, before: percentile(firstResponses(then), 0.5) });

    const withTarget = overviewOf(summary, "month", [target("firstResponseTime.p90", 60 * MIN)], undefined);
    const p90 = tile(withTarget.tiles, "firstResponseTime.p90");
    expect(withTarget.tiles.some((t) => t.kpi === "firstResponseTime.p50")).toBe(false);
    const v = percentile(firstResponses(now), 0.9);
    expect(p90.value).toBeCloseTo(v, 6);
    // lower is better: the gap is target − value, here short of the target
    expect(p90.target?.status).toBe("missed");
    expect(p90.target?.target).toBe(60 * MIN);
    expect(p90.target?.gap).toBeCloseTo(60 * MIN - v, 6);
    // compared with the month before: the change of the 90th percentile itself, with no test
    const compared = tile(overviewOf(summary, "month", [target("firstResponseTime.p90", 60 * MIN)], { kind: "previous" }).tiles, "firstResponseTime.p90");
    const then90 = percentile(firstResponses(then), 0.9);
    expect(compared.change).toMatchObject({ against: before, pValue: null, test: null });
    expect(compared.change?.before).toBeCloseTo(then90, 6);
    expect(compared.change?.change).toBeCloseTo(v - then90, 6);
  });

  it("checks targets: met, at risk within the warning band, missed past it, with gap = value − target", () => {
    const value = (satisfied(now) / answers(now).length) * 100; // 75
    const resolved = (now.filter((t) => t.status === "solved").length / now.length) * 100;
    const cases: [ReportTarget, "met" | "at risk" | "missed"][] = [
      [target("csat", value - 5), "met"],
      [target("csat", value), "met"],
      [target("csat", value + 2, { warning: 5 }), "at risk"],
      [target("csat", value + 5, { warning: 5 }), "at risk"],
      [target("csat", value + 10, { warning: 5 }), "missed"],
      [target("csat", value + 0.5), "missed"],
    ];
    for (const [t, status] of cases) {
      const c = tile(overviewOf(summary, "month", [t], undefined).tiles, "csat");
      expect(c.target?.status, `target ${t.target}, warning ${t.warning}`).toBe(status);
      expect(c.target?.target).toBe(t.target);
      expect(c.target?.gap).toBeCloseTo(value - t.target, 9);
    }
    // several targets at once, each on its own tile
    const o = overviewOf(summary, "month", [target("csat", 90, { warning: 20 }), target("resolutionRate", 50)], undefined);
    expect(tile(o.tiles, "csat").target).toMatchObject({ status: "at risk", target: 90 });
    expect(tile(o.tiles, "csat").target?.gap).toBeCloseTo(value - 90, 9);
    expect(tile(o.tiles, "resolutionRate").target).toMatchObject({ status: "met", target: 50 });
    expect(tile(o.tiles, "resolutionRate").target?.gap).toBeCloseTo(resolved - 50, 9);
    expect(tile(o.tiles, "n").target).toBeNull();
  });

  it("does not put a target for one channel on the period's tile", () => {
    const o = overviewOf(summary, "month", [target("csat", 50, { group: { channel: "chat" } })], undefined);
    expect(tile(o.tiles, "csat").target).toBeNull();
    // a target for the period itself applies
    const p = overviewOf(summary, "month", [target("csat", 50, { group: { period: last } })], undefined);
    expect(tile(p.tiles, "csat").target?.status).toBe("met");
  });

  it("has no change where the month before has no records", () => {
    // January and March only: March has no February to compare with
    const gap = records.filter((r) => monthOf(r) === "2026-01").concat([ticket(40, "2026-03-04", "solved", "chat", 5, 5 * MIN)]);
    const o = overviewOf(summarize(gap, { kpis: KPIS, by: [], period: "month" }), "month", undefined, { kind: "previous" });
    expect(o.period).toBe("2026-03");
    expect(tile(o.tiles, "n").value).toBe(1);
    expect(o.tiles.every((t) => t.change === null)).toBe(true);
  });
});

describe("overviewOf without a period", () => {
  it("compares the total with a saved report's total: a test where there is one, the change alone for a p90", () => {
    const [jan, feb] = [inMonth("2026-01"), inMonth("2026-02")];
    const saved = summarize(jan, { kpis: KPIS, by: [] });
    const o = overviewOf(summarize(feb, { kpis: KPIS, by: [] }), undefined, [target("firstResponseTime.p90", 60 * MIN)], { kind: "file", file: "january.json", saved });
    expect(o.period).toBeNull();
    // CSAT: February 6 of 8 satisfied against January 2 of 7, the pooled two-proportion z-test
    const c = tile(o.tiles, "csat");
    expect(c.change).toMatchObject({ against: "total", test: "two-proportion z-test" });
    expect(c.change?.before).toBeCloseTo((satisfied(jan) / answers(jan).length) * 100, 10);
    expect(c.change?.pValue).toBeCloseTo(pooledP(satisfied(feb), answers(feb).length, satisfied(jan), answers(jan).length), 6);
    // the 90th percentile has no test: its change from the saved total, computed here
    const p90 = tile(o.tiles, "firstResponseTime.p90");
    const [now90, then90] = [percentile(firstResponses(feb), 0.9), percentile(firstResponses(jan), 0.9)];
    expect(p90.change).toMatchObject({ against: "total", pValue: null, test: null });
    expect(p90.change?.before).toBeCloseTo(then90, 6);
    expect(p90.change?.change).toBeCloseTo(now90 - then90, 6);
  });

  it("describes the total: period null, no change, no target", () => {
    const summary = summarize(records, { kpis: KPIS, by: [] });
    const o = overviewOf(summary, undefined, undefined, undefined);
    expect(o.period).toBeNull();
    expect(tile(o.tiles, "n").value).toBe(records.length);
    const c = tile(o.tiles, "csat");
    const [x, m] = [satisfied(records), answers(records).length];
    expect(c.value).toBeCloseTo((x / m) * 100, 10);
    expect(c.n).toBe(m);
    const w = wilson(x, m);
    expect(c.ci?.lower).toBeCloseTo(w.lower, 9);
    expect(c.ci?.upper).toBeCloseTo(w.upper, 9);
    expect(tile(o.tiles, "firstResponseTime.p50").value).toBe(percentile(firstResponses(records), 0.5));
    for (const t of o.tiles) {
      expect(t.change, t.kpi).toBeNull();
      expect(t.target, t.kpi).toBeNull();
    }
  });
});

describe("a KPI without a value in the last month", () => {
  // February has tickets but no CSAT answer and no first response
  const quiet = records.filter((r) => monthOf(r) === "2026-01").concat([
    { id: 50, createdAt: "2026-02-03T10:00:00Z", status: "open", channel: "chat" },
    { id: 51, createdAt: "2026-02-04T10:00:00Z", status: "solved", channel: "email", resolvedAt: "2026-02-04T12:00:00Z" },
  ]);
  const summary = summarize(quiet, { kpis: KPIS, by: [], period: "month" });

  it("gets no tile", () => {
    const o = overviewOf(summary, "month", undefined, { kind: "previous" });
    expect(o.period).toBe("2026-02");
    expect(o.tiles.map((t) => t.kpi)).toEqual(["n", "resolutionRate"]);
    expect(tile(o.tiles, "n").value).toBe(2);
    expect(tile(o.tiles, "resolutionRate").value).toBeCloseTo(50, 10);
  });

  // a KPI without a value still gets its tile when a target applying to the period names it
  it("gets a tile (no value, no status) when a target names it: CSAT", () => {
    const o = overviewOf(summary, "month", [target("csat", 80)], undefined);
    expect(tile(o.tiles, "csat")).toMatchObject({ value: null, target: { target: 80, status: null, gap: null } });
  });

  it("gets a tile (no value, no status) when a target names it: a duration", () => {
    const o = overviewOf(summary, "month", [target("firstResponseTime.p90", 60 * MIN)], undefined);
    expect(tile(o.tiles, "firstResponseTime.p90")).toMatchObject({ value: null, target: { target: 60 * MIN, status: null, gap: null } });
  });
});

describe("a duration target that does not apply to the period row", () => {
  const summary = summarize(records, { kpis: KPIS, by: [], period: "month" });

  // the statistic comes from the targets that apply to the period: a chat-only p95 target does
  // not make the tile p95; the p90 target that applies does
  it("shows the statistic of the target that applies", () => {
    const o = overviewOf(summary, "month", [target("firstResponseTime.p95", 30 * MIN, { group: { channel: "chat" } }), target("firstResponseTime.p90", 60 * MIN)], undefined);
    const p90 = tile(o.tiles, "firstResponseTime.p90");
    expect(p90.value).toBeCloseTo(percentile(firstResponses(inMonth("2026-02")), 0.9), 6);
    expect(p90.target?.target).toBe(60 * MIN);
  });
});

describe("overviewOf on random records", () => {
  const months = ["2026-01", "2026-02", "2026-03", "2026-04"];
  const record = fc.record({
    month: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 28 }),
    solved: fc.boolean(),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    firstResponseMs: fc.option(fc.integer({ min: 0, max: 86_400_000 }), { nil: undefined }),
  });

  test.prop([fc.array(record, { minLength: 1, maxLength: 40 }), fc.boolean()])(
    "n counts the last month with records; percentages lie in their interval and in [0, 100]",
    (drawn, compare) => {
      const rs: TicketRecord[] = drawn.map((d, i) => ticket(i + 1, `${months[d.month] as string}-${String(d.day).padStart(2, "0")}`, d.solved ? "solved" : "open", "chat", d.csat, d.firstResponseMs));
      const o = overviewOf(summarize(rs, { kpis: KPIS, by: [], period: "month" }), "month", undefined, compare ? { kind: "previous" } : undefined);
      const last = months[Math.max(...drawn.map((d) => d.month))] as string;
      expect(o.period).toBe(last);
      expect(tile(o.tiles, "n").value).toBe(drawn.filter((d) => months[d.month] === last).length);
      for (const t of o.tiles) {
        if (t.kind !== "percent") continue;
        const v = t.value as number;
        expect(t.ci, t.kpi).not.toBeNull();
        const ci = t.ci as { lower: number; upper: number };
        expect(ci.lower, t.kpi).toBeLessThanOrEqual(v);
        expect(v, t.kpi).toBeLessThanOrEqual(ci.upper);
        expect(ci.lower, t.kpi).toBeGreaterThanOrEqual(0);
        expect(ci.upper, t.kpi).toBeLessThanOrEqual(100);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
        const p = t.change?.pValue;
        if (p !== null && p !== undefined) expect(p >= 0 && p <= 1).toBe(true);
      }
    },
  );
});
