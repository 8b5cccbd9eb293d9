/**
 * The library's errors in the command line's words. A flag's value the library refuses comes
 * back as a `KpiInputError` naming the option it became (`createAggregator: options.timeZone`);
 * the command line names the flag and what was typed instead (`--tz Mars/Base`), or the file the
 * value came from and the place in it (`--sla policy.json: targets[0].targetMs`, `--mapping
 * m.json: createdAt`), and lists what exists when a name is none of the file's columns.
 *
 * @module
 */
import { describeValue, type KpiInputError } from "../../errors.js";
import { PERIODS } from "../../_lib/time/periods.js";
import { callSchema } from "../../schemas/calls.js";
import { surveyResponseSchema } from "../../schemas/surveys.js";
import { ticketSchema } from "../../schemas/tickets.js";
import { parseMap } from "./mapping.js";
import { InputError, UsageError } from "./usage.js";

/** How a command was called: its flags as parsed, and the file it reads. */
export interface Called {
  readonly flags: Readonly<Record<string, unknown>>;
  readonly file?: string | undefined;
}

/** The library's option fields and the flag that sets each, in the order they are tried. */
const OPTION_FLAGS: readonly (readonly [RegExp, string])[] = [
  [/^options\.timeZone$/, "tz"],
  [/^options\.dateFormat$/, "date-format"],
  [/^options\.thousands$/, "thousands"],
  [/^options\.decimal$/, "decimal"],
  [/^options\.sheet$/, "sheet"],
  [/^options\.csatScale$/, "csat-scale"],
  [/^options\.cesScale$/, "ces-scale"],
  [/^options\.(keep|by|period)\b/, "by"],
  [/^options\.periodOf$/, "period-of"],
  [/^options\.fillPeriods$/, "fill-periods"],
  [/^options\.maxExactValues$/, "max-exact"],
  [/^options\.kpis\[\d+\]\.percentiles\b/, "percentiles"],
  [/^options\.kpis\[\d+\]\.buckets\b/, "buckets"],
  [/^options\.kpis\[\d+\]\.categories\b/, "complaint-categories"],
  [/^options\.kpis\[\d+\]\.(thresholdMs|formula)$/, "sl"],
  [/^options\.(kpis\[\d+\]\.)?now$/, "now"],
  [/^options\.horizonMs$/, "horizon"],
  // staffing
  [/^calls\b/, "calls"],
  [/^options\.intervalMs$/, "interval"],
  [/^options\.ahtMs$/, "aht"],
  [/^options\.(targetServiceLevel|thresholdMs)$/, "target"],
  [/^options\.shrinkage$/, "shrinkage"],
  [/^options\.maxOccupancy$/, "max-occupancy"],
  [/^options\.patienceMs$/, "patience"],
];

/** What a refused value of a flag means, where the library's words (`expected`) would not read well after the flag. */
const SAID: Readonly<Record<string, (expected: string) => string | undefined>> = {
  tz: () => "not a time zone (IANA names such as Europe/Amsterdam)",
  // the library lists the no-break spaces too, which print as spaces
  thousands: (expected) => (expected.startsWith("one of") ? "not a thousands separator (. , ' or space)" : undefined),
};

