/**
 * The review page: one self-contained HTML document a manager can forward. Headline tiles
 * (value, interval, target status, change), the charts as static SVG, the tables, and a short
 * definition and formula of every KPI shown. Inline CSS, no script, no network at view time;
 * readable from a phone's width up.
 *
 * @module
 */
import { reviewCharts, pText } from "./charts.js";
import { KPI_DEFINITIONS } from "./definitions.js";
import { changeText, unitOf, valueText } from "./measures.js";
import { renderSvg } from "./render.js";
import { escapeHtml, pageHtml, tableHtml } from "./html.js";
import type { ReviewChart, ReviewData, ReviewTable, ReviewTile } from "./types.js";

/**
 * An SVG's own ids (gradients, clip paths) made unique on the page: every chart is drawn by its
 * own view, which numbers them from 0, and one page holds many charts.
 */
export function scopeIds(svg: string, prefix: string): string {
  const safe = prefix.replace(/[^\w-]/g, "_");
  return svg.replace(/\bid="([^"]+)"/g, `id="${safe}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${safe}-$1)`).replace(/href="#([^"]+)"/g, `href="#${safe}-$1"`);
}

/** One headline tile: the value, its interval and n, the target's status, the change. */
function tileHtml(tile: ReviewTile, data: ReviewData): string {
  const unit = unitOf(tile.kpi, data.settings?.units, tile.value);
  const kind = tile.kind;
  const status = tile.target?.status ?? null;
  const lines: string[] = [];
  const interval = tile.ci === null ? "" : `${Math.round(tile.ci.level * 100)} % CI ${valueText(tile.ci.lower, kind, unit)} – ${valueText(tile.ci.upper, kind, unit)}`;
  const n = tile.n === null ? "" : `n ${tile.n.toLocaleString("en-US")}`;
  if (interval !== "" || n !== "") lines.push(`<p class="ci">${escapeHtml([interval, n].filter((s) => s !== "").join(" · "))}</p>`);
  if (tile.target !== null) {
    const gap = tile.target.gap === null || status === "met" ? "" : ` (${changeText(tile.target.gap, kind, unit)})`;
    lines.push(`<p>target ${escapeHtml(valueText(tile.target.target, kind, unit))}: <span class="status">${escapeHtml(status ?? "no data")}</span>${escapeHtml(gap)}</p>`);
  }
  if (tile.change !== null && tile.change.change !== null) {
    const c = tile.change;
    const arrow = (c.change as number) > 0 ? "▲" : (c.change as number) < 0 ? "▼" : "■";
    const p = c.pValue === null ? "" : escapeHtml(pText(c.pValue));
    const test = c.pValue === null ? "no test" : c.pValue < 0.05 ? `<span class="sig">significant</span> (p ${p})` : `not significant (p ${p})`;
    lines.push(`<p>${arrow} ${escapeHtml(changeText(c.change as number, kind, unit))} vs ${escapeHtml(c.against)} · ${test}</p>`);
  }
  const cls = status === null ? "tile" : `tile ${status.replace(" ", "-")}`;
  return `<article class="${cls}"><h3>${escapeHtml(tile.label)}</h3><p class="value">${escapeHtml(valueText(tile.value, kind, unit))}</p>${lines.join("")}</article>`;
}

/** The KPIs the report shows, for the definitions: those with a value in the total, in the definitions' order. */
function shownKpis(data: ReviewData): string[] {
  const total = data.summary?.total;
  const present = new Set(["count", ...Object.keys(total ?? {}).filter((k) => k !== "group" && k !== "n" && (total?.[k] ?? null) !== null)]);
  return Object.keys(KPI_DEFINITIONS).filter((k) => present.has(k));
}

/** The definitions of the KPIs shown: name, definition, formula. */
function definitionsHtml(kpis: readonly string[]): string {
  const items = kpis.flatMap((k) => {
    const d = KPI_DEFINITIONS[k];
    return d === undefined ? [] : [`<dt>${escapeHtml(d.name)}</dt><dd>${escapeHtml(d.definition)}<code>${escapeHtml(d.formula)}</code></dd>`];
  });
  return `<dl class="defs">\n${items.join("\n")}\n</dl>`;
}

/** The options of {@link reviewPage}. */
export interface ReviewPageOptions {
  /** The page's title (default "Service review"). */
  readonly title?: string | undefined;
  /** Tables to show after the charts (the command line passes its report's tables). */
  readonly tables?: readonly ReviewTable[] | undefined;
  /** The charts to draw (default {@link reviewCharts} of the data). */
  readonly charts?: readonly ReviewChart[] | undefined;
}

const SECTIONS: readonly [ReviewChart["section"], string][] = [
  ["trends", "Over time"],
  ["heatmap", "When"],
  ["distributions", "How long"],
  ["groups", "Where"],
];

/**
 * The review as one self-contained HTML page: tiles for the headline KPIs (the latest period's
 * value, its interval, the target's status and the change against the comparison), the charts
 * drawn to static SVG, the tables, and every KPI's definition and formula. No script and no
 * network at view time.
 *
 * @param data - A report as `servicekpi report --format json` writes it.
 * @param options - The title, the tables, and the charts (default: all of the data's).
 * @returns The HTML document.
 *
 * @category Review
 */
export async function reviewPage(data: ReviewData, options: ReviewPageOptions = {}): Promise<string> {
  const title = options.title ?? "Service review";
  const charts = options.charts ?? reviewCharts(data);
  const parts: string[] = [];
  const meta = [
    data.file === undefined ? null : `from ${data.file}`,
    data.counts === undefined ? null : `${data.counts.records.toLocaleString("en-US")} records (${data.counts.rejected.toLocaleString("en-US")} rows rejected)`,
    data.settings?.timeZone === undefined ? null : `time zone ${data.settings.timeZone}`,
    data.settings?.now == null ? null : `SLA measured to ${data.settings.now}`,
  ].filter((s): s is string => s !== null);
  if (meta.length > 0) parts.push(`<p class="meta">${escapeHtml(meta.join(" · "))}</p>`);
  const overview = data.overview;
  if (overview !== undefined && overview.tiles.length > 0) {
    parts.push(`<h2>${escapeHtml(overview.period === null ? "Headline" : `Headline: ${overview.period}`)}</h2>`);
    parts.push(`<div class="tiles">\n${overview.tiles.map((t) => tileHtml(t, data)).join("\n")}\n</div>`);
  }
  const warnings = data.warnings ?? [];
  if (warnings.length > 0) parts.push(`<h2>Warnings</h2><ul class="warnings">${warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>`);
  for (const [section, heading] of SECTIONS) {
    const these = charts.filter((c) => c.section === section);
    if (these.length === 0) continue;
    const figures: string[] = [];
    for (const c of these) figures.push(`<figure id="${escapeHtml(c.id)}" role="img" aria-label="${escapeHtml(c.title)}">${scopeIds(await renderSvg(c.spec), c.id)}<figcaption>${escapeHtml(c.note)}</figcaption></figure>`);
    parts.push(`<h2>${heading}</h2>\n<div class="charts">\n${figures.join("\n")}\n</div>`);
  }
  const tables = options.tables ?? [];
  if (tables.length > 0) parts.push(`<h2>Tables</h2>\n${tables.map(tableHtml).join("\n")}`);
  const kpis = shownKpis(data);
  if (kpis.length > 0) parts.push(`<h2>Definitions</h2>\n${definitionsHtml(kpis)}`);
  return pageHtml(title, parts.join("\n"));
}


