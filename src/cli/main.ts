/// <reference types="node" />
/**
 * The `servicekpi` command line: parses the arguments, runs a command, prints its output in the
 * chosen format, and turns every user error into one line on stderr with an exit code:
 * 0 done, 1 rows were rejected (`validate`; `report` beyond `--max-rejected`), 2 the command was called wrongly (a flag's
 * value the library refuses too, named by its flag), 3 the input could not be used (unreadable file, malformed CSV,
 * invalid data, a file given to an option that is not JSON or not what the option takes), 70 an internal error (a bug:
 * the stack is printed only with SERVICEKPI_DEBUG=1).
 *
 * @module
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { isKpiInputError } from "../errors.js";
import { isReadRecordsError } from "../node/errors.js";
import { FORMATS, render, type Format, type Output } from "./_lib/render.js";
import { xlsxBytes } from "./_lib/xlsxOut.js";
import { inFlags, type Called } from "./_lib/flagErrors.js";
import { InputError, UsageError } from "./_lib/usage.js";
import { INIT_HELP, initCommand } from "./commands/init.js";
import { REPORT_HELP, reportCommand, type ReportEnv } from "./commands/report.js";
import { SAMPLE_HELP, sampleCommand } from "./commands/sample.js";
import { STAFFING_HELP, staffingCommand } from "./commands/staffing.js";
import { VALIDATE_HELP, validateCommand } from "./commands/validate.js";

/** Where the command line writes. */
export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean | undefined };
}

export const EXIT = { ok: 0, rejected: 1, usage: 2, input: 3, internal: 70 } as const;

const HELP = `servicekpi: customer-service KPIs from the command line

  servicekpi report <file> [--by channel,month] [--tz Europe/Amsterdam] [--format table|json|csv|xlsx|markdown|html|vega]
                           [--map createdAt="Created Date",...] [--calendar cal.json] [--sla policy.json] [--out file]
  servicekpi validate <file> [--map ...]     rejected rows with reasons, exit 1 if any
  servicekpi init <file> [--out mapping.json]  propose a mapping from the header and first rows
  servicekpi staffing --calls 100 --interval 30m --aht 180s --target 80/20s [--shrinkage 30%]
  servicekpi sample [--tickets 10000] [--seed 1]

Run servicekpi <command> --help for a command's options.
`;

const COMMON = { format: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } as const;
const STAFFING = { ...COMMON, calls: { type: "string" }, interval: { type: "string" }, aht: { type: "string" }, target: { type: "string" }, shrinkage: { type: "string" }, "max-occupancy": { type: "string" }, patience: { type: "string" } } as const;
const MAPPING = {
  preset: { type: "string" }, hours: { type: "string" },
  map: { type: "string" }, mapping: { type: "string" }, tz: { type: "string" }, "date-format": { type: "string" }, decimal: { type: "string" }, thousands: { type: "string" }, sheet: { type: "string" },
  "csat-scale": { type: "string" }, "ces-scale": { type: "string" },
} as const;
const REPORT = { ...COMMON, ...MAPPING, by: { type: "string" }, "period-of": { type: "string" }, schema: { type: "string" }, sla: { type: "string" }, calendar: { type: "string" }, now: { type: "string" }, "normalize-channels": { type: "boolean" }, workers: { type: "string" }, "max-exact": { type: "string" }, "max-rejected": { type: "string" }, "fill-periods": { type: "boolean" }, kpis: { type: "string" }, percentiles: { type: "string" }, units: { type: "string" }, targets: { type: "string" }, benchmarks: { type: "boolean" }, heatmap: { type: "string" }, buckets: { type: "string" }, "complaint-categories": { type: "string" }, compare: { type: "string" }, trends: { type: "boolean" }, live: { type: "boolean" }, horizon: { type: "string" }, sl: { type: "string" }, "sl-formula": { type: "string" } } as const;
const VALIDATE = { ...COMMON, ...MAPPING, schema: { type: "string" }, summary: { type: "boolean" } } as const;
const INIT = { ...COMMON, schema: { type: "string" }, sheet: { type: "string" }, rows: { type: "string" }, preset: { type: "string" }, hours: { type: "string" } } as const;
const SAMPLE = { ...COMMON, tickets: { type: "string" }, seed: { type: "string" }, start: { type: "string" }, days: { type: "string" } } as const;

