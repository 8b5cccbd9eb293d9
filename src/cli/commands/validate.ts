/// <reference types="node" />
/**
 * `servicekpi validate`: reads an export against a record schema and lists every rejected row
 * with its line and every issue; exit code 1 when any row is rejected.
 *
 * @module
 */
import { readRecords } from "../../node/readRecords.js";
import { callSchema, contactSchema } from "../../schemas/calls.js";
import { surveyResponseSchema } from "../../schemas/surveys.js";
import { ticketEventSchema, ticketSchema } from "../../schemas/tickets.js";
import { createAggregator } from "../../aggregate/summarize/createAggregator.js";
import type { SummaryRecord } from "../../aggregate/summarize/types.js";
import { READING_HELP, readingOptions, schemaOf, type ReadingFlags } from "../_lib/mapping.js";
import { dateFormatHint, reasonList, tallyReasons } from "../_lib/rejections.js";
import { reportKpis } from "../report/kpis.js";
import { excludedTable, reasonsTable } from "./report.js";
import { noteRows, presetRows } from "../report/preset.js";
import type { Cell, Output } from "../_lib/render.js";
import { UsageError } from "../_lib/usage.js";

export const VALIDATE_HELP = `servicekpi validate <file> [--schema tickets] [--map PAIRS] [--mapping FILE] [--tz ZONE]

Checks every row of an export (CSV, TSV, NDJSON, JSON, .xlsx, .parquet) against a record schema
and lists the rejected rows with their line numbers and every reason. Exit code 0 when every row
is valid, 1 when any is rejected.

${READING_HELP}
  --schema S        tickets (default), events, surveys, calls or contacts
  --summary         the issues grouped by field and reason, with how many rows and the first
                    lines, instead of one line per issue
  --format F        table (default), json, csv, markdown or html
  --out FILE        write to FILE instead of standard output

Tickets and survey responses are also read as the report reads them: a valid record that a KPI
of the report cannot use (a solved ticket without the time it was solved, for resolution time)
is listed as a warning; the report leaves it out of that KPI only.
`;

const SCHEMAS = { tickets: ticketSchema, events: ticketEventSchema, surveys: surveyResponseSchema, calls: callSchema, contacts: contactSchema } as const;

export interface ValidateFlags extends ReadingFlags {
  readonly schema?: string | undefined;
  readonly summary?: boolean | undefined;
}

const shown = (value: unknown): string => (value === undefined ? "(missing)" : typeof value === "string" ? value : JSON.stringify(value));

/** Validates `file`; `rejected` tells the caller which exit code to give. */
export async function validateCommand(file: string | undefined, flags: ValidateFlags): Promise<{ output: Output; rejected: number }> {
  if (file === undefined) throw new UsageError("validate: name the export to check (servicekpi validate tickets.csv)");
  const name = schemaOf(flags);
  if (!Object.hasOwn(SCHEMAS, name)) throw new UsageError(`--schema: expected one of ${Object.keys(SCHEMAS).join(", ")}; got "${name}"`);
  const { preset, ...reading } = await readingOptions(flags, file);
  const reader = readRecords(file, { schema: SCHEMAS[name as keyof typeof SCHEMAS], ...reading, onInvalid: "collect" });
  // the report's own checks of what its KPIs can use: the same aggregator, leaving records out
  const kpis = name === "tickets" || name === "surveys" ? createAggregator({ kpis: reportKpis(reading), timeZone: reading.timeZone, onInvalid: "exclude" }) : undefined;
  for await (const record of reader) kpis?.add(record as SummaryRecord);
  const { counts, rejected, notes } = reader;
  const hint = dateFormatHint(rejected);
  const warnings = kpis?.result().excluded ?? [];
  const reasons = reasonList(tallyReasons(rejected));
  const issues: Record<string, Cell>[] = rejected.flatMap((r) =>
    r.issues.map((i) => ({ line: r.line, row: r.index + 1, field: i.field, column: i.column ?? null, value: shown(i.value), problem: i.message })),
  );
  const details = flags.summary === true ? [reasonsTable("Rejected rows, by reason", reasons)] : [{
    title: "Rejected rows",
    columns: ["line", "row", "field", "column", "value", "problem"].map((key) => ({ key, label: key })),
    rows: issues,
  }];
  return {
    rejected: counts.rejected,
    output: {
      data: { file, schema: name, ...(hint === undefined ? {} : { hint }), ...(preset === undefined ? {} : { preset: { name: preset.preset, hours: preset.hours, missing: preset.missing } }), counts, ...(notes.length === 0 ? {} : { notes }), ...(flags.summary === true ? { reasons } : { rejected }), warnings },
      tables: [
        {
          title: `${file}: ${counts.rows} rows, ${counts.records} valid, ${counts.rejected} rejected`,
          columns: [{ key: "rows", label: "rows" }, { key: "records", label: "valid" }, { key: "rejected", label: "rejected" }],
          rows: [{ rows: counts.rows, records: counts.records, rejected: counts.rejected }],
        },
        ...(preset === undefined && notes.length === 0 ? [] : [{ title: preset === undefined ? "Notes" : "Preset", columns: [{ key: "setting", label: "setting" }, { key: "value", label: "value" }], rows: [...(preset === undefined ? [] : presetRows(preset)), ...noteRows(notes)] }]),
        ...(issues.length === 0 ? [] : details),
        ...(hint === undefined ? [] : [{ title: "Dates", columns: [{ key: "hint", label: "hint" }], rows: [{ hint }] }]),
        ...(warnings.length === 0 ? [] : [{ ...excludedTable(warnings), title: "Warnings: valid records a KPI of the report leaves out" }]),
      ],
    },
  };
}
