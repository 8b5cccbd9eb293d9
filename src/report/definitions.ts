/**
 * Short definitions of the KPIs a report can show, for a report page's glossary: what each KPI
 * counts, its formula, and the repository page that defines it in full. The text follows the
 * library's own definitions (docs/kpis/, the summarize guide and the report guide); the doc pages
 * remain the reference.
 *
 * @module
 */

/** A KPI's short definition for a report page: its name, what it counts, and its formula in words/symbols. */
export interface KpiDefinition {
  /** The KPI's key in the report (`csat`, `firstResponseTime` …). */
  readonly kpi: string;
  /** Its display name ("CSAT", "First response time"). */
  readonly name: string;
  /** One or two plain sentences: what is counted, over which records, what is left out. */
  readonly definition: string;
  /** The formula, plain text with Unicode (×, ÷, −, ≤), e.g. "satisfied answers ÷ answers × 100". */
  readonly formula: string;
  /** The repository doc page for it, relative to the repository root (docs/kpis/csat.md). */
  readonly doc: string;
}

/** How every duration KPI is summarised in a report. */
const DURATION_STATS = "mean and percentiles (linear, R type 7)";

/** Builds one entry, its `kpi` being its key. */
const define = (kpi: string, name: string, definition: string, formula: string, doc: string): KpiDefinition =>
  Object.freeze({ kpi, name, definition, formula, doc: `docs/kpis/${doc}.md` });

