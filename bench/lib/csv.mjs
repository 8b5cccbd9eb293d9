// Naive CSV for the sample files: lines split on "\n", fields on ",". The sample writer never
// quotes (no field of a sample ticket holds a comma, a quote or a newline); a quote anywhere
// stops the bench rather than mis-reading a row.
import { createReadStream } from "node:fs";
import { BOOLEAN_COLUMNS, NUMBER_COLUMNS, SCHEMA_ORDER, TIMESTAMP_COLUMNS } from "./spec.mjs";

/**
 * Calls `onHeader(columns)` once, then `onLine(line)` for every non-empty data line of `file`,
 * streaming in 1 MiB chunks, until the end or until `onLine` returns `false`.
 */
export async function forEachLine(file, onHeader, onLine) {
  let rest = "";
  let lineNumber = 0;
  let header = true;
  let stop = false;
  const take = (line) => {
    lineNumber++;
    if (line.length === 0) return;
    if (line.includes('"')) throw new Error(`${file}:${lineNumber}: a quoted field; the naive CSV reader of the bench reads unquoted sample files only`);
    if (header) {
      header = false;
      onHeader(line.split(","));
    } else if (onLine(line) === false) {
      stop = true;
    }
  };
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream) {
    const text = rest + chunk;
    let start = 0;
    let end;
    while (!stop && (end = text.indexOf("\n", start)) !== -1) {
      take(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    if (stop) {
      stream.destroy();
      return;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) take(rest);
}

/**
 * Reads a sample file into the records `readRecords(file, { schema: ticketSchema })` yields (the
 * same keys in the same order, `Date`s for timestamps, empty cells left out), without zod: the
 * fast way to have the records in memory before the timed part starts. The bench checks the
 * result against readRecords on a prefix of the file (see `sameAsReadRecords`).
 */
export async function loadRecords(file, limit = Infinity) {
  const records = [];
  const interned = new Map();
  const intern = (s) => {
    let v = interned.get(s);
    if (v === undefined) {
      v = s;
      interned.set(s, s);
    }
    return v;
  };
  let convert;
  let order;
  await forEachLine(file, (columns) => {
    const kinds = columns.map((c) =>
      TIMESTAMP_COLUMNS.includes(c) ? "date" : NUMBER_COLUMNS.includes(c) ? "number" : BOOLEAN_COLUMNS.includes(c) ? "boolean" : c === "id" ? "id" : "text",
    );
    order = SCHEMA_ORDER.map((name) => columns.indexOf(name)).filter((i) => i >= 0);
    const names = order.map((i) => columns[i]);
    const kindOf = order.map((i) => kinds[i]);
    convert = (cells) => {
      const record = {};
      for (let k = 0; k < order.length; k++) {
        const cell = cells[order[k]];
        if (cell === undefined || cell === "") continue;
        const kind = kindOf[k];
        record[names[k]] =
          kind === "date" ? new Date(cell) : kind === "number" ? Number(cell) : kind === "boolean" ? cell === "true" : kind === "id" ? cell : intern(cell);
      }
      return record;
    };
  }, (line) => {
    records.push(convert(line.split(",")));
    return records.length < limit;
  });
  return records;
}
