/**
 * The HTML report opened in a real browser: Debian's Chromium, driven headless by
 * playwright-core. The page must render its charts and tables with no script, no request
 * beyond the file itself and no console error. Without /usr/bin/chromium (Debian package
 * `chromium`; .ci/run installs it) the test is skipped and says so.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
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
  it("renders one self-contained page with a bar chart per KPI, per channel and per month", async () => {
    const dir = mkdtempSync(join(tmpdir(), "servicekpi-html-"));
    const data = join(dir, "sample.csv");
    const page = join(dir, "report.html");
    expect((await cli("sample", "--tickets", "3000", "--out", data)).code).toBe(0);
    expect((await cli("report", data, "--by", "channel,month", "--format", "html", "--out", page)).code).toBe(0);
    expect(readFileSync(page, "utf8")).not.toMatch(/<script|<link|@import|url\(/i);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const tab = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      tab.on("request", (request) => requests.push(request.url()));
      tab.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.goto(pathToFileURL(page).href);
      expect(await tab.title()).toBe("servicekpi report");
      expect(requests).toEqual([pathToFileURL(page).href]);
      expect(errors).toEqual([]);
      const sections = await tab.locator("section h2").allTextContents();
      expect(sections).toEqual(["KPIs by channel and month", "KPIs by channel", "KPIs by month", "Input", "Settings"]);
      const charts = await tab.locator("figure figcaption").allTextContents();
      for (const kpi of ["CSAT %", "NPS", "first response p50 (min)", "resolved %", "FCR %"]) {
        expect(charts).toContain(`KPIs by channel: ${kpi}`);
        expect(charts).toContain(`KPIs by month: ${kpi}`);
      }
      // Every chart is laid out: visible, with bars of positive width for the channels.
      const byChannel = tab.locator("figure", { hasText: "KPIs by channel: CSAT %" }).locator("svg");
      const box = await byChannel.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      const widths = await byChannel.locator("rect").evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
      expect(widths).toHaveLength(5); // email, chat, phone, social, web
      expect(Math.min(...widths)).toBeGreaterThan(0);
      // The per-channel table has a row per channel and the total.
      const rows = await tab.locator("section", { hasText: "KPIs by channel" }).nth(1).locator("tbody tr").count();
      expect(rows).toBe(6);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
