/**
 * fromIntercom on recorded API responses (test/fixtures/helpdesks/intercom-api, written by
 * make_intercom_api.py: 20 made-up conversations with their parts, and the `statistics` that
 * script computes from the parts by Intercom's definitions, in its own arithmetic).
 * servicekpi's ticketTimings on the adapted events gives Intercom's numbers, in calendar time and
 * within office hours (Monday to Friday 08:00–17:00, America/Los_Angeles), except where the
 * definitions differ, each case named (docs/presets/differences.md).
 */
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromIntercom, intercomMetrics, type IntercomConversation, type IntercomStatistics } from "../src/helpdesks/intercom/fromIntercom.js";
import { ticketTimings } from "../src/tickets/ticketTimings/ticketTimings.js";
import { businessCalendar } from "../src/time/businessCalendar/businessCalendar.js";
import { errorOf } from "./_support/helpdeskChecks.js";

const json = <T>(name: string): T => JSON.parse(readFileSync(new URL(`fixtures/helpdesks/intercom-api/${name}`, import.meta.url), "utf8")) as T;
const details = json<{ conversations: IntercomConversation[] }>("conversation-details.json").conversations;
const listed = [...json<{ conversations: IntercomConversation[] }>("conversations-1.json").conversations, ...json<{ conversations: IntercomConversation[] }>("conversations-2.json").conversations];
const admins = json<{ admins: { id: string; name: string }[] }>("admins.json").admins;
const teams = json<{ teams: { id: string; name: string }[] }>("teams.json").teams;
const day = [["08:00", "17:00"]] as [string, string][];
const office = businessCalendar({ timeZone: "America/Los_Angeles", week: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const stats = (id: string | number): IntercomStatistics => details.find((c) => c.id === id)?.statistics as IntercomStatistics;
/** Conversations a teammate opened: Intercom measures from the customer's first message, so does servicekpi's first reply, not its resolution. */
const outbound = new Set(details.filter((c) => c.source?.author?.type === "admin").map((c) => c.id));

describe("fromIntercom on recorded API responses", () => {
  const records = fromIntercom({ conversations: details, admins, teams });

  it("makes one record per conversation, with names, channel, rating and events", () => {
    expect(records).toHaveLength(20);
    for (const [r, c] of records.map((x, i) => [x, details[i] as IntercomConversation] as const)) {
      expect(r).toMatchObject({ id: c.id, createdAt: c.created_at * 1000, channel: c.source?.type, agent: admins.find((a) => Number(a.id) === c.admin_assignee_id)?.name });
      expect(r.csat).toBe(c.conversation_rating?.rating ?? undefined);
      // the opening message and every comment and note; close, open and snooze as status events
      const parts = c.conversation_parts?.conversation_parts ?? [];
      expect(r.events?.filter((e) => e.type === "message")).toHaveLength(1 + parts.filter((p) => p.part_type === "comment" || p.part_type === "note").length);
      expect(r.events?.filter((e) => e.type === "status")).toHaveLength(parts.filter((p) => ["close", "open", "snoozed"].includes(p.part_type)).length);
    }
  });

  for (const hours of ["calendar", "business"] as const) {
    it(`reproduces Intercom's statistics in ${hours} time from the parts`, () => {
      const calendar = hours === "business" ? { calendar: office } : {};
      let inbound = 0;
      for (const r of records) {
        const theirs = intercomMetrics(stats(r.id), hours);
        const ours = ticketTimings(r, calendar);
        expect(ours.firstReplyMs, `${r.id} first reply`).toBe(theirs.firstReplyMs);
        // (without status events servicekpi cannot tell reopens: null where Intercom counts 0)
        expect(ours.reopens, `${r.id} reopens`).toBe(r.events?.some((e) => e.type === "status") === true ? theirs.reopens : null);
        if (r.status === "solved" && !outbound.has(r.id)) {
          expect(ours.resolutionMs, `${r.id} last close`).toBe(theirs.lastCloseMs);
          expect(ticketTimings(r, { ...calendar, resolution: "first" }).resolutionMs, `${r.id} first close`).toBe(theirs.firstCloseMs);
          inbound++;
        }
      }
      expect(inbound).toBeGreaterThan(5);
    });
  }

  it("measures a teammate-opened conversation's resolution from its creation, Intercom from the customer's first message", () => {
    let checked = 0;
    for (const id of outbound) {
      const r = records.find((x) => x.id === id);
      const c = details.find((x) => x.id === id) as IntercomConversation;
      const theirs = intercomMetrics(stats(id));
      const ours = ticketTimings(r as never);
      if (theirs.lastCloseMs === null || c.state !== "closed") continue;
      const shift = ((c.statistics?.first_contact_reply_at as number) - c.created_at) * 1000;
      expect(shift).toBeGreaterThan(0);
      expect(ours.resolutionMs).toBe((theirs.lastCloseMs as number) + shift);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("fills a listed conversation (no parts) from its statistics, as the export does", () => {
    const fromList = fromIntercom({ conversations: listed, admins, teams }, { hours: "business" });
    for (const r of fromList) {
      const s = stats(r.id);
      expect(r.firstResponseMs ?? null).toBe(s.time_to_admin_reply === null || s.time_to_admin_reply === undefined ? null : s.time_to_admin_reply * 1000);
      expect(r.events).toBeUndefined();
    }
  });

  test.prop([fc.shuffledSubarray(details, { minLength: details.length })])("gives each conversation the same record in any order of the list", (shuffled) => {
    const again = fromIntercom({ conversations: shuffled, admins, teams });
    for (const r of again) expect(r).toEqual(records.find((x) => x.id === r.id));
  });
});

describe("fromIntercom: the objects it is given", () => {

  it("evaluates the TSDoc examples", () => {
    const [c] = fromIntercom({
      conversations: [{
        id: "1911149811", created_at: 1791183600, state: "closed", source: { type: "conversation", author: { type: "user" } },
        conversation_rating: { rating: 5 },
        conversation_parts: { conversation_parts: [
          { part_type: "comment", created_at: 1791184200, author: { type: "admin" } },
          { part_type: "close", created_at: 1791187200, author: { type: "admin" } },
        ] },
      }],
    });
    expect(c).toEqual({
      id: "1911149811", createdAt: 1791183600000, status: "solved", channel: "conversation", csat: 5,
      events: [
        { at: 1791183600000, type: "message", author: "customer", public: true },
        { at: 1791184200000, type: "message", author: "agent", public: true },
        { at: 1791187200000, type: "status", status: "solved" },
      ],
    });
    expect(intercomMetrics({ first_contact_reply_at: 1791183600, first_admin_reply_at: 1791184200, time_to_admin_reply: 0, count_reopens: 1 })).toEqual({ firstReplyMs: 600_000, firstCloseMs: null, lastCloseMs: null, reopens: 1 });
  });

  it("reads a bot, a Fin answer and a lead as Intercom means them", () => {
    const [c] = fromIntercom({
      conversations: [{
        id: 1, created_at: 100, source: { author: { type: "lead" } },
        conversation_parts: { conversation_parts: [
          { part_type: "comment", created_at: 101, author: { type: "bot" } },
          { part_type: "comment", created_at: 102, author: { type: "admin", from_ai_agent: true } },
          { part_type: "note", created_at: 103, author: { type: "admin" } },
          { part_type: "assignment", created_at: 104, author: { type: "admin" } },
        ] },
      }],
    });
    expect(c?.events?.map((e) => [e.author, e.public])).toEqual([["customer", true], ["bot", true], ["bot", true], ["agent", false]]);
  });

  it("names what a record cannot do without", () => {
    expect(errorOf(() => fromIntercom({ conversations: [{ created_at: 1 } as never] }))).toMatchObject({ field: "conversations.id", index: 0 });
    expect(errorOf(() => fromIntercom({ conversations: [{ id: 1, created_at: "2026-10-05" } as never] }))).toMatchObject({ field: "conversations.created_at", index: 0, value: "2026-10-05" });
    expect(errorOf(() => fromIntercom({ conversations: [{ id: 1, created_at: 1, conversation_parts: { conversation_parts: [{ created_at: 2 }] } } as never] }))).toMatchObject({ field: "conversations.conversation_parts[0].part_type", index: 0 });
    expect(errorOf(() => fromIntercom({ conversations: [{ id: 1, created_at: 1, conversation_parts: { conversation_parts: [{ part_type: "comment" }] } } as never] }))).toMatchObject({ field: "conversations.conversation_parts[0].created_at", index: 0 });
    expect(errorOf(() => fromIntercom({ conversations: [] }, { hours: "office" as never }))).toMatchObject({ field: "options.hours" });
    expect(errorOf(() => fromIntercom({ conversations: {} as never }))).toMatchObject({ field: "conversations" });
  });
});
