/**
 * `servicekpi report --workers N`: the file cut into chunks of whole records, read by N workers
 * (in-process here, where the sources are TypeScript; real threads are run from the packed
 * tarball by scripts/check-package.sh), gives exactly the single-pass report: the same KPIs,
 * counts, and rejected rows with the same lines and indexes.
 */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { Capture } from "../src/cli/_lib/io.test-util.js";
import { main } from "../src/cli/main.js";
import { inProcessWorker } from "../src/cli/parallel/pool.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-parallel-"));

async function run(args: string[], chunkBytes?: number): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr }, { chunkBytes });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const REPORT = ["--by", "channel,month", "--format", "json", "--max-rejected", "100%"];

describe("report --workers", { timeout: 60_000 }, () => {
  const csv = join(dir, "tickets.csv");
  const ndjson = join(dir, "tickets.ndjson");
  const ready = (async () => {
    expect((await run(["sample", "--tickets", "3000", "--seed", "7", "--out", csv])).code).toBe(0);
    expect((await run(["sample", "--tickets", "2000", "--seed", "8", "--format", "ndjson", "--out", ndjson])).code).toBe(0);
    // rows the schema rejects, and a quoted field with a newline and a comma in it
    appendFileSync(csv, "T-bad-1,not a date,chat,normal,Alpha,Alpha-1,solved,,,0,false,false,,\n");
    appendFileSync(csv, 'T-x,2026-02-03T10:00:00Z,"e-mail,\nsecond line",high,Alpha,Alpha-2,open,,,0,false,false,,\n');
    appendFileSync(csv, "T-bad-2,2026-02-03T10:00:00Z,chat,normal,Alpha,Alpha-1,solved,2026-02-02T10:00:00Z,,0,false,false,,\n");
    // a row with too few fields, whose message names its line, and one with a stray quote in an unquoted field
    appendFileSync(csv, "T-short,2026-02-03T10:00:00Z,chat\n");
    appendFileSync(csv, 'T-q,2026-02-03T10:00:00Z,ch"at,normal,Alpha,Alpha-1,open,,,0,false,false,,\n');
  })();

  it("gives the single-pass report on 1 to 4 workers and any chunk size (CSV with quoted newlines and rejected rows)", async () => {
    await ready;
    const one = await run(["report", csv, ...REPORT]);
    expect(one.code).toBe(0);
    // the rejected rows summed up on stderr: the same line with workers
    expect(one.stderr).toMatch(/^servicekpi: 3 of 3,005 rows rejected \(0\.10 %\)/);
    const single = JSON.parse(one.stdout) as { counts: { rows: number; rejected: number }; rejected: { line: number; index: number }[] };
    expect(single.counts).toEqual({ rows: 3005, records: 3002, rejected: 3 });
    // the rejected rows are on the lines the file has them: header + 3000 rows, then 3002, 3005 and 3006
    expect(single.rejected.map((r) => [r.line, r.index])).toEqual([[3002, 3000], [3005, 3002], [3006, 3003]]);
    expect(JSON.stringify(single.rejected[2])).toContain("(line 3006)");
    for (const [workers, chunkBytes] of [[2, 5_000], [3, 20_000], [4, 123_457], [2, 200]] as const) {
      const many = await run(["report", csv, ...REPORT, "--workers", String(workers)], chunkBytes);
      expect([many.code, many.stderr]).toEqual([0, one.stderr]);
      expect(JSON.parse(many.stdout)).toEqual(single);
    }
  });

  it("reads NDJSON in parallel too, and JSON arrays on one thread", async () => {
    await ready;
    const one = await run(["report", ndjson, ...REPORT]);
    const many = await run(["report", ndjson, ...REPORT, "--workers", "3"], 10_000);
    expect(one.code).toBe(0);
    expect(JSON.parse(many.stdout)).toEqual(JSON.parse(one.stdout));
    const json = join(dir, "tickets.json");
    writeFileSync(json, JSON.stringify(readFileSync(ndjson, "utf8").trim().split("\n").map((l) => JSON.parse(l) as unknown)));
    const arrays = await run(["report", json, ...REPORT, "--workers", "3"]);
    expect(JSON.parse(arrays.stdout).summary).toEqual(JSON.parse(one.stdout).summary);
  });

  it("marks percentiles from a sketch in the table, and says exact/relativeError in JSON", async () => {
    await ready;
    const table = await run(["report", csv, "--by", "channel", "--max-exact", "100", "--workers", "2", "--max-rejected", "3"], 30_000);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/first response p50 \(\w+\) ≈/);
    const json = JSON.parse((await run(["report", csv, ...REPORT, "--max-exact", "0"])).stdout) as { summary: { total: { firstResponseTime: { exact: boolean; relativeError: number } } } };
    expect(json.summary.total.firstResponseTime).toMatchObject({ exact: false, relativeError: 0.01 });
    const exact = JSON.parse((await run(["report", csv, ...REPORT])).stdout) as typeof json;
    expect(exact.summary.total.firstResponseTime).toMatchObject({ exact: true, relativeError: 0 });
    expect((await run(["report", csv, "--by", "channel"])).stdout).not.toContain("≈");
  });

  it("turns bad flags and a file ending inside quotes into one-line errors", async () => {
    await ready;
    for (const bad of ["0", "x", "1.5", "300"]) {
      const r = await run(["report", csv, "--workers", bad]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("--workers")]);
    }
    expect((await run(["report", csv, "--max-exact", "-3"])).stderr).toContain("--max-exact");
    const broken = join(dir, "broken.csv");
    writeFileSync(broken, `${readFileSync(csv, "utf8")}T-q,2026-02-03T10:00:00Z,"never closed\n`);
    const r = await run(["report", broken, "--workers", "2"], 50_000);
    expect(r.code).toBe(3);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });
});

