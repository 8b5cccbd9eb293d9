/**
 * The fast row path against the zod path: for random rows of every record schema (valid and
 * invalid values of every kind, CSV strings and typed JSON values, blanks, bad dates, offsets or
 * none in several time zones, units, value translations, extra and missing columns, nested
 * events), the row parser with the fast path returns exactly what it returns without it: the
 * same record with the same keys in the same order, or the same issues. The reader's cell path
 * gives the same records. And for rows that are valid, the fast path does the work itself.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { callSchema, contactSchema, surveyResponseSchema, ticketEventSchema, ticketSchema } from "../index.js";
import type { RecordSchema } from "../types.js";
import { fastRows } from "./fast.js";
import { fieldKinds, type FieldInfo, type NumberBounds } from "./fields.js";
import { createRowParser } from "../rowParser.js";
import { resolveMapping } from "./mapping.js";

const SCHEMAS: Readonly<Record<string, RecordSchema>> = { ticketSchema, surveyResponseSchema, callSchema, contactSchema, ticketEventSchema };
const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"] as const;
const UNITS = ["ms", "seconds", "minutes", "hours", "days"] as const;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** ISO-like strings: the layouts exports write, with parts in and out of range and odd spellings. */
const isoText = fc
  .record({
    y: fc.oneof(fc.integer({ min: 1960, max: 2040 }), fc.integer({ min: 0, max: 9999 })),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 32 })),
    h: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 25 })),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    frac: fc.option(fc.stringMatching(/^\d{0,10}$/), { nil: undefined }),
    sep: fc.constantFrom("T", " ", "t", "_"),
    layout: fc.constantFrom("date", "minutes", "seconds", "seconds", "seconds"),
    zone: fc.constantFrom("", "", "Z", "z", "+02:00", "-05:30", "+0530", "+05", "+24:00", "-00:60", " Z", "+2:00"),
    around: fc.constantFrom("", "", "", " ", "\t", "\n"),
  })
  .map(({ y, mo, d, h, mi, s, frac, sep, layout, zone, around }) => {
    let text = `${String(y).padStart(4, "0")}-${pad2(mo)}-${pad2(d)}`;
    if (layout !== "date") text += `${sep}${pad2(h)}:${pad2(mi)}`;
    if (layout === "seconds") text += `:${pad2(s)}${frac === undefined ? "" : `.${frac}`}`;
    return `${around}${text}${zone}${around}`;
  });

/** Timestamps written the ways exports write them, valid. */
const goodIso = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
    style: fc.constantFrom("Z", "local", "space", "date", "offset", "fraction", "minutes"),
    fraction: fc.stringMatching(/^\d{1,9}$/),
    offset: fc.constantFrom("+02:00", "-05:30", "+00:00", "-12:00"),
  })
  .map(({ ms, style, fraction, offset }) => {
    const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ
    if (style === "Z") return iso;
    if (style === "local") return iso.slice(0, -1);
    if (style === "space") return iso.slice(0, 19).replace("T", " ");
    if (style === "date") return iso.slice(0, 10);
    if (style === "offset") return `${iso.slice(0, 19)}${offset}`;
    if (style === "minutes") return iso.slice(0, 16).replace("T", " ");
    return `${iso.slice(0, 19)}.${fraction}`;
  });

/** Numbers within bounds, as a CSV writes them. */
function goodNumber({ min, max, integer }: NumberBounds): fc.Arbitrary<number> {
  const lo = min ?? -1000;
  const hi = max ?? 1e6;
  return integer === true ? fc.integer({ min: lo, max: Math.min(hi, 1e9) }) : fc.double({ min: lo, max: hi, noNaN: true });
}
const spell = (n: number): fc.Arbitrary<string> =>
  fc.constantFrom(String(n), ` ${n} `, Number.isInteger(n) ? `${n}.0` : String(n), n.toExponential(), n >= 0 ? `+${n}` : String(n));

/** Strings a CSV cell may hold for a valid field of each kind (blank is valid for optional fields). */
function goodText(info: FieldInfo): fc.Arbitrary<string> {
  switch (info.kind) {
    case "timestamp":
      return goodIso;
    case "number":
      return goodNumber(info.bounds).chain(spell);
    case "boolean":
      return fc.constantFrom("true", "false", "TRUE", "False", " yes ", "No", "1", "0", "");
    case "text":
      return fc.string({ maxLength: 24 });
    case "id":
      return fc.oneof(fc.stringMatching(/^T-\d{1,7}$/), fc.string({ minLength: 1, maxLength: 14 }));
    case "choice":
      return fc.constantFrom(...info.choices);
    case "labels":
      return fc.constantFrom("billing vip", "a;b", " late , vip ", "x|y|x", "one", ";;", "", "a b;c");
  }
}

