/// <reference types="node" />
/**
 * `servicekpi report --workers N`: the main thread cuts the file into chunks of whole records
 * and deals them to N worker threads, each of which keeps its own aggregators; at the end their
 * saved states are merged (merging equals one pass, so the report is the same as a single
 * thread's). Without a worker script (the library's own tests run the TypeScript sources) the
 * workers are served in this thread over message channels, with the very same messages.
 *
 * @module
 */
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import type { AggregatorJSON } from "../../aggregate/summarize/createAggregator.js";
import type { ReadNote, ReadRejectedRow } from "../../node/types.js";
import type { RecordCounts } from "../../schemas/types.js";
import { fileChunks, type Chunk, type Header } from "../../node/chunks.js";
import { mergeReasons, type ReasonTally } from "../_lib/rejections.js";
import { ReportWorker, SHOWN_REJECTED, type ChunkResult, type ReportJob } from "./reportJob.js";

/** What the workers give back together. */
export interface ParallelResult {
  /** Per worker, one saved aggregator per view. */
  readonly states: readonly (readonly AggregatorJSON[])[];
  readonly counts: RecordCounts;
  /** The first rejected rows of the file, by line, with their row index in the file. */
  readonly rejected: readonly ReadRejectedRow[];
  /** Every rejected row of the file, by reason. */
  readonly reasons: ReasonTally;
  /** The export's note lines, in file order. */
  readonly notes: readonly ReadNote[];
}

/** How to run: worker count, the script that serves workers (absent: in-process), chunk size. */
export interface ParallelOptions {
  readonly workers: number;
  readonly workerUrl?: URL | undefined;
  /** Starts a worker (default: a thread of `workerUrl`, or {@link inProcessWorker} without one). */
  readonly spawn?: (() => WorkerLike) | undefined;
  readonly chunkBytes?: number | undefined;
  readonly progress?: ((lines: number) => void) | undefined;
}

type ToWorker = { type: "start"; job: ReportJob; header: Header } | { type: "chunk"; chunk: Chunk } | { type: "end" };
type FromWorker = { type: "chunk"; result: ChunkResult } | { type: "states"; states: AggregatorJSON[] } | { type: "error"; error: Record<string, unknown> };

/** The `workerData` that makes the CLI's script serve a report worker. */
export const WORKER_DATA = { servicekpi: "report-worker" } as const;

/** An error as plain data: its message, name and own fields (code, kpi, field …) as JSON keeps them. */
function plainError(error: unknown): Record<string, unknown> {
  const e = error instanceof Error ? error : new Error(String(error));
  const fields = JSON.parse(JSON.stringify({ ...e }, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))) as Record<string, unknown>;
  return { ...fields, message: e.message, name: e.name };
}

/** The error back on the main thread: an Error with the same message and fields. */
function revived(plain: Record<string, unknown>): Error {
  const { message, ...fields } = plain;
  return Object.assign(new Error(String(message)), fields);
}

/** Serves one report worker on `port` (the worker thread's side). */
export function serveReportWorker(port: MessagePort): void {
  let worker: ReportWorker | undefined;
  let queue = Promise.resolve();
  let failed = false;
  port.on("message", (message: ToWorker) => {
    queue = queue.then(async () => {
      if (failed) return;
      try {
        if (message.type === "start") worker = new ReportWorker(message.job, message.header);
        else if (message.type === "chunk") port.postMessage({ type: "chunk", result: await (worker as ReportWorker).add(message.chunk) } satisfies FromWorker);
        else port.postMessage({ type: "states", states: (worker as ReportWorker).states() } satisfies FromWorker);
      } catch (error) {
        failed = true;
        port.postMessage({ type: "error", error: plainError(error) } satisfies FromWorker);
      }
    });
  });
}

/** One worker as the main thread sees it: send a message, wait for chunk results and the states. */
interface Handle {
  send(message: ToWorker): void;
  /** Chunks sent and not yet answered. */
  outstanding: number;
  /** Resolves when `outstanding` drops (or the states arrive). */
  next(): Promise<void>;
  states: Promise<AggregatorJSON[]>;
  close(): Promise<void>;
}

/** What the pool needs of a worker thread (a `Worker`, or an in-process stand-in on a `MessageChannel`). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  /** Listens to its messages and (a thread only) its uncaught errors. */
  on(event: "message" | "error", listener: (value: unknown) => void): unknown;
  terminate(): Promise<unknown>;
}

