export { ticketTimings } from "./ticketTimings.js";
export type { TicketTimings, TicketTimingsOptions } from "./ticketTimings.js";
export { EVENT_AUTHORS, TICKET_STATUSES } from "../_lib/ticket.js";
export type { EventAuthor, Ticket, TicketEvent, TicketStatus } from "../_lib/ticket.js";
export type { TimestampInput } from "../../time/_lib/instant.js";
