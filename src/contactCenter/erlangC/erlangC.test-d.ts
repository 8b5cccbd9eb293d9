import { describe, expectTypeOf, it } from "vitest";
import { erlangC, type ErlangAResult, type ErlangCInput, type ErlangCResult } from "./erlangC.js";

describe("erlangC types", () => {
  it("returns the Erlang C result, or the Erlang A result when patienceMs is a number", () => {
    const c = erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000 });
    expectTypeOf(c).toEqualTypeOf<ErlangCResult>();
    expectTypeOf(c.serviceLevel).toEqualTypeOf<number | null>();
    expectTypeOf(c.asaMs).toEqualTypeOf<number | null>();
    expectTypeOf(c.probabilityOfWaiting).toEqualTypeOf<number>();
    const a = erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, patienceMs: 300_000 });
    expectTypeOf(a).toEqualTypeOf<ErlangAResult>();
    expectTypeOf(a.probabilityOfAbandon).toEqualTypeOf<number>();
    expectTypeOf(a.averageWaitMs).toEqualTypeOf<number>();
    // A patience that may be undefined gives the common (Erlang C) shape.
    const maybe: ErlangCInput = { calls: 1, intervalMs: 1, ahtMs: 1, agents: 1, patienceMs: undefined };
    expectTypeOf(erlangC(maybe)).toEqualTypeOf<ErlangCResult>();
    expectTypeOf<ErlangAResult>().toMatchTypeOf<ErlangCResult>();
  });

  it("requires the load and the agents", () => {
    // @ts-expect-error: agents is required
    erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000 });
    // @ts-expect-error: calls must be a number
    erlangC({ calls: "100", intervalMs: 1_800_000, ahtMs: 180_000, agents: 14 });
  });
});
