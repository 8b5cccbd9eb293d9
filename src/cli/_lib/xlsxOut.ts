/// <reference types="node" />
/**
 * `--format xlsx`: a command's output as an Excel workbook. The first sheet is the command's
 * flat table when it has one (a report: every view in one table), else its first table; each
 * table follows on a sheet of its own. Cells are typed: numbers are numbers (full precision),
 * text is text, no data is an empty cell. exceljs is loaded only for this format.
 *
 * @module
 */
import { allRows, type Table } from "./table.js";
import type { Output } from "./render.js";

interface Sheet {
  columns: { header: string; key: string; width: number }[];
  addRow(values: Record<string, unknown>): unknown;
  getRow(n: number): { font: unknown };
  views: unknown[];
}
interface Workbook {
  creator: string;
  addWorksheet(name: string): Sheet;
  xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> };
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addTable(workbook: Workbook, table: Table, name: string): void {
  const sheet = workbook.addWorksheet(name);
  const rows = allRows(table);
  sheet.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.min(60, Math.max(8, c.label.length + 2, ...rows.map((r) => String(r[c.key] ?? "").length + 2))),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, r[c.key] ?? null])));
}

/** The workbook of `output`, as the bytes of an .xlsx file. */
export async function xlsxBytes(output: Output): Promise<Uint8Array> {
  const mod = (await import("exceljs")) as { default?: unknown };
  const ExcelJS = (mod.default ?? mod) as { Workbook: new () => Workbook };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "servicekpi";
  const taken = new Set<string>();
  const tables = output.flat === undefined ? output.tables : [output.flat, ...output.tables];
  for (const table of tables) addTable(workbook, table, sheetName(table.title, taken));
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
