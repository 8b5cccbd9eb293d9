import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { seeded } from "../_lib/reference.test-util.js";
import { chatConcurrency, type ChatTime } from "./chatConcurrency.js";

const MIN = 60_000;

/**
 * Independent computation on a minute grid: each chat is [start, end) plus wrap-up [end, end +
 * wrap); for every minute count the open items. Concurrency = item-minutes / minutes with any open.
 */
function fromTimeline(chats: readonly { start: number; end: number; wrap: number }[]): { time: ChatTime; concurrency: number } {
  const open = new Map<number, number>();
  for (const c of chats) for (let m = c.start; m < c.end + c.wrap; m++) open.set(m, (open.get(m) ?? 0) + 1);
  const itemMinutes = [...open.values()].reduce((a, b) => a + b, 0);
  const time = {
    chatMs: chats.reduce((s, c) => s + (c.end - c.start) * MIN, 0),
    wrapUpMs: chats.reduce((s, c) => s + c.wrap * MIN, 0),
    engagedMs: open.size * MIN,
    chats: chats.length,
  };
  return { time, concurrency: itemMinutes / open.size };
}

describe("chatConcurrency", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(chatConcurrency({ chatMs: 6_000_000, wrapUpMs: 600_000, engagedMs: 3_300_000, chats: 5 })).toEqual({
      value: 2,
      chatMs: 6_000_000,
      wrapUpMs: 600_000,
      engagedMs: 3_300_000,
      chats: 5,
      handleMs: 1_320_000,
      adjustedHandleMs: 660_000,
    });
  });

  it("matches Call Centre Helper's concurrency AHT example: 120 min, 30 chats, concurrency 2 → 2 min per chat", () => {
    // Call Centre Helper, "How to Calculate Concurrency AHT": AHT = (THT / chats) × (1 / concurrency)
    // = (120 min / 30) × 1/2 = 2 min; 4 min without concurrency. Concurrency 2 means the 120 minutes
    // of chat handling took 60 minutes of the agent's wall-clock time.
    const r = chatConcurrency({ chatMs: 120 * MIN, engagedMs: 60 * MIN, chats: 30 });
    expect(r).toMatchObject({ value: 2, handleMs: 4 * MIN, adjustedHandleMs: 2 * MIN });
  });

  it("follows Martinez's formula: (total chat time + total wrap-up time) / total engaged time", () => {
    // M. Martinez, "Chat Forecasting: Concurrent AHT". By hand, one agent: chat A 0–30 min with
    // 5 min wrap-up, chat B 10–25 min with 5 min wrap-up, chat C 40–50 min without. Chat time
    // 30 + 15 + 10 = 55, wrap-up 10, engaged 0–35 and 40–50 = 45 min: (55 + 10) / 45 = 1.444.
    const { time, concurrency } = fromTimeline([
      { start: 0, end: 30, wrap: 5 },
      { start: 10, end: 25, wrap: 5 },
      { start: 40, end: 50, wrap: 0 },
    ]);
    expect(time).toEqual({ chatMs: 55 * MIN, wrapUpMs: 10 * MIN, engagedMs: 45 * MIN, chats: 3 });
    const r = chatConcurrency(time);
    expect(r.value).toBeCloseTo(65 / 45, 12);
    expect(r.value).toBeCloseTo(concurrency, 12);
    expect(r.handleMs).toBeCloseTo((65 * MIN) / 3, 6);
    expect(r.adjustedHandleMs).toBe(15 * MIN);
  });

  it("agrees with a minute-by-minute timeline on random agents", () => {
    const random = seeded(2024);
    for (let run = 0; run < 40; run++) {
      const chats = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const start = Math.floor(random() * 240);
        return { start, end: start + 1 + Math.floor(random() * 45), wrap: Math.floor(random() * 6) };
      });
      const { time, concurrency } = fromTimeline(chats);
      const r = chatConcurrency(time);
      expect(r.value).toBeCloseTo(concurrency, 12);
      expect(r.adjustedHandleMs).toBeCloseTo(r.handleMs! / r.value!, 6);
    }
  });

  it("pools agents or intervals by their totals", () => {
    // Agent 1 at concurrency 3 for 1 h, agent 2 at 1 for 3 h: (3 + 3) / 4 = 1.5, not (3 + 1) / 2 = 2.
    const r = chatConcurrency([
      { chatMs: 180 * MIN, engagedMs: 60 * MIN, chats: 12 },
      { chatMs: 150 * MIN, wrapUpMs: 30 * MIN, engagedMs: 180 * MIN, chats: 8 },
    ]);
    expect(r).toEqual({ value: 1.5, chatMs: 330 * MIN, wrapUpMs: 30 * MIN, engagedMs: 240 * MIN, chats: 20, handleMs: 18 * MIN, adjustedHandleMs: 12 * MIN });
  });

  it("gives null where there is nothing to divide by", () => {
    expect(chatConcurrency([])).toEqual({ value: null, chatMs: 0, wrapUpMs: 0, engagedMs: 0, chats: 0, handleMs: null, adjustedHandleMs: null });
    expect(chatConcurrency({ chatMs: 0, engagedMs: 0, chats: 2 })).toMatchObject({ value: null, handleMs: 0, adjustedHandleMs: null });
    expect(chatConcurrency({ chatMs: 60 * MIN, engagedMs: 30 * MIN })).toMatchObject({ value: 2, chats: null, handleMs: null, adjustedHandleMs: null });
    expect(chatConcurrency({ chatMs: 60 * MIN, engagedMs: 30 * MIN, chats: 0 })).toMatchObject({ value: 2, chats: 0, handleMs: null, adjustedHandleMs: null });
    const mixed = chatConcurrency([{ chatMs: MIN, engagedMs: MIN, chats: 1 }, { chatMs: MIN, engagedMs: MIN }]);
    expect(mixed).toMatchObject({ value: 1, chats: null, handleMs: null });
  });

  it("accepts any iterable, ignores other fields, and does not modify its input", () => {
    const rows = [
      { chatMs: 50 * MIN, wrapUpMs: 10 * MIN, engagedMs: 40 * MIN, chats: 6, agent: "a1" },
      { chatMs: 20 * MIN, wrapUpMs: undefined, engagedMs: 20 * MIN, chats: 2 },
    ];
    const before = JSON.stringify(rows);
    const r = chatConcurrency(new Set(rows));
    expect(r).toEqual(chatConcurrency([...rows].reverse()));
    expect(r).toMatchObject({ value: 80 / 60, chats: 8, handleMs: 10 * MIN, adjustedHandleMs: 7.5 * MIN });
    expect(Object.keys(r)).toEqual(["value", "chatMs", "wrapUpMs", "engagedMs", "chats", "handleMs", "adjustedHandleMs"]);
    expect(JSON.stringify(rows)).toBe(before);
  });

  it.each([
    [{ chatMs: 10, engagedMs: 11 }, "engagedMs", undefined, 11],
    [{ chatMs: 10, wrapUpMs: 5, engagedMs: 16 }, "engagedMs", undefined, 16],
    [{ chatMs: 10, engagedMs: 0 }, "engagedMs", undefined, 0],
    [{ chatMs: 0, wrapUpMs: 3, engagedMs: 0 }, "engagedMs", undefined, 0],
    [{ chatMs: -1, engagedMs: 0 }, "chatMs", undefined, -1],
    [{ engagedMs: 0 }, "chatMs", undefined, undefined],
    [{ chatMs: 1, wrapUpMs: Number.NaN, engagedMs: 1 }, "wrapUpMs", undefined, Number.NaN],
    [{ chatMs: 1, wrapUpMs: null, engagedMs: 1 }, "wrapUpMs", undefined, null],
    [{ chatMs: 1 }, "engagedMs", undefined, undefined],
    [{ chatMs: 1, engagedMs: 1, chats: 2.5 }, "chats", undefined, 2.5],
    [{ chatMs: 1, engagedMs: 1, chats: -1 }, "chats", undefined, -1],
    [{ chatMs: 1, engagedMs: 1, chats: "3" }, "chats", undefined, "3"],
    [[{ chatMs: 1, engagedMs: 1 }, { chatMs: 1, engagedMs: 2 }], "engagedMs", 1, 2],
    [[{ chatMs: 1, engagedMs: 1 }, "chat"], "time", 1, "chat"],
    [undefined, "time", undefined, undefined],
    [42, "time", undefined, 42],
  ])("rejects %j with field %s at index %s", (time, field, index, value) => {
    const e = inputErrorOf(() => chatConcurrency(time as ChatTime));
    expect(e).toMatchObject({ kpi: "chatConcurrency", field, index });
    expect(e.value).toEqual(value);
  });

  it("has no chats, handle time or adjusted handle time once one record lacks chats, or none were counted", () => {
    // Without every record's chat count the total is unknown, and per-chat times with it.
    for (const time of [
      [{ chatMs: 50 * MIN, engagedMs: 40 * MIN, chats: 6 }, { chatMs: 20 * MIN, engagedMs: 20 * MIN }],
      [{ chatMs: 20 * MIN, engagedMs: 20 * MIN }, { chatMs: 50 * MIN, engagedMs: 40 * MIN, chats: 6 }],
      [{ chatMs: 50 * MIN, engagedMs: 40 * MIN, chats: 0 }],
    ]) {
      const r = chatConcurrency(time);
      expect(r.value).toBeCloseTo((time.reduce((s, t) => s + t.chatMs, 0)) / time.reduce((s, t) => s + t.engagedMs, 0), 12);
      expect([r.handleMs, r.adjustedHandleMs]).toEqual([null, null]);
      expect(r.chats).toBe(time.length === 1 ? 0 : null);
    }
  });

  it("says why totals beyond the doubles have no concurrency", () => {
    const huge = { chatMs: 1e308, wrapUpMs: 1e308, engagedMs: 1e308 };
    expect(inputErrorOf(() => chatConcurrency(huge)).expected).toBe("times whose total chatMs + wrapUpMs stays within the largest double, 1.8e308 ms");
    expect(inputErrorOf(() => chatConcurrency({ chatMs: 3.6e6, engagedMs: 4e-323 })).expected).toBe(
      "large enough that the concurrency (chatMs + wrapUpMs) / engagedMs is finite",
    );
  });

  it("says why engaged time cannot exceed chat plus wrap-up time", () => {
    expect(inputErrorOf(() => chatConcurrency({ chatMs: 10, wrapUpMs: 5, engagedMs: 16 })).message).toBe(
      "chatConcurrency: engagedMs must be at most chatMs + wrapUpMs (15): every engaged moment has a chat open, got 16",
    );
  });
});
