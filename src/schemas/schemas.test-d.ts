import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type { CallRecord, ContactRecord, SurveyResponseRecord, TicketEventRecord, TicketRecord } from "../records/types.js";
import { callSchema, contactSchema, parseRecords, surveyResponseSchema, ticketEventSchema, ticketSchema } from "./index.js";

test("each schema's output is its record type", () => {
  expectTypeOf<z.output<typeof ticketSchema>>().toExtend<TicketRecord>();
  expectTypeOf<z.output<typeof ticketEventSchema>>().toExtend<TicketEventRecord>();
  expectTypeOf<z.output<typeof surveyResponseSchema>>().toExtend<SurveyResponseRecord>();
  expectTypeOf<z.output<typeof callSchema>>().toExtend<CallRecord>();
  expectTypeOf<z.output<typeof contactSchema>>().toExtend<ContactRecord>();
  expectTypeOf<z.output<typeof ticketSchema>["createdAt"]>().toEqualTypeOf<Date>();
  expectTypeOf<z.output<typeof ticketSchema>["csat"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<z.output<typeof callSchema>["waitMs"]>().toEqualTypeOf<number | undefined>(); // required of answered calls by a refinement
});

test("parseRecords types its records and mapping from the schema", () => {
  const { records } = parseRecords([], callSchema, { mapping: { waitMs: { column: "wait", unit: "seconds" } } });
  expectTypeOf(records).toEqualTypeOf<z.output<typeof callSchema>[]>();
  // @ts-expect-error: not a field of the call schema
  parseRecords([], callSchema, { mapping: { createdAt: "x" } });
  // @ts-expect-error: not a unit
  parseRecords([], callSchema, { mapping: { waitMs: { column: "wait", unit: "weeks" } } });
  // @ts-expect-error: not an onInvalid value
  parseRecords([], callSchema, { onInvalid: "ignore" });
});
