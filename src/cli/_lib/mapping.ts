/// <reference types="node" />
/**
 * Column mappings from the command line: `--map createdAt="Created Date",firstResponseMs=frt@minutes`
 * for the simple cases, `--mapping FILE.json` (the `mapping` object of `parseRecords`, with
 * units and value translations) for the rest; `--map` entries override the file's.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { isKpiInputError } from "../../errors.js";
import { presets } from "../../helpdesks/presets/index.js";
import { notePatterns, resolvePreset } from "../../helpdesks/resolvePreset/resolvePreset.js";
import type { HelpdeskName, ResolvedPreset } from "../../helpdesks/types.js";
import { headRows, noteLines } from "../../node/headRows.js";
import { formatOf } from "../../node/source.js";
import type { CesScaleName, CsatScaleName, FieldMapping } from "../../schemas/types.js";
import { dateLayoutOfMost } from "../init/dates.js";
import { InputError, UsageError } from "./usage.js";

const UNITS = ["ms", "seconds", "minutes", "hours", "days"];

/** `field=Column` or `field=Column@unit`, comma separated; a column with commas is quoted. */
export function parseMap(text: string): Record<string, FieldMapping> {
  const mapping: Record<string, FieldMapping> = {};
  const entry = /\s*([A-Za-z][\w.]*)\s*=\s*(?:"([^"]*)"|([^,]*?))(?:@(\w+))?\s*(?:,|$)/y;
  let at = 0;
  while (at < text.length) {
    entry.lastIndex = at;
    const m = entry.exec(text);
    if (m === null || m[0] === "") throw new UsageError(`--map: expected field=Column pairs separated by commas (createdAt="Created Date",channel=Channel); cannot read "${text.slice(at)}"`);
    const [, field, quoted, plain, unit] = m;
    const column = (quoted ?? plain ?? "").trim();
    if (column === "") throw new UsageError(`--map: ${field} names no column`);
    if (unit !== undefined && !UNITS.includes(unit)) throw new UsageError(`--map: unit "${unit}" of ${field}: expected ${UNITS.join(", ")}`);
    mapping[field as string] = unit === undefined ? column : { column, unit: unit as "ms" };
    at = entry.lastIndex;
  }
  return mapping;
}

/** Reads `--mapping FILE` (a JSON object) and applies `--map` over it. */
export async function readMapping(file: string | undefined, map: string | undefined): Promise<Record<string, FieldMapping> | undefined> {
  if (file === undefined && map === undefined) return undefined;
  let base: Record<string, FieldMapping> = {};
  if (file !== undefined) {
    const parsed = await readJsonOption("--mapping", file);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new InputError(`--mapping ${file}: expected a JSON object of field → column`);
    base = parsed as Record<string, FieldMapping>;
  }
  return { ...base, ...(map === undefined ? {} : parseMap(map)) };
}

/**
 * Reads a JSON file given to an option (`--sla`, `--calendar`, `--mapping` …). A file that cannot
 * be read or is not JSON is input that cannot be used (exit 3), as a file that is JSON but not
 * what the option takes: one line naming the flag and the file.
 */
export async function readJsonOption(flag: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`${flag} ${file}: cannot read the file (${oneLine((error as Error).message)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${flag} ${file}: not valid JSON (${oneLine((error as Error).message)})`);
  }
}

/** A message on one line: JSON.parse quotes the text it stopped at, line breaks included. */
const oneLine = (message: string): string => message.replace(/\s*\n\s*/g, " ");

