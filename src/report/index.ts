/**
 * `servicekpi/report`: the monthly review as a page and as charts. Takes the JSON that
 * `servicekpi report --format json` writes and gives its charts as Vega-Lite specifications
 * ({@link reviewCharts}), each drawn to static SVG ({@link renderSvg}), and the whole review as
 * one self-contained HTML page ({@link reviewPage}), with each KPI's definition
 * ({@link KPI_DEFINITIONS}). The packages vega and vega-lite are loaded only when a chart is
 * drawn; the main entry never loads them.
 *
 * @module
 */
export { reviewCharts } from "./charts.js";
export { renderSvg } from "./render.js";
export { reviewPage, type ReviewPageOptions } from "./page.js";
export { KPI_DEFINITIONS, type KpiDefinition } from "./definitions.js";
export type * from "./types.js";
