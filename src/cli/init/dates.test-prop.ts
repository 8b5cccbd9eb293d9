/**
 * `init` tells a date layout from the cells, against date-fns 4 as the writer: random tickets
 * whose creation times date-fns `format` writes with a random candidate pattern (in UTC) get
 * that very pattern proposed, and the proposed mapping reads every creation time back.
 *
 * Every sample holds 2024-10-29 13:45:07.123 (a day above 12, so the day-month order shows; an
 * afternoon hour, so 12-hour layouts show PM; October, whose short and long names differ) and
 * 2024-01-05 03:04:05.006 (one-digit month, day and hour: no ISO reading). With those two, exactly
 * one candidate reads the cells.
 */
import { fc, test } from "@fast-check/vitest";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect } from "vitest";
import { parseRecords } from "../../schemas/parseRecords.js";
import { ticketSchema } from "../../schemas/tickets.js";
import { DATE_PATTERNS, dateLayout } from "./dates.js";
import { proposeMapping } from "./propose.js";

const UTC = { in: tz("UTC") };
const FIXED = [Date.UTC(2024, 9, 29, 13, 45, 7, 123), Date.UTC(2024, 0, 5, 3, 4, 5, 6)];

/** The instant as the pattern keeps it: to the day, minute, second or millisecond. */
function kept(ms: number, pattern: string): number {
  const unit = pattern.includes("SSS") ? 1 : pattern.includes("ss") ? 1000 : pattern.includes("mm") ? 60_000 : 86_400_000;
  return ms - (ms % unit);
}

// 2000–2060: two-digit years read 00–68 as 2000–2068
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 11, 31) });

describe("date layouts proposed from cells written by date-fns", () => {
  test.prop([fc.constantFrom(...DATE_PATTERNS.map((p) => p.pattern)), fc.array(instant, { maxLength: 30 })], { numRuns: 300 })(
    "proposes the pattern that wrote the cells, and the mapping reads them back",
    (pattern, random) => {
      const times = [...FIXED, ...random].map((ms) => kept(ms, pattern));
      const rows = times.map((ms, i) => ({ "Ticket ID": `T-${i}`, Created: format(new Date(ms), pattern, UTC) }));
      const proposal = proposeMapping({ schemaName: "tickets", schema: ticketSchema, columns: ["Ticket ID", "Created"], rows, fileName: "tickets.csv" });
      expect(proposal.mapping).toEqual({ id: "Ticket ID", createdAt: { column: "Created", format: pattern } });
      expect(proposal.unsure).toEqual([]);
      const { records, rejected } = parseRecords(rows, ticketSchema, { mapping: proposal.mapping });
      expect(rejected).toEqual([]);
      expect(records.map((r) => r.createdAt.getTime())).toEqual(times);
    },
  );

  test.prop([fc.constantFrom(...DATE_PATTERNS.map((p) => p.pattern)), fc.array(instant, { maxLength: 30 })], { numRuns: 200 })(
    "cells written with two-digit parts (MM/dd/yyyy HH:mm) get the one-letter pattern, which reads them and unpadded ones alike",
    (pattern, random) => {
      const padded = pattern.replace(/\bM\b/g, "MM").replace(/\bd\b/g, "dd").replace(/\bH\b/g, "HH").replace(/\bh\b/g, "hh");
      const times = [...FIXED, ...random].map((ms) => kept(ms, pattern));
      const cells = times.map((ms) => format(new Date(ms), padded, UTC));
      const layout = dateLayout(cells);
      // zero-padded year-first text with 24-hour times is ISO 8601: nothing to declare
      if (layout?.format === undefined) expect(/^yyyy-M-d(?: H:mm(?::ss(?:\.SSS)?)?)?$/.test(pattern)).toBe(true);
      else expect(layout.format).toBe(pattern);
    },
  );
});