/** The help lines of the reading flags, shared by the commands that read exports. */
export const READING_HELP = `  --preset TOOL     read the tool's own export as it is: zendesk, freshdesk, intercom, hubspot,
                    zammad, jira or chatwoot (columns, units, statuses, survey scale, title rows
                    and notes; --map and --mapping entries win; docs/presets/)
  --hours H         with --preset: read the durations in calendar (default) or business hours,
                    where the export has both (Zendesk's "within business hours" columns)
  --map PAIRS       field=Column pairs: createdAt="Created Date",firstResponseMs=frt_min@minutes
  --mapping FILE    a JSON mapping (formats, units, separators, value translations, constants);
                    --map entries override it
  --tz ZONE         IANA time zone of timestamps written without an offset (default UTC)
  --date-format P   the layout of every timestamp without its own: a date-fns pattern such as
                    "M/d/yyyy H:mm" or "dd/MM/yy", or excel, unix, unix-ms (default ISO 8601)
  --decimal ,       numbers are written with a decimal comma (1,5)
  --thousands S     numbers may have this thousands separator: . , ' or space (none by default)
  --sheet NAME|N    the sheet of an .xlsx workbook (default the first)
  --csat-scale S    1-5 (default), 1-10, or binary: Good/Bad (Zendesk's Offered and Not Offered
                    are no answer); the CSAT KPI reads the same scale
  --ces-scale S     1-7 agreement, higher is easier (default), or 1-5 effort, lower is easier`;

/**
 * `--preset NAME` checked: the preset's key (its name lowered), or a usage error listing the
 * presets; Help Scout, which has no export to read, is pointed to its API adapter.
 */
export function presetKey(name: string): HelpdeskName {
  const key = name.trim().toLowerCase();
  if (Object.hasOwn(presets, key)) return key as HelpdeskName;
  if (key === "helpscout" || key === "help scout") {
    throw new UsageError(`--preset ${name}: Help Scout has no per-conversation export to read; its Mailbox API is read by fromHelpScout of servicekpi/helpdesks (docs/presets/helpscout.md)`);
  }
  throw new UsageError(`--preset: one of ${Object.keys(presets).join(", ")}; got "${name}"`);
}

/**
 * The schema a command reads: `--schema`, else the one `--preset` reads (Chatwoot's download
 * holds survey responses), else tickets. A `--schema` other than the preset's is a usage error.
 */
export function schemaOf(flags: { readonly schema?: string | undefined; readonly preset?: string | undefined }): string {
  const key = flags.preset?.trim().toLowerCase();
  const preset = key !== undefined && Object.hasOwn(presets, key) ? presets[key as HelpdeskName] : undefined;
  const own = preset === undefined ? undefined : (preset.schema ?? "tickets");
  if (own !== undefined && flags.schema !== undefined && flags.schema !== own) {
    throw new UsageError(`--preset ${flags.preset as string}: ${preset?.tool as string}'s ${own === "surveys" ? "survey responses" : "tickets"} (--schema ${own}); not with --schema ${flags.schema}`);
  }
  return flags.schema ?? own ?? "tickets";
}

/** The flags that say how an export's cells are written (report, validate). */
export interface ReadingFlags {
  readonly preset?: string | undefined;
  readonly hours?: string | undefined;
  readonly map?: string | undefined;
  readonly mapping?: string | undefined;
  readonly tz?: string | undefined;
  readonly "date-format"?: string | undefined;
  readonly decimal?: string | undefined;
  readonly thousands?: string | undefined;
  readonly sheet?: string | undefined;
  readonly "csat-scale"?: string | undefined;
  readonly "ces-scale"?: string | undefined;
}

/** The reading options of `readRecords` the flags give (the library checks their values and names them). */
export interface ReadingOptions {
  readonly mapping: Record<string, FieldMapping> | undefined;
  readonly timeZone: string;
  readonly dateFormat?: string;
  readonly decimal?: "." | ",";
  readonly thousands?: string;
  readonly sheet?: string | number;
  readonly csatScale?: CsatScaleName;
  readonly cesScale?: CesScaleName;
  /** A header naming a column more than once, joined (a preset that asks for it: Jira). */
  readonly duplicateColumns?: "join";
  /** The header's row in a workbook (a preset that says: Zammad's is 3). */
  readonly headerRow?: number;
  /** The export's note lines (a preset's: Zammad's closing time zone, Chatwoot's reporting period). */
  readonly notes?: readonly RegExp[];
  /** `--preset`, matched against the file's header (not an option of the readers: take it out before passing them the rest). */
  readonly preset?: PresetReading;
}