/** A typed value as a message shows it: as typed when it is one short word, else quoted (and cut). */
const typed = (text: string): string => (/^[^\s"'\\]{1,80}$/.test(text) ? text : describeValue(text));

/** The schemas a report reads, by `--schema`. */
const SCHEMAS = { tickets: ticketSchema, surveys: surveyResponseSchema, calls: callSchema } as const;

/** Columns listed in a message: the first twenty, then how many there are. */
const SHOWN_COLUMNS = 20;

/**
 * The columns a library message lists (`a column of the rows ("id", "createdAt" … (54 in all))`),
 * and how many the file has; `undefined` when `expected` lists none.
 */
function listedColumns(expected: string): { columns: string[]; total: number } | undefined {
  const m = /^a column of the rows \((.*?)(?: … \((\d+) in all\))?\)$/s.exec(expected);
  if (m === null) return undefined;
  try {
    const columns = JSON.parse(`[${m[1] ?? ""}]`) as string[];
    return { columns, total: m[2] === undefined ? columns.length : Number(m[2]) };
  } catch {
    return undefined;
  }
}

/** `"id", "createdAt", …` for at most twenty columns, with how many there are when there are more. */
function columnList(listed: { columns: readonly string[]; total: number }): string {
  const shown = listed.columns.slice(0, SHOWN_COLUMNS).map((c) => JSON.stringify(c)).join(", ");
  return listed.total > SHOWN_COLUMNS ? `${shown} … (${listed.total} in all)` : shown;
}

/** `--by NAME` that is neither a field of the records nor a column of the file: what exists. */
function unknownBy(name: string, called: Called, listed: { columns: readonly string[]; total: number }): UsageError {
  const schema = called.flags["schema"] === "calls" || called.flags["schema"] === "surveys" ? called.flags["schema"] : "tickets";
  const fields = Object.keys(SCHEMAS[schema].shape);
  const extra = ["hourOfDay", "weekday", ...(schema === "calls" ? ["interval:30m"] : [])];
  const file = called.file === undefined ? "the file" : called.file;
  return new UsageError(
    `--by ${typed(name)}: neither a field of the records nor a column of ${file}. Fields: ${fields.join(", ")}; also ${extra.join(", ")} and one period (${PERIODS.join(", ")}). Columns: ${columnList(listed)}`,
  );
}

/** `path must be expected, got value`, the columns it lists cut to twenty. */
function mustBe(path: string, error: KpiInputError, got = true): string {
  const listed = listedColumns(error.expected);
  const expected = listed === undefined ? error.expected : `a column of the rows (${columnList(listed)})`;
  return `${path === "" ? "the file" : path} must be ${expected}${got ? `, got ${describeValue(error.value)}` : ""}`;
}

/** The file a refused value came from (`--sla`, `--calendar`, `--mapping`, or `--map`), `undefined` for none. */
function inFile(error: KpiInputError, called: Called): InputError | undefined {
  const path = `${error.field}${error.index === undefined ? "" : `[${error.index}]`}`;
  const { sla, calendar, mapping, map } = called.flags as Record<string, string | undefined>;
  // the policy of --sla (its calendar from --calendar when given), or the calendar of the waits
  const policy = /^options\.(?:kpis\[\d+\]\.)?policy\.?(.*)$/s.exec(path)?.[1];
  const ofCalendar = /^options\.kpis\[\d+\]\.calendar\.?(.*)$/s.exec(path)?.[1] ?? (policy === undefined ? undefined : /^calendar\.?(.*)$/s.exec(policy)?.[1]);
  if (ofCalendar !== undefined && calendar !== undefined) return new InputError(`--calendar ${calendar}: ${mustBe(ofCalendar, error, false)}`);
  if (policy !== undefined && sla !== undefined) return new InputError(`--sla ${sla}: ${mustBe(policy, error, false)}`);
  const field = /^mapping\.([^.[]+)(.*)$/s.exec(path);
  if (field === null) return undefined;
  const fromMap = map !== undefined && Object.hasOwn(parseMap(map), field[1] as string);
  const where = fromMap || mapping === undefined ? "--map" : `--mapping ${mapping}`;
  return new InputError(`${where}: ${mustBe(`${field[1] ?? ""}${field[2] ?? ""}`, error)}`);
}

/**
 * `error` in the command line's words: a {@link UsageError} naming the flag whose value the
 * library refused (exit 2), an {@link InputError} naming the file a refused value came from
 * (exit 3); `error` itself for a field no flag or file sets.
 */
export function inFlags(error: KpiInputError, called: Called): Error {
  const file = inFile(error, called);
  if (file !== undefined) return file;
  if (error.field === "options.format" && called.file !== undefined) {
    return new UsageError(`cannot tell the format of ${called.file} from its extension (.csv, .tsv, .ndjson, .jsonl, .json, .xlsx or .parquet)`);
  }
  const flag = OPTION_FLAGS.find(([field]) => field.test(error.field))?.[1];
  if (flag === undefined) return error;
  if (flag === "by" && typeof error.value === "string") {
    const listed = error.field.startsWith("options.keep") ? listedColumns(error.expected) : undefined;
    if (listed !== undefined) return unknownBy(error.value, called, listed);
  }
  const text = flag === "by" && typeof error.value === "string" ? error.value : called.flags[flag];
  const reason = SAID[flag]?.(error.expected) ?? (error.expected.startsWith("absent: ") ? error.expected.slice("absent: ".length) : `must be ${error.expected}`);
  return new UsageError(`--${flag}${typeof text === "string" ? ` ${typed(text)}` : ""}: ${reason}`);
}
