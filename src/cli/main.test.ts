/// <reference types="node" />
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { Capture, cli } from "./_lib/io.test-util.js";
import { main } from "./main.js";

const STAFFING = ["staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s"];

describe("servicekpi", () => {
  it("prints its help with --help (exit 0) and without a command (exit 2)", async () => {
    const help = await cli("--help");
    expect([help.code, help.stdout.split("\n")[0]]).toEqual([0, "servicekpi: customer-service KPIs from the command line"]);
    expect((await cli("help")).code).toBe(0);
    const none = await cli();
    expect([none.code, none.stdout]).toEqual([2, help.stdout]);
  });

  it("names an unknown command in one line, exit 2", async () => {
    expect(await cli("reprot")).toEqual({ code: 2, stdout: "", stderr: 'servicekpi: unknown command "reprot" (commands: report, validate, init, staffing, sample; see servicekpi --help)\n' });
  });

  it("writes --out files, for tables and for samples", async () => {
    const dir = mkdtempSync(join(tmpdir(), "servicekpi-cli-"));
    const table = join(dir, "staffing.md");
    expect(await cli(...STAFFING, "--format", "markdown", "--out", table)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(table, "utf8")).toMatch(/^### Staffing per interval\n\n\| interval \|/);
    const sample = join(dir, "sample.csv");
    expect((await cli("sample", "--tickets", "100000", "--out", sample)).code).toBe(0);
    expect(readFileSync(sample, "utf8").trimEnd().split("\n")).toHaveLength(100_001); // header + rows, written in chunks
  });

  it("turns a flag the library refuses into one line naming the flag (exit 2), an unwritable file into one line and exit 3", async () => {
    const occupancy = await cli(...STAFFING, "--max-occupancy", "0%");
    expect(occupancy.code).toBe(2);
    expect(occupancy.stderr).toMatch(/^servicekpi: --max-occupancy 0%: must be an occupancy above 0 .*\n$/);
    const unwritable = await cli(...STAFFING, "--out", join(tmpdir(), "no-such-dir", "x", "out.txt"));
    expect(unwritable.code).toBe(3);
    expect(unwritable.stderr).toMatch(/^servicekpi: ENOENT: no such file or directory.*out\.txt'\n$/);
  });

  it("reports a failing output stream: exit 3 for a system error, 70 with a hint for anything else; a closed pipe ends quietly", async () => {
    const failing = (error: Error): Writable => new Writable({ write: (_chunk, _encoding, done) => done(error) });
    const full = Object.assign(new Error("write ENOSPC"), { code: "ENOSPC" });
    const stderr = new Capture();
    expect(await main(STAFFING.slice(), { stdout: failing(full), stderr })).toBe(3);
    expect(stderr.text).toBe("servicekpi: write ENOSPC\n");
    // `servicekpi validate big.csv | head`: head has read enough and gone; that is no error
    const closed = new Capture();
    const epipe = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
    expect(await main(STAFFING.slice(), { stdout: failing(epipe), stderr: closed })).toBe(0);
    expect(closed.text).toBe("");
    const bug = new Capture();
    expect(await main(STAFFING.slice(), { stdout: failing(new Error("boom")), stderr: bug })).toBe(70);
    expect(bug.text).toBe("servicekpi: internal error: boom (set SERVICEKPI_DEBUG=1 for the stack)\n");
    vi.stubEnv("SERVICEKPI_DEBUG", "1");
    const debug = new Capture();
    expect(await main(STAFFING.slice(), { stdout: failing(new Error("boom")), stderr: debug })).toBe(70);
    vi.unstubAllEnvs();
    expect(debug.text).toMatch(/^Error: boom\n {4}at [^]*servicekpi: internal error: boom/);
  });

  it("prints the help of report and validate", async () => {
    expect((await cli("report", "--help")).stdout.split("\n")[0]).toBe("servicekpi report <file> [options]");
    expect((await cli("validate", "--help")).stdout.split("\n")[0]).toBe("servicekpi validate <file> [--schema tickets] [--map PAIRS] [--mapping FILE] [--tz ZONE]");
    expect((await cli("report", "a.csv", "b.csv")).stderr).toBe("servicekpi: report: one file at a time; got 2 (a.csv, b.csv)\n");
  });

  it("shows progress on a terminal only, and clears it before the output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "servicekpi-progress-"));
    const file = join(dir, "sample.csv");
    expect((await cli("sample", "--tickets", "100000", "--days", "30", "--out", file)).code).toBe(0);
    const terminal = Object.assign(new Capture(), { isTTY: true });
    const stdout = new Capture();
    expect(await main(["report", file, "--format", "json"], { stdout, stderr: terminal })).toBe(0);
    expect(terminal.text).toBe("\rread 100,000 rows…\r\x1b[K");
    expect((JSON.parse(stdout.text) as { counts: { records: number } }).counts.records).toBe(100_000);
    const small = join(dir, "small.csv");
    expect((await cli("sample", "--tickets", "10", "--out", small)).code).toBe(0);
    const pipe = new Capture();
    expect(await main(["report", small, "--format", "json"], { stdout: new Capture(), stderr: pipe })).toBe(0);
    expect(pipe.text).toBe("");
  }, 120_000);
});
