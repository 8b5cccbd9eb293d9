/**
 * `servicekpi report --format xlsx` (issue 15, item 9): the workbook read back with exceljs: the
 * flat table first with typed numbers equal to the JSON report's, then a sheet per table.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const mappingPath = fileURLToPath(new URL("../examples/tickets-5000.mapping.json", import.meta.url));

describe.skipIf(!existsSync(csvPath))("servicekpi report --format xlsx", () => {
  it("writes the flat table with typed cells, then one sheet per table", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "servicekpi-xlsx-")), "report.xlsx");
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--kpis", "csat,resolutionRate", "--format", "xlsx", "--out", out);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["KPIs", "KPIs by channel", "Input", "Settings"]);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, "view", "channel", "records", "CSAT %", "CSAT answers", "resolved %"]);
    const json = JSON.parse((await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--kpis", "csat,resolutionRate", "--format", "json")).stdout) as {
      summary: { rows: { group: { channel: string }; n: number; csat: { value: number }; resolutionRate: { value: number } }[]; total: { n: number; csat: { value: number } } };
    };
    json.summary.rows.forEach((row, i) => {
      const cells = sheet.getRow(i + 2).values as unknown[];
      // numbers as numbers, at full precision
      expect(cells.slice(1, 4)).toEqual(["channel", row.group.channel, row.n]);
      expect(cells[4]).toBe(row.csat.value);
      expect(cells[6]).toBe(row.resolutionRate.value);
    });
    const total = sheet.getRow(json.summary.rows.length + 2).values as unknown[];
    expect([total[1], total[2], total[3], total[4]]).toEqual(["total", undefined, json.summary.total.n, json.summary.total.csat.value]);
  });

  it("refuses to write a workbook onto a terminal, and init's report, which goes to stderr", async () => {
    const r = await cli("init", csvPath, "--format", "xlsx");
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/init: --format table, json, csv, markdown or html/) });
  });
});
