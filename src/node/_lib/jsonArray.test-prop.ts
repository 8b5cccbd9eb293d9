import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { JsonArraySplitter } from "./jsonArray.js";

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
