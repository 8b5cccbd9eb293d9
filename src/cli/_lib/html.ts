/**
 * The HTML output of commands other than a report's review page (validate, staffing, a live
 * view): one self-contained page (inline CSS, no scripts, no network) with a table per result;
 * a matrix's cells shaded by value. The report's page is src/report/page.ts.
 *
 * @module
 */
import { escapeHtml, pageHtml, tableHtml } from "../../report/html.js";
import type { Table } from "./table.js";

export { escapeHtml };

/** One self-contained page with each table under its title. */
export function htmlPage(title: string, tables: readonly Table[]): string {
  return pageHtml(title, tables.map((t) => `<section>\n<h2>${escapeHtml(t.title)}</h2>\n${tableHtml(t)}\n</section>`).join("\n"));
}
