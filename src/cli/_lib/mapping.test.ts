/// <reference types="node" />
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./io.test-util.js";
import { parseMap, readJsonOption, readMapping } from "./mapping.js";
import { UsageError } from "./usage.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-mapping-"));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("--map and --mapping", () => {
  it("reads field=Column pairs, quoted columns with commas, and units", () => {
    expect(parseMap('createdAt="Created, Date",channel=Channel , firstResponseMs=frt min@minutes')).toEqual({
      createdAt: "Created, Date",
      channel: "Channel",
      firstResponseMs: { column: "frt min", unit: "minutes" },
    });
  });

  it.each([["createdAt"], ["=Created"], ["createdAt="], ["firstResponseMs=frt@weeks"]])("refuses %j", (text) => {
    expect(() => parseMap(text)).toThrow(UsageError);
  });

  it("lays --map over a mapping file", async () => {
    const file = write("m.json", JSON.stringify({ createdAt: "created", status: { column: "state", values: { Done: "solved" } } }));
    expect(await readMapping(file, "createdAt=opened")).toEqual({ createdAt: "opened", status: { column: "state", values: { Done: "solved" } } });
    expect(await readMapping(undefined, undefined)).toBeUndefined();
  });

  it("names a file that is not JSON, or not an object", async () => {
    await expect(readMapping(write("bad.json", "{createdAt:"), undefined)).rejects.toThrow(/^--mapping .*bad\.json: not valid JSON/);
    await expect(readMapping(write("list.json", "[1]"), undefined)).rejects.toThrow(/expected a JSON object of field → column/);
    await expect(readJsonOption("--sla", write("sla.json", "nope"))).rejects.toThrow(/^--sla .*sla\.json: not valid JSON/);
  });
});

describe("report options", () => {
  const file = write("t.csv", "id,createdAt,channel\n1,2026-03-02T09:00:00Z,email\n");
  it.each([
    [["--by", "month,week"], "--by: one period at most; got month and week"],
    [["--schema", "orders"], '--schema: report reads tickets, surveys or calls; got "orders"'],
    [["--period-of", "updatedAt"], '--period-of: createdAt or resolvedAt; got "updatedAt"'],
  ])("%j is a usage error", async (args, message) => {
    expect(await cli("report", file, ...args)).toEqual({ code: 2, stdout: "", stderr: `servicekpi: ${message}\n` });
  });

  it("names an SLA policy file that is not a policy, and the field at fault", async () => {
    const list = write("list.json", "[]");
    expect((await cli("report", file, "--sla", list)).stderr).toBe(`servicekpi: --sla ${list}: expected a JSON object { targets, pauseOn? } (an SLA policy)\n`);
    const policy = write("zero.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: 0 }] }));
    expect(await cli("report", file, "--sla", policy)).toEqual({ code: 3, stdout: "", stderr: `servicekpi: --sla ${policy}: targets[0].targetMs must be a finite number of ms > 0, or a duration text like "1d 4h" or "30m" (units d, h, m or min, s, ms, largest first)\n` });
    const spaced = write("spaced.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: "2 h" }] }));
    expect((await cli("report", file, "--sla", spaced)).stderr).toMatch(/^servicekpi: --sla .*spaced\.json: targets\[0\]\.targetMs must be .*"1d 4h"/);
    const calendar = write("cal.json", JSON.stringify({ timeZone: "Mars/Olympus", week: {} }));
    const good = write("good.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: 60_000 }] }));
    expect((await cli("report", file, "--sla", good, "--calendar", calendar)).stderr).toMatch(/^servicekpi: --calendar .*cal\.json: timeZone must be/);
  });

  it("applies a business calendar to the SLA policy", async () => {
    const policy = write("p.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: 3_600_000 }] }));
    const calendar = write("c.json", JSON.stringify({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } }));
    const tickets = write("sla.csv", "id,createdAt,firstResponseAt\n1,2026-03-01T20:00:00Z,2026-03-02T09:30:00Z\n");
    // Created on a Sunday evening, answered 13.5 wall-clock hours later but 30 business minutes
    // after Monday 09:00: met with the calendar, missed without it.
    const run = async (sla: string, ...extra: string[]): Promise<number> =>
      (JSON.parse((await cli("report", tickets, "--sla", sla, "--now", "2026-03-03T00:00:00Z", "--format", "json", ...extra)).stdout) as {
        summary: { total: { slaCompliance: { "first-reply": { value: number } } } };
      }).summary.total.slaCompliance["first-reply"].value;
    expect([await run(policy, "--calendar", calendar), await run(policy)]).toEqual([100, 0]);
    // The same target written as text reads the same: "1h" is 3,600,000 ms.
    const asText = write("text.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: "1h" }] }));
    expect([await run(asText, "--calendar", calendar), await run(asText)]).toEqual([100, 0]);
  });
});
