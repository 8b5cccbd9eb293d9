/**
 * Invariants of policy reading through evaluateSla: a target written as text gives what the same
 * target in ms gives, and the case and surrounding spaces of priorities and channels (in the
 * policy or on the ticket) never change which target applies.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { readStatusHistory } from "../../records/statusHistory.js";
import { readTicket, type NormalizedTicket, type Ticket } from "../../records/ticket.js";
import { evaluateSla, slaStatusReader, type SlaPolicy, type SlaTarget } from "./evaluateSla.js";

const M = 60_000;
const H = 60 * M;
const BASE = Date.UTC(2026, 0, 5, 8);
const PRIORITIES = ["urgent", "high", "normal"];
const CHANNELS = ["chat", "email", "phone"];

/** The same word in another case, with spaces around it. */
const variant = (word: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }), fc.constantFrom("", " ", "  "), fc.constantFrom("", " ", "\t"))
    .map(([upper, before, after]) => before + [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("") + after);

const targetArb = fc.record({
  metric: fc.constantFrom("first-reply" as const, "resolution" as const, "requester-wait" as const),
  hours: fc.integer({ min: 0, max: 30 }),
  minutes: fc.integer({ min: 0, max: 59 }),
  priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
  channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
}).filter((t) => t.hours + t.minutes > 0);
const targetsArb = fc.uniqueArray(targetArb, { maxLength: 8, selector: (t) => `${t.metric}|${t.priority}|${t.channel}` });

const ticketArb: fc.Arbitrary<Ticket> = fc
  .record({
    replyMin: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    solveMin: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
    priority: fc.option(fc.constantFrom(...PRIORITIES, "low"), { nil: undefined }),
    channel: fc.option(fc.constantFrom(...CHANNELS, "web"), { nil: undefined }),
  })
  .map(({ replyMin, solveMin, priority, channel }) => ({
    id: "P",
    createdAt: BASE,
    firstResponseAt: replyMin === undefined ? undefined : BASE + replyMin * M,
    resolvedAt: solveMin === undefined ? undefined : BASE + (replyMin ?? 0) * M + solveMin * M,
    priority,
    channel,
  }));
const NOW = BASE + 4000 * M;

/** A written case/space variant of a ticket's priority and channel. */
const ticketVariantArb = ticketArb.chain((t) =>
  fc
    .tuple(t.priority === undefined ? fc.constant(undefined) : variant(t.priority), t.channel === undefined ? fc.constant(undefined) : variant(t.channel))
    .map(([priority, channel]) => ({ canonical: t, written: { ...t, priority, channel } })),
);

/** The targets as written in a policy file: each condition in some case, with spaces. */
const writtenTargetsArb = targetsArb.chain((targets) =>
  fc.tuple(
    ...targets.map((t) =>
      fc
        .tuple(t.priority === undefined ? fc.constant(undefined) : variant(t.priority), t.channel === undefined ? fc.constant(undefined) : variant(t.channel))
        .map(([priority, channel]): SlaTarget => ({ metric: t.metric, targetMs: t.hours * H + t.minutes * M, priority, channel })),
    ),
  ).map((written) => ({ canonical: targets.map((t): SlaTarget => ({ metric: t.metric, targetMs: t.hours * H + t.minutes * M, priority: t.priority, channel: t.channel })), written })),
);

test.prop([writtenTargetsArb, ticketVariantArb])(
  "case and surrounding spaces, in the policy or on the ticket, pick the same targets as the canonical spelling",
  ({ canonical, written }, ticket) => {
    const expected = evaluateSla(ticket.canonical, { targets: canonical }, { now: NOW });
    expect(evaluateSla(ticket.written, { targets: written }, { now: NOW })).toEqual(expected);
    expect(evaluateSla(ticket.written, { targets: canonical }, { now: NOW })).toEqual(expected);
    expect(evaluateSla(ticket.canonical, { targets: written }, { now: NOW })).toEqual(expected);
  },
);

test.prop([targetsArb, ticketArb, fc.constantFrom("", " ")])("a target written as `${h}h ${m}m` evaluates as the same target in ms", (targets, ticket, space) => {
  const inMs: SlaPolicy = { targets: targets.map((t) => ({ metric: t.metric, targetMs: t.hours * 3_600_000 + t.minutes * 60_000, priority: t.priority, channel: t.channel })) };
  const asText: SlaPolicy = { targets: targets.map((t) => ({ metric: t.metric, targetMs: `${t.hours}h${space}${t.minutes}m`, priority: t.priority, channel: t.channel })) };
  expect(evaluateSla(ticket, asText, { now: NOW })).toEqual(evaluateSla(ticket, inMs, { now: NOW }));
});

test.prop([writtenTargetsArb, fc.array(ticketVariantArb, { minLength: 1, maxLength: 12 })])(
  "slaStatusReader (one reader over many tickets, its picks cached by the written values) agrees with evaluateSla per ticket",
  ({ written }, tickets) => {
    const policy: SlaPolicy = { targets: written };
    const reader = slaStatusReader(policy, { now: NOW });
    const history = (t: NormalizedTicket) => readStatusHistory("evaluateSla", "ticket", t);
    for (const { written: t } of tickets) {
      const seen: [string, string][] = [];
      reader(readTicket("evaluateSla", "ticket", t, undefined, "UTC"), history, (metric, status) => seen.push([metric, status]));
      expect(seen).toEqual(evaluateSla(t, policy, { now: NOW }).map((e) => [e.metric, e.status]));
    }
  },
);
