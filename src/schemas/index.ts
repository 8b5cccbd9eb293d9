/**
 * servicekpi/schemas: zod schemas of the records (tickets, ticket events, survey responses,
 * calls, contacts), the row parser that maps, converts and validates rows from exports, and
 * JSON Schema for other languages. This entry depends on zod; the main entry does not.
 *
 * @packageDocumentation
 */
export { ticketSchema, ticketEventSchema } from "./tickets.js";
export { surveyResponseSchema } from "./surveys.js";
export { callSchema, contactSchema } from "./calls.js";
export { parseRecords } from "./parseRecords.js";
export { scaleKpiOptions, type ScaleKpiOptions } from "./scaleKpiOptions.js";
export { toJSONSchema } from "./toJSONSchema.js";
export type * from "./types.js";
export type { TicketRecord, TicketEventRecord, SurveyResponseRecord, CallRecord, ContactRecord } from "../records/types.js";
