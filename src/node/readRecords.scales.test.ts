/**
 * The reading guide's survey-scale and kept-column examples, on test/fixtures/zendesk-satisfaction.csv
 * through the CSV reader's fast path. Expected numbers are counted by hand from the fixture:
 * Satisfaction Score Good (101, 104, 106 "GOOD"), Bad (102, 107 "bad "), Offered (103, 108),
 * Unoffered (105); Product Payments (101, 102, 104, 108), Mobile app (103, 106, 107), blank (105).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { summarize } from "../aggregate/summarize/summarize.js";
import { scaleKpiOptions, ticketSchema } from "../schemas/index.js";
import { readRecords } from "./index.js";

const fixture = fileURLToPath(new URL("../../test/fixtures/zendesk-satisfaction.csv", import.meta.url));
const mapping = {
  id: "Id",
  createdAt: "Created at",
  resolvedAt: "Solved at",
  tags: "Tags",
  csat: "Satisfaction Score",
  ces: "Customer effort (1-5)",
  surveySent: { column: "Satisfaction Score", values: { Good: true, Bad: true, Offered: true, Unoffered: false } },
} as const;

describe("readRecords with csatScale, cesScale and keep (the reading guide's example)", () => {
  it("reads Zendesk's satisfaction words and a 1–5 effort scale; summarize on the same scales", async () => {
    const scales = { csatScale: "binary", cesScale: "1-5" } as const;
    const { records, counts } = await readRecords(fixture, { schema: ticketSchema, mapping, ...scales, keep: ["Product"] }).collect();
    expect(counts).toEqual({ rows: 8, records: 8, rejected: 0 });
    expect(records.map((r) => r.csat)).toEqual([1, 0, undefined, 1, undefined, 1, 0, undefined]);
    expect(records.map((r) => r.surveySent)).toEqual([true, true, true, true, false, true, true, true]);
    expect(records.map((r) => r.tags)).toEqual([["billing", "vip"], ["billing"], undefined, ["billing", "refund"], ["vip"], ["bug", "vip"], ["bug"], ["refund"]]);
    expect(records.map((r) => (r as Record<string, unknown>)["Product"])).toEqual(["Payments", "Payments", "Mobile app", "Payments", undefined, "Mobile app", "Mobile app", "Payments"]);
    const o = scaleKpiOptions(scales);
    const { rows, total } = summarize(records, { by: ["Product"], kpis: [{ kpi: "csat", ...o.csat }, { kpi: "ces", ...o.ces }] });
    // 3 good of 5 answers; 7 sent (Unoffered was not), 5 answered; effort 1, 4, 2, 2, 5: mean 2.8
    expect(total.csat).toMatchObject({ value: 60, n: 5, responseRate: { value: (5 * 100) / 7, n: 7, responded: 5 } });
    expect(total.ces).toMatchObject({ value: 2.8, n: 5 });
    expect(rows.map((r) => [r.group["Product"], r.n, r.csat?.value ?? null])).toEqual([["Mobile app", 3, 50], ["Payments", 4, (2 * 100) / 3], [null, 1, null]]);
  });
});
