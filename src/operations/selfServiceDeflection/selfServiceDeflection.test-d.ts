import { describe, expectTypeOf, it } from "vitest";
import { selfServiceDeflection } from "./selfServiceDeflection.js";

describe("selfServiceDeflection types", () => {
  it("takes two record types and a key both share", () => {
    const sessions = [{ customerId: "a", startedAt: 0, article: "reset-password" }];
    const contacts = [{ customerId: "a", createdAt: "2026-01-01T00:00Z", channel: "email" }];
    const r = selfServiceDeflection(sessions, contacts, { windowMs: 1, key: ["customerId"] });
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.followedByContact).toEqualTypeOf<number>();
    // @ts-expect-error: "article" is a field of the sessions only
    selfServiceDeflection(sessions, contacts, { windowMs: 1, key: ["article"] });
  });
});
