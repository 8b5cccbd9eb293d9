/**
 * Rows of one sheet of an Excel workbook (.xlsx), read with exceljs's streaming reader (loaded
 * on first use, so that reading CSV never loads it): objects keyed by the header row, each with
 * its sheet row number as its line.
 *
 * Cell values: numbers, text and booleans as they are; rich text as its plain text; a formula as
 * its cached result; an error cell as its text (`"#N/A"`); empty cells left out. A spreadsheet
 * date has no time zone, so a cell formatted as a date-time becomes the wall time it shows as an
 * ISO string without offset (`"2024-10-29T22:00:00.000"`), which the row parser reads in its
 * `timeZone`; a cell formatted as a date alone is `"2024-10-29"` (the wall time, when the cell
 * holds a time of day all the same). A cell formatted as a time of day or a duration (`h:mm:ss`,
 * `[h]:mm:ss`, `mm:ss`) becomes the text `"H:MM:SS.mmm"`: the time of day for a plain format,
 * the whole elapsed time for `[h]`, `[m]` or `[s]` (hours may pass 24).
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { ReadRecordsError } from "../errors.js";
import type { OnColumns, RawRow } from "./rows.js";

const DAY_MS = 86_400_000;
/** Serial day 0 of the 1900 date system (1899-12-30, as Excel counts after its leap-year bug) and of the 1904 system. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

// The parts of exceljs's streaming reader used here (its own typings leave most of them out).
interface Cell {
  readonly value: unknown;
  readonly numFmt?: string | undefined;
}
interface Row {
  readonly number: number;
  eachCell(callback: (cell: Cell, column: number) => void): void;
}
interface WorksheetReader extends AsyncIterable<Row | Row[]> {
  readonly name: string;
  /** The sheet's XML: a stream of a temporary file when the reader put it aside. */
  readonly iterator?: { destroy?: () => void; on?: (event: "error", listener: (error: unknown) => void) => unknown } | undefined;
}
interface WorkbookReader extends AsyncIterable<WorksheetReader> {
  readonly model?: { readonly sheets?: readonly { readonly name: string }[] } | undefined;
  readonly properties?: { readonly model?: { readonly date1904?: boolean } } | undefined;
}
type WorkbookReaderClass = new (input: Readable, options: Record<string, string>) => WorkbookReader;

let loaded: Promise<WorkbookReaderClass> | undefined;

/** exceljs's streaming workbook reader, imported on first use. */
function workbookReader(): Promise<WorkbookReaderClass> {
  loaded ??= import("exceljs").then((mod) => {
    const lib = ((mod as { default?: unknown }).default ?? mod) as { stream: { xlsx: { WorkbookReader: WorkbookReaderClass } } };
    return lib.stream.xlsx.WorkbookReader;
  });
  return loaded;
}

/** What a number format shows: a date, a date and time, a time (of day or elapsed), or a plain number. */
export type FormatKind = "date" | "datetime" | "time" | "elapsed" | "number";

const kinds = new Map<string, FormatKind>();

/**
 * What a cell with the number format `format` shows. Quoted text, escaped characters, colours
 * and locales (`[$-409]`), padding and AM/PM are left out; then a year, day or month name makes
 * a date (a date-time with hours or seconds); hours, minutes or seconds alone a time; `[h]`,
 * `[m]` or `[s]` an elapsed time.
 */
