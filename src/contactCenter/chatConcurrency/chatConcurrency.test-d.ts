import { describe, expectTypeOf, it } from "vitest";
import { chatConcurrency, type ChatTime } from "./chatConcurrency.js";

describe("chatConcurrency types", () => {
  it("takes one object or an iterable of them; per-chat times and chats are nullable", () => {
    const r = chatConcurrency({ chatMs: 2, engagedMs: 1 });
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.chatMs).toEqualTypeOf<number>();
    expectTypeOf(r.chats).toEqualTypeOf<number | null>();
    expectTypeOf(r.adjustedHandleMs).toEqualTypeOf<number | null>();
    expectTypeOf(chatConcurrency([{ chatMs: 2, wrapUpMs: 1, engagedMs: 1, chats: 1 }])).toEqualTypeOf(r);
    expectTypeOf<{ chatMs: number; engagedMs: number }>().toMatchTypeOf<ChatTime>();
    // @ts-expect-error: engagedMs is required
    chatConcurrency({ chatMs: 1 });
  });
});
