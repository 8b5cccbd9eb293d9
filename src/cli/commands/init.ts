/// <reference types="node" />
/**
 * `servicekpi init`: reads the header and the first rows of an export and proposes the mapping
 * that reads it (columns, date layouts, units, decimal commas, value translations), with a
 * report of how each field was matched, what is a guess, what is missing and what is left over.
 *
 * @module
 */
import { basename } from "node:path";
import { isKpiInputError } from "../../errors.js";
import { presets } from "../../helpdesks/presets/index.js";
import { recognisePreset } from "../../helpdesks/recognisePreset/recognisePreset.js";
import { resolvePreset } from "../../helpdesks/resolvePreset/resolvePreset.js";
import type { HelpdeskName } from "../../helpdesks/types.js";
import { headRows } from "../../node/headRows.js";
import { formatOf } from "../../node/source.js";
import { callSchema, contactSchema } from "../../schemas/calls.js";
import { surveyResponseSchema } from "../../schemas/surveys.js";
import { ticketEventSchema, ticketSchema } from "../../schemas/tickets.js";
import { proposeMapping, type Proposal } from "../init/propose.js";
import type { Cell, Output } from "../_lib/render.js";
import { InputError, parseWhole, UsageError } from "../_lib/usage.js";
import { presetKey, schemaOf } from "../_lib/mapping.js";

export const INIT_HELP = `servicekpi init <file> [--schema tickets] [--out mapping.json] [--sheet NAME|N] [--rows N]

Proposes a mapping for an export (CSV, TSV, NDJSON, JSON, .xlsx, .parquet) from its header and
first rows: the column of each field (its own name, the same words in any case or punctuation,
a synonym such as "Via" for channel or "Assignee" for agent), date layouts read from the cells
("M/d/yyyy h:mm a", excel, unix), duration units from the column names ("(min)", "in minutes")
or clock text ("0:02:23"), decimal commas, and translations of status and outcome words. The
mapping is printed on standard output (or written to --out); a report on standard error says how
each field was matched, what to check, what is missing and which columns are left unused. Scores
on other survey scales get the reader flags that read them (--csat-scale binary for Good/Bad
ratings, --csat-scale 1-10, --ces-scale 1-5), listed in the report and in its validate command.
A ticket export whose header is a helpdesk's own (Zendesk, Freshdesk, Intercom, HubSpot, Help
Scout, Zammad, Jira Service Management, Chatwoot) is recognised: the mapping is that tool's
preset, and the next command reads the file with --preset instead of a mapping file.

  --schema S      tickets (default), events, surveys, calls or contacts
  --preset TOOL   take the file for TOOL's export without recognising it (see --help of report)
  --hours H       with a preset: the durations in calendar (default) or business hours
  --out FILE      write the mapping to FILE instead of standard output
  --sheet NAME|N  the sheet of an .xlsx workbook (default the first)
  --rows N        how many rows to look at (default 200)
  --format F      the report: table (default), json, csv, markdown or html
`;

const SCHEMAS = { tickets: ticketSchema, events: ticketEventSchema, surveys: surveyResponseSchema, calls: callSchema, contacts: contactSchema } as const;

/** The flags of `init`. */
export interface InitFlags {
  readonly schema?: string | undefined;
  readonly preset?: string | undefined;
  readonly hours?: string | undefined;
  readonly out?: string | undefined;
  readonly sheet?: string | undefined;
  readonly rows?: string | undefined;
}

/** What `init` prints: the mapping (JSON text, for stdout or --out) and the report. */
export interface InitResult {
  readonly mapping: string;
  readonly report: Output;
}

/** A path as a shell word: quoted when it has characters the shell would read. */
const shellWord = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

/** The reader flags of a proposal as command-line words: `["--csat-scale", "binary"]`. */
const readerWords = (proposal: Proposal): string[] => proposal.flags.flatMap((f) => [f.flag, f.value]);

/** The command that checks the proposed mapping against the whole file, with the reader flags the mapping needs. */
function nextCommand(file: string, flags: InitFlags, schema: string, reader: readonly string[]): string {
  const extra = [...(schema === "tickets" ? [] : ["--schema", schema]), ...(flags.sheet === undefined ? [] : ["--sheet", flags.sheet]), ...reader];
  return ["servicekpi", "validate", file, "--mapping", flags.out ?? "mapping.json", ...extra].map(shellWord).join(" ");
}

