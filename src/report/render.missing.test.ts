import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("vega");
  vi.resetModules();
});

describe("renderSvg without the vega package", () => {
  it("names the packages to install, and tries again on the next call", async () => {
    vi.resetModules();
    vi.doMock("vega", () => {
      throw new Error("Cannot find package 'vega'");
    });
    const { renderSvg } = await import("./render.js");
    await expect(renderSvg({ mark: "bar" })).rejects.toThrow(/^servicekpi\/report: drawing charts needs the packages vega and vega-lite \(npm install vega vega-lite\): /);
    // the failed load is forgotten: once the package is there, the next call draws
    vi.doUnmock("vega");
    await expect(renderSvg({ data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" } } })).resolves.toMatch(/^<svg /);
  });
});