const ENTRIES: readonly KpiDefinition[] = [
  define(
    "count",
    "Records",
    "The records in the group: in a ticket report its tickets and survey responses (every response, before ratings of one ticket are reduced to one). In a call report the same key counts the calls offered, answered and abandoned alike.",
    "tickets + survey responses; for calls, offered = answered + abandoned",
    "contact-volume",
  ),
  define(
    "csat",
    "CSAT",
    "The share of survey answers (one per ticket, the latest) that are satisfied: the top two boxes, 4 and 5 on the default 1–5 scale (9–10 on 1–10, \"good\" on a binary scale), with neutral and unhappy answers kept in the denominator. Its confidence interval is Wilson's score interval.",
    "satisfied answers (rating ≥ max − 1) ÷ answers × 100",
    "csat",
  ),
  define(
    "nps",
    "NPS",
    "Answers to the 0–10 \"would you recommend us\" question, one per ticket: promoters answer 9–10, passives 7–8 and detractors 0–6, and passives count in the denominator. Reported in points from −100 to +100, with Tango's score interval by default.",
    "% promoters (9–10) − % detractors (0–6), in points",
    "nps",
  ),
  define(
    "ces",
    "CES",
    "The mean effort rating of the answers (one per ticket) on the CES 2.0 scale 1–7, where higher is easier; with --ces-scale 1-5 the original effort scale, where 1 is easiest. The shares of easy (5–7) and difficult (1–3) answers and a t interval of the mean come with it.",
    "sum of ratings ÷ answers (the mean, not a share)",
    "ces",
  ),
  define(
    "surveyDelay",
    "Survey delay",
    "How long customers took to answer a survey: for each response with both a sent and an answered time, every survey type and every response counted. Always in calendar time; responses not answered or without a sent time are left out.",
    `respondedAt − sentAt per response; ${DURATION_STATS}`,
    "survey-delay",
  ),
  define(
    "firstResponseTime",
    "First response time",
    "Per answered ticket, the time from creation (on an outbound ticket, from the customer's first message) to the first public agent reply that is not automated; bots, private notes and auto-acknowledgements never count, and unanswered tickets are left out. In calendar time, or business time with --calendar; an export's own first-response duration is used as given, except with --calendar.",
    `first agent reply − creation; ${DURATION_STATS}`,
    "first-response-time",
  ),
  define(
    "nextReplyTime",
    "Next reply time",
    "Every customer wait after the first reply, from the oldest unanswered public customer message to the next public agent reply, pooled over the group's tickets (a ticket with three waits counts three times). Needs message events; in calendar time, or business time with --calendar.",
    `next agent reply − oldest unanswered customer message, per wait; ${DURATION_STATS}`,
    "next-reply-time",
  ),
  define(
    "resolutionTime",
    "Resolution time",
    "Per resolved ticket, the time from creation to its last solve (full resolution: a reopened ticket runs until it is solved again); unresolved tickets are left out. In calendar time, or business time with --calendar; an export's own resolution duration is used as given, except with --calendar.",
    `last solve − creation; ${DURATION_STATS}`,
    "resolution-time",
  ),
  define(
    "handleTime",
    "Handle time",
    "The agent's working time per contact: a ticket's exported handle time, or for an answered call its handle time, else talk + hold + after-call work. Records without one and abandoned calls are left out; it is never converted to business time.",
    `handle time per contact (calls: talk + hold + after-call work); ${DURATION_STATS}`,
    "handle-time",
  ),
  define(
    "resolutionRate",
    "Resolution rate",
    "Of all the group's tickets, the share solved or closed at the end of their record (by the status events, else the status, else a resolved time or duration). A ticket reopened and open again is not resolved.",
    "resolved tickets ÷ all tickets × 100",
    "resolution-rate",
  ),
  define(
    "reopenRate",
    "Reopen rate",
    "Of the tickets solved at least once, the share set back from solved or closed to an unsolved status at least once (from the status events, else the export's reopens count). Tickets never solved, or that tell neither, are left out.",
    "tickets reopened at least once ÷ tickets solved at least once × 100",
    "reopen-rate",
  ),
  define(
    "oneTouchResolutionRate",
    "One-touch resolution rate",
    "Of the solved tickets whose agent replies are known (from message events, else the export's replies count), the share solved with at most one public, non-automated agent reply. Tickets solved with no reply at all count as one-touch; withoutReply says how many there were.",
    "solved tickets with ≤ 1 agent reply ÷ solved tickets × 100",
    "one-touch-resolution",
  ),
  define(
    "firstContactResolution",
    "First-contact resolution",
    "Of the tickets whose export carries the firstContactResolved flag (true or false), the share flagged true: resolved without the customer having to come back. Tickets without the flag are left out, not counted as failures.",
    "tickets flagged resolved on first contact ÷ tickets with the flag × 100",
    "first-contact-resolution",
  ),
  define(
    "complaintRate",
    "Complaint rate",
    "The share of tickets that are complaints: the complaint flag is true or, with --complaint-categories, the category is one of the list. Without categories only tickets carrying the flag are counted; with them, every ticket.",
    "complaints ÷ tickets counted × 100",
    "complaint-rate",
  ),
  define(
    "escalationRate",
    "Escalation rate",
    "Of the tickets whose export carries the escalated flag (true or false), the share flagged true: handed to a higher tier, a specialist team or a manager. Tickets without the flag are left out.",
    "escalated tickets ÷ tickets with the flag × 100",
    "escalation-rate",
  ),
  define(
    "reassignmentRate",
    "Reassignment rate",
    "Of the tickets whose export counts their reassignments, the share moved to another agent or group at least once, with the mean number of moves beside it. Tickets without the count are left out.",
    "tickets with reassignments ≥ 1 ÷ tickets with the count × 100",
    "reassignment-rate",
  ),
  define(
    "uniqueCustomers",
    "Unique customers",
    "The number of distinct customer ids among the group's tickets, compared exactly as given; survey responses are not counted. Tickets per customer is the tickets that have an id divided by that number.",
    "distinct customerId values; tickets per customer = tickets with an id ÷ distinct ids",
    "unique-customers",
  ),
  define(
    "slaCompliance",
    "SLA compliance",
    "Per metric of the --sla policy (first reply, next reply, resolution, requester wait), the share of finished targets that were met, each ticket judged at the report's now (--now, else the latest instant in the data). A target still running or paused within its time is active and counts on neither side; one already late is breached even while the ticket is open.",
    "achieved ÷ (achieved + breached) × 100, per metric; achieved when elapsed ≤ target",
    "sla-compliance",
  ),
  define(
    "backlog",
    "Backlog",
    "The unsolved tickets (new, open, pending or on-hold) at the end of each period, carried over from the group's previous period. Each creation, solve and reopen counts in the period in which it happened, and a reopened ticket returns to the stock.",
    "open at end = open at start + created + reopened − resolved",
    "backlog",
  ),
  define(
    "serviceLevel",
    "Service level",
    "The share of offered calls answered within the threshold (wait ≤ T; --sl 80/20s gives 20 s), by default under the answered-of-offered formula, where every abandoned call is a miss. --sl-formula picks one of the other four: answered-of-answered, within-of-offered, exclude-abandoned-within or exclude-short-abandons.",
    "calls answered within T ÷ (answered + abandoned) × 100",
    "service-level",
  ),
  define(
    "abandonmentRate",
    "Abandonment rate",
    "The share of offered calls whose caller hung up in the queue before an agent answered. When a short-abandon time is set, calls abandoned sooner leave both the numerator and the denominator.",
    "(abandoned − short abandons) ÷ (offered − short abandons) × 100",
    "abandonment-rate",
  ),
  define(
    "averageSpeedOfAnswer",
    "Average speed of answer",
    "The mean time answered callers waited in the queue before an agent picked up. Abandoned calls are left out.",
    "total wait of answered calls ÷ answered calls",
    "average-speed-of-answer",
  ),
];

/**
 * Every KPI a report can show, keyed by its report name.
 *
 * @category Review
 */
export const KPI_DEFINITIONS: Readonly<Record<string, KpiDefinition>> = Object.freeze(Object.fromEntries(ENTRIES.map((d) => [d.kpi, d])));
