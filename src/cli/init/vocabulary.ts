/**
 * The words exports use for the schemas' fixed values (ticket status, call outcome, survey type,
 * event type and author, contact kind) and for scores written as words, with the record value
 * each one means. Compared lower case, accents and punctuation aside (`In Progress`,
 * `in_progress` and `IN-PROGRESS` are one word).
 *
 * @module
 */

type Words = Readonly<Record<string, string | number | null>>;

/** `"In_Progress"` → `"in progress"`. */
export const fold = (text: string): string =>
  text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

const word = (to: string | number | null, ...from: string[]): Words => Object.fromEntries(from.map((f) => [fold(f), to]));

/** Field → source word → record value. */
const CHOICE_WORDS: Readonly<Record<string, Words>> = {
  // ticket status (Zendesk's vocabulary: new, open, pending, on-hold, solved, closed), and event status
  status: {
    ...word("new", "unassigned", "untriaged", "neu", "nouveau", "nuevo"),
    ...word("open", "in progress", "escalated", "active", "assigned", "working", "reopened", "investigating", "in bearbeitung", "offen", "ouvert", "abierto"),
    ...word("pending", "waiting", "waiting on customer", "waiting for customer", "pending customer", "awaiting customer", "awaiting reply", "awaiting response", "awaiting user info", "customer reply", "wartend", "wartet auf kunde"),
    ...word("on-hold", "on hold", "hold", "waiting on third party", "waiting for third party", "awaiting third party", "awaiting problem", "awaiting vendor", "awaiting change", "awaiting evidence", "blocked"),
    ...word("solved", "resolved", "done", "completed", "complete", "fixed", "gelost", "erledigt", "resolu", "resuelto"),
    ...word("closed", "archived", "geschlossen", "ferme", "cerrado"),
  },
  // call outcome
  outcome: {
    ...word("answered", "handled", "connected", "completed", "accepted", "taken", "answered by agent", "inbound answered", "angenommen"),
    ...word("abandoned", "abandon", "missed", "dropped", "hung up", "hang up", "caller hung up", "unanswered", "no answer", "not answered", "lost", "abandoned in queue", "short abandon", "verpasst", "aufgelegt"),
  },
  // survey type
  type: {
    ...word("nps", "net promoter", "net promoter score", "nps survey", "recommend"),
    ...word("csat", "customer satisfaction", "satisfaction", "csat survey"),
    ...word("ces", "customer effort", "customer effort score", "effort", "ces survey"),
  },
  // event author
  author: {
    ...word("customer", "user", "requester", "end user", "enduser", "contact", "lead", "visitor", "client"),
    ...word("agent", "admin", "teammate", "staff", "support", "employee", "assignee"),
    ...word("bot", "operator", "fin", "chatbot", "ai agent"),
    ...word("system", "trigger", "automation", "workflow", "rule", "macro"),
  },
  // contact kind
  kind: {
    ...word("assisted", "agent", "human", "live", "assisted service"),
    ...word("self-service", "self service", "selfservice", "bot", "faq", "ivr", "help center", "knowledge base", "self help"),
  },
};

/** Event types: a message (a reply, a note) or a status change. */
const EVENT_TYPES: Words = {
  ...word("message", "comment", "reply", "public reply", "note", "internal note", "conversation message", "chat message", "email"),
  ...word("status", "status change", "status changed", "state change", "close", "open", "reopen", "snoozed", "unsnoozed"),
};

/** `abandoned` / `answered` columns of calls, holding yes/no. */
const CALL_FLAGS: Readonly<Record<string, Words>> = {
  abandoned: { ...word("abandoned", "yes", "true", "1", "y"), ...word("answered", "no", "false", "0", "n") },
  answered: { ...word("answered", "yes", "true", "1", "y"), ...word("abandoned", "no", "false", "0", "n") },
};

/**
 * Good/bad ratings (Zendesk's satisfaction `Good` / `Bad`, and their synonyms): 1 good, 0 bad, as
 * the reader's binary CSAT scale (`--csat-scale binary`) keeps them. `init` proposes that scale for
 * a score column holding them; the reader reads `Good` and `Bad` itself, the others are translated.
 */
const RATINGS: Words = {
  ...word(1, "good", "satisfied", "very satisfied", "happy"),
  ...word(0, "bad", "unsatisfied", "dissatisfied", "very dissatisfied", "unhappy"),
};
/** Cells of a score column that are no answer (`Offered`, `Unoffered`: a survey sent, not answered, or not sent). */
const NO_ANSWER: Words = word(null, "offered", "unoffered", "not offered", "n a", "na", "none", "no rating", "not rated");
const SCORE_WORDS: Words = { ...RATINGS, ...NO_ANSWER };

/** 1 for a good rating word (`Good`, `Satisfied`), 0 for a bad one (`Bad`, `Dissatisfied`), else `undefined`. */
export function ratingWord(source: string): 1 | 0 | undefined {
  const key = fold(source);
  return Object.hasOwn(RATINGS, key) ? (RATINGS[key] as 1 | 0) : undefined;
}

/**
 * The record value a source word means for a field of a schema (`"In Progress"` → `"open"`), or
 * `undefined` for a word not known. `column` names the column (a calls column `Abandoned` holds
 * yes/no); `null` means no value.
 */
export function translateWord(schema: string, field: string, column: string, source: string): string | number | null | undefined {
  const key = fold(source);
  const table =
    schema === "events" && field === "type" ? EVENT_TYPES
    : schema === "calls" && field === "outcome" && Object.hasOwn(CALL_FLAGS, fold(column)) ? CALL_FLAGS[fold(column)]
    : field === "csat" || field === "score" ? SCORE_WORDS
    : field === "nps" || field === "ces" ? NO_ANSWER
    : CHOICE_WORDS[field];
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
