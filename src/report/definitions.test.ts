import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KPI_DEFINITIONS, type KpiDefinition } from "./definitions.js";

/** The KPIs of a ticket report (servicekpi report --kpis), in the order of its columns. */
const TICKET_KPIS = [
  "count", "csat", "nps", "ces", "surveyDelay", "firstResponseTime", "nextReplyTime", "resolutionTime", "handleTime",
  "resolutionRate", "reopenRate", "oneTouchResolutionRate", "firstContactResolution", "complaintRate", "escalationRate",
  "reassignmentRate", "uniqueCustomers", "slaCompliance", "backlog",
];
/** The KPIs of a call report (SPEC §9a): count and handleTime are shared with the ticket report. */
const CALL_KPIS = ["count", "serviceLevel", "abandonmentRate", "averageSpeedOfAnswer", "handleTime"];
const ALL = [...new Set([...TICKET_KPIS, ...CALL_KPIS])];

const ROOT = new URL("../../", import.meta.url);

/** The definition of `kpi`, failing the test when there is none. */
function def(kpi: string): KpiDefinition {
  const d = KPI_DEFINITIONS[kpi];
  if (d === undefined) throw new Error(`no definition for ${kpi}`);
  return d;
}

describe("KPI_DEFINITIONS", () => {
  it.each(ALL)("defines %s with a name, a definition and a formula", (kpi) => {
    const d = def(kpi);
    expect(d.name.trim()).not.toBe("");
    expect(d.definition.trim()).not.toBe("");
    expect(d.formula.trim()).not.toBe("");
  });

  it("has exactly the KPIs of the ticket and call reports", () => {
    expect(Object.keys(KPI_DEFINITIONS).sort()).toEqual([...ALL].sort());
  });

  it.each(ALL)("names %s by its own key", (kpi) => {
    expect(def(kpi).kpi).toBe(kpi);
  });

  it.each(ALL)("points %s to a doc page that exists in docs/kpis/", (kpi) => {
    const { doc } = def(kpi);
    expect(doc).toMatch(/^docs\/kpis\/[a-z-]+\.md$/);
    expect(existsSync(fileURLToPath(new URL(doc, ROOT)))).toBe(true);
  });

  it.each(ALL)("keeps %s short: at most two sentences, a one-line formula", (kpi) => {
    const { definition, formula } = def(kpi);
    const sentences = definition.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== "");
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(formula).not.toMatch(/\n/);
    expect(definition).not.toMatch(/\n/);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(KPI_DEFINITIONS)).toBe(true);
    expect(Object.isFrozen(def("csat"))).toBe(true);
  });
});

describe("the definitions agree with the library's", () => {
  it("NPS: % promoters (9–10) − % detractors (0–6), passives in the denominator, in points", () => {
    const { formula, definition } = def("nps");
    expect(formula).toContain("promoters (9–10)");
    expect(formula).toContain("detractors (0–6)");
    expect(formula).toMatch(/promoters.*−.*detractors/);
    expect(definition).toContain("7–8");
    expect(definition).toMatch(/passives count in the denominator/);
    expect(definition).toContain("−100 to +100");
  });

  it("CSAT: the top two boxes, 4 and 5 on 1–5, with Wilson's interval", () => {
    const { definition, formula } = def("csat");
    expect(definition).toContain("4 and 5 on the default 1–5 scale");
    expect(definition).toContain("Wilson");
    expect(formula).toBe("satisfied answers (rating ≥ max − 1) ÷ answers × 100");
  });

  it("CES: the mean rating on 1–7, higher is easier", () => {
    const { definition, formula } = def("ces");
    expect(definition).toMatch(/mean/);
    expect(definition).toContain("1–7, where higher is easier");
    expect(formula).toMatch(/^sum of ratings ÷ answers/);
  });

  it("resolution and reopen rates: their denominators", () => {
    expect(def("resolutionRate").formula).toBe("resolved tickets ÷ all tickets × 100");
    expect(def("reopenRate").formula).toBe("tickets reopened at least once ÷ tickets solved at least once × 100");
  });

  it("one-touch: at most one agent reply, zero included, over solved tickets", () => {
    const { definition, formula } = def("oneTouchResolutionRate");
    expect(formula).toContain("≤ 1 agent reply");
    expect(formula).toMatch(/÷ solved tickets/);
    expect(definition).toMatch(/no reply at all count as one-touch/);
  });

  it("FCR, escalation: over the tickets that carry the flag", () => {
    expect(def("firstContactResolution").formula).toMatch(/÷ tickets with the flag/);
    expect(def("escalationRate").formula).toMatch(/÷ tickets with the flag/);
  });

  it("durations: mean and percentiles by the linear method; the clock each is measured on", () => {
    for (const kpi of ["surveyDelay", "firstResponseTime", "nextReplyTime", "resolutionTime", "handleTime"]) {
      expect(def(kpi).formula).toContain("mean and percentiles (linear, R type 7)");
    }
    expect(def("firstResponseTime").formula).toMatch(/^first agent reply − creation/);
    expect(def("resolutionTime").formula).toMatch(/^last solve − creation/);
    for (const kpi of ["firstResponseTime", "nextReplyTime", "resolutionTime"]) {
      expect(def(kpi).definition).toMatch(/calendar time, or business time with --calendar/);
    }
    expect(def("surveyDelay").definition).toContain("Always in calendar time");
  });

  it("SLA compliance: achieved over achieved + breached, active targets on neither side", () => {
    const { definition, formula } = def("slaCompliance");
    expect(formula).toMatch(/^achieved ÷ \(achieved \+ breached\) × 100/);
    expect(definition).toMatch(/active and counts on neither side/);
    expect(definition).toMatch(/already late is breached/);
  });

  it("backlog: reopens return to the stock", () => {
    expect(def("backlog").formula).toBe("open at end = open at start + created + reopened − resolved");
  });

  it("call KPIs: the default service-level formula, abandonment, ASA over answered calls", () => {
    expect(def("serviceLevel").formula).toBe("calls answered within T ÷ (answered + abandoned) × 100");
    expect(def("serviceLevel").definition).toContain("answered-of-offered");
    expect(def("serviceLevel").definition).toContain("--sl-formula");
    expect(def("abandonmentRate").formula).toMatch(/÷ \(offered − short abandons\)/);
    expect(def("averageSpeedOfAnswer").formula).toBe("total wait of answered calls ÷ answered calls");
    expect(def("count").definition).toContain("calls offered");
  });
});
