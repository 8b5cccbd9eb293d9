/**
 * The Zendesk Support ticket CSV export.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

const MINUTES = { unit: "minutes" } as const;

/**
 * Zendesk Support's CSV export of tickets (Admin Center > Account > Tools > Reports > Export),
 * one row per ticket with the ticket's metrics at export time.
 *
 * @remarks
 * Columns from Zendesk's "Exporting data to a JSON, CSV, or XML file" (the CSV export's list of
 * fields and what each holds), the first-reply and resolution definitions from "About native
 * Support time duration metrics". The durations come twice, in calendar minutes and "within
 * business hours" (the account's schedule): the preset reads the calendar columns unless asked
 * for `hours: "business"`. Statuses are Zendesk's six (its Hold is servicekpi's `on-hold`);
 * Satisfaction Score is Good / Bad (Offered and Not Offered are no answer). Dates are written
 * in the account's time zone at export time, without an offset: give it as the reader's
 * `timeZone`.
 *
 * @see https://support.zendesk.com/hc/en-us/articles/4408886165402 (the CSV export and its fields)
 * @see https://support.zendesk.com/hc/en-us/articles/4408834848154 (time duration metrics)
 * @see docs/presets/zendesk.md
 * @category Helpdesks
 */
export const zendesk: HelpdeskPreset = {
  name: "zendesk",
  tool: "Zendesk Support",
  export: "the ticket CSV export: Admin Center > Account > Tools > Reports > Export > CSV export (e-mailed as a zip)",
  source: "https://support.zendesk.com/hc/en-us/articles/4408886165402",
  dates: "the account's default time zone at the time of the export, without an offset (give it with timeZone / --tz)",
  csatScale: "binary",
  signature: ["Id", "Via", "Created at", "Solved at", "Reopens"],
  columns: [
    { column: "Summation column", meaning: "1 on every row (a column for spreadsheet sums); not read" },
    { column: "Id", aliases: ["ID"], field: "id", meaning: "the ticket number" },
    { column: "Requester", meaning: "the requester's name; not read (Requester id identifies the customer)" },
    { column: "Requester id", aliases: ["Requester ID"], field: "customerId", meaning: "the requester's user id: the customer of repeat-contact and retention KPIs" },
    { column: "Requester external id", meaning: "the requester's id in another system; not read" },
    { column: "Requester email", meaning: "not read" },
    { column: "Requester domain", meaning: "the domain of the requester's e-mail; not read (group by it with by)" },
    { column: "Submitter", meaning: "who submitted the ticket (an agent when created on the customer's behalf); not read" },
    { column: "Assignee", field: "agent", meaning: "the agent assigned at export time" },
    { column: "Group", field: "team", meaning: "the group assigned at export time" },
    { column: "Subject", meaning: "not read" },
    { column: "Tags", field: "tags", meaning: "the ticket's tags at export time, separated by spaces (a tag has none)" },
    {
      column: "Status",
      field: "status",
      read: { values: { Hold: "on-hold", "On-hold": "on-hold", "On hold": "on-hold" } },
      meaning: "New, Open, Pending, On-hold (Hold), Solved or Closed at export time",
    },
    { column: "Priority", field: "priority", meaning: "Low, Normal, High or Urgent (empty when not set)" },
    { column: "Via", field: "channel", meaning: "the channel the ticket came in by (Mail, Web form, Chat, Phone call …), as Zendesk names it" },
    { column: "Ticket type", meaning: "Question, Incident, Problem or Task; not read (group by it with by)" },
    { column: "Created at", field: "createdAt", meaning: "when the ticket was created" },
    { column: "Updated at", meaning: "the last update; not read (Zendesk filters the export's date range on it)" },
    { column: "Assigned at", meaning: "the latest assignment to an agent; not read" },
    { column: "Organization", meaning: "the requester's organization; not read (group by it with by)" },
    { column: "Due date", meaning: "the due date of a Task; not read" },
    { column: "Initially assigned at", meaning: "the first assignment to an agent; not read" },
    { column: "Solved at", field: "resolvedAt", meaning: "the latest change to Solved (a ticket solved twice keeps the second)" },
    { column: "Resolution time", meaning: "hours from creation to the latest solve, rounded to whole hours; not read (the minutes below are exact)" },
    { column: "Satisfaction Score", field: "csat", meaning: "Good or Bad (1 and 0 on the binary CSAT scale); Offered (sent, unanswered) and Not Offered are no answer" },
    {
      column: "Satisfaction Score",
      field: "surveySent",
      read: { values: { Good: true, Bad: true, Offered: true, "Not Offered": false, Unoffered: false } },
      meaning: "read a second time: a survey was sent unless Not Offered (the response rate's denominator)",
    },
    { column: "Group stations", meaning: "how many groups the ticket was assigned to, the first included; not read" },
    { column: "Assignee stations", meaning: "how many agents the ticket was assigned to, the first included; not read (reassignments are one fewer)" },
    { column: "Reopens", field: "reopens", meaning: "how many times it went from Solved back to Open" },
    { column: "Replies", field: "replies", meaning: "how many public replies agents wrote" },
    { column: "First reply time in minutes", field: "firstResponseMs", read: MINUTES, hours: "calendar", meaning: "creation to the first public agent comment, in minutes" },
    { column: "First reply time in minutes within business hours", field: "firstResponseMs", read: MINUTES, hours: "business", meaning: "the same, counting the schedule's hours only" },
    { column: "First resolution time in minutes", hours: "calendar", meaning: "creation to the first solve; not read (resolution time is to the latest solve)" },
    { column: "First resolution time in minutes within business hours", hours: "business", meaning: "the same in business hours; not read" },
    { column: "Full resolution time in minutes", field: "resolutionMs", read: MINUTES, hours: "calendar", meaning: "creation to the latest solve, in minutes" },
    { column: "Full resolution time in minutes within business hours", field: "resolutionMs", read: MINUTES, hours: "business", meaning: "the same, counting the schedule's hours only" },
    { column: "Agent wait time in minutes", hours: "calendar", meaning: "time spent Pending; not read (no record field holds it)" },
    { column: "Agent wait time in minutes within business hours", hours: "business", meaning: "the same in business hours; not read" },
    { column: "Requester wait time in minutes", hours: "calendar", meaning: "time spent New and Open (and Solved before a reopen); not read" },
    { column: "Requester wait time in minutes within business hours", hours: "business", meaning: "the same in business hours; not read" },
    { column: "On hold time in minutes", hours: "calendar", meaning: "time spent On-hold; not read" },
    { column: "On hold time in minutes within business hours", hours: "business", meaning: "the same in business hours; not read" },
  ],
};