/** Typed JSON values of a valid field of each kind. */
function goodTyped(info: FieldInfo): fc.Arbitrary<unknown> {
  switch (info.kind) {
    case "timestamp":
      return fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.date({ noInvalidDate: true }));
    case "number":
      return goodNumber(info.bounds);
    case "boolean":
      return fc.constantFrom(true, false, 1, 0);
    case "id":
      return fc.integer();
    default:
      return goodText(info);
  }
}

/** Strings a CSV cell may hold for a field of each kind: blank ones, bad ones, odd ones. */
const badText: Record<FieldInfo["kind"], fc.Arbitrary<string>> = {
  timestamp: fc.oneof(isoText, fc.constantFrom("", " ", "yesterday", "2024-02-29", "2023-02-29", "2024-04-31 10:00", "2024-01-01 24:00", "1700000000000"), fc.string({ maxLength: 8 })),
  number: fc.oneof(
    fc.double().map(String),
    fc.constantFrom("", " ", "-0", ".5", "5.", "5.5", "-1", "11", "1e400", "0x10", "Infinity", "NaN", "abc", "1,5", "9007199254740993", "\u00a03"),
  ),
  boolean: fc.constantFrom("maybe", " ", "t", "2", "Y"),
  text: fc.constantFrom("", "  ", "\u00a0", "\ufeffx"),
  id: fc.constantFrom("", " ", "\u3000"),
  choice: fc.constantFrom("", " ", "other", "Solved", "open ", "NPS"),
  labels: fc.constantFrom("", " ", ",", "\u00a0a", "a\tb"),
};

/** Typed JSON values for a field of each kind that are bad or odd. */
const badTyped: Record<FieldInfo["kind"], fc.Arbitrary<unknown>> = {
  timestamp: fc.oneof(fc.date({ noInvalidDate: false }), fc.constantFrom(null, true, Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, 1.5, {})),
  number: fc.oneof(fc.double(), fc.constantFrom(null, true, false, -0, 2 ** 53, [], "3")),
  boolean: fc.constantFrom(-0, 2, null, "yes", []),
  text: fc.constantFrom(5, null, true, {}),
  id: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5, null, true, {}),
  choice: fc.constantFrom(1, null, true),
  labels: fc.constantFrom(["a", "b"], [], ["a", 1], [" x ", "x"], "a", null, 5),
};

function cellFor(info: FieldInfo | undefined, typed: boolean): fc.Arbitrary<unknown> {
  if (info === undefined) {
    // A field that is not one of ours (the events of a ticket): mostly blank.
    const events = fc.constantFrom([], [{ at: "2024-01-01T00:00:00Z", type: "status", status: "open" }], [{ at: "x", type: "message" }]);
    return typed ? fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("[]") }, { weight: 1, arbitrary: events }) : fc.constantFrom("", "", "", "[]");
  }
  const good = typed ? fc.oneof(goodText(info), goodTyped(info)) : goodText(info);
  const bad = typed ? fc.oneof(badText[info.kind], badTyped[info.kind]) : badText[info.kind];
  return fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad });
}

/** How a field is mapped: not at all, to another column, with a unit, with translations. */
function sourceFor(field: string, info: FieldInfo | undefined) {
  const translations = fc.dictionary(
    fc.constantFrom("Resolved", "In Progress", "1", "true", "N/A", "x", "0", "yes"),
    fc.constantFrom<string | number | boolean | null>("solved", "open", "nps", "answered", "assisted", "message", null, 3, 0, true, "", "2024-01-01"),
    { maxKeys: 3 },
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant({ column: field, entry: undefined as unknown }) },
    { weight: 2, arbitrary: fc.constant({ column: `col ${field}`, entry: `col ${field}` as unknown }) },
    { weight: 1, arbitrary: fc.record({ column: fc.constant(`src_${field}`), values: translations }).map(({ column, values }) => ({ column, entry: { column, values } as unknown })) },
    ...(info?.kind === "number" && info.duration === true
      ? [{ weight: 2, arbitrary: fc.record({ unit: fc.constantFrom(...UNITS), values: fc.option(translations, { nil: undefined }) }).map(({ unit, values }) => ({ column: `u_${field}`, entry: { column: `u_${field}`, unit, ...(values === undefined ? {} : { values }) } as unknown })) }]
      : []),
  );
}

