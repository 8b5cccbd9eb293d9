import { describe, expectTypeOf, it } from "vitest";
import { slaCompliance } from "../../operations/slaCompliance/slaCompliance.js";
import { evaluateSla, type SlaPolicy, type SlaTargetEvaluation, type SlaTargetStatus } from "./evaluateSla.js";

describe("evaluateSla types", () => {
  it("returns entries with Date-or-null instants whose statuses slaCompliance takes", () => {
    const entries = evaluateSla({ id: 1, createdAt: 0 }, { targets: [{ metric: "first-reply", targetMs: 1 }] }, { now: new Date() });
    expectTypeOf(entries).toEqualTypeOf<SlaTargetEvaluation[]>();
    expectTypeOf(entries[0]!.dueAt).toEqualTypeOf<Date | null>();
    expectTypeOf(entries[0]!.status).toEqualTypeOf<SlaTargetStatus>();
    slaCompliance(entries.map((e) => e.status));
    // @ts-expect-error: "first-response" is not a metric
    const bad: SlaPolicy = { targets: [{ metric: "first-response", targetMs: 1 }] };
    void bad;
    // targetMs may be text in a policy; entries always report it in ms
    const text: SlaPolicy = { targets: [{ metric: "first-reply", targetMs: "1d 4h", priority: "High" }] };
    expectTypeOf(evaluateSla({ id: 1, createdAt: 0 }, text)[0]!.targetMs).toEqualTypeOf<number>();
    // @ts-expect-error: "waiting" is not a status
    evaluateSla({ id: 1, createdAt: 0 }, { targets: [], pauseOn: ["waiting"] });
  });
});
