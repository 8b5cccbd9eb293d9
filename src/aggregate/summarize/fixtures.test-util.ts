/**
 * Test support: a small, varied set of tickets and survey responses (summary fields, event logs,
 * scores on tickets, responses rated twice), and helpers to filter records by group.
 */
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";

const at = (day: number, hour: number, minute = 0): string =>
  `2024-${day <= 31 ? "01" : "02"}-${String(day <= 31 ? day : day - 31).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`;

/** 24 tickets on three channels over January and February 2024 (UTC). */
export function sampleTickets(): TicketRecord[] {
  const channels = ["chat", "email", "phone"];
  const out: TicketRecord[] = [];
  for (let i = 0; i < 24; i++) {
    const day = 1 + ((i * 5) % 50);
    const hour = (i * 7) % 24;
    const channel = channels[i % 3] as string;
    const base = { id: `T${i}`, channel, createdAt: at(day, hour), priority: i % 4 === 0 ? "high" : "normal", team: i % 2 === 0 ? "A" : "B" };
    const scores = {
      ...(i % 3 !== 2 ? { csat: 1 + (i % 5) } : {}),
      ...(i % 2 === 0 ? { nps: i % 11 } : {}),
      ...(i % 4 !== 3 ? { ces: 1 + (i % 7) } : {}),
      // a survey went out for every scored ticket and for T14; unknown for every fifth ticket
      ...(i % 5 === 0 ? {} : { surveySent: i % 3 !== 2 || i % 2 === 0 || i % 4 !== 3 || i === 14 }),
      ...(i % 6 === 1 ? {} : { firstContactResolved: i % 4 !== 1 }),
      ...(i % 2 === 1 ? { handleMs: 60_000 * (i + 1) } : {}),
    };
    if (i % 8 === 7) {
      // an event log: auto-acknowledged, answered, pending, reopened, solved again
      out.push({
        ...base,
        ...scores,
        events: [
          { at: at(day, hour), type: "message", author: "customer" },
          { at: at(day, hour, 1), type: "message", author: "agent", automated: true },
          { at: at(day, hour, 20 + i), type: "message", author: "agent" },
          { at: at(day, hour, 21 + i), type: "status", status: "solved" },
          { at: at(day + 1, hour), type: "status", status: "open" },
          { at: at(day + 2, hour), type: "status", status: "solved" },
        ],
      });
    } else if (i % 3 === 0) {
      out.push({ ...base, ...scores, status: "solved", firstResponseAt: at(day, hour, 5 + i), resolvedAt: at(day + 1 + (i % 4), hour) });
    } else if (i % 3 === 1) {
      out.push({ ...base, ...scores, status: "open", ...(i % 2 === 0 ? { firstResponseMs: 1000 * (i + 3) } : {}) });
    } else {
      out.push({ ...base, ...scores, resolvedAt: at(day, hour + 0, 50), resolutionMs: 3_000_000 });
    }
  }
  return out;
}

/** CSAT responses: ticket T1 rated twice, T4 sent twice and answered once, two without ticketId. */
export function sampleResponses(): SurveyResponseRecord[] {
  return [
    { id: "R1", ticketId: "T1", type: "csat", score: 2, sentAt: "2024-01-10T10:00:00Z", respondedAt: "2024-01-10T12:00:00Z", channel: "email" },
    { id: "R2", ticketId: "T1", type: "csat", score: 5, sentAt: "2024-01-10T10:00:00Z", respondedAt: "2024-01-11T09:00:00Z", channel: "email" },
    { id: "R3", ticketId: "T4", type: "csat", sentAt: "2024-01-12T10:00:00Z", channel: "email" },
    { id: "R4", ticketId: "T4", type: "csat", score: 4, sentAt: "2024-01-13T10:00:00Z", respondedAt: "2024-01-13T11:00:00Z", channel: "email" },
    { id: "R5", type: "csat", score: 3, sentAt: "2024-02-02T10:00:00Z", respondedAt: "2024-02-02T10:30:00Z", channel: "chat" },
    { id: "R6", type: "csat", sentAt: "2024-02-03T10:00:00Z", channel: "chat" },
    { id: "R7", ticketId: 9, type: "nps", score: 10, sentAt: "2024-02-03T10:00:00Z", respondedAt: "2024-02-03T10:05:00Z", channel: "chat" },
  ];
}

/** The values of `field` that are numbers. */
export const numbers = (records: readonly object[], field: string): number[] =>
  records.map((r) => (r as Record<string, unknown>)[field]).filter((v): v is number => typeof v === "number");
