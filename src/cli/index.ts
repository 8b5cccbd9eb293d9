#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `servicekpi` executable: runs the command line on this process's arguments and exits with
 * its code. Started as a worker thread of `report --workers`, it serves that report instead.
 *
 * @module
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { main } from "./main.js";
import { serveReportWorker, WORKER_DATA } from "./parallel/pool.js";

if (!isMainThread && parentPort !== null && (workerData as { servicekpi?: unknown } | null)?.servicekpi === WORKER_DATA.servicekpi) {
  serveReportWorker(parentPort);
} else {
  // `servicekpi validate big.csv | head`: the reader went away; stop quietly, as a Unix tool does
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }, { workerUrl: new URL(import.meta.url) });
}
