/**
 * The Chatwoot CSAT responses download.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

/**
 * Chatwoot's download of CSAT survey responses (Reports > CSAT > Download), one row per answer:
 * read as survey responses (`surveyResponseSchema`), not tickets.
 *
 * @remarks
 * Chatwoot's other downloads (agents, inboxes, teams, labels) are averages per entity, not one
 * row per conversation, and cannot be read as records: this file is the only one of Chatwoot's
 * downloads that holds one row per contact. Each answer's `Rating` is 1–5 (the survey's five
 * faces), every row a CSAT answer (`type` is the constant `"csat"`). The conversation is named by
 * its link alone (`…/conversations/<number>`), read whole as the response's `ticketId`; the
 * agent as `Name (email)`. The file closes with a line `Reporting period <since> to <until>`: a
 * note, not a row. `Recorded date` is written in UTC the way Rails writes a time,
 * `2026-11-03 14:05:09 UTC` (inferred from Chatwoot's template, which does not format it: check
 * yours with `init`, and give `--date-format` when it differs).
 *
 * @see https://www.chatwoot.com/hc/user-guide/articles/1777328138-lesson-6-reports-and-metrics (reports and downloads)
 * @see https://github.com/chatwoot/chatwoot/blob/develop/app/views/api/v1/accounts/csat_survey_responses/download.csv.erb (the columns)
 * @see docs/presets/chatwoot.md
 * @category Helpdesks
 */
export const chatwoot: HelpdeskPreset = {
  name: "chatwoot",
  tool: "Chatwoot",
  export: "the CSAT responses download: Reports > CSAT > Download (CSV)",
  source: "https://github.com/chatwoot/chatwoot/blob/develop/app/views/api/v1/accounts/csat_survey_responses/download.csv.erb",
  schema: "surveys",
  dates: "yyyy-MM-dd HH:mm:ss UTC (Rails' way of writing a time, in UTC)",
  timeZone: "UTC",
  dateFormat: "yyyy-MM-dd HH:mm:ss 'UTC'",
  csatScale: "1-5",
  constants: { type: "csat" },
  notes: [{ pattern: "^Reporting period \\S+ to \\S+$", meaning: "the file's last line: the reporting period the responses were chosen by" }],
  signature: ["Rating", "Link to the conversation", "Recorded date"],
  columns: [
    { column: "Agent Name", field: "agent", meaning: "the conversation's agent, as Name (email); empty when none" },
    { column: "Rating", field: "score", meaning: "the answer, 1 to 5" },
    { column: "Feedback Comment", meaning: "the customer's comment; not read" },
    { column: "Contact Name", meaning: "not read" },
    { column: "Contact Email Address", field: "customerId", meaning: "the contact's e-mail: the customer" },
    { column: "Contact Phone Number", meaning: "not read" },
    { column: "Link to the conversation", field: "ticketId", meaning: "the conversation's link, ending in its number: the conversation surveyed" },
    { column: "Recorded date", field: "respondedAt", meaning: "when the answer was recorded" },
    { column: "Review Notes", meaning: "an agent's notes on the answer (enterprise editions); not read" },
  ],
};
