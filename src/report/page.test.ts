import { describe, expect, it } from "vitest";
import { changeText, measureLabel, valueText } from "./measures.js";
import { reviewPage, scopeIds } from "./page.js";
import { renderSvg } from "./render.js";
import { boundText, durationIn } from "./units.js";
import type { ReviewData } from "./types.js";

const H = 3_600_000;
const DATA: ReviewData = {
  file: "exports/<tickets>.csv",
  counts: { rows: 12, records: 10, rejected: 2 },
  settings: { timeZone: "UTC", now: "2026-03-31T23:00:00.000Z", units: { firstResponseTime: "hours" } },
  warnings: ["handle time improved at CSAT's cost"],
  overview: {
    period: "2026-03",
    tiles: [
      { kpi: "n", label: "Records", value: 1204, kind: "count", ci: null, n: null, target: null, change: { against: "2026-02", before: 1000, change: 204, pValue: null, test: null } },
      { kpi: "csat", label: "CSAT", value: 36, kind: "percent", ci: { lower: 30.6, upper: 41.8, level: 0.95 }, n: 278, target: { target: 45, status: "missed", gap: -9 }, change: { against: "2026-02", before: 38.9, change: -2.9, pValue: 0.47, test: "two-proportion z-test" } },
      { kpi: "firstResponseTime.p90", label: "First response time, 90th percentile", value: 2.4 * H, kind: "duration", ci: null, n: 375, target: { target: 3 * H, status: "met", gap: 0.6 * H }, change: null },
      { kpi: "resolutionRate", label: "Resolution rate", value: 74.1, kind: "percent", ci: null, n: 375, target: { target: 75, status: "at risk", gap: -0.9 }, change: { against: "2026-02", before: 70, change: 4.1, pValue: 0.0004, test: "two-proportion z-test" } },
    ],
  },
  summary: {
    rows: [
      { group: { channel: "chat" }, n: 5, csat: { value: 40, n: 5, ci: { lower: 11.8, upper: 76.9, level: 0.95 } } },
      { group: { channel: "email" }, n: 5, csat: { value: 60, n: 5, ci: { lower: 23.1, upper: 88.2, level: 0.95 } } },
    ],
    total: { group: {}, n: 10, csat: { value: 50, n: 10, ci: { lower: 23.7, upper: 76.3, level: 0.95 } }, firstResponseTime: { n: 10, meanMs: H, buckets: [{ upToMs: H, count: 6, share: 60 }, { upToMs: null, count: 4, share: 40 }] }, nps: null },
  },
  heatmap: { measure: "volume", timeZone: "UTC", weekdays: ["mon", "tue"], hours: [0, 1], values: [[1, 2], [3, null]] },
};

