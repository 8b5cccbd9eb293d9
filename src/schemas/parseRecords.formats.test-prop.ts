/**
 * Exports as they come: timestamps in date-fns patterns (written by date-fns `format`, the
 * independent oracle), Excel serials, Unix times, a date column joined to a time-of-day column,
 * numbers with a decimal comma and thousands separators (written by `Intl.NumberFormat`), clock
 * durations, vocabularies in another case, a constant for a missing column. For random tickets
 * written that way, parseRecords gives back the tickets, the fast path and the zod path agree
 * record for record, and a cell that is not written as declared is a rejected row naming it.
 */
import { fc, test } from "@fast-check/vitest";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { expect } from "vitest";
import { parseRecords } from "./parseRecords.js";
import { createRowParser } from "./rowParser.js";
import { ticketSchema } from "./tickets.js";

const UTC = tz("UTC");
/** Patterns and the precision (ms) to which they keep an instant. */
const PATTERNS: readonly [string, number][] = [
  ["M/d/yyyy H:mm", 60_000],
  ["MM/dd/yyyy hh:mm:ss a", 1000],
  ["dd/MM/yy HH:mm", 60_000],
  ["d.M.yyyy HH:mm:ss", 1000],
  ["yyyy-MM-dd'T'HH:mm:ss.SSS", 1],
  ["dd MMM yyyy HH:mm", 60_000],
  ["MMMM d, yyyy h:mm aa", 60_000],
  ["yyyyMMddHHmmss", 1000],
];
const STATUSES = ["new", "open", "pending", "on-hold", "solved", "closed"] as const;
const truncate = (ms: number, to: number): number => Math.floor(ms / to) * to;
/** h:mm:ss(.f) written by hand from ms: hours, then two-digit minutes and seconds. */
const clock = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  const frac = ms % 1000;
  return `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}${frac === 0 ? "" : `.${String(frac).padStart(3, "0")}`}`;
};

const ticket = fc.record({
  id: fc.stringMatching(/^T-\d{1,6}$/),
  // two-digit years are read 1969–2068 (POSIX): keep the sample inside it
  created: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
  frt: fc.option(fc.integer({ min: 0, max: 100 * 3_600_000 }), { nil: undefined }),
  handle: fc.option(fc.double({ min: 0, max: 5_000, noNaN: true }), { nil: undefined }),
  status: fc.constantFrom(...STATUSES),
  spelling: fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => ` ${s[0]?.toUpperCase()}${s.slice(1)} `),
});

const layout = fc.oneof(
  fc.constantFrom(...PATTERNS).map(([pattern, precision]) => ({ kind: "pattern" as const, pattern, precision })),
  fc.constant({ kind: "excel" as const, pattern: "excel", precision: 1 }),
  fc.constant({ kind: "unix" as const, pattern: "unix", precision: 1000 }),
  fc.constant({ kind: "joined" as const, pattern: "dd/MM/yyyy", precision: 1000 }),
);
const locale = fc.constantFrom(["de-DE", ",", "."], ["fr-FR", ",", "\u202f"], ["en-US", ".", ","], ["de-CH", ".", "'"]) as fc.Arbitrary<[string, "," | ".", string]>;

