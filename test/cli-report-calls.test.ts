/**
 * `servicekpi report --schema calls` (issue 15, item 4): four calls worked by hand. Waits 10 s,
 * 40 s (answered), 70 s (abandoned), 5 s (answered); talk 120 s, 200 s, —, 300 s.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const file = join(mkdtempSync(join(tmpdir(), "servicekpi-calls-")), "calls.csv");
writeFileSync(file, [
  "id,started,queue,agent,wait_s,outcome,talk_s",
  "1,2026-03-02T09:05:00Z,sales,ann,10,answered,120",
  "2,2026-03-02T09:20:00Z,sales,bo,40,answered,200",
  "3,2026-03-02T09:40:00Z,support,ann,70,abandoned,",
  "4,2026-03-02T10:10:00Z,support,bo,5,answered,300",
].join("\n") + "\n");
const map = "id=id,startedAt=started,queue=queue,agent=agent,waitMs=wait_s@seconds,outcome=outcome,talkMs=talk_s@seconds";

type Row = { group: Record<string, string>; n: number; serviceLevel: { value: number; answered: number; abandoned: number }; abandonmentRate: { value: number }; averageSpeedOfAnswer: { value: number }; handleTime: { meanMs: number } };

describe("servicekpi report --schema calls", () => {
  it("gives service level, abandonment, speed of answer and handle time, by queue and half-hour", async () => {
    const r = await cli("report", file, "--schema", "calls", "--map", map, "--by", "queue,interval:30m", "--sl", "80/20s", "--format", "json");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { summary: { rows: Row[]; total: Row }; views: Record<string, { rows: Row[] }> };
    const t = out.summary.total;
    // answered within 20 s: calls 1 and 4, of 4 offered (answered-of-offered) → 50 %
    expect(t.serviceLevel).toMatchObject({ value: 50, answered: 3, abandoned: 1 });
    expect(t.abandonmentRate.value).toBe(25);
    // speed of answer: (10 + 40 + 5) / 3 s; handle time (120 + 200 + 300) / 3 s
    expect(t.averageSpeedOfAnswer.value).toBeCloseTo((55 / 3) * 1000, 9);
    expect(t.handleTime.meanMs).toBeCloseTo((620 / 3) * 1000, 9);
    // half-hours of the day: 09:00 (calls 1, 2), 09:30 (3), 10:00 (4)
    expect(out.views["interval"]?.rows.map((row) => [row.group["interval"], row.n])).toEqual([["09:00", 2], ["09:30", 1], ["10:00", 1]]);
    expect(out.summary.rows.map((row) => [row.group["queue"], row.group["interval"]])).toEqual([["sales", "09:00"], ["support", "09:30"], ["support", "10:00"]]);
  });

  it("takes the service-level formula and the interval's time zone", async () => {
    const json = async (...args: string[]) => JSON.parse((await cli("report", file, "--schema", "calls", "--map", map, "--format", "json", ...args)).stdout) as { summary: { total: Row }; views?: Record<string, { rows: Row[] }>; };
    // answered-of-answered: 2 of the 3 answered within 20 s
    expect((await json("--sl-formula", "answered-of-answered")).summary.total.serviceLevel.value).toBeCloseTo(200 / 3, 9);
    // in New York (UTC−5 in March before the change), 09:05Z is 04:00–04:30
    const ny = JSON.parse((await cli("report", file, "--schema", "calls", "--map", map, "--by", "interval:1h", "--tz", "America/New_York", "--format", "json")).stdout) as { summary: { rows: Row[] } };
    expect(ny.summary.rows.map((row) => [row.group["interval"], row.n])).toEqual([["04:00", 3], ["05:00", 1]]);
    const table = await cli("report", file, "--schema", "calls", "--map", map);
    expect(table.stdout).toMatch(/^KPIs\ngroup +records +service level % +answered +abandoned +abandoned % +ASA \(s\) +handle time mean/);
  });

  it("shows the call KPIs --kpis picks, in their own order", async () => {
    const r = await cli("report", file, "--schema", "calls", "--map", map, "--kpis", "averageSpeedOfAnswer,serviceLevel", "--format", "json");
    const total = (JSON.parse(r.stdout) as { summary: { total: Record<string, unknown> } }).summary.total;
    expect(Object.keys(total)).toEqual(["group", "n", "serviceLevel", "averageSpeedOfAnswer"]);
    const table = await cli("report", file, "--schema", "calls", "--map", map, "--kpis", "averageSpeedOfAnswer,serviceLevel");
    expect(table.stdout).toMatch(/^KPIs\ngroup +records +service level % +answered +abandoned +ASA \(s\)\n/);
    expect(await cli("report", file, "--schema", "calls", "--map", map, "--kpis", "csat")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kpis: KPIs among count, serviceLevel, abandonmentRate, averageSpeedOfAnswer, handleTime; got "csat"/) });
  });

  it("gives the review page of the calls: tiles worked by hand, each queue's rates with their intervals", async () => {
    const page = (await cli("report", file, "--schema", "calls", "--map", map, "--by", "queue,day", "--format", "html")).stdout;
    // service level 2 of 4 within 20 s; 1 of 4 abandoned; ASA (10 + 40 + 5) / 3 s = 18.3 s;
    // handle time of the answered calls 120, 200, 300 s: median 200 s = 3.3 min
    const tiles = [...page.matchAll(/<h3>([^<]+)<\/h3><p class="value">([^<]+)<\/p>/g)].map((m) => `${m[1]}: ${m[2]}`);
    expect(tiles).toEqual(["Records: 4", "Handle time, median: 3.3 min", "Service level: 50.0 %", "Abandonment rate: 25.0 %", "Average speed of answer: 18.3 s"]);
    expect([...page.matchAll(/<figure id="([^"]+)"/g)].map((m) => m[1])).toEqual(["groups-queue-serviceLevel", "groups-queue-abandonmentRate"]);
    expect(page).toContain("<dt>Service level</dt>");
  });

  it("names what it cannot use", async () => {
    expect(await cli("report", file, "--schema", "calls", "--map", map, "--sl-formula", "best")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--sl-formula: one of answered-of-offered/) });
    expect(await cli("report", file, "--schema", "calls", "--map", map, "--by", "interval:7m")).toMatchObject({ code: 2, stderr: expect.stringMatching(/interval:7m: a whole number of minutes that divides the day/) });
    expect(await cli("report", file, "--map", "id=id,createdAt=started", "--by", "interval:30m")).toMatchObject({ code: 2, stderr: expect.stringMatching(/use it with --schema calls/) });
    expect(await cli("report", file, "--map", "id=id,createdAt=started", "--sl", "80/20s")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--sl: the service level of calls/) });
  });
});