export function formatKind(format: string | undefined): FormatKind {
  if (format === undefined || format === "") return "number";
  let kind = kinds.get(format);
  if (kind !== undefined) return kind;
  const section = (format.match(/^(?:"[^"]*"|\\.|[^;])*/) as RegExpMatchArray)[0]; // the first section (positive numbers)
  const elapsed = /\[(?:h+|m+|s+)\]/i.test(section);
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/AM\/PM|A\/P/gi, "")
    .toLowerCase();
  if (/general/.test(bare)) kind = "number";
  else if (/[ydb]/.test(bare) || /mmm/.test(bare)) kind = /[hs]/.test(bare) ? "datetime" : "date";
  else if (elapsed) kind = "elapsed";
  else kind = /[hms]/.test(bare) ? "time" : "number";
  if (kinds.size < 1000) kinds.set(format, kind);
  return kind;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** A duration in ms as `H:MM:SS.mmm` (`-` in front of a negative one). */
export function clockText(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms));
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${sign}${hours}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}`;
}

/** A serial (ms since the date system's day 0) as what its format shows. */
function fromSerialMs(serialMs: number, kind: Exclude<FormatKind, "number">, epoch: number): string {
  if (kind === "elapsed") return clockText(serialMs);
  if (kind === "time") return clockText(((serialMs % DAY_MS) + DAY_MS) % DAY_MS);
  const wall = new Date(epoch + serialMs);
  if (Number.isNaN(wall.getTime())) return String(serialMs / DAY_MS);
  // a date shown without its time: the day alone, unless the cell holds a time all the same
  return kind === "date" && serialMs % DAY_MS === 0 ? wall.toISOString().slice(0, 10) : wall.toISOString().slice(0, -1);
}

/** The value of a cell as a row holds it; `undefined` for an empty cell. */
function cellValue(value: unknown, format: string | undefined, epoch: number): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") {
    // exceljs gives numbers for plain cells it does not take for dates, and for formula results
    if (!Number.isFinite(value)) return undefined; // a formula whose cached result is an error
    const kind = formatKind(format);
    return kind === "number" ? value : fromSerialMs(Math.round(value * DAY_MS), kind, epoch);
  }
  if (value instanceof Date) {
    // exceljs made this Date from the serial as a wall time in UTC; its format tells what it shows
    const serialMs = value.getTime() - epoch;
    const kind = formatKind(format);
    return kind === "number" ? serialMs / DAY_MS : fromSerialMs(serialMs, kind, epoch);
  }
  if (typeof value !== "object") return value; // string, boolean
  const v = value as { richText?: readonly { text?: unknown }[]; error?: unknown; formula?: unknown; sharedFormula?: unknown; result?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  if (typeof v.error === "string") return v.error;
  // a formula: its cached result (a hyperlink is its text: the reader leaves the link out)
  return v.formula !== undefined || v.sharedFormula !== undefined ? cellValue(v.result, format, epoch) : undefined;
}

/** Options of {@link xlsxRows}. */
export interface XlsxOptions {
  /** The sheet: its name, or its 1-based position; the first sheet by default. */
  readonly sheet?: string | number | undefined;
  /** Called once with the header row's names, before the first row. */
  readonly onColumns?: OnColumns | undefined;
  /** The 1-based row of the header; default the first non-empty row. Rows above it are not read. */
  readonly headerRow?: number | undefined;
}

/** Takes an error that concerns nobody, so that it does not go unhandled. */
const ignore = (): void => undefined;

/** Turns an error of the source into the error the caller sees, and a parse error into a ReadRecordsError. */
function readError(error: unknown, sourceError: unknown, path: string | undefined): unknown {
  if (sourceError !== undefined) {
    if (path === undefined) return sourceError; // a stream's own error, as it is
    const reason = sourceError instanceof Error ? sourceError.message : String(sourceError);
    return new ReadRecordsError(`cannot read the file: ${reason}`, { path, cause: sourceError });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ReadRecordsError(`not an Excel workbook (.xlsx): ${reason}`, { path, cause: error });
}

const sheetMatches = (wanted: string | number | undefined, name: string, position: number): boolean =>
  wanted === undefined ? position === 1
  : typeof wanted === "number" ? position === wanted
  : name === wanted || name.trim().toLowerCase() === wanted.trim().toLowerCase();

/**
 * The rows of one sheet of an .xlsx workbook from a path or a stream of bytes: the first
 * non-empty row is the header (a header cell's text names its column; columns without a header
 * are left out, a name given twice is a `ReadRecordsError`), every later row with a value in a
 * named column is a row object with its 1-based sheet row as `line`. An unknown sheet is a
 * `ReadRecordsError` naming the workbook's sheets. The workbook is read as a stream (exceljs
 * puts aside, in temporary files, sheets that come before the shared strings in the file).
 */
export async function* xlsxRows(source: string | AsyncIterable<unknown>, path: string | undefined, options: XlsxOptions = {}): AsyncGenerator<RawRow> {
  const WorkbookReader = await workbookReader();
  const input = path !== undefined ? createReadStream(path) : source instanceof Readable ? source : Readable.from(source as AsyncIterable<unknown>, { objectMode: false });
  // exceljs pipes the input into its unzipper, and a pipe does not pass errors on: an error of
  // the input ends the feed instead, and is reported once the reader stops.
  // An input that fails in the middle of a zip entry can leave exceljs waiting for bytes that
  // never come: every wait on the workbook also ends when the input fails.
  let sourceError: unknown;
  const feed = new PassThrough();
  const inputFailed = new Promise<never>((_, reject) => {
    input.on("error", (error: unknown) => {
      sourceError ??= error;
      feed.end();
      reject(error);
    });
  });
  inputFailed.catch(ignore); // (read when a wait loses the race, not otherwise)
  const orFailure = <T>(wait: Promise<T>): Promise<T> => Promise.race([wait, inputFailed]);
  // One error path whether a failure shows while the sheets are listed or while one is read
  // (which of the two depends on how far the unzipping got: timing, not the file).
  const toError = (error: unknown): unknown => readError(error, sourceError, path);
  input.pipe(feed);
  const book = new WorkbookReader(feed, { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  const sheets = book[Symbol.asyncIterator]();
  const seen: string[] = [];
  let found = false;
  try {
    for (;;) {
      let next: IteratorResult<WorksheetReader>;
      try {
        next = await orFailure(sheets.next());
      } catch (error) {
        throw toError(error);
      }
      if (next.done) break;
      const sheet = next.value;
      seen.push(sheet.name);
      const names = book.model?.sheets?.map((s) => s.name);
      const at = names === undefined ? -1 : names.indexOf(sheet.name);
      if (!sheetMatches(options.sheet, sheet.name, at >= 0 ? at + 1 : seen.length)) {
        // A sheet put aside in a temporary file: close it unread. exceljs deletes the file as
        // soon as the next sheet is asked for, which may be before the stream has opened it: that
        // opening's error concerns nobody, and must not go unhandled.
        sheet.iterator?.on?.("error", ignore);
        sheet.iterator?.destroy?.();
        continue;
      }
      found = true;
      const epoch = book.properties?.model?.date1904 === true ? EPOCH_1904 : EPOCH_1900;
      yield* sheetRows(sheet, epoch, path, options, orFailure, toError);
      break;
    }
    if (sourceError !== undefined) throw readError(undefined, sourceError, path);
    if (!found && options.sheet !== undefined) {
      const all = book.model?.sheets?.map((s) => s.name) ?? seen;
      const list = all.length === 0 ? "it has none" : `its sheets are ${all.map((n) => JSON.stringify(n)).join(", ")}`;
      throw new ReadRecordsError(`the workbook has no sheet ${JSON.stringify(options.sheet)}: ${list}`, { path });
    }
  } finally {
    input.destroy();
    feed.destroy();
  }
}

async function* sheetRows(
  sheet: WorksheetReader,
  epoch: number,
  path: string | undefined,
  { onColumns, headerRow }: XlsxOptions,
  orFailure: <T>(wait: Promise<T>) => Promise<T>,
  toError: (error: unknown) => unknown,
): AsyncGenerator<RawRow> {
  let header: (string | undefined)[] | undefined;
  const rows = sheet[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Row | Row[]>;
    try {
      next = await orFailure(rows.next());
    } catch (error) {
      throw toError(error);
    }
    if (next.done) {
      if (header === undefined && headerRow !== undefined) throw new ReadRecordsError(`the sheet has no row ${headerRow}, where its header was to be`, { path });
      return;
    }
    for (const row of Array.isArray(next.value) ? next.value : [next.value]) {
      if (header === undefined) {
        if (headerRow !== undefined && row.number < headerRow) continue; // (a title above the header)
        if (headerRow !== undefined && row.number > headerRow) throw new ReadRecordsError(`row ${headerRow} of the sheet, the header, is empty`, { path, line: headerRow });
        const names: (string | undefined)[] = [];
        row.eachCell((cell, column) => {
          const v = cellValue(cell.value, cell.numFmt, epoch);
          if (v !== undefined && String(v) !== "") names[column] = String(v);
        });
        const columns = names.filter((n): n is string => n !== undefined);
        if (columns.length === 0 && headerRow !== undefined) throw new ReadRecordsError(`row ${headerRow} of the sheet, the header, is empty`, { path, line: headerRow });
        if (columns.length === 0) continue; // rows before the header
        const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
        if (duplicate !== undefined) throw new ReadRecordsError(`the header names the column ${JSON.stringify(duplicate)} twice`, { path, line: row.number });
        header = names;
        onColumns?.(columns);
        continue;
      }
      const entries: [string, unknown][] = [];
      const names = header;
      row.eachCell((cell, column) => {
        const name = names[column];
        if (name === undefined) return;
        const v = cellValue(cell.value, cell.numFmt, epoch);
        if (v !== undefined) entries.push([name, v]);
      });
      if (entries.length > 0) yield { line: row.number, row: Object.fromEntries(entries) };
    }
  }
}
