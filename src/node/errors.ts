/**
 * The error of a file or stream that cannot be read as a whole.
 *
 * @module
 */

/** The `code` of every {@link ReadRecordsError}. */
export const KPI_READ_FAILED = "KPI_READ_FAILED";

/**
 * Thrown by {@link readRecords} when the source cannot be read as a whole: a path that cannot be
 * opened (empty, with a NUL character, missing, a directory, no permission), text in an encoding
 * the reader does not read (bytes that are not UTF-8, UTF-16 without a byte-order mark), a quoted
 * CSV field still open at the end of the file, a JSON file that is not one array, a duplicate CSV
 * header. A single bad row is never this error: it is a rejected row.
 *
 * @remarks
 * Carries `code: "KPI_READ_FAILED"`, the `path` (when the source is a file), the 1-based
 * `line` where the problem is (when known) and the underlying error as `cause`. The message
 * starts with the path and line; a path that is empty or holds control characters is shown
 * quoted (`"": cannot read the file: the path is empty`). Use
 * {@link isReadRecordsError}, not `instanceof` (ESM and CommonJS builds each have a copy).
 *
 * @example
 * ```ts
 * const error = new ReadRecordsError("cannot read", { path: "tickets.csv", line: 3 });
 * error.message; // 'tickets.csv, line 3: cannot read'
 * ```
 * @category Errors
 */
export class ReadRecordsError extends Error {
  /** Always `"KPI_READ_FAILED"`. */
  readonly code = KPI_READ_FAILED;
  /** The file, when the source is a path. */
  readonly path: string | undefined;
  /** The 1-based line of the problem, when known. */
  readonly line: number | undefined;

  constructor(reason: string, where: { path?: string | undefined; line?: number | undefined; cause?: unknown } = {}) {
    const place = [where.path === undefined ? undefined : shownPath(where.path), where.line === undefined ? undefined : `line ${where.line}`].filter((p) => p !== undefined).join(", ");
    super(place === "" ? reason : `${place}: ${reason}`, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = "ReadRecordsError";
    this.path = where.path;
    this.line = where.line;
  }
}

/** A path as the message shows it: as it is, or quoted as JSON when it is empty or holds control characters (a NUL, a line break). */
function shownPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path === "" || /[\u0000-\u001f\u007f]/.test(path) ? JSON.stringify(path) : path;
}

/**
 * Tells whether `error` is a {@link ReadRecordsError} from any copy of the library.
 *
 * @example
 * ```ts
 * isReadRecordsError(new ReadRecordsError("x")); // true
 * isReadRecordsError(new Error("x")); // false
 * ```
 * @category Errors
 */
export function isReadRecordsError(error: unknown): error is ReadRecordsError {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === KPI_READ_FAILED;
}
