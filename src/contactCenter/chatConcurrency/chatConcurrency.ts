import { checkCount, checkNonNegative, fail } from "../../_lib/check.js";
import { sum } from "../../_lib/math.js";
import { readEntries } from "../_lib/entries.js";

/** Chat work of one agent, team or interval for {@link chatConcurrency}; durations in ms. */
export interface ChatTime {
  /** Sum of the individual chat durations, overlapping chats each counted in full. */
  readonly chatMs: number;
  /** After-chat work (wrap-up) of those chats; missing counts as 0. */
  readonly wrapUpMs?: number | undefined;
  /** Wall-clock time with at least one chat or wrap-up open; at most `chatMs + wrapUpMs`. */
  readonly engagedMs: number;
  /** Chats handled: a whole number ≥ 0. Without it the per-chat times are `null`. */
  readonly chats?: number | undefined;
}

/** The result of {@link chatConcurrency}; durations are pooled totals in ms. */
export interface ChatConcurrencyResult {
  /** Concurrency: (chatMs + wrapUpMs) / engagedMs, ≥ 1; `null` when `engagedMs` is 0. */
  readonly value: number | null;
  /** Total chat time. */
  readonly chatMs: number;
  /** Total after-chat work. */
  readonly wrapUpMs: number;
  /** Total engaged (wall-clock) time. */
  readonly engagedMs: number;
  /** Total chats, or `null` when an input object had no `chats`. */
  readonly chats: number | null;
  /** Mean handle time per chat, (chatMs + wrapUpMs) / chats; `null` without chats. */
  readonly handleMs: number | null;
  /** Agent time one chat really costs, engagedMs / chats = handleMs / value; `null` without chats or engaged time. */
  readonly adjustedHandleMs: number | null;
}

const KPI = "chatConcurrency";

/**
 * Chat concurrency: how many chats an agent works at once on average, and the agent time one
 * chat really costs once that overlap is taken out of its handle time.
 *
 * @remarks
 * value = (chatMs + wrapUpMs) / engagedMs. `chatMs` adds up every chat's own duration, so two
 * chats open side by side for ten minutes count twenty; `wrapUpMs` is their after-chat work;
 * `engagedMs` is the wall-clock time the agent had at least one chat or wrap-up open. Every
 * engaged instant has a chat open, so `engagedMs ≤ chatMs + wrapUpMs` and value ≥ 1; 1 means one
 * chat at a time. handleMs = (chatMs + wrapUpMs) / chats is the chat AHT a chat tool reports;
 * adjustedHandleMs = handleMs / value = engagedMs / chats is the agent time each chat costs, the
 * AHT to give a staffing model (the raw chat AHT overstates the workload by the concurrency).
 *
 * Pass one object or an iterable of them (per agent or interval): totals are pooled, never
 * ratios averaged. `chats` in the result is `null` when any object lacks it. Engaged time leaves
 * out idle-available time with no chat open; occupancy covers that. O(n).
 *
 * @param time - `{ chatMs, wrapUpMs?, engagedMs, chats? }`, or an iterable of them to pool.
 * @returns Concurrency, the pooled totals, and handle time per chat before and after concurrency.
 * @throws {@link KpiInputError} when `time` is neither an object nor an iterable of objects
 *   (field `"time"`, with the index for an entry); when `chatMs`, `wrapUpMs` or `engagedMs` is
 *   not a finite number ≥ 0 or `chats` not a whole number ≥ 0 (field named after it); when
 *   `engagedMs > chatMs + wrapUpMs`, or `engagedMs` is 0 while chat or wrap-up time is not
 *   (field `"engagedMs"`). Errors carry the index when the object came from an iterable. The
 *   result is finite or it throws: when the pooled chatMs + wrapUpMs exceeds the largest double,
 *   1.8e308 ms (field `"chatMs"`), or engagedMs is so small (a subnormal such as 4e-323) that the
 *   concurrency overflows (field `"engagedMs"`).
 * @example
 * ```ts
 * // One hour: 5 chats lasting 100 minutes together, 10 minutes of wrap-up, 55 minutes engaged.
 * chatConcurrency({ chatMs: 6_000_000, wrapUpMs: 600_000, engagedMs: 3_300_000, chats: 5 });
 * // { value: 2, chatMs: 6_000_000, wrapUpMs: 600_000, engagedMs: 3_300_000, chats: 5,
 * //   handleMs: 1_320_000, adjustedHandleMs: 660_000 }
 * ```
 * @see M. Martinez, "Chat Forecasting: Concurrent AHT" (concurrency = (total chat time + total
 *   wrap-up time) / total time engaged in chats): https://www.wewfm.com/post/chat-forecasting-concurrent-aht
 * @see Call Centre Helper, "How to Calculate Concurrency AHT" (AHT per chat = handle time /
 *   chats × 1 / concurrency): https://www.callcentrehelper.com/how-to-calculate-concurrency-aht-207062.htm
 * @see docs/kpis/chat-concurrency.md
 * @category Contact center
 */
export function chatConcurrency(time: ChatTime | Iterable<ChatTime>): ChatConcurrencyResult {
  const entries = readEntries(KPI, "time", time);
  const n = entries.length;
  const chat = new Float64Array(n);
  const wrapUp = new Float64Array(n);
  const engaged = new Float64Array(n);
  let chats: number | null = 0;
  entries.forEach(({ record, index }, i) => {
    const c = checkNonNegative(KPI, "chatMs", record.chatMs, index);
    const w = record.wrapUpMs === undefined ? 0 : checkNonNegative(KPI, "wrapUpMs", record.wrapUpMs, index);
    const e = checkNonNegative(KPI, "engagedMs", record.engagedMs, index);
    const count = record.chats === undefined ? null : checkCount(KPI, "chats", record.chats, index);
    if (e > c + w) fail(KPI, "engagedMs", e, `at most chatMs + wrapUpMs (${c + w}): every engaged moment has a chat open`, index);
    if (e === 0 && c + w > 0) fail(KPI, "engagedMs", e, "greater than 0 when chatMs + wrapUpMs is (an open chat is engaged time)", index);
    chat[i] = c;
    wrapUp[i] = w;
    engaged[i] = e;
    chats = chats === null || count === null ? null : chats + count;
  });
  const chatMs = sum(chat);
  const wrapUpMs = sum(wrapUp);
  const engagedMs = sum(engaged);
  const workMs = sum([chatMs, wrapUpMs]);
  // Finite in, finite out: totals (and a concurrency) beyond the largest double have no answer.
  if (!Number.isFinite(workMs)) fail(KPI, "chatMs", time, "times whose total chatMs + wrapUpMs stays within the largest double, 1.8e308 ms");
  const value = engagedMs === 0 ? null : Math.max(1, workMs / engagedMs);
  if (value === Infinity) fail(KPI, "engagedMs", engagedMs, "large enough that the concurrency (chatMs + wrapUpMs) / engagedMs is finite");
  const perChat = (chats ?? 0) > 0 ? chats : null;
  return {
    value,
    chatMs,
    wrapUpMs,
    engagedMs,
    chats,
    handleMs: perChat === null ? null : workMs / perChat,
    adjustedHandleMs: perChat === null || engagedMs === 0 ? null : engagedMs / perChat,
  };
}
