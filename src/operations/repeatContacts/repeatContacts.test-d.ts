import { describe, expectTypeOf, it } from "vitest";
import { repeatContacts } from "./repeatContacts.js";

describe("repeatContacts types", () => {
  it("keeps the caller's fields and adds repeat", () => {
    const r = repeatContacts([{ customerId: 1, topic: "t", startedAt: 0, agent: "ann" }], { windowMs: 1 });
    expectTypeOf(r.contacts[0]!.agent).toEqualTypeOf<string>();
    expectTypeOf(r.contacts[0]!.repeat).toEqualTypeOf<boolean>();
    expectTypeOf(r.fcr.value).toEqualTypeOf<number | null>();
  });

  it("checks key field names against the record type", () => {
    repeatContacts([{ customerId: 1, queue: "q", startedAt: 0 }], { windowMs: 1, key: ["customerId", "queue"] });
    // @ts-expect-error: no such field
    repeatContacts([{ customerId: 1, startedAt: 0 }], { windowMs: 1, key: ["customer"] });
    // @ts-expect-error: windowMs is required
    repeatContacts([{ customerId: 1, startedAt: 0 }], {});
    repeatContacts([{ customerId: 1, startedAt: 0 }], { windowMs: 1, key: (c, i) => `${c.customerId}-${i}` });
  });
});
