import { describe, expect, it } from "vitest";
import { KpiInputError } from "../../errors.js";
import { inFlags } from "./flagErrors.js";
import { InputError, UsageError } from "./usage.js";

const refused = (kpi: string, field: string, value: unknown, expected: string, index?: number): KpiInputError =>
  new KpiInputError({ kpi, field, value, expected, ...(index === undefined ? {} : { index }) });

describe("inFlags: a library error in the command line's words", () => {
  it("names the flag and what was typed, never the option path (a usage error, exit 2)", () => {
    const tz = inFlags(refused("createAggregator", "options.timeZone", "Mars/Base", 'an IANA time zone name such as "Europe/Amsterdam"'), { flags: { tz: "Mars/Base" } });
    expect(tz).toBeInstanceOf(UsageError);
    expect(tz.message).toBe("--tz Mars/Base: not a time zone (IANA names such as Europe/Amsterdam)");
    // the percentiles the library got are probabilities; the message shows the flag as typed
    expect(inFlags(refused("createAggregator", "options.kpis[4].percentiles", [0.5], "probabilities in (0, 1)", 0), { flags: { percentiles: "50" } }).message).toBe("--percentiles 50: must be probabilities in (0, 1)");
    expect(inFlags(refused("readRecords", "options.sheet", 3, "absent: a sheet applies to .xlsx workbooks only"), { flags: { sheet: "3" } }).message).toBe("--sheet 3: a sheet applies to .xlsx workbooks only");
    expect(inFlags(refused("readRecords", "options.thousands", "x", 'one of ".", ","'), { flags: { thousands: "x" } }).message).toBe("--thousands x: not a thousands separator (. , ' or space)");
    expect(inFlags(refused("readRecords", "options.thousands", ".", 'a separator other than the decimal one (".")'), { flags: { thousands: "." } }).message).toBe('--thousands .: must be a separator other than the decimal one (".")');
    // a value with spaces, or a long one, quoted (and cut); a flag without a value by its name
    expect(inFlags(refused("readRecords", "options.dateFormat", "d MMM q", "a pattern"), { flags: { "date-format": "d MMM q" } }).message).toBe('--date-format "d MMM q": must be a pattern');
    const long = inFlags(refused("createAggregator", "options.timeZone", "x".repeat(1e5), "a zone"), { flags: { tz: "x".repeat(1e5) } }).message;
    expect([long.length < 200, long.includes("(100,000 characters)")]).toEqual([true, true]);
    expect(inFlags(refused("createAggregator", "options.fillPeriods", true, "false without a period"), { flags: {} }).message).toBe("--fill-periods: must be false without a period");
    // staffing's options, and calls by their flag
    expect(inFlags(refused("staffingTable", "options.targetServiceLevel", 80, "a target 10 agents can meet", 0), { flags: { target: "80/20s" } }).message).toBe("--target 80/20s: must be a target 10 agents can meet");
    expect(inFlags(refused("staffingTable", "calls", -1, "a count ≥ 0", 2), { flags: { calls: "1,2,-1" } }).message).toBe("--calls 1,2,-1: must be a count ≥ 0");
  });

  it("names the file a value came from and the place in it (an input error, exit 3)", () => {
    const flags = { sla: "policy.json", calendar: "cal.json", mapping: "m.json", map: "channel=Queue" };
    const policy = inFlags(refused("createAggregator", "options.kpis[3].policy.targets", 0, "a finite number of ms > 0", 1), { flags });
    expect([policy instanceof InputError, policy.message]).toEqual([true, "--sla policy.json: targets[1] must be a finite number of ms > 0"]);
    expect(inFlags(refused("liveView", "options.policy", 0, "an SLA policy"), { flags }).message).toBe("--sla policy.json: the file must be an SLA policy");
    expect(inFlags(refused("createAggregator", "options.kpis[3].policy.calendar.week.mon", 0, "a list of windows", 0), { flags }).message).toBe("--calendar cal.json: week.mon[0] must be a list of windows");
    expect(inFlags(refused("createAggregator", "options.kpis[2].calendar.timeZone", "Mars", "a time zone"), { flags }).message).toBe("--calendar cal.json: timeZone must be a time zone");
    expect(inFlags(refused("readRecords", "mapping.createdAt.format", "qq", "a pattern"), { flags }).message).toBe('--mapping m.json: createdAt.format must be a pattern, got "qq"');
    expect(inFlags(refused("readRecords", "mapping.channel", "Queue", "a column of the rows (\"a\", \"b\")"), { flags }).message).toBe('--map: channel must be a column of the rows ("a", "b"), got "Queue"');
    expect(inFlags(refused("readRecords", "mapping.channel", "Queue", "a column"), { flags: { map: "channel=Queue" } }).message).toBe('--map: channel must be a column, got "Queue"');
    // a column list of the library's (cut at 60, or whole) is cut to twenty, with how many there are
    const columns = Array.from({ length: 70 }, (_, i) => `c${i}`);
    const listed = `a column of the rows (${columns.slice(0, 60).map((c) => JSON.stringify(c)).join(", ")} … (70 in all))`;
    expect(inFlags(refused("readRecords", "mapping.createdAt", "Opened", listed), { flags }).message).toBe(
      `--mapping m.json: createdAt must be a column of the rows (${columns.slice(0, 20).map((c) => JSON.stringify(c)).join(", ")} … (70 in all)), got "Opened"`,
    );
  });

  it("lists what --by can name: the fields of the schema read, and the first twenty columns", () => {
    const columns = Array.from({ length: 25 }, (_, i) => `Column ${i}`);
    const error = refused("readRecords", "options.keep[0]", "Prodcut", `a column of the rows (${columns.map((c) => JSON.stringify(c)).join(", ")})`);
    const message = inFlags(error, { flags: { by: "month,Prodcut", schema: "calls" }, file: "calls.csv" }).message;
    expect(message).toBe(
      `--by Prodcut: neither a field of the records nor a column of calls.csv. Fields: waitMs, outcome, talkMs, holdMs, afterWorkMs, id, startedAt, channel, queue, agent, team; also hourOfDay, weekday, interval:30m and one period (day, week, month, quarter, year). Columns: ${columns.slice(0, 20).map((c) => JSON.stringify(c)).join(", ")} … (25 in all)`,
    );
    expect(inFlags(error, { flags: { schema: "surveys" } }).message).toMatch(/^--by Prodcut: neither a field of the records nor a column of the file\. Fields: id, ticketId, customerId, type, score, /);
    // another refusal of a --by name says it in the library's words, after the name
    expect(inFlags(refused("createAggregator", "options.by[1]", "Product", 'a dimension whose name differs from the others ("Product" is taken)'), { flags: { by: "Product,Product" } }).message).toBe('--by Product: must be a dimension whose name differs from the others ("Product" is taken)');
    // a list the command line cannot read back stays as the library wrote it
    expect(inFlags(refused("readRecords", "options.keep[0]", "X", "a column of the rows (not json)"), { flags: { by: "X" } }).message).toBe("--by X: must be a column of the rows (not json)");
  });

  it("says a file's format cannot be told, and leaves an error no flag or file caused as it is", () => {
    expect(inFlags(refused("readRecords", "options.format", undefined, '"csv" … (the extension of notes.txt does not tell)'), { flags: {}, file: "notes.txt" }).message).toBe(
      "cannot tell the format of notes.txt from its extension (.csv, .tsv, .ndjson, .jsonl, .json, .xlsx or .parquet)",
    );
    const other = refused("restoreAggregator", "state.kpis", 1, "an array");
    expect(inFlags(other, { flags: {} })).toBe(other);
  });
});
