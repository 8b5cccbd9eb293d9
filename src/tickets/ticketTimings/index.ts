export { ticketTimings } from "./ticketTimings.js";
export type { TicketTimings, TicketTimingsOptions } from "./ticketTimings.js";
export { EVENT_AUTHORS, TICKET_STATUSES } from "../../records/ticket.js";
export type { EventAuthor, Ticket, TicketEvent, TicketStatus } from "../../records/ticket.js";
export type { TimestampInput } from "../../_lib/time/instant.js";
