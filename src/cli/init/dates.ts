/**
 * The layout of a timestamp column, told from its cells: ISO 8601 (nothing to declare), typed
 * dates, Excel serial days, Unix seconds or milliseconds, or the first of the candidate date-fns
 * patterns that reads every cell.
 *
 * @module
 */
import { epochMsOrNull } from "../../_lib/time/instant.js";
import { compileDatePattern, TIME_OF_DAY, type DateReader } from "../../schemas/fieldInfo.js";

/** The date parts of the candidates: month first (US), then day first, then year first. */
const DATES = [
  ["M/d/yyyy", "mdy"], ["M/d/yy", "mdy"], ["M-d-yyyy", "mdy"], ["MMM d, yyyy", "mdy"], ["MMMM d, yyyy", "mdy"],
  ["d/M/yyyy", "dmy"], ["d/M/yy", "dmy"], ["d.M.yyyy", "dmy"], ["d.M.yy", "dmy"], ["d-M-yyyy", "dmy"],
  ["d MMM yyyy", "dmy"], ["d MMMM yyyy", "dmy"], ["d-MMM-yy", "dmy"], ["d-MMM-yyyy", "dmy"],
  ["yyyy/M/d", "ymd"], ["yyyy.M.d", "ymd"], ["yyyy-M-d", "ymd"],
] as const;
/** The time parts, after a space or a comma and a space; none for a date alone. */
const TIMES = ["H:mm", "H:mm:ss", "H:mm:ss.SSS", "h:mm a", "h:mm:ss a"] as const;

/** The order of a pattern's date parts: what tells `M/d` from `d/M`. */
export type DateOrder = "mdy" | "dmy" | "ymd";

/**
 * The layouts `init` tries, in order of preference. Numeric parts are one-letter tokens (`M`,
 * `d`, `H`, `h`), which read one or two digits: `M/d/yyyy` reads `1/5/2024` and `01/05/2024`
 * alike, so the layout proposed from a sample also reads the rows after it.
 */
export const DATE_PATTERNS: readonly { readonly pattern: string; readonly order: DateOrder; readonly hasTime: boolean }[] = DATES.flatMap(([date, order]) => [
  { pattern: date, order, hasTime: false },
  ...TIMES.flatMap((time) => [
    { pattern: `${date} ${time}`, order, hasTime: true },
    ...(date.includes(",") ? [] : [{ pattern: `${date}, ${time}`, order, hasTime: true }]),
  ]),
]);

let compiled: DateReader[] | undefined;
const readers = (): DateReader[] => (compiled ??= DATE_PATTERNS.map((p) => compileDatePattern(p.pattern)));

/** What the cells of a timestamp column say about their layout. */
export interface DateLayout {
  /** The `format` to declare (`undefined`: ISO 8601 or typed dates, read as they are). */
  readonly format: string | undefined;
  /** The cells are dates without a time of day (a `time` column may complete them). */
  readonly dateOnly: boolean;
  /** A layout of the other day-month order that reads every cell too (`d/M/yyyy` for `M/d/yyyy`). */
  readonly alsoReads?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^\d+(?:\.\d+)?$/;

/** Numbers (typed, or plain decimal text) read as Excel serials or Unix time, or `undefined`. */
function numericLayout(values: readonly unknown[]): DateLayout | undefined {
  const numbers = values.map((v) => (typeof v === "number" ? v : typeof v === "string" && NUMERIC.test(v.trim()) ? Number(v) : Number.NaN));
  if (numbers.some((n) => Number.isNaN(n))) return undefined;
  const all = (test: (n: number) => boolean): boolean => numbers.every(test);
  if (all((n) => Number.isInteger(n) && n >= 1e9 && n < 1e10)) return { format: "unix", dateOnly: false };
  if (all((n) => Number.isInteger(n) && n >= 1e12 && n < 1e13)) return { format: "unix-ms", dateOnly: false };
  if (all((n) => n >= 20_000 && n <= 80_000)) return { format: "excel", dateOnly: all(Number.isInteger) };
  return undefined;
}

/**
 * The layout of the (non-blank) cells of a timestamp column, or `null` when no layout reads
 * every one of them. ISO 8601 text and typed dates need nothing; numbers are Excel serials
 * (20000–80000, 1954–2119), Unix seconds (10 digits) or milliseconds (13 digits); other text is
 * read by the first of {@link DATE_PATTERNS} that reads every cell. When layouts of both day-month
 * orders read everything (no first part above 12), the month-first one is proposed and the other
 * is named in `alsoReads`.
 *
 * Cost: O(cells × patterns) RegExp matches, once per column.
 */
export function dateLayout(values: readonly unknown[]): DateLayout | null {
  if (values.length === 0) return { format: undefined, dateOnly: false };
  if (values.every((v) => v instanceof Date)) return { format: undefined, dateOnly: false };
  const numeric = numericLayout(values);
  if (numeric !== undefined) return numeric;
  if (!values.every((v) => typeof v === "string")) return null;
  const texts = (values as readonly string[]).map((v) => v.trim());
  if (texts.every((t) => epochMsOrNull(t, "UTC") !== null)) return { format: undefined, dateOnly: texts.every((t) => ISO_DATE.test(t)) };
  const all = readers();
  const fits = DATE_PATTERNS.filter((_, i) => texts.every((t) => (all[i] as DateReader)(t) !== null));
  const first = fits[0];
  if (first === undefined) return null;
  const other = first.order === "ymd" ? undefined : fits.find((p) => p.order !== first.order && p.order !== "ymd");
  return { format: first.pattern, dateOnly: !first.hasTime, ...(other === undefined ? {} : { alsoReads: other.pattern }) };
}

/** Whether every (non-blank) cell is a time of day: `9:12`, `21:05:30`, `9:05 PM`, `9:12:58.000`. */
export function isTimeOfDay(values: readonly unknown[]): boolean {
  return values.length > 0 && values.every((v) => typeof v === "string" && TIME_OF_DAY(v.trim()) !== null);
}

/**
 * {@link dateLayout} that tolerates a few cells no layout reads (a row shifted by a stray comma):
 * the layout of the cells some layout reads, when they are at least `share` of all, with the
 * number of the others; `null` otherwise. What `--preset` uses to tell a file's date layout.
 */
export function dateLayoutOfMost(values: readonly unknown[], share = 0.9): (DateLayout & { readonly unread: number }) | null {
  const whole = dateLayout(values);
  if (whole !== null) return { ...whole, unread: 0 };
  const all = readers();
  const readable = values.filter((v) => typeof v === "string" && (epochMsOrNull(v.trim(), "UTC") !== null || all.some((read) => read(v.trim()) !== null)));
  if (readable.length === 0 || readable.length < share * values.length) return null;
  const most = dateLayout(readable);
  return most === null ? null : { ...most, unread: values.length - readable.length };
}
