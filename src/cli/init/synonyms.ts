/**
 * What exports call the record fields: per schema, per field, the column names seen in helpdesk
 * and contact-center exports, best first. Written as people write them; compared after
 * {@link columnName} (case, punctuation and units aside: `First reply time in minutes` is
 * `first reply time`).
 *
 * Sources of the export names: Zendesk Support's CSV export and its ticket metrics ("Id",
 * "Created at", "Solved at", "Via", "Assignee", "Group", "Satisfaction Score", "First reply time
 * in minutes", "Full resolution time in minutes", "Reopens"); Freshdesk's ticket export ("Ticket
 * ID", "Created time", "Resolved time", "Closed time", "Initial response time" (a timestamp),
 * "First response time (in hrs)", "Resolution time (in hrs)", "Time tracked", "Source", "Agent",
 * "Survey results"); Intercom's conversation export and reporting attributes ("Conversation
 * ID", "Conversation started at", "Conversation first replied at", "Conversation last closed
 * at", "Teammate currently assigned", "Team currently assigned", "Conversation rating", "Time to
 * first close", "Conversation handling time", "Conversation state"); ServiceNow's incident table
 * ("number", "incident_state", "contact_type", "opened_at", "resolved_at", "assignment_group");
 * and the generic names of contact-center and survey exports.
 *
 * Deliberately absent: Zendesk's "Requester wait time" and "Agent wait time" (time spent in
 * statuses, neither a first response nor a resolution), Freshdesk's "Resolution status" and
 * "First response status" (SLA met or not, not the ticket status), "Subject" (free text, not a
 * topic), "Queue" for tickets (a call field: a ticket queue is more often a view than a team), and
 * Zendesk's ticket metrics "assignee_stations" and "group_stations" for `reassignments`: they
 * count the agents or groups that held the ticket, so a ticket never moved has 1, not 0
 * (reassignments = stations − 1 for a ticket that was assigned).
 *
 * @module
 */

/** Field → names, best first. */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;

// The people and groups a record is assigned to, in every schema that has them.
const PEOPLE = {
  // Zendesk "Assignee", Freshdesk "Agent", Intercom "Teammate currently assigned"
  agent: ["agent name", "assignee", "assignee name", "assigned agent", "assigned to", "teammate", "teammate currently assigned", "teammate assigned", "owner", "ticket owner", "handled by", "responder", "rep", "representative", "user name", "bearbeiter"],
  // Zendesk "Group", Intercom "Team currently assigned", Jira "Assigned group"
  team: ["team name", "group", "group name", "assigned group", "assignment group", "team currently assigned", "team assigned", "department", "gruppe"],
};

// How the contact came in: Zendesk "Via", Freshdesk "Source", Intercom "Channel".
// ServiceNow "contact_type".
const CHANNEL = ["via", "source", "medium", "channel name", "ticket channel", "contact channel", "conversation channel", "contact type", "origin", "kanal"];

// Who the customer is: Zendesk "Requester id" / "Requester email", Freshdesk "Contact ID".
const CUSTOMER = ["customer", "customer id", "requester id", "requester external id", "requester email", "requester", "contact id", "contact email", "user id", "client id", "customer email", "email", "account id", "kunde", "kundennummer"];