function report(file: string, schema: string, rows: number, proposal: Proposal, next: string, toStdout: boolean): Output {
  const cols = (...keys: string[]) => keys.map((key) => ({ key, label: key }));
  const tables: Output["tables"][number][] = [{
    title: `${file}: a mapping for ${schema} from ${rows} row${rows === 1 ? "" : "s"}`,
    columns: cols("field", "column", "match", "reading"),
    rows: proposal.fields.map((f): Record<string, Cell> => ({ field: f.field, column: f.column ?? null, match: f.match, reading: f.reading.join("; ") })),
  }];
  if (proposal.flags.length > 0) {
    const title = "Reader flags: pass them with the mapping to validate and report (the mapping alone does not say the scale)";
    tables.push({ title, columns: cols("flag", "field", "column", "why"), rows: proposal.flags.map((f) => ({ flag: `${f.flag} ${f.value}`, field: f.field, column: f.column, why: f.why })) });
  }
  if (proposal.unsure.length > 0) {
    tables.push({ title: "Check these", columns: cols("field", "column", "point"), rows: proposal.unsure.map((u) => ({ field: u.field, column: u.column ?? null, point: u.point })) });
  }
  if (proposal.missing.length > 0) {
    tables.push({ title: "Missing: required, and no column found (add an entry)", columns: cols("field"), rows: proposal.missing.map((field) => ({ field })) });
  }
  if (proposal.unused.length > 0) {
    tables.push({ title: "Columns left unused (report --by groups by any column, these too)", columns: cols("column"), rows: proposal.unused.map((column) => ({ column })) });
  }
  const step = toStdout ? `save the mapping (servicekpi init ${shellWord(file)} --out mapping.json), then run` : "run";
  tables.push({ title: `Next: ${step}`, columns: cols("command"), rows: [{ command: next }] });
  const { mapping, fields, unsure, missing, unused } = proposal;
  return { data: { file, schema, rows, mapping, fields, unsure, missing, unused, next, flags: readerWords(proposal) }, tables };
}

/** Reads the head of `file` and proposes its mapping. */
export async function initCommand(file: string | undefined, flags: InitFlags): Promise<InitResult> {
  if (file === undefined) throw new UsageError("init: name the export to look at (servicekpi init tickets.csv --out mapping.json)");
  const named = flags.preset === undefined ? undefined : presetKey(flags.preset);
  const schema = schemaOf(flags);
  if (!Object.hasOwn(SCHEMAS, schema)) throw new UsageError(`--schema: expected one of ${Object.keys(SCHEMAS).join(", ")}; got "${schema}"`);
  const format = formatOf(file);
  if (format === undefined) throw new UsageError(`init: cannot tell the format of ${file} from its extension (.csv, .tsv, .ndjson, .jsonl, .json, .xlsx or .parquet)`);
  if (flags.sheet !== undefined && format !== "xlsx") throw new UsageError("--sheet: a sheet applies to .xlsx workbooks only");
  const sheet = flags.sheet === undefined ? undefined : /^\d+$/.test(flags.sheet) ? Number(flags.sheet) : flags.sheet;
  const limit = flags.rows === undefined ? 200 : parseWhole("--rows", flags.rows, 1);
  // (a header naming a column twice is read joined, as the Jira preset reads it; a mapping file
  // for such an export is refused by the reader, which says so)
  const headerRow = format === "xlsx" && named !== undefined ? presets[named].headerRow : undefined;
  let head = await headRows(file, format, { limit, sheet, duplicateColumns: "join", headerRow });
  let preset = named ?? recognisePreset(head.columns);
  // a workbook whose header is not its first row (Zammad's title above it): the header rows the presets know, tried
  if (preset === null && format === "xlsx") {
    for (const row of new Set(Object.values(presets).flatMap((p) => (p.headerRow === undefined ? [] : [p.headerRow])))) {
      const below = await headRows(file, format, { limit, sheet, duplicateColumns: "join", headerRow: row });
      const found = recognisePreset(below.columns);
      if (found !== null && presets[found].headerRow === row) [head, preset] = [below, found];
      if (preset !== null) break;
    }
  }
  // (an export recognised by its header is proposed for its own schema only: --schema asks for another)
  if (preset !== null && (named !== undefined || flags.schema === undefined || flags.schema === (presets[preset].schema ?? "tickets"))) {
    return presetProposal(file, flags, preset, head.columns, head.rows.length);
  }
  if (flags.hours !== undefined) throw new UsageError("--hours: the clock of a preset's durations; use it with --preset (or on a recognised export)");
  // JSON rows leave absent keys out, and readers check a mapping against the first row's keys
  const checked = format === "json" || format === "ndjson" ? Object.keys(head.rows[0] ?? {}) : undefined;
  const proposal = proposeMapping({ schemaName: schema, schema: SCHEMAS[schema as keyof typeof SCHEMAS], columns: head.columns, rows: head.rows, fileName: basename(file), checked });
  const unsure = head.rows.length === 0 ? [{ field: "", point: "the file has no rows: the proposal rests on the column names alone" }, ...proposal.unsure] : proposal.unsure;
  const next = nextCommand(file, flags, schema, readerWords(proposal));
  return {
    mapping: `${JSON.stringify(proposal.mapping, null, 2)}\n`,
    report: report(file, schema, head.rows.length, { ...proposal, unsure }, next, flags.out === undefined),
  };
}

