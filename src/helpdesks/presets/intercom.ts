/**
 * Intercom's conversation export.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

const SECONDS = { unit: "seconds" } as const;

/**
 * Intercom's export of the Conversation dataset (Reports, a conversation report's data exported
 * as CSV, or the Reporting Data Export API), one row per conversation.
 *
 * @remarks
 * Intercom names the dataset's attributes (`Conversation ID`, `Conversation started at`,
 * `Conversation first replied at`); the CSV writes each date column's time zone after its name,
 * `Conversation started at (America/New_York)`, and the dates as `yyyy-MM-dd HH:mm:ss` in that
 * zone: the preset matches the name under any zone and reads the dates in it (`--tz` overrides).
 * Durations are seconds: first response time (from the customer's first message to the first
 * teammate reply) and time to close (to the last close), over all hours, or with
 * `hours: "business"` the "within office hours" columns. The conversation rating is 1–5. Column
 * names other than the dataset's documented attributes come from exports seen in public code
 * (Intercom does not list the CSV's columns): check yours with `init` or `validate`.
 *
 * @see https://www.intercom.com/help/en/articles/7022438-reporting-metrics-attributes (the Conversation dataset)
 * @see https://www.intercom.com/help/en/articles/6762778-reporting-metrics-for-rest-api-and-csv-exports (durations in seconds, office hours)
 * @see docs/presets/intercom.md
 * @category Helpdesks
 */
export const intercom: HelpdeskPreset = {
  name: "intercom",
  tool: "Intercom",
  export: "the Conversation dataset: Reports > a conversation report > export its data as CSV (or the Reporting Data Export API)",
  source: "https://www.intercom.com/help/en/articles/7022438-reporting-metrics-attributes",
  dates: "yyyy-MM-dd HH:mm:ss in the zone each date column names in its header (the workspace's)",
  dateFormat: "yyyy-MM-dd HH:mm:ss",
  csatScale: "1-5",
  signature: ["Conversation ID", "Conversation started at"],
  columns: [
    { column: "Conversation ID", aliases: ["conversation_id"], field: "id", meaning: "the conversation's id" },
    { column: "Conversation started at", field: "createdAt", zoneInHeader: true, meaning: "when the conversation started (the dataset's time attribute)" },
    { column: "Conversation created at", zoneInHeader: true, meaning: "when the conversation object was created; not read" },
    { column: "Conversation first replied at", zoneInHeader: true, meaning: "the first teammate reply; not read (First response time holds the wait)" },
    { column: "Conversation last closed at", field: "resolvedAt", zoneInHeader: true, meaning: "the last close" },
    { column: "Current conversation state", field: "status", read: { values: { Open: "open", Closed: "closed", Snoozed: "pending" } }, meaning: "Open, Closed or Snoozed (snoozed: waiting, read as pending)" },
    { column: "Channel", field: "channel", meaning: "Chat, Email, Instagram, Facebook …" },
    { column: "Conversation priority", field: "priority", meaning: "Priority or Not Priority" },
    { column: "Teammate currently assigned", field: "agent", meaning: "the teammate assigned at export time" },
    { column: "Team currently assigned", field: "team", meaning: "the team assigned at export time" },
    { column: "User ID", field: "customerId", meaning: "the customer" },
    { column: "Conversation tag", field: "tags", meaning: "the conversation's tags, separated by commas" },
    { column: "Last teammate rating", field: "csat", meaning: "the customer's last rating of a teammate, 1–5 (the 1–5 CSAT scale)" },
    { column: "Number of reassignments", field: "reassignments", meaning: "how many times the conversation was reassigned" },
    { column: "Resolved on first contact", field: "firstContactResolved", meaning: "true when closed once with one teammate taking part" },
    { column: "First response time (seconds)", field: "firstResponseMs", read: SECONDS, hours: "calendar", meaning: "the customer's first message to the first teammate reply, all hours" },
    { column: "First response time, only within office hours (seconds)", field: "firstResponseMs", read: SECONDS, hours: "business", meaning: "the same within office hours" },
    { column: "Time to close (seconds)", field: "resolutionMs", read: SECONDS, hours: "calendar", meaning: "the customer's first message to the last close, all hours" },
    { column: "Time to close, within office hours (seconds)", field: "resolutionMs", read: SECONDS, hours: "business", meaning: "the same within office hours" },
    { column: "Handling time (seconds)", field: "handleMs", read: SECONDS, meaning: "the time teammates handled the conversation (open and assigned to them)" },
    { column: "Started by", meaning: "who started the conversation; not read (group by it with by)" },
    { column: "Fin AI Agent involved", meaning: "true or false; not read (group by it with by)" },
  ],
};
