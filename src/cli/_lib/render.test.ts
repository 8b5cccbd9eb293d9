import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html.js";
import { render, type Output } from "./render.js";
import { parseCounts, parseDuration, parseFraction, parseTarget, parseWhole, UsageError } from "./usage.js";

const output: Output = {
  data: { a: 1 },
  tables: [{
    title: "KPIs",
    columns: [{ key: "channel", label: "channel" }, { key: "csat", label: "CSAT %" }],
    rows: [{ channel: 'e-mail, "web"', csat: 82.456 }, { channel: "a|b", csat: null }, { channel: "<chat>", csat: 90 }],
  }],
};

describe("render", () => {
  it("writes CSV by RFC 4180: quotes around commas and quotes, empty for null, full precision", () => {
    expect(render(output, "csv", "t")).toBe('channel,csat\r\n"e-mail, ""web""",82.456\r\na|b,\r\n<chat>,90\r\n');
  });

  it("writes Markdown with escaped pipes and a dash for no data, numbers to two decimals", () => {
    expect(render(output, "markdown", "t")).toBe(
      '### KPIs\n\n| channel | CSAT % |\n| --- | --- |\n| e-mail, "web" | 82.46 |\n| a\\|b | – |\n| <chat> | 90 |\n',
    );
  });

  it("aligns text tables: numbers right, text left", () => {
    expect(render(output, "table", "t")).toBe(
      'KPIs\nchannel        CSAT %\n-------------  ------\ne-mail, "web"   82.46\na|b                 –\n<chat>             90\n',
    );
  });

  it("writes JSON of the data, not of the tables", () => {
    expect(render(output, "json", "t")).toBe('{\n  "a": 1\n}\n');
  });

  it("writes one escaped, self-contained HTML page of tables: no charts, no script", () => {
    const page = render(output, "html", "Report <1>");
    expect(page).toContain("<title>Report &lt;1&gt;</title>");
    expect(page).toContain("<td>&lt;chat&gt;</td>");
    expect(page).not.toMatch(/<svg|<script/);
    expect(escapeHtml('a&"<>')).toBe("a&amp;&quot;&lt;&gt;");
  });
});

describe("command-line values", () => {
  it.each([["30m", 1_800_000], ["180s", 180_000], ["1.5h", 5_400_000], ["500ms", 500], ["2d", 172_800_000], ["4min", 240_000]])("%s is %d ms", (text, ms) => {
    expect(parseDuration("--x", text)).toBe(ms);
  });

  it("reads shares, targets, counts and whole numbers", () => {
    expect([parseFraction("--s", "30%"), parseFraction("--s", "0.3"), parseFraction("--s", "100%")]).toEqual([0.3, 0.3, 1]);
    expect(parseTarget("--t", "80/20s")).toEqual({ targetServiceLevel: 80, thresholdMs: 20_000 });
    expect(parseTarget("--t", "90%/1m")).toEqual({ targetServiceLevel: 90, thresholdMs: 60_000 });
    expect(parseCounts("--c", "38, 64,92.5")).toEqual([38, 64, 92.5]);
    expect(parseWhole("--n", "10", 1)).toBe(10);
  });

  it.each([
    () => parseDuration("--x", "30"),
    () => parseDuration("--x", "0s"),
    () => parseDuration("--x", "-5m"),
    () => parseFraction("--s", "130%"),
    () => parseFraction("--s", "abc"),
    () => parseTarget("--t", "100/20s"),
    () => parseTarget("--t", "80/20"),
    () => parseCounts("--c", "5,,6"),
    () => parseWhole("--n", "0", 1),
  ])("refuses a value it cannot read (%#)", (run) => {
    expect(run).toThrow(UsageError);
  });
});