describe("reviewPage", () => {
  it("writes one page: tiles, every chart as inline SVG, tables, definitions of the KPIs shown; no script", async () => {
    const html = await reviewPage(DATA, { title: "Review <March>", tables: [{ title: "KPIs", columns: [{ key: "group", label: "group" }, { key: "csat", label: "CSAT %" }], rows: [{ group: "chat", csat: 40 }], totals: [{ group: "total", csat: 50 }] }] });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<title>Review &lt;March&gt;</title>");
    expect(html).not.toMatch(/<script|<link|@import|url\((?!#)|<img|<foreignObject/i);
    expect(html).toContain("from exports/&lt;tickets&gt;.csv · 10 records (2 rows rejected) · time zone UTC · SLA measured to 2026-03-31T23:00:00.000Z");
    // tiles: value, interval and n, target status, change with its test
    expect(html).toContain('<article class="tile missed"><h3>CSAT</h3><p class="value">36.0 %</p><p class="ci">95 % CI 30.6 % – 41.8 % · n 278</p><p>target 45.0 %: <span class="status">missed</span> (−9.0 pts)</p><p>▼ −2.9 pts vs 2026-02 · not significant (p 0.470)</p></article>');
    expect(html).toContain('<article class="tile met"><h3>First response time, 90th percentile</h3><p class="value">2.4 h</p><p class="ci">n 375</p><p>target 3.0 h: <span class="status">met</span></p></article>');
    expect(html).toContain('<article class="tile at-risk">');
    expect(html).toContain("▲ +4.1 pts vs 2026-02 · <span class=\"sig\">significant</span> (p &lt; 0.001)");
    expect(html).toContain("<p class=\"value\">1,204</p><p>▲ +204 vs 2026-02 · no test</p>");
    // the charts: a heatmap, a distribution, CSAT per channel; each an SVG with its caption
    const figures = [...html.matchAll(/<figure id="([^"]+)"[^>]*><svg [^]*?<\/svg><figcaption>/g)].map((m) => m[1]);
    expect(figures).toEqual(["heatmap", "distribution-firstResponseTime", "groups-channel-csat"]);
    // ids inside the SVGs are unique on the page
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain("<li>handle time improved at CSAT&#39;s cost</li>".replace("&#39;", "'"));
    expect(html).toContain("<caption>KPIs</caption>");
    // definitions: CSAT and first response time have values; NPS (null) and absent KPIs have none
    const terms = [...html.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => m[1]);
    expect(terms).toEqual(expect.arrayContaining(["Records", "CSAT", "First response time"]));
    expect(terms).not.toContain("NPS");
    expect(terms).not.toContain("Service level");
  }, 30_000);

  it("leaves out what the data does not have: no tiles, no charts, no tables", async () => {
    const html = await reviewPage({});
    expect(html).toContain("<title>Service review</title>");
    expect(html).not.toMatch(/<figure|<article|<table|Headline|Warnings/);
    expect(html).toContain("<dt>Records</dt>"); // the count is always defined
  });
});

describe("renderSvg", () => {
  it("draws a Vega-Lite specification to static SVG with its marks", async () => {
    const svg = await renderSvg({ data: { values: [{ x: "a", y: 1 }, { x: "b", y: 3 }] }, mark: "bar", encoding: { x: { field: "x", type: "nominal" }, y: { field: "y", type: "quantitative" } } });
    expect(svg).toMatch(/^<svg /);
    // two bars, one per datum (vega draws rect marks as paths)
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
  });

  it("says which specification it cannot compile", async () => {
    await expect(renderSvg({ mark: "no-such-mark" })).rejects.toThrow(/^servicekpi\/report: the Vega-Lite specification "no-such-mark" could not be drawn: /);
  });
});

describe("scopeIds", () => {
  it("prefixes every id and every reference to one", () => {
    expect(scopeIds('<linearGradient id="g0"/><rect fill="url(#g0)"/><use href="#g0"/>', "heat map")).toBe('<linearGradient id="heat_map-g0"/><rect fill="url(#heat_map-g0)"/><use href="#heat_map-g0"/>');
  });
});

describe("how numbers read on the page", () => {
  it("writes percentages and scores to one decimal, counts whole, durations in their unit", () => {
    expect([valueText(36, "percent", "hours"), valueText(12.345, "score", "hours"), valueText(1204, "count", "hours"), valueText(8_640_000, "duration", "hours"), valueText(null, "percent", "hours")]).toEqual(["36.0 %", "12.3", "1,204", "2.4 h", "–"]);
    expect([changeText(-2.94, "percent", "hours"), changeText(0.6 * H, "duration", "hours"), changeText(0, "score", "hours")]).toEqual(["−2.9 pts", "+0.6 h", "±0.0"]);
    expect([durationIn(90_000, "minutes"), boundText(300_000), boundText(14_400_000), boundText(86_400_000), boundText(1500)]).toEqual(["1.5 min", "5 min", "4 h", "1 d", "1500 ms"]);
    expect([measureLabel("n"), measureLabel("resolutionTime.p95"), measureLabel("handleTime.p21"), measureLabel("slaCompliance.first-reply"), measureLabel("unknownKpi")]).toEqual(["Records", "Resolution time, 95th percentile", "Handle time, 21st percentile", "SLA compliance: first-reply", "unknownKpi"]);
  });
});
