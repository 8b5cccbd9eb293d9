import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { presets } from "../presets/index.js";
import { recognisePreset } from "./recognisePreset.js";

describe("recognisePreset", () => {
  it("evaluates the TSDoc example", () => {
    expect(recognisePreset(["Id", "Status", "Via", "Created at", "Solved at", "Reopens", "Replies"])).toBe("zendesk");
    expect(recognisePreset(["ticket_id", "created"])).toBeNull();
  });

  it("recognises each preset's own full header, in any case and order", () => {
    for (const p of Object.values(presets)) {
      const header = [...new Set(p.columns.map((c) => c.column))];
      expect(recognisePreset(header)).toBe(p.name);
      expect(recognisePreset(header.map((c) => ` ${c.toUpperCase()}`).reverse())).toBe(p.name);
    }
  });

  it("wants every header of the signature", () => {
    const [first, ...rest] = presets.zendesk.signature;
    expect(first).toBeDefined();
    expect(recognisePreset(rest)).toBeNull();
    expect(recognisePreset(["Id", "Created at"])).toBeNull(); // a hand-made file with two of its names
  });

  it("refuses a header that is not a list of strings, naming the place", () => {
    for (const [bad, field] of [["Id", "columns"], [["Id", null], "columns[1]"]] as const) {
      try {
        recognisePreset(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isKpiInputError(e) && e.field).toBe(field);
      }
    }
  });
});
