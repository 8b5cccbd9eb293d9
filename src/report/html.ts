/**
 * The HTML pieces of the pages servicekpi writes: escaping, a table, and the page around a
 * body with its stylesheet (inline, readable from a phone's width up, printable).
 *
 * @module
 */
import type { ReviewTable } from "./types.js";

const CSS = `*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1.5rem clamp(.75rem,3vw,2.5rem);max-width:78rem;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:2.25rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid #d0d7de}
.meta{color:#59636e;margin:0 0 1rem}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.75rem}
.tile{border:1px solid #d0d7de;border-radius:.5rem;padding:.75rem .9rem;border-top:4px solid #d0d7de}
.tile h3{font-size:.85rem;font-weight:600;color:#59636e;margin:0}
.tile .value{font-size:1.7rem;font-weight:650;margin:.1rem 0;font-variant-numeric:tabular-nums}
.tile p{margin:.15rem 0;font-size:.85rem}.tile .ci{color:#59636e}
.tile.met{border-top-color:#1a7f37}.tile.at-risk{border-top-color:#bf8700}.tile.missed{border-top-color:#cf222e}
.status{font-weight:600}.met .status{color:#1a7f37}.at-risk .status{color:#9a6700}.missed .status{color:#cf222e}
.sig{font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,34rem),1fr));gap:1.25rem 2rem}
figure{margin:0;min-width:0}figure svg{display:block;max-width:100%;height:auto}figcaption{font-size:.85rem;color:#59636e;margin-top:.25rem}
.scroll{overflow-x:auto;margin:0 0 1.5rem}
table{border-collapse:collapse;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{padding:.25rem .6rem;border-bottom:1px solid #d0d7de;white-space:nowrap}th{text-align:left;background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.warnings li{color:#9a6700}
dl.defs{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem 1.25rem;margin:0}
dl.defs dt{font-weight:600}dl.defs dd{margin:0}dl.defs code{font:inherit;font-size:.85rem;color:#59636e;display:block}
@media (max-width:40rem){dl.defs{grid-template-columns:1fr}dl.defs dd{margin-bottom:.5rem}.tile .value{font-size:1.45rem}}
@media print{h2{break-after:avoid}figure,.tile{break-inside:avoid}}`;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** A cell for reading: "–" for no data, whole numbers as they are, others to at most two decimals. */
export function cellText(cell: string | number | boolean | null): string {
  if (cell === null) return "–";
  if (typeof cell === "number") return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 100) / 100);
  return String(cell);
}

/** A table as HTML, in a box that scrolls sideways on a narrow screen; a matrix's cells shaded by value. */
export function tableHtml(t: ReviewTable): string {
  const rows = t.totals === undefined ? t.rows : [...t.rows, ...t.totals];
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join("");
  const numbers = t.matrix === true ? rows.flatMap((r) => Object.values(r).filter((v): v is number => typeof v === "number")) : [];
  const max = Math.max(0, ...numbers.map(Math.abs));
  const shade = (v: number): string => (t.matrix === true && max > 0 ? ` style="background:rgba(9,105,218,${((Math.abs(v) / max) * 0.8).toFixed(3)})"` : "");
  const body = rows
    .map((r) => `<tr>${t.columns.map((c) => {
      const v = r[c.key] ?? null;
      return `<td${typeof v === "number" ? ` class="n"${shade(v)}` : ""}>${escapeHtml(cellText(v))}</td>`;
    }).join("")}</tr>`)
    .join("\n");
  return `<div class="scroll"><table><caption>${escapeHtml(t.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** A whole page around `body`: the document, its title and the stylesheet. */
export function pageHtml(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`;
}