/** A worker thread running `url` (the CLI's own script), told by its `workerData` to serve a report. */
export const threadWorker = (url: URL) => (): WorkerLike => {
  const thread = new Worker(url, { workerData: WORKER_DATA });
  return {
    postMessage: (message, transfer) => thread.postMessage(message, transfer),
    on: (event, listener) => (event === "message" ? thread.on("message", listener) : thread.on("error", listener)),
    terminate: () => thread.terminate(),
  };
};

/**
 * A worker served in this thread over a `MessageChannel`: the same messages, cloned and
 * transferred as between threads, for where no worker script can be started (the TypeScript
 * sources under test, or `main` called from a program).
 */
export function inProcessWorker(): WorkerLike {
  const { port1, port2 } = new MessageChannel();
  serveReportWorker(port2);
  return {
    postMessage: (message, transfer) => port1.postMessage(message, transfer),
    on: (event, listener) => (event === "message" ? port1.on("message", listener) : undefined),
    terminate: async () => {
      port1.close();
      port2.close();
    },
  };
}

function handleOf(spawn: () => WorkerLike, onChunk: (r: ChunkResult) => void, onError: (e: Error) => void): Handle {
  const thread = spawn();
  let wake: (() => void) | undefined;
  let resolveStates!: (s: AggregatorJSON[]) => void;
  let rejectStates!: (e: Error) => void;
  const failed = (e: Error): void => {
    onError(e);
    rejectStates(e);
    wake?.();
  };
  const handle: Handle = {
    outstanding: 0,
    send(message) {
      if (message.type === "chunk") {
        handle.outstanding++;
        thread.postMessage(message, [message.chunk.bytes.buffer as ArrayBuffer]);
      } else thread.postMessage(message);
    },
    next: () => new Promise<void>((resolve) => (wake = resolve)),
    states: new Promise<AggregatorJSON[]>((resolve, reject) => ([resolveStates, rejectStates] = [resolve, reject])),
    close: () => thread.terminate().then(() => undefined),
  };
  handle.states.catch(() => undefined); // seen through onError
  thread.on("message", (value) => {
    const m = value as FromWorker;
    if (m.type === "chunk") {
      handle.outstanding--;
      onChunk(m.result);
      wake?.();
    } else if (m.type === "states") resolveStates(m.states);
    else failed(revived(m.error));
  });
  thread.on("error", (e) => failed(e as Error));
  return handle;
}

/** Runs the report job over `path` on `options.workers` workers. */
export async function parallelReport(path: string, job: ReportJob, options: ParallelOptions): Promise<ParallelResult> {
  const results: ChunkResult[] = [];
  let failure: Error | undefined;
  const onChunk = (r: ChunkResult): void => void results.push(r);
  const onError = (e: Error): void => void (failure ??= e);
  const spawn = options.spawn ?? (options.workerUrl === undefined ? inProcessWorker : threadWorker(options.workerUrl));
  const handles = Array.from({ length: options.workers }, () => handleOf(spawn, onChunk, onError));
  try {
    const csv = job.format === "csv" || job.format === "tsv";
    let lines = 0;
    for await (const item of fileChunks(path, csv, options.chunkBytes ?? 4 << 20)) {
      if ("header" in item) {
        for (const h of handles) h.send({ type: "start", job, header: item.header });
        continue;
      }
      // the least busy worker, once it has fewer than two chunks to read
      let target = handles.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
      while (target.outstanding >= 2 && failure === undefined) {
        await Promise.race(handles.map((h) => h.next()));
        target = handles.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
      }
      if (failure !== undefined) throw failure;
      target.send({ type: "chunk", chunk: item.chunk });
      lines += item.chunk.lines;
      options.progress?.(lines);
    }
    for (const h of handles) h.send({ type: "end" });
    const states = await Promise.all(handles.map((h) => h.states));
    if (failure !== undefined) throw failure;
    return { states, ...tally(results) };
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}

/** The counts of all chunks, the first rejected rows with their index in the file, and every rejected row by reason (in file order). */
function tally(results: ChunkResult[]): Pick<ParallelResult, "counts" | "rejected" | "reasons" | "notes"> {
  results.sort((a, b) => a.seq - b.seq);
  const counts = { rows: 0, records: 0, rejected: 0 };
  const rejected: ReadRejectedRow[] = [];
  const reasons: ReasonTally = {};
  const notes: ReadNote[] = [];
  for (const r of results) {
    for (const row of r.rejected) if (rejected.length < SHOWN_REJECTED) rejected.push({ ...row, index: row.index + counts.rows });
    mergeReasons(reasons, r.reasons);
    notes.push(...r.notes);
    counts.rows += r.counts.rows;
    counts.records += r.counts.records;
    counts.rejected += r.counts.rejected;
  }
  return { counts, rejected, reasons, notes };
}
