/**
 * Rows of a JSON file holding one array of records, split incrementally (never the whole file
 * in memory); each element is parsed on its own. An element nested deeper than
 * `MAX_JSON_DEPTH` (256) levels is a rejected row, not parsed.
 *
 * @module
 */
import { ReadRecordsError } from "../errors.js";
import { JsonArraySplitter, type ElementText } from "./jsonArray.js";
import { MAX_JSON_DEPTH, TOO_DEEP } from "./jsonDepth.js";
import type { RawRow } from "./rows.js";

function row({ text, line, depth }: ElementText): RawRow {
  if (depth > MAX_JSON_DEPTH) return { line, row: text, problem: { expected: TOO_DEEP.expected, message: `the element starting at line ${line} is ${TOO_DEEP.reason}` } };
  try {
    return { line, row: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    return { line, row: text, problem: { expected: `valid JSON (${reason})`, message: `the element starting at line ${line} is not valid JSON: ${reason}` } };
  }
}

function broken(error: unknown, path: string | undefined): unknown {
  if (!(error instanceof SyntaxError)) return error;
  return new ReadRecordsError(`not a JSON array: ${error.message}`, { path, line: (error as SyntaxError & { line?: number }).line, cause: error });
}

/** Rows of a JSON array source. */
export async function* jsonArrayRows(chunks: AsyncIterable<string>, path: string | undefined): AsyncGenerator<RawRow> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of chunks) {
    let elements: ElementText[];
    try {
      elements = splitter.push(chunk);
    } catch (error) {
      throw broken(error, path);
    }
    for (const element of elements) yield row(element);
  }
  try {
    splitter.end();
  } catch (error) {
    throw broken(error, path);
  }
}
