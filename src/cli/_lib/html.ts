/**
 * The HTML output: one self-contained page (inline CSS, no scripts, no network) with a table per
 * result and, where a table has a numeric series, an inline SVG bar chart of it (a matrix, such
 * as weekday × hour, is a heatmap: its cells shaded by value).
 *
 * @module
 */
import { allRows, readable, type Table } from "./table.js";

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:0 0 2rem}th,td{padding:.25rem .6rem;border-bottom:1px solid #d0d7de}
th{text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}`;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function htmlTable(t: Table): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  // a matrix is a heatmap: each number's cell shaded by its share of the largest
  const numbers = t.matrix === true ? allRows(t).flatMap((r) => Object.values(r).filter((v): v is number => typeof v === "number")) : [];
  const max = Math.max(0, ...numbers.map(Math.abs));
  const shade = (v: number): string => (t.matrix === true && max > 0 ? ` style="background:rgba(59,130,246,${(Math.abs(v) / max).toFixed(3)})"` : "");
  const body = allRows(t)
    .map((r) => `<tr>${t.columns.map((c) => {
      const v = r[c.key] ?? null;
      return `<td${typeof v === "number" ? ` class="n"${shade(v)}` : ""}>${escapeHtml(readable(v))}</td>`;
    }).join("")}</tr>`)
    .join("\n");
  return `<table><caption>${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * A horizontal bar chart of one numeric column against the first column's labels, as inline
 * SVG: one bar per row, the value written beside it; `null` values leave the bar out.
 */
export function barChart(title: string, labels: readonly string[], values: readonly (number | null)[]): string {
  const max = Math.max(0, ...values.map((v) => (v === null ? 0 : Math.abs(v))));
  const rowH = 22;
  const labelW = 160;
  const barW = 360;
  const height = rowH * labels.length + 8;
  const bars = labels.map((label, i) => {
    const v = values[i] ?? null;
    const y = 4 + i * rowH;
    const w = v === null || max === 0 ? 0 : (Math.abs(v) / max) * barW;
    return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#3b82f6"><title>${escapeHtml(`${label}: ${readable(v)}`)}</title></rect>` +
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}">${escapeHtml(readable(v))}</text>`;
  });
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${labelW + barW + 80}" height="${height}" font-size="12">${bars.join("")}</svg></figure>`;
}

/** Charts for a table: one per numeric column, bars labelled by the first column. */
function chartsOf(t: Table): string[] {
  const [first, ...rest] = t.columns;
  if (first === undefined || t.rows.length === 0 || t.matrix === true || t.noCharts === true) return [];
  const labels = t.rows.map((r) => readable(r[first.key] ?? null));
  return rest
    .filter((c) => t.rows.some((r) => typeof r[c.key] === "number"))
    .map((c) => barChart(`${t.title}: ${c.label}`, labels, t.rows.map((r) => { const v = r[c.key]; return typeof v === "number" ? v : null; })));
}

/** One self-contained page with each table and its charts. */
export function htmlPage(title: string, tables: readonly Table[]): string {
  const sections = tables.map((t) => `<section>\n<h2>${escapeHtml(t.title)}</h2>\n${htmlTable(t)}\n<div class="charts">\n${chartsOf(t).join("\n")}\n</div>\n</section>`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body><h1>${escapeHtml(title)}</h1>\n${sections.join("\n")}\n</body></html>\n`;
}
