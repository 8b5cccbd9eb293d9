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
import { readMapping } from "../_lib/mapping.js";
import type { Cell, Output } from "../_lib/render.js";
import { UsageError } from "../_lib/usage.js";

export const VALIDATE_HELP = `servicekpi validate <file> [--schema tickets] [--map PAIRS] [--mapping FILE] [--tz ZONE]

Checks every row of an export against a record schema and lists the rejected rows with their
line numbers and every reason. Exit code 0 when every row is valid, 1 when any is rejected.

  --schema S      tickets (default), events, surveys, calls or contacts
  --map PAIRS     field=Column pairs: createdAt="Created Date",firstResponseMs=frt_min@minutes
  --mapping FILE  a JSON mapping (units, value translations); --map entries override it
  --tz ZONE       IANA time zone of timestamps written without an offset (default UTC)
  --format F      table (default), json, csv, markdown or html
  --out FILE      write to FILE instead of standard output
`;

const SCHEMAS = { tickets: ticketSchema, events: ticketEventSchema, surveys: surveyResponseSchema, calls: callSchema, contacts: contactSchema } as const;

export interface ValidateFlags {
  readonly schema?: string | undefined;
  readonly map?: string | undefined;
  readonly mapping?: string | undefined;
  readonly tz?: string | undefined;
}

const shown = (value: unknown): string => (value === undefined ? "(missing)" : typeof value === "string" ? value : JSON.stringify(value));

/** Validates `file`; `rejected` tells the caller which exit code to give. */
export async function validateCommand(file: string | undefined, flags: ValidateFlags): Promise<{ output: Output; rejected: number }> {
  if (file === undefined) throw new UsageError("validate: name the export to check (servicekpi validate tickets.csv)");
  const name = flags.schema ?? "tickets";
  if (!Object.hasOwn(SCHEMAS, name)) throw new UsageError(`--schema: expected one of ${Object.keys(SCHEMAS).join(", ")}; got "${name}"`);
  const mapping = await readMapping(flags.mapping, flags.map);
  const reader = readRecords(file, { schema: SCHEMAS[name as keyof typeof SCHEMAS], mapping, timeZone: flags.tz ?? "UTC", onInvalid: "collect" });
  for await (const record of reader) void record;
  const { counts, rejected } = reader;
  const issues: Record<string, Cell>[] = rejected.flatMap((r) =>
    r.issues.map((i) => ({ line: r.line, row: r.index + 1, field: i.field, column: i.column ?? null, value: shown(i.value), problem: i.message })),
  );
  return {
    rejected: counts.rejected,
    output: {
      data: { file, schema: name, counts, rejected },
      tables: [
        {
          title: `${file}: ${counts.rows} rows, ${counts.records} valid, ${counts.rejected} rejected`,
          columns: [{ key: "rows", label: "rows" }, { key: "records", label: "valid" }, { key: "rejected", label: "rejected" }],
          rows: [{ rows: counts.rows, records: counts.records, rejected: counts.rejected }],
        },
        ...(issues.length === 0 ? [] : [{
          title: "Rejected rows",
          columns: ["line", "row", "field", "column", "value", "problem"].map((key) => ({ key, label: key })),
          rows: issues,
        }]),
      ],
    },
  };
}