test.prop([fc.array(ticket, { minLength: 1, maxLength: 15 }), layout, locale, fc.constantFrom("h:mm:ss", "minutes")])(
  "tickets written as exports write them come back as they were, through the fast path and zod alike",
  (tickets, how, [lang, decimal, thousands], frtUnit) => {
    const numbers = new Intl.NumberFormat(lang, { useGrouping: true, maximumFractionDigits: 6 });
    const rows = tickets.map((t) => {
      const when = new Date(t.created);
      const created: Record<string, string> =
        how.kind === "pattern" ? { Created: format(when, how.pattern, { in: UTC }) }
        : how.kind === "excel" ? { Created: String(t.created / 86_400_000 + 25_569) } // serial days since 1899-12-30 (Excel's 1900 system, past 1900-03-01)
        : how.kind === "unix" ? { Created: String(Math.floor(t.created / 1000)) }
        : { Created: format(when, "dd/MM/yyyy", { in: UTC }), At: format(when, "H:mm:ss", { in: UTC }) };
      return {
        "Ticket ID": t.id,
        ...created,
        State: t.spelling(t.status),
        FRT: t.frt === undefined ? "" : frtUnit === "h:mm:ss" ? clock(t.frt) : numbers.format(t.frt / 60_000),
        "Handle (s)": t.handle === undefined ? "" : numbers.format(t.handle),
      };
    });
    const createdAt = how.kind === "joined" ? { column: "Created", format: "dd/MM/yyyy", time: "At" } : { column: "Created", format: how.pattern };
    const mapping = {
      id: "Ticket ID",
      createdAt,
      status: "State",
      firstResponseMs: frtUnit === "h:mm:ss" ? { column: "FRT", unit: "h:mm:ss" } : { column: "FRT", unit: "minutes", decimal, thousands },
      handleMs: { column: "Handle (s)", unit: "seconds", decimal, thousands },
      channel: { value: "email" },
    } as const;
    const options = { mapping, timeZone: "UTC" } as never;
    const result = parseRecords(rows, ticketSchema, options);
    expect(result.rejected).toEqual([]);
    result.records.forEach((r, i) => {
      const t = tickets[i] as (typeof tickets)[number];
      expect(r.id).toBe(t.id);
      expect(r.createdAt.getTime()).toBe(truncate(t.created, how.precision));
      expect(r.status).toBe(t.status);
      expect(r.channel).toBe("email");
      // minutes written with six decimals: the ms back to within a unit of the last digit
      if (t.frt === undefined) expect(r.firstResponseMs).toBeUndefined();
      else if (frtUnit === "h:mm:ss") expect(r.firstResponseMs).toBe(t.frt);
      else expect(Math.abs((r.firstResponseMs as number) - t.frt)).toBeLessThanOrEqual(0.06);
      if (t.handle === undefined) expect(r.handleMs).toBeUndefined();
      else expect(Math.abs((r.handleMs as number) - t.handle * 1000)).toBeLessThanOrEqual(0.0006 * 1000);
    });
    // the fast path gives what zod gives, row by row and from cells
    const withFast = createRowParser("parseRecords", ticketSchema, options);
    const zodOnly = createRowParser("parseRecords", ticketSchema, options, false);
    const columns = Object.keys(rows[0] as object);
    const fromCells = withFast.cells(columns);
    rows.forEach((row, i) => {
      const viaZod = zodOnly.parse(row, i);
      expect(withFast.parse(row, i)).toStrictEqual(viaZod);
      const cells = fromCells?.(columns.map((c) => (row as Record<string, string>)[c] as string));
      if (cells !== undefined && viaZod.ok) expect(cells).toStrictEqual(viaZod.record);
    });
  },
);

test.prop([fc.constantFrom(...PATTERNS), fc.constantFrom("yesterday", "2024-10-29", "13/13/2024 10:00", "29/02/2023 10:00", "31/04/24 10:00", "10/29/2024 25:00", "")])(
  "a cell not written as the declared layout is a rejected row naming the field, the column and the layout (never read another way)",
  ([pattern], text) => {
    const result = parseRecords([{ id: "T", Created: text }], ticketSchema, { mapping: { createdAt: { column: "Created", format: pattern } } });
    expect(result.records).toEqual([]);
    const [issue] = result.rejected[0]?.issues ?? [];
    if (text === "") expect(issue?.message).toBe('createdAt (column "Created") is required');
    else expect(issue).toMatchObject({ field: "createdAt", column: "Created", value: text, message: `createdAt (column "Created") must be a timestamp written as ${JSON.stringify(pattern)}, got ${JSON.stringify(text)}` });
  },
);
