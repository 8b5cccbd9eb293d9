/**
 * The Jira Service Management issue export.
 *
 * @module
 */
import type { HelpdeskPreset } from "../types.js";

/**
 * Jira Service Management's CSV export of issues (an issue search or filter > Export > Export
 * Excel CSV, all fields or the current ones), one row per request.
 *
 * @remarks
 * Jira writes dates in its "complete date/time" layout, `dd/MMM/yy h:mm a` by default
 * (`15/Jan/26 3:45 PM`, admin-changeable), in the time zone of the user who exports; a field with
 * several values, such as `Labels` and `Comment`, takes one column per value under the same name,
 * which the preset reads joined (`duplicateColumns: "join"`). Statuses are your workflow's: the
 * preset reads those of the service project templates (Waiting for support, Waiting for customer,
 * In progress, Escalated, Pending, Resolved, Done, Closed, Canceled …); others need an entry of
 * your own. The SLA fields hold the time left on the target (`HH:MM`, negative when breached),
 * not the time taken: not read. First response comes from the `[CHART] Date of First Response`
 * field, resolution from `Resolved`, in calendar time (`--calendar` for business time). Column
 * names come from exports seen in public code (Atlassian does not list them): check yours with
 * `init`.
 *
 * @see https://support.atlassian.com/jira-service-management-cloud/docs/manage-how-work-flows-in-your-team-managed-service-project/ (statuses)
 * @see docs/presets/jira.md
 * @category Helpdesks
 */
export const jira: HelpdeskPreset = {
  name: "jira",
  tool: "Jira Service Management",
  export: "the issue export: an issue search or filter > Export > Export Excel CSV (all fields or current fields)",
  source: "https://support.atlassian.com/jira-service-management-cloud/docs/manage-how-work-flows-in-your-team-managed-service-project/",
  dates: "dd/MMM/yy h:mm a (the instance's default, 15/Jan/26 3:45 PM) in the time zone of the user who exported",
  dateFormat: "dd/MMM/yy h:mm a",
  duplicateColumns: "join",
  csatScale: "1-5",
  signature: ["Issue key", "Issue id", "Issue Type", "Created"],
  columns: [
    { column: "Summary", meaning: "not read" },
    { column: "Issue key", field: "id", meaning: "the request's key (SUP-123)" },
    { column: "Issue id", meaning: "Jira's numeric id; not read (the key identifies the request)" },
    { column: "Issue Type", meaning: "not read (group by it with by)" },
    {
      column: "Status",
      field: "status",
      read: {
        values: {
          Open: "open", Reopened: "open", "Waiting for support": "open", "In Progress": "open", "Work in progress": "open", Escalated: "open",
          "Waiting for customer": "pending", Pending: "on-hold", Resolved: "solved", Done: "solved", Completed: "solved", Closed: "closed", Canceled: "closed", Cancelled: "closed",
        },
      },
      meaning: "the workflow's status: the service project templates' names are read (waiting for the customer is pending, Pending is on-hold, Resolved and Done solved, Canceled closed)",
    },
    { column: "Priority", field: "priority", meaning: "Highest, High, Medium, Low, Lowest (your scheme's)" },
    { column: "Resolution", meaning: "Done, Won't Do …; not read" },
    { column: "Assignee", field: "agent", meaning: "the agent assigned" },
    { column: "Reporter", field: "customerId", meaning: "who raised the request: the customer" },
    { column: "Created", field: "createdAt", meaning: "when the request was raised" },
    { column: "Updated", meaning: "not read" },
    { column: "Resolved", field: "resolvedAt", meaning: "when it was resolved" },
    { column: "Labels", field: "tags", meaning: "the labels (one column per label in the file, read joined)" },
    { column: "Custom field (Request Type)", field: "category", meaning: "the request type of the portal" },
    { column: "Custom field ([CHART] Date of First Response)", field: "firstResponseAt", meaning: "the first response: first response time from creation, in calendar time" },
    { column: "Custom field (Time to first response)", meaning: "the SLA's time left (HH:MM, negative when breached); not read" },
    { column: "Custom field (Time to resolution)", meaning: "the SLA's time left; not read" },
    { column: "Satisfaction rating", field: "csat", meaning: "the customer's rating, 1–5" },
    { column: "Status Category", meaning: "To Do, In Progress, Done; not read (group by it with by)" },
    { column: "Comment", meaning: "the comments (one column per comment); not read" },
  ],
};
