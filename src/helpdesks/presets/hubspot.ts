/**
 * The HubSpot tickets export.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

/**
 * HubSpot's export of tickets (CRM > Tickets > Export, or the CRM exports API), one row per
 * ticket, one column per property.
 *
 * @remarks
 * An export names each property by its label (`Create date`, `Ticket status`) or, when made with
 * internal names (the exports API's `exportInternalValuesOptions: ["NAMES", "VALUES"]`), by its
 * internal name (`createdate`, `hs_pipeline_stage`): the preset reads both, the internal names as
 * aliases. Statuses are the stages of HubSpot's default support pipeline (New, Waiting on
 * contact, Waiting on us, Closed; ids 1–4 in an export of internal values); a pipeline of your
 * own needs a `values` entry. First response and resolution come from the instants (first agent
 * reply date, close date) in calendar time; HubSpot's operating-hours durations
 * (`hs_time_to_first_response_in_operating_hours`, `hs_time_to_close_in_operating_hours`,
 * milliseconds) are read with `hours: "business"`. Datetimes are written in the time zone of the
 * user who exported, without an offset.
 *
 * @see https://developers.hubspot.com/docs/api/crm/exports (labels or internal names and values)
 * @see https://developers.hubspot.com/docs/methods/tickets/tickets-overview (ticket properties)
 * @see docs/presets/hubspot.md
 * @category Helpdesks
 */
export const hubspot: HelpdeskPreset = {
  name: "hubspot",
  tool: "HubSpot",
  export: "the tickets export: CRM > Tickets > Export (or the CRM exports API), CSV",
  source: "https://developers.hubspot.com/docs/api/crm/exports",
  dates: "yyyy-MM-dd HH:mm in the time zone of the user who exported, without an offset",
  signature: ["Ticket ID", "Ticket status", "Create date"],
  columns: [
    { column: "Ticket ID", aliases: ["hs_object_id", "Record ID"], field: "id", meaning: "the ticket's record id" },
    { column: "Ticket name", aliases: ["subject"], meaning: "not read" },
    { column: "Pipeline", aliases: ["hs_pipeline"], meaning: "the pipeline; not read (group by it with by)" },
    {
      column: "Ticket status",
      aliases: ["hs_pipeline_stage"],
      field: "status",
      read: { values: { New: "new", "Waiting on contact": "pending", "Waiting on us": "open", Closed: "closed", "1": "new", "2": "pending", "3": "open", "4": "closed" } },
      meaning: "the stage of the default support pipeline (New, Waiting on contact, Waiting on us, Closed; 1–4 as internal values); other pipelines need an entry of your own",
    },
    { column: "Priority", aliases: ["hs_ticket_priority"], field: "priority", meaning: "Low, Medium, High, Urgent (LOW … as internal values)" },
    { column: "Source", aliases: ["source_type"], field: "channel", meaning: "the channel it came in by: Email, Chat, Phone, Form …" },
    { column: "Ticket owner", aliases: ["hubspot_owner_id"], field: "agent", meaning: "the owner (a name, or an owner id as internal value)" },
    { column: "Category", aliases: ["hs_ticket_category"], field: "category", meaning: "the ticket's category (options of your account)" },
    { column: "Create date", aliases: ["createdate"], field: "createdAt", meaning: "when the ticket was created" },
    { column: "Close date", aliases: ["closed_date"], field: "resolvedAt", meaning: "when it was closed" },
    { column: "First agent email reply date", aliases: ["First agent reply date", "first_agent_reply_date"], field: "firstResponseAt", hours: "calendar", meaning: "the first agent reply: first response time from creation, in calendar time" },
    { column: "hs_time_to_first_response_in_operating_hours", field: "firstResponseMs", read: { unit: "ms" }, hours: "business", meaning: "HubSpot's first response time within operating hours, in milliseconds (by its internal name: export with internal names)" },
    { column: "hs_time_to_close_in_operating_hours", field: "resolutionMs", read: { unit: "ms" }, hours: "business", meaning: "HubSpot's time to close within operating hours, in milliseconds (by its internal name)" },
    { column: "Time to close", aliases: ["time_to_close"], hours: "calendar", meaning: "close date − create date; not read (the two instants give it)" },
    { column: "Last activity date", aliases: ["hs_lastactivitydate"], meaning: "not read" },
  ],
};
