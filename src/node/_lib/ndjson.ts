/**
 * NDJSON (JSON Lines): one JSON value per line, read line by line. Blank lines are skipped; a
 * line that is not JSON is a malformed row with its line number.
 *
 * @module
 */
import { sameLine, type LineOf, type RawRow } from "./rows.js";

function row(text: string, line: number): RawRow {
  try {
    return { line, row: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    return { line, row: text, problem: { expected: `valid JSON (${reason})`, message: `line ${line} is not valid JSON: ${reason}` } };
  }
}

/** Rows of an NDJSON source, with their lines as `lineOf` makes them. */
export async function* ndjsonRows(chunks: AsyncIterable<string>, lineOf: LineOf = sameLine): AsyncGenerator<RawRow> {
  let pending = "";
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let at = pending.indexOf("\n");
    let from = 0;
    while (at >= 0) {
      line++;
      const text = pending.slice(from, at);
      if (text.trim() !== "") yield row(text, lineOf(line));
      from = at + 1;
      at = pending.indexOf("\n", from);
    }
    pending = pending.slice(from);
  }
  if (pending.trim() !== "") yield row(pending, lineOf(line + 1));
}
