import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { presets } from "../presets/index.js";
import type { HelpdeskName } from "../types.js";
import { resolvePreset } from "./resolvePreset.js";

const NAMES = Object.keys(presets) as HelpdeskName[];
const key = (c: string): string => c.trim().toLowerCase();

/** A preset, and a header made of some of its columns (the required ones kept), shuffled and respelled. */
const fileOf = fc.constantFrom(...NAMES).chain((name) => {
  const p = presets[name];
  const all = [...new Set(p.columns.map((c) => c.column))];
  // (a ticket export cannot do without its id and creation columns; a survey export's type is a constant)
  const required = (p.schema === "surveys" ? [] : ["id", "createdAt"]).map((f) => p.columns.find((c) => c.field === f)?.column as string);
  return fc
    .tuple(
      fc.subarray(all.filter((c) => !required.includes(c))),
      fc.func(fc.boolean()),
      fc.constantFrom("calendar", "business"),
    )
    .chain(([some, upper, hours]) =>
      fc.shuffledSubarray([...required, ...some], { minLength: required.length + some.length }).map((header) => ({
        name,
        hours: hours as "calendar" | "business",
        header: header.map((c) => (upper(c) ? ` ${c.toUpperCase()} ` : c)),
      })),
    );
});

describe("resolvePreset (properties)", () => {
  test.prop([fileOf])("maps only columns the file has, and lists the preset's other columns as missing", ({ name, hours, header }) => {
    const r = resolvePreset(name, header, { hours });
    const have = new Set(header);
    const mapped = Object.values(r.mapping).flatMap((e) => (typeof e === "string" ? [e] : "column" in e ? [e.column] : [])); // (constants name no column)
    for (const c of mapped) expect(have.has(c as string)).toBe(true);
    const keys = new Set(header.map(key));
    const read = presets[name].columns.filter((c) => c.field !== undefined && (c.hours === undefined || c.hours === hours));
    for (const c of read) {
      const present = [c.column, ...(c.aliases ?? [])].some((n) => keys.has(key(n)));
      if (present) expect(r.mapping[c.field as string]).toBeDefined();
      else expect(r.missing).toContain(c.column);
    }
    // and nothing else is missing
    for (const m of r.missing) expect(read.some((c) => c.column === m && ![c.column, ...(c.aliases ?? [])].some((n) => keys.has(key(n))))).toBe(true);
  });

  test.prop([fileOf, fc.nat()])("does not depend on the order of the header", ({ name, hours, header }, seed) => {
    const turned = [...header.slice(seed % Math.max(header.length, 1)), ...header.slice(0, seed % Math.max(header.length, 1))];
    expect(resolvePreset(name, turned, { hours })).toEqual(resolvePreset(name, header, { hours }));
  });

  test.prop([fileOf, fc.dictionary(fc.constantFrom("channel", "topic", "agent", "priority", "csat"), fc.string({ minLength: 1 }), { minKeys: 1 })])(
    "keeps the user's entries as given, over the preset's",
    ({ name, hours, header }, mine) => {
      const r = resolvePreset(name, header, { hours, mapping: mine });
      for (const [field, entry] of Object.entries(mine)) expect(r.mapping[field]).toBe(entry);
    },
  );
});