describe("report --workers on real threads", { timeout: 120_000 }, () => {
  it("gives the single-pass report from worker threads running the bundled command", async () => {
    // the command bundled as the package's dist/cli/index.js is, so that threads can run it
    const { build } = await import("esbuild");
    const script = join(dir, "cli.mjs");
    await build({
      entryPoints: [fileURLToPath(new URL("../src/cli/index.ts", import.meta.url))],
      bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "silent",
      banner: { js: "import { createRequire as __servicekpiRequire } from 'node:module'; const require = __servicekpiRequire(import.meta.url);" },
    });
    const csv = join(dir, "threads.csv");
    expect((await run(["sample", "--tickets", "2000", "--seed", "11", "--out", csv])).code).toBe(0);
    const single = await run(["report", csv, ...REPORT]);
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(["report", csv, ...REPORT, "--workers", "2"], { stdout, stderr }, { workerUrl: pathToFileURL(script), chunkBytes: 30_000 });
    expect([code, stderr.text]).toEqual([0, ""]);
    expect(JSON.parse(stdout.text)).toEqual(JSON.parse(single.stdout));
  });
});

describe("report --workers with slow workers", { timeout: 60_000 }, () => {
  it("waits for a worker with two chunks in hand before dealing it more, and reports progress", async () => {
    const csv = join(dir, "slow.csv");
    expect((await run(["sample", "--tickets", "800", "--seed", "12", "--out", csv])).code).toBe(0);
    // an in-process worker whose chunks arrive late, so that chunks pile up at the dealer
    const slow = () => {
      const worker = inProcessWorker();
      return { ...worker, postMessage: (message: unknown, transfer?: ArrayBuffer[]) => void setTimeout(() => worker.postMessage(message, transfer), 5) };
    };
    const single = await run(["report", csv, ...REPORT]);
    const stdout = new Capture();
    const stderr = Object.assign(new Capture(), { isTTY: true });
    const code = await main(["report", csv, ...REPORT, "--workers", "2"], { stdout, stderr }, { chunkBytes: 2_000, spawn: slow });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.text)).toEqual(JSON.parse(single.stdout));
    expect(stderr.text).toContain("rows…");
  });
});

describe("report --workers when a worker fails", () => {
  it("stops with one line: a worker's data error keeps its exit code 3, a crashed thread is an internal error (70)", async () => {
    const csv = join(dir, "small.csv");
    expect((await run(["sample", "--tickets", "500", "--seed", "9", "--out", csv])).code).toBe(0);
    // a thread that dies on its first chunk, as a Worker reports an uncaught exception
    const crashing = () => {
      const listeners: ((e: unknown) => void)[] = [];
      return {
        postMessage: (message: unknown) => {
          if ((message as { type: string }).type === "chunk") setTimeout(() => listeners.forEach((l) => l(new Error("worker ran out of memory"))), 1);
        },
        on: (event: string, listener: (value: unknown) => void) => (event === "error" ? listeners.push(listener) : 0),
        terminate: () => Promise.resolve(0),
      };
    };
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main(["report", csv, "--workers", "2"], { stdout, stderr }, { chunkBytes: 4_000, spawn: crashing });
    expect(code).toBe(70);
    expect(stderr.text).toMatch(/^servicekpi: internal error: worker ran out of memory/);
    expect(stderr.text.trim().split("\n")).toHaveLength(1);
  });
});