function scenario(schema: RecordSchema) {
  const shape = schema.shape as Record<string, object>;
  const fields = Object.keys(shape).map((field) => ({ field, info: fieldKinds.get(shape[field] as object) }));
  return fc.record({ typed: fc.boolean(), timeZone: fc.constantFrom(...ZONES), sources: fc.tuple(...fields.map(({ field, info }) => sourceFor(field, info))) }).chain(({ typed, timeZone, sources }) => {
    const cells = fields.map(({ info }) => cellFor(info, typed));
    // Required fields are there in most rows, the others in half of them.
    const presence = fields.map(({ info }) => (info?.optional === false ? fc.integer({ min: 0, max: 19 }).map((n) => n > 0) : fc.boolean()));
    const row = fc
      .tuple(fc.tuple(...cells), fc.tuple(...presence), fc.constantFrom({}, { junk: "1" }, { note: "", Created: "2024-01-01" }))
      .map(([values, present, extra]) => {
        const out: Record<string, unknown> = { ...extra };
        sources.forEach((s, i) => {
          if (present[i] === true) out[s.column] = values[i];
        });
        return out;
      });
    const mapping = Object.fromEntries(fields.flatMap(({ field }, i) => (sources[i]?.entry === undefined ? [] : [[field, sources[i].entry]])));
    return fc.record({ schema: fc.constant(schema), typed: fc.constant(typed), timeZone: fc.constant(timeZone), mapping: fc.constant(mapping), rows: fc.array(row, { minLength: 1, maxLength: 12 }) });
  });
}

for (const [name, schema] of Object.entries(SCHEMAS)) {
  test.prop([scenario(schema)])(`${name}: the fast path returns exactly what the zod path returns, for rows and for CSV cells`, ({ typed, timeZone, mapping, rows }) => {
    const options = { mapping, timeZone } as never;
    const withFast = createRowParser("parseRecords", schema, options);
    const zodOnly = createRowParser("parseRecords", schema, options, false);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const fromCells = withFast.cells(columns);
    expect(fromCells).not.toBeNull();
    rows.forEach((row, index) => {
      const expected = zodOnly.parse(row, index);
      const actual = withFast.parse(row, index);
      expect(actual).toStrictEqual(expected);
      if (actual.ok && expected.ok) expect(Object.keys(actual.record as object)).toEqual(Object.keys(expected.record as object));
      if (!typed) {
        // As the reader gives them: every column of the header, "" where the row has no value.
        const cells = columns.map((c) => (Object.hasOwn(row, c) ? (row[c] as string) : ""));
        const asRow = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
        const viaZod = zodOnly.parse(asRow, index);
        const record = fromCells?.(cells);
        if (record !== undefined) {
          expect(viaZod.ok).toBe(true);
          expect(record).toStrictEqual(viaZod.ok ? viaZod.record : undefined);
          expect(Object.keys(record as object)).toEqual(Object.keys(viaZod.ok ? (viaZod.record as object) : {}));
        }
      }
    });
  });
}

/** Rows that are valid and plain: the fast path must take every one of them itself. */
const cleanTicket = fc.record({
  id: fc.stringMatching(/^T-\d{1,7}$/),
  created: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  reply: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined }),
  status: fc.constantFrom("Resolved", "In Progress", "pending", ""),
  minutes: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  fcr: fc.constantFrom("true", "False", "yes", "0", ""),
  agent: fc.string({ maxLength: 20 }),
  offset: fc.boolean(),
});

