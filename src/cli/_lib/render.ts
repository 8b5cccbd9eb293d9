/**
 * Output of the command line: every command returns its result as plain data (printed as JSON)
 * and as tables (printed as aligned text, CSV, Markdown or an HTML page).
 *
 * @module
 */
import { htmlPage } from "./html.js";
import type { ReviewChart } from "../../report/types.js";
import { allRows, readable, type Cell, type Table } from "./table.js";

export type { Cell, Table } from "./table.js";

/** What a command produces. */
export interface Output {
  /** The machine-readable result (`--format json`). */
  readonly data: unknown;
  /** The same result as tables, for the other formats. */
  readonly tables: readonly Table[];
  /** One flat table for CSV, when the command has one (a report: every view in one table, no titles). */
  readonly flat?: Table | undefined;
  /** The review page (`--format html` of a report): tiles, charts drawn to SVG, tables, definitions. */
  readonly page?: (() => Promise<string>) | undefined;
  /** The charts as Vega-Lite specifications (`--format vega`), when the command has charts. */
  readonly charts?: (() => readonly ReviewChart[]) | undefined;
}

export const FORMATS = ["table", "json", "csv", "xlsx", "markdown", "html", "vega"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * A CSV cell. Numbers keep 15 significant digits, as spreadsheets show them: the noise of binary
 * arithmetic goes (2249.0400000000004 is 2249.04), every digit a double holds reliably stays.
 */
function csvCell(cell: Cell): string {
  const text = cell === null ? "" : typeof cell === "number" && !Number.isInteger(cell) ? String(Number(cell.toPrecision(15))) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function textTable(t: Table): string {
  const cells = allRows(t).map((r) => t.columns.map((c) => readable(r[c.key] ?? null)));
  const widths = t.columns.map((c, j) => Math.max(c.label.length, ...cells.map((row) => (row[j] as string).length)));
  const numeric = t.columns.map((c) => allRows(t).some((r) => typeof r[c.key] === "number"));
  const line = (row: readonly string[]): string =>
    row.map((s, j) => (numeric[j] ? s.padStart(widths[j] as number) : s.padEnd(widths[j] as number))).join("  ").trimEnd();
  const header = line(t.columns.map((c) => c.label));
  return [t.title, header, widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

function markdownTable(t: Table): string {
  const esc = (s: string): string => s.replaceAll("|", "\\|");
  const rows = allRows(t).map((r) => `| ${t.columns.map((c) => esc(readable(r[c.key] ?? null))).join(" | ")} |`);
  return [`### ${t.title}`, "", `| ${t.columns.map((c) => esc(c.label)).join(" | ")} |`, `| ${t.columns.map(() => "---").join(" | ")} |`, ...rows].join("\n");
}

/** One table as CSV: a header of column keys, then the rows. */
function csvTable(t: Table): string {
  return [t.columns.map((c) => csvCell(c.key)).join(","), ...allRows(t).map((r) => t.columns.map((c) => csvCell(r[c.key] ?? null)).join(","))].join("\r\n");
}

/** A command's output as CSV: its flat table, its one table, or each table after its title line, separated by a blank line. */
function csvOutput(output: Output): string {
  const { tables, flat } = output;
  if (flat !== undefined) return csvTable(flat);
  return tables.length === 1 ? csvTable(tables[0] as Table) : tables.map((t) => `# ${t.title}\r\n${csvTable(t)}`).join("\r\n\r\n");
}

/** Renders a command's output in a text format (xlsx is written by xlsxBytes); ends with a newline. */
export function render(output: Output, format: Exclude<Format, "xlsx" | "vega">, title: string): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(output.data, null, 2)}\n`;
    case "csv":
      return `${csvOutput(output)}\r\n`;
    case "markdown":
      return `${output.tables.map(markdownTable).join("\n\n")}\n`;
    case "html":
      return htmlPage(title, output.tables);
    case "table":
      return `${output.tables.map(textTable).join("\n\n")}\n`;
  }
}
