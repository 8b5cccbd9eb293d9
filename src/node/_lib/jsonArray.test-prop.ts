import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { JsonArraySplitter } from "./jsonArray.js";
import { deeperThan } from "./jsonDepth.js";

/** Cuts text at the given (sorted, deduplicated) positions. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

test.prop([fc.array(fc.jsonValue(), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 40 }), fc.integer({ min: 0, max: 2 })])(
  "the elements equal JSON.parse of the whole array, however the text is chunked",
  (values, positions, indent) => {
    const text = JSON.stringify(values, null, indent);
    const splitter = new JsonArraySplitter();
    const elements = cut(text, positions).flatMap((chunk) => splitter.push(chunk));
    splitter.end();
    expect(elements.map((e) => JSON.parse(e.text) as unknown)).toEqual(JSON.parse(text));
    const lines = text.split("\n");
    for (const e of elements) expect(lines[e.line - 1]).toContain(e.text.split("\n")[0]);
  },
);

/** The nesting of a parsed JSON value: 0 for a scalar, 1 + the deepest member for an array or object. */
const depthOf = (v: unknown): number =>
  typeof v === "object" && v !== null ? 1 + Math.max(0, ...Object.values(v as Record<string, unknown>).map(depthOf)) : 0;

test.prop([fc.array(fc.jsonValue({ depthSize: "large" }), { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 20 })])(
  "each element's depth is its value's nesting, and deeperThan draws the line at the same depth",
  (values, positions) => {
    const splitter = new JsonArraySplitter();
    const elements = cut(JSON.stringify(values), positions).flatMap((chunk) => splitter.push(chunk));
    splitter.end();
    elements.forEach((e, i) => {
      const depth = depthOf(values[i]);
      expect(e.depth).toBe(depth);
      expect([deeperThan(e.text, depth), deeperThan(e.text, Math.max(0, depth - 1))]).toEqual([false, depth > 0]);
    });
  },
);
