/**
 * The Freshdesk ticket export.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

const CLOCK = { unit: "h:mm:ss" } as const;

/**
 * Freshdesk's ticket export (Tickets > a view > Export, CSV), one row per ticket.
 *
 * @remarks
 * Columns as Freshdesk's export dialog names them (sentence case; older accounts write Title
 * Case, `Created Time`, `Resolution Time (in Hrs)`: headers match in any case, and the other
 * spellings are aliases). Dates are written `yyyy-MM-dd HH:mm:ss` in the time zone of the agent
 * who made the export (the helpdesk's when the agent has none). "Initial response time" is the
 * instant of the first response (calendar time from creation); "First response time (in hrs)"
 * and "Resolution time (in hrs)" are business hours of the ticket's group calendar, written
 * `HH:MM:SS`, read with `hours: "business"`. Freshdesk writes `00:00:00` as the first response
 * time both of a ticket not yet answered and of one answered before its calendar opened: the
 * preset reads it as no value, so those tickets are left out of the business first response
 * (give the helpdesk's hours as a `calendar` instead to measure them from the instants); the
 * resolution time is read for resolved tickets only, where `00:00:00` is a real 0. Statuses are
 * Freshdesk's four defaults and the two older waiting ones (custom statuses need a `values`
 * entry of your own); "Survey results" holds the label of the last survey answer, read on the
 * 1–5 CSAT scale for the default labels of the classic 3-point survey (Awesome 5, Just Okay 3,
 * Not Good 1) and of the 5-point agreement survey.
 *
 * @see https://support.freshdesk.com/en/support/solutions/articles/50000000041 (how Freshdesk measures response and resolution)
 * @see docs/presets/freshdesk.md
 * @category Helpdesks
 */
export const freshdesk: HelpdeskPreset = {
  name: "freshdesk",
  tool: "Freshdesk",
  export: "the ticket export: Tickets > a ticket view (filters) > Export, CSV",
  source: "https://support.freshdesk.com/en/support/solutions/articles/50000000041",
  dates: "yyyy-MM-dd HH:mm:ss, in the time zone of the agent who made the export (else the helpdesk's), without an offset",
  dateFormat: "yyyy-MM-dd HH:mm:ss",
  signature: ["Ticket ID", "Created time", "Resolved time", "Initial response time"],
  columns: [
    { column: "Ticket ID", field: "id", meaning: "the ticket number" },
    { column: "Subject", meaning: "not read" },
    { column: "Description", meaning: "the first message (with the multi-line option); not read" },
    {
      column: "Status",
      field: "status",
      read: { values: { Open: "open", Pending: "pending", Resolved: "solved", Closed: "closed", "Waiting on Customer": "pending", "Waiting on Third Party": "on-hold" } },
      meaning: "Open, Pending, Resolved, Closed (and Waiting on Customer, Waiting on Third Party on older accounts); custom statuses need an entry of your own",
    },
    { column: "Priority", field: "priority", meaning: "Low, Medium, High or Urgent" },
    { column: "Source", field: "channel", meaning: "how the ticket came in: Email, Portal, Phone, Chat, Feedback Widget, Outbound Email …" },
    { column: "Type", meaning: "the ticket type (Question, Incident, Problem …); not read (group by it with by)" },
    { column: "Agent", field: "agent", meaning: "the agent assigned" },
    { column: "Group", field: "team", meaning: "the group assigned" },
    { column: "Created time", aliases: ["Created Time"], field: "createdAt", meaning: "when the ticket was created" },
    { column: "Due by Time", aliases: ["Due by time"], meaning: "the resolution due time of the SLA; not read" },
    { column: "Resolved time", aliases: ["Resolved Time"], field: "resolvedAt", meaning: "when it was resolved" },
    { column: "Closed time", aliases: ["Closed Time"], meaning: "when it was closed; not read (resolution is to Resolved time)" },
    { column: "Last update time", aliases: ["Last Updated Time", "Last updated time"], meaning: "not read" },
    { column: "Initial response time", aliases: ["Initial Response Time"], field: "firstResponseAt", hours: "calendar", meaning: "the instant of the first agent response: first response time from creation, in calendar time" },
    { column: "Time tracked", aliases: ["Time Tracked"], meaning: "time logged by agents, HH:MM; not read" },
    {
      column: "First response time (in hrs)",
      aliases: ["First Response Time (in Hrs)"],
      field: "firstResponseMs",
      read: { ...CLOCK, values: { "00:00:00": null } },
      hours: "business",
      meaning: "business hours from creation to the first response, HH:MM:SS (00:00:00: none, or before the calendar opened)",
    },
    {
      column: "Resolution time (in hrs)",
      aliases: ["Resolution Time (in Hrs)"],
      field: "resolutionMs",
      read: CLOCK,
      hours: "business",
      meaning: "business hours from creation to resolution, HH:MM:SS (read for resolved tickets only, where 00:00:00 is a resolution within closed hours)",
    },
    { column: "Agent interactions", aliases: ["Agent Interactions"], meaning: "agent replies and notes, public and private; not read (replies alone are not told apart)" },
    { column: "Customer interactions", aliases: ["Customer Interactions"], meaning: "customer messages; not read" },
    { column: "Resolution status", aliases: ["Resolution Status"], meaning: "Within SLA or SLA Violated; not read (slaCompliance measures it with your policy)" },
    { column: "First response status", aliases: ["First Response Status"], meaning: "Within SLA or SLA Violated; not read" },
    { column: "Every response status", aliases: ["Every Response Status"], meaning: "Within SLA or SLA Violated; not read" },
    { column: "Tags", field: "tags", meaning: "the ticket's tags, separated by commas" },
    {
      column: "Survey results",
      aliases: ["Survey Result"],
      field: "csat",
      read: {
        values: {
          Awesome: 5, "Just Okay": 3, "Not Good": 1,
          "Strongly Agree": 5, "Somewhat Agree": 4, Neutral: 3, "Somewhat Disagree": 2, "Strongly Disagree": 1,
        },
      },
      meaning: "the label of the last survey answer: the classic 3-point labels as 5, 3, 1 and the 5-point agreement labels as 5 to 1 on the 1–5 CSAT scale (other labels need entries of your own)",
    },
    { column: "Product", meaning: "not read (group by it with by)" },
    { column: "Contact ID", field: "customerId", meaning: "the requester: the customer of repeat-contact and retention KPIs" },
    { column: "Full name", meaning: "the requester's name; not read" },
    { column: "Email", meaning: "the requester's e-mail; not read" },
    { column: "Company Name", meaning: "not read (group by it with by)" },
  ],
};