/** `--csat-scale` and `--ces-scale`, checked here so that the message names the flag. */
function scalesOf(flags: ReadingFlags): { csatScale?: CsatScaleName; cesScale?: CesScaleName } {
  const csat = flags["csat-scale"];
  const ces = flags["ces-scale"];
  if (csat !== undefined && csat !== "1-5" && csat !== "1-10" && csat !== "binary") throw new UsageError(`--csat-scale: 1-5, 1-10 or binary; got "${csat}"`);
  if (ces !== undefined && ces !== "1-7" && ces !== "1-5") throw new UsageError(`--ces-scale: 1-7 or 1-5; got "${ces}"`);
  return { ...(csat === undefined ? {} : { csatScale: csat }), ...(ces === undefined ? {} : { cesScale: ces }) };
}

/**
 * Reads `--preset`, `--hours`, `--map`, `--mapping`, `--tz`, `--date-format`, `--decimal`,
 * `--thousands`, `--sheet` and the survey scales. With `--preset`, `file`'s header is read first
 * and matched against the preset (see {@link presetReading}).
 */
export async function readingOptions(flags: ReadingFlags, file?: string): Promise<ReadingOptions> {
  const decimal = flags.decimal;
  if (decimal !== undefined && decimal !== "." && decimal !== ",") throw new UsageError(`--decimal: "." or ","; got "${decimal}"`);
  const thousands = flags.thousands === "space" ? " " : flags.thousands;
  const sheet = flags.sheet === undefined ? undefined : /^\d+$/.test(flags.sheet) ? Number(flags.sheet) : flags.sheet;
  const mapping = await readMapping(flags.mapping, flags.map);
  const preset = flags.preset === undefined ? undefined : await presetReading(flags, file, mapping, sheet);
  if (preset === undefined && flags.hours !== undefined) throw new UsageError("--hours: the clock of a preset's durations; use it with --preset");
  const dateFormat = flags["date-format"] ?? preset?.dateFormat;
  const scales = { ...(preset?.csatScale === undefined ? {} : { csatScale: preset.csatScale }), ...(preset?.cesScale === undefined ? {} : { cesScale: preset.cesScale }), ...scalesOf(flags) };
  return {
    mapping: preset === undefined ? mapping : { ...preset.mapping },
    // --tz, else the zone the export names (in Intercom's headers, Zammad's last line), else UTC
    timeZone: flags.tz ?? preset?.timeZone ?? "UTC",
    ...(dateFormat === undefined ? {} : { dateFormat }),
    ...(decimal === undefined ? {} : { decimal }),
    ...(thousands === undefined ? {} : { thousands }),
    ...(sheet === undefined ? {} : { sheet }),
    ...scales,
    ...(preset?.duplicateColumns === undefined ? {} : { duplicateColumns: preset.duplicateColumns }),
    ...(preset?.headerRow === undefined || formatOf(file ?? "") !== "xlsx" ? {} : { headerRow: preset.headerRow }),
    ...(preset?.notes === undefined ? {} : { notes: preset.notes }),
    ...(preset === undefined ? {} : { preset }),
  };
}

/** A preset matched against a file: with the date layout told from its first rows, when it was. */
export interface PresetReading extends ResolvedPreset {
  /** The layout `init` would propose from the first rows, taken because neither the preset nor `--date-format` gave one. */
  readonly datesFromRows?: string;
  /** A layout of the other day-month order that reads those rows too (no day above 12 among them). */
  readonly datesAlsoRead?: string;
  /** How many of the date cells looked at no layout reads ("1 of 30"), when some: their rows are rejected. */
  readonly datesUnread?: string;
  /** Duration fields only the other clock's columns give (the file has them within business hours only), and that clock. */
  readonly otherHours?: { readonly hours: "calendar" | "business"; readonly fields: readonly string[] };
  /** The note that named the time zone, when one did (read before the rows: Zammad's is the last line). */
  readonly zoneNote?: string;
}

/** The timestamp fields whose cells tell a preset's date layout. */
const TIMESTAMPS = ["createdAt", "resolvedAt", "firstResponseAt"];

