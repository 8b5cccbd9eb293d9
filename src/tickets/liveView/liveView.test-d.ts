import { describe, expectTypeOf, it } from "vitest";
import { liveView, type LiveViewCounts, type LiveViewGroup, type LiveViewSlaItem } from "./liveView.js";

describe("liveView types", () => {
  it("types the group key after by", () => {
    const byAgent = liveView([], { now: 0, by: "agent" });
    expectTypeOf(byAgent.groups).toEqualTypeOf<readonly LiveViewGroup<"agent">[]>();
    expectTypeOf(byAgent.groups[0]!.group).toEqualTypeOf<{ readonly agent: string | null }>();
    expectTypeOf(liveView([], { now: 0, by: "team" }).groups[0]!.group.team).toEqualTypeOf<string | null>();
    expectTypeOf(liveView([], { now: new Date() }).groups).toEqualTypeOf<readonly []>();
    expectTypeOf(byAgent.total).toEqualTypeOf<LiveViewCounts>();
    expectTypeOf(byAgent.total.atRisk).toEqualTypeOf<readonly LiveViewSlaItem[]>();
    expectTypeOf(byAgent.total.oldestWaiting!.since).toEqualTypeOf<Date>();
    // @ts-expect-error: now is required
    liveView([], {});
    // @ts-expect-error: tickets are grouped by agent or team only
    liveView([], { now: 0, by: "channel" });
  });
});
