import { describe, expect, it } from "vitest";
import { JsonArraySplitter } from "./jsonArray.js";

const split = (...chunks: string[]) => {
  const s = new JsonArraySplitter();
  const out = chunks.flatMap((c) => s.push(c));
  s.end();
  return out;
};
const errorOf = (...chunks: string[]): { message: string; line?: number } => {
  try {
    split(...chunks);
  } catch (e) {
    return e as SyntaxError & { line?: number };
  }
  return expect.unreachable("no error");
};

describe("JsonArraySplitter", () => {
  it("splits elements across chunk boundaries, with the line each starts on", () => {
    expect(split('[{"a": "x,]}"', ', "b": [1, {"c": "\\""}]},\n  2, "s"', ",\n", "null]\n")).toEqual([
      { text: '{"a": "x,]}", "b": [1, {"c": "\\""}]}', line: 1, depth: 3 },
      { text: "2", line: 2, depth: 0 },
      { text: '"s"', line: 2, depth: 0 },
      { text: "null", line: 3, depth: 0 },
    ]);
  });

  it("measures each element's nesting on its own, brackets in strings aside", () => {
    expect(split('[[[1]], {"a": "[[[{{"}, [', "[[]]]]").map((e) => e.depth)).toEqual([2, 1, 3]);
  });

  it("an empty array, whitespace, an empty source: no elements", () => {
    expect(split(" [ \n ] \n")).toEqual([]);
    expect(split("")).toEqual([]);
  });

  it("a broken array is a SyntaxError with the line", () => {
    expect(errorOf('{"a": 1}')).toMatchObject({ message: "expected a JSON array: the file must start with [", line: 1 });
    expect(errorOf("[1,\n2")).toMatchObject({ message: "the array is not closed: the element starting at line 2 never ends" });
    expect(errorOf("[1,\n")).toMatchObject({ message: "the array is not closed" });
    expect(errorOf("[1]\n x")).toMatchObject({ message: "unexpected text after the end of the array", line: 2 });
    expect(errorOf("[1,,2]")).toMatchObject({ message: "an empty element (two commas, or a comma before ])" });
    expect(errorOf("[1,]")).toMatchObject({ message: "an empty element (two commas, or a comma before ])" });
    expect(errorOf("[1}]")).toMatchObject({ message: "unexpected }" });
  });
});
