/**
 * Realistic, seeded sample tickets for trying the library and the command line without data:
 * more tickets on weekdays and in office hours, first replies and resolutions log-normal with
 * channel and priority effects, reopens, surveys sent and answered, CSAT that falls when the
 * first reply is slow, and a share of NPS answers. Generated day by day in time order, so any
 * number of tickets streams in constant memory.
 *
 * @module
 */
import { logNormal, pick, seededRandom, type Random } from "./random.js";

/** One generated ticket, with the field names the library's records use. */
export interface SampleTicket {
  readonly id: string;
  readonly createdAt: string;
  readonly channel: string;
  readonly priority: string;
  readonly team: string;
  readonly agent: string;
  readonly status: string;
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly reopens: number;
  readonly firstContactResolved: boolean;
  readonly surveySent: boolean;
  readonly csat: number | null;
  readonly nps: number | null;
}

/** What to generate: how many tickets, from which seed, over which days (UTC). */
export interface SampleOptions {
  readonly tickets: number;
  readonly seed: number;
  /** First day, epoch ms at UTC midnight. */
  readonly startMs: number;
  readonly days: number;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Channel: share of tickets, median first reply, median resolution (both log-normal). */
const CHANNELS: readonly (readonly [string, number, number, number])[] = [
  ["email", 0.34, 3 * HOUR, 20 * HOUR],
  ["chat", 0.28, 0.75 * MIN, 20 * MIN],
  ["phone", 0.2, 0.35 * MIN, 12 * MIN],
  ["social", 0.1, 50 * MIN, 6 * HOUR],
  ["web", 0.08, 4 * HOUR, 26 * HOUR],
];
const PRIORITIES: readonly (readonly [string, number])[] = [["low", 0.35], ["normal", 0.43], ["high", 0.16], ["urgent", 0.06]];
const SPEED: Readonly<Record<string, number>> = { low: 1.5, normal: 1, high: 0.6, urgent: 0.3 };
const OPEN_STATUSES: readonly (readonly [string, number])[] = [["open", 0.57], ["pending", 0.29], ["on-hold", 0.14]];
/** Weight of each hour of the day (UTC), office hours heaviest. */
const HOURS = [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 19, 18, 15, 16, 18, 17, 15, 11, 7, 5, 4, 3, 2, 1].map((w, h) => [h, w] as const);
const TEAMS = ["Alpha", "Beta", "Gamma", "Delta"];

const iso = (ms: number): string => new Date(Math.round(ms)).toISOString();

function ticket(random: Random, id: number, createdMs: number): SampleTicket {
  const [channel, , replyMedian, solveMedian] = pick(random, CHANNELS.map((c) => [c, c[1]] as const));
  const priority = pick(random, PRIORITIES);
  const speed = SPEED[priority] as number;
  const solved = random() < 0.86;
  const replied = solved || random() < 0.8;
  const replyMs = logNormal(random, replyMedian * speed, 0.9);
  const firstMs = createdMs + replyMs;
  const reopens = solved ? pick(random, [[0, 0.9], [1, 0.08], [2, 0.02]] as const) : 0;
  const resolvedMs = Math.max(firstMs, createdMs + logNormal(random, solveMedian * speed * (1 + reopens), 1.1));
  const surveySent = solved && random() < 0.7;
  const slow = replyMs > 2 * replyMedian * speed;
  const satisfied = random() < (slow ? 0.62 : 0.86);
  const csat = surveySent && random() < 0.35 ? (satisfied ? (random() < 0.6 ? 5 : 4) : pick(random, [[3, 0.45], [2, 0.25], [1, 0.3]] as const)) : null;
  const nps = surveySent && random() < 0.17 ? pick(random, [[10, 0.3], [9, 0.25], [8, 0.14], [7, 0.11], [6, 0.07], [5, 0.05], [3, 0.04], [1, 0.02], [0, 0.02]] as const) : null;
  const team = TEAMS[Math.floor(random() * TEAMS.length)] as string;
  return {
    id: `T-${String(id).padStart(7, "0")}`,
    createdAt: iso(createdMs),
    channel,
    priority,
    team,
    agent: `${team}-${1 + Math.floor(random() * 6)}`,
    status: solved ? "solved" : pick(random, OPEN_STATUSES),
    firstResponseAt: replied ? iso(firstMs) : null,
    resolvedAt: solved ? iso(resolvedMs) : null,
    reopens,
    firstContactResolved: solved && reopens === 0 && random() < 0.78,
    surveySent,
    csat,
    nps,
  };
}

/** The sample tickets, in order of creation; ids run from 1. */
export function* sampleTickets(options: SampleOptions): Generator<SampleTicket> {
  const random = seededRandom(options.seed);
  const weights = Array.from({ length: options.days }, (_, d) => {
    const weekday = new Date(options.startMs + d * DAY).getUTCDay();
    return weekday === 0 ? 0.35 : weekday === 6 ? 0.45 : 1;
  });
  const total = weights.reduce((s, w) => s + w, 0);
  let cumulative = 0;
  let made = 0;
  for (let d = 0; d < options.days; d++) {
    cumulative += weights[d] as number;
    const upTo = d === options.days - 1 ? options.tickets : Math.round((cumulative / total) * options.tickets);
    const times = Array.from({ length: upTo - made }, () => options.startMs + d * DAY + pick(random, HOURS) * HOUR + Math.floor(random() * HOUR));
    times.sort((a, b) => a - b);
    for (const t of times) yield ticket(random, ++made, t);
  }
}