/**
 * `--preset`: the file's header (and first 200 rows) read, the preset matched against it with
 * the user's mapping over it; when the preset knows no date layout (Zendesk writes the
 * account's) and `--date-format` gives none, the layout `init` would propose from those rows
 * (read by at least 90 % of their date cells: a row shifted by a stray comma does not hide it).
 */
async function presetReading(flags: ReadingFlags, file: string | undefined, mapping: Record<string, FieldMapping> | undefined, sheet: string | number | undefined): Promise<PresetReading> {
  const name = flags.preset as string;
  const key = presetKey(name);
  const read = (clock: "calendar" | "business"): PresetReading => resolvePreset(presets[key], head.columns, { hours: clock, notes: zoneNotes, ...(mapping === undefined ? {} : { mapping }) });
  const hours = flags.hours ?? "calendar";
  if (hours !== "calendar" && hours !== "business") throw new UsageError(`--hours: calendar or business; got "${hours}"`);
  const format = file === undefined ? undefined : formatOf(file);
  if (file === undefined || format === undefined) throw new UsageError("--preset: reads the header of the export first; name a .csv, .tsv, .ndjson, .json, .xlsx or .parquet file");
  const { headerRow, notes } = presets[key];
  const reading = { sheet, duplicateColumns: presets[key].duplicateColumns, ...(format === "xlsx" && headerRow !== undefined ? { headerRow } : {}) };
  const head = await headRows(file, format, { limit: 200, ...reading });
  // a note naming the dates' zone, read first when no --tz gives it (Zammad's is the last line:
  // the whole file is read once more, without its rows being parsed)
  const zoneNotes = flags.tz === undefined && notes?.some((n) => n.timeZone === true) === true ? (await noteLines(file, format, { ...reading, notes: notePatterns(presets[key]) })).map((n) => n.text) : [];
  let resolved: PresetReading;
  try {
    resolved = read(hours);
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
    if (error.expected.startsWith("headers (and notes) that name one time zone")) {
      throw new InputError(`--preset ${name}: ${file}: the export names dates in several time zones (${(error.value as string[]).join(", ")})`);
    }
    const [, column, record, field, tool] = /^the column (".+") \(the (ticket|response)'s (\w+) in an? (.+) export\)/.exec(error.expected) ?? [];
    if (column === undefined) throw error;
    throw new InputError(`--preset ${name}: ${file} has no column ${column}, the ${record}'s ${field} in a ${tool} export (if it is there under another name: --map ${field}="Its name")`);
  }
  // durations the file gives in the other clock only (Zendesk's "within business hours" twins)
  const other = hours === "calendar" ? "business" : "calendar";
  const twin = read(other);
  const fields = ["firstResponseMs", "resolutionMs"].filter((f) => resolved.mapping[f] === undefined && twin.mapping[f] !== undefined);
  if (fields.length > 0) resolved = { ...resolved, otherHours: { hours: other, fields } } as PresetReading;
  const zoneNote = resolved.timeZone === undefined ? undefined : zoneNotes.find((t) => t.includes(resolved.timeZone as string));
  if (zoneNote !== undefined) resolved = { ...resolved, zoneNote } as PresetReading;
  if (flags["date-format"] !== undefined || resolved.dateFormat !== undefined) return resolved;
  const cells = TIMESTAMPS.flatMap((field) => {
    const entry = resolved.mapping[field];
    const column = typeof entry === "string" ? entry : entry !== undefined && "column" in entry ? entry.column : undefined;
    return column === undefined ? [] : head.rows.map((row) => row[column]).filter((v) => v !== undefined && v !== null && v !== "");
  });
  const layout = cells.length === 0 ? null : dateLayoutOfMost(cells);
  if (layout?.format === undefined) return resolved;
  return {
    ...resolved,
    dateFormat: layout.format,
    datesFromRows: layout.format,
    ...(layout.alsoReads === undefined ? {} : { datesAlsoRead: layout.alsoReads }),
    ...(layout.unread === 0 ? {} : { datesUnread: `${layout.unread} of ${cells.length}` }),
  };
}
