import { describe, expect, it } from "vitest";
import { contactVolume } from "./contactVolume.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

describe("contactVolume", () => {
  it("counts per channel with shares, largest first (the TSDoc example)", () => {
    // By hand: 2 of 5 are email (40 %), one each chat, phone and missing (20 % each);
    // the ties are ordered by key, the missing channel last.
    expect(contactVolume([{ channel: "email" }, { channel: "chat" }, { channel: "email" }, { channel: "phone" }, {}])).toEqual({
      total: 5,
      groups: [
        { key: { channel: "email" }, count: 2, share: 40 },
        { key: { channel: "chat" }, count: 1, share: 20 },
        { key: { channel: "phone" }, count: 1, share: 20 },
        { key: { channel: null }, count: 1, share: 20 },
      ],
    });
  });

  it("counts by several fields, treating null and an empty string as missing", () => {
    const records = [
      { channel: "chat", team: "A" },
      { channel: "chat", team: "B" },
      { channel: "chat", team: "A" },
      { channel: "email", team: null },
      { channel: "email", team: "" },
      { channel: "email", team: undefined },
    ];
    expect(contactVolume(records, { by: ["channel", "team"] }).groups).toEqual([
      { key: { channel: "email", team: null }, count: 3, share: 50 },
      { key: { channel: "chat", team: "A" }, count: 2, share: expect.closeTo(100 / 3, 12) },
      { key: { channel: "chat", team: "B" }, count: 1, share: expect.closeTo(100 / 6, 12) },
    ]);
    expect(contactVolume(records, { by: "team" }).groups.map((g) => [g.key["team"], g.count])).toEqual([[null, 3], ["A", 2], ["B", 1]]);
  });

  it("groups with a function, its keys sorted by name", () => {
    const records = [{ channel: "E-mail", h: 9 }, { channel: "email", h: 10 }, { channel: "Chat", h: 9 }];
    const r = contactVolume(records, { by: (c) => ({ morning: c.h < 10, channel: c.channel.toLowerCase().replace("-", "") }) });
    expect(r.groups).toEqual([
      { key: { channel: "chat", morning: true }, count: 1, share: expect.closeTo(100 / 3, 12) },
      { key: { channel: "email", morning: false }, count: 1, share: expect.closeTo(100 / 3, 12) },
      { key: { channel: "email", morning: true }, count: 1, share: expect.closeTo(100 / 3, 12) },
    ]);
    expect(Object.keys(r.groups[0]!.key)).toEqual(["channel", "morning"]);
    // Groups with different dimensions are ordered by the names, then the values.
    const mixed = contactVolume([{ v: 1 }, { v: 2 }, { v: 3 }], { by: (c) => (c.v === 2 ? { b: 0 } : c.v === 1 ? { a: 0, z: 0 } : { a: 0 }) });
    expect(mixed.groups.map((g) => g.key)).toEqual([{ a: 0 }, { a: 0, z: 0 }, { b: 0 }]);
  });

  it("orders tied groups numbers, then strings, then booleans, then missing; and keeps types apart", () => {
    const r = contactVolume([{ q: "b" }, { q: true }, { q: 2 }, {}, { q: "a" }, { q: 1 }, { q: "1" }], { by: "q" });
    expect(r.groups.map((g) => g.key["q"])).toEqual([1, 2, "1", "a", "b", true, null]);
  });

  it("gives no groups for no records, and survives JSON", () => {
    expect(contactVolume([])).toEqual({ total: 0, groups: [] });
    const r = contactVolume([{ channel: "chat" }]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("rejects values it cannot group by, and bad options", () => {
    expect(inputErrorOf(() => contactVolume([{ channel: "chat" }, { channel: { name: "chat" } }]))).toMatchObject({ kpi: "contactVolume", field: "records.channel", index: 1 });
    expect(inputErrorOf(() => contactVolume([{ channel: Number.NaN }]))).toMatchObject({ field: "records.channel", index: 0 });
    expect(inputErrorOf(() => contactVolume([{ channel: new Date(0) }]))).toMatchObject({ field: "records.channel" });
    expect(inputErrorOf(() => contactVolume([null as never]))).toMatchObject({ field: "records", index: 0 });
    expect(inputErrorOf(() => contactVolume([{ channel: "a" }], { by: [] }))).toMatchObject({ field: "options.by" });
    expect(inputErrorOf(() => contactVolume([{ channel: "a" }], { by: 3 as never }))).toMatchObject({ field: "options.by" });
    // Every name of the list is checked, not only the first: an empty name or a number after a good one.
    for (const by of [["channel", ""], ["channel", 5], [""], ["channel", "team", null]]) {
      expect(inputErrorOf(() => contactVolume([{ channel: "a" }], { by: by as never }))).toMatchObject({ field: "options.by", value: by });
    }
    expect(inputErrorOf(() => contactVolume([{ channel: "a" }], { by: () => "a" as never }))).toMatchObject({ field: "options.by", index: 0 });
    expect(inputErrorOf(() => contactVolume([{ channel: "a" }], { by: () => ({ c: [] as never }) }))["message"]).toMatch(/as the value of "c"/);
    expect(inputErrorOf(() => contactVolume(1 as never))).toMatchObject({ field: "records" });
  });
});
