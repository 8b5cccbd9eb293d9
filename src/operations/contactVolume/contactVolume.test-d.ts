import { describe, expectTypeOf, it } from "vitest";
import { contactVolume, type GroupValue } from "./contactVolume.js";

describe("contactVolume types", () => {
  it("checks field names and the by function's result", () => {
    const records = [{ channel: "chat", team: "A" }];
    const r = contactVolume(records, { by: ["channel", "team"] });
    expectTypeOf(r.groups[0]!.key).toEqualTypeOf<Readonly<Record<string, GroupValue>>>();
    contactVolume(records, { by: (c) => ({ channel: c.channel.toLowerCase() }) });
    // @ts-expect-error: no such field
    contactVolume(records, { by: "queue" });
    // @ts-expect-error: a group value cannot be an object
    contactVolume(records, { by: () => ({ when: new Date() }) });
  });
});
