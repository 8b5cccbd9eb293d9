import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { presets } from "../presets/index.js";
import { zendesk } from "../presets/zendesk.js";
import type { HelpdeskPreset } from "../types.js";
import { resolvePreset } from "./resolvePreset.js";

/** The header of a Zendesk CSV export, as Zendesk's article on data exports lists its fields. */
const ZENDESK_HEADER = zendesk.columns.map((c) => c.column).filter((c, i, all) => all.indexOf(c) === i);

/** The field, value and expectation of the `KpiInputError` `run` throws. */
const errorOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (e) {
    return isKpiInputError(e) ? { field: e.field, value: e.value, expected: e.expected } : e;
  }
  return undefined;
};

describe("resolvePreset", () => {
  it("evaluates the TSDoc example", () => {
    const header = ["Id", "Status", "Created at", "Solved at", "Satisfaction Score", "First reply time in minutes"];
    const { mapping, csatScale, missing } = resolvePreset("zendesk", header);
    expect(mapping["id"]).toBe("Id");
    expect(mapping["firstResponseMs"]).toEqual({ column: "First reply time in minutes", unit: "minutes" });
    expect(csatScale).toBe("binary");
    expect(missing.includes("Via")).toBe(true);
  });

  it("maps every Zendesk column with a field, reading calendar minutes by default", () => {
    const r = resolvePreset("zendesk", ZENDESK_HEADER);
    expect(r).toMatchObject({ preset: "zendesk", hours: "calendar", csatScale: "binary", missing: [] });
    expect(r.mapping).toEqual({
      id: "Id",
      customerId: "Requester id",
      agent: "Assignee",
      team: "Group",
      tags: "Tags",
      status: { column: "Status", values: { Hold: "on-hold", "On-hold": "on-hold", "On hold": "on-hold" } },
      priority: "Priority",
      channel: "Via",
      createdAt: "Created at",
      resolvedAt: "Solved at",
      csat: "Satisfaction Score",
      surveySent: { column: "Satisfaction Score", values: { Good: true, Bad: true, Offered: true, "Not Offered": false, Unoffered: false } },
      reopens: "Reopens",
      replies: "Replies",
      firstResponseMs: { column: "First reply time in minutes", unit: "minutes" },
      resolutionMs: { column: "Full resolution time in minutes", unit: "minutes" },
    });
    expect(r.dateFormat).toBeUndefined(); // Zendesk writes the account's layout: the caller tells it
  });

  it("reads the business-hours columns with hours: business", () => {
    const { mapping, hours } = resolvePreset("zendesk", ZENDESK_HEADER, { hours: "business" });
    expect(hours).toBe("business");
    expect(mapping["firstResponseMs"]).toEqual({ column: "First reply time in minutes within business hours", unit: "minutes" });
    expect(mapping["resolutionMs"]).toEqual({ column: "Full resolution time in minutes within business hours", unit: "minutes" });
    // a business export without the business columns leaves the durations out, and says so
    const calendarOnly = ZENDESK_HEADER.filter((c) => !c.endsWith("within business hours"));
    const r = resolvePreset("zendesk", calendarOnly, { hours: "business" });
    expect(r.mapping["firstResponseMs"]).toBeUndefined();
    expect(r.missing).toEqual(["First reply time in minutes within business hours", "Full resolution time in minutes within business hours"]);
  });

  it("matches headers ignoring case and surrounding spaces, and names them as the file spells them", () => {
    const r = resolvePreset("ZenDesk" as "zendesk", ["  ID ", "created AT", "requester ID"]);
    expect(r.mapping).toEqual({ id: "  ID ", createdAt: "created AT", customerId: "requester ID" });
  });

  it("lets the user's entries win, also for fields the preset does not read", () => {
    const r = resolvePreset("zendesk", ZENDESK_HEADER, { mapping: { channel: "Ticket type", topic: "Subject", firstResponseMs: { column: "Agent wait time in minutes", unit: "minutes" } } });
    expect(r.mapping["channel"]).toBe("Ticket type");
    expect(r.mapping["topic"]).toBe("Subject");
    expect(r.mapping["firstResponseMs"]).toEqual({ column: "Agent wait time in minutes", unit: "minutes" });
    // a required field the file lacks is fine when the user maps it
    expect(resolvePreset("zendesk", ["Id", "Opened"], { mapping: { createdAt: "Opened" } }).mapping).toEqual({ id: "Id", createdAt: "Opened" });
  });

  it("takes a preset object of the user's, and lists each missing column once", () => {
    const mine: HelpdeskPreset = {
      ...zendesk,
      name: "zendesk",
      tool: "Our desk",
      columns: [
        { column: "Key", field: "id", meaning: "" },
        { column: "Opened", aliases: ["Opened on"], field: "createdAt", meaning: "" },
        { column: "Score", field: "csat", meaning: "" },
        { column: "Score", field: "surveySent", meaning: "" },
      ],
    };
    expect(resolvePreset(mine, ["key", "OPENED ON"])).toMatchObject({ mapping: { id: "key", createdAt: "OPENED ON" }, missing: ["Score"] });
  });

  it("reads a field from the first of its columns the header has", () => {
    const twice: HelpdeskPreset = { ...zendesk, columns: [{ column: "Id", field: "id", meaning: "" }, { column: "Ticket id", field: "id", meaning: "" }, { column: "Created", field: "createdAt", meaning: "" }] };
    expect(resolvePreset(twice, ["Ticket id", "Id", "Created"]).mapping["id"]).toBe("Id");
    expect(resolvePreset(twice, ["Ticket id", "Created"]).mapping["id"]).toBe("Ticket id");
  });

  it("matches a date column under the time zone its header names, and returns that zone", () => {
    const header = ["Conversation ID", "Conversation started at (Europe/Berlin)", "Conversation last closed at (Europe/Berlin)", "Conversation first replied at (not a zone)"];
    const r = resolvePreset("intercom", header);
    expect(r.mapping["createdAt"]).toBe("Conversation started at (Europe/Berlin)");
    expect(r.mapping["resolvedAt"]).toBe("Conversation last closed at (Europe/Berlin)");
    expect(r.timeZone).toBe("Europe/Berlin");
    // the exact name matches too (an export without zones), and then names none
    expect(resolvePreset("intercom", ["Conversation ID", "Conversation started at"])).not.toHaveProperty("timeZone");
    // a parenthesis that is no zone is not a match
    expect(() => resolvePreset("intercom", ["Conversation ID", "Conversation started at (local)"])).toThrow(/the column "Conversation started at"/);
  });

  describe("errors", () => {

    it("names a file that lacks the id or creation column", () => {
      expect(errorOf(() => resolvePreset("zendesk", ["Id", "Status"]))).toEqual({
        field: "columns",
        value: "2 columns",
        expected: 'the column "Created at" (the ticket\'s createdAt in a Zendesk Support export), or a mapping entry for createdAt',
      });
      expect(errorOf(() => resolvePreset("zendesk", ["Created at"]))).toMatchObject({ expected: 'the column "Id" (the ticket\'s id in a Zendesk Support export), or a mapping entry for id' });
    });

    it("refuses headers that name two time zones", () => {
      expect(errorOf(() => resolvePreset("intercom", ["Conversation ID", "Conversation started at (Europe/Berlin)", "Conversation last closed at (UTC)"]))).toEqual({
        field: "columns",
        value: ["Conversation started at (Europe/Berlin)", "Conversation last closed at (UTC)"],
        expected: "headers (and notes) that name one time zone for their dates",
      });
    });

    it("refuses an unknown preset, a bad header and bad options", () => {
      expect(errorOf(() => resolvePreset("zendisk" as never, []))).toMatchObject({ field: "preset", value: "zendisk" });
      expect(errorOf(() => resolvePreset(42 as never, []))).toMatchObject({ field: "preset", value: 42 });
      expect(errorOf(() => resolvePreset("zendesk", "Id,Created at" as never))).toMatchObject({ field: "columns" });
      expect(errorOf(() => resolvePreset("zendesk", ["Id", 7 as never]))).toMatchObject({ field: "columns[1]", value: 7 });
      expect(errorOf(() => resolvePreset("zendesk", ZENDESK_HEADER, { hours: "office" as never }))).toMatchObject({ field: "options.hours", value: "office" });
      expect(errorOf(() => resolvePreset("zendesk", ZENDESK_HEADER, { mapping: "Id" as never }))).toMatchObject({ field: "options.mapping", value: "Id" });
      expect(errorOf(() => resolvePreset("zendesk", ZENDESK_HEADER, null as never))).toMatchObject({ field: "options" });
    });

    it("checks a preset object's columns", () => {
      const bad = (columns: unknown, extra: object = {}) => errorOf(() => resolvePreset({ ...zendesk, columns, ...extra } as never, ["Id", "Created at"]));
      expect(bad("Id")).toMatchObject({ field: "preset.columns" });
      expect(bad([{ field: "id" }])).toMatchObject({ field: "preset.columns[0]" });
      expect(bad([{ column: " ", field: "id" }])).toMatchObject({ field: "preset.columns[0]" });
      expect(bad([{ column: "Id", field: 3 }])).toMatchObject({ field: "preset.columns[0].field", value: 3 });
      expect(bad([{ column: "Id", hours: "office" }])).toMatchObject({ field: "preset.columns[0].hours", value: "office" });
      expect(bad([{ column: "Id", aliases: ["ID", 1] }])).toMatchObject({ field: "preset.columns[0].aliases[1]", value: 1 });
      expect(bad([{ column: "Id", read: "minutes" }])).toMatchObject({ field: "preset.columns[0].read", value: "minutes" });
      expect(bad([{ column: "Id", zoneInHeader: "yes" }])).toMatchObject({ field: "preset.columns[0].zoneInHeader", value: "yes" });
      expect(bad([], { name: "" })).toMatchObject({ field: "preset.name" });
      expect(bad([], { tool: 5 })).toMatchObject({ field: "preset.tool", value: 5 });
      expect(bad([], { signature: [1] })).toMatchObject({ field: "preset.signature[0]", value: 1 });
      expect(bad([], { schema: "calls" })).toMatchObject({ field: "preset.schema", value: "calls" });
      expect(bad([], { headerRow: 0 })).toMatchObject({ field: "preset.headerRow", value: 0 });
      expect(bad([], { timeZone: 1 })).toMatchObject({ field: "preset.timeZone", value: 1 });
      expect(bad([], { constants: "csat" })).toMatchObject({ field: "preset.constants", value: "csat" });
      expect(bad([], { notes: [{ pattern: "(" }] })).toMatchObject({ field: "preset.notes[0]" });
      expect(bad([], { notes: [{ meaning: "no pattern" }] })).toMatchObject({ field: "preset.notes[0]" });
      expect(bad([], { notes: "x" })).toMatchObject({ field: "preset.notes" });
    });
  });

  describe("header rows, notes, constants and survey exports", () => {
    const ZAMMAD = ["#", "State", "Create Channel", "Created At", "Closed At", "First Response At", "First Response In Min", "Close In Min"];

    it("passes a workbook's header row and note patterns on, and takes the zone a note names", () => {
      const r = resolvePreset("zammad", ZAMMAD, { notes: ["Timezone: Europe/Berlin"] });
      expect(r).toMatchObject({ schema: "tickets", headerRow: 3, timeZone: "Europe/Berlin" });
      expect(r.notes?.length).toBe(1);
      // the word before the zone is translated (German: Zeitzone); a zone the runtime does not know is no zone
      expect(resolvePreset("zammad", ZAMMAD, { notes: ["Zeitzone: America/Sao_Paulo"] }).timeZone).toBe("America/Sao_Paulo");
      expect(resolvePreset("zammad", ZAMMAD, { notes: ["Timezone: Mars/Base"] }).timeZone).toBeUndefined();
      expect(resolvePreset("zammad", ZAMMAD).timeZone).toBeUndefined();
      expect(errorOf(() => resolvePreset("zammad", ZAMMAD, { notes: ["Timezone: UTC", "Timezone: Asia/Tokyo"] }))).toMatchObject({ field: "columns" });
      expect(errorOf(() => resolvePreset("zammad", ZAMMAD, { notes: "Timezone: UTC" as never }))).toMatchObject({ field: "options.notes" });
      expect(errorOf(() => resolvePreset("zammad", ZAMMAD, { notes: [3 as never] }))).toMatchObject({ field: "options.notes[0]", value: 3 });
    });

    it("reads the calendar instants, or Zammad's SLA minutes and no close instant with hours: business", () => {
      expect(resolvePreset("zammad", ZAMMAD).mapping).toMatchObject({ resolvedAt: "Closed At", firstResponseAt: "First Response At" });
      const business = resolvePreset("zammad", ZAMMAD, { hours: "business" }).mapping;
      expect(business).toMatchObject({ resolutionMs: { column: "Close In Min", unit: "minutes" }, firstResponseMs: { column: "First Response In Min", unit: "minutes" } });
      expect(business["resolvedAt"]).toBeUndefined();
    });

    it("reads a survey export: the constant type, the tool's zone, and type as the field it cannot do without", () => {
      const header = ["Agent Name", "Rating", "Link to the conversation", "Recorded date"];
      const r = resolvePreset("chatwoot", header);
      expect(r).toMatchObject({ schema: "surveys", timeZone: "UTC", csatScale: "1-5", dateFormat: "yyyy-MM-dd HH:mm:ss 'UTC'" });
      expect(r.mapping).toMatchObject({ type: { value: "csat" }, score: "Rating", ticketId: "Link to the conversation", respondedAt: "Recorded date" });
      expect(resolvePreset("chatwoot", header, { mapping: { type: { value: "nps" } } }).mapping["type"]).toEqual({ value: "nps" });
      const noType = { ...presets.chatwoot, constants: undefined };
      expect(errorOf(() => resolvePreset(noType, header))).toMatchObject({ field: "columns" });
      expect(resolvePreset(noType, header, { mapping: { type: "Rating" } }).mapping["type"]).toBe("Rating");
    });
  });
});
