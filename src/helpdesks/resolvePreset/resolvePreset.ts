import { checkList, checkObject, checkOneOf, fail, isPlainObject } from "../../_lib/check.js";
import type { FieldMapping } from "../../schemas/types.js";
import { presetColumnKey, presetOf } from "../_lib/presetOf.js";
import type { HelpdeskName, HelpdeskPreset, PresetHours, ResolvedPreset } from "../types.js";

const KPI = "resolvePreset";

/** Whether the runtime knows `zone` as an IANA time zone. */
function isTimeZone(zone: string): boolean {
  if (zone === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
const HOURS = ["calendar", "business"] as const;

/**
 * A preset's note patterns as the readers take them (ignoring case), in the preset's order: what
 * {@link resolvePreset} returns as `notes` (and the command line reads a file's notes with first).
 *
 * @internal
 */
export const notePatterns = (preset: HelpdeskPreset): RegExp[] => (preset.notes ?? []).map((n) => new RegExp(n.pattern, "i"));
/** The fields a ticket (a survey response) cannot do without: a preset that finds no column for one says so. */
const REQUIRED = { tickets: ["id", "createdAt"], surveys: ["type"] } as const;
const RECORD = { tickets: "ticket", surveys: "response" } as const;

/**
 * Options of {@link resolvePreset}.
 *
 * @category Helpdesks
 */
export interface ResolvePresetOptions {
  /** Which clock's duration columns to read: `"calendar"` (default) or `"business"`. */
  readonly hours?: PresetHours | undefined;
  /** The user's own mapping entries (record field → column or entry); they win over the preset's. */
  readonly mapping?: Readonly<Record<string, FieldMapping>> | undefined;
  /**
   * The export's note lines, when already read (a reader's `notes`, as texts): a note that names
   * the time zone of the dates (Zammad's `Timezone: Europe/Berlin`) gives `timeZone`.
   */
  readonly notes?: readonly string[] | undefined;
}

/**
 * Matches a helpdesk preset against a file's header: the `mapping` (and scales, date layout) to
 * give `parseRecords` or `readRecords`, with the user's own entries over the preset's.
 *
 * @remarks
 * Each preset column with a record field is looked up in `columns` by its header or one of its
 * aliases, ignoring case and surrounding spaces; the mapping names the column as the file spells
 * it. Of a duration written twice (Zendesk's minutes and minutes "within business hours"), only
 * the `hours` asked for is read. A column whose header carries the time zone of its dates
 * (Intercom's `Conversation started at (America/New_York)`) matches under any zone, which is
 * returned as `timeZone`. A preset column the file lacks leaves its field out and is
 * listed in `missing` (an export made with fewer columns is still read), except the ticket's
 * `id` and `createdAt`, without which no row could be read: a file lacking them is not the
 * export (`KpiInputError` naming the column), unless the user's mapping provides them. Cost
 * O(columns + preset columns).
 *
 * @param preset - A preset's name (`"zendesk"`) or a {@link HelpdeskPreset} object.
 * @param columns - The file's header.
 * @param options - `hours`, and the user's `mapping`.
 * @throws `KpiInputError` for an unknown preset, a header that is not a list of strings, a bad
 *   option, or a header without the id or creation-time column.
 * @example
 * ```ts
 * const header = ["Id", "Status", "Created at", "Solved at", "Satisfaction Score", "First reply time in minutes"];
 * const { mapping, csatScale, missing } = resolvePreset("zendesk", header);
 * mapping.id; // "Id"
 * mapping.firstResponseMs; // { column: "First reply time in minutes", unit: "minutes" }
 * csatScale; // "binary"
 * missing.includes("Via"); // true: the channel is then left out
 * ```
 * @see docs/presets/README.md
 * @category Helpdesks
 */
export function resolvePreset(preset: HelpdeskName | HelpdeskPreset, columns: readonly string[], options: ResolvePresetOptions = {}): ResolvedPreset {
  const p = presetOf(KPI, "preset", preset);
  const header = checkList(KPI, "columns", columns, "the file's header: a list of column names");
  const o = checkObject(KPI, "options", options);
  const hours = o.hours === undefined ? "calendar" : checkOneOf(KPI, "options.hours", o.hours, HOURS);
  const user = o.mapping === undefined ? {} : o.mapping;
  if (!isPlainObject(user)) fail(KPI, "options.mapping", user, "an object from record fields to columns");
  const noteTexts = o.notes === undefined ? [] : checkList(KPI, "options.notes", o.notes, "the texts of the export's note lines");
  noteTexts.forEach((t, i) => typeof t === "string" || fail(KPI, `options.notes[${i}]`, t, "a note's text (a string)"));
  const schema = p.schema ?? "tickets";

  const byKey = new Map<string, string>();
  header.forEach((c, i) => {
    if (typeof c !== "string") fail(KPI, `columns[${i}]`, c, "a column name (a string)");
    const key = presetColumnKey(c);
    if (!byKey.has(key)) byKey.set(key, c);
  });

  const mapping: Record<string, FieldMapping> = {};
  const missing: string[] = [];
  const zones = new Map<string, string>(); // zone → the header that names it
  /** The header `Name (Zone/Name)` of a column whose header carries its dates' zone, if any. */
  const zoned = (name: string): string | undefined => {
    const prefix = `${presetColumnKey(name)} (`;
    for (const c of header as readonly string[]) {
      const key = presetColumnKey(c);
      if (!key.startsWith(prefix) || !key.endsWith(")")) continue;
      const zone = c.trim().slice(prefix.length, -1).trim();
      if (!isTimeZone(zone)) continue;
      if (!zones.has(zone)) zones.set(zone, c);
      return c;
    }
    return undefined;
  };
  for (const column of p.columns) {
    const { field } = column;
    if (field === undefined || Object.hasOwn(user, field)) continue;
    if (column.hours !== undefined && column.hours !== hours) continue;
    const names = [column.column, ...(column.aliases ?? [])];
    const found = names.map((name) => byKey.get(presetColumnKey(name)) ?? (column.zoneInHeader === true ? zoned(name) : undefined)).find((c) => c !== undefined);
    if (found === undefined) {
      if (!missing.includes(column.column)) missing.push(column.column);
      continue;
    }
    if (Object.hasOwn(mapping, field)) continue; // (a preset reads a field from one column per clock)
    mapping[field] = column.read === undefined ? found : { column: found, ...column.read };
  }
  for (const [field, value] of Object.entries(p.constants ?? {})) if (!Object.hasOwn(user, field)) mapping[field] = { value };
  for (const [field, entry] of Object.entries(user)) mapping[field] = entry as FieldMapping; // (parseRecords checks each entry)
  // the zone a note names (Zammad's closing "Timezone: Europe/Berlin"), as a header's would be
  const patterns = notePatterns(p);
  for (const text of noteTexts as string[]) {
    for (const [i, regex] of patterns.entries()) {
      const zone = p.notes?.[i]?.timeZone === true ? regex.exec(text.trim())?.[1]?.trim() : undefined;
      if (zone !== undefined && isTimeZone(zone) && !zones.has(zone)) zones.set(zone, text);
    }
  }
  if (zones.size > 1) fail(KPI, "columns", [...zones.values()], "headers (and notes) that name one time zone for their dates");
  const [timeZone = p.timeZone] = zones.keys();
  for (const field of REQUIRED[schema]) {
    if (Object.hasOwn(mapping, field)) continue;
    const wanted = p.columns.find((c) => c.field === field)?.column ?? field;
    fail(KPI, "columns", `${header.length} columns`, `the column ${JSON.stringify(wanted)} (the ${RECORD[schema]}'s ${field} in a ${p.tool} export), or a mapping entry for ${field}`);
  }
  return {
    preset: p.name,
    schema,
    hours,
    mapping,
    ...(p.headerRow === undefined ? {} : { headerRow: p.headerRow }),
    ...(patterns.length === 0 ? {} : { notes: patterns }),
    ...(p.duplicateColumns === undefined ? {} : { duplicateColumns: p.duplicateColumns }),
    ...(p.dateFormat === undefined ? {} : { dateFormat: p.dateFormat }),
    ...(timeZone === undefined ? {} : { timeZone }),
    ...(p.csatScale === undefined ? {} : { csatScale: p.csatScale }),
    ...(p.cesScale === undefined ? {} : { cesScale: p.cesScale }),
    missing,
  };
}
