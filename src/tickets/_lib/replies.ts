/**
 * The conversation of a ticket as a series of customer waits for an agent reply. Shared by
 * ticketTimings (first and next reply times) and evaluateSla (first- and next-reply targets), so
 * that both read a message log the same way.
 *
 * @module
 */
import type { NormalizedEvent, NormalizedTicket } from "../../records/ticket.js";
import { isSolved, solvedFrom, statusAt, type StatusHistory } from "../../records/statusHistory.js";

/** The messages of a ticket and what counts in them. */
export interface Conversation {
  /** `true` for a real message log; `false` for one made up from the summary's `firstResponseAt`. */
  readonly fromEvents: boolean;
  /** The ticket's events in log order (status events included, they are skipped). */
  readonly events: readonly NormalizedEvent[];
  /** A reply: a public message by an agent, not automated unless automated replies count. */
  readonly isReply: (e: NormalizedEvent) => boolean;
  /** A customer message that waits for a reply: public, by the customer, not automated unless those count. */
  readonly isCustomer: (e: NormalizedEvent) => boolean;
}

/** Where the first-reply clock starts. */
export interface ReplyStart {
  /** `true` when your side wrote first (outbound), `null` when there is no message log. */
  readonly agentInitiated: boolean | null;
  /** The start instant; `null` for an outbound ticket the customer never answered. */
  readonly startMs: number | null;
  /** Replies are looked for from this event index on. */
  readonly fromIndex: number;
}

/** One wait of the customer for a reply: `[startMs, endMs)`, ended by a reply or by a solve. */
export interface ReplyWait {
  readonly startMs: number;
  /** When the wait ended, or `null` when it is still running at the end of the record. */
  readonly endMs: number | null;
  /** Ended by a reply (`true`) or by the ticket being solved without one (`false`). */
  readonly answered: boolean;
  /** The event index from which the next wait is looked for. */
  readonly nextIndex: number;
}

/** What counts as a reply and as a waiting customer message, automated messages left out or not. */
function messageTests(excludeAutomated: boolean): Pick<Conversation, "isReply" | "isCustomer"> {
  const counted = (e: NormalizedEvent): boolean =>
    // Stryker disable next-line ConditionalExpression: equivalent, only messages have an author, which both tests then ask for
    e.type === "message" &&
    e.public &&
    !(excludeAutomated && e.automated);
  return { isReply: (e) => counted(e) && e.author === "agent", isCustomer: (e) => counted(e) && e.author === "customer" };
}
const WITHOUT_AUTOMATED = messageTests(true);
const WITH_AUTOMATED = messageTests(false);

/**
 * The conversation: the message log when the ticket has message events, otherwise one reply
 * made up from `firstResponseAt` (none without it). Bots and system messages never count;
 * automated agent and customer messages count only when `excludeAutomated` is `false`.
 */
export function readConversation(ticket: NormalizedTicket, excludeAutomated: boolean): Conversation {
  const { isReply, isCustomer } = excludeAutomated ? WITHOUT_AUTOMATED : WITH_AUTOMATED;
  // Stryker disable next-line ArrayDeclaration: equivalent, without events only the test below reads the list, and a stray element is no message
  const events = ticket.events ?? [];
  if (events.some((e) => e.type === "message")) return { fromEvents: true, events, isReply, isCustomer };
  // (a mark inside the conditional expression is not seen by Stryker: the empty case returns apart)
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray element is no message to any reader (each tests the event's type or author)
  if (ticket.firstResponseMs === null) return { fromEvents: false, events: [], isReply, isCustomer };
  const made: NormalizedEvent = { atMs: ticket.firstResponseMs, type: "message", author: "agent", public: true, automated: false, status: null };
  return { fromEvents: false, events: [made], isReply, isCustomer };
}

/**
 * Where the first-reply clock starts. A ticket whose first public message (system messages
 * aside) is the customer's, or that has none, is inbound: from creation. One whose first public
 * message is by an agent or a bot is outbound: from the customer's first message, replies after
 * it; `startMs` is `null` when the customer never wrote.
 */
export function replyStart(ticket: NormalizedTicket, conversation: Conversation): ReplyStart {
  const { events } = conversation;
  if (!conversation.fromEvents) return { agentInitiated: null, startMs: ticket.createdMs, fromIndex: 0 };
  const opener = events.find((e) => e.type === "message" && e.public && e.author !== "system");
  if (opener === undefined || opener.author === "customer") return { agentInitiated: false, startMs: ticket.createdMs, fromIndex: 0 };
  const first = events.findIndex(conversation.isCustomer);
  // Stryker disable next-line EqualityOperator: equivalent, in an outbound ticket the customer's first message comes after the opening one, never at index 0
  if (first < 0) return { agentInitiated: true, startMs: null, fromIndex: events.length };
  return { agentInitiated: true, startMs: (events[first] as NormalizedEvent).atMs, fromIndex: first + 1 };
}

/** Index of the first reply at or after `from`, or `-1`. */
export function firstReplyIndex(conversation: Conversation, from: number): number {
  const { events } = conversation;
  for (let i = from; i < events.length; i++) if (conversation.isReply(events[i] as NormalizedEvent)) return i;
  return -1;
}

/**
 * The wait that starts at `startMs`, with replies looked for from index `from`: it ends at the
 * first reply, or at the first instant the ticket is solved or closed if that comes earlier (a
 * solved ticket owes no reply). A reply at the same instant as the solve answers the wait.
 */
export function waitFrom(conversation: Conversation, history: StatusHistory, startMs: number, from: number): ReplyWait {
  const { events } = conversation;
  const reply = firstReplyIndex(conversation, from);
  const replyMs = reply < 0 ? null : (events[reply] as NormalizedEvent).atMs;
  const solvedMs = solvedFrom(history, startMs);
  if (replyMs !== null && (solvedMs === null || replyMs <= solvedMs)) return { startMs, endMs: replyMs, answered: true, nextIndex: reply + 1 };
  if (solvedMs === null) return { startMs, endMs: null, answered: false, nextIndex: events.length };
  let next = from;
  // Stryker disable next-line EqualityOperator: equivalent for `<=`, a message at the solve's instant starts no wait (the ticket is solved then)
  while (next < events.length && (events[next] as NormalizedEvent).atMs < solvedMs) next++;
  return { startMs, endMs: solvedMs, answered: false, nextIndex: next };
}

/**
 * The waits that start at or after index `from`: a customer message starts one when none is
 * running and the ticket is not solved at that instant; the customer's further messages belong
 * to it (Zendesk's next reply time measures from the oldest unanswered comment).
 */
export function waitsFrom(conversation: Conversation, history: StatusHistory, from: number): ReplyWait[] {
  const { events } = conversation;
  const out: ReplyWait[] = [];
  let i = from;
  while (i < events.length) {
    const e = events[i] as NormalizedEvent;
    if (conversation.isCustomer(e) && !isSolved(statusAt(history, e.atMs))) {
      const wait = waitFrom(conversation, history, e.atMs, i + 1);
      out.push(wait);
      i = wait.nextIndex;
    } else {
      i++;
    }
  }
  return out;
}
