/// <reference types="node" />
/**
 * The part of `servicekpi report` a worker runs: parses chunks of whole records with the same
 * reader and mapping as a single pass, feeds one aggregator per report view, and hands back the
 * aggregators' JSON, the counts, and the first rejected rows with their lines in the file.
 *
 * @module
 */
import { Readable } from "node:stream";
import { addToEach, createAggregator, type Aggregator, type AggregatorJSON } from "../../aggregate/summarize/createAggregator.js";
import type { SummarizeOptions } from "../../aggregate/summarize/types.js";
import { readRecordsOf } from "../../node/readRecords.js";
import type { ReadingOptions } from "../_lib/mapping.js";
import { tallyReasons, type ReasonTally } from "../_lib/rejections.js";
import type { ReadNote, ReadRejectedRow } from "../../node/types.js";
import { callSchema } from "../../schemas/calls.js";
import { surveyResponseSchema } from "../../schemas/surveys.js";
import { ticketSchema } from "../../schemas/tickets.js";
import type { RecordCounts } from "../../schemas/types.js";
import type { Chunk, Header } from "../../node/chunks.js";

/** Rejected rows a report keeps to show. */
export const SHOWN_REJECTED = 100;

/** Everything a worker needs, as plain data (it crosses to the worker by structured clone). */
export interface ReportJob {
  readonly format: "csv" | "tsv" | "ndjson";
  readonly schema: "tickets" | "surveys" | "calls";
  /** How the cells are written: mapping, zone, date layout, separators (as `readRecords` takes them). */
  readonly reading: Omit<ReadingOptions, "sheet">;
  /** One aggregator per view of the report (only JSON-able options: field names, no functions). */
  readonly views: readonly SummarizeOptions[];
}

/** What a chunk gave: its counts and its first rejected rows (lines in the file; index within the chunk). */
export interface ChunkResult {
  readonly seq: number;
  readonly counts: RecordCounts;
  readonly rejected: readonly ReadRejectedRow[];
  /** Every rejected row of the chunk, by reason. */
  readonly reasons: ReasonTally;
  /** The chunk's note lines (lines in the file). */
  readonly notes: readonly ReadNote[];
}

/** A worker's running state: its aggregators over every chunk it has read. */
export class ReportWorker {
  readonly #job: ReportJob;
  readonly #aggregators: Aggregator[];
  readonly #header: Header;

  constructor(job: ReportJob, header: Header) {
    this.#job = job;
    this.#header = header;
    this.#aggregators = job.views.map((v) => createAggregator(v));
  }

  /** Reads one chunk (the header put back in front of it) into the aggregators. */
  async add(chunk: Chunk): Promise<ChunkResult> {
    const job = this.#job;
    const schema = job.schema === "tickets" ? ticketSchema : job.schema === "calls" ? callSchema : surveyResponseSchema;
    const source = Readable.from([this.#header.bytes, chunk.bytes].filter((b) => b.length > 0).map((b) => Buffer.from(b.buffer, b.byteOffset, b.length)));
    // the reader counts lines from the header it was given: the chunk's lines are moved to the
    // file's, in rejected rows, their messages and errors alike (the header's stay where they are)
    const headerLines = this.#header.lines;
    const shift = chunk.firstLine - 1 - headerLines;
    const lineOf = (line: number): number => (line > headerLines ? line + shift : line);
    const reader = readRecordsOf(source, { schema, format: job.format, ...job.reading, onInvalid: "collect" }, lineOf);
    for await (const record of reader) addToEach(this.#aggregators, record); // one reading of each record for every view
    return { seq: chunk.seq, counts: reader.counts, rejected: reader.rejected.slice(0, SHOWN_REJECTED), reasons: tallyReasons(reader.rejected), notes: reader.notes };
  }

  /** The aggregators' saved states, one per view. */
  states(): AggregatorJSON[] {
    return this.#aggregators.map((a) => a.toJSON());
  }
}
