/**
 * `servicekpi report --live` (issue 15, item 11): the queue of a small export at a given now,
 * every count worked by hand in the comments.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-live-"));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
// At 10:40: A (ann) waits for a first reply since 10:00; B (ann) was answered after 30 minutes;
// C (bo) waits on the customer; D (bo) is solved; E has no agent and waits since 10:30; F comes
// in at 11:00, after now.
const tickets = write("q.csv", [
  "id,agent,created,first_reply_min,status,solved",
  "A,ann,2026-03-02T10:00:00Z,,open,",
  "B,ann,2026-03-02T09:00:00Z,30,open,",
  "C,bo,2026-03-02T08:00:00Z,10,pending,",
  "D,bo,2026-03-02T07:00:00Z,5,solved,2026-03-02T08:00:00Z",
  "E,,2026-03-02T10:30:00Z,,new,",
  "F,ann,2026-03-02T11:00:00Z,,new,",
].join("\n") + "\n");
const map = "id=id,agent=agent,createdAt=created,firstResponseMs=first_reply_min@minutes,status=status,resolvedAt=solved";
const policy = write("sla.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: "1h" }] }));

interface Counts { open: number; unassigned: number; awaitingFirstReply: number; awaitingCustomer: number; oldestWaiting: { id: string; waitingMs: number } | null; atRisk: { id: string; remainingMs: number }[]; breached: { id: string }[] }

describe("servicekpi report --live", () => {
  it("counts the queue at now per agent, with the first-reply targets due within the horizon", async () => {
    const r = await cli("report", tickets, "--map", map, "--live", "--by", "agent", "--now", "2026-03-02T10:40:00Z", "--sla", policy, "--horizon", "30m", "--format", "json");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { settings: { now: string; nowFrom: string }; live: { total: Counts; groups: (Counts & { group: { agent: string | null } })[] } };
    expect(out.settings).toMatchObject({ now: "2026-03-02T10:40:00.000Z", nowFrom: "--now" });
    // open at 10:40: A, B, C (pending), E; F is not there yet, D is solved
    expect(out.live.total).toMatchObject({ open: 4, unassigned: 1, awaitingFirstReply: 2, awaitingCustomer: 1 });
    // the longest wait: A, 40 minutes
    expect(out.live.total.oldestWaiting).toMatchObject({ id: "A", waitingMs: 40 * 60_000 });
    // A's first reply is due at 11:00 (20 min away: within 30 min); E's at 11:30 (50 min: not yet)
    expect(out.live.total.atRisk.map((i) => [i.id, i.remainingMs])).toEqual([["A", 20 * 60_000]]);
    expect(out.live.total.breached).toEqual([]);
    expect(out.live.groups.map((g) => [g.group.agent, g.open])).toEqual([["ann", 2], ["bo", 1], [null, 1]]);
    // at 11:10 A's first reply (due 11:00) is breached and still owed; E's (due 11:30) is 20 min away
    const later = JSON.parse((await cli("report", tickets, "--map", map, "--live", "--now", "2026-03-02T11:10:00Z", "--sla", policy, "--horizon", "30m", "--format", "json")).stdout) as { live: { total: Counts } };
    expect(later.live.total.breached.map((i) => i.id)).toEqual(["A"]);
    expect(later.live.total.atRisk.map((i) => [i.id, i.remainingMs])).toEqual([["E", 20 * 60_000]]);
    const table = await cli("report", tickets, "--map", map, "--live", "--by", "agent", "--now", "2026-03-02T10:40:00Z");
    expect(table.stdout).toMatch(/^The queue at 2026-03-02T10:40:00.000Z\nagent +open +unassigned/);
  });

  it("takes the latest instant in the data as now, and refuses what the queue cannot use", async () => {
    const r = await cli("report", tickets, "--map", map, "--live", "--format", "json");
    // F's creation at 11:00 is the latest instant the export mentions
    expect((JSON.parse(r.stdout) as { settings: { now: string; nowFrom: string } }).settings).toMatchObject({ now: "2026-03-02T11:00:00.000Z", nowFrom: "data" });
    expect(await cli("report", tickets, "--map", map, "--live", "--by", "channel")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--live: --by agent or --by team/) });
    expect(await cli("report", tickets, "--map", map, "--live", "--by", "month")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--live: the queue of a ticket export now/) });
    expect(await cli("report", tickets, "--map", map, "--live", "--horizon", "soon")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--horizon: a duration such as 1h/) });
  });

  it("leaves out a ticket it cannot read, and counts it", async () => {
    // G says solved but not when: the queue cannot place it; the other three are read
    const file = write("g.csv", "id,agent,created,status,solved\nA,ann,2026-03-02T10:00:00Z,open,\nG,bo,2026-03-02T06:00:00Z,solved,\nH,bo,2026-03-02T07:00:00Z,solved,2026-03-02T08:00:00Z\n");
    const r = await cli("report", file, "--map", "id=id,agent=agent,createdAt=created,status=status,resolvedAt=solved", "--live", "--now", "2026-03-02T10:40:00Z", "--format", "json");
    const out = JSON.parse(r.stdout) as { live: { total: Counts }; excluded: { field: string; count: number; ids: string[] }[]; warnings?: string[] };
    expect(out.live.total.open).toBe(1);
    expect(out.excluded).toEqual([expect.objectContaining({ field: "resolvedAt", count: 1, ids: ["G"] })]);
    expect(r.stderr).toMatch(/^servicekpi: warning: 1 ticket left out of the live view: resolvedAt must be the time the ticket was solved/);
  });
});
