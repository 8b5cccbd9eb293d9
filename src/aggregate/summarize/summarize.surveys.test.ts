import { describe, expect, it } from "vitest";
import type { SurveyResponseRecord } from "../../records/types.js";
import { csat } from "../../survey/csat/csat.js";
import { nps } from "../../survey/nps/nps.js";
import { responseRate } from "../../survey/responseRate/responseRate.js";
import { sampleResponses } from "./fixtures.test-util.js";
import { summarize } from "./summarize.js";

const beside = (sent: number, responded: number) => ({ ...responseRate({ sent, responded }), responded });

describe("summarize: survey responses", () => {
  it("counts a ticket rated twice once, by its latest rating (default)", () => {
    const { rows, total } = summarize(sampleResponses(), { kpis: ["count", "csat", "nps"], by: "channel" });
    const [chat, email] = rows;
    // email: T1 rated 2 then 5 (latest 5); T4 sent twice, answered 4 the second time
    expect(email?.group).toEqual({ channel: "email" });
    expect(email?.n).toBe(4);
    expect(email?.csat).toEqual({ ...csat([5, 4]), responseRate: beside(2, 2) });
    // chat: R5 (3) and the unanswered R6 have no ticketId: each is its own survey
    expect(chat?.csat).toEqual({ ...csat([3]), responseRate: beside(2, 1) });
    expect(chat?.nps).toEqual({ ...nps([10]), responseRate: beside(1, 1) });
    expect(email?.nps).toEqual({ ...nps([]), responseRate: null });
    expect(total.count).toEqual({ value: 7, tickets: 0, surveyResponses: 7, calls: 0 });
    expect(total.csat).toEqual({ ...csat([5, 4, 3]), responseRate: beside(4, 3) });
  });

  it('keeps the first rating with ratingPolicy: "first" (also spelled ratings: "first")', () => {
    const first = summarize(sampleResponses(), { kpis: ["csat"], by: "channel", ratingPolicy: "first" });
    expect(first.rows[1]?.csat).toEqual({ ...csat([2, 4]), responseRate: beside(2, 2) });
    expect(summarize(sampleResponses(), { kpis: ["csat"], by: "channel", ratings: "first" })).toEqual(first);
    expect(summarize(sampleResponses(), { kpis: ["csat"], by: "channel", ratingPolicy: "first", ratings: "first" })).toEqual(first);
  });

  it("places the kept rating in its own group and period: the earlier one leaves its month", () => {
    const responses: SurveyResponseRecord[] = [
      { ticketId: 1, type: "csat", score: 1, respondedAt: "2024-01-31T10:00:00Z" },
      { ticketId: "1", type: "csat", score: 5, respondedAt: "2024-02-01T10:00:00Z" }, // same ticket: 1 and "1" are one
    ];
    const latest = summarize(responses, { kpis: ["csat"], period: "month" });
    expect(latest.rows.map((r) => [r.group["period"], r.n, r.csat.n, r.csat.value])).toEqual([["2024-01", 1, 0, null], ["2024-02", 1, 1, 100]]);
    const first = summarize(responses, { kpis: ["csat"], period: "month", ratingPolicy: "first" });
    expect(first.rows.map((r) => [r.group["period"], r.csat.n, r.csat.value])).toEqual([["2024-01", 1, 0], ["2024-02", 0, null]]);
  });

  it("breaks ties deterministically: same time, the greater id for latest, the smaller for first; a timed rating beats an untimed one", () => {
    const a: SurveyResponseRecord = { id: "A", ticketId: 7, type: "csat", score: 1, respondedAt: "2024-01-05T10:00:00Z" };
    const b: SurveyResponseRecord = { id: "B", ticketId: 7, type: "csat", score: 5, respondedAt: "2024-01-05T10:00:00Z" };
    const untimed: SurveyResponseRecord = { id: "C", ticketId: 7, type: "csat", score: 3 };
    for (const order of [[a, b, untimed], [untimed, b, a], [b, untimed, a]]) {
      expect(summarize(order, { kpis: ["csat"] }).total.csat.mean).toBe(5);
      expect(summarize(order, { kpis: ["csat"], ratingPolicy: "first" }).total.csat.mean).toBe(1);
    }
    // same id and time: the higher score for latest, the lower for first
    const c = { ...b, id: "A" };
    expect(summarize([a, c], { kpis: ["csat"] }).total.csat.mean).toBe(5);
    expect(summarize([c, a], { kpis: ["csat"], ratingPolicy: "first" }).total.csat.mean).toBe(1);
    // two untimed answers: the id decides; an answered survey beats an unanswered later one
    expect(summarize([untimed, { ...untimed, id: "D", score: 4 }], { kpis: ["csat"] }).total.csat.mean).toBe(4);
    const unanswered: SurveyResponseRecord = { id: "E", ticketId: 7, type: "csat", sentAt: "2024-02-01T00:00:00Z" };
    expect(summarize([a, unanswered], { kpis: ["csat"] }).total.csat).toMatchObject({ n: 1, mean: 1, responseRate: beside(1, 1) });
    // same time, same id, same score, different rows: the later group for latest
    const chat = { ...a, channel: "chat" };
    const email = { ...a, channel: "email" };
    expect(summarize([chat, email], { kpis: ["csat"], by: "channel" }).rows.map((r) => r.csat.n)).toEqual([0, 1]);
    expect(summarize([email, chat], { kpis: ["csat"], by: "channel", ratingPolicy: "first" }).rows.map((r) => r.csat.n)).toEqual([1, 0]);
  });

  it("reports the response rate beside CSAT: a rising CSAT with a falling response rate shows in one row", () => {
    const tickets = [
      ...Array.from({ length: 10 }, (_, i) => ({ id: `J${i}`, createdAt: "2024-01-15T10:00:00Z", surveySent: true, ...(i < 8 ? { csat: i < 4 ? 5 : 2 } : {}) })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: `F${i}`, createdAt: "2024-02-15T10:00:00Z", surveySent: true, ...(i < 3 ? { csat: 5 } : {}) })),
    ];
    const { rows } = summarize(tickets, { kpis: ["csat"], period: "month" });
    expect(rows.map((r) => [r.group["period"], r.csat.value, r.csat.responseRate?.value])).toEqual([["2024-01", 50, 80], ["2024-02", 100, 30]]);
  });

  it("leaves the response rate null when no record says whether a survey was sent", () => {
    const { total } = summarize([{ id: 1, createdAt: "2024-01-01", csat: 5 }, { id: 2, createdAt: "2024-01-01", surveySent: false }], { kpis: ["csat"] });
    expect(total.csat).toEqual({ ...csat([5]), responseRate: beside(0, 0) });
    expect(summarize([{ id: 1, createdAt: "2024-01-01", csat: 5 }], { kpis: ["csat"] }).total.csat.responseRate).toBeNull();
  });

  it("passes the survey options to the calculators: binary CSAT, NPS interval, CES scale", () => {
    const responses: SurveyResponseRecord[] = [
      { type: "csat", score: 1 }, { type: "csat", score: 0 }, { ticketId: 3, type: "csat", score: 1 },
      { type: "ces", score: 2 }, { type: "ces", score: 5 }, { type: "nps", score: 9 }, { type: "nps", score: 3 },
    ];
    const records = [...responses, { id: 9, createdAt: "2024-01-01", csat: 0 }];
    const { total } = summarize(records as never[], {
      kpis: [{ kpi: "csat", scale: "binary" }, { kpi: "nps", interval: "wald", confidence: 0.9 }, { kpi: "ces", lowerIsEasier: true }, { kpi: "csat", as: "top", scale: { min: 0, max: 1 }, satisfiedMin: 1 }],
    });
    expect(total.csat).toMatchObject(csat([0, 0, 1, 1], { scale: "binary" }));
    expect(total.nps).toMatchObject(nps([9, 3], { interval: "wald", confidence: 0.9 }));
    expect(total.ces).toMatchObject({ mean: 3.5, easyPercent: 50, difficultPercent: 50 });
    expect(total.top).toMatchObject(csat([0, 0, 1, 1], { scale: { min: 0, max: 1 }, satisfiedMin: 1 }));
  });
});
