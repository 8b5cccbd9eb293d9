/**
 * The tables commands print: cells, titled tables with an optional total row, and how a cell
 * reads in the human formats (text, Markdown, HTML).
 *
 * @module
 */

/** A cell: numbers keep full precision in JSON, 15 significant digits in CSV, and are rounded for reading elsewhere. */
export type Cell = string | number | boolean | null;

/** A titled table; each row maps column keys to cells. */
export interface Table {
  readonly title: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
  /** A list rather than a series (targets, comparisons, settings): the HTML page draws no charts of it. */
  readonly noCharts?: boolean | undefined;
  /** A matrix (weekday × hour): the HTML page colours its cells by value instead of drawing bar charts. */
  readonly matrix?: boolean | undefined;
  /** Rows printed after `rows` but left out of charts (a total row). */
  readonly totals?: readonly Readonly<Record<string, Cell>>[] | undefined;
}

/** Every row of a table, totals last. */
export const allRows = (t: Table): readonly Readonly<Record<string, Cell>>[] => (t.totals === undefined ? t.rows : [...t.rows, ...t.totals]);

/** A cell for reading: "–" for no data, whole numbers as they are, others to at most two decimals. */
export { cellText as readable } from "../../report/html.js";
