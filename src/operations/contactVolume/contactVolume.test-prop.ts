import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { contactVolume } from "./contactVolume.js";

const record = fc.record(
  { channel: fc.constantFrom("chat", "email", "phone", "", null, undefined, 1, true), team: fc.constantFrom("A", "B") },
  { requiredKeys: ["team"] },
);
const lists = fc.array(record, { maxLength: 80 });

test.prop([lists])("counts sum to the total and shares to 100; groups are distinct and ordered by count", (records) => {
  const r = contactVolume(records, { by: ["channel", "team"] });
  expect(r.total).toBe(records.length);
  expect(r.groups.reduce((s, g) => s + g.count, 0)).toBe(records.length);
  if (records.length > 0) expect(r.groups.reduce((s, g) => s + g.share, 0)).toBeCloseTo(100, 9);
  const keys = r.groups.map((g) => JSON.stringify(g.key));
  expect(new Set(keys).size).toBe(keys.length);
  for (let i = 1; i < r.groups.length; i++) expect(r.groups[i - 1]!.count).toBeGreaterThanOrEqual(r.groups[i]!.count);
  for (const g of r.groups) {
    expect(g.share).toBeGreaterThan(0);
    expect(g.share).toBeLessThanOrEqual(100);
  }
});

test.prop([lists.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length })))])(
  "the order of the records changes nothing, not even the order of tied groups",
  ([records, shuffled]) => {
    expect(contactVolume(shuffled)).toEqual(contactVolume(records));
    expect(contactVolume(shuffled, { by: (r) => ({ team: r.team, missing: r.channel === undefined }) })).toEqual(
      contactVolume(records, { by: (r) => ({ team: r.team, missing: r.channel === undefined }) }),
    );
  },
);

test.prop([lists])("a group's count is the number of records with its values (missing = null, undefined or empty)", (records) => {
  const norm = (v: unknown) => (v === undefined || v === null || v === "" ? null : v);
  for (const g of contactVolume(records).groups) expect(g.count).toBe(records.filter((r) => norm(r.channel) === g.key["channel"]).length);
});