/** Writes a chunk, resolving once the stream can take more (backpressure). */
function writer(stream: NodeJS.WritableStream): (chunk: string | Uint8Array) => Promise<void> {
  return (chunk) => new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    stream.once("error", onError);
    const done = (): void => { stream.off("error", onError); resolve(); };
    if (stream.write(chunk)) done();
    else stream.once("drain", done);
  });
}

/**
 * The arguments with a value that starts with a dash joined to its flag (`--max-exact -1` →
 * `--max-exact=-1`), for the flags that take a value: node's parser would refuse it in three
 * lines, asking whether a value was forgotten; joined, the flag's own check says what it takes.
 */
function withDashValues(args: readonly string[], options: Readonly<Record<string, { type: string }>>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const takesValue = arg.startsWith("--") && options[arg.slice(2)]?.type === "string";
    if (takesValue && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** The one file a command reads, or `undefined` for the command to name. */
function onePositional(command: string, positionals: readonly string[]): string | undefined {
  if (positionals.length > 1) throw new UsageError(`${command}: one file at a time; got ${positionals.length} (${positionals.join(", ")})`);
  return positionals[0];
}

function readFormat(text: string | undefined): Format {
  if (text === undefined) return "table";
  if (!(FORMATS as readonly string[]).includes(text)) throw new UsageError(`--format: expected one of ${FORMATS.join(", ")}; got "${text}"`);
  return text as Format;
}

/** Opens `--out FILE` (or stdout) and closes it when done. */
async function withOutput(io: Io, out: string | undefined, run: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  if (out === undefined) return run(writer(io.stdout));
  const file = createWriteStream(out);
  await new Promise<void>((resolve, reject) => { file.once("open", () => resolve()); file.once("error", reject); });
  await run(writer(file));
  await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function printOutput(io: Io, flags: { format?: string | undefined; out?: string | undefined }, title: string, output: Output): Promise<void> {
  const format = readFormat(flags.format);
  if (format === "xlsx") {
    // a workbook is bytes: into a file, or a pipe, never onto a terminal
    if (flags.out === undefined && (io.stdout as { isTTY?: boolean }).isTTY === true) throw new UsageError("--format xlsx writes a workbook: give --out FILE.xlsx (or redirect standard output to a file)");
    const bytes = await xlsxBytes(output);
    return withOutput(io, flags.out, (write) => write(bytes));
  }
  if (format === "vega") {
    if (output.charts === undefined) throw new UsageError(`--format vega: the charts of a report (servicekpi report FILE --format vega); ${title} has none`);
    const charts = output.charts();
    return withOutput(io, flags.out, (write) => write(`${JSON.stringify({ charts }, null, 2)}\n`));
  }
  const text = format === "html" && output.page !== undefined ? await output.page() : render(output, format, title);
  await withOutput(io, flags.out, (write) => write(text));
}

async function run(argv: readonly string[], io: Io, env: ReportEnv, called: { current?: Called }): Promise<number> {
  const [command, ...rest] = argv;
  const out = writer(io.stdout);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    await out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case "report": {
      const { values, positionals } = parseArgs({ args: withDashValues(rest, REPORT), options: REPORT, strict: true, allowPositionals: true });
      called.current = { flags: values, file: positionals[0] };
      if (values.help === true) return out(REPORT_HELP).then(() => EXIT.ok);
      const format = readFormat(values.format);
      const progress = io.stderr.isTTY === true ? (rows: number) => void io.stderr.write(`\rread ${rows.toLocaleString("en-US")} rows…`) : undefined;
      const { output, rejectedLine, tooManyRejected, warnings } = await reportCommand(onePositional("report", positionals), values, progress, env);
      if (progress !== undefined) io.stderr.write("\r\x1b[K");
      await printOutput(io, { ...values, format }, "servicekpi report", output);
      for (const warning of warnings) io.stderr.write(`servicekpi: warning: ${warning}\n`);
      if (rejectedLine !== undefined) io.stderr.write(`servicekpi: ${rejectedLine}\n`);
      return tooManyRejected ? EXIT.rejected : EXIT.ok;
    }
    case "validate": {
      const { values, positionals } = parseArgs({ args: withDashValues(rest, VALIDATE), options: VALIDATE, strict: true, allowPositionals: true });
      called.current = { flags: values, file: positionals[0] };
      if (values.help === true) return out(VALIDATE_HELP).then(() => EXIT.ok);
      const format = readFormat(values.format);
      const { output, rejected } = await validateCommand(onePositional("validate", positionals), values);
      await printOutput(io, { ...values, format }, "servicekpi validate", output);
      return rejected === 0 ? EXIT.ok : EXIT.rejected;
    }
    case "init": {
      const { values, positionals } = parseArgs({ args: withDashValues(rest, INIT), options: INIT, strict: true, allowPositionals: true });
      if (values.help === true) return out(INIT_HELP).then(() => EXIT.ok);
      const format = readFormat(values.format);
      if (format === "xlsx" || format === "vega") throw new UsageError("init: --format table, json, csv, markdown or html (its report goes to standard error)");
      const { mapping, report } = await initCommand(onePositional("init", positionals), values);
      await withOutput(io, values.out, (write) => write(mapping));
      await writer(io.stderr)(render(report, format, "servicekpi init"));
      return EXIT.ok;
    }
    case "staffing": {
      const { values } = parseArgs({ args: withDashValues(rest, STAFFING), options: STAFFING, strict: true });
      called.current = { flags: values };
      if (values.help === true) return out(STAFFING_HELP).then(() => EXIT.ok);
      await printOutput(io, values, "Staffing", staffingCommand(values));
      return EXIT.ok;
    }
    case "sample": {
      const { values } = parseArgs({ args: withDashValues(rest, SAMPLE), options: SAMPLE, strict: true });
      if (values.help === true) return out(SAMPLE_HELP).then(() => EXIT.ok);
      await withOutput(io, values.out, (write) => sampleCommand(values, write).then(() => undefined));
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown command "${command}" (commands: report, validate, init, staffing, sample; see servicekpi --help)`);
  }
}

/**
 * Runs the command line; resolves to the exit code. Never throws. `env.workerUrl` is the script
 * `report --workers` starts its threads from (the executable itself); without it the workers
 * run in this thread.
 */
export async function main(argv: readonly string[], io: Io, env: ReportEnv = {}): Promise<number> {
  const fail = (code: number, message: string): number => {
    io.stderr.write(`servicekpi: ${message}\n`);
    return code;
  };
  const called: { current?: Called } = {};
  try {
    return await run(argv, io, env, called);
  } catch (caught) {
    // a value the library refused, said in the words of the flag or the file it came from
    const error = isKpiInputError(caught) ? inFlags(caught, called.current ?? { flags: {} }) : caught;
    if (error instanceof UsageError) return fail(EXIT.usage, error.message);
    if (error instanceof InputError) return fail(EXIT.input, error.message);
    const code = (error as { code?: unknown }).code;
    if (code === "EPIPE") return EXIT.ok; // the output's reader went away (| head): nothing more to say
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return fail(EXIT.usage, `${(error as Error).message.replace(/\s*\n\s*/g, " ")} (see --help)`);
    if (isKpiInputError(error) || isReadRecordsError(error)) return fail(EXIT.input, error.message);
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return fail(EXIT.input, (error as Error).message);
    if (process.env.SERVICEKPI_DEBUG === "1") io.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return fail(EXIT.internal, `internal error: ${(error as Error).message ?? String(error)} (set SERVICEKPI_DEBUG=1 for the stack)`);
  }
}
