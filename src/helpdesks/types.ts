/**
 * The types of the helpdesk presets: what a tool's export holds, column by column.
 *
 * @module
 */
import type { CesScaleName, ColumnMapping, CsatScaleName, FieldMapping } from "../schemas/types.js";

/**
 * The helpdesks servicekpi has a preset for.
 *
 * @category Helpdesks
 */
export type HelpdeskName = "zendesk" | "freshdesk" | "intercom" | "hubspot" | "zammad" | "jira" | "chatwoot";

/**
 * Which clock a duration column measures: every hour (`"calendar"`) or only the hours of the
 * tool's business schedule (`"business"`).
 *
 * @category Helpdesks
 */
export type PresetHours = "calendar" | "business";

/**
 * One column of a tool's export, as its documentation lists it.
 *
 * @category Helpdesks
 */
export interface PresetColumn {
  /** The header as the tool writes it; a file's header matches it ignoring case and surrounding spaces. */
  readonly column: string;
  /** Other spellings of the same header (older exports, the API's field name), matched the same way. */
  readonly aliases?: readonly string[] | undefined;
  /** The ticket record field it is read into; absent when no field holds it (group by it with `by`). */
  readonly field?: string | undefined;
  /** How its cells are written: the keys of a mapping entry besides `column` (`unit`, `values`, `format` …). */
  readonly read?: Omit<ColumnMapping, "column"> | undefined;
  /** For a duration: the clock it measures. A preset reads one clock at a time (see {@link resolvePreset}). */
  readonly hours?: PresetHours | undefined;
  /**
   * The header carries the time zone of the column's dates in parentheses after the name
   * (Intercom's `Conversation started at (Europe/Berlin)`): it matches any such zone, and the
   * zone becomes the preset's `timeZone`.
   */
  readonly zoneInHeader?: boolean | undefined;
  /** What the column holds, and what servicekpi makes of it. */
  readonly meaning: string;
}

/**
 * A line an export adds to its rows to say something about them (a closing `Timezone: Europe/Berlin`):
 * read as a note, not as a row (see `readRecords`' `notes`).
 *
 * @category Helpdesks
 */
export interface PresetNote {
  /** A regular expression (its source, matched ignoring case) the note's text matches. */
  readonly pattern: string;
  /** The note names the time zone of the export's dates: the pattern's first group. */
  readonly timeZone?: boolean | undefined;
  /** What the note says. */
  readonly meaning: string;
}

/**
 * A helpdesk's export described as data: its columns (which record field each becomes, in which
 * unit, with which vocabulary), its survey scale and how it writes dates. {@link resolvePreset}
 * turns it, with a file's header, into the options of `parseRecords` and `readRecords`.
 *
 * @category Helpdesks
 */
export interface HelpdeskPreset {
  /** The preset's name (`--preset zendesk`). */
  readonly name: HelpdeskName;
  /** What a row of the export is: a ticket (default) or a survey response. */
  readonly schema?: "tickets" | "surveys" | undefined;
  /** The tool, as its maker names it. */
  readonly tool: string;
  /** Which export the preset reads, and where in the tool it is made. */
  readonly export: string;
  /** The documentation page the column list comes from. */
  readonly source: string;
  /** The columns, in the export's order. */
  readonly columns: readonly PresetColumn[];
  /** Headers that together say a file is this export (all of them present, case aside). */
  readonly signature: readonly string[];
  /** How the export writes dates and in which time zone, in words. */
  readonly dates: string;
  /** The time zone of the dates when the tool always writes them in one (Chatwoot's UTC); absent when it depends on the account. */
  readonly timeZone?: string | undefined;
  /** The layout of every timestamp when the tool writes one fixed layout (a date-fns pattern); absent when it depends on the account. */
  readonly dateFormat?: string | undefined;
  /** A header that names a column more than once (Jira's `Labels`, one per value): its columns joined into one. */
  readonly duplicateColumns?: "join" | undefined;
  /** The row of a workbook that holds the header, when rows above it hold a title (Zammad's: 3). */
  readonly headerRow?: number | undefined;
  /** The lines the export adds to its rows (a closing time zone, a reporting period). */
  readonly notes?: readonly PresetNote[] | undefined;
  /** Fields with one value for every row, from no column (a CSAT export's survey `type`). */
  readonly constants?: Readonly<Record<string, string | number | boolean>> | undefined;
  /** The scale of the satisfaction column, when it has one. */
  readonly csatScale?: CsatScaleName | undefined;
  /** The scale of the effort column, when it has one. */
  readonly cesScale?: CesScaleName | undefined;
}

/**
 * A preset matched against a file's header: the reader options to pass on, and what was not found.
 *
 * @category Helpdesks
 */
export interface ResolvedPreset {
  /** The preset's name. */
  readonly preset: HelpdeskName;
  /** What a row is: `"tickets"` (read with `ticketSchema`) or `"surveys"` (`surveyResponseSchema`). */
  readonly schema: "tickets" | "surveys";
  /** The clock of the duration fields read. */
  readonly hours: PresetHours;
  /** Record field → the file's column (as the header spells it), the user's entries over the preset's. */
  readonly mapping: Readonly<Record<string, FieldMapping>>;
  /** `"join"` when the export repeats a column per value: give it to `readRecords` as `duplicateColumns`. */
  readonly duplicateColumns?: "join" | undefined;
  /** The header's row in a workbook, when not the first non-empty one: give it to `readRecords` as `headerRow`. */
  readonly headerRow?: number | undefined;
  /** The patterns of the export's note lines: give them to `readRecords` as `notes`. */
  readonly notes?: readonly RegExp[] | undefined;
  /** The date layout, when the preset knows it and the user gave none. */
  readonly dateFormat?: string | undefined;
  /** The CSAT scale of the export. */
  readonly csatScale?: CsatScaleName | undefined;
  /** The CES scale of the export. */
  readonly cesScale?: CesScaleName | undefined;
  /** The time zone the export names for its dates (in a header with `zoneInHeader`, or in a note given to {@link resolvePreset}), when it names one. */
  readonly timeZone?: string | undefined;
  /** Preset columns with a field that the header lacks (their fields are then left out, not an error). */
  readonly missing: readonly string[];
}
