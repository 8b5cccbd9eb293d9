/**
 * NDJSON (JSON Lines): one JSON value per line, read line by line. Blank lines are skipped; a
 * line that is not JSON, or nests deeper than `MAX_JSON_DEPTH` (256) levels, is a malformed row
 * with its line number.
 *
 * @module
 */
import { deeperThan, TOO_DEEP } from "./jsonDepth.js";
import { sameLine, type LineOf, type RawRow } from "./rows.js";

function row(text: string, line: number): RawRow {
  if (deeperThan(text)) return { line, row: text, problem: { expected: TOO_DEEP.expected, message: `line ${line} is ${TOO_DEEP.reason}` } };
  try {
    return { line, row: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = (error as Error).message;
    return { line, row: text, problem: { expected: `valid JSON (${reason})`, message: `line ${line} is not valid JSON: ${reason}` } };
  }
}

/**
 * Rows of an NDJSON source, with their lines as `lineOf` makes them. Cost: O(length of the
 * text): each chunk is searched for line breaks once, and a line longer than a chunk is kept as
 * its pieces until it ends.
 */
export async function* ndjsonRows(chunks: AsyncIterable<string>, lineOf: LineOf = sameLine): AsyncGenerator<RawRow> {
  let pieces: string[] = []; // the line read so far, when it began in an earlier chunk
  let line = 0;
  for await (const chunk of chunks) {
    let at = chunk.indexOf("\n");
    let from = 0;
    while (at >= 0) {
      line++;
      let text = chunk.slice(from, at);
      if (pieces.length > 0) {
        pieces.push(text);
        text = pieces.join("");
        pieces = [];
      }
      if (text.trim() !== "") yield row(text, lineOf(line));
      from = at + 1;
      at = chunk.indexOf("\n", from);
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  }
  const rest = pieces.join("");
  if (rest.trim() !== "") yield row(rest, lineOf(line + 1));
}
