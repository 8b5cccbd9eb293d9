/**
 * fromHelpScout on recorded Mailbox API 2.0 responses (test/fixtures/helpdesks/helpscout-api,
 * written by make_helpscout_api.py: 16 made-up conversations with their threads, newest first,
 * and that script's own first response, resolution and latest rating per conversation, by Help
 * Scout's definitions: docs.helpscout.com/article/46-reporting). servicekpi's ticketTimings on the
 * adapted events gives the same numbers; CSAT is the share of Great among the latest ratings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromHelpScout, type HelpScoutConversation, type HelpScoutRating } from "../src/helpdesks/helpscout/fromHelpScout.js";
import { summarize } from "../src/aggregate/summarize/summarize.js";
import { ticketTimings } from "../src/tickets/ticketTimings/ticketTimings.js";
import { errorOf } from "./_support/helpdeskChecks.js";

const json = <T>(name: string): T => JSON.parse(readFileSync(new URL(`fixtures/helpdesks/helpscout-api/${name}`, import.meta.url), "utf8")) as T;
type Page = { _embedded: { conversations: HelpScoutConversation[] } };
const conversations = [...json<Page>("conversations-1.json")._embedded.conversations, ...json<Page>("conversations-2.json")._embedded.conversations];
const mailboxes = json<{ _embedded: { mailboxes: { id: number; name: string }[] } }>("mailboxes.json")._embedded.mailboxes;
const ratings = json<{ ratings: HelpScoutRating[] }>("ratings.json").ratings;
const expected = json<Record<string, { firstReplyMs: number | null; resolutionMs: number | null; rating?: string }>>("expected.json");
const notSpam = conversations.filter((c) => c.status !== "spam");

describe("fromHelpScout on recorded API responses", () => {
  const records = fromHelpScout({ conversations, ratings, mailboxes }, { spam: "leave out" });

  it("makes one record per conversation but the spam one, with names, channel, mailbox and tags", () => {
    expect(conversations.length - notSpam.length).toBe(1);
    expect(records.map((r) => r.id)).toEqual(notSpam.map((c) => c.id));
    for (const [r, c] of records.map((x, i) => [x, notSpam[i] as HelpScoutConversation] as const)) {
      expect(r).toMatchObject({ createdAt: Date.parse(c.createdAt), channel: c.type, team: mailboxes.find((m) => m.id === c.mailboxId)?.name });
      expect(r.agent).toBe(c.assignee === null || c.assignee === undefined ? undefined : `${c.assignee.first} ${c.assignee.last}`);
      expect(r.status).toBe({ active: "open", pending: "pending", closed: "solved" }[c.status as string]);
      expect(r.resolvedAt).toBe(c.status === "closed" ? Date.parse(c.closedAt as string) : undefined);
      expect(r.tags).toEqual(c.tags?.length ? c.tags.map((t) => t.tag) : undefined);
      // every published message thread but forwards: drafts are not messages
      const threads = c._embedded?.threads ?? [];
      expect(r.events?.filter((e) => e.type === "message")).toHaveLength(threads.filter((t) => t.state === "published" && t.type !== "lineitem").length);
      expect(r.events?.map((e) => e.at)).toEqual([...(r.events?.map((e) => e.at) ?? [])].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("reproduces the script's first response and resolution from the threads", () => {
    let resolved = 0;
    for (const r of records) {
      const theirs = expected[String(r.id)];
      const ours = ticketTimings(r);
      expect(ours.firstReplyMs, `${r.id} first reply`).toBe(theirs?.firstReplyMs);
      expect(ours.resolutionMs, `${r.id} resolution`).toBe(theirs?.resolutionMs);
      if (theirs?.resolutionMs !== null) resolved++;
    }
    expect(resolved).toBeGreaterThan(2);
  });

  it("takes each conversation's latest rating: CSAT is the share of Great", () => {
    const words = Object.values(expected).flatMap((e) => (e.rating === undefined ? [] : [e.rating]));
    expect(records.filter((r) => r.csat !== undefined).map((r) => r.csat)).toEqual(words.map((w) => ({ great: 5, okay: 3, not_good: 1 })[w]));
    const { total } = summarize(records, { kpis: ["csat"] });
    expect(total.csat).toMatchObject({ n: words.length, value: (100 * words.filter((w) => w === "great").length) / words.length });
  });

  it("reads the Happiness Ratings report's rows (ratingId 1–3) as the rating objects", () => {
    const rows = json<{ results: HelpScoutRating[] }>("happiness-ratings.json").results;
    expect(fromHelpScout({ conversations, ratings: rows, mailboxes }, { spam: "leave out" })).toEqual(records);
    const c0 = notSpam[0] as HelpScoutConversation;
    expect(errorOf(() => fromHelpScout({ conversations: [c0], ratings: [{ id: c0.id, ratingId: 4 }] }))).toMatchObject({ field: "ratings.ratingId", index: 0, value: 4 });
    expect(errorOf(() => fromHelpScout({ conversations: [c0], ratings: [{ ratingId: 1 } as never] }))).toMatchObject({ field: "ratings.id", index: 0 });
  });

  it("refuses spam unless asked to leave it out, and bad objects at their index", () => {
    expect(errorOf(() => fromHelpScout({ conversations }))).toMatchObject({ field: "conversations.status", index: 11, value: "spam" });
    const c0 = notSpam[0] as HelpScoutConversation;
    expect(errorOf(() => fromHelpScout({ conversations: [{ ...c0, createdAt: "2 Nov 2026" }] }))).toMatchObject({ field: "conversations.createdAt", index: 0 });
    expect(errorOf(() => fromHelpScout({ conversations: [{ ...c0, id: "" }] }))).toMatchObject({ field: "conversations.id", index: 0 });
    expect(errorOf(() => fromHelpScout({ conversations: [{ ...c0, _embedded: { threads: [{ type: "customer", createdAt: "soon" }] } }] }))).toMatchObject({ field: "conversations._embedded.threads[0].createdAt", index: 0 });
    expect(errorOf(() => fromHelpScout({ conversations: [{ ...c0, _embedded: { threads: [{ createdAt: c0.createdAt } as never] } }] }))).toMatchObject({ field: "conversations._embedded.threads[0].type", index: 0 });
    expect(errorOf(() => fromHelpScout({ conversations: [c0], ratings: [{ conversationId: c0.id, rating: "superb" }] }))).toMatchObject({ field: "ratings.rating", index: 0, value: "superb" });
    expect(errorOf(() => fromHelpScout({ conversations: [c0], ratings: [{ rating: "great" } as never] }))).toMatchObject({ field: "ratings.conversationId", index: 0 });
    expect(errorOf(() => fromHelpScout({ conversations: [c0] }, { spam: "keep" as never }))).toMatchObject({ field: "options.spam", value: "keep" });
    expect(errorOf(() => fromHelpScout({ conversations: "x" as never }))).toMatchObject({ field: "conversations" });
  });

  it("evaluates the TSDoc example", () => {
    const [c] = fromHelpScout({
      conversations: [{
        id: 2391938111, createdAt: "2026-11-02T09:00:00Z", status: "closed", type: "email", closedAt: "2026-11-02T11:00:00Z",
        _embedded: { threads: [
          { type: "message", createdAt: "2026-11-02T11:00:00Z", status: "closed", createdBy: { type: "user" } },
          { type: "customer", createdAt: "2026-11-02T09:00:00Z", status: "active", createdBy: { type: "customer" } },
        ] },
      }],
      ratings: [{ conversationId: 2391938111, rating: "great" }],
    });
    const at = (iso: string): number => Date.parse(iso);
    expect(c).toEqual({
      id: 2391938111, createdAt: at("2026-11-02T09:00:00Z"), status: "solved", channel: "email", resolvedAt: at("2026-11-02T11:00:00Z"), csat: 5,
      events: [
        { at: at("2026-11-02T09:00:00Z"), type: "message", author: "customer", public: true },
        { at: at("2026-11-02T09:00:00Z"), type: "status", status: "open" },
        { at: at("2026-11-02T11:00:00Z"), type: "message", author: "agent", public: true },
        { at: at("2026-11-02T11:00:00Z"), type: "status", status: "solved" },
      ],
    });
    expect(at("2026-11-02T09:00:00Z")).toBe(1793610000000);
  });

  it("reads an AI answer as a bot's, a note as private, and a thread without a Z as UTC", () => {
    const [c] = fromHelpScout({
      conversations: [{
        id: 1, createdAt: "2026-11-02T09:00:00", _embedded: { threads: [
          { type: "note", createdAt: "2026-11-02T09:05:00Z", createdBy: { type: "user" } },
          { type: "message", createdAt: "2026-11-02T09:01:00Z", createdBy: { type: "system_user" } },
          { type: "forwardparent", createdAt: "2026-11-02T09:02:00Z", createdBy: { type: "user" } },
        ] },
        assignee: { email: "x@example.com" }, primaryCustomer: { id: 5 },
      }],
    });
    expect(c?.createdAt).toBe(Date.parse("2026-11-02T09:00:00Z"));
    expect(c?.events).toEqual([
      { at: Date.parse("2026-11-02T09:01:00Z"), type: "message", author: "bot", public: true },
      { at: Date.parse("2026-11-02T09:05:00Z"), type: "message", author: "agent", public: false },
    ]);
    expect(c).toMatchObject({ agent: "x@example.com", customerId: 5 });
  });
});
