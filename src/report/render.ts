/**
 * Vega-Lite specifications rendered to static SVG, in Node or a browser, without a canvas: the
 * packages `vega-lite` (compile) and `vega` (a headless view) are loaded on first use, so that
 * importing this entry costs nothing until a chart is drawn.
 *
 * @module
 */
import type { VegaLiteSpec } from "./types.js";

interface VegaLite {
  compile(spec: unknown): { spec: unknown };
}
interface VegaView {
  toSVG(): Promise<string>;
  finalize(): void;
}
interface Vega {
  parse(spec: unknown): unknown;
  View: new (runtime: unknown, options: { renderer: "none" }) => VegaView;
}

let loaded: Promise<[VegaLite, Vega]> | undefined;

/** vega-lite and vega, loaded once; a missing package is said by name. */
function load(): Promise<[VegaLite, Vega]> {
  loaded ??= Promise.all([import("vega-lite"), import("vega")]).then(
    ([vl, vega]) => [vl as unknown as VegaLite, vega as unknown as Vega],
    (error: unknown) => {
      loaded = undefined;
      throw new Error(`servicekpi/report: drawing charts needs the packages vega and vega-lite (npm install vega vega-lite): ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  return loaded;
}

/**
 * Renders one Vega-Lite specification to an SVG document (a string starting `<svg`), with its
 * data inline and no script: the chart as it would show in a browser, fixed.
 *
 * @param spec - A Vega-Lite specification, such as one of {@link reviewCharts}.
 * @returns The SVG markup.
 *
 * @category Review
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vl, vega] = await load();
  let view: VegaView | undefined;
  try {
    view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: "none" });
    return await view.toSVG();
  } catch (error) {
    const title = (spec["title"] as { text?: unknown } | undefined)?.text ?? spec["title"] ?? spec["mark"];
    throw new Error(`servicekpi/report: the Vega-Lite specification ${JSON.stringify(title ?? null)} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    view?.finalize();
  }
}
