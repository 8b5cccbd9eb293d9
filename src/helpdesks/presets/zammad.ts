/**
 * The Zammad reporting workbook.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

const MINUTES = { unit: "minutes" } as const;

/**
 * Zammad's ticket download from Reporting (a report profile, a period, then "Preview and
 * download"): an Excel workbook, one row per ticket.
 *
 * @remarks
 * The workbook opens with the report's title in row 1 and an empty row 2; the header is row 3
 * (`headerRow: 3`), and after the tickets a last line names the time zone of every date in it,
 * `Timezone: Europe/Berlin` (the word is translated, the zone is not): a note, not a row, whose
 * zone becomes the preset's `timeZone`. Dates are spreadsheet date cells (wall times in that
 * zone). The headers are written in English whatever the user's language. States are Zammad's
 * defaults (new, open, pending reminder, pending close, closed; both pending states pause its
 * SLA clock), priorities `1 low`, `2 normal`, `3 high`. First response and resolution come from
 * `First Response At` and `Closed At` in calendar time; the `… In Min` columns are Zammad's own
 * SLA durations in working minutes of the SLA's calendar, pending time left out, read with
 * `hours: "business"` (empty for a ticket no SLA applies to). Custom ticket attributes come as
 * extra columns between `Time Units Total` and `Created At`, under their display names.
 *
 * @see https://user-docs.zammad.org/en/latest/extras/reporting.html (the download)
 * @see https://github.com/zammad/zammad/blob/develop/lib/excel_sheet/ticket.rb (the columns; lib/excel_sheet.rb the layout)
 * @see docs/presets/zammad.md
 * @category Helpdesks
 */
export const zammad: HelpdeskPreset = {
  name: "zammad",
  tool: "Zammad",
  export: "the reporting workbook: Reporting > a report profile and period > Preview and download (.xlsx)",
  source: "https://user-docs.zammad.org/en/latest/extras/reporting.html",
  dates: "spreadsheet date cells in the time zone the workbook's last line names (Timezone: …), Zammad's default zone unless the download asked for another",
  headerRow: 3,
  notes: [
    {
      pattern: "^[^:0-9]+:\\s*([A-Za-z_]+(?:/[A-Za-z0-9_+\\-]+)*)\\s*$",
      timeZone: true,
      meaning: "the workbook's last line, Timezone: <zone> (the word in the user's language): the time zone of every date in it",
    },
  ],
  signature: ["#", "State", "Create Channel", "First Response In Min", "Close In Min"],
  columns: [
    { column: "#", aliases: ["Number"], field: "id", meaning: "the ticket number" },
    { column: "Title", meaning: "not read" },
    {
      column: "State",
      field: "status",
      read: { values: { "pending reminder": "pending", "pending close": "pending" } },
      meaning: "new, open, pending reminder, pending close (both pending) or closed at download time; states of your own need an entry",
    },
    {
      column: "Priority",
      field: "priority",
      read: { values: { "1 low": "low", "2 normal": "normal", "3 high": "high" } },
      meaning: "1 low, 2 normal or 3 high (read as low, normal, high)",
    },
    { column: "Group", field: "team", meaning: "the group the ticket is in" },
    { column: "Owner", field: "agent", read: { values: { "-": null } }, meaning: "the owner's full name (- when nobody owns it: no agent)" },
    { column: "Customer", field: "customerId", meaning: "the customer's full name: the customer of repeat-contact KPIs (two customers of one name are one)" },
    { column: "Organization", meaning: "the customer's organization; not read (group by it with by)" },
    { column: "Create Channel", field: "channel", meaning: "the type of the ticket's first article: email, phone, web, chat, sms, note …" },
    { column: "Sender", meaning: "who wrote the first article (Customer, Agent, System); not read" },
    { column: "Tags", field: "tags", meaning: "the ticket's tags, separated by commas" },
    { column: "Time Units Total", meaning: "the time accounted on the ticket, in the account's unit; not read" },
    { column: "Created At", field: "createdAt", meaning: "when the ticket was created" },
    { column: "Updated At", meaning: "the last update; not read" },
    {
      column: "Closed At",
      field: "resolvedAt",
      hours: "calendar",
      meaning: "when the ticket was closed (the close its SLA measures): resolution time from creation, in calendar time (with hours: \"business\" Close In Min is read instead, and a closed ticket without it is left out of resolution time, not measured on the other clock)",
    },
    { column: "Last Closed At", meaning: "the latest close of a ticket closed more than once (newer versions); not read" },
    { column: "Close Escalation At", meaning: "when the ticket breaches its resolution target; not read" },
    { column: "Close In Min", field: "resolutionMs", read: MINUTES, hours: "business", meaning: "creation to close in working minutes of the SLA's calendar, pending time left out (empty without an SLA)" },
    { column: "Close Diff In Min", hours: "business", meaning: "the resolution target minus Close In Min (negative: breached); not read" },
    { column: "First Response At", field: "firstResponseAt", hours: "calendar", meaning: "the first agent response: first response time from creation, in calendar time" },
    { column: "First Response Escalation At", meaning: "when the ticket breaches its first response target; not read" },
    { column: "First Response In Min", field: "firstResponseMs", read: MINUTES, hours: "business", meaning: "creation to first response in working minutes of the SLA's calendar (empty without an SLA)" },
    { column: "First Response Diff In Min", hours: "business", meaning: "the first response target minus First Response In Min (negative: breached); not read" },
    { column: "Update Escalation At", meaning: "not read" },
    { column: "Update In Min", hours: "business", meaning: "the longest wait for an agent's update, in working minutes; not read (no record field holds it)" },
    { column: "Update Diff In Min", hours: "business", meaning: "not read" },
    { column: "Last Contact At", meaning: "not read" },
    { column: "Last Contact Agent At", meaning: "not read" },
    { column: "Last Contact Customer At", meaning: "not read" },
    { column: "Article Count", meaning: "articles of every kind (the customer's, agents', notes); not read (not the replies)" },
    { column: "Escalation At", meaning: "the next escalation; not read" },
  ],
};
