import { describe, expectTypeOf, it } from "vitest";
import { CHANNELS, normalizeChannel, type Channel } from "./normalizeChannel.js";

describe("normalizeChannel types", () => {
  it("returns the Channel union and takes strings or nothing", () => {
    expectTypeOf(normalizeChannel("Email")).toEqualTypeOf<Channel>();
    expectTypeOf<Channel>().toEqualTypeOf<"chat" | "email" | "phone" | "social" | "self-service" | "web" | "messaging" | "other">();
    expectTypeOf(CHANNELS).toEqualTypeOf<readonly ["chat", "email", "phone", "social", "self-service", "web", "messaging", "other"]>();
    normalizeChannel(null);
    normalizeChannel(undefined);
    // @ts-expect-error: a number is not a channel
    normalizeChannel(1);
  });
});