const TICKETS: SynonymTable = {
  // Zendesk "Id", Freshdesk "Ticket ID", Intercom "Conversation ID", Jira "Issue key", Salesforce "Case Number"
  id: ["ticket id", "ticket number", "ticket no", "ticket", "ticket key", "case id", "case number", "case", "conversation id", "issue key", "issue id", "request id", "incident number", "number", "key", "reference", "ticketnummer", "ticket nr"],
  channel: CHANNEL,
  // Zendesk "Created at", Freshdesk "Created time", Intercom "Conversation started at"
  createdAt: ["created", "created date", "created time", "created on", "date created", "creation date", "creation time", "opened", "opened at", "opened date", "open date", "date opened", "submitted", "submitted at", "submitted on", "received at", "conversation started at", "conversation created at", "started at", "erstellt", "erstellt am", "date"],
  // Intercom "Conversation state", German "Zustand"
  status: ["state", "ticket status", "status name", "current status", "conversation state", "incident state", "zustand"],
  priority: ["ticket priority", "priority level", "severity", "prioritat"],
  team: PEOPLE.team,
  agent: PEOPLE.agent,
  customerId: CUSTOMER,
  // why people got in touch (not Zendesk's "Ticket type", which goes to category)
  topic: ["contact reason", "reason", "reason for contact", "intent", "topic name", "thema"],
  // Freshdesk "Initial response time" is the time of the first response; Intercom "Conversation first replied at"
  firstResponseAt: ["first response at", "first reply at", "first replied at", "first response date", "first reply date", "initial response time", "initial response at", "conversation first replied at", "first admin reply at", "first response time", "first reply time"],
  // Zendesk "Solved at", Freshdesk "Resolved time" then "Closed time", Intercom "Conversation last closed at"
  resolvedAt: ["resolved", "resolved at", "resolved time", "resolved date", "resolved on", "resolution date", "date resolved", "solved", "solved at", "solved date", "closed at", "closed time", "closed date", "date closed", "date solved", "closed", "conversation last closed at", "last closed at", "gelost am", "geschlossen am"],
  // Zendesk "First reply time in minutes", Freshdesk "First response time (in hrs)", Intercom "Time to first response"
  firstResponseMs: ["first response", "first response time", "first reply", "first reply time", "frt", "time to first response", "time to first reply", "time to admin reply", "first response duration", "response time", "reply time", "erste antwort", "erste reaktion"],
  // Zendesk "Full resolution time in minutes", Freshdesk "Resolution time (in hrs)", Intercom "Time to last close"
  resolutionMs: ["full resolution time", "full resolution", "resolution time", "time to resolve", "time to resolution", "time to last close", "time to close", "ttr", "resolution duration", "first resolution time", "time to first close", "losungszeit", "bearbeitungsdauer"],
  // Intercom "Conversation handling time", Freshdesk "Time tracked"
  handleMs: ["handle time", "handling time", "aht", "average handle time", "conversation handling time", "time tracked", "time spent", "work time", "effort time", "bearbeitung", "bearbeitungszeit"],
  // Zendesk "Satisfaction Score", Intercom "Conversation rating"
  csat: ["csat score", "csat rating", "satisfaction", "satisfaction score", "satisfaction rating", "customer satisfaction", "conversation rating", "rating", "zufriedenheit"],
  // and the question itself: "How likely are you to recommend us to a friend?"
  nps: ["nps score", "likelihood to recommend", "net promoter score", "recommend score", "ltr", "how likely are you to recommend", "likely to recommend"],
  ces: ["ces score", "customer effort", "customer effort score", "effort score"],
  surveySent: ["survey sent", "survey offered", "csat offered", "surveyed", "satisfaction offered"],
  // Intercom "Closed conversations on first contact"
  firstContactResolved: ["fcr", "first contact resolution", "first contact resolved", "resolved on first contact", "solved on first contact", "solved on 1st contact", "resolved on 1st contact", "closed on first contact", "one touch", "one touch resolution"],
  // Zendesk "Reopens", Intercom "count reopens"
  reopens: ["reopen count", "reopened count", "times reopened", "number of reopens", "count reopens", "reopened"],
  // Zendesk ticket metric "replies" (public agent replies), Explore "Agent replies"
  replies: ["agent replies", "public replies", "number of replies", "reply count", "replies count", "count replies", "agent reply count"],
  complaint: ["is complaint", "is a complaint", "complaint flag", "complaint ticket", "complained", "beschwerde"],
  escalated: ["escalation", "is escalated", "was escalated", "escalated ticket", "escalation flag", "eskaliert"],
  // not Zendesk's "assignee_stations" / "group_stations": those count holders (see above)
  reassignments: ["reassignment count", "number of reassignments", "times reassigned", "reassigned count", "count reassignments", "transfers", "transfer count", "number of transfers"],
  // Zendesk "Ticket type", Freshdesk "Type" and "Category"
  category: ["ticket category", "category name", "ticket type", "type", "issue type", "kategorie"],
  region: ["region name", "geo", "area"],
  country: ["country code", "country name", "land"],
};

