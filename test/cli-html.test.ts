/**
 * The review page (`servicekpi report --format html`) opened in a real browser: Debian's
 * Chromium, driven headless by playwright-core, at a desktop and a phone width. The page must show
 * its tiles, every chart with rendered marks (static SVG drawn by vega in Node), its tables and
 * definitions, with no script, no request beyond the file itself, no console error, and nothing
 * wider than a phone's screen. Screenshots go to a temporary folder, never into the repository.
 * Without /usr/bin/chromium (Debian package `chromium`; .ci/run installs it) the test is skipped
 * and says so.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`cli-html.test.ts skipped: ${CHROMIUM} not found (install the Debian package "chromium")`);

describe.skipIf(!available)("servicekpi report --format html in Chromium", () => {
  it("renders the review page at desktop and phone widths: tiles, charts with marks, tables, definitions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "servicekpi-html-"));
    const data = join(dir, "sample.csv");
    const targets = join(dir, "targets.json");
    const page = join(dir, "review.html");
    writeFileSync(targets, JSON.stringify({ targets: [{ kpi: "csat", target: 80, warning: 5 }, { kpi: "firstResponseTime.p90", target: "4h" }] }));
    expect((await cli("sample", "--tickets", "3000", "--out", data)).code).toBe(0);
    const run = await cli("report", data, "--by", "channel,month", "--trends", "--heatmap", "volume", "--buckets", "auto", "--compare", "previous", "--targets", targets, "--format", "html", "--out", page);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/WARN/); // vega's own warnings would reach the user's terminal
    const html = readFileSync(page, "utf8");
    expect(html).not.toMatch(/<script|<link|@import|url\((?!#)|<img/i); // url(#…) points inside the page (a legend's gradient)
    const charts = JSON.parse((await cli("report", data, "--by", "channel,month", "--trends", "--heatmap", "volume", "--buckets", "auto", "--format", "vega")).stdout) as { charts: { id: string }[] };

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      for (const [name, width] of [["desktop", 1280], ["phone", 390]] as const) {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        const requests: string[] = [];
        const errors: string[] = [];
        tab.on("request", (request) => requests.push(request.url()));
        tab.on("console", (message) => { if (message.type() === "error" || message.type() === "warning") errors.push(message.text()); });
        tab.on("pageerror", (error) => errors.push(error.message));
        await tab.goto(pathToFileURL(page).href);
        expect(await tab.title()).toBe("Service review: sample.csv");
        expect(requests).toEqual([pathToFileURL(page).href]);
        expect(errors).toEqual([]);
        expect(await tab.locator("h2").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Headline: \d{4}-\d{2}$/), "Over time", "When", "How long", "Where", "Tables", "Definitions"]));
        // tiles: the records, CSAT with its interval, target and change
        const csat = tab.locator(".tile", { hasText: "CSAT" }).first();
        expect(await csat.textContent()).toMatch(/\d+\.\d %95 % CI \d+\.\d % – \d+\.\d % · n [\d,]+target 80\.0 %: (met|at risk|missed).*vs \d{4}-\d{2}/);
        // every chart of --format vega is on the page, laid out inside the screen, with marks drawn
        const figures = tab.locator("figure");
        expect(await figures.evaluateAll((fs) => fs.map((f) => f.id))).toEqual(charts.charts.map((c) => c.id));
        for (const figure of await figures.all()) {
          const svg = figure.locator("svg").first();
          const box = await svg.boundingBox();
          expect(box?.width).toBeGreaterThan(200);
          expect((box?.x ?? -1) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
          const marks = await svg.locator("g[class*='role-mark'] path, g[class*='role-mark'] line, g[class*='role-mark'] text").evaluateAll((els) => els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 || r.height > 0; }).length);
          expect(marks, await figure.getAttribute("id") ?? "").toBeGreaterThan(0);
        }
        // the heatmap has a cell per weekday and hour
        expect(await tab.locator("#heatmap g[class*='mark-rect'][class*='role-mark'] path").count()).toBe(7 * 24);
        // the tables and the definitions
        expect(await tab.locator("table").count()).toBeGreaterThan(4);
        expect(await tab.locator("dl.defs dt").allTextContents()).toEqual(expect.arrayContaining(["CSAT", "NPS", "First response time"]));
        // nothing wider than the screen: wide tables scroll in their own box
        expect(await tab.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const shot = join(dir, `review-${name}.png`);
        await tab.screenshot({ path: shot, fullPage: true });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