test.prop([fc.array(cleanTicket, { minLength: 1, maxLength: 30 }), fc.constantFrom(...ZONES)])("valid rows never fall back to zod", (tickets, timeZone) => {
  const mapping = {
    id: "Ticket ID",
    createdAt: "Created",
    firstResponseAt: "First reply",
    status: { column: "Status", values: { Resolved: "solved", "In Progress": "open" } },
    firstResponseMs: { column: "FRT (min)", unit: "minutes" },
    csat: "CSAT",
    firstContactResolved: "FCR",
    agent: "Agent",
  } as const;
  const sources = resolveMapping("parseRecords", ticketSchema, mapping, { timeZone, dateFormat: undefined, decimal: undefined, thousands: undefined });
  const fast = fastRows(ticketSchema, sources, timeZone);
  const zodOnly = createRowParser("parseRecords", ticketSchema, { mapping, timeZone }, false);
  const columns = ["Ticket ID", "Created", "First reply", "Status", "FRT (min)", "CSAT", "FCR", "Agent", "Unused"];
  const fromCells = fast?.cells(columns);
  for (const t of tickets) {
    const created = new Date(t.created).toISOString();
    const cells = [
      t.id,
      t.offset ? created : created.replace("T", " ").slice(0, -1),
      t.reply === undefined ? "" : new Date(t.created + t.reply + (t.offset ? 0 : 86_400_000)).toISOString(),
      t.status,
      t.minutes === undefined ? "" : String(t.minutes),
      t.csat === undefined ? "" : `${t.csat}.0`,
      t.fcr,
      t.agent,
      "x",
    ];
    const row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
    const expected = zodOnly.parse(row, 0);
    expect(expected.ok).toBe(true);
    expect(fast?.row(row)).toStrictEqual(expected.ok ? expected.record : null);
    expect(fromCells?.(cells)).toStrictEqual(expected.ok ? expected.record : null);
  }
});

/** Calls with and without a wait: an abandoned call may have none, an answered one may not. */
const callRow = fc.record({
  outcome: fc.constantFrom("answered", "abandoned", " Abandoned ", "ANSWERED", "", "hung up"),
  wait: fc.oneof(fc.constantFrom(undefined, "", " ", "0", "x", "-1", "0:00:12"), fc.nat({ max: 600_000 }).map(String)),
  queue: fc.constantFrom(undefined, "", "billing"),
});

test.prop([fc.array(callRow, { minLength: 1, maxLength: 30 }), fc.boolean()])(
  "callSchema: the fast path takes every abandoned call without a wait itself, and leaves an answered one without a wait to zod, which rejects it",
  (calls, mapped) => {
    const mapping = mapped ? { waitMs: { column: "Queue time (s)", unit: "seconds" }, outcome: "Result" } : {};
    const [waitColumn, outcomeColumn] = mapped ? ["Queue time (s)", "Result"] : ["waitMs", "outcome"];
    const sources = resolveMapping("parseRecords", callSchema, mapping, { timeZone: "UTC", dateFormat: undefined, decimal: undefined, thousands: undefined });
    const fast = fastRows<Record<string, unknown>>(callSchema, sources, "UTC");
    const zodOnly = createRowParser("parseRecords", callSchema, { mapping } as never, false);
    const columns = [waitColumn, outcomeColumn, "queue"];
    const fromCells = fast?.cells(columns);
    for (const c of calls) {
      const row: Record<string, unknown> = { [outcomeColumn]: c.outcome, queue: c.queue };
      if (c.wait !== undefined) row[waitColumn] = c.wait;
      const expected = zodOnly.parse(row, 0);
      const noWait = c.wait === undefined || c.wait.trim() === "";
      const outcome = c.outcome.trim().toLowerCase();
      if (noWait && outcome === "abandoned") {
        expect(expected).toStrictEqual({ ok: true, record: { outcome: "abandoned", ...(c.queue ? { queue: c.queue } : {}) } });
        expect(fast?.row(row)).toStrictEqual(expected.ok ? expected.record : null);
      }
      if (noWait && outcome === "answered") {
        expect(expected.ok ? [] : expected.issues.map((i) => i.field)).toEqual(["waitMs"]);
        expect(fast?.row(row)).toBeUndefined();
      }
      const viaFast = fast?.row(row);
      if (viaFast !== undefined) expect(expected).toStrictEqual({ ok: true, record: viaFast });
      // As a CSV reader gives the row: every column, "" where there is no value.
      const cells = columns.map((k) => (typeof row[k] === "string" ? (row[k] as string) : ""));
      const fromCsv = fromCells?.(cells);
      const csvExpected = zodOnly.parse(Object.fromEntries(columns.map((k, i) => [k, cells[i]])), 0);
      if (fromCsv !== undefined) expect(csvExpected).toStrictEqual({ ok: true, record: fromCsv });
      else if (noWait && outcome === "abandoned") expect.unreachable("an abandoned call without a wait left to zod");
    }
  },
);