/**
 * The proposal for a helpdesk's own export: the preset's mapping matched against the header
 * (what `--preset` reads), each field's column and what the tool means by it, the preset's
 * columns the file lacks, and the command that reads the file with `--preset`.
 */
function presetProposal(file: string, flags: InitFlags, name: HelpdeskName, columns: readonly string[], rows: number): InitResult {
  const hours = flags.hours ?? "calendar";
  if (hours !== "calendar" && hours !== "business") throw new UsageError(`--hours: calendar or business; got "${hours}"`);
  const p = presets[name];
  let resolved: ReturnType<typeof resolvePreset>;
  try {
    resolved = resolvePreset(name, columns, { hours });
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
    throw new InputError(`--preset ${name}: ${file} is not a ${p.tool} export (${error.expected.replace(/, or a mapping entry for \w+$/, "")} is missing)`);
  }
  const cols = (...keys: string[]) => keys.map((key) => ({ key, label: key }));
  const meaning = (field: string): string =>
    p.columns.find((c) => c.field === field && (c.hours === undefined || c.hours === hours))?.meaning ?? (Object.hasOwn(p.constants ?? {}, field) ? `the same for every row of a ${p.tool} export` : "");
  // (a constant of the preset, such as a survey export's type, names no column)
  const columnOf = (entry: unknown): string => (typeof entry === "string" ? entry : "column" in (entry as object) ? (entry as { column: string }).column : `(every row: ${String((entry as { value: unknown }).value)})`);
  const fields = Object.entries(resolved.mapping).map(([field, entry]) => ({ field, column: columnOf(entry), meaning: meaning(field) }));
  const used = new Set(fields.map((f) => f.column));
  const unused = columns.filter((c) => !used.has(c));
  const extra = [...(flags.sheet === undefined ? [] : ["--sheet", flags.sheet]), ...(hours === "business" ? ["--hours", "business"] : [])];
  // the zone, unless the tool writes one (Chatwoot's UTC) or names it in the file (Intercom's headers, Zammad's last line)
  const zoneKnown = resolved.timeZone !== undefined || p.notes?.some((n) => n.timeZone === true) === true;
  const next = ["servicekpi", "report", file, "--preset", name, ...extra, ...(zoneKnown ? [] : ["--tz", "ZONE"])].map(shellWord).join(" ");
  const scale = resolved.csatScale === undefined ? [] : ["--csat-scale", resolved.csatScale];
  const tables: Output["tables"][number][] = [
    { title: `${file}: a ${p.tool} export (${p.export}); read it with --preset ${name}`, columns: cols("field", "column", "meaning"), rows: fields },
    { title: "Dates", columns: cols("point"), rows: [{ point: `${p.dates}; --date-format if they are not ISO 8601 (report and validate tell the layout from the first rows with --preset)` }] },
  ];
  if (resolved.missing.length > 0) tables.push({ title: `${p.tool} columns not in the file (their fields are left out)`, columns: cols("column"), rows: resolved.missing.map((column) => ({ column })) });
  if (unused.length > 0) tables.push({ title: "Columns left unused (report --by groups by any column, these too)", columns: cols("column"), rows: unused.map((column) => ({ column })) });
  tables.push({ title: zoneKnown ? "Next: run" : "Next: run (ZONE: the time zone the export's dates are written in)", columns: cols("command"), rows: [{ command: next }] });
  return {
    mapping: `${JSON.stringify(resolved.mapping, null, 2)}\n`,
    report: { data: { file, schema: resolved.schema, rows, preset: name, hours, mapping: resolved.mapping, fields, missing: resolved.missing, unused, next, flags: scale }, tables },
  };
}