const EVENTS: SynonymTable = {
  ticketId: ["ticket id", "ticket", "ticket number", "conversation id", "case id", "issue key"],
  at: ["timestamp", "time", "event time", "created at", "created", "occurred at", "happened at", "date"],
  // Intercom "part type"
  type: ["event type", "event", "part type", "kind", "message type"],
  // Intercom "message author type"
  author: ["author type", "author role", "author", "actor", "sender", "sender type", "message author type", "from"],
  public: ["is public", "visibility", "public comment"],
  automated: ["is automated", "automatic", "auto", "bot"],
  status: ["new status", "to status", "state", "status name"],
};

const SURVEYS: SynonymTable = {
  id: ["response id", "response", "survey response id", "answer id", "feedback id", "rating id"],
  ticketId: ["ticket id", "ticket", "ticket number", "case id", "case number", "conversation id"],
  customerId: CUSTOMER,
  type: ["survey type", "survey", "question type", "metric", "survey kind"],
  // a score column named after its survey also tells the survey's type (see TYPE_NAMES)
  score: ["rating", "answer", "value", "response score", "nps", "nps score", "likelihood to recommend", "how likely are you to recommend", "likely to recommend", "net promoter score", "csat", "csat score", "satisfaction", "satisfaction score", "ces", "ces score", "customer effort", "effort score"],
  sentAt: ["sent", "sent at", "survey sent at", "date sent", "sent on", "delivered at", "requested at"],
  respondedAt: ["responded", "responded at", "answered", "answered at", "answered on", "response date", "date responded", "submitted", "submitted at", "completed at", "rated at", "date"],
  channel: CHANNEL,
  agent: PEOPLE.agent,
  team: PEOPLE.team,
};

const CALLS: SynonymTable = {
  // "speed of answer" and "queue time" are waits as contact-center platforms export them
  waitMs: ["wait", "wait time", "waiting time", "queue time", "time in queue", "queue duration", "speed of answer", "asa", "time to answer", "answer time", "wartezeit"],
  // "abandoned" / "answered" columns hold yes/no: see vocabulary.ts
  outcome: ["result", "disposition", "call result", "call outcome", "call status", "status", "abandoned", "answered"],
  talkMs: ["talk time", "talk", "talk duration", "conversation time", "gesprachszeit"],
  holdMs: ["hold time", "hold", "on hold time", "hold duration", "haltezeit"],
  afterWorkMs: ["after call work", "after call work time", "acw", "wrap up", "wrap up time", "wrapup", "wrap time", "nachbearbeitung"],
  id: ["call id", "call", "interaction id", "contact id", "session id"],
  startedAt: ["started", "start time", "start", "call start", "call started", "call start time", "started at", "call date", "datetime", "timestamp", "created at", "date"],
  channel: CHANNEL,
  queue: ["queue name", "skill", "skill group", "split", "acd group", "hunt group", "warteschlange"],
  agent: PEOPLE.agent,
  team: PEOPLE.team,
};

const CONTACTS: SynonymTable = {
  id: ["contact id", "interaction id", "session id", "conversation id", "id number"],
  customerId: CUSTOMER,
  topic: ["contact reason", "reason", "intent", "topic name", "category"],
  channel: CHANNEL,
  startedAt: ["started", "start time", "start", "started at", "session start", "timestamp", "datetime", "date"],
  createdAt: ["created", "created date", "created time", "date created", "creation time"],
  kind: ["contact type", "type", "contact kind", "assisted"],
  agent: PEOPLE.agent,
  team: PEOPLE.team,
};

/** The synonym table of each schema of the command line. */
export const SYNONYMS: Readonly<Record<string, SynonymTable>> = { tickets: TICKETS, events: EVENTS, surveys: SURVEYS, calls: CALLS, contacts: CONTACTS };

/** Column or file names that tell a survey's type (a score column "Likelihood to recommend" is NPS). */
export const TYPE_NAMES: Readonly<Record<"nps" | "csat" | "ces", readonly string[]>> = {
  nps: ["nps", "nps score", "likelihood to recommend", "net promoter", "net promoter score", "recommend"],
  csat: ["csat", "csat score", "satisfaction", "satisfaction score", "customer satisfaction"],
  ces: ["ces", "ces score", "customer effort", "customer effort score", "effort score", "effort"],
};
